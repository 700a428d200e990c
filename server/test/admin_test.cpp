// Administration over the API: user accounts, role grants under three-admin separation (三员分立),
// role permissions, the security policy, the audit log, and the responsibility matrix
// (三管三必须) with its jurisdiction scoping — on SQLite and PostgreSQL.
#include <set>

#include "api_harness.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::test {
namespace {

class AdminTest : public ApiTest {};

std::set<std::string> Rules(const Resp& r) {
  std::set<std::string> out;
  if (!r.json.is_object()) return out;
  for (const auto& e : r.obj().at("errors").as_array())
    out.insert(std::string(e.as_object().at("rule").as_string()));
  return out;
}

int64_t UserId(TestApp& app, const std::string& username) {
  auto conn = app.Db();
  return conn->Query("SELECT id FROM users WHERE username = ?", {username}).Int(0, "id");
}

int64_t AgencyId(TestApp& app, const std::string& region_code) {
  auto conn = app.Db();
  return conn->Query("SELECT id FROM agencies WHERE region_code = ?", {region_code}).Int(0, "id");
}

std::string Id(int64_t id) { return std::to_string(id); }

// Creates an account as sysadmin; returns its id.
int64_t CreateUser(TestApp& app, const std::string& username, const std::string& org_field = "",
                   int64_t org_id = 0) {
  std::string body = R"({"username":")" + username +
                     R"(","display_name":"测试用户","phone":"13905370000","password":"Init@2026x")";
  if (!org_field.empty()) body += ",\"" + org_field + "\":" + Id(org_id);
  body += "}";
  auto r = app.As("sysadmin", "POST", "/api/v1/users", body);
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? r.obj().at("id").as_int64() : 0;
}

std::string LoginToken(TestApp& app, const std::string& user, const std::string& pw) {
  auto r = app.Call("POST", "/api/v1/auth/login",
                    R"({"username":")" + user + R"(","password":")" + pw + R"("})");
  return r.status == 200 ? std::string(r.obj().at("token").as_string()) : "";
}

// A new account's first sign-in: until it sets its own password it may call nothing else.
std::string FirstSignIn(TestApp& app, const std::string& user) {
  std::string token = LoginToken(app, user, "Init@2026x");
  if (token.empty()) return token;
  auto r = app.Call("POST", "/api/v1/auth/password",
                    R"({"old_password":"Init@2026x","new_password":"Own#2026pass"})", token);
  EXPECT_EQ(r.status, 204) << r.body;
  return token;
}

TEST_P(AdminTest, AdministratorsStayInTheirLane) {
  int64_t jining = UserId(app(), "jining");
  EXPECT_EQ(app().As("sysadmin", "PUT", "/api/v1/users/" + Id(jining) + "/roles",
                     R"({"roles":["regulator_ro"]})").status, 403);
  EXPECT_EQ(app().As("sysadmin", "GET", "/api/v1/audit-log").status, 403);
  EXPECT_EQ(app().As("sysadmin", "GET", "/api/v1/roles").status, 403);
  EXPECT_EQ(app().As("sysadmin", "GET", "/api/v1/security-policy").status, 403);
  EXPECT_EQ(app().As("secadmin", "GET", "/api/v1/audit-log").status, 403);
  EXPECT_EQ(app().As("secadmin", "POST", "/api/v1/users",
                     R"({"username":"x.sec","display_name":"x","password":"Init@2026x"})").status,
            403);
  EXPECT_EQ(app().As("auditadmin", "GET", "/api/v1/users").status, 403);
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/users").status, 403);
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/users/export").status, 403);
  // The log is append-only: no route changes or removes an entry.
  EXPECT_GE(app().As("auditadmin", "DELETE", "/api/v1/audit-log/1").status, 404);
  EXPECT_GE(app().As("auditadmin", "PUT", "/api/v1/audit-log/1", "{}").status, 404);
}

TEST_P(AdminTest, SystemAdminCannotResetSecurityOrAuditAdminPasswords) {
  auto users = app().As("sysadmin", "GET", "/api/v1/users?q=auditadmin");
  ASSERT_EQ(users.status, 200) << users.body;
  int64_t id = users.obj().at("items").as_array()[0].as_object().at("id").as_int64();
  auto r = app().As("sysadmin", "POST", "/api/v1/users/" + std::to_string(id) + "/reset-password",
                    R"({"password":"Another#Pass2027"})");
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.obj().at("errors").as_array()[0].as_object().at("rule").as_string(),
            "admin_account_protected");
}

TEST_P(AdminTest, SystemAdminManagesAgencies) {
  auto bad = app().As("sysadmin", "POST", "/api/v1/agencies",
                      R"({"name":"X","region_code":"999999","phone":"12"})");
  ASSERT_EQ(bad.status, 422) << bad.body;
  std::set<std::string> fields;
  for (const auto& e : bad.obj().at("errors").as_array())
    fields.insert(std::string(e.as_object().at("field").as_string()));
  EXPECT_EQ(fields, (std::set<std::string>{"name", "region_code", "phone"}));
  EXPECT_EQ(app().As("jining", "POST", "/api/v1/agencies",
                     R"({"name":"微山县经济发展服务中心","region_code":"370826"})").status, 403);
  auto c = app().As("sysadmin", "POST", "/api/v1/agencies",
                    R"({"name":"微山县经济发展服务中心","region_code":"370826","phone":"0537-8251234"})");
  ASSERT_EQ(c.status, 201) << c.body;
  std::string id = std::to_string(c.obj().at("id").as_int64());
  auto u = app().As("sysadmin", "PUT", "/api/v1/agencies/" + id, R"({"name":"微山县经济发展服务中心（调整）"})");
  ASSERT_EQ(u.status, 200) << u.body;
  EXPECT_EQ(u.obj().at("region_code").as_string(), "370826");
  EXPECT_EQ(app().As("sysadmin", "POST", "/api/v1/agencies/" + id + "/deactivate", "{}").obj().at("status").as_string(), "inactive");
  EXPECT_EQ(app().As("sysadmin", "POST", "/api/v1/agencies/" + id + "/deactivate", "{}").status, 409);
  // The county's regulator sees it; another county's does not.
  auto visible = [&](const char* user) {
    auto l = app().As(user, "GET", "/api/v1/agencies");
    for (const auto& a : l.obj().at("items").as_array())
      if (std::to_string(a.as_object().at("id").as_int64()) == id) return true;
    return false;
  };
  EXPECT_TRUE(visible("jining"));
  EXPECT_FALSE(visible("rencheng"));
  auto audit = app().As("auditadmin", "GET", "/api/v1/audit-log?entity=agency&entity_id=" + id);
  EXPECT_EQ(audit.obj().at("total").as_int64(), 3);
}

TEST_P(AdminTest, UserListFiltersAndExports) {
  for (const char* who : {"sysadmin", "secadmin"}) {
    auto r = app().As(who, "GET", "/api/v1/users?role=regulator_rw&page_size=100");
    ASSERT_EQ(r.status, 200) << r.body;
    std::set<std::string> names;
    for (const auto& u : r.obj().at("items").as_array()) {
      names.insert(std::string(u.as_object().at("username").as_string()));
      EXPECT_FALSE(u.as_object().contains("password_hash"));
    }
    EXPECT_TRUE(names.count("jining") && names.count("rencheng"));
    EXPECT_FALSE(names.count("jining.viewer"));
  }
  auto q = app().As("sysadmin", "GET", "/api/v1/users?q=mb.");
  ASSERT_EQ(q.status, 200);
  EXPECT_GE(q.obj().at("total").as_int64(), 3);
  auto by_ent = app().As("sysadmin", "GET",
                         "/api/v1/users?enterprise_id=" +
                             Id(app().EnterpriseIdByName("济宁润泽化工有限公司")));
  // hc.principal, hc.safety and the two duty officers the demo rosters add (duty.e<id>.<n>).
  EXPECT_EQ(by_ent.obj().at("total").as_int64(), 4) << by_ent.body;
  for (const auto& u : by_ent.obj().at("items").as_array())
    EXPECT_EQ(u.at("enterprise").at("name").as_string(), "济宁润泽化工有限公司") << by_ent.body;
  auto bad = app().As("sysadmin", "GET", "/api/v1/users?status=gone&role=king&agency_id=x");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(Rules(bad), (std::set<std::string>{"status_invalid", "role_unknown", "id_format"}));
  auto x = app().As("sysadmin", "GET", "/api/v1/users/export?role=sec_admin");
  EXPECT_EQ(x.status, 200);
  EXPECT_NE(x.Header("Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_EQ(x.body.substr(0, 2), "PK");
}

TEST_P(AdminTest, CreateUserChecksEveryRule) {
  auto taken = app().As("sysadmin", "POST", "/api/v1/users",
                        R"({"username":"jining","display_name":"重复","password":"Init@2026x"})");
  EXPECT_EQ(taken.status, 422);
  EXPECT_TRUE(Rules(taken).count("username_taken")) << taken.body;
  auto bad = app().As(
      "sysadmin", "POST", "/api/v1/users",
      R"({"username":"AB","display_name":"","phone":"12345","password":"abc","agency_id":1,"enterprise_id":1,"extra":1})");
  EXPECT_EQ(bad.status, 422);
  auto rules = Rules(bad);
  for (const char* rule : {"username_format", "required", "phone_format", "password_length",
                           "org_exclusive", "unknown_field"})
    EXPECT_TRUE(rules.count(rule)) << rule << " " << bad.body;
  EXPECT_FALSE(bad.obj().at("errors").as_array()[0].as_object().at("message_zh").as_string().empty());
  auto weak = app().As("sysadmin", "POST", "/api/v1/users",
                       R"({"username":"weak.user","display_name":"弱","password":"weak.user123"})");
  EXPECT_EQ(weak.status, 422);
  EXPECT_TRUE(Rules(weak).count("password_contains_username")) << weak.body;
  auto unknown = app().As("sysadmin", "POST", "/api/v1/users",
                          R"({"username":"ghost.user","display_name":"无","password":"Init@2026x","agency_id":999999})");
  EXPECT_TRUE(Rules(unknown).count("agency_unknown")) << unknown.body;

  int64_t id = CreateUser(app(), "new.rencheng", "agency_id", AgencyId(app(), "370811"));
  auto me = app().As("sysadmin", "GET", "/api/v1/users?q=new.rencheng");
  const auto& u = me.obj().at("items").as_array()[0].as_object();
  EXPECT_EQ(u.at("id").as_int64(), id);
  EXPECT_TRUE(u.at("roles").as_array().empty());
  EXPECT_EQ(u.at("agency").as_object().at("region_code").as_string(), "370811");
  auto login = app().Call("POST", "/api/v1/auth/login",
                          R"({"username":"new.rencheng","password":"Init@2026x"})");
  ASSERT_EQ(login.status, 200);
  EXPECT_TRUE(login.obj().at("must_change_password").as_bool());
  EXPECT_TRUE(login.obj().at("user").as_object().at("permissions").as_array().empty());

  auto upd = app().As("sysadmin", "PUT", "/api/v1/users/" + Id(id),
                      R"({"display_name":"任城 新同事","phone":"0537-2211009","agency_id":)" +
                          Id(AgencyId(app(), "370811")) + "}");
  ASSERT_EQ(upd.status, 200) << upd.body;
  EXPECT_EQ(upd.obj().at("display_name").as_string(), "任城 新同事");
  EXPECT_EQ(app().As("sysadmin", "PUT", "/api/v1/users/999999", R"({"display_name":"x"})").status,
            404);
}

TEST_P(AdminTest, RoleGrantsFollowThreeAdminSeparation) {
  int64_t agency_user = CreateUser(app(), "grant.agency", "agency_id", AgencyId(app(), "370883"));
  int64_t system_user = CreateUser(app(), "grant.system");
  std::string path = "/api/v1/users/" + Id(agency_user) + "/roles";
  auto grant = [&](int64_t id, const std::string& roles) {
    return app().As("secadmin", "PUT", "/api/v1/users/" + Id(id) + "/roles",
                    R"({"roles":)" + roles + "}");
  };
  EXPECT_TRUE(Rules(grant(agency_user, R"(["ent_principal"])"))
                  .count("enterprise_role_needs_enterprise"));
  EXPECT_TRUE(Rules(grant(agency_user, R"(["sys_admin","regulator_rw"])"))
                  .count("admin_with_business_role"));
  EXPECT_TRUE(Rules(grant(system_user, R"(["sys_admin","audit_admin"])")).count("role_separation"));
  EXPECT_TRUE(Rules(grant(system_user, R"(["regulator_ro"])")).count("regulator_role_needs_agency"));
  EXPECT_TRUE(Rules(grant(agency_user, R"(["regulator_ro","ent_principal"])"))
                  .count("role_scope_mismatch"));
  EXPECT_TRUE(Rules(grant(agency_user, R"(["emperor"])")).count("role_unknown"));
  EXPECT_TRUE(Rules(grant(agency_user, "{}")).count("type"));
  auto self = grant(UserId(app(), "secadmin"), R"(["sec_admin","regulator_rw"])");
  EXPECT_EQ(self.status, 422);
  EXPECT_TRUE(Rules(self).count("self_role_change"));

  std::string token = FirstSignIn(app(), "grant.agency");
  ASSERT_FALSE(token.empty());
  EXPECT_EQ(app().Call("GET", "/api/v1/enterprises", "", token).status, 403);
  auto ok = grant(agency_user, R"(["regulator_ro","regulator_ro"])");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.obj().at("roles").as_array().size(), 1u);
  // The change applies to the open session at once.
  EXPECT_EQ(app().Call("GET", "/api/v1/enterprises", "", token).status, 200);
  EXPECT_TRUE(grant(system_user, R"(["audit_admin"])").status == 200);
  // A regulator role cannot outlive a move out of the agency.
  auto move = app().As("sysadmin", "PUT", "/api/v1/users/" + Id(agency_user),
                       R"({"display_name":"无机构"})");
  EXPECT_TRUE(Rules(move).count("regulator_role_needs_agency")) << move.body;
  auto audit = app().As("auditadmin", "GET",
                        "/api/v1/audit-log?entity=user&action=set_roles&entity_id=" + Id(agency_user));
  ASSERT_EQ(audit.status, 200);
  ASSERT_EQ(audit.obj().at("total").as_int64(), 1);
  const auto& entry = audit.obj().at("items").as_array()[0].as_object();
  EXPECT_EQ(entry.at("actor_name").as_string(), "secadmin");
  EXPECT_EQ(entry.at("after").as_object().at("roles").as_array()[0].as_string(), "regulator_ro");
}

TEST_P(AdminTest, LastAdministratorCannotBeRemoved) {
  auto r = app().As("sysadmin", "POST", "/api/v1/users/" + Id(UserId(app(), "secadmin")) + "/disable");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Rules(r).count("last_admin")) << r.body;
  auto self = app().As("sysadmin", "POST", "/api/v1/users/" + Id(UserId(app(), "sysadmin")) + "/disable");
  EXPECT_TRUE(Rules(self).count("self_disable"));
}

TEST_P(AdminTest, RolePermissionsKeepSeparation) {
  auto roles = app().As("secadmin", "GET", "/api/v1/roles");
  ASSERT_EQ(roles.status, 200);
  ASSERT_EQ(roles.json.as_array().size(), 9u);
  const auto& first = roles.json.as_array()[0].as_object();
  EXPECT_EQ(first.at("code").as_string(), "sys_admin");
  EXPECT_EQ(first.at("scope").as_string(), "system");
  EXPECT_EQ(app().As("secadmin", "GET", "/api/v1/permissions").status, 200);

  auto put = [&](const std::string& role, const std::string& perms) {
    return app().As("secadmin", "PUT", "/api/v1/roles/" + role + "/permissions",
                    R"({"permissions":)" + perms + "}");
  };
  auto audit_read = put("regulator_rw", R"(["enterprise:read","audit:read"])");
  EXPECT_EQ(audit_read.status, 422);
  EXPECT_TRUE(Rules(audit_read).count("permission_separation"));
  EXPECT_TRUE(Rules(put("regulator_ro", R"(["enterprise:read","fly"])")).count("permission_unknown"));
  EXPECT_EQ(put("emperor", "[]").status, 404);
  EXPECT_TRUE(Rules(put("sec_admin", R"(["policy:manage"])")).count("permission_lockout"));
  EXPECT_TRUE(Rules(put("sec_admin", R"(["role:manage","policy:manage","user:manage"])"))
                  .count("self_grant"));

  // regulator_ro gains notice:send; a signed-in viewer sees it at once; then it is put back.
  std::string before = R"(["agency:read","dashboard:read","enterprise:read","notice:read","responsibility:read"])";
  auto widened = put("regulator_ro", R"(["agency:read","dashboard:read","enterprise:read","notice:read","notice:send","responsibility:read"])");
  ASSERT_EQ(widened.status, 200) << widened.body;
  auto me = app().As("jining.viewer", "GET", "/api/v1/auth/me");
  std::set<std::string> perms;
  for (const auto& p : me.obj().at("user").as_object().at("permissions").as_array())
    perms.insert(std::string(p.as_string()));
  EXPECT_TRUE(perms.count("notice:send"));
  ASSERT_EQ(put("regulator_ro", before).status, 200);
}

TEST_P(AdminTest, DisableAndResetEndSessions) {
  int64_t id = CreateUser(app(), "temp.keeper", "enterprise_id",
                          app().EnterpriseIdByName("邹城恒安民爆器材有限公司"));
  ASSERT_EQ(app().As("secadmin", "PUT", "/api/v1/users/" + Id(id) + "/roles",
                     R"({"roles":["ent_storekeeper"]})").status, 200);
  std::string token = LoginToken(app(), "temp.keeper", "Init@2026x");
  ASSERT_FALSE(token.empty());
  EXPECT_EQ(app().Call("GET", "/api/v1/auth/me", "", token).status, 200);
  auto off = app().As("sysadmin", "POST", "/api/v1/users/" + Id(id) + "/disable");
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(off.obj().at("status").as_string(), "disabled");
  EXPECT_EQ(app().Call("GET", "/api/v1/auth/me", "", token).status, 401);
  EXPECT_TRUE(LoginToken(app(), "temp.keeper", "Init@2026x").empty());
  EXPECT_EQ(app().As("sysadmin", "POST", "/api/v1/users/" + Id(id) + "/disable").status, 409);
  ASSERT_EQ(app().As("sysadmin", "POST", "/api/v1/users/" + Id(id) + "/enable").status, 200);
  token = LoginToken(app(), "temp.keeper", "Init@2026x");
  ASSERT_FALSE(token.empty());

  auto weak = app().As("sysadmin", "POST", "/api/v1/users/" + Id(id) + "/reset-password",
                       R"({"password":"short"})");
  EXPECT_EQ(weak.status, 422);
  EXPECT_EQ(app().As("sysadmin", "POST", "/api/v1/users/" + Id(id) + "/reset-password",
                     R"({"password":"Reset#2026ok"})").status, 204);
  EXPECT_EQ(app().Call("GET", "/api/v1/auth/me", "", token).status, 401);
  auto login = app().Call("POST", "/api/v1/auth/login",
                          R"({"username":"temp.keeper","password":"Reset#2026ok"})");
  ASSERT_EQ(login.status, 200);
  EXPECT_TRUE(login.obj().at("must_change_password").as_bool());
}

// Issue 16: a signed-in account's principal (its region, whether it may sign in at all) is built
// from its enterprise; moving the enterprise to another county or deactivating it applies to the
// account's next request — the session cache does not keep the old scope.
TEST_P(AdminTest, SessionsFollowTheirEnterpriseMovedOrDeactivated) {
  const std::string uscc = registry::MakeUscc("91370811MC0004242");
  auto c = app().As("jining", "POST", "/api/v1/enterprises",
                    R"({"name":"迁址测试有限公司","uscc":")" + uscc +
                        R"(","region_code":"370811","industry":"general"})");
  ASSERT_EQ(c.status, 201) << c.body;
  const std::string ent = Id(c.obj().at("id").as_int64());
  // Not to the country root (the ministry's level): 422 naming the field and the rule.
  auto root = app().As("jining", "PUT", "/api/v1/enterprises/" + ent,
                       R"({"name":"迁址测试有限公司","uscc":")" + uscc +
                           R"(","region_code":"000000","industry":"general"})");
  ASSERT_EQ(root.status, 422) << root.body;
  EXPECT_EQ(root.obj().at("errors").as_array()[0].as_object().at("rule").as_string(), "region_country");
  EXPECT_EQ(root.obj().at("errors").as_array()[0].as_object().at("field").as_string(), "region_code");
  const int64_t uid = CreateUser(app(), "move.keeper", "enterprise_id", c.obj().at("id").as_int64());
  ASSERT_EQ(app().As("secadmin", "PUT", "/api/v1/users/" + Id(uid) + "/roles",
                     R"({"roles":["ent_storekeeper"]})").status, 200);
  const std::string token = FirstSignIn(app(), "move.keeper");
  ASSERT_FALSE(token.empty());
  auto own_region = [&] {
    auto r = app().Call("GET", "/api/v1/regions", "", token);
    if (r.status != 200) return std::to_string(r.status);
    const auto& items = r.obj().at("items").as_array();
    return items.size() == 1 ? std::string(items[0].as_object().at("code").as_string()) : "many";
  };
  ASSERT_EQ(own_region(), "370811");
  ASSERT_EQ(app().As("rencheng", "GET", "/api/v1/enterprises/" + ent).status, 200);  // signed in before

  // Moved to 邹城市: the account is scoped by its new region at once; 任城区's regulator, whose
  // session predates the move, no longer sees the enterprise, 邹城市's does.
  auto moved = app().As("jining", "PUT", "/api/v1/enterprises/" + ent,
                        R"({"name":"迁址测试有限公司","uscc":")" + uscc +
                            R"(","region_code":"370883","industry":"general"})");
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(own_region(), "370883");
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/enterprises/" + ent).status, 404);
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/enterprises/" + ent).status, 200);

  // Deactivated (注销): the account's session is refused and it cannot sign in; reactivated, it can.
  auto off = app().As("zoucheng", "POST", "/api/v1/enterprises/" + ent + "/deactivate",
                      R"({"reason":"已注销"})");
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(app().Call("GET", "/api/v1/auth/me", "", token).status, 401);
  auto refused = app().Call("POST", "/api/v1/auth/login",
                            R"({"username":"move.keeper","password":"Own#2026pass"})");
  EXPECT_EQ(refused.status, 401) << refused.body;
  ASSERT_EQ(app().As("zoucheng", "POST", "/api/v1/enterprises/" + ent + "/reactivate", "{}").status, 200);
  EXPECT_FALSE(LoginToken(app(), "move.keeper", "Own#2026pass").empty());
}

TEST_P(AdminTest, SecurityPolicyIsBoundedAndApplies) {
  auto get = app().As("secadmin", "GET", "/api/v1/security-policy");
  ASSERT_EQ(get.status, 200);
  std::string original = json::serialize(get.json);
  auto bad = app().As("secadmin", "PUT", "/api/v1/security-policy",
                      R"({"password_min_length":4,"password_min_classes":3,"lockout_threshold":5,)"
                      R"("lockout_window_minutes":15,"lockout_minutes":15,"idle_timeout_minutes":30})");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Rules(bad).count("password_min_length_range")) << bad.body;
  auto missing = app().As("secadmin", "PUT", "/api/v1/security-policy", R"({"lockout_threshold":5})");
  EXPECT_TRUE(Rules(missing).count("required"));
  auto ok = app().As("secadmin", "PUT", "/api/v1/security-policy",
                     R"({"password_min_length":12,"password_min_classes":3,"lockout_threshold":5,)"
                     R"("lockout_window_minutes":15,"lockout_minutes":15,"idle_timeout_minutes":30})");
  ASSERT_EQ(ok.status, 200) << ok.body;
  // The new minimum applies to accounts created from now on.
  auto short_pw = app().As("sysadmin", "POST", "/api/v1/users",
                           R"({"username":"policy.user","display_name":"策略","password":"Init@2026x"})");
  EXPECT_TRUE(Rules(short_pw).count("password_length")) << short_pw.body;
  ASSERT_EQ(app().As("secadmin", "PUT", "/api/v1/security-policy", original).status, 200);
}

TEST_P(AdminTest, AuditLogListsFiltersExportsAndVerifies) {
  CreateUser(app(), "audit.probe");
  auto r = app().As("auditadmin", "GET", "/api/v1/audit-log?entity=user&action=create&page_size=5");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto& items = r.obj().at("items").as_array();
  ASSERT_FALSE(items.empty());
  const auto& e = items[0].as_object();
  for (const char* k : {"id", "at", "actor_id", "actor_name", "ip", "action", "entity",
                        "entity_id", "before", "after", "hash"})
    EXPECT_TRUE(e.contains(k)) << k;
  EXPECT_TRUE(e.at("before").is_null());
  EXPECT_TRUE(e.at("after").is_object());
  if (items.size() > 1) EXPECT_GT(e.at("id").as_int64(), items[1].as_object().at("id").as_int64());
  auto by_actor = app().As("auditadmin", "GET", "/api/v1/audit-log?actor=sysadm&page_size=500");
  for (const auto& i : by_actor.obj().at("items").as_array())
    EXPECT_EQ(i.as_object().at("actor_name").as_string(), "sysadmin");
  std::string today = e.at("at").as_string().subview(0, 10);
  auto dated = app().As("auditadmin", "GET", "/api/v1/audit-log?from=" + today + "&to=" + today);
  EXPECT_GT(dated.obj().at("total").as_int64(), 0);
  auto none = app().As("auditadmin", "GET", "/api/v1/audit-log?to=2000-01-01");
  EXPECT_EQ(none.obj().at("total").as_int64(), 0);
  auto bad = app().As("auditadmin", "GET", "/api/v1/audit-log?from=2026-02-30&to=yesterday");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(Rules(bad), (std::set<std::string>{"date_format"}));
  auto reversed = app().As("auditadmin", "GET", "/api/v1/audit-log?from=2026-05-02&to=2026-05-01");
  EXPECT_TRUE(Rules(reversed).count("date_range"));

  auto x = app().As("auditadmin", "GET", "/api/v1/audit-log/export?entity=user");
  ASSERT_EQ(x.status, 200);
  EXPECT_EQ(x.body.substr(0, 2), "PK");
  auto exported = app().As("auditadmin", "GET", "/api/v1/audit-log?action=export&entity=audit_log");
  ASSERT_GE(exported.obj().at("total").as_int64(), 1);

  auto v = app().As("auditadmin", "GET", "/api/v1/audit-log/verify");
  ASSERT_EQ(v.status, 200);
  EXPECT_TRUE(v.obj().at("ok").as_bool()) << v.body;
  EXPECT_GT(v.obj().at("checked").as_int64(), 0);
  EXPECT_TRUE(v.obj().at("first_broken_id").is_null());
}

std::string PersonBody(const std::string& owner_kind, const std::string& owner_field,
                       int64_t owner_id, const std::string& name = "测试责任人",
                       const std::string& kind = "safety_officer",
                       const std::string& phone = "13905379999") {
  return R"({"owner_kind":")" + owner_kind + R"(",")" + owner_field + R"(":)" + Id(owner_id) +
         R"(,"person_name":")" + name + R"(","position":"安全员","unit_name":"安全部","kind":")" +
         kind + R"(","phone":")" + phone + R"(","duties":"负责日常安全检查"})";
}

TEST_P(AdminTest, ResponsibilityScopeFollowsJurisdiction) {
  int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");  // 邹城市
  int64_t hc = app().EnterpriseIdByName("济宁润泽化工有限公司");      // 任城区
  auto out = app().As("rencheng", "POST", "/api/v1/responsibilities",
                      PersonBody("enterprise", "enterprise_id", mb));
  EXPECT_EQ(out.status, 422);
  EXPECT_TRUE(Rules(out).count("owner_out_of_scope")) << out.body;
  auto agency_out = app().As("rencheng", "POST", "/api/v1/responsibilities",
                             PersonBody("agency", "agency_id", AgencyId(app(), "370883")));
  EXPECT_TRUE(Rules(agency_out).count("owner_out_of_scope"));

  auto created = app().As("rencheng", "POST", "/api/v1/responsibilities",
                          PersonBody("enterprise", "enterprise_id", hc, "任城新增责任人"));
  ASSERT_EQ(created.status, 201) << created.body;
  const auto& c = created.obj();
  EXPECT_EQ(c.at("region_code").as_string(), "370811");
  EXPECT_EQ(c.at("owner_name").as_string(), "济宁润泽化工有限公司");
  EXPECT_EQ(c.at("status").as_string(), "active");
  int64_t id = c.at("id").as_int64();
  std::string path = "/api/v1/responsibilities/" + Id(id);

  // Another county cannot see or touch it; the city can.
  EXPECT_EQ(app().As("zoucheng", "PUT", path, PersonBody("enterprise", "enterprise_id", hc)).status,
            404);
  EXPECT_EQ(app().As("zoucheng", "POST", path + "/deactivate").status, 404);
  auto city = app().As("jining", "GET", "/api/v1/responsibilities?q=任城新增责任人");
  EXPECT_EQ(city.obj().at("total").as_int64(), 1);
  auto zc = app().As("zoucheng", "GET", "/api/v1/responsibilities?q=任城新增责任人");
  EXPECT_EQ(zc.obj().at("total").as_int64(), 0);

  // Enterprise accounts see and edit only their own people.
  auto own = app().As("mb.principal", "GET", "/api/v1/responsibilities?page_size=500");
  ASSERT_EQ(own.status, 200);
  ASSERT_GT(own.obj().at("total").as_int64(), 0);
  for (const auto& i : own.obj().at("items").as_array()) {
    EXPECT_EQ(i.as_object().at("enterprise_id").as_int64(), mb);
    EXPECT_EQ(i.as_object().at("owner_kind").as_string(), "enterprise");
  }
  EXPECT_TRUE(Rules(app().As("mb.principal", "POST", "/api/v1/responsibilities",
                             PersonBody("enterprise", "enterprise_id", hc)))
                  .count("owner_out_of_scope"));
  EXPECT_TRUE(Rules(app().As("mb.principal", "POST", "/api/v1/responsibilities",
                             PersonBody("agency", "agency_id", AgencyId(app(), "370883"))))
                  .count("owner_out_of_scope"));
  EXPECT_EQ(app().As("mb.principal", "POST", "/api/v1/responsibilities",
                     PersonBody("enterprise", "enterprise_id", mb, "恒安新增包保人", "accountable_person"))
                .status,
            201);
  EXPECT_EQ(app().As("mb.principal", "PUT", path, PersonBody("enterprise", "enterprise_id", mb))
                .status,
            404);
  EXPECT_EQ(app().As("mb.keeper", "POST", "/api/v1/responsibilities",
                     PersonBody("enterprise", "enterprise_id", mb)).status,
            403);
  EXPECT_EQ(app().As("jining.viewer", "POST", "/api/v1/responsibilities",
                     PersonBody("enterprise", "enterprise_id", mb)).status,
            403);

  // Filters.
  auto zone = app().As("jining", "GET", "/api/v1/responsibilities?region_code=370883&page_size=500");
  for (const auto& i : zone.obj().at("items").as_array())
    EXPECT_EQ(i.as_object().at("region_code").as_string(), "370883");
  auto agencies = app().As("jining", "GET", "/api/v1/responsibilities?owner_kind=agency&kind=principal");
  ASSERT_GT(agencies.obj().at("total").as_int64(), 0);
  auto bad = app().As("jining", "GET", "/api/v1/responsibilities?owner_kind=x&kind=y&region_code=999999");
  EXPECT_EQ(Rules(bad), (std::set<std::string>{"owner_kind_invalid", "kind_invalid", "region_unknown"}));
  auto x = app().As("jining", "GET", "/api/v1/responsibilities/export?region_code=370811");
  EXPECT_EQ(x.status, 200);
  EXPECT_EQ(x.body.substr(0, 2), "PK");

  // Update, deactivate (never deleted), audit.
  auto upd = app().As("rencheng", "PUT", path,
                      PersonBody("enterprise", "enterprise_id", hc, "任城新增责任人", "deputy"));
  ASSERT_EQ(upd.status, 200) << upd.body;
  EXPECT_EQ(upd.obj().at("kind").as_string(), "deputy");
  auto off = app().As("rencheng", "POST", path + "/deactivate");
  ASSERT_EQ(off.status, 200);
  EXPECT_EQ(off.obj().at("status").as_string(), "inactive");
  EXPECT_EQ(app().As("rencheng", "POST", path + "/deactivate").status, 409);
  auto still = app().As("rencheng", "GET", "/api/v1/responsibilities?status=inactive&q=任城新增责任人");
  EXPECT_EQ(still.obj().at("total").as_int64(), 1);
  auto history = app().As("auditadmin", "GET",
                          "/api/v1/audit-log?entity=responsibility&entity_id=" + Id(id));
  EXPECT_EQ(history.obj().at("total").as_int64(), 3);
}

TEST_P(AdminTest, ResponsibilityValidationNamesEveryField) {
  int64_t hc = app().EnterpriseIdByName("济宁润泽化工有限公司");
  auto r = app().As("rencheng", "POST", "/api/v1/responsibilities",
                    R"({"owner_kind":"enterprise","enterprise_id":)" + Id(hc) +
                        R"(,"agency_id":1,"person_name":"","kind":"boss","phone":"123","duties":")" +
                        std::string(2001, 'x') + R"("})");
  EXPECT_EQ(r.status, 422);
  auto rules = Rules(r);
  for (const char* rule : {"owner_mismatch", "required", "kind_invalid", "phone_format", "max_length"})
    EXPECT_TRUE(rules.count(rule)) << rule << " " << r.body;
  auto kind = app().As("rencheng", "POST", "/api/v1/responsibilities",
                       R"({"owner_kind":"school","person_name":"某人","kind":"other"})");
  EXPECT_TRUE(Rules(kind).count("owner_kind_invalid"));
  auto no_owner = app().As("rencheng", "POST", "/api/v1/responsibilities",
                           R"({"owner_kind":"agency","person_name":"某人","kind":"other"})");
  EXPECT_TRUE(Rules(no_owner).count("required"));
  auto long_name = app().As("rencheng", "POST", "/api/v1/responsibilities",
                            PersonBody("enterprise", "enterprise_id", hc, std::string(51, 'a')));
  EXPECT_TRUE(Rules(long_name).count("max_length"));
}

ANJIAN_BACKENDS(AdminTest);

}  // namespace
}  // namespace anjian::test
