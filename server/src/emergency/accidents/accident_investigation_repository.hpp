// The SQL of accident investigations (事故调查, V043): accident_investigations (one per accident),
// accident_investigation_changes (every version appended), accident_investigation_files (the
// report file as an owner link of the files area) and accident_investigation_findings. The
// accident itself is found in the caller's scope first (accident_repository FindAccident).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::accidents {

struct InvestigationFields {
  std::string team_leader, team_members, started_on, extension_reason, report_submitted_on,
      approved_on, approval_document, cause, measures;
  std::int64_t extension_days = 0;
  std::optional<std::int64_t> report_file_id;
};

struct InvestigationRow {
  std::int64_t id = 0, accident_id = 0, version = 0, created_by = 0;
  std::optional<std::int64_t> lead_agency_id;
  std::string lead_agency_name, report_file_name, created_at, updated_at;
  InvestigationFields f;
};

struct FindingRow {
  std::int64_t id = 0, investigation_id = 0, accident_id = 0, created_by = 0;
  std::string kind, title, description, responsible, created_at, converted_at, hidden_danger_number;
  bool credit_relevant = false;
  std::optional<std::int64_t> hidden_danger_id;
};

struct InvestigationChangeRow {
  std::int64_t version = 0, by_user_id = 0;
  std::string action, data_json, by_name, at;
};

std::optional<InvestigationRow> FindInvestigation(storage::Connection& conn,
                                                  std::int64_t accident_id);
// Locks the investigation row (inside the caller's transaction).
std::optional<InvestigationRow> LockInvestigation(storage::Connection& conn,
                                                  std::int64_t accident_id);
std::int64_t InsertInvestigation(storage::Connection& conn, std::int64_t accident_id,
                                 std::int64_t enterprise_id, const std::string& region_path,
                                 std::optional<std::int64_t> lead_agency_id,
                                 const InvestigationFields& f, std::int64_t by_user_id,
                                 const std::string& at);
void UpdateInvestigation(storage::Connection& conn, std::int64_t id, const InvestigationFields& f,
                         std::int64_t version, const std::string& at);
void InsertInvestigationChange(storage::Connection& conn, std::int64_t investigation_id,
                               std::int64_t version, const std::string& action,
                               const std::string& data_json, std::int64_t by_user_id,
                               const std::string& at);
std::vector<InvestigationChangeRow> InvestigationChanges(storage::Connection& conn,
                                                         std::int64_t investigation_id);
void LinkInvestigationFile(storage::Connection& conn, std::int64_t investigation_id,
                           std::int64_t file_id, const std::string& at);

std::int64_t InsertFinding(storage::Connection& conn, const FindingRow& f);
std::vector<FindingRow> Findings(storage::Connection& conn, std::int64_t accident_id);
// The finding of the accident, locked for its conversion.
std::optional<FindingRow> LockFinding(storage::Connection& conn, std::int64_t accident_id,
                                      std::int64_t finding_id);
void SetFindingHiddenDanger(storage::Connection& conn, std::int64_t finding_id,
                            std::int64_t hidden_danger_id, std::int64_t by_user_id,
                            const std::string& at);

}  // namespace anjian::accidents
