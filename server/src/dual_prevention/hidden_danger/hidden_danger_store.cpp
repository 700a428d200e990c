#include "dual_prevention/hidden_danger/hidden_danger_store.hpp"

#include <boost/json.hpp>

#include "platform/api/json.hpp"
#include "core/civil_date.hpp"
#include "dual_prevention/hidden_danger/deadline_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_source_rules.hpp"
#include "dual_prevention/hidden_danger/read_cache.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::hazard {

namespace json = boost::json;
using storage::Value;

const char* const kHiddenDangerColumns =
    "h.id, h.enterprise_id, e.name AS enterprise_name, h.region_path, h.industry, h.source, "
    "h.inspection_record_id, h.enforcement_inspection_id, h.risk_unit_id, h.referral_department, "
    "h.title, h.description, h.location, h.latitude, h.longitude, h.hazard_factor, h.found_on, "
    "h.reported_by, COALESCE(ru.display_name, h.reporter_name) AS reported_by_name, h.reported_at, "
    "h.registered_by_regulator, h.state, h.level, h.is_open, h.owner_user_id, "
    "COALESCE(ou.display_name, h.owner_name) AS owner_name, h.measures, h.funds_fen, h.deadline, h.regulator_deadline, "
    "h.effective_deadline, h.plan, h.has_plan, h.under_listed_supervision, h.evidence, "
    "h.rectified_by_user_id, h.verified_by_user_id, h.closed_on, h.closed_on_time, "
    "h.created_at, h.updated_at";

const char* const kHiddenDangerFrom =
    " FROM hidden_dangers h JOIN enterprises e ON e.id = h.enterprise_id "
    "LEFT JOIN users ru ON ru.id = h.reported_by LEFT JOIN users ou ON ou.id = h.owner_user_id ";

HiddenDangerRow RowFrom(const storage::ResultSet& rs, size_t i) {
  HiddenDangerRow r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.region_path = rs.Text(i, "region_path");
  r.source = rs.Text(i, "source");
  r.title = rs.Text(i, "title");
  auto& s = r.snapshot;
  s.state = dp::ParseHiddenDangerState(rs.Text(i, "state")).value_or(dp::HiddenDangerState::kReported);
  s.level = dp::ParseHiddenDangerLevel(rs.Text(i, "level")).value_or(dp::HiddenDangerLevel::kUnassessed);
  s.registered_by_regulator = rs.Int(i, "registered_by_regulator") != 0;
  s.has_plan = rs.Int(i, "has_plan") != 0;
  s.under_listed_supervision = rs.Int(i, "under_listed_supervision") != 0;
  s.regulator_deadline = rs.OptText(i, "regulator_deadline");
  s.owner_user_id = rs.OptInt(i, "owner_user_id");
  s.measures = rs.Text(i, "measures");
  s.funds_fen = rs.OptInt(i, "funds_fen");
  s.deadline = rs.OptText(i, "deadline");
  s.rectified_by_user_id = rs.OptInt(i, "rectified_by_user_id");
  s.verified_by_user_id = rs.OptInt(i, "verified_by_user_id");
  return r;
}

namespace {

json::value OptInt(const storage::ResultSet& rs, size_t i, const char* col) {
  auto v = rs.OptInt(i, col);
  return v ? json::value(*v) : json::value(nullptr);
}

json::value OptNum(const storage::ResultSet& rs, size_t i, const char* col) {
  if (rs.IsNull(i, col)) return nullptr;
  return rs.Double(i, col);
}

}  // namespace

json::object HiddenDangerJson(const storage::ResultSet& rs, size_t i, const std::string& today) {
  const auto state = dp::ParseHiddenDangerState(rs.Text(i, "state"));
  const auto level = dp::ParseHiddenDangerLevel(rs.Text(i, "level"));
  const auto source = dp::ParseHiddenDangerSource(rs.Text(i, "source"));
  const bool open = rs.Int(i, "is_open") != 0;
  const auto effective = rs.OptText(i, "effective_deadline");
  json::object o{
      {"id", rs.Int(i, "id")},
      {"enterprise_id", rs.Int(i, "enterprise_id")},
      {"enterprise_name", rs.Text(i, "enterprise_name")},
      {"region_path", rs.Text(i, "region_path")},
      {"industry", rs.Text(i, "industry")},
      {"source", rs.Text(i, "source")},
      {"source_label_zh", source ? dp::HiddenDangerSourceLabelZh(*source) : ""},
      {"source_label_en", source ? dp::HiddenDangerSourceLabelEn(*source) : ""},
      {"inspection_record_id", OptInt(rs, i, "inspection_record_id")},
      {"enforcement_inspection_id", OptInt(rs, i, "enforcement_inspection_id")},
      {"risk_unit_id", OptInt(rs, i, "risk_unit_id")},
      {"referral_department", rs.Text(i, "referral_department")},
      {"title", rs.Text(i, "title")},
      {"description", rs.Text(i, "description")},
      {"location", rs.Text(i, "location")},
      {"latitude", OptNum(rs, i, "latitude")},
      {"longitude", OptNum(rs, i, "longitude")},
      {"hazard_factor", rs.Text(i, "hazard_factor")},
      {"found_on", rs.Text(i, "found_on")},
      {"reported_by", OptInt(rs, i, "reported_by")},
      {"reported_by_name", rs.Text(i, "reported_by_name")},
      {"reported_at", rs.Text(i, "reported_at")},
      {"registered_by_regulator", rs.Int(i, "registered_by_regulator") != 0},
      {"state", rs.Text(i, "state")},
      {"state_label_zh", state ? dp::HiddenDangerStateLabelZh(*state) : ""},
      {"state_label_en", state ? dp::HiddenDangerStateLabelEn(*state) : ""},
      {"level", rs.Text(i, "level")},
      {"level_label_zh", level ? dp::HiddenDangerLevelLabelZh(*level) : ""},
      {"level_label_en", level ? dp::HiddenDangerLevelLabelEn(*level) : ""},
      {"is_open", open},
      {"owner_user_id", OptInt(rs, i, "owner_user_id")},
      {"owner_name", api::NullableStr(rs.OptText(i, "owner_name"))},
      {"measures", rs.Text(i, "measures")},
      {"funds_fen", OptInt(rs, i, "funds_fen")},
      {"deadline", api::NullableStr(rs.OptText(i, "deadline"))},
      {"regulator_deadline", api::NullableStr(rs.OptText(i, "regulator_deadline"))},
      {"effective_deadline", api::NullableStr(effective)},
      {"has_plan", rs.Int(i, "has_plan") != 0},
      {"under_listed_supervision", rs.Int(i, "under_listed_supervision") != 0},
      {"evidence", rs.Text(i, "evidence")},
      {"rectified_by_user_id", OptInt(rs, i, "rectified_by_user_id")},
      {"verified_by_user_id", OptInt(rs, i, "verified_by_user_id")},
      {"closed_on", api::NullableStr(rs.OptText(i, "closed_on"))},
      {"closed_on_time", rs.IsNull(i, "closed_on_time")
                             ? json::value(nullptr)
                             : json::value(rs.Int(i, "closed_on_time") != 0)},
      {"created_at", rs.Text(i, "created_at")},
      {"updated_at", rs.Text(i, "updated_at")},
  };
  bool overdue = false;
  int64_t days_overdue = 0;
  if (open && effective) {
    const auto d = dp::ParseIsoDate(*effective);
    const auto t = dp::ParseIsoDate(today);
    if (d && t && *d < *t) {
      overdue = true;
      days_overdue = dp::DaysBetween(*d, *t);
    }
  }
  o["overdue"] = overdue;
  o["days_overdue"] = days_overdue;
  return o;
}

std::optional<storage::ResultSet> FindHiddenDanger(storage::Connection& conn,
                                                   const api::Scope& scope, int64_t id,
                                                   bool lock) {
  auto sf = api::ScopeSql(scope, "h.region_path", "h.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  const bool pg = conn.dialect() == storage::Dialect::kPostgres;
  auto rs = conn.Query(std::string("SELECT ") + kHiddenDangerColumns + kHiddenDangerFrom +
                           "WHERE h.id = ? AND " + sf.sql + (lock && pg ? " FOR UPDATE OF h" : ""),
                       params);
  if (rs.empty()) return std::nullopt;
  return rs;
}

void StoreSnapshot(storage::Connection& conn, int64_t id, const dp::HiddenDangerSnapshot& s,
                   const std::string& now, const std::string& today) {
  const bool open = dp::IsOpen(s.state);
  const auto effective = dp::EffectiveDeadline(s);
  Value closed_on = nullptr, on_time = nullptr;
  if (s.state == dp::HiddenDangerState::kClosed) {
    closed_on = today;
    on_time = static_cast<int64_t>(!effective || today <= *effective);
  }
  // closed_on is kept from the first closure; the other columns follow the snapshot.
  conn.Exec(
      "UPDATE hidden_dangers SET state = ?, level = ?, is_open = ?, owner_user_id = ?, "
      "owner_name = COALESCE((SELECT display_name FROM users WHERE id = ?), owner_name), "
      "measures = ?, funds_fen = ?, deadline = ?, regulator_deadline = ?, "
      "effective_deadline = ?, has_plan = ?, under_listed_supervision = ?, "
      "rectified_by_user_id = ?, verified_by_user_id = ?, "
      "closed_on = COALESCE(closed_on, ?), closed_on_time = COALESCE(closed_on_time, ?), "
      "updated_at = ? WHERE id = ?",
      {std::string(dp::HiddenDangerStateValue(s.state)), std::string(dp::HiddenDangerLevelValue(s.level)),
       static_cast<int64_t>(open), storage::Nullable(s.owner_user_id), storage::Nullable(s.owner_user_id),
       s.measures, storage::Nullable(s.funds_fen), storage::Nullable(s.deadline),
       storage::Nullable(s.regulator_deadline), storage::Nullable(effective),
       static_cast<int64_t>(s.has_plan), static_cast<int64_t>(s.under_listed_supervision),
       storage::Nullable(s.rectified_by_user_id), storage::Nullable(s.verified_by_user_id), closed_on,
       on_time, now, id});
}

int64_t AppendTransition(storage::Connection& conn, int64_t hidden_danger_id,
                         const std::string& action, const std::string& from_state,
                         const std::string& to_state, std::optional<int64_t> actor_user_id,
                         const std::string& actor_name, const std::string& at,
                         const std::string& reason, const json::object& details) {
  // Every change of a hidden danger comes with a transition: cached reads go stale here.
  BumpHiddenDangerRevision(conn);
  auto rs = conn.Query(
      "INSERT INTO hidden_danger_transitions (hidden_danger_id, action, from_state, to_state, "
      "actor_user_id, actor_name, at, reason, details_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {hidden_danger_id, action, from_state, to_state, storage::Nullable(actor_user_id), actor_name, at,
       reason, json::serialize(details)});
  return rs.Int(0, "id");
}

void AttachPhotos(storage::Connection& conn, int64_t hidden_danger_id,
                  const std::vector<int64_t>& file_ids, const std::string& phase,
                  std::optional<int64_t> transition_id) {
  for (int64_t f : file_ids) {
    conn.Exec(
        "INSERT INTO hidden_danger_photos (hidden_danger_id, file_id, phase, transition_id) "
        "VALUES (?, ?, ?, ?)",
        {hidden_danger_id, f, phase, storage::Nullable(transition_id)});
  }
}

namespace {

std::vector<int64_t> Ids(const storage::ResultSet& rs) {
  std::vector<int64_t> ids;
  for (size_t i = 0; i < rs.size(); ++i) ids.push_back(rs.Int(i, "id"));
  return ids;
}

}  // namespace

std::vector<int64_t> EnterpriseManagerIds(storage::Connection& conn, int64_t enterprise_id) {
  return Ids(conn.Query(
      "SELECT DISTINCT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
      "WHERE u.enterprise_id = ? AND u.status = 'active' "
      "AND r.role IN ('ent_principal', 'ent_safety_officer') ORDER BY u.id",
      {enterprise_id}));
}

std::vector<int64_t> EnterprisePrincipalIds(storage::Connection& conn, int64_t enterprise_id) {
  return Ids(conn.Query(
      "SELECT DISTINCT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
      "WHERE u.enterprise_id = ? AND u.status = 'active' AND r.role = 'ent_principal' "
      "ORDER BY u.id",
      {enterprise_id}));
}

std::vector<int64_t> SupervisingRegulatorIds(storage::Connection& conn,
                                             const std::string& enterprise_region_path) {
  // The region path's prefixes, deepest first: the county bureau if there is one, else the
  // city's, and so on up.
  std::vector<std::string> prefixes;
  for (size_t pos = enterprise_region_path.size(); pos > 1;) {
    prefixes.push_back(enterprise_region_path.substr(0, pos));
    pos = enterprise_region_path.rfind('/', pos - 2);
    if (pos == std::string::npos) break;
    ++pos;
  }
  for (const auto& prefix : prefixes) {
    auto ids = Ids(conn.Query(
        "SELECT DISTINCT u.id FROM users u JOIN agencies a ON a.id = u.agency_id "
        "JOIN user_roles r ON r.user_id = u.id "
        "WHERE a.region_path = ? AND a.status = 'active' AND u.status = 'active' "
        "AND r.role = 'regulator_rw' ORDER BY u.id",
        {prefix}));
    if (!ids.empty()) return ids;
  }
  return {};
}

}  // namespace anjian::hazard
