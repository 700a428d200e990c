// Process-level behaviour of the real binary over real sockets: security headers, limits,
// slow clients, crash durability (kill -9), graceful SIGTERM, online backup and restore.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "registry/uscc_rules.hpp"
#include "http_client.hpp"
#include "platform/storage/db.hpp"

namespace anjian::test {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

// A running `anjian serve` child process.
class ServerProcess {
 public:
  ServerProcess(std::vector<std::string> db_args, std::vector<std::string> extra = {}) {
    port_ = FreePort();
    std::vector<std::string> args = {ANJIAN_BINARY};
    args.insert(args.end(), db_args.begin(), db_args.end());
    args.insert(args.end(), {"serve", "--demo", "--port", std::to_string(port_), "--threads", "4"});
    args.insert(args.end(), extra.begin(), extra.end());
    pid_ = fork();
    if (pid_ == 0) {
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      freopen("/dev/null", "w", stdout);
      execv(argv[0], argv.data());
      _exit(127);
    }
    for (int i = 0; i < 600; ++i) {
      if (HttpRequest(port_, "GET", "/healthz", "", "", 500).status == 200) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ADD_FAILURE() << "server did not become ready";
  }
  ~ServerProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  int port() const { return port_; }
  // Sends `sig` and returns the exit status (-1 on timeout).
  int Stop(int sig, int timeout_s = 20) {
    kill(pid_, sig);
    for (int i = 0; i < timeout_s * 20; ++i) {
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return status;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return -1;
  }
  std::string Login(const std::string& user) {
    auto r = HttpRequest(port_, "POST", "/api/v1/auth/login",
                         R"({"username":")" + user + R"(","password":"Demo@2026"})");
    if (r.status != 200) return "";
    return std::string(json::parse(r.body).as_object().at("token").as_string());
  }

 private:
  int port_ = 0;
  pid_t pid_ = -1;
};

int RunCli(const std::vector<std::string>& args) {
  std::string cmd = ANJIAN_BINARY;
  for (const auto& a : args) cmd += " '" + a + "'";
  cmd += " > /dev/null 2>&1";
  return WEXITSTATUS(std::system(cmd.c_str()));
}

class ServerProcessTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres") {
      const char* pg = std::getenv("ANJIAN_TEST_PG");
      if (!pg || !*pg) GTEST_SKIP() << "ANJIAN_TEST_PG not set";
      std::string db = "anjian_p_" + std::to_string(getpid()) + "_" + std::to_string(counter_++);
      auto conn = storage::OpenPostgres(pg);
      conn->ExecScript("DROP DATABASE IF EXISTS " + db);
      conn->ExecScript("CREATE DATABASE " + db);
      std::string url = pg;
      url = url.substr(0, url.rfind('/')) + "/" + db;
      db_args_ = {"--database", url};
      pg_db_ = db;
    } else {
      dir_ = fs::temp_directory_path() / ("anjian_proc_" + std::to_string(getpid()) + "_" +
                                          std::to_string(counter_++));
      fs::remove_all(dir_);
      db_args_ = {"--data", dir_.string()};
    }
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
    if (!pg_db_.empty()) {
      try {
        storage::OpenPostgres(std::getenv("ANJIAN_TEST_PG"))
            ->ExecScript("DROP DATABASE IF EXISTS " + pg_db_ + " WITH (FORCE)");
      } catch (...) {
      }
    }
  }
  std::vector<std::string> db_args_;
  fs::path dir_;
  std::string pg_db_;
  static inline int counter_ = 0;
};

// Assigns `keeper` as storekeeper of the store through the API, as `manager` (a store takes
// vouchers only from its assigned storekeepers).
void AssignKeeper(ServerProcess& s, const std::string& manager, int64_t store,
                  const std::string& keeper) {
  const std::string token = s.Login(manager);
  const std::string path = "/api/v1/stores/" + std::to_string(store) + "/storekeepers";
  auto list = HttpRequest(s.port(), "GET", path, "", token, 5000);
  ASSERT_EQ(list.status, 200) << list.body;
  int64_t user_id = 0;
  const json::value listed = json::parse(list.body);  // the loop below must not outlive it
  for (const auto& c : listed.at("candidates").as_array())
    if (c.at("username").as_string() == keeper) user_id = c.at("user_id").as_int64();
  ASSERT_NE(user_id, 0) << keeper;
  auto r = HttpRequest(s.port(), "POST", path, R"({"user_id":)" + std::to_string(user_id) + "}",
                       token, 5000);
  ASSERT_EQ(r.status, 201) << r.body;
}

TEST_P(ServerProcessTest, SecurityHeadersAndMetrics) {
  const int metrics_port = FreePort();  // /metrics has its own listener (http_limits_test)
  ServerProcess s(db_args_, {"--metrics-listen", "127.0.0.1:" + std::to_string(metrics_port)});
  auto r = HttpRequest(s.port(), "GET", "/api/v1/enterprises");
  EXPECT_EQ(r.status, 401);
  for (const char* h : {"Content-Security-Policy", "X-Frame-Options: DENY", "X-Content-Type-Options: nosniff"})
    EXPECT_NE(r.headers.find(h), std::string::npos) << h;
  EXPECT_EQ(HttpRequest(s.port(), "GET", "/metrics").status, 404);
  auto m = HttpRequest(metrics_port, "GET", "/metrics");
  EXPECT_EQ(m.status, 200);
  EXPECT_NE(m.body.find("anjian_http_request_duration_seconds_bucket"), std::string::npos);
  EXPECT_NE(m.body.find("route=\"/api/v1/enterprises\""), std::string::npos);
}

TEST_P(ServerProcessTest, OversizedBodiesAndGarbageAreRefused) {
  ServerProcess s(db_args_, {"--body-limit", "1000"});
  std::string big(5000, 'x');
  auto r = HttpRequest(s.port(), "POST", "/api/v1/auth/login", big);
  EXPECT_EQ(r.status, 413);
  std::string garbage = RawExchange(s.port(), "\x16\x03\x01 not http at all\r\n\r\n", 3000);
  EXPECT_TRUE(garbage.empty() || garbage.find("HTTP/1.1 4") == 0) << garbage;
  EXPECT_EQ(HttpRequest(s.port(), "GET", "/healthz").status, 200);  // still serving
}

TEST_P(ServerProcessTest, SlowLorisIsDisconnected) {
  ServerProcess s(db_args_, {"--header-timeout", "2"});
  auto start = std::chrono::steady_clock::now();
  std::string reply = RawExchange(s.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ", 8000);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(secs, 6.0) << "connection was held open";
  EXPECT_EQ(reply.find("200 OK"), std::string::npos);
  EXPECT_EQ(HttpRequest(s.port(), "GET", "/healthz").status, 200);
}

// Kills must land while writes stream, however slow the machine: wait for a few acknowledged
// writes in this round (argon2id second-person checks make vouchers slow under load), then let
// the stream run on briefly so the kill hits requests in flight.
constexpr size_t kMinAcksPerRound = 4;
template <class T>
void WaitForAcks(std::mutex& mu, const std::vector<T>& acked, size_t wanted) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    {
      std::lock_guard lock(mu);
      if (acked.size() >= wanted) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
}

TEST_P(ServerProcessTest, KillDashNineLosesNoAcknowledgedWrite) {
  std::vector<int64_t> acked;
  int serial = 0;
  for (int round = 0; round < 3; ++round) {
    ServerProcess s(db_args_);
    std::string token = s.Login("jining");
    ASSERT_FALSE(token.empty());
    std::atomic<bool> stop{false};
    std::mutex mu;
    std::vector<std::thread> writers;
    const size_t round_start = acked.size();
    for (int w = 0; w < 3; ++w) {
      writers.emplace_back([&, w] {
        while (!stop) {
          int n;
          {
            std::lock_guard lock(mu);
            n = ++serial;
          }
          char first17[18];
          std::snprintf(first17, sizeof first17, "91370811MA%07d", 5000000 + n);
          std::string body = R"({"name":"耐久测试)" + std::to_string(n) + R"(有限公司","uscc":")" +
                             registry::MakeUscc(first17) + R"(","region_code":"370811","industry":"general"})";
          auto r = HttpRequest(s.port(), "POST", "/api/v1/enterprises", body, token, 5000);
          if (r.status == 201) {
            std::lock_guard lock(mu);
            acked.push_back(json::parse(r.body).as_object().at("id").as_int64());
          }
        }
      });
    }
    WaitForAcks(mu, acked, round_start + kMinAcksPerRound);
    s.Stop(SIGKILL);
    stop = true;
    for (auto& t : writers) t.join();
  }
  ASSERT_GT(acked.size(), 10u);
  ServerProcess s(db_args_);
  std::string token = s.Login("jining");
  for (int64_t id : acked) {
    auto r = HttpRequest(s.port(), "GET", "/api/v1/enterprises/" + std::to_string(id), "", token);
    EXPECT_EQ(r.status, 200) << "acknowledged enterprise " << id << " lost";
  }
  s.Stop(SIGTERM);
  std::vector<std::string> verify = db_args_;
  verify.insert(verify.end(), {"audit", "verify"});
  EXPECT_EQ(RunCli(verify), 0);
}

// Issue 4 reliability: vouchers stream in while the server is killed; after each restart every
// acknowledged voucher is there, and `anjian ledger verify` finds the chains intact and the
// books equal to the vouchers (nothing partly applied).
TEST_P(ServerProcessTest, KillDashNineLosesNoAcknowledgedVoucher) {
  std::vector<int64_t> acked;
  std::vector<std::string> acked_codes;
  int64_t store = 0;
  int serial = 0;
  std::vector<std::string> verify = db_args_;
  verify.insert(verify.end(), {"ledger", "verify"});
  // After a restart: every acknowledged voucher and code is there, the store's stock is its
  // codes (nothing partly applied); `ledger verify` ran on the killed database just before.
  auto check_after_restart = [&](ServerProcess& s, int round) {
    std::string token = s.Login("mb.duty");
    for (int64_t id : acked) {
      auto r = HttpRequest(s.port(), "GET", "/api/v1/vouchers/" + std::to_string(id), "", token);
      EXPECT_EQ(r.status, 200) << "acknowledged voucher " << id << " lost (round " << round << ")";
    }
    auto stock = HttpRequest(s.port(), "GET", "/api/v1/stores/" + std::to_string(store) + "/stock",
                             "", token);
    ASSERT_EQ(stock.status, 200);
    auto o = json::parse(stock.body).as_object();
    // Unacknowledged vouchers may have committed just before the kill, never fewer.
    EXPECT_GE(o.at("code_count").as_int64(), static_cast<int64_t>(acked_codes.size()))
        << "round " << round;
    EXPECT_EQ(o.at("code_count").as_int64(), o.at("pieces").as_int64()) << "round " << round;
    for (size_t i = 0; i < acked_codes.size(); i += 97) {
      auto t = HttpRequest(s.port(), "GET", "/api/v1/detonator-codes/" + acked_codes[i], "", token);
      EXPECT_EQ(t.status, 200) << acked_codes[i] << " (round " << round << ")";
    }
  };
  for (int round = 0; round < 3; ++round) {
    ServerProcess s(db_args_);
    if (store != 0) check_after_restart(s, round);
    if (store == 0) {
      std::string principal = s.Login("mb.principal");
      auto r = HttpRequest(s.port(), "POST", "/api/v1/stores",
                           R"({"name":"耐久测试库","kind":"main_magazine","rated_pieces":1000000})",
                           principal, 5000);
      ASSERT_EQ(r.status, 201) << r.body;
      store = json::parse(r.body).as_object().at("id").as_int64();
      AssignKeeper(s, "mb.principal", store, "mb.keeper");
    }
    std::string token = s.Login("mb.keeper");
    ASSERT_FALSE(token.empty());
    std::atomic<bool> stop{false};
    std::mutex mu;
    std::vector<std::thread> writers;
    const size_t round_start = acked.size();
    for (int w = 0; w < 3; ++w) {
      writers.emplace_back([&] {
        while (!stop) {
          std::vector<std::string> codes;
          {
            std::lock_guard lock(mu);
            if (serial > 99000) return;
            for (int i = 0; i < 20; ++i) {
              char code[14];
              std::snprintf(code, sizeof code, "3770101C%05d", ++serial);
              codes.emplace_back(code);
            }
          }
          json::array arr;
          for (const auto& c : codes) arr.emplace_back(c);
          json::object body{
              {"store_id", store}, {"direction", "in"}, {"reason", "production"},
              {"lines", json::array{json::object{{"product_id", "electronic_detonator"},
                                                 {"codes", std::move(arr)}}}},
              {"second_person", json::object{{"username", "mb.safety"}, {"password", "Demo@2026"}}}};
          auto r = HttpRequest(s.port(), "POST", "/api/v1/vouchers", json::serialize(body), token,
                               5000);
          if (r.status == 201) {
            std::lock_guard lock(mu);
            acked.push_back(json::parse(r.body).as_object().at("id").as_int64());
            acked_codes.insert(acked_codes.end(), codes.begin(), codes.end());
          }
        }
      });
    }
    WaitForAcks(mu, acked, round_start + kMinAcksPerRound);
    s.Stop(SIGKILL);
    stop = true;
    for (auto& t : writers) t.join();
    // Stock equals the sum of the movements, codes are where their last move put them, and
    // every chain is intact: on the database exactly as the kill left it.
    EXPECT_EQ(RunCli(verify), 0) << "ledger verify after kill -9 of round " << round;
  }
  ASSERT_GT(acked.size(), 5u);
  {
    ServerProcess s(db_args_);
    check_after_restart(s, 3);
    s.Stop(SIGTERM);
  }
  EXPECT_EQ(RunCli(verify), 0);
  // An edited voucher line is named by the command line tool (exit 1).
  {
    auto conn = GetParam() == "postgres" ? storage::OpenPostgres(db_args_[1])
                                         : storage::OpenSqlite((dir_ / "anjian.db").string());
    conn->Exec("UPDATE voucher_lines SET quantity_milli = quantity_milli + 1000 WHERE voucher_id = ?",
               {acked.front()});
  }
  EXPECT_EQ(RunCli(verify), 1);
}

// Issue 4 reliability: posters racing for the same codes over real connections, within one
// enterprise (its chain head serialises them) and across two (only the unique key on the code
// stands between them): per code set exactly one inbound and one outbound voucher is posted,
// the rest are refused whole, and the books still verify.
TEST_P(ServerProcessTest, ConcurrentPostersRacingForTheSameCodesNeverBothSucceed) {
  struct Poster {
    std::string user, second;
    int64_t store = 0;
    std::string token;
  };
  ServerProcess s(db_args_);
  auto make_store = [&](const std::string& manager, const std::string& name) -> int64_t {
    auto r = HttpRequest(s.port(), "POST", "/api/v1/stores",
                         json::serialize(json::object{{"name", name},
                                                      {"kind", "main_magazine"},
                                                      {"rated_pieces", 100000}}),
                         s.Login(manager), 5000);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? json::parse(r.body).as_object().at("id").as_int64() : 0;
  };
  // Only assigned storekeepers post: two stores of the producer (mb) and one of each demo seller.
  auto keeper_store = [&](const std::string& manager, const std::string& keeper,
                          const std::string& name) {
    int64_t id = make_store(manager, name);
    AssignKeeper(s, manager, id, keeper);
    return id;
  };
  std::vector<Poster> posters = {
      {"mb.keeper", "mb.safety", keeper_store("mb.principal", "mb.keeper", "竞争测试库甲")},
      {"mb.keeper", "mb.principal", keeper_store("mb.principal", "mb.keeper", "竞争测试库乙")},
      {"ms1.keeper", "ms1.safety", keeper_store("ms1.safety", "ms1.keeper", "竞争测试库丙")},
      {"ms2.keeper", "ms2.safety", keeper_store("ms2.safety", "ms2.keeper", "竞争测试库丁")}};
  for (auto& p : posters) {
    p.token = s.Login(p.user);
    ASSERT_FALSE(p.token.empty()) << p.user;
  }
  auto voucher = [](int64_t store, const char* direction, const char* reason,
                    const std::vector<std::string>& codes, const std::string& second) {
    json::array arr;
    for (const auto& c : codes) arr.emplace_back(c);
    json::object body{
        {"store_id", store}, {"direction", direction}, {"reason", reason},
        {"lines", json::array{json::object{{"product_id", "electronic_detonator"},
                                           {"codes", std::move(arr)}}}},
        {"second_person", json::object{{"username", second}, {"password", "Demo@2026"}}}};
    // A sale names its buyer (counterparty_rules).
    if (std::string(reason) == "sale")
      body["counterparty"] = json::object{{"name", "济宁矿业爆破有限公司"},
                                          {"uscc", registry::MakeUscc("91370811MA3C12345")},
                                          {"licence_no", "鲁公购2026-0001"}};
    return json::serialize(body);
  };
  // Every poster sends its voucher at the same moment; returns the HTTP statuses.
  auto race = [&](const std::function<std::string(size_t)>& body_of) {
    std::atomic<size_t> ready{0};
    std::vector<int> status(posters.size());
    std::vector<std::thread> threads;
    for (size_t i = 0; i < posters.size(); ++i)
      threads.emplace_back([&, i] {
        std::string body = body_of(i);
        ++ready;
        while (ready < posters.size()) std::this_thread::yield();
        status[i] = HttpRequest(s.port(), "POST", "/api/v1/vouchers", body, posters[i].token,
                                30000).status;
      });
    for (auto& t : threads) t.join();
    return status;
  };
  int serial = 0;
  int64_t in_stock = 0;
  for (int round = 0; round < 4; ++round) {
    std::vector<std::string> codes;
    for (int i = 0; i < 40; ++i) {
      char c[14];
      std::snprintf(c, sizeof c, "3770202D%05d", ++serial);
      codes.emplace_back(c);
    }
    // Inbound into four stores of two enterprises, half of them listing the codes backwards.
    auto in = race([&](size_t i) {
      auto mine = codes;
      if (i % 2) std::reverse(mine.begin(), mine.end());
      return voucher(posters[i].store, "in", "production", mine, posters[i].second);
    });
    int winners = 0;
    size_t winner = 0;
    for (size_t i = 0; i < in.size(); ++i) {
      if (in[i] == 201) {
        ++winners;
        winner = i;
      } else {
        EXPECT_TRUE(in[i] == 409 || in[i] == 422) << posters[i].user << ": HTTP " << in[i];
      }
    }
    ASSERT_EQ(winners, 1) << "round " << round << ": inbound vouchers of the same codes posted";
    in_stock += 40;
    // Then everyone tries to sell the same half of them out of the winner's store.
    std::vector<std::string> half(codes.begin(), codes.begin() + 20);
    auto out = race([&](size_t i) {
      return voucher(posters[winner].store, "out", "sale", half, posters[i].second);
    });
    int sold = 0;
    for (size_t i = 0; i < out.size(); ++i) {
      if (out[i] == 201) ++sold;
      else EXPECT_TRUE(out[i] == 404 || out[i] == 409 || out[i] == 422) << "HTTP " << out[i];
    }
    EXPECT_EQ(sold, 1) << "round " << round << ": outbound vouchers of the same codes posted";
    in_stock -= 20 * sold;
  }
  int64_t counted = 0;
  for (size_t i : {0u, 1u, 2u, 3u}) {
    auto r = HttpRequest(s.port(), "GET",
                         "/api/v1/stores/" + std::to_string(posters[i].store) + "/stock", "",
                         posters[i].token);
    ASSERT_EQ(r.status, 200) << r.body;
    auto o = json::parse(r.body).as_object();
    EXPECT_EQ(o.at("code_count").as_int64(), o.at("pieces").as_int64());
    counted += o.at("code_count").as_int64();
  }
  EXPECT_EQ(counted, in_stock);
  s.Stop(SIGTERM);
  std::vector<std::string> verify = db_args_;
  verify.insert(verify.end(), {"ledger", "verify"});
  EXPECT_EQ(RunCli(verify), 0);
}

TEST_P(ServerProcessTest, SigtermDrainsAndExitsCleanly) {
  ServerProcess s(db_args_);
  std::string token = s.Login("jining");
  std::atomic<int> ok{0}, failed{0};
  std::atomic<bool> stop{false};
  std::thread reader([&] {
    while (!stop) {
      auto r = HttpRequest(s.port(), "GET", "/api/v1/enterprises?page_size=100", "", token, 5000);
      if (r.status == 200) ++ok;
      else if (r.status != 0) ++failed;  // refused connections after close are fine
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  int status = s.Stop(SIGTERM);
  stop = true;
  reader.join();
  ASSERT_NE(status, -1) << "did not exit within the drain period";
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_GT(ok.load(), 0);
  EXPECT_EQ(failed.load(), 0);
}

TEST_P(ServerProcessTest, OnlineBackupRestoresIntoAFreshDatabase) {
  fs::path backup = fs::temp_directory_path() / ("anjian_backup_" + std::to_string(getpid()) + "_" + GetParam());
  std::string expected_total;
  {
    ServerProcess s(db_args_);
    std::string token = s.Login("jining");
    auto before = HttpRequest(s.port(), "GET", "/api/v1/enterprises?page_size=1", "", token);
    expected_total = std::to_string(json::parse(before.body).as_object().at("total").as_int64());
    std::vector<std::string> args = db_args_;
    args.insert(args.end(), {"backup", "--to", backup.string()});
    ASSERT_EQ(RunCli(args), 0);  // while the server runs
  }
  // Wreck the data, then restore.
  if (GetParam() == "sqlite") {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  std::vector<std::string> restore = db_args_;
  restore.insert(restore.end(), {"restore", backup.string()});
  ASSERT_EQ(RunCli(restore), 0);
  ServerProcess s(db_args_);
  std::string token = s.Login("jining");
  auto after = HttpRequest(s.port(), "GET", "/api/v1/enterprises?page_size=1", "", token);
  EXPECT_EQ(std::to_string(json::parse(after.body).as_object().at("total").as_int64()), expected_total);
  s.Stop(SIGTERM);
  std::vector<std::string> verify = db_args_;
  verify.insert(verify.end(), {"audit", "verify"});
  EXPECT_EQ(RunCli(verify), 0);
  std::vector<std::string> ledger = db_args_;
  ledger.insert(ledger.end(), {"ledger", "verify"});
  EXPECT_EQ(RunCli(ledger), 0);  // the demo ledger's chains survive backup and restore
  fs::remove(backup);
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerProcessTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace anjian::test
