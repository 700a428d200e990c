#include "emergency/drills/drill_repository.hpp"

#include "platform/storage/sql.hpp"

namespace anjian::drills {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT d.id, d.enterprise_id, d.region_path, d.number, d.drill_type, d.scenario, "
    "d.drilled_on, d.place, d.participant_count, d.participant_names, d.evaluation, d.effective, "
    "d.report_status, d.report_summary, d.report_submitted_at, d.report_submitted_by, "
    "d.report_ack_at, d.report_ack_by, d.report_ack_agency_id, d.report_ack_note, d.created_by, "
    "d.created_at, e.name AS enterprise_name, e.industry AS enterprise_industry, "
    "u.display_name AS created_by_name, us.display_name AS submitted_by_name, "
    "ua.display_name AS ack_by_name, g.name AS ack_agency_name "
    "FROM drills d JOIN enterprises e ON e.id = d.enterprise_id "
    "JOIN users u ON u.id = d.created_by "
    "LEFT JOIN users us ON us.id = d.report_submitted_by "
    "LEFT JOIN users ua ON ua.id = d.report_ack_by "
    "LEFT JOIN agencies g ON g.id = d.report_ack_agency_id ";

DrillRow RowAt(const storage::ResultSet& rs, size_t i) {
  DrillRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.region_path = rs.Text(i, "region_path");
  r.number = rs.Text(i, "number");
  r.drill_type = rs.Text(i, "drill_type");
  r.scenario = rs.Text(i, "scenario");
  r.drilled_on = rs.Text(i, "drilled_on");
  r.place = rs.Text(i, "place");
  r.participant_count = rs.Int(i, "participant_count");
  r.participant_names = rs.Text(i, "participant_names");
  r.evaluation = rs.Text(i, "evaluation");
  r.effective = rs.Int(i, "effective") != 0;
  r.report_status = rs.Text(i, "report_status");
  r.report_summary = rs.Text(i, "report_summary");
  r.report_submitted_at = rs.OptText(i, "report_submitted_at");
  r.report_submitted_by = rs.OptInt(i, "report_submitted_by");
  r.report_ack_at = rs.OptText(i, "report_ack_at");
  r.report_ack_by = rs.OptInt(i, "report_ack_by");
  r.report_ack_agency_id = rs.OptInt(i, "report_ack_agency_id");
  r.report_ack_note = rs.Text(i, "report_ack_note");
  r.created_by = rs.Int(i, "created_by");
  r.created_at = rs.Text(i, "created_at");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.enterprise_industry = rs.Text(i, "enterprise_industry");
  r.created_by_name = rs.Text(i, "created_by_name");
  r.report_submitted_by_name = rs.Text(i, "submitted_by_name");
  r.report_ack_by_name = rs.Text(i, "ack_by_name");
  r.report_ack_agency_name = rs.Text(i, "ack_agency_name");
  return r;
}

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where WhereOf(const api::Scope& scope, const DrillFilter& f) {
  auto sf = api::ScopeSql(scope, "d.region_path", "d.enterprise_id");
  Where w{" WHERE " + sf.sql, sf.params};
  auto eq = [&](const char* col, const std::string& v) {
    if (v.empty()) return;
    w.sql += std::string(" AND ") + col + " = ?";
    w.params.push_back(v);
  };
  eq("d.drill_type", f.drill_type);
  eq("d.report_status", f.report_status);
  if (!f.from.empty()) {
    w.sql += " AND d.drilled_on >= ?";
    w.params.push_back(f.from);
  }
  if (!f.to.empty()) {
    w.sql += " AND d.drilled_on <= ?";
    w.params.push_back(f.to);
  }
  if (f.enterprise_id) {
    w.sql += " AND d.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (f.plan_id) {
    w.sql += " AND EXISTS (SELECT 1 FROM drill_plans dp WHERE dp.drill_id = d.id AND dp.plan_id = ?)";
    w.params.push_back(*f.plan_id);
  }
  return w;
}

}  // namespace

std::optional<EnterpriseOfDrill> FindEnterpriseInScope(storage::Connection& conn,
                                                       const api::Scope& scope, std::int64_t id) {
  auto sf = api::ScopeSql(scope, "region_path", "id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(
      "SELECT name, region_path, industry FROM enterprises WHERE id = ? AND status = 'active' "
      "AND " + sf.sql,
      params);
  if (rs.empty()) return std::nullopt;
  return EnterpriseOfDrill{rs.Text(0, "name"), rs.Text(0, "region_path"), rs.Text(0, "industry")};
}

std::int64_t InsertDrill(storage::Connection& conn, const NewDrillRow& d) {
  auto rs = conn.Query(
      "INSERT INTO drills (enterprise_id, region_path, number, drill_type, scenario, drilled_on, "
      "place, participant_count, participant_names, evaluation, effective, report_status, "
      "created_by, created_at) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, 'none', ?, ?) "
      "RETURNING id",
      {d.enterprise_id, d.region_path, d.drill_type, d.scenario, d.drilled_on, d.place,
       d.participant_count, d.participant_names, d.evaluation, int64_t{d.effective ? 1 : 0},
       d.created_by, d.created_at});
  return rs.Int(0, "id");
}

void SetDrillNumber(storage::Connection& conn, std::int64_t id, const std::string& number) {
  conn.Exec("UPDATE drills SET number = ? WHERE id = ?", {number, id});
}

void InsertDrillPlan(storage::Connection& conn, std::int64_t drill_id, const DrillPlanRow& p) {
  conn.Exec("INSERT INTO drill_plans (drill_id, plan_id, plan_kind, plan_title) VALUES (?, ?, ?, ?)",
            {drill_id, p.plan_id, p.kind, p.title});
}

void InsertDrillPhoto(storage::Connection& conn, std::int64_t drill_id, std::int64_t file_id) {
  conn.Exec("INSERT INTO drill_photos (drill_id, file_id) VALUES (?, ?)", {drill_id, file_id});
}

std::int64_t InsertDrillProblem(storage::Connection& conn, std::int64_t drill_id,
                                std::int64_t position, const std::string& description) {
  return conn
      .Query("INSERT INTO drill_problems (drill_id, position, description) VALUES (?, ?, ?) "
             "RETURNING id",
             {drill_id, position, description})
      .Int(0, "id");
}

void InsertDrillEvent(storage::Connection& conn, std::int64_t drill_id, const std::string& kind,
                      const std::string& note, std::int64_t by_user_id, const std::string& at) {
  conn.Exec("INSERT INTO drill_events (drill_id, kind, note, by_user_id, at) VALUES (?, ?, ?, ?, ?)",
            {drill_id, kind, note, by_user_id, at});
}

std::optional<DrillRow> FindDrill(storage::Connection& conn, const api::Scope& scope,
                                  std::int64_t id) {
  auto sf = api::ScopeSql(scope, "d.region_path", "d.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kSelect) + " WHERE d.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::optional<DrillRow> LockDrill(storage::Connection& conn, std::int64_t id) {
  conn.Query(std::string("SELECT id FROM drills WHERE id = ?") + storage::ForUpdate(conn), {id});
  auto rs = conn.Query(std::string(kSelect) + " WHERE d.id = ?", {id});
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::int64_t CountDrills(storage::Connection& conn, const api::Scope& scope, const DrillFilter& f) {
  auto w = WhereOf(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM drills d" + w.sql, w.params).Int(0, "n");
}

std::vector<DrillRow> ListDrillRows(storage::Connection& conn, const api::Scope& scope,
                                    const DrillFilter& f, std::int64_t limit, std::int64_t offset) {
  auto w = WhereOf(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql +
                           " ORDER BY d.drilled_on DESC, d.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<DrillRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

std::vector<DrillPlanRow> DrillPlansOf(storage::Connection& conn, std::int64_t drill_id) {
  auto rs = conn.Query(
      "SELECT plan_id, plan_kind, plan_title FROM drill_plans WHERE drill_id = ? ORDER BY plan_id",
      {drill_id});
  std::vector<DrillPlanRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "plan_id"), rs.Text(i, "plan_kind"), rs.Text(i, "plan_title")});
  return out;
}

std::vector<std::int64_t> DrillPhotoIds(storage::Connection& conn, std::int64_t drill_id) {
  auto rs = conn.Query("SELECT file_id FROM drill_photos WHERE drill_id = ? ORDER BY file_id",
                       {drill_id});
  std::vector<std::int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "file_id"));
  return out;
}

namespace {
constexpr const char* kProblemSelect =
    "SELECT p.id, p.drill_id, p.position, p.description, p.action, p.hidden_danger_id, "
    "p.plan_id, p.acted_by, p.acted_at, u.display_name AS acted_by_name FROM drill_problems p "
    "LEFT JOIN users u ON u.id = p.acted_by ";

DrillProblemRow ProblemAt(const storage::ResultSet& rs, size_t i) {
  DrillProblemRow p;
  p.id = rs.Int(i, "id");
  p.drill_id = rs.Int(i, "drill_id");
  p.position = rs.Int(i, "position");
  p.description = rs.Text(i, "description");
  p.action = rs.Text(i, "action");
  p.hidden_danger_id = rs.OptInt(i, "hidden_danger_id");
  p.plan_id = rs.OptInt(i, "plan_id");
  p.acted_by = rs.OptInt(i, "acted_by");
  p.acted_at = rs.Text(i, "acted_at");
  p.acted_by_name = rs.Text(i, "acted_by_name");
  return p;
}
}  // namespace

std::vector<DrillProblemRow> DrillProblemsOf(storage::Connection& conn, std::int64_t drill_id) {
  auto rs = conn.Query(std::string(kProblemSelect) + "WHERE p.drill_id = ? ORDER BY p.position",
                       {drill_id});
  std::vector<DrillProblemRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(ProblemAt(rs, i));
  return out;
}

std::vector<DrillEventRow> DrillEventsOf(storage::Connection& conn, std::int64_t drill_id) {
  auto rs = conn.Query(
      "SELECT v.id, v.kind, v.note, v.by_user_id, v.at, u.display_name AS by_name "
      "FROM drill_events v JOIN users u ON u.id = v.by_user_id WHERE v.drill_id = ? ORDER BY v.id",
      {drill_id});
  std::vector<DrillEventRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Int(i, "by_user_id"), rs.Text(i, "kind"),
                   rs.Text(i, "note"), rs.Text(i, "by_name"), rs.Text(i, "at")});
  return out;
}

std::optional<DrillProblemRow> LockDrillProblem(storage::Connection& conn, std::int64_t drill_id,
                                                std::int64_t problem_id) {
  conn.Query(std::string("SELECT id FROM drill_problems WHERE id = ? AND drill_id = ?") +
                 storage::ForUpdate(conn),
             {problem_id, drill_id});
  auto rs = conn.Query(std::string(kProblemSelect) + "WHERE p.id = ? AND p.drill_id = ?",
                       {problem_id, drill_id});
  if (rs.empty()) return std::nullopt;
  return ProblemAt(rs, 0);
}

void SetProblemAction(storage::Connection& conn, std::int64_t problem_id,
                      const std::string& action, std::optional<std::int64_t> hidden_danger_id,
                      std::optional<std::int64_t> plan_id, std::int64_t by_user_id,
                      const std::string& at) {
  conn.Exec(
      "UPDATE drill_problems SET action = ?, hidden_danger_id = ?, plan_id = ?, acted_by = ?, "
      "acted_at = ? WHERE id = ? AND action = ''",
      {action, hidden_danger_id ? Value(*hidden_danger_id) : Value(nullptr),
       plan_id ? Value(*plan_id) : Value(nullptr), by_user_id, at, problem_id});
}

void SetReportSubmitted(storage::Connection& conn, std::int64_t id, const std::string& summary,
                        std::int64_t by_user_id, const std::string& at) {
  conn.Exec(
      "UPDATE drills SET report_status = 'submitted', report_summary = ?, report_submitted_at = ?, "
      "report_submitted_by = ? WHERE id = ?",
      {summary, at, by_user_id, id});
}

void SetReportAcknowledged(storage::Connection& conn, std::int64_t id, std::int64_t by_user_id,
                           std::int64_t agency_id, const std::string& note, const std::string& at) {
  conn.Exec(
      "UPDATE drills SET report_status = 'acknowledged', report_ack_at = ?, report_ack_by = ?, "
      "report_ack_agency_id = ?, report_ack_note = ? WHERE id = ?",
      {at, by_user_id, agency_id, note, id});
}

std::vector<DrillPlanDate> DrillPlanDatesInScope(storage::Connection& conn,
                                                 const api::Scope& scope,
                                                 std::optional<std::int64_t> enterprise_id,
                                                 const std::string& from, const std::string& to) {
  auto sf = api::ScopeSql(scope, "d.region_path", "d.enterprise_id");
  std::vector<Value> params = sf.params;
  std::string sql =
      "SELECT d.enterprise_id, d.id AS drill_id, dp.plan_id, d.drilled_on FROM drills d "
      "JOIN drill_plans dp ON dp.drill_id = d.id WHERE " + sf.sql +
      " AND d.drilled_on >= ? AND d.drilled_on <= ?";
  params.push_back(from);
  params.push_back(to);
  if (enterprise_id) {
    sql += " AND d.enterprise_id = ?";
    params.push_back(*enterprise_id);
  }
  auto rs = conn.Query(sql + " ORDER BY d.enterprise_id, d.drilled_on, d.id", params);
  std::vector<DrillPlanDate> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "enterprise_id"), rs.Int(i, "drill_id"), rs.Int(i, "plan_id"),
                   rs.Text(i, "drilled_on")});
  return out;
}

namespace {
// Plans in force (published at least once); `since` is the first publication: the earliest of
// the current one and those of the filed versions.
constexpr const char* kPlanSelect =
    "SELECT p.id, p.enterprise_id, p.kind, p.title, p.status, p.published_on, "
    "(SELECT MIN(f.published_on) FROM emergency_plan_filings f WHERE f.plan_id = p.id) AS "
    "first_published_on, e.name AS enterprise_name, e.region_path, e.industry "
    "FROM emergency_plans p JOIN enterprises e ON e.id = p.enterprise_id "
    "WHERE p.published_on IS NOT NULL AND e.status = 'active' AND ";

std::vector<PlanInfo> PlanRows(const storage::ResultSet& rs) {
  std::vector<PlanInfo> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    PlanInfo p;
    p.id = rs.Int(i, "id");
    p.enterprise_id = rs.Int(i, "enterprise_id");
    p.kind = rs.Text(i, "kind");
    p.title = rs.Text(i, "title");
    p.status = rs.Text(i, "status");
    p.since = rs.Text(i, "published_on");
    const std::string first = rs.Text(i, "first_published_on");
    if (!first.empty() && first < p.since) p.since = first;
    p.enterprise_name = rs.Text(i, "enterprise_name");
    p.region_path = rs.Text(i, "region_path");
    p.industry = rs.Text(i, "industry");
    out.push_back(std::move(p));
  }
  return out;
}
}  // namespace

std::vector<PlanInfo> PlansOfEnterprise(storage::Connection& conn, std::int64_t enterprise_id) {
  return PlanRows(conn.Query(std::string(kPlanSelect) + "p.enterprise_id = ? ORDER BY p.kind, p.id",
                             {enterprise_id}));
}

std::vector<PlanInfo> PlansInScope(storage::Connection& conn, const api::Scope& scope) {
  auto sf = api::ScopeSql(scope, "p.region_path", "p.enterprise_id");
  return PlanRows(conn.Query(std::string(kPlanSelect) + sf.sql + " ORDER BY p.enterprise_id, p.kind, p.id",
                             sf.params));
}

std::vector<EnterpriseRef> EnterprisesWithoutPlanInScope(storage::Connection& conn,
                                                         const api::Scope& scope,
                                                         const std::vector<std::string>& industries) {
  std::vector<EnterpriseRef> out;
  if (industries.empty()) return out;
  auto sf = api::ScopeSql(scope, "e.region_path", "e.id");
  const auto in = storage::TextIn(conn, "e.industry", industries, 16);
  std::vector<Value> params = in.front().params;
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(
      "SELECT e.id, e.name, e.region_path, e.industry FROM enterprises e WHERE e.status = 'active' "
      "AND " + in.front().sql + " AND NOT EXISTS (SELECT 1 FROM emergency_plans p WHERE "
      "p.enterprise_id = e.id AND p.published_on IS NOT NULL) AND " + sf.sql +
      " ORDER BY e.region_path, e.id",
      params);
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "name"), rs.Text(i, "region_path"),
                   rs.Text(i, "industry")});
  return out;
}

std::vector<std::pair<std::string, std::string>> RegionNames(
    storage::Connection& conn, const std::vector<std::string>& codes) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& c : codes) {
    auto rs = conn.Query("SELECT name FROM regions WHERE code = ?", {c});
    out.push_back({c, rs.empty() ? c : rs.Text(0, "name")});
  }
  return out;
}

}  // namespace anjian::drills
