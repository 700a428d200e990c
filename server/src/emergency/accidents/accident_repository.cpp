#include "emergency/accidents/accident_repository.hpp"

#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::accidents {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.enterprise_id, a.region_path, a.number, a.title, a.accident_type, "
    "a.road_traffic, a.address, a.latitude, a.longitude, a.occurred_at, a.deaths, "
    "a.serious_injuries, a.missing, a.direct_loss_yuan, a.course, a.measures, a.grade, "
    "a.grade_since, a.reported_at, a.reported_by, a.loss_incident_id, a.version, a.updated_at, "
    "e.name AS enterprise_name, e.industry AS enterprise_industry, "
    "u.display_name AS reported_by_name "
    "FROM accidents a JOIN enterprises e ON e.id = a.enterprise_id "
    "JOIN users u ON u.id = a.reported_by ";

AccidentRow RowAt(const storage::ResultSet& rs, size_t i) {
  AccidentRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.region_path = rs.Text(i, "region_path");
  r.number = rs.Text(i, "number");
  r.facts.title = rs.Text(i, "title");
  r.facts.accident_type = rs.Text(i, "accident_type");
  r.facts.road_traffic = rs.Int(i, "road_traffic") != 0;
  r.facts.address = rs.Text(i, "address");
  if (!rs.IsNull(i, "latitude")) r.facts.latitude = rs.Double(i, "latitude");
  if (!rs.IsNull(i, "longitude")) r.facts.longitude = rs.Double(i, "longitude");
  r.facts.occurred_at = rs.Text(i, "occurred_at");
  r.facts.deaths = rs.Int(i, "deaths");
  r.facts.serious_injuries = rs.Int(i, "serious_injuries");
  r.facts.missing = rs.Int(i, "missing");
  r.facts.direct_loss_yuan = rs.Int(i, "direct_loss_yuan");
  r.facts.course = rs.Text(i, "course");
  r.facts.measures = rs.Text(i, "measures");
  r.grade = rs.Text(i, "grade");
  r.grade_since = rs.Text(i, "grade_since");
  r.reported_at = rs.Text(i, "reported_at");
  r.reported_by = rs.Int(i, "reported_by");
  r.loss_incident_id = rs.OptInt(i, "loss_incident_id");
  r.version = rs.Int(i, "version");
  r.updated_at = rs.Text(i, "updated_at");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.enterprise_industry = rs.Text(i, "enterprise_industry");
  r.reported_by_name = rs.Text(i, "reported_by_name");
  return r;
}

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where WhereOf(const api::Scope& scope, const AccidentFilter& f) {
  auto sf = api::ScopeSql(scope, "a.region_path", "a.enterprise_id");
  Where w{" WHERE " + sf.sql, sf.params};
  if (!f.grade.empty()) {
    w.sql += " AND a.grade = ?";
    w.params.push_back(f.grade);
  }
  if (!f.accident_type.empty()) {
    w.sql += " AND a.accident_type = ?";
    w.params.push_back(f.accident_type);
  }
  if (!f.from.empty()) {
    w.sql += " AND a.occurred_at >= ?";
    w.params.push_back(f.from);
  }
  if (!f.to.empty()) {
    w.sql += " AND a.occurred_at < ?";
    w.params.push_back(f.to);
  }
  if (f.enterprise_id) {
    w.sql += " AND a.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (!f.region_path.empty()) {
    w.sql += " AND a.region_path >= ? AND a.region_path < ?";
    w.params.push_back(f.region_path);
    w.params.push_back(api::PathUpperBound(f.region_path));
  }
  return w;
}

std::vector<Value> FactParams(const AccidentFacts& f) {
  return {f.title,        f.accident_type,
          int64_t{f.road_traffic ? 1 : 0},
          f.address,      storage::Nullable(f.latitude),
          storage::Nullable(f.longitude),
          f.occurred_at,  f.deaths,
          f.serious_injuries, f.missing,
          f.direct_loss_yuan, f.course,
          f.measures};
}

}  // namespace

std::optional<EnterpriseOfAccident> FindEnterpriseInScope(storage::Connection& conn,
                                                          const api::Scope& scope,
                                                          std::int64_t id) {
  auto sf = api::ScopeSql(scope, "region_path", "id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(
      "SELECT name, region_path FROM enterprises WHERE id = ? AND status = 'active' AND " + sf.sql,
      params);
  if (rs.empty()) return std::nullopt;
  return EnterpriseOfAccident{rs.Text(0, "name"), rs.Text(0, "region_path")};
}

std::int64_t InsertAccident(storage::Connection& conn, const NewAccident& a) {
  std::vector<Value> params{a.enterprise_id, a.region_path};
  auto facts = FactParams(a.facts);
  params.insert(params.end(), facts.begin(), facts.end());
  params.insert(params.end(),
                {a.grade, a.at, a.at, a.reported_by,
                 a.loss_incident_id ? Value(*a.loss_incident_id) : Value(nullptr), a.at});
  auto rs = conn.Query(
      "INSERT INTO accidents (enterprise_id, region_path, number, title, accident_type, "
      "road_traffic, address, latitude, longitude, occurred_at, deaths, serious_injuries, "
      "missing, direct_loss_yuan, course, measures, grade, grade_since, reported_at, "
      "reported_by, loss_incident_id, version, updated_at) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id",
      params);
  return rs.Int(0, "id");
}

void SetAccidentNumber(storage::Connection& conn, std::int64_t id, const std::string& number) {
  conn.Exec("UPDATE accidents SET number = ? WHERE id = ?", {number, id});
}

void UpdateAccidentFacts(storage::Connection& conn, std::int64_t id, const AccidentFacts& f,
                         const std::string& grade, const std::string& grade_since,
                         std::int64_t version, const std::string& at) {
  auto params = FactParams(f);
  params.insert(params.end(), {grade, grade_since, version, at, id});
  conn.Exec(
      "UPDATE accidents SET title = ?, accident_type = ?, road_traffic = ?, address = ?, "
      "latitude = ?, longitude = ?, occurred_at = ?, deaths = ?, serious_injuries = ?, "
      "missing = ?, direct_loss_yuan = ?, course = ?, measures = ?, grade = ?, grade_since = ?, "
      "version = ?, updated_at = ? WHERE id = ?",
      params);
}

void InsertAccidentReport(storage::Connection& conn, std::int64_t accident_id,
                          std::int64_t version, const std::string& kind,
                          const std::string& facts_json, const std::string& grade,
                          const std::string& note, std::int64_t by_user_id,
                          const std::string& at) {
  conn.Exec(
      "INSERT INTO accident_reports (accident_id, version, kind, facts_json, grade, note, "
      "by_user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {accident_id, version, kind, facts_json, grade, note, by_user_id, at});
}

void InsertAccidentForward(storage::Connection& conn, std::int64_t accident_id,
                           const std::string& level, std::int64_t agency_id,
                           std::int64_t by_user_id, const std::string& note,
                           const std::string& at) {
  conn.Exec(
      "INSERT INTO accident_forwards (accident_id, level, agency_id, by_user_id, note, at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {accident_id, level, agency_id, by_user_id, note, at});
}

std::optional<AccidentRow> FindAccident(storage::Connection& conn, const api::Scope& scope,
                                        std::int64_t id) {
  auto sf = api::ScopeSql(scope, "a.region_path", "a.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kSelect) + " WHERE a.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::optional<AccidentRow> LockAccident(storage::Connection& conn, std::int64_t id) {
  conn.Query(std::string("SELECT id FROM accidents WHERE id = ?") + storage::ForUpdate(conn),
             {id});
  auto rs = conn.Query(std::string(kSelect) + " WHERE a.id = ?", {id});
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::int64_t CountAccidents(storage::Connection& conn, const api::Scope& scope,
                            const AccidentFilter& f) {
  auto w = WhereOf(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM accidents a" + w.sql, w.params).Int(0, "n");
}

std::vector<AccidentRow> ListAccidentRows(storage::Connection& conn, const api::Scope& scope,
                                          const AccidentFilter& f, std::int64_t limit,
                                          std::int64_t offset) {
  auto w = WhereOf(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql +
                           " ORDER BY a.occurred_at DESC, a.id DESC LIMIT ? OFFSET ?",
                       w.params);
  std::vector<AccidentRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

std::vector<AccidentReportRow> AccidentReports(storage::Connection& conn, std::int64_t id) {
  auto rs = conn.Query(
      "SELECT r.version, r.kind, r.facts_json, r.grade, r.note, r.by_user_id, r.at, "
      "u.display_name AS by_name FROM accident_reports r JOIN users u ON u.id = r.by_user_id "
      "WHERE r.accident_id = ? ORDER BY r.version",
      {id});
  std::vector<AccidentReportRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "version"), rs.Int(i, "by_user_id"), rs.Text(i, "kind"),
                   rs.Text(i, "facts_json"), rs.Text(i, "grade"), rs.Text(i, "note"),
                   rs.Text(i, "by_name"), rs.Text(i, "at")});
  return out;
}

std::vector<AccidentForwardRow> AccidentForwards(storage::Connection& conn, std::int64_t id) {
  auto rs = conn.Query(
      "SELECT f.level, f.agency_id, f.by_user_id, f.note, f.at, g.name AS agency_name, "
      "u.display_name AS by_name FROM accident_forwards f JOIN agencies g ON g.id = f.agency_id "
      "JOIN users u ON u.id = f.by_user_id WHERE f.accident_id = ? ORDER BY f.id",
      {id});
  std::vector<AccidentForwardRow> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    AccidentForwardRow r;
    r.level = rs.Text(i, "level");
    r.agency_id = rs.Int(i, "agency_id");
    r.by_user_id = rs.Int(i, "by_user_id");
    r.note = rs.Text(i, "note");
    r.at = rs.Text(i, "at");
    r.agency_name = rs.Text(i, "agency_name");
    r.by_name = rs.Text(i, "by_name");
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<std::int64_t> AgenciesOver(storage::Connection& conn, const std::string& region_path) {
  auto rs = conn.Query(
      "SELECT id FROM agencies WHERE status = 'active' AND "
      "SUBSTR(CAST(? AS TEXT), 1, LENGTH(region_path)) = region_path ORDER BY id",
      {region_path});
  std::vector<std::int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

std::optional<std::int64_t> AccidentOfLossIncident(storage::Connection& conn,
                                                   std::int64_t loss_incident_id) {
  auto rs = conn.Query("SELECT id FROM accidents WHERE loss_incident_id = ?", {loss_incident_id});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

}  // namespace anjian::accidents
