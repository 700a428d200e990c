// Sign-in, lockout, cookie sessions with CSRF, logout, idle timeout, password rules, and the
// handling of malformed requests.
#include "identity/password_hash.hpp"
#include "api_harness.hpp"

namespace anjian::test {
namespace {

class AuthTest : public ApiTest {};

std::string Login(const std::string& user, const std::string& pw) {
  return R"({"username":")" + user + R"(","password":")" + pw + R"("})";
}

TEST_P(AuthTest, LoginReturnsTokenCookieAndUser) {
  auto r = app().Call("POST", "/api/v1/auth/login", Login("zoucheng", "Demo@2026"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("token").as_string().size(), 64u);
  std::string cookie = r.Header("Set-Cookie");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  const auto& user = r.obj().at("user").as_object();
  EXPECT_EQ(user.at("region").as_object().at("code").as_string(), "370883");
  EXPECT_EQ(user.at("roles").as_array()[0].as_string(), "regulator_rw");
}

// A private app: the test moves its clock, which would end the shared app's sessions.
TEST_P(AuthTest, WrongPasswordIs401AndFiveFailuresLock) {
  TestApp a(GetParam());
  for (int i = 0; i < 5; ++i) {
    auto r = a.Call("POST", "/api/v1/auth/login", Login("mb.keeper", "wrong"));
    ASSERT_EQ(r.status, 401) << i;
  }
  auto locked = a.Call("POST", "/api/v1/auth/login", Login("mb.keeper", "Demo@2026"));
  EXPECT_EQ(locked.status, 423);
  EXPECT_NE(locked.obj().at("message_zh").as_string().find("锁定"), std::string::npos);
  // Still locked a minute before the lock ends (15 minutes after the last failure)...
  a.clock.Advance(14 * 60);
  EXPECT_EQ(a.Call("POST", "/api/v1/auth/login", Login("mb.keeper", "Demo@2026")).status, 423);
  // ...and free once it has: the failures are older than the window by then.
  a.clock.Advance(2 * 60);
  EXPECT_EQ(a.Call("POST", "/api/v1/auth/login", Login("mb.keeper", "Demo@2026")).status, 200);
}

TEST_P(AuthTest, CookieSessionsNeedCsrfForWrites) {
  auto r = app().Call("POST", "/api/v1/auth/login", Login("rencheng", "Demo@2026"));
  std::string token(r.obj().at("token").as_string());
  std::string csrf(r.obj().at("csrf_token").as_string());
  std::map<std::string, std::string> cookie{{"Cookie", "anjian_session=" + token}};
  EXPECT_EQ(app().Call("GET", "/api/v1/auth/me", "", "", cookie).status, 200);
  auto no_csrf = app().Call("POST", "/api/v1/notifications/read-all", "{}", "", cookie);
  EXPECT_EQ(no_csrf.status, 403);
  cookie["X-CSRF-Token"] = csrf;
  EXPECT_NE(app().Call("POST", "/api/v1/notifications/read-all", "{}", "", cookie).status, 403);
}

TEST_P(AuthTest, LogoutRevokesTheSession) {
  auto r = app().Call("POST", "/api/v1/auth/login", Login("zoucheng", "Demo@2026"));
  std::string token(r.obj().at("token").as_string());
  EXPECT_EQ(app().Call("GET", "/api/v1/auth/me", "", token).status, 200);
  EXPECT_EQ(app().Call("POST", "/api/v1/auth/logout", "", token).status, 204);
  EXPECT_EQ(app().Call("GET", "/api/v1/auth/me", "", token).status, 401);
}

// A private app: the test moves its clock, which would end the shared app's sessions.
TEST_P(AuthTest, IdleSessionsExpire) {
  TestApp a(GetParam());
  auto r = a.Call("POST", "/api/v1/auth/login", Login("jining.viewer", "Demo@2026"));
  std::string token(r.obj().at("token").as_string());
  // 29 minutes idle: still signed in, and the use counts as activity.
  a.clock.Advance(29 * 60);
  EXPECT_EQ(a.Call("GET", "/api/v1/auth/me", "", token).status, 200);
  a.clock.Advance(29 * 60);
  EXPECT_EQ(a.Call("GET", "/api/v1/auth/me", "", token).status, 200);
  // 31 minutes idle (the policy's 30): the session has ended, also after a restart's cache.
  a.clock.Advance(31 * 60);
  a.sessions->Invalidate();
  EXPECT_EQ(a.Call("GET", "/api/v1/auth/me", "", token).status, 401);
  auto conn = a.Db();
  auto revoked = conn->Query("SELECT revoked_at FROM sessions WHERE user_id = (SELECT id FROM "
                             "users WHERE username = 'jining.viewer')");
  ASSERT_EQ(revoked.size(), 1u);
  EXPECT_FALSE(revoked.IsNull(0, "revoked_at"));
}

TEST_P(AuthTest, NoTokenIs401) {
  EXPECT_EQ(app().Call("GET", "/api/v1/enterprises").status, 401);
  EXPECT_EQ(app().Call("GET", "/api/v1/enterprises", "", std::string(64, 'a')).status, 401);
}

TEST_P(AuthTest, PasswordChangeEnforcesPolicy) {
  const std::string& token = app().Token("mb.safety");
  auto weak = app().Call("POST", "/api/v1/auth/password",
                         R"({"old_password":"Demo@2026","new_password":"abc"})", token);
  ASSERT_EQ(weak.status, 422);
  EXPECT_EQ(weak.obj().at("errors").as_array()[0].as_object().at("field").as_string(), "new_password");
  auto wrong_old = app().Call("POST", "/api/v1/auth/password",
                              R"({"old_password":"nope","new_password":"Better#Pass2027"})", token);
  EXPECT_EQ(wrong_old.status, 422);
  auto ok = app().Call("POST", "/api/v1/auth/password",
                       R"({"old_password":"Demo@2026","new_password":"Better#Pass2027"})", token);
  ASSERT_EQ(ok.status, 204) << ok.body;
  EXPECT_EQ(app().Call("POST", "/api/v1/auth/login", Login("mb.safety", "Better#Pass2027")).status, 200);
  // Restore the demo password for the rest of the suite.
  auto conn = app().Db();
  conn->Exec("UPDATE users SET password_hash = ? WHERE username = 'mb.safety'",
             {identity::HashPassword("Demo@2026")});
}

TEST_P(AuthTest, MalformedRequestsAre4xxNeverCrashes) {
  const std::string& token = app().Token("jining");
  struct Case {
    const char* name;
    std::string body;
    int status;
  };
  std::vector<Case> cases = {
      {"not json", "{name:", 400},
      {"array", "[1,2]", 400},
      {"bad utf8", std::string("{\"name\":\"\xff\xfe\"}"), 400},
      {"deep nesting", std::string(100, '[') + std::string(100, ']'), 400},
      {"wrong type", R"({"name":5,"uscc":[],"region_code":{},"industry":true})", 422},
      {"unknown field", R"({"name":"甲乙公司","bogus":1})", 422},
      {"huge string", "{\"name\":\"" + std::string(100000, 'a') + "\"}", 422},
  };
  for (const auto& c : cases) {
    auto r = app().Call("POST", "/api/v1/enterprises", c.body, token);
    EXPECT_EQ(r.status, c.status) << c.name << ": " << r.body;
    EXPECT_TRUE(r.json.is_object()) << c.name;
    EXPECT_TRUE(r.obj().contains("message_zh")) << c.name;
  }
  EXPECT_EQ(app().Call("GET", "/api/v1/enterprises/abc", "", token).status, 404);
  EXPECT_EQ(app().Call("GET", "/api/v1/enterprises/99999999999999999999", "", token).status, 404);
  EXPECT_EQ(app().Call("DELETE", "/api/v1/enterprises/1", "", token).status, 405);
}

ANJIAN_BACKENDS(AuthTest);

}  // namespace
}  // namespace anjian::test
