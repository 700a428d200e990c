#include "licensing/licence_checks/licence_alert_repository.hpp"

#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::licence_checks {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.alert_key, a.licence_id, a.enterprise_id, a.region_path, a.licence_kind, "
    "a.licence_number, a.valid_until, a.issuer, a.condition_id, a.label_zh, a.label_en, a.source, "
    "a.detected_on, a.detected_at, a.hidden_danger_id, a.resolved_on, e.name AS enterprise_name, "
    "h.number AS hidden_danger_number, h.state AS hidden_danger_state "
    "FROM licence_condition_alerts a JOIN enterprises e ON e.id = a.enterprise_id "
    "LEFT JOIN hidden_dangers h ON h.id = a.hidden_danger_id";

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where WhereOf(const api::Scope& scope, const AlertFilter& f) {
  auto sf = api::ScopeSql(scope, "a.region_path", "a.enterprise_id");
  Where w{" WHERE " + sf.sql, sf.params};
  if (f.finding == "expired" || f.finding == "missing") {
    w.sql += " AND a.condition_id = ?";
    w.params.push_back(f.finding == "expired" ? "licence_expired" : "licence_missing");
  } else if (f.finding == "condition") {
    w.sql += " AND a.condition_id NOT IN ('licence_expired', 'licence_missing')";
  }
  if (f.status == "open") w.sql += " AND a.resolved_on IS NULL";
  if (f.status == "resolved") w.sql += " AND a.resolved_on IS NOT NULL";
  if (!f.licence_kind.empty()) {
    w.sql += " AND a.licence_kind = ?";
    w.params.push_back(f.licence_kind);
  }
  if (!f.q.empty()) {
    w.sql += " AND " + storage::LikeContains("e.name");
    w.params.push_back(storage::ContainsPattern(f.q));
  }
  if (f.enterprise_id) {
    w.sql += " AND a.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  return w;
}

}  // namespace

std::int64_t CountAlerts(storage::Connection& conn, const api::Scope& scope, const AlertFilter& f) {
  auto w = WhereOf(scope, f);
  return conn
      .Query("SELECT COUNT(*) AS n FROM licence_condition_alerts a "
             "JOIN enterprises e ON e.id = a.enterprise_id" + w.sql,
             w.params)
      .Int(0, "n");
}

std::vector<AlertRow> ListAlerts(storage::Connection& conn, const api::Scope& scope,
                                 const AlertFilter& f, std::int64_t limit, std::int64_t offset) {
  auto w = WhereOf(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql + " ORDER BY a.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<AlertRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) {
    AlertRow r;
    r.id = rs.Int(i, "id");
    r.alert_key = rs.Text(i, "alert_key");
    r.licence_id = rs.OptInt(i, "licence_id");
    r.enterprise_id = rs.Int(i, "enterprise_id");
    r.enterprise_name = rs.Text(i, "enterprise_name");
    r.region_path = rs.Text(i, "region_path");
    r.licence_kind = rs.Text(i, "licence_kind");
    r.licence_number = rs.Text(i, "licence_number");
    r.valid_until = rs.Text(i, "valid_until");
    r.issuer = rs.Text(i, "issuer");
    r.condition_id = rs.Text(i, "condition_id");
    r.label_zh = rs.Text(i, "label_zh");
    r.label_en = rs.Text(i, "label_en");
    r.source = rs.Text(i, "source");
    r.detected_on = rs.Text(i, "detected_on");
    r.detected_at = rs.Text(i, "detected_at");
    r.hidden_danger_id = rs.OptInt(i, "hidden_danger_id");
    r.hidden_danger_number = rs.Text(i, "hidden_danger_number");
    r.hidden_danger_state = rs.Text(i, "hidden_danger_state");
    r.resolved_on = rs.OptText(i, "resolved_on");
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<std::pair<std::string, KnownAlert>> KnownAlerts(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT id, alert_key, CASE WHEN resolved_on IS NULL THEN 1 ELSE 0 END AS open "
      "FROM licence_condition_alerts");
  std::vector<std::pair<std::string, KnownAlert>> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "alert_key"), {rs.Int(i, "id"), rs.Int(i, "open") != 0}});
  return out;
}

std::optional<std::int64_t> InsertAlert(storage::Connection& conn, const NewAlert& a) {
  auto rs = conn.Query(
      "INSERT INTO licence_condition_alerts (alert_key, licence_id, enterprise_id, region_path, "
      "licence_kind, licence_number, valid_until, issuer, condition_id, label_zh, label_en, source, "
      "detected_on, detected_at, hidden_danger_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (alert_key) DO NOTHING "
      "RETURNING id",
      {a.alert_key, storage::Nullable(a.licence_id), a.enterprise_id, a.region_path, a.licence_kind,
       a.licence_number, a.valid_until, a.issuer, a.condition_id, a.label_zh, a.label_en, a.source,
       a.detected_on, a.detected_at, storage::Nullable(a.hidden_danger_id)});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

void ResolveAlert(storage::Connection& conn, std::int64_t id, const std::string& on) {
  conn.Exec("UPDATE licence_condition_alerts SET resolved_on = ? WHERE id = ?", {on, id});
}

void ReopenAlert(storage::Connection& conn, std::int64_t id) {
  conn.Exec("UPDATE licence_condition_alerts SET resolved_on = NULL WHERE id = ?", {id});
}

std::vector<SweepEnterpriseRow> ExplosivesEnterprises(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT id, name, region_path, industry FROM enterprises WHERE status = 'active' AND industry IN "
      "('civil_explosives_production', 'civil_explosives_sales')");
  std::vector<SweepEnterpriseRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "name"), rs.Text(i, "region_path"),
                   rs.Text(i, "industry")});
  return out;
}

}  // namespace anjian::licence_checks
