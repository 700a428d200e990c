// In-process test harness: a seeded demo database (SQLite file, or a fresh PostgreSQL database
// when ANJIAN_TEST_PG is set) behind the real Router, called without sockets. Tests are
// parameterised by backend name ("sqlite", "postgres") so one suite runs on both.
#pragma once

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "identity/session_service.hpp"
#include "platform/api/router.hpp"

namespace anjian::test {

namespace json = boost::json;

struct Resp {
  int status = 0;
  std::string body;
  json::value json;  // null when the body is not JSON
  std::vector<std::pair<std::string, std::string>> headers;
  const json::object& obj() const { return json.as_object(); }
  std::string Header(const std::string& name) const;
};

// The `rule` of each item of a 422 answer's `errors` (empty when there are none).
std::set<std::string> RulesOf(const Resp& r);
// The same as "field:rule", for tests that check which field a rule was reported on.
std::set<std::string> FieldRulesOf(const Resp& r);

class TestApp {
 public:
  // Creates a fresh database for `backend` and seeds the demo city.
  explicit TestApp(const std::string& backend);
  ~TestApp();

  Resp Call(const std::string& method, const std::string& target, const std::string& body = "",
            const std::string& token = "",
            const std::map<std::string, std::string>& headers = {});
  // Signs in (password Demo@2026) once and caches the token.
  const std::string& Token(const std::string& username);
  void ForgetToken(const std::string& username) { tokens_.erase(username); }
  // After moving the clock by more than the idle timeout the cached sessions have ended (they
  // run on the app's clock): the next call of each user signs in again.
  void ForgetTokens() { tokens_.clear(); }
  Resp As(const std::string& username, const std::string& method, const std::string& target,
          const std::string& body = "");
  int64_t EnterpriseIdByName(const std::string& name);  // via the city regulator
  storage::PooledConnection Db() { return svc.db->Acquire(); }

  // The app's clock: it runs from the real time, and tests move it (clock.Advance(86400)) instead
  // of rewriting rows. Declared before svc, which points at it.
  core::ShiftedClock clock;
  api::Services svc;
  api::Router router;
  std::unique_ptr<identity::SessionService> sessions;
  std::string url;

 private:
  std::map<std::string, std::string> tokens_;
  std::string pg_admin_url_, pg_db_, tmp_dir_;
};

// Makes `username` an assigned storekeeper of the store (only those may post its vouchers).
// Written directly, so tests can also assign accounts without the storekeeper role (the demo
// chemical enterprise has no storekeeper account).
void AssignStorekeeperRow(TestApp& a, int64_t store_id, const std::string& username);

// The counterparty the voucher route requires for that direction and reason (a sale's buyer, a
// purchase's seller, a transfer in or out of the ledger's transport licence), with a valid
// GB 32100 code; null when the voucher names none. Tests posting such vouchers add it as
// "counterparty".
json::value TestCounterparty(const std::string& direction, const std::string& reason);

// True when the backend can run here (postgres needs ANJIAN_TEST_PG).
bool BackendAvailable(const std::string& backend);
// One shared app per backend for the whole test binary (seeding costs a second).
TestApp& SharedApp(const std::string& backend);

class ApiTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (!BackendAvailable(GetParam())) GTEST_SKIP() << "ANJIAN_TEST_PG not set";
  }
  TestApp& app() { return SharedApp(GetParam()); }
};

#define ANJIAN_BACKENDS(suite) \
  INSTANTIATE_TEST_SUITE_P(Backends, suite, ::testing::Values("sqlite", "postgres"), \
                           [](const auto& info) { return info.param; })

}  // namespace anjian::test
