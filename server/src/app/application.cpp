#include "app/application.hpp"

#include <spdlog/spdlog.h>

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "demo/demo_city_seed.hpp"
#include "identity/session_service.hpp"
#include "platform/api/router.hpp"
#include "app/bootstrap.hpp"
#include "dual_prevention/hidden_danger/deadline_service.hpp"
#include "platform/http/server.hpp"
#include "platform/http/static_files.hpp"
#include "dual_prevention/investigation/task_job.hpp"
#include "explosives/daily_close/daily_close_service.hpp"
#include "emergency/duty/duty_coverage_service.hpp"
#include "licensing/licences/licence_service.hpp"
#include "explosives/catalogue/catalogue_service.hpp"
#include "explosives/voucher/stock_code_index.hpp"
#include "explosives/voucher/stock_code_warmup.hpp"
#include "emergency/zero_report/zero_report_service.hpp"
#include "registry/region_index.hpp"
#include "platform/storage/db.hpp"
#include "platform/storage/migrations.hpp"
#include "platform/storage/sql.hpp"
#include "emergency/resources/emergency_resource_service.hpp"  // issue 14 §2
#include "emergency/duty/duty_shift_service.hpp"  // issue 14 §1 (on shift)
#include "licensing/licence_checks/licence_sweep_service.hpp"
#include "explosives/workshops/four_over_service.hpp"  // issue 15 §3
#include "qualifications/people/people_service.hpp"  // issue 15 §2
#include "credit/dishonesty_list/dishonesty_list_service.hpp"  // issue 15 §4

namespace anjian::app {

void PrepareDatabase(api::Services& svc) {
  int pool_size = std::max(svc.config.threads, 4) + svc.config.blocking_threads + 2;
  svc.db = std::make_unique<storage::Pool>(svc.config.database_url, pool_size);
  auto conn = svc.db->Acquire();
  int version = storage::Migrate(*conn);
  spdlog::info("database {} at schema version {}", storage::DialectName(svc.db->dialect()),
               version);
  EnsureReferenceData(*conn, *svc.clock, svc.config.demo);
  registry::RegionIndex::Global().Load(*conn);
  if (svc.config.demo) demo::SeedDemoCity(*conn, *svc.clock);
  catalogue::Reload(*conn);  // the product catalogue in force (V029 and what was added since)
}

static std::string FindWebRoot(const std::string& configured) {
  namespace fs = std::filesystem;
  if (!configured.empty()) return configured;
  for (const char* candidate : {"web/dist", "../web/dist", "../../web/dist"})
    if (fs::exists(fs::path(candidate) / "index.html")) return fs::absolute(candidate).string();
  return "";
}

namespace {

// Runs the hidden-danger deadline check every `seconds` (first one shortly after start-up)
// until destroyed.
class DeadlineChecker {
 public:
  DeadlineChecker(api::Services& svc, int seconds) : svc_(svc), seconds_(seconds) {
    if (seconds_ > 0) thread_ = std::thread([this] { Loop(); });
  }
  ~DeadlineChecker() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

 private:
  void Loop() {
    const auto& c = svc_.config;
    hidden_danger::SmtpConfig smtp;
    smtp.host = c.smtp_host;
    smtp.port = c.smtp_port;
    smtp.from = c.smtp_from;
    smtp.username = c.smtp_username;
    smtp.password = c.smtp_password;
    smtp.starttls = c.smtp_starttls;
    smtp.ca_file = c.smtp_ca_file;
    smtp.allow_auth_without_tls = c.smtp_allow_auth_without_tls;
    auto sender = hidden_danger::MakeSender(smtp, *svc_.clock);
    auto wait = std::chrono::seconds(5);
    for (;;) {
      {
        std::unique_lock lock(mu_);
        if (cv_.wait_for(lock, wait, [this] { return stop_; })) return;
      }
      wait = std::chrono::seconds(seconds_);
      try {
        auto conn = svc_.db->Acquire();
        notifications::PendingPushes pushes(*svc_.clock);
        auto r = hidden_danger::RunDeadlineCheck(*conn, svc_.clock->Now(),
                                                 hidden_danger::LoadEscalationConfig(*conn),
                                                 *sender, pushes);
        const int64_t closes = daily_close::RemindOverdueDailyCloses(*conn, pushes, svc_.clock->Now());
        const auto zero = zero_report::RunZeroReportJob(*conn, pushes, svc_.clock->Now());  // issue 14 §1
        if (zero.reminders || zero.escalations)
          spdlog::info("zero report: {} reminders, {} overdue notices", zero.reminders,
                       zero.escalations);
        const int64_t absent = duty::RemindAbsentDuty(*conn, pushes, svc_.clock->Now());  // issue 14 §1
        pushes.Flush(svc_.notifier, *conn);
        if (closes) spdlog::info("daily close reminders: {} unsigned days", closes);
        const int64_t resource_alerts =
            emergency_resources::RunResourceAlerts(*conn, pushes, svc_.clock->Now());
        pushes.Flush(svc_.notifier, *conn);
        if (resource_alerts) spdlog::info("emergency resource alerts: {}", resource_alerts);
        const int64_t duty_gaps = duty::RunCoverageAlerts(*conn, pushes, svc_.clock->Now());
        pushes.Flush(svc_.notifier, *conn);
        const auto sweep = licence_checks::RunLicenceSweepIfDue(*conn, pushes, svc_.clock->Now());  // issue 15 §1
        pushes.Flush(svc_.notifier, *conn);
        if (sweep.licences)
          spdlog::info("licence sweep: {} licences, {} major hidden dangers, {} warnings, {} resolved",
                       sweep.licences, sweep.hidden_dangers_opened, sweep.warnings, sweep.resolved);
        if (duty_gaps) spdlog::info("duty coverage: {} gaps alerted ahead", duty_gaps);
        if (absent) spdlog::info("duty absence alerts: {}", absent);
        const int64_t licence_reminders =  // issue 15 §1: 90/30/7 days before expiry
            licences::RunLicenceReminders(*conn, svc_.notifier, svc_.clock->Now());
        if (licence_reminders) spdlog::info("licence expiry reminders: {}", licence_reminders);
        const int64_t four_over = workshops::RunFourOverJob(*conn, pushes, svc_.clock->Now());
        pushes.Flush(svc_.notifier, *conn);
        if (four_over) spdlog::info("四超: {} cases opened as major hidden dangers", four_over);
        const auto people = qualifications::RunQualificationJob(*conn, pushes, svc_.clock->Now());
        pushes.Flush(svc_.notifier, *conn);  // issue 15 §2
        if (people.hidden_dangers || people.reminders)
          spdlog::info("qualifications: {} major hidden dangers (234 item 3), {} expiry reminders",
                       people.hidden_dangers, people.reminders);
        // Issue 15 §4: dishonesty-list candidates from the data, and terms that have run out.
        const auto credit = dishonesty_list::RunDishonestyListJob(*conn, pushes, svc_.clock->Now());
        pushes.Flush(svc_.notifier, *conn);
        if (credit.detected || credit.expired)
          spdlog::info("dishonesty list: {} candidates detected, {} terms ended", credit.detected,
                       credit.expired);
        spdlog::info("deadline check: {} reminders, {} to superiors, {} to regulators; "
                     "assessment: {} reminders, {} to superiors, {} to regulators",
                     r.reminders, r.superior_escalations, r.regulator_escalations,
                     r.assessment_reminders, r.assessment_superior_escalations,
                     r.assessment_regulator_escalations);
      } catch (const std::exception& e) {
        spdlog::error("deadline check failed: {}", e.what());
      }
    }
  }

  api::Services& svc_;
  int seconds_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace

// A web root that holds the data folder would publish the database: refuse to start.
static void CheckDataOutsideWebRoot(const api::Config& cfg) {
  namespace fs = std::filesystem;
  if (cfg.web_root.empty()) return;
  std::error_code ec;
  const fs::path web = fs::weakly_canonical(cfg.web_root, ec);
  if (ec) return;
  std::vector<fs::path> data = {cfg.data_dir};
  if (!storage::Pool::IsPostgresUrl(cfg.database_url)) data.push_back(fs::absolute(cfg.database_url).parent_path());
  for (const auto& d : data) {
    const fs::path real = fs::weakly_canonical(d, ec);
    if (!ec && http::IsWithin(real, web))
      throw std::runtime_error("the data folder " + real.string() + " lies inside the web root " +
                               web.string() + ": it would be served; move one of them");
  }
}

int RunServer(api::Config cfg, voucher::CodeIndexConfig code_index) {
  cfg.web_root = FindWebRoot(cfg.web_root);
  CheckDataOutsideWebRoot(cfg);
  api::Services svc;
  svc.config = cfg;
  std::optional<core::ShiftedClock> shifted_clock;
  if (!cfg.clock_start.empty()) {
    const std::int64_t start = core::UnixFromIso(cfg.clock_start);
    if (start <= 0 || core::IsoFromUnix(start).substr(0, 10) != cfg.clock_start.substr(0, 10))
      throw std::runtime_error("--clock-start: not a UTC instant like 2026-11-22T02:00:00Z: " +
                               cfg.clock_start);
    shifted_clock.emplace(start);
    svc.clock = &*shifted_clock;
    spdlog::info("clock starts at {} (--clock-start)", core::IsoFromUnix(start));
  }
  PrepareDatabase(svc);
  identity::SessionService sessions(svc);
  svc.sessions = &sessions;
  api::Router router;
  api::RegisterAllRoutes(router);
  http::Server server(svc, router);
  svc.notifier = &server.notifier();
  if (cfg.web_root.empty()) spdlog::warn("web UI not found; serving the API only");
  investigation::TaskJob task_job(*svc.db, *svc.clock, std::chrono::minutes(10));
  DeadlineChecker deadlines(svc, cfg.deadline_check_seconds);
  voucher::SetStockCodesBudget(code_index.budget_mb << 20);
  std::optional<voucher::StockCodesWarmer> warmer;  // serving starts at once, beside it
  if (code_index.warmup) warmer.emplace(svc.db.get(), *svc.db);
  server.Run();
  return 0;
}

}  // namespace anjian::app
