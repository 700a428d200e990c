#include "dual_prevention/risk/risk_repository.hpp"

#include "dual_prevention/risk/assessment_config_rules.hpp"
#include "dual_prevention/risk/risk_level_rules.hpp"
#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::risk {

using storage::Value;

namespace {

std::optional<double> OptDouble(const storage::ResultSet& rs, size_t i, const char* col) {
  if (rs.IsNull(i, col)) return std::nullopt;
  return rs.Double(i, col);
}

const char* kObjectSelect =
    "SELECT o.id, o.enterprise_id, e.name AS enterprise_name, o.name, o.hazard_code, "
    "o.description, o.active, o.created_at, o.updated_at, (SELECT COUNT(*) FROM risk_units u "
    "WHERE u.risk_object_id = o.id AND u.active = 1) AS unit_count FROM risk_objects o JOIN "
    "enterprises e ON e.id = o.enterprise_id WHERE ";

RiskObject ObjectRow(const storage::ResultSet& rs, size_t i) {
  RiskObject o;
  o.id = rs.Int(i, "id");
  o.enterprise_id = rs.Int(i, "enterprise_id");
  o.enterprise_name = rs.Text(i, "enterprise_name");
  o.name = rs.Text(i, "name");
  o.hazard_code = rs.Text(i, "hazard_code");
  o.description = rs.Text(i, "description");
  o.unit_count = rs.Int(i, "unit_count");
  o.active = rs.Int(i, "active") != 0;
  o.created_at = rs.Text(i, "created_at");
  o.updated_at = rs.Text(i, "updated_at");
  return o;
}

const char* kUnitSelect =
    "SELECT u.id, u.enterprise_id, e.name AS enterprise_name, e.region_code, u.risk_object_id, "
    "o.name AS risk_object_name, u.name, u.unit_type, u.department, u.responsible_person, "
    "u.polygon_json, u.current_method, u.current_score, u.current_level, u.assessed_at, u.active, "
    "u.created_at, u.updated_at FROM risk_units u JOIN enterprises e ON e.id = u.enterprise_id "
    "JOIN risk_objects o ON o.id = u.risk_object_id";

RiskUnit UnitRow(const storage::ResultSet& rs, size_t i) {
  RiskUnit u;
  u.id = rs.Int(i, "id");
  u.enterprise_id = rs.Int(i, "enterprise_id");
  u.enterprise_name = rs.Text(i, "enterprise_name");
  u.region_code = rs.Text(i, "region_code");
  u.risk_object_id = rs.Int(i, "risk_object_id");
  u.risk_object_name = rs.Text(i, "risk_object_name");
  u.name = rs.Text(i, "name");
  u.unit_type = rs.Text(i, "unit_type");
  u.department = rs.Text(i, "department");
  u.responsible_person = rs.Text(i, "responsible_person");
  u.polygon_json = rs.Text(i, "polygon_json");
  u.method = rs.OptText(i, "current_method");
  u.score = OptDouble(rs, i, "current_score");
  u.level = rs.OptText(i, "current_level");
  u.assessed_at = rs.OptText(i, "assessed_at");
  u.active = rs.Int(i, "active") != 0;
  u.created_at = rs.Text(i, "created_at");
  u.updated_at = rs.Text(i, "updated_at");
  return u;
}

const char* kEventCols =
    "v.id, v.enterprise_id, v.risk_unit_id, v.name, v.accident_type, v.hazard_factor, "
    "v.description, v.active";
const char* kMeasureCols =
    "m.id, m.enterprise_id, m.risk_unit_id, m.risk_event_id, m.kind, m.control_level, "
    "m.description, m.owner_user_id, COALESCE(us.display_name, '') AS owner_name, m.frequency, "
    "m.active";

RiskEvent EventRow(const storage::ResultSet& rs, size_t i) {
  RiskEvent e;
  e.id = rs.Int(i, "id");
  e.enterprise_id = rs.Int(i, "enterprise_id");
  e.risk_unit_id = rs.Int(i, "risk_unit_id");
  e.name = rs.Text(i, "name");
  e.accident_type = rs.Text(i, "accident_type");
  e.hazard_factor = rs.Text(i, "hazard_factor");
  e.description = rs.Text(i, "description");
  e.active = rs.Int(i, "active") != 0;
  return e;
}

ControlMeasure MeasureRow(const storage::ResultSet& rs, size_t i) {
  ControlMeasure m;
  m.id = rs.Int(i, "id");
  m.enterprise_id = rs.Int(i, "enterprise_id");
  m.risk_unit_id = rs.Int(i, "risk_unit_id");
  m.risk_event_id = rs.Int(i, "risk_event_id");
  m.kind = rs.Text(i, "kind");
  m.control_level = rs.Text(i, "control_level");
  m.description = rs.Text(i, "description");
  m.owner_user_id = rs.OptInt(i, "owner_user_id");
  m.owner_name = rs.Text(i, "owner_name");
  m.frequency = rs.Text(i, "frequency");
  m.active = rs.Int(i, "active") != 0;
  return m;
}

// The id first, then the scope's parameters.
std::vector<Value> IdThenScope(int64_t id, const api::SqlFilter& f) {
  std::vector<Value> params{id};
  params.insert(params.end(), f.params.begin(), f.params.end());
  return params;
}

const char* TableName(RegisterTable t) {
  switch (t) {
    case RegisterTable::kObjects: return "risk_objects";
    case RegisterTable::kUnits: return "risk_units";
    case RegisterTable::kEvents: return "risk_events";
    case RegisterTable::kMeasures: return "control_measures";
    case RegisterTable::kMajorHazards: return "major_hazards";
  }
  return "risk_units";
}

}  // namespace

AssessmentConfig LoadAssessmentConfig(storage::Connection& conn) {
  auto rs = conn.Query("SELECT value FROM settings WHERE key = 'risk_assessment_config'");
  if (!rs.empty()) {
    auto parsed = AssessmentConfigFromJson(rs.Text(0, "value"));
    if (auto* c = std::get_if<AssessmentConfig>(&parsed)) return *c;
  }
  return DefaultAssessmentConfig();
}

std::optional<Owner> FindOwner(storage::Connection& conn, int64_t enterprise_id) {
  auto rs = conn.Query("SELECT region_path FROM enterprises WHERE id = ?", {enterprise_id});
  if (rs.empty()) return std::nullopt;
  return Owner{enterprise_id, rs.Text(0, "region_path")};
}

std::optional<EnterpriseRef> FindEnterprise(storage::Connection& conn, const api::Scope& s,
                                            int64_t id) {
  auto f = api::ScopeSql(s, "e.region_path", "e.id");
  auto rs = conn.Query("SELECT e.id, e.name, e.region_code, e.region_path FROM enterprises e "
                       "WHERE e.id = ? AND " + f.sql,
                       IdThenScope(id, f));
  if (rs.empty()) return std::nullopt;
  return EnterpriseRef{rs.Int(0, "id"), rs.Text(0, "name"), rs.Text(0, "region_code"),
                       rs.Text(0, "region_path")};
}

bool IsEnterpriseUser(storage::Connection& conn, int64_t enterprise_id, int64_t user_id) {
  return !conn.Query("SELECT 1 AS ok FROM users WHERE id = ? AND enterprise_id = ?",
                     {user_id, enterprise_id})
              .empty();
}

int64_t InsertObject(storage::Connection& conn, const Owner& o, const ObjectInput& in,
                     const std::string& now) {
  return conn
      .Query("INSERT INTO risk_objects (enterprise_id, region_path, name, hazard_code, "
             "description, created_at, updated_at) VALUES (?,?,?,?,?,?,?) RETURNING id",
             {o.enterprise_id, o.region_path, in.name, in.hazard_code, in.description, now, now})
      .Int(0, "id");
}

void UpdateObject(storage::Connection& conn, int64_t id, const ObjectInput& in,
                  const std::string& now) {
  conn.Exec("UPDATE risk_objects SET name = ?, hazard_code = ?, description = ?, updated_at = ? "
            "WHERE id = ?",
            {in.name, in.hazard_code, in.description, now, id});
}

int64_t InsertUnit(storage::Connection& conn, const Owner& o, const UnitInput& in,
                   const std::string& now) {
  return conn
      .Query("INSERT INTO risk_units (enterprise_id, region_path, risk_object_id, name, unit_type, "
             "department, responsible_person, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?) "
             "RETURNING id",
             {o.enterprise_id, o.region_path, in.risk_object_id, in.name, in.unit_type,
              in.department, in.responsible_person, now, now})
      .Int(0, "id");
}

void UpdateUnit(storage::Connection& conn, int64_t id, const UnitInput& in,
                const std::string& now) {
  conn.Exec("UPDATE risk_units SET risk_object_id = ?, name = ?, unit_type = ?, department = ?, "
            "responsible_person = ?, updated_at = ? WHERE id = ?",
            {in.risk_object_id, in.name, in.unit_type, in.department, in.responsible_person, now,
             id});
}

int64_t InsertEvent(storage::Connection& conn, const Owner& o, int64_t unit_id,
                    const EventInput& in, const std::string& now) {
  return conn
      .Query("INSERT INTO risk_events (enterprise_id, region_path, risk_unit_id, name, "
             "accident_type, hazard_factor, description, created_at, updated_at) VALUES "
             "(?,?,?,?,?,?,?,?,?) RETURNING id",
             {o.enterprise_id, o.region_path, unit_id, in.name, in.accident_type, in.hazard_factor,
              in.description, now, now})
      .Int(0, "id");
}

void UpdateEvent(storage::Connection& conn, int64_t id, const EventInput& in,
                 const std::string& now) {
  conn.Exec("UPDATE risk_events SET name = ?, accident_type = ?, hazard_factor = ?, "
            "description = ?, updated_at = ? WHERE id = ?",
            {in.name, in.accident_type, in.hazard_factor, in.description, now, id});
}

int64_t InsertMeasure(storage::Connection& conn, const Owner& o, int64_t unit_id,
                      int64_t event_id, const MeasureInput& in, const std::string& now) {
  return conn
      .Query("INSERT INTO control_measures (enterprise_id, region_path, risk_event_id, "
             "risk_unit_id, kind, control_level, description, owner_user_id, frequency, "
             "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
             {o.enterprise_id, o.region_path, event_id, unit_id, in.kind, in.control_level,
              in.description, storage::Nullable(in.owner_user_id), in.frequency, now, now})
      .Int(0, "id");
}

void UpdateMeasure(storage::Connection& conn, int64_t id, const MeasureInput& in,
                   const std::string& now) {
  conn.Exec("UPDATE control_measures SET kind = ?, control_level = ?, description = ?, "
            "owner_user_id = ?, frequency = ?, updated_at = ? WHERE id = ?",
            {in.kind, in.control_level, in.description, storage::Nullable(in.owner_user_id),
             in.frequency, now, id});
}

void SetActive(storage::Connection& conn, RegisterTable table, int64_t id, bool active,
               const std::string& now) {
  conn.Exec(std::string("UPDATE ") + TableName(table) +
                " SET active = ?, updated_at = ? WHERE id = ?",
            {int64_t{active ? 1 : 0}, now, id});
}

void SetPolygon(storage::Connection& conn, int64_t unit_id, const std::string& polygon_json,
                const std::string& now) {
  conn.Exec("UPDATE risk_units SET polygon_json = ?, updated_at = ? WHERE id = ?",
            {polygon_json, now, unit_id});
}

int64_t RecordAssessment(storage::Connection& conn, int64_t unit_id, int64_t enterprise_id,
                         AssessmentMethod method, const AssessmentInputs& in,
                         const AssessmentResult& result, std::optional<int64_t> user_id,
                         const std::string& user_name, const std::string& at) {
  std::string method_text(AssessmentMethodValue(method));
  std::string level(RiskLevelValue(result.level));
  int64_t id = conn.Query("INSERT INTO risk_assessments (risk_unit_id, enterprise_id, method, "
                          "l_value, e_value, c_value, s_value, score, level, assessed_by, "
                          "assessed_by_name, assessed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                          "RETURNING id",
                          {unit_id, enterprise_id, method_text, storage::Nullable(in.L),
                           storage::Nullable(in.E), storage::Nullable(in.C),
                           storage::Nullable(in.S), result.score, level,
                           storage::Nullable(user_id), user_name, at})
                   .Int(0, "id");
  conn.Exec("UPDATE risk_units SET current_method = ?, current_score = ?, current_level = ?, "
            "current_level_rank = ?, assessed_at = ?, updated_at = ? WHERE id = ?",
            {method_text, result.score, level, int64_t{RiskLevelRank(result.level)}, at, at,
             unit_id});
  return id;
}

std::optional<RiskObject> FindObject(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = api::ScopeSql(s, "o.region_path", "o.enterprise_id");
  auto rs = conn.Query(std::string(kObjectSelect) + "o.id = ? AND " + f.sql, IdThenScope(id, f));
  if (rs.empty()) return std::nullopt;
  return ObjectRow(rs, 0);
}

std::vector<RiskObject> ListObjects(storage::Connection& conn, const api::Scope& s,
                                    std::optional<int64_t> enterprise_id, bool include_inactive) {
  auto f = api::ScopeSql(s, "o.region_path", "o.enterprise_id");
  std::string sql = kObjectSelect + f.sql;
  auto params = f.params;
  if (enterprise_id) {
    sql += " AND o.enterprise_id = ?";
    params.emplace_back(*enterprise_id);
  }
  if (!include_inactive) sql += " AND o.active = 1";
  sql += " ORDER BY o.enterprise_id, o.id LIMIT 1000";
  auto rs = conn.Query(sql, params);
  std::vector<RiskObject> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(ObjectRow(rs, i));
  return out;
}

std::optional<RiskUnit> FindUnit(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = api::ScopeSql(s, "u.region_path", "u.enterprise_id");
  auto rs = conn.Query(std::string(kUnitSelect) + " WHERE u.id = ? AND " + f.sql,
                       IdThenScope(id, f));
  if (rs.empty()) return std::nullopt;
  return UnitRow(rs, 0);
}

std::optional<RiskEvent> FindEvent(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = api::ScopeSql(s, "v.region_path", "v.enterprise_id");
  auto rs = conn.Query(std::string("SELECT ") + kEventCols +
                           " FROM risk_events v WHERE v.id = ? AND " + f.sql,
                       IdThenScope(id, f));
  if (rs.empty()) return std::nullopt;
  return EventRow(rs, 0);
}

std::optional<ControlMeasure> FindMeasure(storage::Connection& conn, const api::Scope& s,
                                          int64_t id) {
  auto f = api::ScopeSql(s, "m.region_path", "m.enterprise_id");
  auto rs = conn.Query(std::string("SELECT ") + kMeasureCols +
                           " FROM control_measures m LEFT JOIN users us ON us.id = m.owner_user_id "
                           "WHERE m.id = ? AND " + f.sql,
                       IdThenScope(id, f));
  if (rs.empty()) return std::nullopt;
  return MeasureRow(rs, 0);
}

UnitDetail LoadUnitDetail(storage::Connection& conn, const RiskUnit& unit) {
  UnitDetail out{unit, {}, {}};
  auto ev = conn.Query(std::string("SELECT ") + kEventCols +
                           " FROM risk_events v WHERE v.risk_unit_id = ? ORDER BY v.id",
                       {unit.id});
  auto ms = conn.Query(std::string("SELECT ") + kMeasureCols +
                           " FROM control_measures m LEFT JOIN users us ON us.id = m.owner_user_id "
                           "WHERE m.risk_unit_id = ? ORDER BY m.id",
                       {unit.id});
  for (size_t i = 0; i < ev.size(); ++i) {
    auto e = EventRow(ev, i);
    for (size_t j = 0; j < ms.size(); ++j)
      if (ms.Int(j, "risk_event_id") == e.id) e.measures.push_back(MeasureRow(ms, j));
    out.events.push_back(std::move(e));
  }
  auto as = conn.Query(
      "SELECT a.id, a.method, a.l_value, a.e_value, a.c_value, a.s_value, a.score, a.level, "
      "a.assessed_by, a.assessed_by_name, a.assessed_at FROM risk_assessments a "
      "WHERE a.risk_unit_id = ? ORDER BY a.id DESC",
      {unit.id});
  for (size_t i = 0; i < as.size(); ++i) {
    AssessmentRow a;
    a.id = as.Int(i, "id");
    a.method = as.Text(i, "method");
    a.L = OptDouble(as, i, "l_value");
    a.E = OptDouble(as, i, "e_value");
    a.C = OptDouble(as, i, "c_value");
    a.S = OptDouble(as, i, "s_value");
    a.score = as.Double(i, "score");
    a.level = as.Text(i, "level");
    a.assessed_by = as.OptInt(i, "assessed_by");
    a.assessed_by_name = as.Text(i, "assessed_by_name");
    a.assessed_at = as.Text(i, "assessed_at");
    out.assessments.push_back(std::move(a));
  }
  return out;
}

std::pair<std::vector<RiskUnit>, int64_t> ListUnits(storage::Connection& conn,
                                                    const api::Scope& s, const UnitFilter& f,
                                                    int64_t limit, int64_t offset) {
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
  std::vector<RiskUnit> items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(UnitRow(rs, i));
  return {std::move(items), count.Int(0, "n")};
}

// ---- the four-colour map and the regional overview ---------------------------------------------

std::optional<SitePlan> FindSitePlan(storage::Connection& conn, int64_t enterprise_id) {
  auto rs = conn.Query("SELECT file_id, width, height, updated_at FROM risk_maps WHERE "
                       "enterprise_id = ?",
                       {enterprise_id});
  if (rs.empty()) return std::nullopt;
  return SitePlan{rs.Int(0, "file_id"), rs.Int(0, "width"), rs.Int(0, "height"),
                  rs.Text(0, "updated_at")};
}

void PutSitePlan(storage::Connection& conn, const Owner& o, const SitePlanInput& in, bool replace,
                 const std::string& now) {
  if (!replace)
    conn.Exec("INSERT INTO risk_maps (enterprise_id, region_path, file_id, width, height, "
              "updated_at) VALUES (?,?,?,?,?,?)",
              {o.enterprise_id, o.region_path, in.file_id, in.width, in.height, now});
  else
    conn.Exec("UPDATE risk_maps SET file_id = ?, width = ?, height = ?, updated_at = ? WHERE "
              "enterprise_id = ?",
              {in.file_id, in.width, in.height, now, o.enterprise_id});
}

std::optional<std::string> UploadMime(storage::Connection& conn, int64_t file_id,
                                      int64_t user_id) {
  auto rs = conn.Query("SELECT mime FROM files WHERE id = ? AND uploaded_by = ?",
                       {file_id, user_id});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "mime");
}

std::vector<OverviewRow> OverviewRows(storage::Connection& conn, const api::Scope& s,
                                      const std::string& region_path) {
  auto f = api::ScopeSql(s, "u.region_path", "u.enterprise_id");
  std::string where = f.sql;
  auto params = f.params;
  if (!region_path.empty()) {
    where += " AND u.region_path >= ? AND u.region_path < ?";
    params.emplace_back(region_path);
    params.emplace_back(api::PathUpperBound(region_path));
  }
  auto rs = conn.Query(
      "SELECT u.enterprise_id, e.name, e.region_code, e.region_path, MAX(u.current_level_rank) AS "
      "top_rank, SUM(CASE WHEN u.current_level_rank = 4 THEN 1 ELSE 0 END) AS major, "
      "SUM(CASE WHEN u.current_level_rank = 3 THEN 1 ELSE 0 END) AS high, "
      "SUM(CASE WHEN u.current_level_rank = 2 THEN 1 ELSE 0 END) AS moderate, "
      "SUM(CASE WHEN u.current_level_rank = 1 THEN 1 ELSE 0 END) AS low, COUNT(*) AS units "
      "FROM risk_units u JOIN enterprises e ON e.id = u.enterprise_id WHERE u.active = 1 AND " +
          where +
          " GROUP BY u.enterprise_id, e.name, e.region_code, e.region_path "
          "ORDER BY top_rank DESC, major DESC, high DESC, e.name",
      params);
  std::vector<OverviewRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "enterprise_id"), rs.Text(i, "name"), rs.Text(i, "region_code"),
                   rs.Text(i, "region_path"), rs.Int(i, "top_rank"), rs.Int(i, "major"),
                   rs.Int(i, "high"), rs.Int(i, "moderate"), rs.Int(i, "low"),
                   rs.Int(i, "units")});
  return out;
}

// ---- the register export ---------------------------------------------------------------------

std::vector<RegisterLine> RegisterLines(storage::Connection& conn, int64_t enterprise_id,
                                        int64_t limit) {
  auto rs = conn.Query(
      "SELECT o.name AS object_name, u.name AS unit_name, u.unit_type, u.department, "
      "u.responsible_person, u.current_method, u.current_score, u.current_level, "
      "v.name AS event_name, v.accident_type, v.hazard_factor, m.kind, m.description, "
      "m.control_level, COALESCE(us.display_name, '') AS owner_name, m.frequency "
      "FROM risk_units u JOIN risk_objects o ON o.id = u.risk_object_id "
      "LEFT JOIN risk_events v ON v.risk_unit_id = u.id AND v.active = 1 "
      "LEFT JOIN control_measures m ON m.risk_event_id = v.id AND m.active = 1 "
      "LEFT JOIN users us ON us.id = m.owner_user_id "
      "WHERE u.enterprise_id = ? AND u.active = 1 AND o.active = 1 "
      "ORDER BY u.current_level_rank DESC, o.id, u.id, v.id, m.id LIMIT ?",
      {enterprise_id, limit});
  std::vector<RegisterLine> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    auto text = [&](const char* c) { return rs.OptText(i, c).value_or(""); };
    RegisterLine l;
    l.object_name = text("object_name");
    l.unit_name = text("unit_name");
    l.unit_type = text("unit_type");
    l.department = text("department");
    l.responsible_person = text("responsible_person");
    l.current_method = text("current_method");
    l.current_score = OptDouble(rs, i, "current_score");
    l.current_level = rs.OptText(i, "current_level");
    l.event_name = text("event_name");
    l.accident_type = text("accident_type");
    l.hazard_factor = text("hazard_factor");
    l.kind = text("kind");
    l.description = text("description");
    l.control_level = text("control_level");
    l.owner_name = text("owner_name");
    l.frequency = rs.OptText(i, "frequency");
    out.push_back(std::move(l));
  }
  return out;
}

// ---- major hazard installations ----------------------------------------------------------------

namespace {

const char* kRoles[3] = {"principal", "technical", "operational"};

std::vector<Value> MajorHazardParams(const MajorHazardInput& h) {
  return {h.name,
          h.grade,
          storage::Nullable(h.risk_object_id),
          h.people[0][0],
          h.people[0][1],
          h.people[1][0],
          h.people[1][1],
          h.people[2][0],
          h.people[2][1],
          storage::Nullable(h.user_ids[0]),
          storage::Nullable(h.user_ids[1]),
          storage::Nullable(h.user_ids[2])};
}

}  // namespace

std::vector<MajorHazard> ListMajorHazards(storage::Connection& conn, const api::Scope& s,
                                          std::optional<int64_t> id,
                                          std::optional<int64_t> enterprise_id) {
  auto f = api::ScopeSql(s, "h.region_path", "h.enterprise_id");
  std::string sql =
      "SELECT h.*, e.name AS enterprise_name, o.name AS risk_object_name FROM major_hazards h "
      "JOIN enterprises e ON e.id = h.enterprise_id LEFT JOIN risk_objects o ON o.id = "
      "h.risk_object_id WHERE " + f.sql;
  auto p = f.params;
  if (id) {
    sql += " AND h.id = ?";
    p.emplace_back(*id);
  }
  if (enterprise_id) {
    sql += " AND h.enterprise_id = ?";
    p.emplace_back(*enterprise_id);
  }
  sql += " ORDER BY h.grade, h.id LIMIT 1000";
  auto rs = conn.Query(sql, p);
  std::vector<MajorHazard> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    MajorHazard h;
    h.id = rs.Int(i, "id");
    h.enterprise_id = rs.Int(i, "enterprise_id");
    h.enterprise_name = rs.Text(i, "enterprise_name");
    h.name = rs.Text(i, "name");
    h.grade = rs.Text(i, "grade");
    h.risk_object_id = rs.OptInt(i, "risk_object_id");
    h.risk_object_name = rs.Text(i, "risk_object_name");
    h.active = rs.Int(i, "active") != 0;
    h.updated_at = rs.Text(i, "updated_at");
    for (int r = 0; r < 3; ++r) {
      const std::string role(kRoles[r]);
      h.people[r].name = rs.Text(i, role + "_name");
      h.people[r].frequency = rs.Text(i, role + "_frequency");
      h.people[r].user_id = rs.OptInt(i, role + "_user_id");
    }
    out.push_back(std::move(h));
  }
  return out;
}

int64_t InsertMajorHazard(storage::Connection& conn, const Owner& o, const MajorHazardInput& in,
                          const std::string& now) {
  auto p = MajorHazardParams(in);
  p.insert(p.begin(), {o.enterprise_id, o.region_path});
  p.insert(p.end(), {now, now});
  return conn
      .Query("INSERT INTO major_hazards (enterprise_id, region_path, name, grade, "
             "risk_object_id, principal_name, principal_frequency, technical_name, "
             "technical_frequency, operational_name, operational_frequency, "
             "principal_user_id, technical_user_id, operational_user_id, "
             "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
             "RETURNING id",
             p)
      .Int(0, "id");
}

void UpdateMajorHazard(storage::Connection& conn, int64_t id, const MajorHazardInput& in,
                       const std::string& now) {
  auto p = MajorHazardParams(in);
  p.insert(p.end(), {now, id});
  conn.Exec("UPDATE major_hazards SET name = ?, grade = ?, risk_object_id = ?, principal_name = ?, "
            "principal_frequency = ?, technical_name = ?, technical_frequency = ?, "
            "operational_name = ?, operational_frequency = ?, principal_user_id = ?, "
            "technical_user_id = ?, operational_user_id = ?, updated_at = ? WHERE id = ?",
            p);
}

}  // namespace anjian::risk
