#include "api_harness.hpp"

#include <unistd.h>

#include <atomic>
#include <cctype>
#include <stdexcept>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "app/application.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::test {

namespace fs = std::filesystem;

std::string Resp::Header(const std::string& name) const {
  for (const auto& [k, v] : headers)
    if (k == name) return v;
  return "";
}

bool BackendAvailable(const std::string& backend) {
  if (backend == "sqlite") return true;
  const char* pg = std::getenv("ANJIAN_TEST_PG");
  return pg && *pg;
}

namespace {
std::atomic<int> counter{0};

std::string ReplaceDbName(const std::string& url, const std::string& db) {
  // postgresql://user@host:port/dbname?params
  size_t scheme = url.find("://");
  size_t slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  size_t q = url.find('?');
  std::string base = slash == std::string::npos ? url : url.substr(0, slash);
  std::string params = q == std::string::npos ? "" : url.substr(q);
  return base + "/" + db + params;
}

// Preparing a PostgreSQL database (migrations, reference data, the demo city) takes ~10 s and
// every test suite did it. With ANJIAN_TEST_PG_TEMPLATE=<prefix> (a lowercase name prefix;
// scripts/test-all.sh sets a fresh one per run, so every binary of one build shares it) the
// first TestApp of a ten-minute window prepares a template database under an advisory lock
// (other test processes wait for it) and every TestApp copies it (CREATE DATABASE … TEMPLATE,
// a file copy); PrepareDatabase then finds it migrated and seeded. The window keeps the demo
// city's dates, relative to the time of seeding, within ten minutes of the test's clock.
// Returns the template's name, or "" when the variable is not set.
std::string PreparedTemplate(const std::string& admin_url, const core::Clock& clock,
                             const api::Config& config) {
  const char* prefix = std::getenv("ANJIAN_TEST_PG_TEMPLATE");
  if (!prefix || !*prefix) return "";
  for (const char* c = prefix; *c; ++c)
    if (!(std::islower(static_cast<unsigned char>(*c)) || std::isdigit(static_cast<unsigned char>(*c)) ||
          *c == '_'))
      throw std::runtime_error("ANJIAN_TEST_PG_TEMPLATE: lowercase letters, digits and _ only");
  const std::string name =
      std::string(prefix) + "_" + std::to_string(core::SystemClockInstance().Now() / 600);
  auto admin = storage::OpenPostgres(admin_url);
  admin->Query("SELECT pg_advisory_lock(7305001) AS locked");
  try {
    if (admin->Query("SELECT 1 AS found FROM pg_database WHERE datname = ?", {name}).empty()) {
      const std::string building = name + "_building";
      admin->ExecScript("DROP DATABASE IF EXISTS " + building + " WITH (FORCE)");
      admin->ExecScript("CREATE DATABASE " + building);
      {
        api::Services tmp;
        tmp.clock = &clock;
        tmp.config = config;
        tmp.config.database_url = ReplaceDbName(admin_url, building);
        app::PrepareDatabase(tmp);
      }  // the pool is closed: a template must have no connections
      admin->ExecScript("ALTER DATABASE " + building + " RENAME TO " + name);
    }
  } catch (...) {
    admin->Query("SELECT pg_advisory_unlock(7305001) AS unlocked");
    throw;
  }
  admin->Query("SELECT pg_advisory_unlock(7305001) AS unlocked");
  return name;
}
}  // namespace

TestApp::TestApp(const std::string& backend)
    : clock(core::SystemClockInstance().Now()) {
  svc.clock = &clock;
  int n = counter.fetch_add(1);
  // A private data folder (import error reports, the SQLite file) for either backend.
  tmp_dir_ = (fs::temp_directory_path() /
              ("anjian_test_" + std::to_string(getpid()) + "_" + std::to_string(n)))
                 .string();
  fs::remove_all(tmp_dir_);
  fs::create_directories(tmp_dir_);
  svc.config.data_dir = tmp_dir_ + "/data";
  if (backend == "postgres") {
    pg_admin_url_ = std::getenv("ANJIAN_TEST_PG");
    pg_db_ = "anjian_t_" + std::to_string(getpid()) + "_" + std::to_string(n);
    auto conn = storage::OpenPostgres(pg_admin_url_);
    svc.config.demo = true;
    svc.config.threads = 4;
    const std::string tpl = PreparedTemplate(pg_admin_url_, clock, svc.config);
    conn->ExecScript("DROP DATABASE IF EXISTS " + pg_db_);
    conn->ExecScript("CREATE DATABASE " + pg_db_ + (tpl.empty() ? "" : " TEMPLATE " + tpl));
    url = ReplaceDbName(pg_admin_url_, pg_db_);
  } else {
    url = tmp_dir_ + "/anjian.db";
  }
  svc.config.database_url = url;
  svc.config.demo = true;
  svc.config.threads = 4;
  app::PrepareDatabase(svc);
  sessions = std::make_unique<identity::SessionService>(svc);
  svc.sessions = sessions.get();
  api::RegisterAllRoutes(router);
}

TestApp::~TestApp() {
  sessions.reset();
  svc.db.reset();
  if (!pg_db_.empty()) {
    try {
      auto conn = storage::OpenPostgres(pg_admin_url_);
      conn->ExecScript("DROP DATABASE IF EXISTS " + pg_db_ + " WITH (FORCE)");
    } catch (...) {
    }
  }
  if (!tmp_dir_.empty()) fs::remove_all(tmp_dir_);
}

Resp TestApp::Call(const std::string& method, const std::string& target, const std::string& body,
                   const std::string& token, const std::map<std::string, std::string>& headers) {
  api::Request req;
  req.method = method;
  size_t q = target.find('?');
  req.path = target.substr(0, q);
  if (q != std::string::npos) req.query = api::ParseQuery(target.substr(q + 1));
  req.body = body;
  req.remote_ip = "127.0.0.1";
  if (!token.empty()) req.headers["authorization"] = "Bearer " + token;
  for (const auto& [k, v] : headers) {
    std::string lower = k;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    req.headers[lower] = v;
  }
  api::Response r = router.Handle(req, svc);
  Resp out;
  out.status = r.status;
  out.body = r.body;
  out.headers = r.headers;
  if (r.content_type.find("json") != std::string::npos && !r.body.empty()) {
    boost::system::error_code ec;
    out.json = json::parse(r.body, ec);
  }
  return out;
}

const std::string& TestApp::Token(const std::string& username) {
  auto it = tokens_.find(username);
  if (it != tokens_.end()) return it->second;
  auto r = Call("POST", "/api/v1/auth/login",
                R"({"username":")" + username + R"(","password":"Demo@2026"})");
  if (r.status != 200) throw std::runtime_error("login failed for " + username + ": " + r.body);
  return tokens_[username] = std::string(r.obj().at("token").as_string());
}

Resp TestApp::As(const std::string& username, const std::string& method, const std::string& target,
                 const std::string& body) {
  return Call(method, target, body, Token(username));
}

int64_t TestApp::EnterpriseIdByName(const std::string& name) {
  auto r = As("jining", "GET", "/api/v1/enterprises?page_size=5&q=" + api::PercentEncode(name));
  if (r.status != 200 || r.obj().at("items").as_array().empty())
    throw std::runtime_error("no enterprise named " + name);
  return r.obj().at("items").as_array()[0].as_object().at("id").as_int64();
}

TestApp& SharedApp(const std::string& backend) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<TestApp>> apps;
  std::lock_guard lock(mu);
  auto& slot = apps[backend];
  if (!slot) slot = std::make_unique<TestApp>(backend);
  return *slot;
}

std::set<std::string> RulesOf(const Resp& r) {
  std::set<std::string> out;
  if (!r.json.is_object() || !r.obj().contains("errors")) return out;
  for (const auto& e : r.obj().at("errors").as_array())
    out.insert(std::string(e.at("rule").as_string()));
  return out;
}

std::set<std::string> FieldRulesOf(const Resp& r) {
  std::set<std::string> out;
  if (!r.json.is_object() || !r.obj().contains("errors")) return out;
  for (const auto& e : r.obj().at("errors").as_array())
    out.insert(std::string(e.at("field").as_string()) + ":" + std::string(e.at("rule").as_string()));
  return out;
}

json::value TestCounterparty(const std::string& direction, const std::string& reason) {
  if (direction == "out" && reason == "sale")
    return json::object{{"name", "济宁矿业爆破有限公司"},
                        {"uscc", registry::MakeUscc("91370811MA3C12345")},
                        {"licence_no", "鲁公购2026-0001"}};
  if (direction == "in" && reason == "purchase")
    return json::object{{"name", "山东民爆器材有限公司"},
                        {"uscc", registry::MakeUscc("91370800MA3D54321")},
                        {"licence_no", "鲁民爆销2026-0001"}};
  if ((direction == "in" && reason == "transfer_in") ||
      (direction == "out" && reason == "transfer_out"))
    return json::object{{"name", "兖州分库"}, {"transport_licence_no", "鲁公运2026-0001"}};
  return nullptr;
}

void AssignStorekeeperRow(TestApp& a, int64_t store_id, const std::string& username) {
  auto conn = a.Db();
  conn->Exec(
      "INSERT INTO store_storekeepers (store_id, user_id, assigned_at) "
      "SELECT ?, id, ? FROM users WHERE username = ?",
      {store_id, a.clock.NowIso(), username});
}

}  // namespace anjian::test
