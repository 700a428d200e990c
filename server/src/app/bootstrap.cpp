#include "app/bootstrap.hpp"

#include <chrono>

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <map>
#include <set>

#include "identity/password_hash.hpp"
#include "audit/audit_log.hpp"
#include "demo/demo_city.hpp"
#include "registry/industry_rules.hpp"
#include "registry/region_rules.hpp"
#include "identity/roles_rules.hpp"
#include "demo/seed_notices.hpp"
#include "core/china_time.hpp"
#include "core/text.hpp"
#include "demo/demo_hidden_dangers.hpp"
#include "demo/demo_ledger.hpp"
#include "demo/demo_notices.hpp"
#include "demo/demo_risk.hpp"
#include "registry/enterprise_repository.hpp"
#include "registry/region_index.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::app {

namespace json = boost::json;
using storage::Value;

namespace {

std::string PathOf(const std::string& code, const std::map<std::string, std::string>& parent) {
  std::vector<std::string> chain;
  for (std::string c = code; !c.empty();) {
    chain.push_back(c);
    auto it = parent.find(c);
    c = it == parent.end() ? "" : it->second;
  }
  std::string path = "/";
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) path += *it + "/";
  return path;
}

int64_t InsertUser(storage::Connection& conn, const std::string& username,
                   const std::string& display_name, const std::string& password,
                   std::optional<int64_t> agency, std::optional<int64_t> enterprise,
                   const std::vector<std::string>& roles, bool must_change, const std::string& phone) {
  std::string now = storage::NowIso();
  auto rs = conn.Query(
      "INSERT INTO users (username, display_name, phone, password_hash, agency_id, enterprise_id, "
      "status, must_change_password, password_changed_at, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?) RETURNING id",
      {username, display_name, phone, accounts::HashPassword(password), storage::Nullable(agency),
       storage::Nullable(enterprise), int64_t{must_change ? 1 : 0}, now, now, now});
  int64_t id = rs.Int(0, "id");
  for (const auto& r : roles)
    conn.Exec("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", {id, r});
  return id;
}

json::array StrArray(const std::set<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.push_back(json::string(s));
  return a;
}

// Stored role permissions that break the grant table of three-admin separation (from an
// earlier version, or edited into the database) are removed, and an administrator role that
// lost one of its duties gets it back: the server never starts with a read-only regulator that
// can reset passwords, or a security administrator that reads the audit log. Each repaired
// role gets an audit entry (repair_permissions) and a warning in the log.
void RepairRolePermissions(storage::Connection& conn) {
  std::map<std::string, std::set<std::string>> stored;
  auto rs = conn.Query("SELECT role, permission FROM role_permissions");
  for (size_t i = 0; i < rs.size(); ++i) stored[rs.Text(i, "role")].insert(rs.Text(i, "permission"));
  for (const auto& r : domain::BuiltinRoles()) stored.try_emplace(std::string(r.code));
  for (const auto& [role, perms] : stored) {
    std::set<std::string> keep;
    for (const auto& p : perms)
      if (domain::MayHoldPermission(role, p)) keep.insert(p);
    for (const auto& core : domain::CorePermissions(role)) keep.insert(core);
    if (keep == perms) continue;
    for (const auto& p : perms)
      if (!keep.count(p))
        conn.Exec("DELETE FROM role_permissions WHERE role = ? AND permission = ?", {role, p});
    for (const auto& p : keep)
      if (!perms.count(p))
        conn.Exec("INSERT INTO role_permissions (role, permission) VALUES (?, ?)", {role, p});
    spdlog::warn("role {}: permissions repaired to follow three-admin separation ({} -> {})",
                 role, json::serialize(StrArray(perms)), json::serialize(StrArray(keep)));
    audit::Append(conn, {std::nullopt, "system", ""}, "repair_permissions", "role", role,
                  json::object{{"permissions", StrArray(perms)}},
                  json::object{{"permissions", StrArray(keep)},
                               {"reason", "three-admin separation (domain::CheckPermissionSet)"}});
  }
}

// Administrator accounts belong to no agency or enterprise (domain::CheckRoleGrant, rule
// admin_org): one placed in an organisation by an earlier version is taken out of it, audited.
void RepairAdministratorOrganisations(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT DISTINCT u.id, u.username, u.agency_id, u.enterprise_id FROM users u JOIN user_roles "
      "ur ON ur.user_id = u.id WHERE ur.role IN ('sys_admin', 'sec_admin', 'audit_admin') AND "
      "(u.agency_id IS NOT NULL OR u.enterprise_id IS NOT NULL)");
  for (size_t i = 0; i < rs.size(); ++i) {
    const int64_t id = rs.Int(i, "id");
    json::object before{
        {"agency_id", rs.IsNull(i, "agency_id") ? json::value(nullptr) : json::value(rs.Int(i, "agency_id"))},
        {"enterprise_id", rs.IsNull(i, "enterprise_id") ? json::value(nullptr)
                                                         : json::value(rs.Int(i, "enterprise_id"))}};
    conn.Exec("UPDATE users SET agency_id = NULL, enterprise_id = NULL, updated_at = ? WHERE id = ?",
              {storage::NowIso(), id});
    spdlog::warn("administrator account {} taken out of its agency or enterprise "
                 "(three-admin separation)",
                 rs.Text(i, "username"));
    audit::Append(conn, {std::nullopt, "system", ""}, "repair_admin_org", "user",
                  std::to_string(id), before,
                  json::object{{"agency_id", nullptr}, {"enterprise_id", nullptr}});
  }
}

// Inspection record photos stored before the link table (migration V020) get their links, so
// the file route can find the record they belong to. Runs once: afterwards the table has rows.
void LinkInspectionPhotos(storage::Connection& conn) {
  if (!conn.Query("SELECT 1 AS x FROM inspection_record_photos LIMIT 1").empty()) return;
  auto rs = conn.Query("SELECT record_id, position, photo_ids_json FROM inspection_record_items "
                       "WHERE photo_ids_json <> '[]'");
  for (size_t i = 0; i < rs.size(); ++i) {
    boost::system::error_code ec;
    auto ids = json::parse(rs.Text(i, "photo_ids_json"), ec);
    if (ec || !ids.is_array()) continue;
    std::set<int64_t> unique;
    for (const auto& v : ids.as_array())
      if (v.is_int64()) unique.insert(v.as_int64());
    for (int64_t file : unique)
      conn.Exec("INSERT INTO inspection_record_photos (record_id, position, file_id) SELECT ?, ?, "
                "id FROM files WHERE id = ?",
                {rs.Int(i, "record_id"), rs.Int(i, "position"), file});
  }
}

}  // namespace

void EnsureReferenceData(storage::Connection& conn, bool demo) {
  storage::Transaction tx(conn);
  std::map<std::string, std::string> parent;
  for (const auto& r : domain::BuiltinRegions()) parent[r.code] = r.parent_code;
  for (const auto& r : domain::BuiltinRegions()) {
    auto exists = conn.Query("SELECT 1 AS x FROM regions WHERE code = ?", {r.code});
    if (!exists.empty()) continue;
    conn.Exec(
        "INSERT INTO regions (code, name, name_en, kind, parent_code, path, level) VALUES "
        "(?, ?, ?, ?, ?, ?, ?)",
        {r.code, r.name, r.name_en, std::string(domain::RegionKindValue(r.kind)),
         r.parent_code.empty() ? Value(nullptr) : Value(r.parent_code), PathOf(r.code, parent),
         int64_t{domain::RegionLevel(r.kind)}});
  }
  auto perms = conn.Query("SELECT COUNT(*) AS n FROM role_permissions");
  if (perms.Int(0, "n") == 0) {
    for (const auto& role : domain::BuiltinRoles())
      for (const auto& p : domain::DefaultPermissions(role.code))
        conn.Exec("INSERT INTO role_permissions (role, permission) VALUES (?, ?)",
                  {std::string(role.code), p});
  }
  auto users = conn.Query("SELECT COUNT(*) AS n FROM users");
  if (users.Int(0, "n") == 0) {
    struct Admin {
      const char* username;
      const char* name;
      const char* role;
    };
    for (const Admin& a : {Admin{"sysadmin", "系统管理员", "sys_admin"},
                           Admin{"secadmin", "安全管理员", "sec_admin"},
                           Admin{"auditadmin", "审计管理员", "audit_admin"}}) {
      std::string pw = demo ? kDemoPassword : "Aj#" + accounts::RandomToken(8);
      InsertUser(conn, a.username, a.name, pw, std::nullopt, std::nullopt, {a.role}, !demo, "");
      if (!demo)
        spdlog::warn("created administrator {} with one-time password {} (change it at first sign-in)",
                     a.username, pw);
    }
    audit::Append(conn, {std::nullopt, "system", ""}, "bootstrap", "system", "", nullptr,
                  json::object{{"administrators", json::array{"sysadmin", "secadmin", "auditadmin"}}});
  }
  RepairRolePermissions(conn);
  RepairAdministratorOrganisations(conn);
  LinkInspectionPhotos(conn);
  tx.Commit();
}

std::string ResetPasswordOnServer(storage::Connection& conn, const std::string& username) {
  auto u = conn.Query("SELECT id FROM users WHERE username = ?", {username});
  if (u.empty()) throw std::runtime_error("no account named " + username);
  int64_t id = u.Int(0, "id");
  std::string pw = "Aj#" + accounts::RandomToken(8);
  std::string hash = accounts::HashPassword(pw);
  storage::Transaction tx(conn);
  conn.Exec("UPDATE users SET password_hash = ?, must_change_password = 1, password_changed_at = ?, "
            "updated_at = ? WHERE id = ?",
            {hash, storage::NowIso(), storage::NowIso(), id});
  conn.Exec("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
            {storage::NowIso(), id});
  conn.Exec("DELETE FROM login_failures WHERE username = ?", {username});
  audit::Append(conn, {std::nullopt, "server-cli", ""}, "reset_password", "user", std::to_string(id),
                nullptr, json::object{{"must_change_password", true}, {"via", "cli"}});
  tx.Commit();
  return pw;
}

void SeedDemoCity(storage::Connection& conn) {
  auto existing = conn.Query("SELECT COUNT(*) AS n FROM enterprises");
  if (existing.Int(0, "n") > 0) return;
  spdlog::info("seeding the demo city 济宁市");
  registry::RegionIndex::Global().Load(conn);
  storage::Transaction tx(conn);
  std::string now = storage::NowIso();
  std::map<std::string, int64_t> agency_by_region;
  auto agencies = domain::DemoAgencies();
  for (const auto& a : agencies) {
    const auto* r = registry::RegionIndex::Global().Find(a.region_code);
    if (!r) continue;
    auto rs = conn.Query(
        "INSERT INTO agencies (region_code, region_path, name, phone, created_at) VALUES "
        "(?, ?, ?, ?, ?) RETURNING id",
        {a.region_code, r->path, a.name, a.phone, now});
    agency_by_region[a.region_code] = rs.Int(0, "id");
  }
  auto add_person = [&](const std::string& owner_kind, std::optional<int64_t> agency,
                        std::optional<int64_t> enterprise, const std::string& path,
                        const domain::DemoPerson& p) {
    conn.Exec(
        "INSERT INTO responsibilities (owner_kind, agency_id, enterprise_id, region_path, "
        "person_name, position, unit_name, kind, phone, duties, created_at, updated_at) VALUES "
        "(?,?,?,?,?,?,?,?,?,?,?,?)",
        {owner_kind, storage::Nullable(agency), storage::Nullable(enterprise), path, p.name, p.position,
         p.unit_name, p.kind, p.phone, p.duties, now, now});
  };
  uint64_t seed = 2026;
  for (const auto& a : agencies) {
    auto it = agency_by_region.find(a.region_code);
    if (it == agency_by_region.end()) continue;
    const auto* r = registry::RegionIndex::Global().Find(a.region_code);
    for (const auto& p : domain::AgencyPeople(a, seed++)) add_person("agency", it->second, std::nullopt, r->path, p);
  }
  std::vector<int64_t> enterprise_ids;
  for (const auto& e : domain::DemoEnterprises()) {
    int64_t id = registry::InsertEnterprise(conn, e.data, "", storage::NowIso());
    enterprise_ids.push_back(id);
    const auto* r = registry::RegionIndex::Global().Find(e.data.region_code);
    for (const auto& p : domain::EnterprisePeople(e, seed++))
      add_person("enterprise", std::nullopt, id, r->path, p);
  }

  // Accounts named in the README.
  auto agency = [&](const char* code) { return agency_by_region.at(code); };
  InsertUser(conn, "jining", "济宁市工信局 张明", kDemoPassword, agency("370800"), std::nullopt,
             {"regulator_rw"}, false, "0537-2345001");
  InsertUser(conn, "jining.viewer", "济宁市工信局 查询员", kDemoPassword, agency("370800"),
             std::nullopt, {"regulator_ro"}, false, "0537-2345002");
  InsertUser(conn, "rencheng", "任城区工信局 李强", kDemoPassword, agency("370811"), std::nullopt,
             {"regulator_rw"}, false, "0537-2211001");
  InsertUser(conn, "zoucheng", "邹城市工信局 王芳", kDemoPassword, agency("370883"), std::nullopt,
             {"regulator_rw"}, false, "0537-5211001");
  InsertUser(conn, "shandong", "山东省工信厅 赵磊", kDemoPassword, agency("370000"), std::nullopt,
             {"regulator_rw"}, false, "0531-8601001");
  int64_t mb = enterprise_ids.at(0), hc = enterprise_ids.at(1);
  InsertUser(conn, "mb.principal", "恒安民爆 主要负责人", kDemoPassword, std::nullopt, mb,
             {"ent_principal"}, false, "13905371001");
  InsertUser(conn, "mb.safety", "恒安民爆 安全员", kDemoPassword, std::nullopt, mb,
             {"ent_safety_officer"}, false, "13905371002");
  InsertUser(conn, "mb.keeper", "恒安民爆 保管员", kDemoPassword, std::nullopt, mb,
             {"ent_storekeeper"}, false, "13905371003");
  InsertUser(conn, "mb.duty", "恒安民爆 值班员", kDemoPassword, std::nullopt, mb,
             {"ent_duty_officer"}, false, "13905371004");
  InsertUser(conn, "hc.principal", "润泽化工 主要负责人", kDemoPassword, std::nullopt, hc,
             {"ent_principal"}, false, "13905372001");
  InsertUser(conn, "hc.safety", "润泽化工 安全员", kDemoPassword, std::nullopt, hc,
             {"ent_safety_officer"}, false, "13905372002");

  // Two civil-explosives sellers (邹城 first) with a storekeeper and a safety officer each.
  std::vector<demo::DemoSeller> sellers;
  auto seller_rows = conn.Query(
      "SELECT id, name FROM enterprises WHERE industry_code = '5169' "
      "ORDER BY CASE WHEN region_code = '370883' THEN 0 ELSE 1 END, id LIMIT 2");
  for (size_t i = 0; i < seller_rows.size(); ++i) {
    const int64_t id = seller_rows.Int(i, "id");
    const std::string prefix = "ms" + std::to_string(i + 1);
    const std::string name = seller_rows.Text(i, "name");
    demo::DemoSeller s{id, 0, 0};
    s.keeper = InsertUser(conn, prefix + ".keeper", name + " 保管员", kDemoPassword, std::nullopt,
                          id, {"ent_storekeeper"}, false, "");
    s.safety = InsertUser(conn, prefix + ".safety", name + " 安全员", kDemoPassword, std::nullopt,
                          id, {"ent_safety_officer"}, false, "");
    sellers.push_back(s);
  }

  demo::SeedDemoNotices(conn, storage::NowUnix());
  demo::SeedDemoLedger(conn, mb, sellers, storage::NowUnix());
  demo::SeedDemoRisk(conn, storage::NowUnix());
  const auto hd_started = std::chrono::steady_clock::now();
  auto hd = hidden_danger::SeedDemoHiddenDangers(conn, core::ChinaIsoDate(storage::UnixFromIso(now)));
  spdlog::info(
      "demo hidden dangers: {} with {} transitions and {} enforcement inspections in {} ms "
      "({} ms generating, {} ms inserting)",
      hd.hidden_dangers, hd.transitions, hd.enforcement_inspections,
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                            hd_started).count(),
      hd.generate_ms, hd.insert_ms);
  audit::Append(conn, {std::nullopt, "system", ""}, "seed_demo", "system", "", nullptr,
                json::object{{"agencies", static_cast<int64_t>(agency_by_region.size())},
                             {"enterprises", static_cast<int64_t>(enterprise_ids.size())},
                             {"hidden_dangers", hd.hidden_dangers},
                             {"enforcement_inspections", hd.enforcement_inspections}});
  tx.Commit();
}

}  // namespace anjian::app
