#include "dual_prevention/hidden_danger/production_halt_repository.hpp"

#include "platform/api/scoped_where.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::hidden_danger {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT p.id, p.enterprise_id, e.name AS enterprise_name, p.region_path, p.hidden_danger_id, "
    "p.scope, p.reason, p.halted_at, p.recorded_by_name, p.recorded_at, p.recorded_by_regulator, "
    "p.state, p.restart_approved_at, p.restart_approved_by_name, p.restart_inspected_on, "
    "p.restart_inspection FROM production_halts p JOIN enterprises e ON e.id = p.enterprise_id";

ProductionHaltRecord RecordFrom(const storage::ResultSet& rs, size_t i) {
  ProductionHaltRecord r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.region_path = rs.Text(i, "region_path");
  r.hidden_danger_id = rs.OptInt(i, "hidden_danger_id");
  r.scope = rs.Text(i, "scope");
  r.reason = rs.Text(i, "reason");
  r.halted_at = rs.Text(i, "halted_at");
  r.recorded_by_name = rs.Text(i, "recorded_by_name");
  r.recorded_at = rs.Text(i, "recorded_at");
  r.recorded_by_regulator = rs.Int(i, "recorded_by_regulator") != 0;
  r.state = rs.Text(i, "state");
  r.restart_approved_at = rs.OptText(i, "restart_approved_at");
  r.restart_approved_by_name = rs.Text(i, "restart_approved_by_name");
  r.restart_inspected_on = rs.Text(i, "restart_inspected_on");
  r.restart_inspection = rs.Text(i, "restart_inspection");
  return r;
}

api::SqlFilter Where(const api::Scope& scope, const ProductionHaltFilter& f) {
  auto w = api::ScopedWhere(scope, "p");
  if (f.enterprise_id) api::And(w, "p.enterprise_id = ?", *f.enterprise_id);
  if (!f.state.empty()) api::And(w, "p.state = ?", f.state);
  return w;
}

}  // namespace

int64_t InsertProductionHalt(storage::Connection& conn, const ProductionHaltInsert& r) {
  auto rs = conn.Query(
      "INSERT INTO production_halts (enterprise_id, region_path, hidden_danger_id, scope, reason, "
      "halted_at, recorded_by, recorded_by_name, recorded_by_regulator, recorded_at, state) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'halted') RETURNING id",
      {r.enterprise_id, r.region_path, storage::Nullable(r.hidden_danger_id), r.scope, r.reason,
       r.halted_at, r.recorded_by, r.recorded_by_name, int64_t{r.recorded_by_regulator ? 1 : 0},
       r.recorded_at});
  return rs.Int(0, "id");
}

bool StoreRestart(storage::Connection& conn, int64_t id, const std::string& at, int64_t by,
                  const std::string& by_name, const std::string& inspected_on,
                  const std::string& inspection) {
  return conn.Exec(
             "UPDATE production_halts SET state = 'restarted', restart_approved_at = ?, "
             "restart_approved_by = ?, restart_approved_by_name = ?, restart_inspected_on = ?, "
             "restart_inspection = ? WHERE id = ? AND state = 'halted'",
             {at, by, by_name, inspected_on, inspection, id}) == 1;
}

void AppendHaltEvent(storage::Connection& conn, int64_t halt_id, const std::string& action,
                     int64_t actor_user_id, const std::string& actor_name, const std::string& at,
                     const std::string& details_json) {
  conn.Exec(
      "INSERT INTO production_halt_events (halt_id, action, actor_user_id, actor_name, at, "
      "details_json) VALUES (?, ?, ?, ?, ?, ?)",
      {halt_id, action, actor_user_id, actor_name, at, details_json});
}

std::vector<HaltEventRecord> HaltEvents(storage::Connection& conn, int64_t halt_id) {
  auto rs = conn.Query(
      "SELECT id, action, actor_name, at, details_json FROM production_halt_events "
      "WHERE halt_id = ? ORDER BY id",
      {halt_id});
  std::vector<HaltEventRecord> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "action"), rs.Text(i, "actor_name"),
                   rs.Text(i, "at"), rs.Text(i, "details_json")});
  return out;
}

std::optional<ProductionHaltRecord> FindProductionHalt(storage::Connection& conn,
                                                       const api::Scope& scope, int64_t id,
                                                       bool lock) {
  auto w = api::ScopedIdWhere(scope, "p", id);
  auto rs = conn.Query(std::string(kSelect) + w.sql +
                           (lock ? storage::ForUpdate(conn, "p") : std::string()),
                       w.params);
  if (rs.empty()) return std::nullopt;
  return RecordFrom(rs, 0);
}

std::vector<ProductionHaltRecord> ListProductionHalts(storage::Connection& conn,
                                                      const api::Scope& scope,
                                                      const ProductionHaltFilter& f,
                                                      int64_t limit, int64_t offset) {
  auto w = Where(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql + " ORDER BY p.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<ProductionHaltRecord> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RecordFrom(rs, i));
  return out;
}

int64_t CountProductionHalts(storage::Connection& conn, const api::Scope& scope,
                             const ProductionHaltFilter& f) {
  auto w = Where(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM production_halts p" + w.sql, w.params)
      .Int(0, "n");
}

int64_t CountHaltedEnterprises(storage::Connection& conn, const api::Scope& scope) {
  auto w = Where(scope, {std::nullopt, "halted"});
  return conn
      .Query("SELECT COUNT(DISTINCT p.enterprise_id) AS n FROM production_halts p" + w.sql,
             w.params)
      .Int(0, "n");
}

bool HiddenDangerOfEnterprise(storage::Connection& conn, int64_t hidden_danger_id,
                              int64_t enterprise_id) {
  return !conn
              .Query("SELECT 1 AS ok FROM hidden_dangers WHERE id = ? AND enterprise_id = ?",
                     {hidden_danger_id, enterprise_id})
              .empty();
}

}  // namespace anjian::hidden_danger
