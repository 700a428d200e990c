#include "emergency/accidents/accident_investigation_repository.hpp"

#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::accidents {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT i.id, i.accident_id, i.lead_agency_id, i.team_leader, i.team_members, i.started_on, "
    "i.extension_days, i.extension_reason, i.report_submitted_on, i.report_file_id, "
    "i.approved_on, i.approval_document, i.cause, i.measures, i.version, i.created_by, "
    "i.created_at, i.updated_at, g.name AS agency_name, f.name AS file_name "
    "FROM accident_investigations i LEFT JOIN agencies g ON g.id = i.lead_agency_id "
    "LEFT JOIN files f ON f.id = i.report_file_id WHERE i.accident_id = ?";

InvestigationRow RowAt(const storage::ResultSet& rs, size_t i) {
  InvestigationRow r;
  r.id = rs.Int(i, "id");
  r.accident_id = rs.Int(i, "accident_id");
  r.lead_agency_id = rs.OptInt(i, "lead_agency_id");
  r.f.team_leader = rs.Text(i, "team_leader");
  r.f.team_members = rs.Text(i, "team_members");
  r.f.started_on = rs.Text(i, "started_on");
  r.f.extension_days = rs.Int(i, "extension_days");
  r.f.extension_reason = rs.Text(i, "extension_reason");
  r.f.report_submitted_on = rs.Text(i, "report_submitted_on");
  r.f.report_file_id = rs.OptInt(i, "report_file_id");
  r.f.approved_on = rs.Text(i, "approved_on");
  r.f.approval_document = rs.Text(i, "approval_document");
  r.f.cause = rs.Text(i, "cause");
  r.f.measures = rs.Text(i, "measures");
  r.version = rs.Int(i, "version");
  r.created_by = rs.Int(i, "created_by");
  r.created_at = rs.Text(i, "created_at");
  r.updated_at = rs.Text(i, "updated_at");
  if (!rs.IsNull(i, "agency_name")) r.lead_agency_name = rs.Text(i, "agency_name");
  if (!rs.IsNull(i, "file_name")) r.report_file_name = rs.Text(i, "file_name");
  return r;
}

std::vector<Value> FieldParams(const InvestigationFields& f) {
  return {f.team_leader,         f.team_members,
          f.started_on,          f.extension_days,
          f.extension_reason,    f.report_submitted_on,
          storage::Nullable(f.report_file_id),
          f.approved_on,         f.approval_document,
          f.cause,               f.measures};
}

constexpr const char* kFindingSelect =
    "SELECT x.id, x.investigation_id, x.accident_id, x.kind, x.title, x.description, "
    "x.responsible, x.credit_relevant, x.hidden_danger_id, x.created_by, x.created_at, "
    "x.converted_at, h.number AS hd_number FROM accident_investigation_findings x "
    "LEFT JOIN hidden_dangers h ON h.id = x.hidden_danger_id ";

FindingRow FindingAt(const storage::ResultSet& rs, size_t i) {
  FindingRow f;
  f.id = rs.Int(i, "id");
  f.investigation_id = rs.Int(i, "investigation_id");
  f.accident_id = rs.Int(i, "accident_id");
  f.kind = rs.Text(i, "kind");
  f.title = rs.Text(i, "title");
  f.description = rs.Text(i, "description");
  f.responsible = rs.Text(i, "responsible");
  f.credit_relevant = rs.Int(i, "credit_relevant") != 0;
  f.hidden_danger_id = rs.OptInt(i, "hidden_danger_id");
  f.created_by = rs.Int(i, "created_by");
  f.created_at = rs.Text(i, "created_at");
  if (!rs.IsNull(i, "converted_at")) f.converted_at = rs.Text(i, "converted_at");
  if (!rs.IsNull(i, "hd_number")) f.hidden_danger_number = rs.Text(i, "hd_number");
  return f;
}

}  // namespace

std::optional<InvestigationRow> FindInvestigation(storage::Connection& conn,
                                                  std::int64_t accident_id) {
  auto rs = conn.Query(kSelect, {accident_id});
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::optional<InvestigationRow> LockInvestigation(storage::Connection& conn,
                                                  std::int64_t accident_id) {
  conn.Query(std::string("SELECT id FROM accident_investigations WHERE accident_id = ?") +
                 storage::ForUpdate(conn),
             {accident_id});
  return FindInvestigation(conn, accident_id);
}

std::int64_t InsertInvestigation(storage::Connection& conn, std::int64_t accident_id,
                                 std::int64_t enterprise_id, const std::string& region_path,
                                 std::optional<std::int64_t> lead_agency_id,
                                 const InvestigationFields& f, std::int64_t by_user_id,
                                 const std::string& at) {
  std::vector<Value> params{accident_id, enterprise_id, region_path,
                            storage::Nullable(lead_agency_id)};
  auto fields = FieldParams(f);
  params.insert(params.end(), fields.begin(), fields.end());
  params.insert(params.end(), {by_user_id, at, at});
  auto rs = conn.Query(
      "INSERT INTO accident_investigations (accident_id, enterprise_id, region_path, "
      "lead_agency_id, team_leader, team_members, started_on, extension_days, extension_reason, "
      "report_submitted_on, report_file_id, approved_on, approval_document, cause, measures, "
      "version, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, 1, ?, ?, ?) RETURNING id",
      params);
  return rs.Int(0, "id");
}

void UpdateInvestigation(storage::Connection& conn, std::int64_t id, const InvestigationFields& f,
                         std::int64_t version, const std::string& at) {
  auto params = FieldParams(f);
  params.insert(params.end(), {version, at, id});
  conn.Exec(
      "UPDATE accident_investigations SET team_leader = ?, team_members = ?, started_on = ?, "
      "extension_days = ?, extension_reason = ?, report_submitted_on = ?, report_file_id = ?, "
      "approved_on = ?, approval_document = ?, cause = ?, measures = ?, version = ?, "
      "updated_at = ? WHERE id = ?",
      params);
}

void InsertInvestigationChange(storage::Connection& conn, std::int64_t investigation_id,
                               std::int64_t version, const std::string& action,
                               const std::string& data_json, std::int64_t by_user_id,
                               const std::string& at) {
  conn.Exec(
      "INSERT INTO accident_investigation_changes (investigation_id, version, action, data_json, "
      "by_user_id, at) VALUES (?, ?, ?, ?, ?, ?)",
      {investigation_id, version, action, data_json, by_user_id, at});
}

std::vector<InvestigationChangeRow> InvestigationChanges(storage::Connection& conn,
                                                         std::int64_t investigation_id) {
  auto rs = conn.Query(
      "SELECT c.version, c.action, c.data_json, c.by_user_id, c.at, u.display_name AS by_name "
      "FROM accident_investigation_changes c JOIN users u ON u.id = c.by_user_id "
      "WHERE c.investigation_id = ? ORDER BY c.id",
      {investigation_id});
  std::vector<InvestigationChangeRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "version"), rs.Int(i, "by_user_id"), rs.Text(i, "action"),
                   rs.Text(i, "data_json"), rs.Text(i, "by_name"), rs.Text(i, "at")});
  return out;
}

void LinkInvestigationFile(storage::Connection& conn, std::int64_t investigation_id,
                           std::int64_t file_id, const std::string& at) {
  conn.Exec(
      "INSERT INTO accident_investigation_files (investigation_id, file_id, at) VALUES (?, ?, ?)",
      {investigation_id, file_id, at});
}

std::int64_t InsertFinding(storage::Connection& conn, const FindingRow& f) {
  auto rs = conn.Query(
      "INSERT INTO accident_investigation_findings (investigation_id, accident_id, kind, title, "
      "description, responsible, credit_relevant, created_by, created_at) VALUES (?, ?, ?, ?, ?, "
      "?, ?, ?, ?) RETURNING id",
      {f.investigation_id, f.accident_id, f.kind, f.title, f.description, f.responsible,
       int64_t{f.credit_relevant ? 1 : 0}, f.created_by, f.created_at});
  return rs.Int(0, "id");
}

std::vector<FindingRow> Findings(storage::Connection& conn, std::int64_t accident_id) {
  auto rs = conn.Query(std::string(kFindingSelect) + "WHERE x.accident_id = ? ORDER BY x.id",
                       {accident_id});
  std::vector<FindingRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(FindingAt(rs, i));
  return out;
}

std::optional<FindingRow> LockFinding(storage::Connection& conn, std::int64_t accident_id,
                                      std::int64_t finding_id) {
  conn.Query(std::string("SELECT id FROM accident_investigation_findings WHERE id = ?") +
                 storage::ForUpdate(conn),
             {finding_id});
  auto rs = conn.Query(std::string(kFindingSelect) + "WHERE x.id = ? AND x.accident_id = ?",
                       {finding_id, accident_id});
  if (rs.empty()) return std::nullopt;
  return FindingAt(rs, 0);
}

void SetFindingHiddenDanger(storage::Connection& conn, std::int64_t finding_id,
                            std::int64_t hidden_danger_id, std::int64_t by_user_id,
                            const std::string& at) {
  conn.Exec(
      "UPDATE accident_investigation_findings SET hidden_danger_id = ?, converted_by = ?, "
      "converted_at = ? WHERE id = ?",
      {hidden_danger_id, by_user_id, at, finding_id});
}

}  // namespace anjian::accidents
