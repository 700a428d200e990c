#include "dual_prevention/hidden_danger/hidden_danger_repository.hpp"

#include <limits>

#include "dual_prevention/hidden_danger/hidden_danger_number_rules.hpp"

#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::hidden_danger {

using storage::Value;

const char* const kHiddenDangerColumns =
    "h.id, h.number, h.enterprise_id, e.name AS enterprise_name, h.region_path, h.industry, h.source, "
    "h.inspection_record_id, h.enforcement_inspection_id, h.risk_unit_id, h.referral_department, "
    "h.title, h.description, h.location, h.latitude, h.longitude, h.hazard_factor, h.accident_type, "
    "h.found_on, h.reported_by, COALESCE(ru.display_name, h.reporter_name) AS reported_by_name, h.reported_at, "
    "h.registered_by_regulator, h.state, h.level, h.is_open, h.owner_user_id, "
    "COALESCE(ou.display_name, h.owner_name) AS owner_name, h.measures, h.funds_fen, h.deadline, h.regulator_deadline, "
    "h.effective_deadline, h.plan, h.has_plan, h.under_listed_supervision, h.evidence, "
    "h.rectified_by_user_id, h.verified_by_user_id, h.closed_on, h.closed_on_time, "
    "h.created_at, h.updated_at";

const char* const kHiddenDangerFrom =
    " FROM hidden_dangers h JOIN enterprises e ON e.id = h.enterprise_id "
    "LEFT JOIN users ru ON ru.id = h.reported_by LEFT JOIN users ou ON ou.id = h.owner_user_id ";

HiddenDangerRecord RecordFrom(const storage::ResultSet& rs, size_t i) {
  HiddenDangerRecord r;
  r.id = rs.Int(i, "id");
  r.number = rs.Text(i, "number");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.region_path = rs.Text(i, "region_path");
  r.industry = rs.Text(i, "industry");
  r.source = rs.Text(i, "source");
  r.inspection_record_id = rs.OptInt(i, "inspection_record_id");
  r.enforcement_inspection_id = rs.OptInt(i, "enforcement_inspection_id");
  r.risk_unit_id = rs.OptInt(i, "risk_unit_id");
  r.referral_department = rs.Text(i, "referral_department");
  r.title = rs.Text(i, "title");
  r.description = rs.Text(i, "description");
  r.location = rs.Text(i, "location");
  if (!rs.IsNull(i, "latitude")) r.latitude = rs.Double(i, "latitude");
  if (!rs.IsNull(i, "longitude")) r.longitude = rs.Double(i, "longitude");
  r.hazard_factor = rs.Text(i, "hazard_factor");
  r.accident_type = rs.Text(i, "accident_type");
  r.found_on = rs.Text(i, "found_on");
  r.reported_by = rs.OptInt(i, "reported_by");
  r.reported_by_name = rs.Text(i, "reported_by_name");
  r.reported_at = rs.Text(i, "reported_at");
  r.registered_by_regulator = rs.Int(i, "registered_by_regulator") != 0;
  r.state = rs.Text(i, "state");
  r.level = rs.Text(i, "level");
  r.is_open = rs.Int(i, "is_open") != 0;
  r.owner_user_id = rs.OptInt(i, "owner_user_id");
  r.owner_name = rs.OptText(i, "owner_name");
  r.measures = rs.Text(i, "measures");
  r.funds_fen = rs.OptInt(i, "funds_fen");
  r.deadline = rs.OptText(i, "deadline");
  r.regulator_deadline = rs.OptText(i, "regulator_deadline");
  r.effective_deadline = rs.OptText(i, "effective_deadline");
  r.has_plan = rs.Int(i, "has_plan") != 0;
  r.under_listed_supervision = rs.Int(i, "under_listed_supervision") != 0;
  r.evidence = rs.Text(i, "evidence");
  r.rectified_by_user_id = rs.OptInt(i, "rectified_by_user_id");
  r.verified_by_user_id = rs.OptInt(i, "verified_by_user_id");
  r.closed_on = rs.OptText(i, "closed_on");
  if (!rs.IsNull(i, "closed_on_time")) r.closed_on_time = rs.Int(i, "closed_on_time") != 0;
  r.created_at = rs.Text(i, "created_at");
  r.updated_at = rs.Text(i, "updated_at");
  return r;
}

HiddenDangerSnapshot SnapshotOf(const HiddenDangerRecord& r) {
  HiddenDangerSnapshot s;
  s.state = ParseHiddenDangerState(r.state).value_or(HiddenDangerState::kReported);
  s.level = ParseHiddenDangerLevel(r.level).value_or(HiddenDangerLevel::kUnassessed);
  s.registered_by_regulator = r.registered_by_regulator;
  s.has_plan = r.has_plan;
  s.under_listed_supervision = r.under_listed_supervision;
  s.regulator_deadline = r.regulator_deadline;
  s.owner_user_id = r.owner_user_id;
  s.measures = r.measures;
  s.funds_fen = r.funds_fen;
  s.deadline = r.deadline;
  s.rectified_by_user_id = r.rectified_by_user_id;
  s.verified_by_user_id = r.verified_by_user_id;
  return s;
}

std::optional<HiddenDangerRecord> FindHiddenDanger(storage::Connection& conn,
                                                   const api::Scope& scope, int64_t id,
                                                   bool lock) {
  auto sf = api::ScopeSql(scope, "h.region_path", "h.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(std::string("SELECT ") + kHiddenDangerColumns + kHiddenDangerFrom +
                           "WHERE h.id = ? AND " + sf.sql +
                           (lock ? storage::ForUpdate(conn, "h") : std::string()),
                       params);
  if (rs.empty()) return std::nullopt;
  return RecordFrom(rs, 0);
}

std::vector<HiddenDangerRecord> FindingsOfEnforcementInspection(storage::Connection& conn,
                                                                int64_t enforcement_inspection_id) {
  auto rs = conn.Query(std::string("SELECT ") + kHiddenDangerColumns + kHiddenDangerFrom +
                           "WHERE h.enforcement_inspection_id = ? ORDER BY h.id",
                       {enforcement_inspection_id});
  std::vector<HiddenDangerRecord> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RecordFrom(rs, i));
  return out;
}

std::optional<EnterpriseInfo> FindEnterpriseInScope(storage::Connection& conn,
                                                    const api::Scope& scope, int64_t id) {
  auto sf = api::ScopeSql(scope, "region_path", "id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query("SELECT name, region_path, industry FROM enterprises WHERE id = ? AND " +
                           sf.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  return EnterpriseInfo{rs.Text(0, "name"), rs.Text(0, "region_path"), rs.Text(0, "industry")};
}

bool InspectionRecordOfEnterprise(storage::Connection& conn, int64_t record_id,
                                  int64_t enterprise_id) {
  return !conn
              .Query("SELECT 1 AS ok FROM inspection_records WHERE id = ? AND enterprise_id = ?",
                     {record_id, enterprise_id})
              .empty();
}

bool RiskUnitOfEnterprise(storage::Connection& conn, int64_t risk_unit_id, int64_t enterprise_id) {
  return !conn
              .Query("SELECT 1 AS ok FROM risk_units WHERE id = ? AND enterprise_id = ?",
                     {risk_unit_id, enterprise_id})
              .empty();
}

bool EnforcementInspectionOfEnterprise(storage::Connection& conn, int64_t inspection_id,
                                       int64_t enterprise_id) {
  return !conn
              .Query(
                  "SELECT 1 AS ok FROM enforcement_inspections WHERE id = ? AND enterprise_id = ?",
                  {inspection_id, enterprise_id})
              .empty();
}

bool ActiveUserOfEnterprise(storage::Connection& conn, int64_t user_id, int64_t enterprise_id) {
  return !conn
              .Query(
                  "SELECT 1 AS ok FROM users WHERE id = ? AND enterprise_id = ? AND status = "
                  "'active'",
                  {user_id, enterprise_id})
              .empty();
}

int64_t InsertHiddenDanger(storage::Connection& conn, const HiddenDangerInsert& in) {
  auto rs = conn.Query(
      "INSERT INTO hidden_dangers (enterprise_id, region_path, industry, source, "
      "inspection_record_id, enforcement_inspection_id, risk_unit_id, referral_department, "
      "title, description, location, latitude, longitude, hazard_factor, accident_type, found_on, found_month, "
      "reported_by, reporter_name, reported_at, registered_by_regulator, state, level, is_open, deadline, "
      "effective_deadline, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) "
      "RETURNING id",
      {in.enterprise_id, in.region_path, in.industry, in.source,
       storage::Nullable(in.inspection_record_id),
       storage::Nullable(in.enforcement_inspection_id),
       storage::Nullable(in.risk_unit_id), in.referral_department,
       in.title, in.description, in.location,
       storage::Nullable(in.latitude),
       storage::Nullable(in.longitude), in.hazard_factor, in.accident_type, in.found_on,
       in.found_on.substr(0, 7), storage::Nullable(in.reported_by), in.reporter_name, in.now,
       static_cast<int64_t>(in.registered_by_regulator),
       std::string(HiddenDangerStateValue(HiddenDangerState::kReported)),
       std::string(HiddenDangerLevelValue(HiddenDangerLevel::kUnassessed)),
       in.deadline.empty() ? Value(nullptr) : Value(in.deadline),
       in.deadline.empty() ? Value(nullptr) : Value(in.deadline), in.now, in.now});
  const int64_t id = rs.Int(0, "id");
  conn.Exec("UPDATE hidden_dangers SET number = ? WHERE id = ?",
            {HiddenDangerNumber(in.found_on, id), id});
  return id;
}

void AssignMissingNumbers(storage::Connection& conn) {
  // The SQL twin of HiddenDangerNumber (as in migration V033); hidden_danger_number_test checks
  // they agree.
  conn.Exec(
      "UPDATE hidden_dangers SET number = 'YH' || replace(found_on, '-', '') || '-' || "
      "CASE WHEN id < 10 THEN '00000' WHEN id < 100 THEN '0000' WHEN id < 1000 THEN '000' "
      "WHEN id < 10000 THEN '00' WHEN id < 100000 THEN '0' ELSE '' END || id "
      "WHERE number = ''");
}

void StoreClassification(storage::Connection& conn, int64_t id, const std::string& hazard_factor,
                         const std::string& accident_type) {
  conn.Exec("UPDATE hidden_dangers SET hazard_factor = ?, accident_type = ? WHERE id = ?",
            {hazard_factor, accident_type, id});
}

void StoreSnapshot(storage::Connection& conn, int64_t id, const HiddenDangerSnapshot& s,
                   const std::string& now, const std::string& today) {
  const bool open = IsOpen(s.state);
  const auto effective = EffectiveDeadline(s);
  Value closed_on = nullptr, on_time = nullptr;
  if (s.state == HiddenDangerState::kClosed) {
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
      {std::string(HiddenDangerStateValue(s.state)), std::string(HiddenDangerLevelValue(s.level)),
       static_cast<int64_t>(open), storage::Nullable(s.owner_user_id), storage::Nullable(s.owner_user_id),
       s.measures, storage::Nullable(s.funds_fen), storage::Nullable(s.deadline),
       storage::Nullable(s.regulator_deadline), storage::Nullable(effective),
       static_cast<int64_t>(s.has_plan), static_cast<int64_t>(s.under_listed_supervision),
       storage::Nullable(s.rectified_by_user_id), storage::Nullable(s.verified_by_user_id), closed_on,
       on_time, now, id});
}

void StorePlan(storage::Connection& conn, int64_t id, const std::string& plan) {
  conn.Exec("UPDATE hidden_dangers SET plan = ? WHERE id = ?", {plan, id});
}

void StoreEvidence(storage::Connection& conn, int64_t id, const std::string& evidence) {
  conn.Exec("UPDATE hidden_dangers SET evidence = ? WHERE id = ?", {evidence, id});
}

int64_t AppendTransition(storage::Connection& conn, int64_t hidden_danger_id,
                         const std::string& action, const std::string& from_state,
                         const std::string& to_state, std::optional<int64_t> actor_user_id,
                         const std::string& actor_name, const std::string& at,
                         const std::string& reason, const std::string& details_json) {
  // Every change of a hidden danger comes with a transition: cached reads go stale here.
  BumpHiddenDangerRevision(conn);
  auto rs = conn.Query(
      "INSERT INTO hidden_danger_transitions (hidden_danger_id, action, from_state, to_state, "
      "actor_user_id, actor_name, at, reason, details_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {hidden_danger_id, action, from_state, to_state, storage::Nullable(actor_user_id), actor_name, at,
       reason, details_json});
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

bool HasRecheckOrder(storage::Connection& conn, int64_t hidden_danger_id) {
  return !conn
              .Query("SELECT 1 AS ok FROM hidden_dangers h JOIN enforcement_inspections i ON "
                     "i.id = h.enforcement_inspection_id WHERE h.id = ? AND i.recheck_required = 1",
                     {hidden_danger_id})
              .empty();
}

bool HasCongressReport(storage::Connection& conn, int64_t hidden_danger_id) {
  return !conn
              .Query("SELECT 1 AS ok FROM hidden_danger_transitions WHERE hidden_danger_id = ? "
                     "AND action = 'report_congress'",
                     {hidden_danger_id})
              .empty();
}

std::vector<TransitionRecord> Transitions(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT id, action, from_state, to_state, actor_user_id, actor_name, at, reason, "
      "details_json FROM hidden_danger_transitions WHERE hidden_danger_id = ? ORDER BY id",
      {id});
  std::vector<TransitionRecord> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "action"), rs.Text(i, "from_state"),
                   rs.Text(i, "to_state"),
                   rs.OptInt(i, "actor_user_id"),
                   rs.Text(i, "actor_name"), rs.Text(i, "at"), rs.Text(i, "reason"),
                   rs.Text(i, "details_json")});
  return out;
}

std::vector<PhotoRecord> Photos(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT p.file_id, p.phase, p.transition_id, f.name, f.mime, f.size FROM "
      "hidden_danger_photos p JOIN files f ON f.id = p.file_id WHERE p.hidden_danger_id = ? "
      "ORDER BY p.file_id",
      {id});
  std::vector<PhotoRecord> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "file_id"), rs.Text(i, "phase"), rs.Text(i, "name"),
                   rs.Text(i, "mime"), rs.Int(i, "size")});
  return out;
}

std::vector<UserName> ActiveUsersOfEnterprise(storage::Connection& conn, int64_t enterprise_id) {
  auto users = conn.Query(
      "SELECT id, display_name FROM users WHERE enterprise_id = ? AND status = 'active' "
      "ORDER BY id",
      {enterprise_id});
  std::vector<UserName> out;
  out.reserve(users.size());
  for (size_t i = 0; i < users.size(); ++i)
    out.push_back({users.Int(i, "id"), users.Text(i, "display_name")});
  return out;
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

std::vector<Recipient> Recipients(storage::Connection& conn, const std::vector<int64_t>& ids) {
  std::vector<Recipient> out;
  for (int64_t id : ids) {
    auto rs = conn.Query("SELECT id, display_name, email FROM users WHERE id = ?", {id});
    if (!rs.empty()) out.push_back({id, rs.Text(0, "display_name"), rs.Text(0, "email")});
  }
  return out;
}

std::optional<std::string> EscalationSettingText(storage::Connection& conn) {
  auto rs = conn.Query("SELECT value FROM settings WHERE key = 'hidden_danger_escalation'");
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "value");
}

std::vector<DeadlineCandidate> OpenWithDeadlineBy(storage::Connection& conn,
                                                  const std::string& horizon, int64_t after_id,
                                                  int64_t limit) {
  auto rs = conn.Query(
      "SELECT h.id, h.number, h.title, h.enterprise_id, h.region_path, h.owner_user_id, "
      "h.effective_deadline, e.name AS enterprise_name FROM hidden_dangers h "
      "JOIN enterprises e ON e.id = h.enterprise_id "
      "WHERE h.is_open = 1 AND h.effective_deadline IS NOT NULL AND h.effective_deadline <= ? "
      "AND h.id > ? ORDER BY h.id LIMIT ?",
      {horizon, after_id, limit});
  std::vector<DeadlineCandidate> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "title"), rs.Int(i, "enterprise_id"),
                   rs.Text(i, "region_path"), rs.OptInt(i, "owner_user_id"),
                   rs.Text(i, "effective_deadline"), rs.Text(i, "enterprise_name"),
                   rs.Text(i, "number")});
  return out;
}

std::vector<DeadlineCandidate> OpenWithDeadlineBy(storage::Connection& conn,
                                                  const std::string& horizon) {
  return OpenWithDeadlineBy(conn, horizon, 0, std::numeric_limits<int64_t>::max());
}

std::optional<std::string> MigrationAppliedAt(storage::Connection& conn, int64_t version) {
  auto rs = conn.Query("SELECT applied_at FROM schema_migrations WHERE version = ?", {version});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "applied_at");
}

std::vector<AssessmentCandidate> UnassessedReportedBy(storage::Connection& conn,
                                                      const std::string& reported_from,
                                                      const std::string& reported_by,
                                                      int64_t after_id, int64_t limit) {
  auto rs = conn.Query(
      "SELECT h.id, h.number, h.title, h.enterprise_id, h.region_path, h.reported_at, "
      "e.name AS enterprise_name FROM hidden_dangers h "
      "JOIN enterprises e ON e.id = h.enterprise_id "
      "WHERE h.state = 'reported' AND h.reported_at >= ? AND h.reported_at <= ? AND h.id > ? "
      "ORDER BY h.id LIMIT ?",
      {reported_from, reported_by, after_id, limit});
  std::vector<AssessmentCandidate> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "title"), rs.Int(i, "enterprise_id"),
                   rs.Text(i, "region_path"), rs.Text(i, "reported_at"),
                   rs.Text(i, "enterprise_name"), rs.Text(i, "number")});
  return out;
}

std::vector<AssessmentCandidate> UnassessedReportedBy(storage::Connection& conn,
                                                      const std::string& reported_from,
                                                      const std::string& reported_by) {
  return UnassessedReportedBy(conn, reported_from, reported_by, 0,
                              std::numeric_limits<int64_t>::max());
}

bool DeadlineNoticeSent(storage::Connection& conn, int64_t hidden_danger_id,
                        const std::string& stage, const std::string& deadline) {
  return !conn
              .Query(
                  "SELECT 1 AS ok FROM hidden_danger_deadline_notices WHERE hidden_danger_id = ? AND "
                  "stage = ? AND deadline = ?",
                  {hidden_danger_id, stage, deadline})
              .empty();
}

void RecordDeadlineNotice(storage::Connection& conn, int64_t hidden_danger_id,
                          const std::string& stage, const std::string& deadline,
                          const std::string& sent_at) {
  conn.Exec(
      "INSERT INTO hidden_danger_deadline_notices (hidden_danger_id, stage, deadline, "
      "sent_at) VALUES (?, ?, ?, ?)",
      {hidden_danger_id, stage, deadline, sent_at});
}

int64_t HiddenDangerRevision(storage::Connection& conn) {
  auto rs = conn.Query("SELECT revision FROM hidden_danger_revision WHERE id = 1");
  return rs.empty() ? 0 : rs.Int(0, "revision");
}

void BumpHiddenDangerRevision(storage::Connection& conn) {
  conn.Exec("UPDATE hidden_danger_revision SET revision = revision + 1 WHERE id = 1");
}

std::optional<int64_t> DerivedHiddenDangerId(storage::Connection& conn,
                                             const std::string& derived_key) {
  auto rs = conn.Query(
      "SELECT hidden_danger_id FROM hidden_danger_derivations WHERE derived_key = ?",
      {derived_key});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "hidden_danger_id");
}

void InsertDerivation(storage::Connection& conn, const DerivationRecord& row,
                      int64_t enterprise_id) {
  conn.Exec(
      "INSERT INTO hidden_danger_derivations (derived_key, hidden_danger_id, enterprise_id, "
      "basis, basis_text_zh, basis_text_en, origin_kind, origin_id, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {row.derived_key, row.hidden_danger_id, enterprise_id, row.basis, row.basis_text_zh,
       row.basis_text_en, row.origin_kind, storage::Nullable(row.origin_id), row.created_at});
}

std::optional<DerivationRecord> DerivationOf(storage::Connection& conn,
                                             int64_t hidden_danger_id) {
  auto rs = conn.Query(
      "SELECT derived_key, basis, basis_text_zh, basis_text_en, origin_kind, origin_id, "
      "created_at FROM hidden_danger_derivations WHERE hidden_danger_id = ?",
      {hidden_danger_id});
  if (rs.empty()) return std::nullopt;
  DerivationRecord d;
  d.derived_key = rs.Text(0, "derived_key");
  d.basis = rs.Text(0, "basis");
  d.basis_text_zh = rs.Text(0, "basis_text_zh");
  d.basis_text_en = rs.Text(0, "basis_text_en");
  d.origin_kind = rs.Text(0, "origin_kind");
  d.origin_id = rs.OptInt(0, "origin_id");
  d.created_at = rs.Text(0, "created_at");
  d.hidden_danger_id = hidden_danger_id;
  return d;
}

}  // namespace anjian::hidden_danger
