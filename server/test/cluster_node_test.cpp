// Issue 16: several real `anjian serve` processes on one PostgreSQL database behave as one
// application — a logout, a disabled user, a new enterprise, a business setting written on one
// node are in force on the others within a second; three nodes started at once on an empty
// database migrate and seed once; exactly one node runs the periodic jobs and another takes over
// within 30 s after a kill -9, with a larger fencing epoch. On SQLite (one process) the node
// reports itself the leader. Every wait polls a condition with a deadline.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <boost/json.hpp>
#include <atomic>
#include <mutex>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "http_client.hpp"
#include "platform/storage/db.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::test {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;
using Clock = std::chrono::steady_clock;

// A node: ANJIAN_BINARY --database URL serve --port P --node-name NAME <extra>, started without
// waiting (Ready polls), killed with SIGKILL when it goes.
class Node {
 public:
  Node(const std::string& db_url, std::string name, std::vector<std::string> extra)
      : port_(FreePort()), name_(std::move(name)) {
    std::vector<std::string> args = {ANJIAN_BINARY, "--database", db_url, "serve",
                                     "--port", std::to_string(port_), "--node-name", name_,
                                     "--threads", "2", "--blocking-threads", "2",
                                     "--no-code-index-warmup"};
    args.insert(args.end(), extra.begin(), extra.end());
    pid_ = fork();
    if (pid_ == 0) {
      prctl(PR_SET_PDEATHSIG, SIGKILL);
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      const std::string log = "/tmp/anjian_cluster_test_" + name_ + ".log";
      if (!freopen(log.c_str(), "w", stdout) || !freopen(log.c_str(), "a", stderr)) _exit(126);
      execv(argv[0], argv.data());
      _exit(127);
    }
  }
  ~Node() { Kill(); }
  void Kill() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
      pid_ = -1;
    }
  }
  bool Ready(int seconds = 120) {
    for (auto until = Clock::now() + std::chrono::seconds(seconds); Clock::now() < until;) {
      if (HttpRequest(port_, "GET", "/healthz", "", "", 500).status == 200) return true;
      int status = 0;
      if (pid_ > 0 && waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return false;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  }
  int port() const { return port_; }
  const std::string& name() const { return name_; }
  bool alive() const { return pid_ > 0; }
  json::object Health() {
    auto r = HttpRequest(port_, "GET", "/healthz/node", "", "", 2000);
    if (r.status != 200) return {};
    return json::parse(r.body).as_object();
  }
  // "leader" / "standby", "" when it does not answer.
  std::string Jobs() {
    auto h = Health();
    auto* v = h.if_contains("jobs");
    return v && v->is_string() ? std::string(v->as_string()) : "";
  }
  std::string Login(const std::string& user) {
    auto r = HttpRequest(port_, "POST", "/api/v1/auth/login",
                         R"({"username":")" + user + R"(","password":"Demo@2026"})");
    if (r.status != 200) return "";
    return std::string(json::parse(r.body).as_object().at("token").as_string());
  }

 private:
  int port_;
  std::string name_;
  pid_t pid_ = -1;
};

// Polls `ok` until it holds or `limit` passes; returns the time it took (or -1 ms).
std::chrono::milliseconds Within(std::chrono::milliseconds limit, const std::function<bool()>& ok) {
  const auto start = Clock::now();
  while (Clock::now() - start < limit) {
    if (ok()) return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return ok() ? limit : std::chrono::milliseconds(-1);
}

std::string HeaderValue(const std::string& headers, const std::string& name) {
  std::string lower = headers;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string key = "\r\n" + name + ":";
  for (auto& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t p = lower.find(key);
  if (p == std::string::npos) return "";
  p += key.size();
  size_t e = headers.find("\r\n", p);
  std::string v = headers.substr(p, e == std::string::npos ? std::string::npos : e - p);
  while (!v.empty() && v.front() == ' ') v.erase(v.begin());
  return v;
}

std::string NewUscc(int n) {
  char body[18];
  std::snprintf(body, sizeof body, "91370811MC%07d", n);
  return registry::MakeUscc(std::string(body, 17));
}

class ClusterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* pg = std::getenv("ANJIAN_TEST_PG");
    if (!pg || !*pg) GTEST_SKIP() << "ANJIAN_TEST_PG not set";
    admin_ = pg;
    db_ = "anjian_cl_" + std::to_string(getpid()) + "_" + std::to_string(counter_++);
    auto conn = storage::OpenPostgres(admin_);
    conn->ExecScript("DROP DATABASE IF EXISTS " + db_);
    conn->ExecScript("CREATE DATABASE " + db_);
    const size_t q = admin_.find('?');
    std::string base = admin_.substr(0, q);
    url_ = base.substr(0, base.rfind('/')) + "/" + db_ +
           (q == std::string::npos ? "" : admin_.substr(q));
  }
  void TearDown() override {
    nodes_.clear();
    if (db_.empty()) return;
    try {
      storage::OpenPostgres(admin_)->ExecScript("DROP DATABASE IF EXISTS " + db_ + " WITH (FORCE)");
    } catch (...) {
    }
  }
  // Starts n nodes at once (no node waits for another) and waits until all serve.
  void StartNodes(int n, std::vector<std::string> extra) {
    for (int i = 0; i < n; ++i)
      nodes_.push_back(std::make_unique<Node>(url_, "n" + std::to_string(i + 1), extra));
    for (auto& node : nodes_) ASSERT_TRUE(node->Ready()) << node->name() << " did not serve";
  }
  std::int64_t Scalar(const std::string& sql) {
    auto conn = storage::OpenPostgres(url_);
    auto rs = conn->Query(sql);
    return rs.Int(0, rs.columns.at(0));
  }
  Node& node(int i) { return *nodes_.at(static_cast<size_t>(i)); }

  std::string admin_, db_, url_;
  std::vector<std::unique_ptr<Node>> nodes_;
  static inline int counter_ = 0;
};

TEST_F(ClusterTest, ThreeNodesStartedAtOnceMigrateAndSeedOnce) {
  StartNodes(3, {"--demo", "--job-seconds", "0"});
  // One seed: every demo enterprise once (a second seed would duplicate names or fail a node).
  const std::int64_t enterprises = Scalar("SELECT COUNT(*) AS n FROM enterprises");
  EXPECT_GE(enterprises, 300);
  EXPECT_EQ(Scalar("SELECT COUNT(DISTINCT name) AS n FROM enterprises"), enterprises);
  EXPECT_EQ(Scalar("SELECT COUNT(*) AS n FROM users WHERE username = 'jining'"), 1);
  EXPECT_EQ(Scalar("SELECT COUNT(*) AS n FROM schema_migrations"),
            Scalar("SELECT COUNT(DISTINCT version) AS n FROM schema_migrations"));
  // Each answer names the node that gave it; /healthz/node is JSON without authentication.
  for (int i = 0; i < 3; ++i) {
    auto r = HttpRequest(node(i).port(), "GET", "/healthz", "", "", 2000);
    EXPECT_EQ(HeaderValue(r.headers, "X-Anjian-Node"), node(i).name());
    auto h = node(i).Health();
    EXPECT_EQ(h["node"].as_string(), node(i).name());
    EXPECT_EQ(h["dialect"].as_string(), "postgres");
    EXPECT_EQ(h["db"].as_string(), "ok");
    EXPECT_EQ(h["jobs"].as_string(), "standby");  // --job-seconds 0: no jobs at all
  }
}

TEST_F(ClusterTest, WritesOnOneNodeAreInForceOnTheOthersWithinASecond) {
  StartNodes(3, {"--demo", "--job-seconds", "0"});
  Node& a = node(0);
  Node& b = node(1);
  Node& c = node(2);
  constexpr auto kSecond = std::chrono::milliseconds(1000);

  // Sign out on A: the token is refused on B and C (each had it cached).
  const std::string token = a.Login("jining");
  ASSERT_FALSE(token.empty());
  ASSERT_EQ(HttpRequest(b.port(), "GET", "/api/v1/auth/me", "", token).status, 200);
  ASSERT_EQ(HttpRequest(c.port(), "GET", "/api/v1/auth/me", "", token).status, 200);
  ASSERT_EQ(HttpRequest(a.port(), "POST", "/api/v1/auth/logout", "{}", token).status / 100, 2);
  EXPECT_GE(Within(kSecond, [&] {
              return HttpRequest(b.port(), "GET", "/api/v1/auth/me", "", token).status == 401;
            }).count(), 0) << "B still honours a token signed out on A";
  EXPECT_GE(Within(kSecond, [&] {
              return HttpRequest(c.port(), "GET", "/api/v1/auth/me", "", token).status == 401;
            }).count(), 0) << "C still honours a token signed out on A";

  // Disable a user on A: refused on B.
  const std::string victim = b.Login("rencheng");
  ASSERT_FALSE(victim.empty());
  ASSERT_EQ(HttpRequest(b.port(), "GET", "/api/v1/enterprises?page_size=5", "", victim).status, 200);
  const std::string sysadmin = a.Login("sysadmin");
  ASSERT_FALSE(sysadmin.empty());
  const std::int64_t victim_id = Scalar("SELECT id FROM users WHERE username = 'rencheng'");
  auto dis = HttpRequest(a.port(), "POST", "/api/v1/users/" + std::to_string(victim_id) + "/disable",
                         "{}", sysadmin);
  ASSERT_EQ(dis.status, 200) << dis.body;
  EXPECT_GE(Within(kSecond, [&] {
              return HttpRequest(b.port(), "GET", "/api/v1/enterprises?page_size=5", "", victim)
                         .status == 401;
            }).count(), 0) << "B still serves a user disabled on A";

  // An enterprise created on A is in B's (cached) list at once.
  const std::string jining_b = b.Login("jining");
  const std::string list = "/api/v1/enterprises?page_size=5&q=%E9%9B%86%E7%BE%A4%E6%B5%8B%E8%AF%95";  // 集群测试
  auto before = HttpRequest(b.port(), "GET", list, "", jining_b);
  ASSERT_EQ(before.status, 200) << before.body;
  ASSERT_EQ(json::parse(before.body).at("total").as_int64(), 0);
  ASSERT_EQ(HttpRequest(b.port(), "GET", list, "", jining_b).body, before.body);  // cached now
  const std::string jining_a = a.Login("jining");
  auto created = HttpRequest(a.port(), "POST", "/api/v1/enterprises",
                             R"({"name":"集群测试有限公司","uscc":")" + NewUscc(1) +
                                 R"(","region_code":"370811","industry":"general"})",
                             jining_a);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_GE(Within(kSecond, [&] {
              auto r = HttpRequest(b.port(), "GET", list, "", jining_b);
              return r.status == 200 && json::parse(r.body).at("total").as_int64() == 1;
            }).count(), 0) << "B's list lacks the enterprise created on A";

  // A business setting changed on A is in force on B.
  auto put = HttpRequest(a.port(), "PUT", "/api/v1/settings/ledger_alerts",
                         R"({"value": {"stocktake_overdue_days": 31, "capacity_alert_percent": 1}})",
                         sysadmin);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_GE(Within(kSecond, [&] {
              auto r = HttpRequest(b.port(), "GET", "/api/v1/ledger-overview", "", jining_b);
              return r.status == 200 &&
                     json::parse(r.body).at("stocktake_overdue_days").as_int64() == 31;
            }).count(), 0) << "B does not apply the setting written on A";
}

// Issue 16: a principal cached on B is rebuilt when A moves or deactivates its enterprise.
TEST_F(ClusterTest, AnEnterpriseMovedOrDeactivatedOnAScopesItsAccountsOnB) {
  StartNodes(2, {"--demo", "--job-seconds", "0"});
  Node& a = node(0);
  Node& b = node(1);
  constexpr auto kSecond = std::chrono::milliseconds(1000);
  const std::string ent = std::to_string(
      Scalar("SELECT id FROM enterprises WHERE name = '济宁润泽化工有限公司'"));
  const std::string principal = b.Login("hc.principal");  // 润泽化工, 任城区
  const std::string rencheng = b.Login("rencheng");
  ASSERT_FALSE(principal.empty());
  ASSERT_FALSE(rencheng.empty());
  auto own_region = [&] {
    auto r = HttpRequest(b.port(), "GET", "/api/v1/regions", "", principal);
    if (r.status != 200) return std::to_string(r.status);
    const json::value body = json::parse(r.body);
    const auto& items = body.at("items").as_array();
    return items.size() == 1 ? std::string(items[0].as_object().at("code").as_string())
                             : "n=" + std::to_string(items.size());
  };
  ASSERT_EQ(own_region(), "370811");
  ASSERT_EQ(HttpRequest(b.port(), "GET", "/api/v1/enterprises/" + ent, "", rencheng).status, 200);

  const std::string jining = a.Login("jining");
  auto e = json::parse(HttpRequest(a.port(), "GET", "/api/v1/enterprises/" + ent, "", jining).body)
               .as_object();
  json::object body{{"name", e.at("name")}, {"uscc", e.at("uscc")}, {"region_code", "370883"},
                    {"industry", e.at("industry")}};
  auto moved = HttpRequest(a.port(), "PUT", "/api/v1/enterprises/" + ent, json::serialize(body), jining);
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_GE(Within(kSecond, [&] { return own_region() == "370883"; }).count(), 0)
      << "B still scopes the account by the enterprise's old region";
  EXPECT_EQ(HttpRequest(b.port(), "GET", "/api/v1/enterprises/" + ent, "", rencheng).status, 404);

  auto off = HttpRequest(a.port(), "POST", "/api/v1/enterprises/" + ent + "/deactivate",
                         R"({"reason":"已注销"})", jining);
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_GE(Within(kSecond, [&] {
              return HttpRequest(b.port(), "GET", "/api/v1/auth/me", "", principal).status == 401;
            }).count(), 0) << "B still serves an account of an enterprise deactivated on A";
  EXPECT_TRUE(b.Login("hc.principal").empty());
}

TEST_F(ClusterTest, ExactlyOneNodeRunsTheJobsAndAnotherTakesOverAfterKill9) {
  StartNodes(3, {"--demo", "--job-seconds", "3600"});
  auto leaders = [&] {
    std::vector<int> out;
    for (int i = 0; i < 3; ++i)
      if (node(i).alive() && node(i).Jobs() == "leader") out.push_back(i);
    return out;
  };
  ASSERT_GE(Within(std::chrono::seconds(30), [&] { return leaders().size() == 1; }).count(), 0);
  // And it stays exactly one (the others keep trying the lock).
  for (int k = 0; k < 10; ++k) {
    ASSERT_EQ(leaders().size(), 1u);
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  const int first = leaders().front();
  const std::int64_t epoch1 = Scalar("SELECT epoch FROM job_leases WHERE job = 'jobs'");
  EXPECT_GE(epoch1, 1);
  node(first).Kill();
  std::vector<int> next;
  const auto took = Within(std::chrono::seconds(30), [&] {
    next = leaders();
    return next.size() == 1;
  });
  ASSERT_GE(took.count(), 0) << "no node took the jobs over within 30 s";
  EXPECT_NE(next.front(), first);
  EXPECT_GT(Scalar("SELECT epoch FROM job_leases WHERE job = 'jobs'"), epoch1);
  std::printf("job leadership moved from %s to %s in %lld ms\n", node(first).name().c_str(),
              node(next.front()).name().c_str(), static_cast<long long>(took.count()));
}

// A minimal WebSocket client (Boost.Beast) that collects every text message it receives.
class WsClient {
 public:
  WsClient(int port, const std::string& token) : ws_(ioc_) {
    namespace asio = boost::asio;
    asio::ip::tcp::resolver resolver(ioc_);
    auto results = resolver.resolve("127.0.0.1", std::to_string(port));
    asio::connect(ws_.next_layer(), results.begin(), results.end());
    ws_.handshake("127.0.0.1:" + std::to_string(port), "/api/v1/ws?token=" + token);
    reader_ = std::thread([this] {
      try {
        for (;;) {
          boost::beast::flat_buffer buf;
          ws_.read(buf);
          std::lock_guard lock(mu_);
          messages_.push_back(boost::beast::buffers_to_string(buf.data()));
        }
      } catch (...) {
      }
    });
  }
  ~WsClient() {
    boost::system::error_code ec;
    ws_.next_layer().shutdown(boost::asio::ip::tcp::socket::shutdown_both, ec);
    ws_.next_layer().close(ec);
    if (reader_.joinable()) reader_.join();
  }
  std::vector<std::string> Messages() {
    std::lock_guard lock(mu_);
    return messages_;
  }

 private:
  boost::asio::io_context ioc_;
  boost::beast::websocket::stream<boost::asio::ip::tcp::socket> ws_;
  std::thread reader_;
  std::mutex mu_;
  std::vector<std::string> messages_;
};

TEST_F(ClusterTest, ANotificationWrittenOnAReachesAWebSocketClientOnBOnce) {
  StartNodes(2, {"--demo", "--job-seconds", "0"});
  Node& a = node(0);
  Node& b = node(1);
  const std::string rencheng = b.Login("rencheng");
  ASSERT_FALSE(rencheng.empty());
  WsClient client(b.port(), rencheng);
  const std::string jining = a.Login("jining");
  const std::int64_t agency = Scalar("SELECT agency_id FROM users WHERE username = 'rencheng'");
  auto draft = HttpRequest(a.port(), "POST", "/api/v1/notices",
                           R"({"title":"集群推送测试","body":"正文","recipients":{"agency_ids":[)" +
                               std::to_string(agency) + "]}}",
                           jining);
  ASSERT_EQ(draft.status, 201) << draft.body;
  const std::string id = std::to_string(json::parse(draft.body).at("id").as_int64());
  auto count = [&] {
    int n = 0;
    for (const auto& m : client.Messages())
      if (m.find("notice_received") != std::string::npos) ++n;
    return n;
  };
  auto sent = HttpRequest(a.port(), "POST", "/api/v1/notices/" + id + "/send", "{}", jining);
  ASSERT_EQ(sent.status, 200) << sent.body;
  const auto took = Within(std::chrono::milliseconds(1000), [&] { return count() >= 1; });
  EXPECT_GE(took.count(), 0) << "the push written on A did not reach the client on B";
  // Once: the writer's node and the others each deliver only to their own clients.
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // room for a duplicate to show
  EXPECT_EQ(count(), 1);
  std::printf("push from A reached B's WebSocket client in %lld ms\n",
              static_cast<long long>(took.count()));
}

// SQLite: one process, always the leader; the header and /healthz/node answer as on PostgreSQL.
TEST(ClusterSqliteTest, TheOneProcessLeadsAndNamesItself) {
  const fs::path dir = fs::temp_directory_path() / ("anjian_cl_sqlite_" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    Node n((dir / "anjian.db").string(), "solo", {"--demo", "--job-seconds", "3600"});
    ASSERT_TRUE(n.Ready());
    ASSERT_GE(Within(std::chrono::seconds(10), [&] { return n.Jobs() == "leader"; }).count(), 0);
    auto h = n.Health();
    EXPECT_EQ(h["node"].as_string(), "solo");
    EXPECT_EQ(h["dialect"].as_string(), "sqlite");
    EXPECT_EQ(h["db"].as_string(), "ok");
    auto r = HttpRequest(n.port(), "GET", "/api/v1/auth/me", "", "", 2000);
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(HeaderValue(r.headers, "X-Anjian-Node"), "solo");
  }
  fs::remove_all(dir);
}

}  // namespace
}  // namespace anjian::test
