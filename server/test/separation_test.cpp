// Three-admin separation over the API (issue 10 B and C), on SQLite and PostgreSQL: the exact
// requests of the issue are refused with the rule named and nothing changed; stored data that
// breaks the rules is repaired at start-up, audited; administrator accounts take no agency or
// enterprise; a file answers with the permission and jurisdiction of the object it belongs to.
#include <map>
#include <set>

#include "api_harness.hpp"
#include "app/bootstrap.hpp"
#include "identity/roles_rules.hpp"

namespace anjian::test {
namespace {

// A valid 1×1 grey PNG (uploads declared as images may be checked by content).
const std::string kPng(
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00"
    "\x00\x01\x08\x00\x00\x00\x00\x3a\x7e\x9b\x55\x00\x00\x00\x0a\x49\x44\x41\x54\x78\x9c\x63"
    "\x60\x00\x00\x00\x02\x00\x01\x48\xaf\xa4\x71\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60"
    "\x82",
    67);

std::string Id(int64_t id) { return std::to_string(id); }

int64_t UserId(TestApp& a, const std::string& username) {
  auto conn = a.Db();
  return conn->Query("SELECT id FROM users WHERE username = ?", {username}).Int(0, "id");
}

int64_t AgencyId(TestApp& a, const std::string& region_code) {
  auto conn = a.Db();
  return conn->Query("SELECT id FROM agencies WHERE region_code = ?", {region_code}).Int(0, "id");
}

// Every stored (role, permission) pair, as "role permission".
std::set<std::string> StoredGrants(TestApp& a) {
  auto conn = a.Db();
  auto rs = conn->Query("SELECT role, permission FROM role_permissions");
  std::set<std::string> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.insert(rs.Text(i, "role") + " " + rs.Text(i, "permission"));
  return out;
}

int64_t AuditCount(TestApp& a, const std::string& action) {
  auto conn = a.Db();
  return conn->Query("SELECT COUNT(*) AS n FROM audit_log WHERE action = ?", {action}).Int(0, "n");
}

std::string PermsJson(std::vector<std::string> perms) {
  json::array a;
  for (auto& p : perms) a.push_back(json::string(p));
  return json::serialize(json::object{{"permissions", a}});
}

std::vector<std::string> Plus(std::vector<std::string> v, std::initializer_list<const char*> more) {
  for (const char* m : more) v.push_back(m);
  return v;
}

class SeparationTest : public ApiTest {};

// Issue 10 B, request by request: each is refused with 422 naming permission_separation, and
// afterwards no stored grant changed and the read-only regulator still cannot reset a password.
TEST_P(SeparationTest, SecurityAdministratorCannotGrantAcrossTheSeparation) {
  TestApp a(GetParam());
  const auto before = StoredGrants(a);
  const int64_t set_permissions = AuditCount(a, "set_permissions");
  struct Attempt {
    const char* role;
    std::vector<std::string> perms;
    const char* named;  // the permission the message must name
  };
  const Attempt attempts[] = {
      {"regulator_ro", Plus(identity::DefaultPermissions("regulator_ro"), {"user:manage"}),
       "user:manage"},
      {"audit_admin", {"audit:read", "user:manage", "policy:manage"}, "user:manage"},
      {"sys_admin", Plus(identity::DefaultPermissions("sys_admin"), {"policy:manage"}),
       "policy:manage"},
      {"sys_admin", Plus(identity::DefaultPermissions("sys_admin"), {"hidden_danger:read"}),
       "hidden_danger:read"},
      {"sys_admin", Plus(identity::DefaultPermissions("sys_admin"), {"ledger:read"}), "ledger:read"},
      {"regulator_rw", Plus(identity::DefaultPermissions("regulator_rw"), {"settings:manage"}),
       "settings:manage"},
      {"ent_principal", Plus(identity::DefaultPermissions("ent_principal"), {"audit:read"}),
       "audit:read"},
  };
  for (const auto& at : attempts) {
    auto r = a.As("secadmin", "PUT", std::string("/api/v1/roles/") + at.role + "/permissions",
                  PermsJson(at.perms));
    ASSERT_EQ(r.status, 422) << at.role << " " << r.body;
    EXPECT_TRUE(FieldRulesOf(r).count("permissions:permission_separation")) << r.body;
    EXPECT_NE(r.body.find(at.named), std::string::npos) << r.body;
    EXPECT_NE(r.body.find("三员分立"), std::string::npos) << r.body;
  }
  // Its own role: widening is refused twice over (separation and self-grant).
  auto self = a.As("secadmin", "PUT", "/api/v1/roles/sec_admin/permissions",
                   PermsJson({"role:manage", "policy:manage", "audit:read"}));
  EXPECT_EQ(RulesOf(self), (std::set<std::string>{"permission_separation", "self_grant"}));
  // Blinding the auditor is refused too.
  auto blind = a.As("secadmin", "PUT", "/api/v1/roles/audit_admin/permissions", "{\"permissions\":[]}");
  EXPECT_EQ(RulesOf(blind), (std::set<std::string>{"permission_lockout"})) << blind.body;
  // The other two administrators cannot reach the route at all.
  EXPECT_EQ(a.As("sysadmin", "PUT", "/api/v1/roles/regulator_ro/permissions",
                 PermsJson({"user:manage"})).status, 403);
  EXPECT_EQ(a.As("auditadmin", "PUT", "/api/v1/roles/regulator_ro/permissions",
                 PermsJson({"user:manage"})).status, 403);

  EXPECT_EQ(StoredGrants(a), before);
  EXPECT_EQ(AuditCount(a, "set_permissions"), set_permissions);
  auto reset = a.As("jining.viewer", "POST",
                    "/api/v1/users/" + Id(UserId(a, "jining")) + "/reset-password",
                    R"({"password":"Taken#Over2026"})");
  EXPECT_EQ(reset.status, 403) << reset.body;

  // A change inside the table still works, and the list says who may hold what.
  auto ok = a.As("secadmin", "PUT", "/api/v1/roles/regulator_ro/permissions",
                 PermsJson(Plus(identity::DefaultPermissions("regulator_ro"), {"notice:feedback"})));
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(AuditCount(a, "set_permissions"), set_permissions + 1);
  auto list = a.As("secadmin", "GET", "/api/v1/permissions");
  ASSERT_EQ(list.status, 200);
  std::map<std::string, std::set<std::string>> holders;
  for (const auto& p : list.obj().at("items").as_array()) {
    auto& h = holders[std::string(p.at("code").as_string())];
    for (const auto& r : p.at("holders").as_array()) h.insert(std::string(r.as_string()));
    EXPECT_EQ(p.at("administrative").as_bool(),
              identity::IsAdministrativePermission(p.at("code").as_string()));
  }
  EXPECT_EQ(holders.at("user:manage"), (std::set<std::string>{"sys_admin"}));
  EXPECT_EQ(holders.at("audit:read"), (std::set<std::string>{"audit_admin"}));
  EXPECT_EQ(holders.at("policy:manage"), (std::set<std::string>{"sec_admin"}));
}

// Grants stored by an earlier version (or edited into the database) that break the table are
// removed at start-up, lost administrator duties come back, and an administrator placed in an
// agency is taken out of it — each audited; a second start changes nothing.
TEST_P(SeparationTest, StartUpRepairsStoredViolations) {
  TestApp a(GetParam());
  const auto clean = StoredGrants(a);
  const int64_t mb = a.EnterpriseIdByName("邹城恒安民爆器材有限公司");
  {
    auto conn = a.Db();
    storage::Transaction tx(*conn);
    for (auto [role, perm] : {std::pair{"regulator_ro", "user:manage"},
                              std::pair{"sys_admin", "hidden_danger:read"},
                              std::pair{"audit_admin", "policy:manage"},
                              std::pair{"ent_duty_officer", "role:manage"}})
      conn->Exec("INSERT INTO role_permissions (role, permission) VALUES (?, ?)", {role, perm});
    conn->Exec("DELETE FROM role_permissions WHERE role = 'sec_admin' AND permission = 'policy:manage'");
    conn->Exec("UPDATE users SET agency_id = ? WHERE username = 'secadmin'",
               {AgencyId(a, "370883")});
    conn->Exec("UPDATE users SET enterprise_id = ? WHERE username = 'auditadmin'",
               {mb});
    tx.Commit();
  }
  ASSERT_NE(StoredGrants(a), clean);
  {
    auto conn = a.Db();
    app::EnsureReferenceData(*conn, a.clock, true);
  }
  a.svc.sessions->Invalidate();
  EXPECT_EQ(StoredGrants(a), clean);
  EXPECT_EQ(AuditCount(a, "repair_permissions"), 5);
  EXPECT_EQ(AuditCount(a, "repair_admin_org"), 2);
  {
    auto conn = a.Db();
    auto rs = conn->Query("SELECT COUNT(*) AS n FROM users u JOIN user_roles ur ON ur.user_id = "
                          "u.id WHERE ur.role IN ('sys_admin','sec_admin','audit_admin') AND "
                          "(u.agency_id IS NOT NULL OR u.enterprise_id IS NOT NULL)");
    EXPECT_EQ(rs.Int(0, "n"), 0);
    app::EnsureReferenceData(*conn, a.clock, true);  // idempotent
  }
  EXPECT_EQ(AuditCount(a, "repair_permissions"), 5);
  EXPECT_EQ(AuditCount(a, "repair_admin_org"), 2);
  auto entry = a.As("auditadmin", "GET", "/api/v1/audit-log?action=repair_permissions&entity_id=regulator_ro");
  ASSERT_EQ(entry.status, 200) << entry.body;
  ASSERT_EQ(entry.obj().at("total").as_int64(), 1) << entry.body;
  EXPECT_NE(json::serialize(entry.obj().at("items").at(0).at("before")).find("user:manage"),
            std::string::npos);
  auto verify = a.As("auditadmin", "GET", "/api/v1/audit-log/verify");
  ASSERT_EQ(verify.status, 200);
  EXPECT_TRUE(verify.obj().at("ok").as_bool()) << verify.body;
}

// Issue 10 C: the system administrator cannot put another administrator (or itself) into an
// agency or an enterprise; the refusal names the field, and nothing changes.
TEST_P(SeparationTest, AdministratorAccountsTakeNoOrganisation) {
  auto& a = app();
  const int64_t agency = AgencyId(a, "370883");
  const int64_t ent = a.EnterpriseIdByName("邹城恒安民爆器材有限公司");
  const int64_t updates = AuditCount(a, "update");
  for (const char* admin : {"secadmin", "auditadmin", "sysadmin"}) {
    const std::string path = "/api/v1/users/" + Id(UserId(a, admin));
    auto r = a.As("sysadmin", "PUT", path,
                  R"({"display_name":"管理员","agency_id":)" + Id(agency) + "}");
    ASSERT_EQ(r.status, 422) << admin << " " << r.body;
    EXPECT_TRUE(FieldRulesOf(r).count("agency_id:admin_org")) << r.body;
    r = a.As("sysadmin", "PUT", path, R"({"display_name":"管理员","enterprise_id":)" + Id(ent) + "}");
    ASSERT_EQ(r.status, 422) << admin << " " << r.body;
    EXPECT_TRUE(FieldRulesOf(r).count("enterprise_id:admin_org")) << r.body;
    auto conn = a.Db();
    auto row = conn->Query("SELECT agency_id, enterprise_id FROM users WHERE username = ?", {admin});
    EXPECT_TRUE(row.IsNull(0, "agency_id")) << admin;
    EXPECT_TRUE(row.IsNull(0, "enterprise_id")) << admin;
  }
  EXPECT_EQ(AuditCount(a, "update"), updates);
  // Nor can an administrator role go to an account that belongs to an organisation.
  auto create = a.As("sysadmin", "POST", "/api/v1/users",
                     R"({"username":"sep.agency","display_name":"机构用户","password":"Init@2026x","agency_id":)" +
                         Id(agency) + "}");
  ASSERT_EQ(create.status, 201) << create.body;
  auto grant = a.As("secadmin", "PUT",
                    "/api/v1/users/" + Id(create.obj().at("id").as_int64()) + "/roles",
                    R"({"roles":["audit_admin"]})");
  EXPECT_EQ(grant.status, 422);
  EXPECT_TRUE(FieldRulesOf(grant).count("roles:admin_org")) << grant.body;
}

// Issue 10 C: /api/v1/files/{id} answers with the read permission and jurisdiction of the
// object the file belongs to — for every kind of owner — and never to an administrator.
TEST_P(SeparationTest, FilesAnswerWithTheirOwnersPermissionAndScope) {
  TestApp a(GetParam());
  const int64_t mb = a.EnterpriseIdByName("邹城恒安民爆器材有限公司");
  const int64_t hc = a.EnterpriseIdByName("济宁润泽化工有限公司");
  auto upload = [&](const std::string& user, const std::string& name, const std::string& mime,
                    const std::string& bytes) {
    auto r = a.Call("POST", "/api/v1/files", bytes, a.Token(user),
                    {{"X-Filename", name}, {"Content-Type", mime}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  };
  auto status = [&](const std::string& user, int64_t file) {
    return a.As(user, "GET", "/api/v1/files/" + Id(file)).status;
  };

  // 1. A notice attachment: 邹城 sends to 恒安民爆.
  const int64_t notice_file = upload("zoucheng", "要求.txt", "text/plain", "汛期检查要求");
  auto draft = a.As("zoucheng", "POST", "/api/v1/notices",
                    R"({"title":"关于汛期检查的通知","body":"请检查。","attachment_ids":[)" +
                        Id(notice_file) + R"(],"recipients":{"enterprise_ids":[)" + Id(mb) + "]}}");
  ASSERT_EQ(draft.status, 201) << draft.body;
  const int64_t notice = draft.obj().at("id").as_int64();
  EXPECT_EQ(status("mb.principal", notice_file), 404);  // a draft's attachment stays with the sender
  ASSERT_EQ(a.As("zoucheng", "POST", "/api/v1/notices/" + Id(notice) + "/send").status, 200);
  // 2. A feedback attachment from the recipient.
  auto inbox = a.As("mb.principal", "GET", "/api/v1/inbox?page_size=500");
  int64_t item = 0;
  for (const auto& it : inbox.obj().at("items").as_array())
    if (it.at("notice").at("id").as_int64() == notice) item = it.at("id").as_int64();
  ASSERT_GT(item, 0);
  const int64_t feedback_file = upload("mb.principal", "回执.txt", "text/plain", "已检查");
  ASSERT_EQ(a.As("mb.principal", "POST", "/api/v1/inbox/" + Id(item) + "/feedback",
                 R"({"text":"已完成","attachment_ids":[)" + Id(feedback_file) + "]}").status,
            200);
  // 3. A hidden-danger photo of 恒安民爆.
  const int64_t hd_photo = upload("mb.safety", "隐患.png", "image/png", kPng);
  auto hd = a.As("mb.safety", "POST", "/api/v1/hidden-dangers",
                 R"({"title":"消防通道堵塞","description":"杂物","location":"库区","hazard_factor":"2","photo_file_ids":[)" +
                     Id(hd_photo) + "]}");
  ASSERT_EQ(hd.status, 201) << hd.body;
  // 4. An inspection record photo of 润泽化工.
  auto tasks = a.As("hc.safety", "GET", "/api/v1/inspection-tasks?status=open&mine=true&source=duty");
  ASSERT_EQ(tasks.status, 200) << tasks.body;
  ASSERT_FALSE(tasks.obj().at("items").as_array().empty());
  const std::string task = "/api/v1/inspection-tasks/" + Id(tasks.obj().at("items").at(0).at("id").as_int64());
  auto detail = a.As("hc.safety", "GET", task);
  const int64_t inspection_photo = upload("hc.safety", "现场.png", "image/png", kPng);
  json::array answers;
  for (const auto& it : detail.obj().at("items").as_array()) {
    json::object o{{"position", it.at("position")}, {"outcome", "pass"}};
    if (it.at("requires_photo").as_bool()) o["photo_ids"] = json::array{inspection_photo};
    answers.push_back(std::move(o));
  }
  auto record = a.As("hc.safety", "POST", task + "/records",
                     json::serialize(json::object{{"items", answers}}));
  ASSERT_EQ(record.status, 201) << record.body;
  // 5. A new site plan for 恒安民爆's risk map (the demo's plans share a few images).
  const int64_t plan = upload("mb.safety", "平面图.png", "image/png", kPng);
  ASSERT_EQ(a.As("mb.safety", "PUT", "/api/v1/risk-map",
                 R"({"file_id":)" + Id(plan) + R"(,"width":800,"height":600})").status,
            200);
  // 6. An upload not attached to anything yet.
  const int64_t loose = upload("mb.keeper", "草稿.txt", "text/plain", "未使用");

  const std::vector<std::string> admins = {"sysadmin", "secadmin", "auditadmin"};
  struct Expect {
    const char* what;
    int64_t file;
    std::vector<std::string> see, not_see;
  };
  const Expect expectations[] = {
      {"notice attachment", notice_file, {"zoucheng", "jining", "shandong", "mb.principal", "mb.duty"},
       {"rencheng", "hc.principal", "ms1.keeper"}},
      {"feedback attachment", feedback_file, {"zoucheng", "jining", "mb.keeper", "mb.principal"},
       {"rencheng", "hc.safety"}},
      {"hidden-danger photo", hd_photo, {"mb.safety", "mb.duty", "zoucheng", "jining", "jining.viewer"},
       {"rencheng", "hc.safety", "ms1.safety"}},
      {"inspection photo", inspection_photo, {"hc.safety", "hc.principal", "rencheng", "jining.viewer"},
       {"zoucheng", "mb.safety"}},
      {"risk site plan", plan, {"mb.duty", "mb.principal", "zoucheng", "jining.viewer"},
       {"rencheng", "hc.safety", "ms1.safety"}},
      {"unattached upload", loose, {"mb.keeper"}, {"mb.principal", "zoucheng"}},
  };
  for (const auto& e : expectations) {
    for (const auto& u : e.see) EXPECT_EQ(status(u, e.file), 200) << e.what << " for " << u;
    for (const auto& u : e.not_see) EXPECT_EQ(status(u, e.file), 404) << e.what << " for " << u;
    for (const auto& u : admins) EXPECT_EQ(status(u, e.file), 404) << e.what << " for " << u;
  }

  // An administrator placed in the agency by an earlier version still sees none of them.
  {
    auto conn = a.Db();
    conn->Exec("UPDATE users SET agency_id = ? WHERE username IN ('secadmin', 'auditadmin')",
               {AgencyId(a, "370883")});
  }
  a.svc.sessions->Invalidate();
  for (const auto& e : expectations)
    for (const auto& u : admins) EXPECT_EQ(status(u, e.file), 404) << e.what << " for " << u;

  // The permission counts, not only the scope: without hidden_danger:read the duty officer no
  // longer sees the photo (it still sees the site plan with risk:read).
  auto duty = identity::DefaultPermissions("ent_duty_officer");
  duty.erase(std::find(duty.begin(), duty.end(), "hidden_danger:read"));
  ASSERT_EQ(a.As("secadmin", "PUT", "/api/v1/roles/ent_duty_officer/permissions", PermsJson(duty)).status,
            200);
  EXPECT_EQ(status("mb.duty", hd_photo), 404);
  EXPECT_EQ(status("mb.duty", plan), 200);

  // An uploader moved to another enterprise no longer sees what it attached to the old one's
  // hidden danger: the file follows its owner, not its uploader.
  auto mover = a.As("sysadmin", "POST", "/api/v1/users",
                    R"({"username":"sep.mover","display_name":"调岗员工","password":"Init@2026x","enterprise_id":)" +
                        Id(mb) + "}");
  ASSERT_EQ(mover.status, 201) << mover.body;
  const int64_t mover_id = mover.obj().at("id").as_int64();
  ASSERT_EQ(a.As("secadmin", "PUT", "/api/v1/users/" + Id(mover_id) + "/roles",
                 R"({"roles":["ent_safety_officer"]})").status, 200);
  {
    auto conn = a.Db();
    conn->Exec("UPDATE users SET must_change_password = 0 WHERE id = ?", {mover_id});
  }
  auto login = a.Call("POST", "/api/v1/auth/login", R"({"username":"sep.mover","password":"Init@2026x"})");
  ASSERT_EQ(login.status, 200) << login.body;
  const std::string token(login.obj().at("token").as_string());
  auto up = a.Call("POST", "/api/v1/files", kPng, token, {{"X-Filename", "p.png"}, {"Content-Type", "image/png"}});
  ASSERT_EQ(up.status, 201) << up.body;
  const int64_t moved_photo = up.obj().at("id").as_int64();
  ASSERT_EQ(a.Call("POST", "/api/v1/hidden-dangers",
                   R"({"title":"护栏松动","hazard_factor":"2","photo_file_ids":[)" + Id(moved_photo) + "]}",
                   token).status,
            201);
  EXPECT_EQ(a.Call("GET", "/api/v1/files/" + Id(moved_photo), "", token).status, 200);
  ASSERT_EQ(a.As("sysadmin", "PUT", "/api/v1/users/" + Id(mover_id),
                 R"({"display_name":"调岗员工","enterprise_id":)" + Id(hc) + "}").status,
            200);
  EXPECT_EQ(a.Call("GET", "/api/v1/files/" + Id(moved_photo), "", token).status, 404);
  EXPECT_EQ(status("mb.safety", moved_photo), 200);
}

ANJIAN_BACKENDS(SeparationTest);

}  // namespace
}  // namespace anjian::test
