#include "dual_prevention/risk/risk_store.hpp"

#include "platform/api/json.hpp"
#include "core/error.hpp"
#include "dual_prevention/risk/assessment_config_rules.hpp"
#include "dual_prevention/risk/risk_level_rules.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/like.hpp"

namespace anjian::risk {

namespace dp = domain::dual_prevention;
using storage::Value;

namespace {

json::value NumOrNull(const storage::ResultSet& rs, size_t i, const char* col) {
  if (rs.IsNull(i, col)) return nullptr;
  return rs.Double(i, col);
}

json::value IntOrNull(const storage::ResultSet& rs, size_t i, const char* col) {
  if (rs.IsNull(i, col)) return nullptr;
  return rs.Int(i, col);
}

json::value ParsePolygon(const std::string& text) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_array()) return json::array{};
  return v;
}

const char* kUnitSelect =
    "SELECT u.id, u.enterprise_id, e.name AS enterprise_name, e.region_code, u.risk_object_id, "
    "o.name AS risk_object_name, u.name, u.unit_type, u.department, u.responsible_person, "
    "u.polygon_json, u.current_method, u.current_score, u.current_level, u.assessed_at, u.active, "
    "u.created_at, u.updated_at FROM risk_units u JOIN enterprises e ON e.id = u.enterprise_id "
    "JOIN risk_objects o ON o.id = u.risk_object_id";

json::object UnitRow(const storage::ResultSet& rs, size_t i) {
  json::object o{{"id", rs.Int(i, "id")},
                 {"enterprise_id", rs.Int(i, "enterprise_id")},
                 {"enterprise_name", rs.Text(i, "enterprise_name")},
                 {"region_code", rs.Text(i, "region_code")},
                 {"risk_object_id", rs.Int(i, "risk_object_id")},
                 {"risk_object_name", rs.Text(i, "risk_object_name")},
                 {"name", rs.Text(i, "name")},
                 {"unit_type", rs.Text(i, "unit_type")},
                 {"department", rs.Text(i, "department")},
                 {"responsible_person", rs.Text(i, "responsible_person")},
                 {"polygon", ParsePolygon(rs.Text(i, "polygon_json"))},
                 {"method", rs.IsNull(i, "current_method") ? json::value(nullptr)
                                                           : json::value(rs.Text(i, "current_method"))},
                 {"score", NumOrNull(rs, i, "current_score")},
                 {"level", nullptr},
                 {"color", nullptr},
                 {"assessed_at", api::NullableStr(rs.OptText(i, "assessed_at"))},
                 {"active", rs.Int(i, "active") != 0},
                 {"created_at", rs.Text(i, "created_at")},
                 {"updated_at", rs.Text(i, "updated_at")}};
  if (auto lv = rs.OptText(i, "current_level")) {
    o["level"] = *lv;
    if (auto l = dp::ParseRiskLevel(*lv)) o["color"] = std::string(dp::RiskLevelColor(*l));
  }
  return o;
}

}  // namespace

dp::AssessmentConfig LoadAssessmentConfig(storage::Connection& conn) {
  auto rs = conn.Query("SELECT value FROM settings WHERE key = 'risk_assessment_config'");
  if (!rs.empty()) {
    auto parsed = dp::AssessmentConfigFromJson(rs.Text(0, "value"));
    if (auto* c = std::get_if<dp::AssessmentConfig>(&parsed)) return *c;
  }
  return dp::DefaultAssessmentConfig();
}

Owner EnterpriseOwner(storage::Connection& conn, int64_t enterprise_id) {
  auto rs = conn.Query("SELECT region_path FROM enterprises WHERE id = ?", {enterprise_id});
  if (rs.empty()) throw ApiException{Error::NotFound("enterprise")};
  return {enterprise_id, rs.Text(0, "region_path")};
}

int64_t InsertObject(storage::Connection& conn, const Owner& o, const ObjectInput& in) {
  std::string now = storage::NowIso();
  return conn
      .Query("INSERT INTO risk_objects (enterprise_id, region_path, name, hazard_code, description, "
             "created_at, updated_at) VALUES (?,?,?,?,?,?,?) RETURNING id",
             {o.enterprise_id, o.region_path, in.name, in.hazard_code, in.description, now, now})
      .Int(0, "id");
}

void UpdateObject(storage::Connection& conn, int64_t id, const ObjectInput& in) {
  conn.Exec("UPDATE risk_objects SET name = ?, hazard_code = ?, description = ?, updated_at = ? "
            "WHERE id = ?",
            {in.name, in.hazard_code, in.description, storage::NowIso(), id});
}

int64_t InsertUnit(storage::Connection& conn, const Owner& o, const UnitInput& in) {
  std::string now = storage::NowIso();
  return conn
      .Query("INSERT INTO risk_units (enterprise_id, region_path, risk_object_id, name, unit_type, "
             "department, responsible_person, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?) "
             "RETURNING id",
             {o.enterprise_id, o.region_path, in.risk_object_id, in.name, in.unit_type,
              in.department, in.responsible_person, now, now})
      .Int(0, "id");
}

void UpdateUnit(storage::Connection& conn, int64_t id, const UnitInput& in) {
  conn.Exec("UPDATE risk_units SET risk_object_id = ?, name = ?, unit_type = ?, department = ?, "
            "responsible_person = ?, updated_at = ? WHERE id = ?",
            {in.risk_object_id, in.name, in.unit_type, in.department, in.responsible_person,
             storage::NowIso(), id});
}

int64_t InsertEvent(storage::Connection& conn, const Owner& o, int64_t unit_id,
                    const EventInput& in) {
  std::string now = storage::NowIso();
  return conn
      .Query("INSERT INTO risk_events (enterprise_id, region_path, risk_unit_id, name, "
             "accident_type, hazard_factor, description, created_at, updated_at) VALUES "
             "(?,?,?,?,?,?,?,?,?) RETURNING id",
             {o.enterprise_id, o.region_path, unit_id, in.name, in.accident_type, in.hazard_factor,
              in.description, now, now})
      .Int(0, "id");
}

void UpdateEvent(storage::Connection& conn, int64_t id, const EventInput& in) {
  conn.Exec("UPDATE risk_events SET name = ?, accident_type = ?, hazard_factor = ?, "
            "description = ?, updated_at = ? WHERE id = ?",
            {in.name, in.accident_type, in.hazard_factor, in.description, storage::NowIso(), id});
}

int64_t InsertMeasure(storage::Connection& conn, const Owner& o, int64_t unit_id, int64_t event_id,
                      const MeasureInput& in) {
  std::string now = storage::NowIso();
  return conn
      .Query(
          "INSERT INTO control_measures (enterprise_id, region_path, risk_event_id, "
          "risk_unit_id, kind, control_level, description, owner_user_id, frequency, "
          "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
          {o.enterprise_id, o.region_path, event_id, unit_id, in.kind, in.control_level, in.description,
           storage::Nullable(in.owner_user_id), in.frequency, now, now})
      .Int(0, "id");
}

void UpdateMeasure(storage::Connection& conn, int64_t id, const MeasureInput& in) {
  conn.Exec(
      "UPDATE control_measures SET kind = ?, control_level = ?, description = ?, "
      "owner_user_id = ?, frequency = ?, updated_at = ? WHERE id = ?",
      {in.kind, in.control_level, in.description, storage::Nullable(in.owner_user_id), in.frequency,
       storage::NowIso(), id});
}

void SetActive(storage::Connection& conn, const char* table, int64_t id, bool active) {
  conn.Exec(std::string("UPDATE ") + table + " SET active = ?, updated_at = ? WHERE id = ?",
            {int64_t{active ? 1 : 0}, storage::NowIso(), id});
}

void SetPolygon(storage::Connection& conn, int64_t unit_id, const std::string& polygon_json) {
  conn.Exec("UPDATE risk_units SET polygon_json = ?, updated_at = ? WHERE id = ?",
            {polygon_json, storage::NowIso(), unit_id});
}

int64_t RecordAssessment(storage::Connection& conn, int64_t unit_id, int64_t enterprise_id,
                         dp::AssessmentMethod method, const dp::AssessmentInputs& in,
                         const dp::AssessmentResult& result, std::optional<int64_t> user_id,
                         const std::string& user_name, const std::string& at) {
  std::string method_text(dp::AssessmentMethodValue(method));
  std::string level(dp::RiskLevelValue(result.level));
  int64_t id = conn.Query(
                       "INSERT INTO risk_assessments (risk_unit_id, enterprise_id, method, "
                       "l_value, e_value, c_value, s_value, score, level, assessed_by, "
                       "assessed_by_name, assessed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                       "RETURNING id",
                       {unit_id, enterprise_id, method_text, storage::Nullable(in.L), storage::Nullable(in.E),
                        storage::Nullable(in.C), storage::Nullable(in.S), result.score, level,
                        storage::Nullable(user_id), user_name, at})
                   .Int(0, "id");
  conn.Exec("UPDATE risk_units SET current_method = ?, current_score = ?, current_level = ?, "
            "current_level_rank = ?, assessed_at = ?, updated_at = ? WHERE id = ?",
            {method_text, result.score, level, int64_t{dp::RiskLevelRank(result.level)}, at, at,
             unit_id});
  return id;
}

std::optional<json::object> FindObject(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = api::ScopeSql(s, "o.region_path", "o.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto rs = conn.Query(
      "SELECT o.id, o.enterprise_id, e.name AS enterprise_name, o.name, o.hazard_code, "
      "o.description, o.active, o.created_at, o.updated_at, (SELECT COUNT(*) FROM risk_units u "
      "WHERE u.risk_object_id = o.id AND u.active = 1) AS unit_count FROM risk_objects o JOIN "
      "enterprises e ON e.id = o.enterprise_id WHERE o.id = ? AND " + f.sql,
      params);
  if (rs.empty()) return std::nullopt;
  return json::object{{"id", rs.Int(0, "id")},
                      {"enterprise_id", rs.Int(0, "enterprise_id")},
                      {"enterprise_name", rs.Text(0, "enterprise_name")},
                      {"name", rs.Text(0, "name")},
                      {"hazard_code", rs.Text(0, "hazard_code")},
                      {"description", rs.Text(0, "description")},
                      {"unit_count", rs.Int(0, "unit_count")},
                      {"active", rs.Int(0, "active") != 0},
                      {"created_at", rs.Text(0, "created_at")},
                      {"updated_at", rs.Text(0, "updated_at")}};
}

json::array ListObjects(storage::Connection& conn, const api::Scope& s,
                        std::optional<int64_t> enterprise_id, bool include_inactive) {
  auto f = api::ScopeSql(s, "o.region_path", "o.enterprise_id");
  std::string sql =
      "SELECT o.id, o.enterprise_id, e.name AS enterprise_name, o.name, o.hazard_code, "
      "o.description, o.active, o.created_at, o.updated_at, (SELECT COUNT(*) FROM risk_units u "
      "WHERE u.risk_object_id = o.id AND u.active = 1) AS unit_count FROM risk_objects o JOIN "
      "enterprises e ON e.id = o.enterprise_id WHERE " + f.sql;
  auto params = f.params;
  if (enterprise_id) {
    sql += " AND o.enterprise_id = ?";
    params.emplace_back(*enterprise_id);
  }
  if (!include_inactive) sql += " AND o.active = 1";
  sql += " ORDER BY o.enterprise_id, o.id LIMIT 1000";
  auto rs = conn.Query(sql, params);
  json::array out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back(json::object{{"id", rs.Int(i, "id")},
                               {"enterprise_id", rs.Int(i, "enterprise_id")},
                               {"enterprise_name", rs.Text(i, "enterprise_name")},
                               {"name", rs.Text(i, "name")},
                               {"hazard_code", rs.Text(i, "hazard_code")},
                               {"description", rs.Text(i, "description")},
                               {"unit_count", rs.Int(i, "unit_count")},
                               {"active", rs.Int(i, "active") != 0},
                               {"created_at", rs.Text(i, "created_at")},
                               {"updated_at", rs.Text(i, "updated_at")}});
  return out;
}

std::optional<json::object> FindUnit(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = api::ScopeSql(s, "u.region_path", "u.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto rs = conn.Query(std::string(kUnitSelect) + " WHERE u.id = ? AND " + f.sql, params);
  if (rs.empty()) return std::nullopt;
  return UnitRow(rs, 0);
}

namespace {

json::object EventRow(const storage::ResultSet& rs, size_t i) {
  return json::object{{"id", rs.Int(i, "id")},
                      {"enterprise_id", rs.Int(i, "enterprise_id")},
                      {"risk_unit_id", rs.Int(i, "risk_unit_id")},
                      {"name", rs.Text(i, "name")},
                      {"accident_type", rs.Text(i, "accident_type")},
                      {"hazard_factor", rs.Text(i, "hazard_factor")},
                      {"description", rs.Text(i, "description")},
                      {"active", rs.Int(i, "active") != 0},
                      {"measures", json::array{}}};
}

json::object MeasureRow(const storage::ResultSet& rs, size_t i) {
  return json::object{{"id", rs.Int(i, "id")},
                      {"enterprise_id", rs.Int(i, "enterprise_id")},
                      {"risk_unit_id", rs.Int(i, "risk_unit_id")},
                      {"risk_event_id", rs.Int(i, "risk_event_id")},
                      {"kind", rs.Text(i, "kind")},
                      {"control_level", rs.Text(i, "control_level")},
                      {"description", rs.Text(i, "description")},
                      {"owner_user_id", IntOrNull(rs, i, "owner_user_id")},
                      {"owner_name", rs.Text(i, "owner_name")},
                      {"frequency", rs.Text(i, "frequency")},
                      {"active", rs.Int(i, "active") != 0}};
}

const char* kEventCols =
    "v.id, v.enterprise_id, v.risk_unit_id, v.name, v.accident_type, v.hazard_factor, "
    "v.description, v.active";
const char* kMeasureCols =
    "m.id, m.enterprise_id, m.risk_unit_id, m.risk_event_id, m.kind, m.control_level, "
    "m.description, m.owner_user_id, COALESCE(us.display_name, '') AS owner_name, m.frequency, "
    "m.active";

}  // namespace

std::optional<json::object> FindEvent(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = api::ScopeSql(s, "v.region_path", "v.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto rs = conn.Query(std::string("SELECT ") + kEventCols +
                           " FROM risk_events v WHERE v.id = ? AND " + f.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  return EventRow(rs, 0);
}

std::optional<json::object> FindMeasure(storage::Connection& conn, const api::Scope& s,
                                        int64_t id) {
  auto f = api::ScopeSql(s, "m.region_path", "m.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto rs = conn.Query(std::string("SELECT ") + kMeasureCols +
                           " FROM control_measures m LEFT JOIN users us ON us.id = m.owner_user_id "
                           "WHERE m.id = ? AND " + f.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  return MeasureRow(rs, 0);
}

json::object UnitDetail(storage::Connection& conn, const json::object& unit) {
  int64_t id = unit.at("id").as_int64();
  json::object out = unit;
  auto ev = conn.Query(std::string("SELECT ") + kEventCols +
                           " FROM risk_events v WHERE v.risk_unit_id = ? ORDER BY v.id",
                       {id});
  auto ms = conn.Query(std::string("SELECT ") + kMeasureCols +
                           " FROM control_measures m LEFT JOIN users us ON us.id = m.owner_user_id "
                           "WHERE m.risk_unit_id = ? ORDER BY m.id",
                       {id});
  json::array events;
  for (size_t i = 0; i < ev.size(); ++i) {
    auto e = EventRow(ev, i);
    auto& list = e["measures"].as_array();
    for (size_t j = 0; j < ms.size(); ++j)
      if (ms.Int(j, "risk_event_id") == e.at("id").as_int64()) list.push_back(MeasureRow(ms, j));
    events.push_back(std::move(e));
  }
  auto as = conn.Query(
      "SELECT a.id, a.method, a.l_value, a.e_value, a.c_value, a.s_value, a.score, a.level, "
      "a.assessed_by, a.assessed_by_name, a.assessed_at FROM risk_assessments a "
      "WHERE a.risk_unit_id = ? ORDER BY a.id DESC",
      {id});
  json::array history;
  for (size_t i = 0; i < as.size(); ++i) {
    json::object a{{"id", as.Int(i, "id")},
                   {"method", as.Text(i, "method")},
                   {"L", NumOrNull(as, i, "l_value")},
                   {"E", NumOrNull(as, i, "e_value")},
                   {"C", NumOrNull(as, i, "c_value")},
                   {"S", NumOrNull(as, i, "s_value")},
                   {"score", as.Double(i, "score")},
                   {"level", as.Text(i, "level")},
                   {"assessed_by", IntOrNull(as, i, "assessed_by")},
                   {"assessed_by_name", as.Text(i, "assessed_by_name")},
                   {"assessed_at", as.Text(i, "assessed_at")}};
    if (auto l = dp::ParseRiskLevel(as.Text(i, "level")))
      a["color"] = std::string(dp::RiskLevelColor(*l));
    history.push_back(std::move(a));
  }
  out["events"] = std::move(events);
  out["assessments"] = std::move(history);
  return out;
}

std::pair<json::array, int64_t> ListUnits(storage::Connection& conn, const api::Scope& s,
                                          const UnitFilter& f, int64_t limit, int64_t offset) {
  auto scope = api::ScopeSql(s, "u.region_path", "u.enterprise_id");
  std::string where = " WHERE " + scope.sql;
  auto params = scope.params;
  if (!f.region_path.empty()) {
    where += " AND u.region_path >= ? AND u.region_path < ?";
    params.emplace_back(f.region_path);
    params.emplace_back(api::PathUpperBound(f.region_path));
  }
  if (f.enterprise_id) {
    where += " AND u.enterprise_id = ?";
    params.emplace_back(*f.enterprise_id);
  }
  if (f.level == "none") {
    where += " AND u.current_level IS NULL";
  } else if (!f.level.empty()) {
    where += " AND u.current_level = ?";
    params.emplace_back(f.level);
  }
  if (!f.unit_type.empty()) {
    where += " AND u.unit_type = ?";
    params.emplace_back(f.unit_type);
  }
  if (f.risk_object_id) {
    where += " AND u.risk_object_id = ?";
    params.emplace_back(*f.risk_object_id);
  }
  if (!f.q.empty()) {
    where += " AND " + storage::LikeContains("u.name");
    params.emplace_back(storage::ContainsPattern(f.q));
  }
  if (!f.include_inactive) where += " AND u.active = 1";
  auto count = conn.Query("SELECT COUNT(*) AS n FROM risk_units u" + where, params);
  params.emplace_back(limit);
  params.emplace_back(offset);
  auto rs = conn.Query(std::string(kUnitSelect) + where +
                           " ORDER BY u.current_level_rank DESC, u.id LIMIT ? OFFSET ?",
                       params);
  json::array items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(UnitRow(rs, i));
  return {std::move(items), count.Int(0, "n")};
}

}  // namespace anjian::risk
