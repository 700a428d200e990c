#include "dashboard/todo_repository.hpp"

namespace anjian::dashboard {

using storage::Value;

namespace {

std::vector<Value> With(std::vector<Value> head, const api::SqlFilter& f) {
  head.insert(head.end(), f.params.begin(), f.params.end());
  return head;
}

}  // namespace

TodoCount OpenInspectionTasks(storage::Connection& conn, const api::Scope& scope, int64_t user_id,
                              const std::string& today, const std::string& now_utc) {
  auto f = api::ScopeSql(scope, "t.region_path", "t.enterprise_id");
  // period_start is China's local "YYYY-MM-DDTHH:MM": every period that began by the end of today.
  auto rs = conn.Query(
      "SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN t.due_at < ? THEN 1 ELSE 0 END), 0) AS late "
      "FROM inspection_tasks t WHERE t.status = 'open' AND t.period_start < ? AND "
      "(t.assignee_user_id IS NULL OR t.assignee_user_id = ?) AND " + f.sql,
      With({now_utc, today + "T99", user_id}, f));
  return {rs.Int(0, "n"), rs.Int(0, "late")};
}

TodoCount HiddenDangersOwned(storage::Connection& conn, const api::Scope& scope, int64_t user_id,
                             const std::string& today) {
  auto f = api::ScopeSql(scope, "h.region_path", "h.enterprise_id");
  auto rs = conn.Query(
      "SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN h.effective_deadline < ? THEN 1 ELSE 0 END), "
      "0) AS late FROM hidden_dangers h WHERE h.is_open = 1 AND h.state = "
      "'rectification_assigned' AND h.owner_user_id = ? AND " + f.sql,
      With({today, user_id}, f));
  return {rs.Int(0, "n"), rs.Int(0, "late")};
}

TodoCount HiddenDangersToHandle(storage::Connection& conn, const api::Scope& scope,
                                const std::string& today) {
  auto f = api::ScopeSql(scope, "h.region_path", "h.enterprise_id");
  auto rs = conn.Query(
      "SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN h.effective_deadline < ? THEN 1 ELSE 0 END), "
      "0) AS late FROM hidden_dangers h WHERE h.is_open = 1 AND h.state IN ('reported', "
      "'assessed', 'rectified') AND " + f.sql,
      With({today}, f));
  return {rs.Int(0, "n"), rs.Int(0, "late")};
}

int64_t OverdueMajorHiddenDangers(storage::Connection& conn, const api::Scope& scope,
                                  const std::string& today) {
  auto f = api::ScopeSql(scope, "h.region_path", "h.enterprise_id");
  return conn
      .Query("SELECT COUNT(*) AS n FROM hidden_dangers h WHERE h.is_open = 1 AND h.level = "
             "'major' AND h.effective_deadline < ? AND " + f.sql,
             With({today}, f))
      .Int(0, "n");
}

int64_t MajorHiddenDangersAwaitingSignoff(storage::Connection& conn, const api::Scope& scope) {
  auto f = api::ScopeSql(scope, "h.region_path", "h.enterprise_id");
  return conn
      .Query("SELECT COUNT(*) AS n FROM hidden_dangers h WHERE h.is_open = 1 AND h.state = "
             "'awaiting_regulator_signoff' AND " + f.sql,
             f.params)
      .Int(0, "n");
}

int64_t StocktakesAwaitingApproval(storage::Connection& conn, const api::Scope& scope) {
  auto f = api::ScopeSql(scope, "t.region_path", "t.enterprise_id");
  return conn
      .Query("SELECT COUNT(*) AS n FROM stocktakes t WHERE " + f.sql +
                 " AND (SELECT ev.kind FROM stocktake_events ev WHERE ev.stocktake_id = t.id "
                 "ORDER BY ev.id DESC LIMIT 1) = 'counted'",
             f.params)
      .Int(0, "n");
}

int64_t OpenLossIncidents(storage::Connection& conn, const api::Scope& scope) {
  auto f = api::ScopeSql(scope, "i.region_path", "i.enterprise_id");
  return conn
      .Query("SELECT COUNT(*) AS n FROM loss_incidents i WHERE " + f.sql +
                 " AND NOT EXISTS (SELECT 1 FROM loss_incident_events ev WHERE ev.incident_id = "
                 "i.id AND ev.kind = 'closed')",
             f.params)
      .Int(0, "n");
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
