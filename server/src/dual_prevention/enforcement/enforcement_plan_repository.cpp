#include "dual_prevention/enforcement/enforcement_plan_repository.hpp"
#include "credit/dishonesty_list/dishonesty_listing_repository.hpp"

namespace anjian::enforcement {

using storage::Value;

namespace {

// Counts of a plan's planned inspections; overdue = not done and due before `today`.
constexpr const char* kPlanSelect =
    "SELECT p.id, p.agency_id, p.year, p.region_path, p.title, p.created_at, a.name AS agency_name, "
    "u.display_name AS created_by_name, "
    "(SELECT COUNT(*) FROM enforcement_planned_inspections i WHERE i.plan_id = p.id) AS planned, "
    "(SELECT COUNT(*) FROM enforcement_planned_inspections i WHERE i.plan_id = p.id AND "
    "i.enforcement_inspection_id IS NOT NULL) AS done, "
    "(SELECT COUNT(*) FROM enforcement_planned_inspections i WHERE i.plan_id = p.id AND "
    "i.enforcement_inspection_id IS NULL AND i.due_on < ?) AS overdue "
    "FROM enforcement_plans p JOIN agencies a ON a.id = p.agency_id "
    "JOIN users u ON u.id = p.created_by WHERE ";

PlanRecord PlanAt(const storage::ResultSet& rs, size_t i) {
  PlanRecord p;
  p.id = rs.Int(i, "id");
  p.agency_id = rs.Int(i, "agency_id");
  p.year = rs.Int(i, "year");
  p.region_path = rs.Text(i, "region_path");
  p.title = rs.Text(i, "title");
  p.created_at = rs.Text(i, "created_at");
  p.agency_name = rs.Text(i, "agency_name");
  p.created_by_name = rs.Text(i, "created_by_name");
  p.planned = rs.Int(i, "planned");
  p.done = rs.Int(i, "done");
  p.overdue = rs.Int(i, "overdue");
  return p;
}

std::vector<int64_t> IdsOf(const storage::ResultSet& rs) {
  std::vector<int64_t> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

DrawRecord DrawAt(const storage::ResultSet& rs, size_t i) {
  DrawRecord d;
  d.id = rs.Int(i, "id");
  d.plan_id = rs.Int(i, "plan_id");
  d.enterprise_count = rs.Int(i, "enterprise_count");
  d.inspector_count = rs.Int(i, "inspector_count");
  d.seed = rs.Text(i, "seed");
  d.kind = rs.Text(i, "kind");
  d.due_on = rs.Text(i, "due_on");
  d.industry = rs.Text(i, "industry");
  d.region_code = rs.Text(i, "region_code");
  d.risk_level = rs.Text(i, "risk_level");
  d.enterprise_pool = rs.Text(i, "enterprise_pool");
  d.key_pool = rs.Text(i, "key_pool");
  d.inspector_pool = rs.Text(i, "inspector_pool");
  d.drawn_by_name = rs.Text(i, "drawn_by_name");
  d.drawn_at = rs.Text(i, "drawn_at");
  return d;
}

constexpr const char* kDrawSelect =
    "SELECT d.id, d.plan_id, d.enterprise_count, d.inspector_count, d.seed, d.kind, d.due_on, "
    "d.industry, d.region_code, d.risk_level, d.enterprise_pool, d.key_pool, d.inspector_pool, "
    "d.drawn_at, u.display_name AS drawn_by_name FROM enforcement_draws d "
    "JOIN users u ON u.id = d.drawn_by ";

}  // namespace

std::optional<PlanRecord> FindPlan(storage::Connection& conn, const api::Scope& scope, int64_t id,
                                   const std::string& today) {
  auto sf = api::ScopeSql(scope, "p.region_path", "");
  std::vector<Value> params{today, id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(std::string(kPlanSelect) + "p.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return PlanAt(rs, 0);
}

std::vector<PlanRecord> ListPlans(storage::Connection& conn, const api::Scope& scope, int64_t year,
                                  const std::string& today) {
  auto sf = api::ScopeSql(scope, "p.region_path", "");
  std::vector<Value> params{today};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  std::string sql = std::string(kPlanSelect) + sf.sql;
  if (year != 0) {
    sql += " AND p.year = ?";
    params.emplace_back(year);
  }
  auto rs = conn.Query(sql + " ORDER BY p.year DESC, p.region_path, p.id", params);
  std::vector<PlanRecord> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(PlanAt(rs, i));
  return out;
}

bool PlanExists(storage::Connection& conn, int64_t agency_id, int64_t year) {
  return !conn.Query("SELECT 1 AS ok FROM enforcement_plans WHERE agency_id = ? AND year = ?",
                     {agency_id, year})
              .empty();
}

std::optional<std::string> AgencyRegionPath(storage::Connection& conn, int64_t agency_id) {
  auto rs = conn.Query("SELECT region_path FROM agencies WHERE id = ?", {agency_id});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "region_path");
}

int64_t InsertPlan(storage::Connection& conn, int64_t agency_id, const std::string& region_path,
                   int64_t year, const std::string& title, int64_t created_by,
                   const std::string& now) {
  auto rs = conn.Query(
      "INSERT INTO enforcement_plans (agency_id, region_path, year, title, created_by, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {agency_id, region_path, year, title, created_by, now});
  return rs.Int(0, "id");
}

void InsertTarget(storage::Connection& conn, int64_t plan_id, const PlanTarget& t) {
  conn.Exec(
      "INSERT INTO enforcement_plan_targets (plan_id, kind, quarter, target_count) "
      "VALUES (?, ?, ?, ?)",
      {plan_id, t.kind, t.quarter, t.target_count});
}

std::vector<PlanTarget> TargetsOf(storage::Connection& conn, int64_t plan_id) {
  auto rs = conn.Query(
      "SELECT kind, quarter, target_count FROM enforcement_plan_targets WHERE plan_id = ? "
      "ORDER BY kind, quarter",
      {plan_id});
  std::vector<PlanTarget> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "kind"), rs.Int(i, "quarter"), rs.Int(i, "target_count")});
  return out;
}

std::vector<int64_t> EnterprisePool(storage::Connection& conn, const std::string& region_path,
                                    const std::string& industry, const std::string& filter_path,
                                    int64_t risk_rank) {
  std::string sql =
      "SELECT e.id FROM enterprises e WHERE e.status = 'active' AND e.region_path >= ? AND "
      "e.region_path < ?";
  std::vector<Value> params{region_path, api::PathUpperBound(region_path)};
  if (!industry.empty()) {
    sql += " AND e.industry = ?";
    params.emplace_back(industry);
  }
  if (!filter_path.empty()) {
    sql += " AND e.region_path >= ? AND e.region_path < ?";
    params.emplace_back(filter_path);
    params.emplace_back(api::PathUpperBound(filter_path));
  }
  if (risk_rank > 0) {
    sql += " AND (SELECT MAX(u.current_level_rank) FROM risk_units u WHERE u.enterprise_id = e.id "
           "AND u.active = 1) = ?";
    params.emplace_back(risk_rank);
  }
  return IdsOf(conn.Query(sql + " ORDER BY e.id", params));
}

std::vector<int64_t> KeyEnterprises(storage::Connection& conn, const std::string& region_path,
                                    const std::vector<std::string>& key_industries,
                                    const std::string& today) {
  std::string sql =
      "SELECT e.id FROM enterprises e WHERE e.status = 'active' AND e.region_path >= ? AND "
      "e.region_path < ? AND (";
  std::vector<Value> params{region_path, api::PathUpperBound(region_path)};
  for (size_t i = 0; i < key_industries.size(); ++i) {
    sql += "e.industry = ? OR ";
    params.emplace_back(key_industries[i]);
  }
  // Issue 15 §4: an enterprise on the dishonesty list today is a key enterprise too (安全生产法
  // art. 78: more frequent inspections), so every draw includes it.
  sql += dishonesty_list::ListedSql("e.id");
  params.emplace_back(today);
  return IdsOf(conn.Query(sql + ") ORDER BY e.id", params));
}

std::vector<int64_t> InspectorPool(storage::Connection& conn, int64_t agency_id) {
  return IdsOf(conn.Query(
      "SELECT DISTINCT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
      "JOIN role_permissions p ON p.role = r.role WHERE u.agency_id = ? AND u.status = 'active' "
      "AND p.permission = 'enforcement:write' ORDER BY u.id",
      {agency_id}));
}

std::optional<std::string> RegionPathOf(storage::Connection& conn, const std::string& code) {
  auto rs = conn.Query("SELECT path FROM regions WHERE code = ?", {code});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "path");
}

int64_t InsertDraw(storage::Connection& conn, const DrawRecord& d, int64_t drawn_by) {
  auto rs = conn.Query(
      "INSERT INTO enforcement_draws (plan_id, seed, kind, due_on, enterprise_count, "
      "inspector_count, industry, region_code, risk_level, enterprise_pool, key_pool, "
      "inspector_pool, drawn_by, drawn_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {d.plan_id, d.seed, d.kind, d.due_on, d.enterprise_count, d.inspector_count, d.industry,
       d.region_code, d.risk_level, d.enterprise_pool, d.key_pool, d.inspector_pool, drawn_by,
       d.drawn_at});
  return rs.Int(0, "id");
}

std::vector<DrawRecord> DrawsOf(storage::Connection& conn, int64_t plan_id) {
  auto rs = conn.Query(std::string(kDrawSelect) + "WHERE d.plan_id = ? ORDER BY d.id DESC",
                       {plan_id});
  std::vector<DrawRecord> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(DrawAt(rs, i));
  return out;
}

std::optional<DrawRecord> FindDraw(storage::Connection& conn, const api::Scope& scope,
                                   int64_t id) {
  auto sf = api::ScopeSql(scope, "p.region_path", "");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(std::string(kDrawSelect) +
                           "JOIN enforcement_plans p ON p.id = d.plan_id WHERE d.id = ? AND " +
                           sf.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  return DrawAt(rs, 0);
}

int64_t InsertPlannedInspection(storage::Connection& conn, int64_t plan_id, int64_t draw_id,
                                int64_t position, int64_t enterprise_id, const std::string& kind,
                                const std::string& due_on, bool key,
                                const std::vector<int64_t>& inspectors, const std::string& now) {
  const std::string region_path =
      conn.Query("SELECT region_path FROM enterprises WHERE id = ?", {enterprise_id})
          .Text(0, "region_path");
  auto rs = conn.Query(
      "INSERT INTO enforcement_planned_inspections (plan_id, draw_id, position, enterprise_id, "
      "region_path, kind, due_on, is_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {plan_id, draw_id, position, enterprise_id, region_path, kind, due_on,
       static_cast<int64_t>(key ? 1 : 0), now});
  const int64_t id = rs.Int(0, "id");
  for (auto u : inspectors)
    conn.Exec("INSERT INTO enforcement_planned_inspectors (planned_inspection_id, user_id) "
              "VALUES (?, ?)",
              {id, u});
  return id;
}

std::vector<PlannedInspectionRecord> PlannedInspections(storage::Connection& conn,
                                                        int64_t plan_id, int64_t draw_id) {
  std::string sql =
      "SELECT i.id, i.plan_id, i.draw_id, i.position, i.enterprise_id, i.kind, i.due_on, "
      "i.is_key, i.enforcement_inspection_id, i.done_on, e.name AS enterprise_name, e.industry "
      "FROM enforcement_planned_inspections i JOIN enterprises e ON e.id = i.enterprise_id "
      "WHERE i.plan_id = ?";
  std::vector<Value> params{plan_id};
  if (draw_id != 0) {
    sql += " AND i.draw_id = ?";
    params.emplace_back(draw_id);
  }
  auto rs = conn.Query(sql + " ORDER BY i.due_on, i.draw_id, i.position", params);
  std::vector<PlannedInspectionRecord> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    PlannedInspectionRecord r;
    r.id = rs.Int(i, "id");
    r.plan_id = rs.Int(i, "plan_id");
    r.draw_id = rs.Int(i, "draw_id");
    r.position = rs.Int(i, "position");
    r.enterprise_id = rs.Int(i, "enterprise_id");
    r.kind = rs.Text(i, "kind");
    r.due_on = rs.Text(i, "due_on");
    r.key = rs.Int(i, "is_key") != 0;
    r.enforcement_inspection_id = rs.OptInt(i, "enforcement_inspection_id");
    r.done_on = rs.Text(i, "done_on");
    r.enterprise_name = rs.Text(i, "enterprise_name");
    r.industry = rs.Text(i, "industry");
    out.push_back(std::move(r));
  }
  // The inspectors of every listed inspection in one statement.
  std::string isql =
      "SELECT pi.planned_inspection_id, u.id, u.display_name FROM enforcement_planned_inspectors pi "
      "JOIN users u ON u.id = pi.user_id JOIN enforcement_planned_inspections i ON "
      "i.id = pi.planned_inspection_id WHERE i.plan_id = ?";
  auto irs = conn.Query(isql + (draw_id != 0 ? " AND i.draw_id = ?" : "") + " ORDER BY u.id",
                        params);
  for (size_t k = 0; k < irs.size(); ++k) {
    const int64_t pid = irs.Int(k, "planned_inspection_id");
    for (auto& r : out)
      if (r.id == pid) r.inspectors.emplace_back(irs.Int(k, "id"), irs.Text(k, "display_name"));
  }
  return out;
}

bool OpenPlannedInspectionInScope(storage::Connection& conn, const api::Scope& scope, int64_t id,
                                  int64_t enterprise_id) {
  auto sf = api::ScopeSql(scope, "p.region_path", "");
  std::vector<Value> params{id, enterprise_id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  return !conn.Query(
                  "SELECT 1 AS ok FROM enforcement_planned_inspections i JOIN enforcement_plans p "
                  "ON p.id = i.plan_id WHERE i.id = ? AND i.enterprise_id = ? AND "
                  "i.enforcement_inspection_id IS NULL AND " +
                      sf.sql,
                  params)
              .empty();
}

void MarkPlannedInspectionDone(storage::Connection& conn, int64_t id, int64_t inspection_id,
                               const std::string& done_on) {
  conn.Exec(
      "UPDATE enforcement_planned_inspections SET enforcement_inspection_id = ?, done_on = ? "
      "WHERE id = ? AND enforcement_inspection_id IS NULL",
      {inspection_id, done_on, id});
}

}  // namespace anjian::enforcement
