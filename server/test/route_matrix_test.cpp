// Every route × every role: a route that needs a permission the role lacks answers 403; one
// it has never answers 401/403 for lack of rights, and nothing answers 5xx. Runs on a private
// database because permitted write calls may change data.
//
// Every route × role × foreign object: every route with a placeholder, for every role that has
// its permission, answers 404 for an object of another county and for one of another
// enterprise (never 200, 403, 409 or 422 that would show the object exists, never 5xx). The
// routes come from the router, so a new route with an id cannot escape: one the table below
// cannot resolve fails the test until a mapping is added.
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "core/clock.hpp"
#include "identity/roles_rules.hpp"
#include "platform/office/xlsx_reader.hpp"

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
    // Issue 16: a read-only regulator at the ministry (部级): the country root's scope "/".
    {"regulator_ro", "miit"},
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
      const bool permitted = api::Permits(route->permission, perms);
      if (needs && !permitted) EXPECT_EQ(r.status, 403) << what;
      // The ministry (issue 16) reaches every object "1" of the country, so a rule of the object
      // itself may refuse it (a swap only its requester withdraws): never the permission check.
      const bool sees_country = std::string_view(ru.username) == "miit";
      if (needs && permitted && !sees_country) EXPECT_NE(r.status, 403) << what;
      if (needs && permitted && sees_country)
        EXPECT_EQ(r.body.find("permission "), std::string::npos) << what;
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

// ---- Route × role × foreign object -----------------------------------------------------------

// The account asking and the slice of the demo city it may see.
struct Viewer {
  std::string user;
  int64_t user_id = 0;
  int64_t agency = 0, enterprise = 0;  // 0: none
  std::string county;                  // "/370000/370800/370883/": the county it works in
  std::set<std::string> perms;
};

// One foreign object: of another county, or of another enterprise in the viewer's county (the
// second only for enterprise staff: a regulator sees every enterprise of its county).
enum class Side { kOtherCounty, kOtherEnterprise };

std::string Lit(const std::string& s) { return "'" + s + "'"; }  // paths of our own demo data

// Replaces the tokens of a resolver query for viewer `v`:
//   {F:path,ent}  the row lies outside v's slice, on `side`;
//   {IN:path,ent} the row lies inside v's slice;
//   {NOT_SENDER:n,a} notice `n` (sender agency `a`) is not in v's sender view (its own agency's
//                 notices and sent notices of agencies in its subtree);
//   {AGENCY} {ENT} {USER} v's agency, enterprise (0 when none) and user id.
std::string Expand(std::string sql, const Viewer& v, Side side) {
  const std::string lo = Lit(v.county), hi = Lit(api::PathUpperBound(v.county));
  auto cols = [](const std::string& args) {
    auto comma = args.find(',');
    return std::pair{args.substr(0, comma), args.substr(comma + 1)};
  };
  for (size_t pos; (pos = sql.find('{')) != std::string::npos;) {
    const size_t end = sql.find('}', pos);
    const std::string token = sql.substr(pos + 1, end - pos - 1);
    std::string out;
    if (token.rfind("F:", 0) == 0) {
      auto [path, ent] = cols(token.substr(2));
      out = side == Side::kOtherCounty
                ? "(" + path + " < " + lo + " OR " + path + " >= " + hi + ")"
                : "(" + path + " >= " + lo + " AND " + path + " < " + hi + " AND " + ent +
                      " <> " + std::to_string(v.enterprise) + ")";
    } else if (token.rfind("IN:", 0) == 0) {
      auto [path, ent] = cols(token.substr(3));
      out = v.enterprise ? ent + " = " + std::to_string(v.enterprise)
                         : "(" + path + " >= " + lo + " AND " + path + " < " + hi + ")";
    } else if (token.rfind("NOT_SENDER:", 0) == 0) {
      auto [n, a] = cols(token.substr(11));
      out = v.agency ? "(" + n + ".sender_agency_id <> " + std::to_string(v.agency) + " AND NOT (" +
                           a + ".region_path >= " + lo + " AND " + a + ".region_path < " + hi + "))"
                     : "1=1";
    } else if (token == "AGENCY") {
      out = std::to_string(v.agency);
    } else if (token == "ENT") {
      out = std::to_string(v.enterprise);
    } else if (token == "USER") {
      out = std::to_string(v.user_id);
    } else {
      ADD_FAILURE() << "unknown token {" << token << "} in " << sql;
      return "1=0";
    }
    sql.replace(pos, end - pos + 1, out);
  }
  return sql;
}

// A notice `n` (sender agency `a`) the viewer may not see: not its sender view, and not sent
// to its agency or enterprise.
const std::string kForeignNotice =
    "{NOT_SENDER:n,a} AND NOT EXISTS (SELECT 1 FROM notice_recipients r0 WHERE r0.notice_id = "
    "n.id AND (r0.agency_id = {AGENCY} OR r0.enterprise_id = {ENT})) AND {F:a.region_path,-1}";

// How to find a foreign object for each route with a placeholder, keyed by the route's pattern
// up to its last placeholder ("/api/v1/stores/{id}" serves /stores/{id}/stock, /summary, ...).
// Each query selects one object per placeholder name (columns id, position, date, user_id,
// code). `unscoped` names routes whose objects carry no jurisdiction, and why.
struct ObjectMap {
  std::vector<std::string> queries;
  std::string unscoped;  // non-empty: no jurisdiction applies (checked differently)
  bool administrative = false;  // unscoped because only an administrator may call it
  bool control = true;  // the provincial regulator may read the object (the positive control)
};

std::string Simple(const std::string& table) {
  return "SELECT t.id AS id FROM " + table + " t WHERE {F:t.region_path,t.enterprise_id} ORDER BY t.id";
}

const std::map<std::string, ObjectMap>& ForeignObjects() {
  static const std::map<std::string, ObjectMap> m = {
      {"/api/v1/enterprises/{id}",
       {{"SELECT e.id AS id FROM enterprises e WHERE {F:e.region_path,e.id} ORDER BY e.id"}}},
      {"/api/v1/risk-maps/{id}",
       {{"SELECT m.enterprise_id AS id FROM risk_maps m WHERE {F:m.region_path,m.enterprise_id} "
         "ORDER BY m.enterprise_id"}}},
      {"/api/v1/risk-objects/{id}", {{Simple("risk_objects")}}},
      {"/api/v1/risk-units/{id}", {{Simple("risk_units")}}},
      {"/api/v1/risk-events/{id}", {{Simple("risk_events")}}},
      {"/api/v1/control-measures/{id}", {{Simple("control_measures")}}},
      {"/api/v1/major-hazards/{id}", {{Simple("major_hazards")}}},
      {"/api/v1/inspection-tasks/{id}", {{Simple("inspection_tasks")}}},
      {"/api/v1/inspection-records/{id}", {{Simple("inspection_records")}}},
      {"/api/v1/inspection-records/{id}/items/{position}",
       {{"SELECT r.id AS id, i.position AS position FROM inspection_record_items i JOIN "
         "inspection_records r ON r.id = i.record_id WHERE {F:r.region_path,r.enterprise_id} "
         "ORDER BY CASE WHEN i.outcome = 'fail' AND i.hidden_danger_id IS NULL THEN 0 ELSE 1 END, "
         "r.id, i.position"}}},
      {"/api/v1/checklists/{id}",
       {{"SELECT c.id AS id FROM checklists c JOIN enterprises e ON e.id = c.enterprise_id WHERE "
         "{F:e.region_path,c.enterprise_id} ORDER BY c.id"}}},
      {"/api/v1/hidden-dangers/{id}", {{Simple("hidden_dangers")}}},
      {"/api/v1/production-halts/{id}", {{Simple("production_halts")}}},
      // Hidden-danger reports (issue 11 §3): one submitted report per enterprise with staff
      // (CreateForeignObjects), so regulators may read it (the positive control).
      {"/api/v1/hidden-danger-reports/{id}", {{Simple("hidden_danger_reports")}}},
      {"/api/v1/enforcement-inspections/{id}", {{Simple("enforcement_inspections")}}},
      // Annual enforcement plans and their draws (issue 11 §3): an agency's, seen from its
      // region down (no enterprise reads them).
      {"/api/v1/enforcement-plans/{id}",
       {{"SELECT p.id AS id FROM enforcement_plans p WHERE {F:p.region_path,-1} ORDER BY p.id"}}},
      {"/api/v1/enforcement-draws/{id}",
       {{"SELECT d.id AS id FROM enforcement_draws d JOIN enforcement_plans p ON p.id = d.plan_id "
         "WHERE {F:p.region_path,-1} ORDER BY d.id"}}},
      {"/api/v1/responsibilities/{id}", {{Simple("responsibilities")}}},
      {"/api/v1/stores/{id}", {{Simple("stores")}}},
      {"/api/v1/store-capacity-requests/{id}", {{Simple("store_capacity_requests")}}},  // issue 15 §1
      {"/api/v1/stores/{id}/daily-closes/{date}",
       {{"SELECT s.id AS id, d.close_date AS date FROM store_daily_closes d JOIN stores s ON s.id "
         "= d.store_id WHERE {F:s.region_path,s.enterprise_id} ORDER BY d.id"}}},
      {"/api/v1/stores/{id}/storekeepers/{user_id}",
       {{"SELECT s.id AS id, k.user_id AS user_id FROM store_storekeepers k JOIN stores s ON s.id "
         "= k.store_id WHERE k.unassigned_at IS NULL AND {F:s.region_path,s.enterprise_id} ORDER "
         "BY k.id"}}},
      {"/api/v1/vouchers/{id}", {{Simple("vouchers")}}},
      // A code's history spans enterprises (made by one, sold to another): foreign is a code
      // none of whose vouchers lies in the viewer's slice.
      {"/api/v1/detonator-codes/{code}",
       {{"SELECT d.code AS code FROM detonator_codes d JOIN stores s ON s.id = d.store_id WHERE "
         "{F:s.region_path,d.enterprise_id} AND NOT EXISTS (SELECT 1 FROM code_movements cm "
         "JOIN vouchers v ON v.id = cm.voucher_id WHERE cm.code = d.code AND "
         "{IN:v.region_path,v.enterprise_id}) ORDER BY d.code"}}},
      {"/api/v1/packages/{code}",
       {{"SELECT p.code AS code FROM packages p WHERE {F:p.region_path,p.enterprise_id} ORDER BY "
         "p.code"}}},
      {"/api/v1/stocktakes/{id}", {{Simple("stocktakes")}}},
      {"/api/v1/loss-incidents/{id}", {{Simple("loss_incidents")}}},
      {"/api/v1/accidents/{id}", {{Simple("accidents")}}},  // issue 14 §4
      // Zero-report periods (issue 14 §1): a regulator sees those over or under its region, an
      // enterprise those covering it; CreateForeignObjects adds one per county over an industry
      // none of the viewers has (civil aircraft), so it is foreign to staff of the same county too.
      {"/api/v1/zero-report-periods/{id}",
       {{"SELECT p.id AS id FROM zero_report_periods p WHERE p.industries = 'civil_aircraft' AND "
         "p.region_code IN ('370811', '370883') AND {F:p.region_path,-1} ORDER BY p.id"}}},
      // Issue 14 §2, §4 (emergency-resources): a finding of a foreign accident; an item of a
      // foreign enterprise or agency (agency rows have no enterprise: another county only).
      {"/api/v1/accidents/{id}/investigation/findings/{finding_id}",
       {{"SELECT t.id AS id, t.id AS finding_id FROM accidents t WHERE "
         "{F:t.region_path,t.enterprise_id} ORDER BY t.id"},
        "", false, false}},
      {"/api/v1/emergency-resources/{id}", {{Simple("emergency_resources")}}},
      // Emergency plans (issue 14 §2): the demo's 民爆 and chemical enterprises hold plans with
      // filings; the matrix gives every enterprise with staff one (CreateForeignObjects).
      {"/api/v1/emergency-plans/{id}", {{Simple("emergency_plans")}}},
      {"/api/v1/emergency-plans/{id}/filings/{filing_id}",
       {{"SELECT p.id AS id, f.id AS filing_id FROM emergency_plan_filings f JOIN emergency_plans "
         "p ON p.id = f.plan_id WHERE {F:p.region_path,p.enterprise_id} ORDER BY f.id"}}},
      {"/api/v1/drills/{id}", {{Simple("drills")}}},  // issue 14 §3
      {"/api/v1/drills/{id}/problems/{problem_id}",
       {{"SELECT d.id AS id, p.id AS problem_id FROM drill_problems p JOIN drills d ON d.id = "
         "p.drill_id WHERE {F:d.region_path,d.enterprise_id} ORDER BY p.id"}}},
      {"/api/v1/drills/compliance/enterprises/{id}",
       {{"SELECT e.id AS id FROM enterprises e WHERE {F:e.region_path,e.id} ORDER BY e.id"}}},
      // Duty rosters (issue 14 §1): a unit is "enterprise-{id}" or "agency-{id}" (no enterprise
      // account sees an agency's roster).
      {"/api/v1/duty-rosters/units/{id}",
       {{"SELECT 'enterprise-' || e.id AS id FROM enterprises e WHERE e.status = 'active' AND "
         "{F:e.region_path,e.id} ORDER BY e.id",
         "SELECT 'agency-' || a.id AS id FROM agencies a WHERE {F:a.region_path,-1} ORDER BY a.id"}}},
      {"/api/v1/duty-rosters/shifts/{id}", {{Simple("duty_shifts")}}},
      {"/api/v1/duty-rosters/swaps/{id}", {{Simple("duty_swap_requests")}}},
      {"/api/v1/destruction-plans/{id}", {{Simple("destruction_plans")}}},
      {"/api/v1/licences/{id}", {{Simple("licences")}}},  // issue 15 §1
      {"/api/v1/licence-applications/{id}", {{Simple("licence_applications")}}},
      {"/api/v1/workshops/{id}", {{Simple("workshops")}}},  // issue 15 §3
      // Duty spot checks (issue 14 §1): a round is its agency's, seen from its region down (no
      // enterprise reads rounds); a finding is the checked unit's.
      {"/api/v1/duty-spot-checks/{id}",
       {{"SELECT r.id AS id FROM duty_spot_check_rounds r WHERE {F:r.region_path,-1} ORDER BY "
         "r.id"}}},
      // Dishonesty list (issue 15 §4): an entry of a foreign enterprise and its repair application.
      {"/api/v1/dishonesty-list/{id}", {{Simple("dishonesty_entries")}}},
      {"/api/v1/dishonesty-list/{id}/repairs/{repair_id}",
       {{"SELECT d.id AS id, r.id AS repair_id FROM dishonesty_repairs r JOIN dishonesty_entries "
         "d ON d.id = r.entry_id WHERE {F:d.region_path,d.enterprise_id} ORDER BY r.id"}}},
      {"/api/v1/duty-spot-check-findings/{id}",
       {{"SELECT f.id AS id FROM duty_spot_check_findings f WHERE f.enterprise_id IS NOT NULL "
         "AND {F:f.region_path,f.enterprise_id} ORDER BY f.id"}}},
      {"/api/v1/notices/{id}",
       {{"SELECT n.id AS id FROM notices n JOIN agencies a ON a.id = n.sender_agency_id WHERE " +
         kForeignNotice + " ORDER BY n.id"}}},
      {"/api/v1/inbox/{id}",
       {{"SELECT r.id AS id FROM notice_recipients r JOIN notices n ON n.id = r.notice_id WHERE "
         "n.status = 'sent' AND {F:r.region_path,r.enterprise_id} ORDER BY r.id"},
        "", false, false}},  // an inbox item is its recipient's alone
      // Another account's notification (per user, not per jurisdiction).
      {"/api/v1/notifications/{id}",
       {{"SELECT x.id AS id FROM notifications x WHERE x.user_id <> {USER} ORDER BY x.id"},
        "", false, false}},
      // A file, once for each kind of owner it can have (server/src/files/file_repository.cpp).
      {"/api/v1/files/{id}",
       {{"SELECT na.file_id AS id FROM notice_attachments na JOIN notices n ON n.id = "
         "na.notice_id JOIN agencies a ON a.id = n.sender_agency_id WHERE " +
             kForeignNotice + " ORDER BY na.file_id",
         "SELECT fa.file_id AS id FROM feedback_attachments fa JOIN notice_recipients r ON r.id = "
         "fa.recipient_id JOIN notices n ON n.id = r.notice_id JOIN agencies a ON a.id = "
         "n.sender_agency_id WHERE {NOT_SENDER:n,a} AND {F:r.region_path,r.enterprise_id} ORDER "
         "BY fa.file_id",
         "SELECT hp.file_id AS id FROM hidden_danger_photos hp JOIN hidden_dangers h ON h.id = "
         "hp.hidden_danger_id WHERE {F:h.region_path,h.enterprise_id} ORDER BY hp.file_id",
         "SELECT dp.file_id AS id FROM drill_photos dp JOIN drills d ON d.id = dp.drill_id WHERE "
         "{F:d.region_path,d.enterprise_id} ORDER BY dp.file_id",  // issue 14 §3
         "SELECT ip.file_id AS id FROM inspection_record_photos ip JOIN inspection_records r ON "
         "r.id = ip.record_id WHERE {F:r.region_path,r.enterprise_id} ORDER BY ip.file_id",
         // The demo's site plans share images between enterprises: one used only outside.
         "SELECT m.file_id AS id FROM risk_maps m WHERE {F:m.region_path,m.enterprise_id} AND "
         "NOT EXISTS (SELECT 1 FROM risk_maps m2 WHERE m2.file_id = m.file_id AND "
         "{IN:m2.region_path,m2.enterprise_id}) ORDER BY m.file_id",
         "SELECT epf.file_id AS id FROM emergency_plan_files epf JOIN emergency_plans ep ON ep.id "
         "= epf.plan_id WHERE {F:ep.region_path,ep.enterprise_id} ORDER BY epf.file_id",
         // Issue 15 §1: a licence's document, a safety evaluation's report.
         "SELECT v.document_file_id AS id FROM licence_events v JOIN licences l ON l.id = "
         "v.licence_id WHERE v.document_file_id IS NOT NULL AND {F:l.region_path,l.enterprise_id} "
         "ORDER BY v.document_file_id",
         "SELECT se.report_file_id AS id FROM safety_evaluations se WHERE "
         "{F:se.region_path,se.enterprise_id} ORDER BY se.report_file_id"}}},
      // Administration: the administrators work on every account, role and agency; no business
      // role may hold these permissions (identity::IsAdministrativePermission).
      {"/api/v1/users/{id}", {{}, "accounts are managed installation-wide", true}},
      {"/api/v1/roles/{code}", {{}, "roles are installation-wide", true}},
      {"/api/v1/agencies/{id}", {{}, "agencies are managed installation-wide", true}},
      {"/api/v1/regions/{code}", {{}, "regions and functional zones are installation-wide", true}},
      // An import's error report is a file of its author's alone (not a row with a jurisdiction):
      // import_report_scope_test downloads it as another county, the city above and forged ids.
      {"/api/v1/enterprises/import-reports/{id}",
       {{}, "an import report belongs to the account that ran the import (import_report_scope_test)"}},
      // Business settings (thresholds, deadlines) hold for the whole installation.
      {"/api/v1/settings/{key}", {{}, "settings are installation-wide, not per jurisdiction"}},
      // The product catalogue (issue 11 §2): an enterprise's own product lies in its owner's
      // slice; the deployment's products (owner NULL) are everyone's and never foreign.
      {"/api/v1/products/{id}",
       {{"SELECT p.id AS id FROM products p WHERE p.owner_enterprise_id IS NOT NULL AND "
         "{F:p.owner_region_path,p.owner_enterprise_id} ORDER BY p.id"}}},
      // On shift (issue 14 §1): a shift of an enterprise or an agency (enterprise_id NULL).
      {"/api/v1/duty-shifts/{id}", {{Simple("duty_shifts")}}},
      // One-vote veto (issue 15 §4): a round is its agency's, seen from its region down (no
      // enterprise reads rounds); an application is its enterprise's.
      {"/api/v1/veto-rounds/{id}",
       {{"SELECT r.id AS id FROM veto_rounds r WHERE {F:r.region_path,-1} ORDER BY r.id"}}},
      {"/api/v1/veto-applications/{id}", {{Simple("veto_applications")}}},
      // People's qualifications (issue 15 §2): people of an enterprise, certificates through
      // their person, enforcement staff of an agency (demo_people seeds both counties).
      {"/api/v1/qualification-people/{id}", {{Simple("qualified_people")}}},
      {"/api/v1/qualification-certificates/{id}",
       {{"SELECT c.id AS id FROM person_certificates c JOIN qualified_people t ON t.id = "
         "c.person_id WHERE {F:t.region_path,t.enterprise_id} ORDER BY c.id"}}},
      {"/api/v1/enforcement-staff/{id}",
       {{"SELECT t.id AS id FROM qualified_people t WHERE t.agency_id IS NOT NULL AND "
         "{F:t.region_path,-1} ORDER BY t.id"}}},
  };
  return m;
}

// Bodies that pass validation, so that a write route's answer depends on the object alone
// (a 422 for the body would hide whether the object was checked). Others get "{}".
const std::map<std::string, std::string>& Bodies() {
  static const std::map<std::string, std::string> m = {
      {"POST /api/v1/enterprises/{id}/deactivate", R"({"reason":"已搬迁"})"},
      {"PUT /api/v1/stores/{id}", R"({"name":"矩阵测试库","kind":"main_magazine"})"},
      {"POST /api/v1/stores/{id}/storekeepers", R"({"user_id":1})"},
      {"POST /api/v1/store-capacity-requests/{id}/decision", R"({"decision":"reject","reason":"矩阵测试"})"},
      {"PUT /api/v1/products/{id}",
       R"({"name":"矩阵测试产品","kind":"industrial_explosive","unit":"kg",)"
       R"("storage_class":"explosive","net_mass_per_unit_g":1000})"},
      {"POST /api/v1/stores/{id}/daily-closes", R"({"date":"2026-01-05"})"},
      {"PUT /api/v1/risk-objects/{id}", R"({"name":"矩阵测试对象"})"},
      {"PUT /api/v1/checklists/{id}", R"({"name":"矩阵测试检查表","items":[{"content":"消防器材"}]})"},
      {"PUT /api/v1/risk-events/{id}",
       R"({"name":"矩阵测试事件","accident_type":"08","hazard_factor":"22"})"},
      {"PUT /api/v1/major-hazards/{id}",
       R"({"name":"矩阵测试危险源","grade":"2","principal_name":"甲","principal_frequency":"quarterly",)"
       R"("technical_name":"乙","technical_frequency":"monthly","operational_name":"丙",)"
       R"("operational_frequency":"weekly"})"},
      {"POST /api/v1/duty-shifts/{id}/log", R"({"kind":"call","content":"矩阵测试来电"})"},
  };
  return m;
}

// Objects on both sides that the demo city lacks: every kind of file owner, an own checklist,
// a county-level read-only regulator.
void CreateForeignObjects(TestApp& a) {
  {
    auto conn = a.Db();
    storage::Transaction tx(*conn);
    auto src = conn->Query("SELECT password_hash, agency_id FROM users WHERE username = 'rencheng'");
    auto id = conn->Query(
        "INSERT INTO users (username, display_name, phone, password_hash, agency_id, status, "
        "must_change_password, password_changed_at, created_at, updated_at) VALUES "
        "('rencheng.viewer', '任城区工信局 查询员', '', ?, ?, 'active', 0, ?, ?, ?) RETURNING id",
        {src.Text(0, "password_hash"), src.Int(0, "agency_id"), core::SystemClockInstance().NowIso(),
         core::SystemClockInstance().NowIso(), core::SystemClockInstance().NowIso()});
    conn->Exec("INSERT INTO user_roles (user_id, role) VALUES (?, 'regulator_ro')",
               {id.Int(0, "id")});
    tx.Commit();
  }
  const std::string png(
      "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00"
      "\x00\x01\x08\x00\x00\x00\x00\x3a\x7e\x9b\x55\x00\x00\x00\x0a\x49\x44\x41\x54\x78\x9c\x63"
      "\x60\x00\x00\x00\x02\x00\x01\x48\xaf\xa4\x71\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60"
      "\x82",
      67);
  // Annual enforcement plans are not in the demo: one with a draw for each county agency.
  {
    auto conn = a.Db();
    storage::Transaction tx(*conn);
    const std::string now = core::SystemClockInstance().NowIso();
    auto ags = conn->Query(
        "SELECT a.id, a.region_path, MIN(u.id) AS user_id FROM agencies a JOIN users u ON "
        "u.agency_id = a.id WHERE a.region_code IN ('370811', '370883') GROUP BY a.id, "
        "a.region_path ORDER BY a.id");
    for (size_t i = 0; i < ags.size(); ++i) {
      auto plan = conn->Query(
          "INSERT INTO enforcement_plans (agency_id, region_path, year, title, created_by, "
          "created_at) VALUES (?, ?, 2000, '路由矩阵测试计划', ?, ?) RETURNING id",
          {ags.Int(i, "id"), ags.Text(i, "region_path"), ags.Int(i, "user_id"), now});
      conn->Exec("INSERT INTO enforcement_draws (plan_id, seed, kind, due_on, enterprise_count, "
                 "inspector_count, enterprise_pool, key_pool, inspector_pool, drawn_by, drawn_at) "
                 "VALUES (?, '0000000000000001', 'routine', '2000-12-31', 1, 2, '', '', '', ?, ?)",
                 {plan.Int(0, "id"), ags.Int(i, "user_id"), now});
    }
    tx.Commit();
  }
  // Zero-report periods of each county over civil aircraft (issue 14 §1): no viewer is in them.
  // Duty spot checks (issue 14 §1): each county agency checks one enterprise of its county; the
  // call failed and opened a finding.
  {
    auto conn = a.Db();
    storage::Transaction tx(*conn);
    const std::string now = core::SystemClockInstance().NowIso();
    auto ags = conn->Query(
        "SELECT a.id, a.region_code, a.region_path, MIN(u.id) AS user_id FROM agencies a JOIN "
        "users u ON u.agency_id = a.id WHERE a.region_code IN ('370811', '370883') GROUP BY a.id, "
        "a.region_code, a.region_path ORDER BY a.id");
    for (size_t i = 0; i < ags.size(); ++i)
      conn->Exec("INSERT INTO zero_report_periods (agency_id, region_path, region_code, title, "
                 "reason, first_date, last_date, deadline_time, remind_minutes, industries, "
                 "declared_by, declared_at) VALUES (?, ?, ?, '路由矩阵测试零报告', 'other', "
                 "'2000-01-01', '2099-12-31', '09:00', 120, 'civil_aircraft', ?, ?)",
                 {ags.Int(i, "id"), ags.Text(i, "region_path"), ags.Text(i, "region_code"),
                  ags.Int(i, "user_id"), now});
    for (size_t i = 0; i < ags.size(); ++i) {
      const std::string path = ags.Text(i, "region_path");
      auto ent = conn->Query(
          "SELECT e.id, e.region_path FROM enterprises e JOIN users u ON u.enterprise_id = e.id "
          "WHERE e.region_path >= ? AND e.region_path < ? ORDER BY e.id LIMIT 1",
          {path, path + "~"});
      if (ent.empty()) continue;
      auto round = conn->Query(
          "INSERT INTO duty_spot_check_rounds (agency_id, region_path, title, target_kind, "
          "selection, planned_on, created_by, created_at) VALUES (?, ?, '路由矩阵测试抽查', "
          "'enterprise', 'manual', '2000-01-03', ?, ?) RETURNING id",
          {ags.Int(i, "id"), path, ags.Int(i, "user_id"), now});
      const int64_t round_id = round.Int(0, "id");
      auto item = conn->Query(
          "INSERT INTO duty_spot_check_items (round_id, position, enterprise_id, region_path) "
          "VALUES (?, 1, ?, ?) RETURNING id",
          {round_id, ent.Int(0, "id"), ent.Text(0, "region_path")});
      auto call = conn->Query(
          "INSERT INTO duty_spot_check_calls (round_id, item_id, called_at, method, answered, "
          "result, by_user_id, at) VALUES (?, ?, ?, 'phone', 0, 'fail', ?, ?) RETURNING id",
          {round_id, item.Int(0, "id"), now, ags.Int(i, "user_id"), now});
      conn->Exec("INSERT INTO duty_spot_check_findings (round_id, item_id, call_id, "
                 "enterprise_id, region_path, state, due_on, created_at, updated_at) VALUES (?, "
                 "?, ?, ?, ?, 'open', '2000-01-10', ?, ?)",
                 {round_id, item.Int(0, "id"), call.Int(0, "id"), ent.Int(0, "id"),
                  ent.Text(0, "region_path"), now, now});
    }
    tx.Commit();
  }
  // Dishonesty list (issue 15 §4): each enterprise with staff has a notified entry of 2000 (listed
  // then, not now) with a pending credit repair application.
  {
    auto conn = a.Db();
    storage::Transaction tx(*conn);
    const std::string now = core::SystemClockInstance().NowIso();
    auto ents = conn->Query(
        "SELECT e.id, e.region_path, MIN(u.id) AS user_id FROM enterprises e JOIN users u ON "
        "u.enterprise_id = e.id GROUP BY e.id, e.region_path ORDER BY e.id");
    for (size_t i = 0; i < ents.size(); ++i) {
      auto entry = conn->Query(
          "INSERT INTO dishonesty_entries (enterprise_id, region_path, criterion, state, "
          "noticed_on, defence_due_on, decided_on, listed_from, listed_until, created_at, "
          "updated_at) VALUES (?, ?, 'penalty_evasion', 'listed', '2000-01-03', '2000-01-10', "
          "'2000-01-20', '2000-01-21', '2003-01-20', ?, ?) RETURNING id",
          {ents.Int(i, "id"), ents.Text(i, "region_path"), now, now});
      conn->Exec("INSERT INTO dishonesty_repairs (entry_id, state, reason, applied_by, "
                 "applied_at) VALUES (?, 'pending', '路由矩阵测试', ?, ?)",
                 {entry.Int(0, "id"), ents.Int(i, "user_id"), now});
    }
    tx.Commit();
  }
  // Production halts (山东条例 Art.44) are not in the demo: one for each enterprise with staff.
  {
    auto conn = a.Db();
    storage::Transaction tx(*conn);
    const std::string now = core::SystemClockInstance().NowIso();
    auto ents = conn->Query(
        "SELECT e.id, e.region_path, MIN(u.id) AS user_id FROM enterprises e JOIN users u ON "
        "u.enterprise_id = e.id GROUP BY e.id, e.region_path ORDER BY e.id");
    for (size_t i = 0; i < ents.size(); ++i)
      conn->Exec("INSERT INTO production_halts (enterprise_id, region_path, scope, reason, "
                 "halted_at, recorded_by, recorded_by_name, recorded_at, state) VALUES "
                 "(?, ?, '全厂', '路由矩阵测试', ?, ?, '测试', ?, 'halted')",
                 {ents.Int(i, "id"), ents.Text(i, "region_path"), now, ents.Int(i, "user_id"), now});
    tx.Commit();
  }
  // Hidden-danger reports (issue 11 §3) are not in the demo: a submitted one per enterprise with
  // staff (a regulator reads only submitted reports).
  {
    auto conn = a.Db();
    storage::Transaction tx(*conn);
    const std::string now = core::SystemClockInstance().NowIso();
    auto ents = conn->Query(
        "SELECT e.id, e.region_path, MIN(u.id) AS user_id FROM enterprises e JOIN users u ON "
        "u.enterprise_id = e.id GROUP BY e.id, e.region_path ORDER BY e.id");
    for (size_t i = 0; i < ents.size(); ++i)
      conn->Exec("INSERT INTO hidden_danger_reports (enterprise_id, region_path, period_key, "
                 "period_kind, period_from, period_to, version, state, figures, figures_at, "
                 "content_hash, created_by, created_at, updated_at, signed_at, submitted_at) "
                 "VALUES (?, ?, '2001-Q1', 'quarter', '2001-01-01', '2001-03-31', 1, "
                 "'submitted', '{}', ?, 'x', ?, ?, ?, ?, ?)",
                 {ents.Int(i, "id"), ents.Text(i, "region_path"), now, ents.Int(i, "user_id"), now,
                  now, now, now});
    tx.Commit();
  }
  // Stocktakes, loss incidents and packages exist only for 恒安民爆 in the demo: give 同力民爆
  // (任城) the same, and 恒安民爆 a package (written directly: only their scope matters here).
  {
    auto conn = a.Db();
    storage::Transaction tx(*conn);
    const std::string now = core::SystemClockInstance().NowIso();
    auto stores = conn->Query(
        "SELECT s.id, s.enterprise_id, s.region_path FROM stores s WHERE s.id IN (SELECT "
        "MIN(id) FROM stores GROUP BY enterprise_id) ORDER BY s.id");
    for (size_t i = 0; i < stores.size(); ++i) {
      const int64_t store = stores.Int(i, "id"), ent = stores.Int(i, "enterprise_id");
      const std::string path = stores.Text(i, "region_path");
      const int64_t user = conn->Query("SELECT id FROM users WHERE enterprise_id = ? ORDER BY id",
                                       {ent}).Int(0, "id");
      if (conn->Query("SELECT 1 AS x FROM stocktakes WHERE enterprise_id = ?", {ent}).empty())
        conn->Exec("INSERT INTO stocktakes (enterprise_id, region_path, store_id, number, method, "
                   "counted_by_user_id, counted_at, book_voucher_id, book_code_count, "
                   "counted_code_count, duplicate_scans, missing_count, extra_count) VALUES "
                   "(?,?,?,?,'full',?,?,0,0,0,0,0,0)",
                   {ent, path, store, "PD-M-" + std::to_string(store), user, now});
      if (conn->Query("SELECT 1 AS x FROM loss_incidents WHERE enterprise_id = ?", {ent}).empty())
        conn->Exec("INSERT INTO loss_incidents (enterprise_id, region_path, store_id, number, "
                   "source, discovered_at, opened_by_user_id) VALUES (?,?,?,?,'stocktake',?,?)",
                   {ent, path, store, "DS-M-" + std::to_string(store), now, user});
      conn->Exec("INSERT INTO packages (code, kind, enterprise_id, region_path, product_id, "
                 "code_count, registered_by_user_id, registered_at) VALUES (?,'box',?,?,'P',0,?,?)",
                 {"MATRIXBOX" + std::to_string(ent), ent, path, user, now});
      // An own product of each explosives enterprise (the demo has one, 恒安民爆's).
      conn->Exec("INSERT INTO products (code, name, kind, unit, net_mass_per_unit_g, "
                 "storage_class, owner_enterprise_id, owner_region_path, created_at, updated_at) "
                 "VALUES (?, '矩阵测试产品', 'industrial_explosive', 'kg', 1000, 'explosive', ?, "
                 "?, ?, ?)",
                 {"matrix_product_" + std::to_string(ent), ent, path, now, now});
      // A capacity change request of each (issue 15 §1; the demo has one, 恒安民爆's).
      if (conn->Query("SELECT 1 AS x FROM store_capacity_requests WHERE enterprise_id = ?", {ent})
              .empty())
        conn->Exec("INSERT INTO store_capacity_requests (store_id, enterprise_id, region_path, "
                   "reason, requested_by, requested_at) VALUES (?,?,?,'矩阵测试',?,?)",
                   {store, ent, path, user, now});
    }
    tx.Commit();
  }
  // Destruction plans (销毁方案) are not in the demo: one for each enterprise with staff.
  {
    auto conn = a.Db();
    storage::Transaction tx(*conn);
    const std::string now = core::SystemClockInstance().NowIso();
    auto ents = conn->Query(
        "SELECT e.id, e.region_path, MIN(u.id) AS user_id FROM enterprises e JOIN users u ON "
        "u.enterprise_id = e.id GROUP BY e.id, e.region_path ORDER BY e.id");
    for (size_t i = 0; i < ents.size(); ++i)
      conn->Exec("INSERT INTO destruction_plans (enterprise_id, region_path, number, reason, "
                 "method, place, planned_on, status, created_by, created_at) VALUES "
                 "(?, ?, ?, 'expired', '炸毁法', '销毁场', '2026-01-05', 'draft', ?, ?)",
                 {ents.Int(i, "id"), ents.Text(i, "region_path"),
                  "XH-M-" + std::to_string(ents.Int(i, "id")), ents.Int(i, "user_id"), now});
    tx.Commit();
  }
  // Hazardous workshops (issue 15 §3) exist only for 恒安民爆 in the demo: one for each
  // enterprise with staff (written directly: only their scope matters here).
  {
    auto conn = a.Db();
    storage::Transaction tx(*conn);
    const std::string now = core::SystemClockInstance().NowIso();
    auto ents = conn->Query(
        "SELECT e.id, e.region_path FROM enterprises e WHERE EXISTS (SELECT 1 FROM users u "
        "WHERE u.enterprise_id = e.id) ORDER BY e.id");
    for (size_t i = 0; i < ents.size(); ++i)
      conn->Exec("INSERT INTO workshops (enterprise_id, region_path, name, building_number, "
                 "hazard_class, operating_staff, max_allowed_people, quantity_limit, "
                 "quantity_unit, standard_annex, design_document, created_at, updated_at) VALUES "
                 "(?, ?, '矩阵测试工房', 'M-1', '1.1', 1, 2, 1000, 'kg', 'D', 'M', ?, ?)",
                 {ents.Int(i, "id"), ents.Text(i, "region_path"), now, now});
    tx.Commit();
  }
  // Every demo detonator code was made by 恒安民爆 (邹城): 同力民爆 (任城) buys codes of its own.
  {
    const int64_t store = a.Db()->Query(
        "SELECT s.id FROM stores s JOIN users u ON u.enterprise_id = s.enterprise_id WHERE "
        "u.username = 'ms2.keeper' AND s.rated_pieces > 0 ORDER BY s.id").Int(0, "id");
    json::object body{
        {"store_id", store}, {"direction", "in"}, {"reason", "purchase"}, {"counterparty", TestCounterparty("in", "purchase")},
        {"lines", json::array{json::object{{"product_id", "electronic_detonator"},
                                           {"condition", "normal"}, {"batch", "B1"},
                                           {"codes", json::array{"3760315A90001", "3760315A90002"}}}}},
        {"second_person", json::object{{"username", "ms2.safety"}, {"password", "Demo@2026"}}}};
    auto r = a.As("ms2.keeper", "POST", "/api/v1/vouchers", json::serialize(body));
    if (r.status != 201) throw std::runtime_error("voucher of 同力民爆: " + r.body);
  }
  auto upload = [&](const std::string& user, const std::string& mime, const std::string& bytes) {
    auto r = a.Call("POST", "/api/v1/files", bytes, a.Token(user),
                    {{"X-Filename", mime == "image/png" ? "p.png" : "a.txt"}, {"Content-Type", mime}});
    if (r.status != 201) throw std::runtime_error("upload as " + user + ": " + r.body);
    return std::to_string(r.obj().at("id").as_int64());
  };
  auto must = [](const Resp& r, int status, const std::string& what) {
    if (r.status != status) throw std::runtime_error(what + ": " + r.body);
    return r;
  };
  struct Side {
    const char* regulator;
    const char* enterprise_name;
    const char* principal;
    const char* safety;
  };
  for (const Side& s : {Side{"zoucheng", "邹城恒安民爆器材有限公司", "mb.principal", "mb.safety"},
                        Side{"rencheng", "济宁润泽化工有限公司", "hc.principal", "hc.safety"}}) {
    const std::string ent = std::to_string(a.EnterpriseIdByName(s.enterprise_name));
    // A notice with an attachment, and the enterprise's feedback with one.
    auto draft = must(a.As(s.regulator, "POST", "/api/v1/notices",
                           R"({"title":"矩阵测试通知","body":"请阅。","attachment_ids":[)" +
                               upload(s.regulator, "text/plain", "notice") +
                               R"(],"recipients":{"enterprise_ids":[)" + ent + "]}}"),
                      201, "notice");
    const std::string notice = std::to_string(draft.obj().at("id").as_int64());
    must(a.As(s.regulator, "POST", "/api/v1/notices/" + notice + "/send"), 200, "send");
    auto inbox = a.As(s.principal, "GET", "/api/v1/inbox?page_size=500");
    for (const auto& it : inbox.obj().at("items").as_array())
      if (std::to_string(it.at("notice").at("id").as_int64()) == notice)
        must(a.As(s.principal, "POST",
                  "/api/v1/inbox/" + std::to_string(it.at("id").as_int64()) + "/feedback",
                  R"({"text":"已阅","attachment_ids":[)" +
                      upload(s.principal, "text/plain", "feedback") + "]}"),
             200, "feedback");
    // A hidden danger with a photo.
    must(a.As(s.safety, "POST", "/api/v1/hidden-dangers",
              R"({"title":"矩阵测试隐患","hazard_factor":"2","photo_file_ids":[)" +
                  upload(s.safety, "image/png", png) + "]}"),
         201, "hidden danger");
    // An inspection record with a photo (today's duty task).
    auto tasks = a.As(s.safety, "GET", "/api/v1/inspection-tasks?status=open&mine=true&source=duty");
    if (tasks.status == 200 && !tasks.obj().at("items").as_array().empty()) {
      const std::string task =
          "/api/v1/inspection-tasks/" +
          std::to_string(tasks.obj().at("items").at(0).at("id").as_int64());
      auto detail = a.As(s.safety, "GET", task);
      const std::string photo = upload(s.safety, "image/png", png);
      json::array answers;
      for (const auto& it : detail.obj().at("items").as_array()) {
        json::object o{{"position", it.at("position")}, {"outcome", "pass"}};
        if (it.at("requires_photo").as_bool()) o["photo_ids"] = json::array{std::stoll(photo)};
        answers.push_back(std::move(o));
      }
      must(a.As(s.safety, "POST", task + "/records",
                json::serialize(json::object{{"items", answers}})),
           201, "inspection record");
    }
    // A site plan of its own, and an own checklist.
    must(a.As(s.safety, "PUT", "/api/v1/risk-map",
              R"({"file_id":)" + upload(s.safety, "image/png", png) + R"(,"width":800,"height":600})"),
         200, "site plan");
    must(a.As(s.safety, "POST", "/api/v1/checklists",
              R"({"name":"矩阵测试检查表","kind":"routine","items":[{"content":"消防器材"}]})"),
         201, "checklist");
    // A drill with a photo and a problem (issue 14 §3), written directly: only its scope matters.
    {
      const std::string photo = upload(s.safety, "image/png", png);
      auto conn = a.Db();
      storage::Transaction tx(*conn);
      const std::string now = core::SystemClockInstance().NowIso();
      auto e = conn->Query("SELECT region_path FROM enterprises WHERE id = ?", {std::stoll(ent)});
      auto u = conn->Query("SELECT id FROM users WHERE username = ?", {std::string(s.safety)});
      auto d = conn->Query(
          "INSERT INTO drills (enterprise_id, region_path, number, drill_type, scenario, "
          "drilled_on, created_by, created_at) VALUES (?, ?, ?, 'tabletop', '矩阵测试演练', "
          "'2026-01-05', ?, ?) RETURNING id",
          {std::stoll(ent), e.Text(0, "region_path"), "YL-M-" + ent, u.Int(0, "id"), now});
      conn->Exec("INSERT INTO drill_photos (drill_id, file_id) VALUES (?, ?)",
                 {d.Int(0, "id"), std::stoll(photo)});
      conn->Exec("INSERT INTO drill_problems (drill_id, position, description) VALUES (?, 1, "
                 "'矩阵测试问题')",
                 {d.Int(0, "id")});
      tx.Commit();
    }
    // Licences (issue 15 §1): one recorded by the regulator with its document, the
    // enterprise's safety evaluation with its report, and a pending application.
    {
      must(a.As(s.regulator, "POST", "/api/v1/licences",
                R"({"enterprise_id":)" + ent + R"(,"kind":"safety_production","number":"LIC-M-)" +
                    ent + R"(","issuer_name":"矩阵测试发证机关","valid_from":"2026-01-05",)" +
                    R"("document_file_id":)" + upload(s.regulator, "text/plain", "licence") + "}"),
           201, "licence");
      must(a.As(s.safety, "POST", "/api/v1/safety-evaluations",
                R"({"agency_name":"矩阵测试评价机构","evaluated_on":"2026-01-05","conclusion":"pass",)"
                R"("valid_until":"2029-01-04","report_file_id":)" +
                    upload(s.safety, "text/plain", "evaluation") + "}"),
           201, "safety evaluation");
      auto conn = a.Db();
      const std::string now = core::SystemClockInstance().NowIso();
      auto e = conn->Query("SELECT region_path FROM enterprises WHERE id = ?", {std::stoll(ent)});
      auto u = conn->Query("SELECT id FROM users WHERE username = ?", {std::string(s.safety)});
      conn->Exec("INSERT INTO licence_applications (enterprise_id, region_path, kind, "
                 "application_type, status, submitted_by, submitted_at, submitted_on) VALUES "
                 "(?, ?, 'explosives_sales', 'new', 'submitted', ?, ?, '2026-01-05')",
                 {std::stoll(ent), e.Text(0, "region_path"), u.Int(0, "id"), now});
    }
  }
}

// Whether a duty object named by `target` (/duty-rosters/shifts/{id}, …/swaps/{id}, /duty-shifts/{id}) belongs
// to a unit at the country root (the ministry's agency, issue 16).
bool UnitAtCountryRoot(TestApp& a, const std::string& target) {
  auto conn = a.Db();
  const std::pair<const char*, const char*> kObjects[] = {{"duty_shifts", "/duty-rosters/shifts/"},
                                                          {"duty_shifts", "/duty-shifts/"},
                                                          {"duty_swap_requests", "/duty-rosters/swaps/"}};
  for (const auto& [table, key_text] : kObjects) {
    const std::string key = key_text;
    const auto at = target.find(key);
    if (at == std::string::npos) continue;
    const std::string id = target.substr(at + key.size(), target.find_first_not_of("0123456789", at + key.size()) - at - key.size());
    auto rs = conn->Query(std::string("SELECT region_path FROM ") + table + " WHERE id = ?", {std::stoll(id)});
    return !rs.empty() && rs.Text(0, "region_path") == "/";
  }
  return false;
}

Viewer LoadViewer(TestApp& a, const std::string& user) {
  Viewer v;
  v.user = user;
  auto conn = a.Db();
  auto u = conn->Query(
      "SELECT u.id, u.agency_id, u.enterprise_id, COALESCE(ag.region_path, e.region_path) AS path "
      "FROM users u LEFT JOIN agencies ag ON ag.id = u.agency_id LEFT JOIN enterprises e ON e.id "
      "= u.enterprise_id WHERE u.username = ?",
      {user});
  v.user_id = u.Int(0, "id");
  if (!u.IsNull(0, "agency_id")) v.agency = u.Int(0, "agency_id");
  if (!u.IsNull(0, "enterprise_id")) v.enterprise = u.Int(0, "enterprise_id");
  // The county: /province/city/county/ (an enterprise may sit deeper, in a township).
  const std::string path = u.Text(0, "path");
  size_t cut = 0;
  for (int i = 0; i < 4 && cut != std::string::npos; ++i) cut = path.find('/', cut + (i ? 1 : 0));
  v.county = cut == std::string::npos ? path : path.substr(0, cut + 1);
  auto me = a.As(user, "GET", "/api/v1/auth/me");
  for (const auto& p : me.obj().at("user").as_object().at("permissions").as_array())
    v.perms.insert(std::string(p.as_string()));
  return v;
}

// Replaces the placeholders of `pattern` with the first row of `sql`; nullopt when none.
std::optional<std::string> Resolve(TestApp& a, const std::string& pattern, const std::string& sql) {
  auto conn = a.Db();
  auto rs = conn->Query(sql + " LIMIT 1");
  if (rs.empty()) return std::nullopt;
  std::string path = pattern;
  for (size_t pos; (pos = path.find('{')) != std::string::npos;) {
    const size_t end = path.find('}', pos);
    const std::string name = path.substr(pos + 1, end - pos - 1);
    const storage::Value& v = rs.At(0, name);
    std::string text;
    if (auto i = std::get_if<int64_t>(&v)) text = std::to_string(*i);
    else if (auto s = std::get_if<std::string>(&v)) text = api::PercentEncode(*s);
    else throw std::runtime_error("column " + name + " of " + sql + " is neither integer nor text");
    path.replace(pos, end - pos + 1, text);
  }
  return path;
}

TEST_P(RouteMatrixTest, EveryRouteWithAnIdHidesForeignObjectsFromEveryRole) {
  TestApp app(GetParam());
  CreateForeignObjects(app);
  // Both county regulators, a county read-only regulator, and staff of each enterprise role on
  // both sides (恒安民爆 in 邹城, 润泽化工 in 任城; ms1 sells civil explosives in 邹城 too).
  // The control: the provincial regulator (the whole demo city) sees what it may read, so a
  // 404 for the others comes from their scope, not from a missing or broken object.
  const Viewer city = LoadViewer(app, "shandong");
  // Issue 16: the ministry (the country root, path "/") reads whatever the province may read.
  const Viewer ministry = LoadViewer(app, "miit");
  int controls = 0;
  std::vector<Viewer> viewers;
  for (const char* u : {"rencheng", "zoucheng", "rencheng.viewer", "mb.principal", "hc.principal",
                        "mb.safety", "hc.safety", "mb.keeper", "ms1.keeper", "mb.duty"})
    viewers.push_back(LoadViewer(app, u));
  std::set<std::string> roles_covered;
  for (const auto& v : viewers) {
    auto conn = app.Db();
    auto rs = conn->Query("SELECT role FROM user_roles WHERE user_id = ?", {v.user_id});
    for (size_t i = 0; i < rs.size(); ++i) roles_covered.insert(rs.Text(i, "role"));
  }
  for (const auto& r : identity::BuiltinRoles())
    if (!identity::IsAdminRole(r.code))
      EXPECT_TRUE(roles_covered.count(std::string(r.code))) << "no viewer holds " << r.code;

  int checked = 0, other_enterprise = 0;
  std::set<std::string> routes_checked, admin_checked;
  for (const auto& route : app.router.routes()) {
    const std::string& pattern = route->pattern;
    if (pattern.find('{') == std::string::npos || route->permission == api::kPublic) continue;
    const std::string key = pattern.substr(0, pattern.rfind('}') + 1);
    const std::string what_route = route->method + " " + pattern;
    auto it = ForeignObjects().find(key);
    if (it == ForeignObjects().end()) {
      ADD_FAILURE() << what_route << " has a placeholder the route matrix cannot resolve: add "
                    << key << " to ForeignObjects() in server/test/route_matrix_test.cpp (how "
                    << "to find an object of another county and of another enterprise)";
      continue;
    }
    const ObjectMap& map = it->second;
    if (!map.unscoped.empty()) {
      if (map.administrative) {
        for (const auto& perm : api::PermissionsOf(route->permission))
          EXPECT_TRUE(identity::IsAdministrativePermission(perm))
              << what_route << " is treated as administration (" << map.unscoped
              << ") but its permission " << perm << " may go to a business role";
      }
      for (const auto& v : viewers)
        if (map.administrative)
          EXPECT_FALSE(api::Permits(route->permission, v.perms)) << v.user << " " << what_route;
      continue;
    }
    auto body_it = Bodies().find(what_route);
    const std::string body =
        body_it != Bodies().end() ? body_it->second : route->method == "GET" ? "" : "{}";
    for (const auto& v : viewers) {
      if (!api::Permits(route->permission, v.perms)) continue;
      for (Side side : {Side::kOtherCounty, Side::kOtherEnterprise}) {
        if (side == Side::kOtherEnterprise && !v.enterprise) continue;
        for (const auto& query : map.queries) {
          auto target = Resolve(app, pattern, Expand(query, v, side));
          if (!target) {
            if (side == Side::kOtherCounty)
              ADD_FAILURE() << "no object of another county for " << v.user << " on "
                            << what_route << " (" << query << "): add one to CreateForeignObjects";
            continue;
          }
          if (route->method == "GET" && map.control && route->permission != api::kAuthenticated &&
              api::Permits(route->permission, city.perms)) {
            auto c = app.As(city.user, "GET", *target);
            const bool ministry_reads = api::Permits(route->permission, ministry.perms);
            // An object of the ministry's own agency (its duty roster) sits above the province:
            // then the ministry is the control.
            const bool above_province =
                c.status == 404 && ministry_reads && UnitAtCountryRoot(app, *target);
            if (!above_province)
              EXPECT_EQ(c.status, 200) << "control: shandong GET " << *target << " → " << c.status
                                       << " " << c.body.substr(0, 300);
            ++controls;
            if (ministry_reads) {
              auto m = app.As(ministry.user, "GET", *target);
              EXPECT_EQ(m.status, 200) << "ministry: miit GET " << *target << " → " << m.status
                                       << " " << m.body.substr(0, 300);
            }
          }
          // Administrators reach the routes any signed-in user may call (files, notifications):
          // no business object is theirs either.
          if (route->permission == api::kAuthenticated && admin_checked.insert(*target).second) {
            for (const char* admin : {"sysadmin", "secadmin", "auditadmin"}) {
              auto r = app.As(admin, route->method, *target, body);
              EXPECT_EQ(r.status, 404) << admin << " " << route->method << " " << *target << " → "
                                       << r.status << " " << r.body.substr(0, 300);
              ++checked;
            }
          }
          auto r = app.As(v.user, route->method, *target, body);
          EXPECT_EQ(r.status, 404) << v.user << " " << route->method << " " << *target << " ("
                                   << (side == Side::kOtherCounty ? "another county"
                                                                  : "another enterprise")
                                   << ") → " << r.status << " " << r.body.substr(0, 300);
          ++checked;
          if (side == Side::kOtherEnterprise) ++other_enterprise;
          routes_checked.insert(what_route);
        }
      }
    }
  }
  std::cout << "[ matrix   ] " << checked << " foreign-object calls (" << other_enterprise
            << " of another enterprise in the same county) on " << routes_checked.size()
            << " routes, " << controls << " positive controls\n";
  EXPECT_GT(checked, 300);
  EXPECT_GT(controls, 100);
  EXPECT_GT(other_enterprise, 50);
  for (const char* must : {"GET /api/v1/files/{id}", "GET /api/v1/stores/{id}/summary/export",
                           "GET /api/v1/notices/{id}/recipients/export"})
    EXPECT_TRUE(routes_checked.count(must)) << must;
}

// Lists and exports: no enterprise outside the viewer's slice is named in the answer of any GET
// route without a placeholder — neither in a JSON list nor in a cell of an exported workbook —
// also when the query names a foreign enterprise or store (?enterprise_id=, ?store_id=).
// A list that does not answer 200 without parameters must say why here.
const std::map<std::string, std::string> kListNeedsMore = {
    {"/api/v1/risk-register/export", "a regulator names the enterprise (?enterprise_id=)"},
    {"/api/v1/inspection-assignees", "lists the caller's own enterprise's accounts"},
    {"/api/v1/drills/plans", "a regulator names the enterprise whose plans it lists (?enterprise_id=)"},
    {"/api/v1/licence-conditions", "a regulator names the enterprise whose conditions it checks (?enterprise_id=)"},
    {"/api/v1/qualification-summary", "a regulator names the enterprise (?enterprise_id=)"},
    {"/api/v1/dishonesty-list/accident-findings", "the findings of one accident (?accident_id=)"},
};

TEST_P(RouteMatrixTest, ListsAndExportsNameNoForeignEnterprise) {
  TestApp app(GetParam());
  CreateForeignObjects(app);
  int lists = 0, exports = 0;
  for (const char* user : {"rencheng", "zoucheng", "rencheng.viewer", "mb.principal",
                           "hc.principal", "mb.safety", "hc.safety", "mb.keeper", "ms1.keeper",
                           "mb.duty"}) {
    const Viewer v = LoadViewer(app, user);
    std::set<std::string> foreign;
    for (Side side : {Side::kOtherCounty, Side::kOtherEnterprise}) {
      if (side == Side::kOtherEnterprise && !v.enterprise) continue;
      auto conn = app.Db();
      auto rs = conn->Query(
          Expand("SELECT e.name FROM enterprises e WHERE {F:e.region_path,e.id}", v, side));
      for (size_t i = 0; i < rs.size(); ++i) foreign.insert(rs.Text(i, "name"));
    }
    ASSERT_GT(foreign.size(), 10u) << user;
    // A foreign enterprise and store to ask for by query (恒安民爆's or 同力民爆's).
    auto pick = [&](const std::string& sql) {
      auto target = Resolve(app, "{id}", Expand(sql, v, Side::kOtherCounty));
      return target.value_or("0");
    };
    const std::string ent = pick(
        "SELECT e.id AS id FROM enterprises e WHERE {F:e.region_path,e.id} AND EXISTS (SELECT 1 "
        "FROM stores s WHERE s.enterprise_id = e.id) ORDER BY e.id");
    const std::string store = pick(Simple("stores"));
    for (const auto& route : app.router.routes()) {
      if (route->method != "GET" || route->pattern.find('{') != std::string::npos) continue;
      if (route->permission == api::kPublic) continue;
      if (!api::Permits(route->permission, v.perms)) continue;
      for (const std::string& query :
           std::vector<std::string>{"", "?enterprise_id=" + ent, "?store_id=" + store}) {
        const std::string target = route->pattern + query;
        auto r = app.As(user, "GET", target);
        const std::string what = std::string(user) + " GET " + target;
        EXPECT_LT(r.status, 500) << what << " " << r.body.substr(0, 300);
        if (r.status != 200) {
          if (query.empty()) {
            EXPECT_TRUE(kListNeedsMore.count(route->pattern))
                << what << " → " << r.status << " without parameters: give it parameters or "
                << "say why in kListNeedsMore (server/test/route_matrix_test.cpp)";
          }
          continue;
        }
        std::string leaked;  // the first foreign enterprise named (one report per answer)
        if (r.body.compare(0, 2, "PK") == 0) {
          for (const auto& row : office::ReadFirstSheet(r.body))
            for (const auto& cell : row)
              if (leaked.empty() && foreign.count(cell)) leaked = cell;
          ++exports;
        } else {
          for (const auto& name : foreign)
            if (leaked.empty() && r.body.find("\"" + name + "\"") != std::string::npos)
              leaked = name;
          ++lists;
        }
        EXPECT_EQ(leaked, "") << what << " names an enterprise outside the caller's slice";
      }
    }
  }
  std::cout << "[ matrix   ] " << lists << " list and " << exports << " export answers checked\n";
  EXPECT_GT(exports, 100);
  EXPECT_GT(lists, 300);
}

ANJIAN_BACKENDS(RouteMatrixTest);

}  // namespace
}  // namespace anjian::test
