// anjian command line: serve, audit verify, ledger verify, backup, restore.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include "app/application.hpp"
#include "identity/setup_service.hpp"
#include "audit/audit_service.hpp"
#include "platform/http/server.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "platform/storage/backup.hpp"
#include "platform/storage/db.hpp"

namespace fs = std::filesystem;

namespace {

std::string EnvOr(const char* name, std::string fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::string(v) : fallback;
}

std::string DatabaseUrl(const std::string& explicit_url, const std::string& data_dir) {
  if (!explicit_url.empty()) return explicit_url;
  return EnvOr("ANJIAN_DATABASE", (fs::path(data_dir) / "anjian.db").string());
}

// The first line of a secret file (systemd LoadCredential=, a mounted secret), without the line end.
std::string ReadTokenFile(const std::string& path) {
  std::ifstream in(path);
  std::string token;
  if (!in || !std::getline(in, token)) throw std::runtime_error("cannot read " + path);
  while (!token.empty() && (token.back() == '\r' || token.back() == ' ')) token.pop_back();
  return token;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"anjian — industrial work-safety supervision platform (安监)"};
  cli.require_subcommand(1);
  std::string data_dir = EnvOr("ANJIAN_DATA", "data");
  std::string database;
  cli.add_option("--data", data_dir, "data folder (env ANJIAN_DATA)");
  cli.add_option("--database", database,
                 "database: SQLite file path or postgresql://… URI (default DATA/anjian.db)");

  anjian::api::Config cfg;
  cfg.port = std::atoi(EnvOr("ANJIAN_PORT", "8080").c_str());
  cfg.web_root = EnvOr("ANJIAN_WEB_ROOT", "");
  auto* serve = cli.add_subcommand("serve", "run the HTTP server");
  serve->add_option("--port", cfg.port, "TCP port (env ANJIAN_PORT)");
  serve->add_option("--bind", cfg.bind, "listen address");
  serve->add_flag("--demo", cfg.demo, "seed the demo city into an empty database");
  serve->add_option("--web-root", cfg.web_root, "folder of the built web UI");
  serve->add_option("--threads", cfg.threads, "I/O threads (0 = one per core)");
  serve->add_option("--blocking-threads", cfg.blocking_threads,
                    "threads for writes, sign-in, imports and exports");
  serve->add_option("--body-limit", cfg.body_limit, "largest request body in bytes");
  serve->add_option("--import-concurrency", cfg.import_concurrency,
                    "enterprise imports that may run at once (a further one answers 429)");
  serve->add_option("--import-error-limit", cfg.import_error_limit,
                    "errors an import answer lists (all are counted and go to the report)");
  serve->add_option("--import-report-hours", cfg.import_report_hours,
                    "hours an import's error report stays downloadable");
  serve->add_option("--import-report-max-mb", cfg.import_report_max_mb,
                    "room all import error reports may take in DATA/import-reports (MiB)");
  serve->add_option("--header-timeout", cfg.header_timeout_seconds,
                    "seconds a client may take to send request headers");
  serve->add_flag("--secure-cookies", cfg.secure_cookies, "mark cookies Secure (behind HTTPS)");
  cfg.metrics_listen = EnvOr("ANJIAN_METRICS_LISTEN", "");
  cfg.metrics_token = EnvOr("ANJIAN_METRICS_TOKEN", "");
  std::string metrics_token_file;
  serve->add_option("--metrics-listen", cfg.metrics_listen,
                    "serve GET /metrics (and /healthz) on a listener of its own, e.g. "
                    "127.0.0.1:9100 (env ANJIAN_METRICS_LISTEN). /metrics is not served on the "
                    "public listener unless a metrics token is set");
  serve->add_option("--metrics-token-file", metrics_token_file,
                    "file holding a bearer token (at least 16 characters) that lets GET /metrics "
                    "on the public listener (or env ANJIAN_METRICS_TOKEN)");
  cfg.smtp_host = EnvOr("ANJIAN_SMTP_HOST", "");
  cfg.smtp_port = std::atoi(EnvOr("ANJIAN_SMTP_PORT", "25").c_str());
  cfg.smtp_from = EnvOr("ANJIAN_SMTP_FROM", cfg.smtp_from);
  serve->add_option("--job-seconds,--deadline-check-seconds", cfg.deadline_check_seconds,
                    "interval of the periodic jobs — task generation, deadlines, reminders, "
                    "sweeps (0 = off); they run on one node of a cluster at a time");
  serve->add_option("--node-name", cfg.node_name,
                    "this node's name in a cluster (header X-Anjian-Node, GET /healthz/node; "
                    "default HOST:PORT)");
  serve->add_option("--clock-rate", cfg.clock_rate,
                    "simulated seconds per real second (needs --clock-start; default 1)");
  serve->add_option("--clock-epoch", cfg.clock_epoch,
                    "the real unix second at which the clock reads --clock-start (default: "
                    "process start); nodes given the same start, rate and epoch agree");
  serve->add_option("--clock-until", cfg.clock_until,
                    "the simulated clock stops at this UTC instant");
  serve->add_option("--smtp-host", cfg.smtp_host,
                    "SMTP relay for deadline e-mails (env ANJIAN_SMTP_HOST; empty = log only)");
  serve->add_option("--smtp-port", cfg.smtp_port, "SMTP port (env ANJIAN_SMTP_PORT)");
  serve->add_option("--smtp-from", cfg.smtp_from, "sender address (env ANJIAN_SMTP_FROM)");
  cfg.smtp_username = EnvOr("ANJIAN_SMTP_USERNAME", "");
  cfg.smtp_password = EnvOr("ANJIAN_SMTP_PASSWORD", "");
  cfg.smtp_starttls = EnvOr("ANJIAN_SMTP_STARTTLS", "") == "1";
  cfg.smtp_ca_file = EnvOr("ANJIAN_SMTP_CA_FILE", "");
  serve->add_option("--smtp-username", cfg.smtp_username,
                    "SMTP AUTH user (env ANJIAN_SMTP_USERNAME; password only from env "
                    "ANJIAN_SMTP_PASSWORD)");
  serve->add_flag("--smtp-starttls", cfg.smtp_starttls,
                  "require STARTTLS with a verified certificate (env ANJIAN_SMTP_STARTTLS=1)");
  serve->add_option("--smtp-ca-file", cfg.smtp_ca_file,
                    "PEM CA file for the relay's certificate (env ANJIAN_SMTP_CA_FILE; default: "
                    "system store)");
  serve->add_flag("--smtp-auth-without-tls", cfg.smtp_allow_auth_without_tls,
                  "allow AUTH over a clear connection (relay inside a closed network)");
  serve->add_option("--clock-start", cfg.clock_start,
                    "start the clock at this UTC instant (e.g. 2026-11-22T02:00:00Z) and let it "
                    "run on; default: the system clock");
  anjian::voucher::CodeIndexConfig code_index;
  serve->add_option("--code-index-mb", code_index.budget_mb,
                    "memory for the stores' detonator codes kept for stocktakes (MiB; least "
                    "recently used stores are dropped beyond it)");
  bool no_warmup = false;
  serve->add_flag("--no-code-index-warmup", no_warmup,
                  "do not load the stores' codes in the background at start-up");

  auto* audit_cmd = cli.add_subcommand("audit", "audit log tools");
  audit_cmd->require_subcommand(1);
  auto* verify = audit_cmd->add_subcommand("verify", "check the audit log hash chain");

  auto* ledger_cmd = cli.add_subcommand("ledger", "civil-explosives stores ledger tools");
  ledger_cmd->require_subcommand(1);
  auto* ledger_verify = ledger_cmd->add_subcommand(
      "verify", "check every enterprise's voucher hash chain and name the first bad voucher");

  std::string reset_user;
  auto* user_cmd = cli.add_subcommand("user", "account recovery on the server");
  user_cmd->require_subcommand(1);
  auto* reset = user_cmd->add_subcommand("reset-password",
                                         "give an account a one-time password (printed once)");
  reset->add_option("username", reset_user, "account name")->required();

  std::string backup_file, restore_file;
  auto* backup = cli.add_subcommand("backup", "consistent online backup");
  backup->add_option("--to", backup_file, "backup file")->required();
  auto* restore = cli.add_subcommand("restore", "restore a backup (server stopped)");
  restore->add_option("file", restore_file, "backup file")->required();

  CLI11_PARSE(cli, argc, argv);

  try {
    std::string url = DatabaseUrl(database, data_dir);
    if (!anjian::storage::Pool::IsPostgresUrl(url)) fs::create_directories(fs::path(url).parent_path().empty() ? "." : fs::path(url).parent_path());
    if (*serve) {
      if (!metrics_token_file.empty()) cfg.metrics_token = ReadTokenFile(metrics_token_file);
      if (!cfg.metrics_token.empty() && cfg.metrics_token.size() < 16)
        throw std::runtime_error("the metrics token must have at least 16 characters");
      if (!cfg.metrics_listen.empty()) anjian::http::CheckListenAddress(cfg.metrics_listen);
      cfg.data_dir = data_dir;
      cfg.database_url = url;
      code_index.warmup = !no_warmup;
      return anjian::app::RunServer(cfg, code_index);
    }
    if (*verify) {
      anjian::storage::Pool pool(url, 1);
      auto conn = pool.Acquire();
      auto r = anjian::audit::Verify(*conn);
      if (r.ok) {
        std::cout << "audit log OK: " << r.checked << " entries verified\n";
        return 0;
      }
      std::cout << "audit log BROKEN at entry " << r.first_broken_id.value_or(0) << ": " << r.reason
                << " (" << r.checked << " entries verified before it)\n";
      return 1;
    }
    if (*ledger_verify) {
      anjian::storage::Pool pool(url, 1);
      auto conn = pool.Acquire();
      auto r = anjian::voucher::VerifyLedger(*conn);
      for (const auto& e : r.book_errors) std::cout << "books do not match the vouchers: " << e << "\n";
      if (!r.first_bad_voucher && !r.book_errors.empty()) return 1;
      if (!r.first_bad_voucher) {
        std::cout << "ledger OK: " << r.vouchers << " vouchers of " << r.enterprises
                  << " enterprises verified\n";
        return 0;
      }
      std::cout << "ledger BROKEN at voucher " << *r.first_bad_voucher << " (enterprise "
                << r.enterprise_id.value_or(0) << "): " << r.reason << "\n";
      return 1;
    }
    if (*reset) {
      anjian::storage::Pool pool(url, 1);
      auto conn = pool.Acquire();
      // The command line's "now" is the system clock.
      std::string pw = anjian::identity::ResetPasswordOnServer(
          *conn, anjian::core::SystemClockInstance().Now(), reset_user);
      std::cout << "one-time password for " << reset_user << ": " << pw
                << " (must be changed at next sign-in)\n";
      return 0;
    }
    if (*backup) {
      anjian::storage::BackupTo(url, backup_file);
      std::cout << "backup written to " << backup_file << "\n";
      return 0;
    }
    if (*restore) {
      anjian::storage::RestoreFrom(url, restore_file);
      std::cout << "restored " << restore_file << " into " << url << "\n";
      return 0;
    }
  } catch (const std::exception& e) {
    spdlog::critical("{}", e.what());
    return 2;
  }
  return 0;
}
