#include "explosives/loss_incident/loss_incident_repository.hpp"

#include <algorithm>

#include "platform/api/scoped_where.hpp"

namespace anjian::loss_incident {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT i.id, i.enterprise_id, i.store_id, i.stocktake_id, i.number, i.source, "
    "i.discovered_at, i.description, i.code_count, i.quantities_json, i.opened_by_user_id, "
    "e.name AS enterprise_name, s.name AS store_name, u.display_name AS opened_by_name, "
    "(SELECT MAX(ev.at) FROM loss_incident_events ev WHERE ev.incident_id = i.id "
    " AND ev.kind = 'closed') AS closed_at "
    "FROM loss_incidents i JOIN enterprises e ON e.id = i.enterprise_id "
    "JOIN stores s ON s.id = i.store_id JOIN users u ON u.id = i.opened_by_user_id ";

constexpr const char* kClosed =
    "EXISTS (SELECT 1 FROM loss_incident_events ev WHERE ev.incident_id = i.id AND ev.kind = "
    "'closed')";

LossIncidentRow RowAt(const storage::ResultSet& rs, size_t i) {
  LossIncidentRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.store_id = rs.Int(i, "store_id");
  r.stocktake_id = rs.OptInt(i, "stocktake_id");
  r.number = rs.Text(i, "number");
  r.source = rs.Text(i, "source");
  r.discovered_at = rs.Text(i, "discovered_at");
  r.description = rs.Text(i, "description");
  r.code_count = rs.Int(i, "code_count");
  r.quantities_json = rs.Text(i, "quantities_json");
  r.opened_by_user_id = rs.Int(i, "opened_by_user_id");
  r.opened_by_name = rs.Text(i, "opened_by_name");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.store_name = rs.Text(i, "store_name");
  r.closed_at = rs.Text(i, "closed_at");
  return r;
}

api::SqlFilter WhereOf(const api::Scope& scope, const LossFilter& f) {
  auto w = api::ScopedWhere(scope, "i");
  if (f.status == "open") w.sql += std::string(" AND NOT ") + kClosed;
  if (f.status == "closed") w.sql += std::string(" AND ") + kClosed;
  if (f.enterprise_id) api::And(w, "i.enterprise_id = ?", *f.enterprise_id);
  return w;
}

}  // namespace

int64_t InsertLossIncident(storage::Connection& conn, const NewLossIncident& i) {
  auto rs = conn.Query(
      "INSERT INTO loss_incidents (enterprise_id, region_path, store_id, stocktake_id, number, "
      "source, discovered_at, opened_by_user_id, description, code_count, quantities_json) "
      "VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?) RETURNING id",
      {i.enterprise_id, i.region_path, i.store_id,
       i.stocktake_id ? Value(*i.stocktake_id) : Value(nullptr), i.source, i.discovered_at,
       i.opened_by_user_id, i.description, i.code_count, i.quantities_json});
  return rs.Int(0, "id");
}

void SetLossIncidentNumber(storage::Connection& conn, int64_t id, const std::string& number) {
  conn.Exec("UPDATE loss_incidents SET number = ? WHERE id = ?", {number, id});
}

void InsertLossIncidentCodes(storage::Connection& conn, int64_t id,
                             const std::vector<std::pair<std::string, std::string>>& codes) {
  constexpr size_t kChunk = 200;
  for (size_t start = 0; start < codes.size(); start += kChunk) {
    const size_t end = std::min(codes.size(), start + kChunk);
    std::string sql = "INSERT INTO loss_incident_codes (incident_id, code, product_id) VALUES ";
    std::vector<Value> params;
    for (size_t i = start; i < end; ++i) {
      sql += i == start ? "(?,?,?)" : ",(?,?,?)";
      params.insert(params.end(), {id, codes[i].first, codes[i].second});
    }
    conn.Exec(sql, params);
  }
}

void InsertLossIncidentEvent(storage::Connection& conn, int64_t id, const std::string& kind,
                             int64_t by_user_id, const std::string& at,
                             const std::string& reported_at, const std::string& reference,
                             const std::string& note) {
  conn.Exec(
      "INSERT INTO loss_incident_events (incident_id, kind, by_user_id, at, reported_at, "
      "reference, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {id, kind, by_user_id, at, reported_at, reference, note});
}

std::vector<int64_t> AgenciesOver(storage::Connection& conn, const std::string& region_path) {
  auto rs = conn.Query(
      "SELECT id FROM agencies WHERE status = 'active' AND "
      "SUBSTR(CAST(? AS TEXT), 1, LENGTH(region_path)) = region_path",
      {region_path});
  std::vector<int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

std::string BookedProductOf(storage::Connection& conn, const std::string& code) {
  auto rs = conn.Query("SELECT product_id FROM detonator_codes WHERE code = ?", {code});
  return rs.empty() ? std::string() : rs.Text(0, "product_id");
}

int64_t CountLossIncidents(storage::Connection& conn, const api::Scope& scope,
                           const LossFilter& f) {
  auto w = WhereOf(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM loss_incidents i" + w.sql, w.params).Int(0, "n");
}

std::vector<LossIncidentRow> ListLossIncidentRows(storage::Connection& conn,
                                                  const api::Scope& scope, const LossFilter& f,
                                                  int64_t limit, int64_t offset) {
  auto w = WhereOf(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql + " ORDER BY i.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<LossIncidentRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

std::optional<LossIncidentRow> FindLossIncident(storage::Connection& conn,
                                                const api::Scope& scope, int64_t id) {
  auto w = api::ScopedIdWhere(scope, "i", id);
  auto rs = conn.Query(std::string(kSelect) + w.sql, w.params);
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::vector<LossReport> LossReports(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT kind, reported_at, reference, at FROM loss_incident_events WHERE incident_id = ? "
      "AND kind IN ('reported_police', 'reported_regulator') ORDER BY id",
      {id});
  std::vector<LossReport> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "kind"), rs.Text(i, "reported_at"), rs.Text(i, "reference"),
                   rs.Text(i, "at")});
  return out;
}

std::vector<LossCode> LossIncidentCodes(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT code, product_id FROM loss_incident_codes WHERE incident_id = ? ORDER BY code",
      {id});
  std::vector<LossCode> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "code"), rs.Text(i, "product_id")});
  return out;
}

std::vector<LossEvent> LossIncidentEvents(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT ev.id, ev.kind, ev.at, ev.reported_at, ev.reference, ev.note, ev.by_user_id, "
      "u.display_name AS by_name FROM loss_incident_events ev JOIN users u ON u.id = "
      "ev.by_user_id WHERE ev.incident_id = ? ORDER BY ev.id",
      {id});
  std::vector<LossEvent> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "kind"), rs.Text(i, "at"),
                   rs.Text(i, "reported_at"), rs.Text(i, "reference"), rs.Text(i, "note"),
                   rs.Int(i, "by_user_id"), rs.Text(i, "by_name")});
  return out;
}

std::set<std::string> LossEventKinds(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query("SELECT kind FROM loss_incident_events WHERE incident_id = ?", {id});
  std::set<std::string> out;
  for (size_t i = 0; i < rs.size(); ++i) out.insert(rs.Text(i, "kind"));
  return out;
}

std::optional<int64_t> IncidentOfStocktake(storage::Connection& conn, int64_t stocktake_id) {
  auto rs = conn.Query("SELECT id FROM loss_incidents WHERE stocktake_id = ?", {stocktake_id});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

std::map<int64_t, int64_t> OpenIncidentsByStore(storage::Connection& conn,
                                                const api::Scope& scope) {
  auto sf = api::ScopeSql(scope, "i.region_path", "i.enterprise_id");
  auto rs = conn.Query("SELECT i.store_id, COUNT(*) AS n FROM loss_incidents i WHERE " + sf.sql +
                           std::string(" AND NOT ") + kClosed + " GROUP BY i.store_id",
                       sf.params);
  std::map<int64_t, int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out[rs.Int(i, "store_id")] = rs.Int(i, "n");
  return out;
}

}  // namespace anjian::loss_incident
