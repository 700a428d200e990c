#include "dashboard/todo_repository.hpp"

#include <utility>
#include <vector>

namespace anjian::dashboard {

using storage::Value;

namespace {

// How many rows of `from_where` lie in the caller's scope, and how many of them satisfy `late`
// ("" for none): `from_where` names one table with `alias` and its conditions ("hidden_dangers h
// WHERE h.is_open = 1"), whose region_path / enterprise_id the scope applies to; `params` are the
// placeholders of `late` then of `from_where`.
TodoCount CountRows(storage::Connection& conn, const api::Scope& scope, const std::string& alias,
                    const std::string& late, const std::string& from_where,
                    std::vector<Value> params) {
  auto f = api::ScopeSql(scope, alias + ".region_path", alias + ".enterprise_id");
  params.insert(params.end(), f.params.begin(), f.params.end());
  const std::string late_sql =
      late.empty() ? "0" : "COALESCE(SUM(CASE WHEN " + late + " THEN 1 ELSE 0 END), 0)";
  auto rs = conn.Query("SELECT COUNT(*) AS n, " + late_sql + " AS late FROM " + from_where +
                           " AND " + f.sql,
                       params);
  return {rs.Int(0, "n"), rs.Int(0, "late")};
}

// The rows of `from_where` in the caller's scope (see CountRows).
int64_t CountInScope(storage::Connection& conn, const api::Scope& scope, const std::string& alias,
                     const std::string& from_where, std::vector<Value> params) {
  return CountRows(conn, scope, alias, "", from_where, std::move(params)).count;
}

// The same, with how many of them are `late`.
TodoCount CountInScope(storage::Connection& conn, const api::Scope& scope, const std::string& alias,
                       const std::string& late, const std::string& from_where,
                       std::vector<Value> params) {
  return CountRows(conn, scope, alias, late, from_where, std::move(params));
}

}  // namespace

TodoCount OpenInspectionTasks(storage::Connection& conn, const api::Scope& scope, int64_t user_id,
                              const std::string& today, const std::string& now_utc) {
  // period_start is China's local "YYYY-MM-DDTHH:MM": every period that began by the end of today.
  return CountInScope(conn, scope, "t", "t.due_at < ?",
                      "inspection_tasks t WHERE t.status = 'open' AND t.period_start < ? AND "
                      "(t.assignee_user_id IS NULL OR t.assignee_user_id = ?)",
                      {now_utc, today + "T99", user_id});
}

TodoCount HiddenDangersOwned(storage::Connection& conn, const api::Scope& scope, int64_t user_id,
                             const std::string& today) {
  return CountInScope(conn, scope, "h", "h.effective_deadline < ?",
                      "hidden_dangers h WHERE h.is_open = 1 AND h.state = "
                      "'rectification_assigned' AND h.owner_user_id = ?",
                      {today, user_id});
}

TodoCount HiddenDangersToHandle(storage::Connection& conn, const api::Scope& scope,
                                const std::string& today) {
  return CountInScope(conn, scope, "h", "h.effective_deadline < ?",
                      "hidden_dangers h WHERE h.is_open = 1 AND h.state IN ('reported', "
                      "'assessed', 'rectified')",
                      {today});
}

int64_t OverdueMajorHiddenDangers(storage::Connection& conn, const api::Scope& scope,
                                  const std::string& today) {
  return CountInScope(conn, scope, "h",
                      "hidden_dangers h WHERE h.is_open = 1 AND h.level = 'major' AND "
                      "h.effective_deadline < ?",
                      {today});
}

int64_t MajorHiddenDangersAwaitingSignoff(storage::Connection& conn, const api::Scope& scope) {
  return CountInScope(conn, scope, "h",
                      "hidden_dangers h WHERE h.is_open = 1 AND h.state = "
                      "'awaiting_regulator_signoff'",
                      {});
}

int64_t StocktakesAwaitingApproval(storage::Connection& conn, const api::Scope& scope) {
  return CountInScope(conn, scope, "t",
                      "stocktakes t WHERE (SELECT ev.kind FROM stocktake_events ev WHERE "
                      "ev.stocktake_id = t.id ORDER BY ev.id DESC LIMIT 1) = 'counted'",
                      {});
}

int64_t OpenLossIncidents(storage::Connection& conn, const api::Scope& scope) {
  return CountInScope(conn, scope, "i",
                      "loss_incidents i WHERE NOT EXISTS (SELECT 1 FROM loss_incident_events ev "
                      "WHERE ev.incident_id = i.id AND ev.kind = 'closed')",
                      {});
}

int64_t HaltsAwaitingRestart(storage::Connection& conn, const api::Scope& scope) {
  auto f = api::ScopeSql(scope, "p.region_path", "p.enterprise_id");
  return conn
      .Query("SELECT COUNT(*) AS n FROM production_halts p WHERE " + f.sql +
                 " AND p.state = 'halted'",
             f.params)
      .Int(0, "n");
}

}  // namespace anjian::dashboard
