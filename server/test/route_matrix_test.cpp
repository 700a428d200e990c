// Every route × every role: a route that needs a permission the role lacks answers 403; one
// it has never answers 401/403 for lack of rights, and nothing answers 5xx. Runs on a private
// database because permitted write calls may change data.
#include <set>

#include "api_harness.hpp"

namespace anjian::test {
namespace {

struct RoleUser {
  const char* role;
  const char* username;
};

const std::vector<RoleUser> kRoleUsers = {
    {"sys_admin", "sysadmin"},          {"sec_admin", "secadmin"},
    {"audit_admin", "auditadmin"},      {"regulator_rw", "jining"},
    {"regulator_ro", "jining.viewer"},  {"ent_principal", "mb.principal"},
    {"ent_safety_officer", "hc.safety"}, {"ent_storekeeper", "mb.keeper"},
    {"ent_duty_officer", "mb.duty"},
};

class RouteMatrixTest : public ApiTest {};

TEST_P(RouteMatrixTest, EveryRouteEnforcesItsPermissionForEveryRole) {
  TestApp app(GetParam());
  int checked = 0;
  for (const auto& ru : kRoleUsers) {
    auto me = app.As(ru.username, "GET", "/api/v1/auth/me");
    ASSERT_EQ(me.status, 200) << ru.username;
    std::set<std::string> perms;
    for (const auto& p : me.obj().at("user").as_object().at("permissions").as_array())
      perms.insert(std::string(p.as_string()));
    for (const auto& route : app.router.routes()) {
      if (route->pattern == "/api/v1/auth/logout" || route->permission == api::kPublic) continue;
      std::string path = route->pattern;
      for (size_t pos; (pos = path.find('{')) != std::string::npos;)
        path.replace(pos, path.find('}', pos) - pos + 1, "1");
      auto r = app.As(ru.username, route->method, path, route->method == "GET" ? "" : "{}");
      std::string what = std::string(ru.role) + " " + route->method + " " + route->pattern + " → " +
                         std::to_string(r.status) + " " + r.body.substr(0, 200);
      EXPECT_LT(r.status, 500) << what;
      EXPECT_NE(r.status, 401) << what;
      bool needs = route->permission != api::kAuthenticated;
      if (needs && !perms.count(route->permission)) EXPECT_EQ(r.status, 403) << what;
      if (needs && perms.count(route->permission)) EXPECT_NE(r.status, 403) << what;
      ++checked;
    }
  }
  EXPECT_GT(checked, 100);
}

TEST_P(RouteMatrixTest, ThreeAdministratorsAreSeparated) {
  auto perms_of = [&](const char* user) {
    auto me = app().As(user, "GET", "/api/v1/auth/me");
    std::set<std::string> out;
    for (const auto& p : me.obj().at("user").as_object().at("permissions").as_array())
      out.insert(std::string(p.as_string()));
    return out;
  };
  auto sys = perms_of("sysadmin"), sec = perms_of("secadmin"), aud = perms_of("auditadmin");
  EXPECT_TRUE(sys.count("user:manage"));
  EXPECT_FALSE(sys.count("audit:read"));
  EXPECT_FALSE(sys.count("role:manage"));
  EXPECT_TRUE(sec.count("role:manage"));
  EXPECT_TRUE(sec.count("policy:manage"));
  EXPECT_FALSE(sec.count("audit:read"));
  EXPECT_FALSE(sec.count("user:manage"));
  EXPECT_EQ(aud, (std::set<std::string>{"audit:read"}));
  // Business settings belong to the system administrator, not to the other two.
  EXPECT_TRUE(sys.count("settings:manage"));
  EXPECT_FALSE(sec.count("settings:manage"));
  EXPECT_FALSE(sec.count("settings:read"));
}

ANJIAN_BACKENDS(RouteMatrixTest);

}  // namespace
}  // namespace anjian::test
