// The SQL of one hidden danger and its children (hidden_dangers, hidden_danger_transitions,
// hidden_danger_photos, hidden_danger_deadline_notices, hidden_danger_revision) and the few
// reads of other tables the closed loop needs (the enterprise in scope, the people to notify,
// the escalation setting). Returns structs; the lists and statistics over many rows are in
// hidden_danger_query_repository.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hidden_danger {

// One row of hidden_dangers with its enterprise's name and the reporter's and owner's names.
struct HiddenDangerRecord {
  int64_t id = 0;
  std::string number;  // the business number (hidden_danger_number_rules.hpp)
  int64_t enterprise_id = 0;
  std::string enterprise_name, region_path, industry, source;
  std::optional<int64_t> inspection_record_id, enforcement_inspection_id, risk_unit_id;
  std::string referral_department, title, description, location;
  std::optional<double> latitude, longitude;
  std::string hazard_factor, accident_type, found_on;
  std::optional<int64_t> reported_by;
  std::string reported_by_name, reported_at;
  bool registered_by_regulator = false;
  std::string state, level;  // as stored
  bool is_open = false;
  std::optional<int64_t> owner_user_id;
  std::optional<std::string> owner_name;
  std::string measures;
  std::optional<int64_t> funds_fen;
  std::optional<std::string> deadline, regulator_deadline, effective_deadline;
  bool has_plan = false, under_listed_supervision = false;
  std::string evidence;
  std::optional<int64_t> rectified_by_user_id, verified_by_user_id;
  std::optional<std::string> closed_on;
  std::optional<bool> closed_on_time;
  std::string created_at, updated_at;
};

// The state machine's view of a record.
HiddenDangerSnapshot SnapshotOf(const HiddenDangerRecord& r);

// The columns and joins every read of records uses (table alias h, enterprise alias e), and the
// record of row `i` of their result.
extern const char* const kHiddenDangerColumns;
extern const char* const kHiddenDangerFrom;
HiddenDangerRecord RecordFrom(const storage::ResultSet& rs, size_t i);

// The record in scope, locked for update (PostgreSQL) when `lock`; nullopt = 404.
std::optional<HiddenDangerRecord> FindHiddenDanger(storage::Connection& conn,
                                                   const api::Scope& scope, int64_t id,
                                                   bool lock = false);
// The findings of an enforcement inspection, oldest first.
std::vector<HiddenDangerRecord> FindingsOfEnforcementInspection(storage::Connection& conn,
                                                                int64_t enforcement_inspection_id);

struct EnterpriseInfo {
  std::string name, region_path, industry;
};
// The enterprise when it lies in `scope`.
std::optional<EnterpriseInfo> FindEnterpriseInScope(storage::Connection& conn,
                                                    const api::Scope& scope, int64_t id);
// Whether the cited record belongs to the enterprise.
bool InspectionRecordOfEnterprise(storage::Connection& conn, int64_t record_id,
                                  int64_t enterprise_id);
bool RiskUnitOfEnterprise(storage::Connection& conn, int64_t risk_unit_id, int64_t enterprise_id);
bool EnforcementInspectionOfEnterprise(storage::Connection& conn, int64_t inspection_id,
                                       int64_t enterprise_id);
bool ActiveUserOfEnterprise(storage::Connection& conn, int64_t user_id, int64_t enterprise_id);

// A new row of hidden_dangers: reported, unassessed, open.
struct HiddenDangerInsert {
  int64_t enterprise_id = 0;
  std::string region_path, industry, source;
  std::optional<int64_t> inspection_record_id, enforcement_inspection_id, risk_unit_id;
  std::string referral_department, title, description, location;
  std::optional<double> latitude, longitude;
  std::string hazard_factor, accident_type, found_on;  // found_month is found_on's "YYYY-MM"
  std::optional<int64_t> reported_by;  // nullopt: opened by the system (source derived)
  std::string reporter_name;
  bool registered_by_regulator = false;
  std::string deadline;  // "" = none (also the effective deadline)
  std::string now;       // reported_at, created_at, updated_at
};
// Inserts the row and gives it its business number (HiddenDangerNumber) in the same
// transaction.
int64_t InsertHiddenDanger(storage::Connection& conn, const HiddenDangerInsert& row);
// Gives every row without a business number the one HiddenDangerNumber would (what migration
// V033 did for older rows): for rows inserted in bulk (the demo city, benchmarks).
void AssignMissingNumbers(storage::Connection& conn);

// Sets the GB/T 13861 hazard factor and GB 6441 accident type (at assessment).
void StoreClassification(storage::Connection& conn, int64_t id, const std::string& hazard_factor,
                         const std::string& accident_type);

// Writes the snapshot's fields back (state, level, owner, ...; effective_deadline, is_open,
// closed_on/closed_on_time derived here).
void StoreSnapshot(storage::Connection& conn, int64_t id, const HiddenDangerSnapshot& s,
                   const std::string& now, const std::string& today);
void StorePlan(storage::Connection& conn, int64_t id, const std::string& plan);
void StoreEvidence(storage::Connection& conn, int64_t id, const std::string& evidence);

// Appends a transition (and bumps hidden_danger_revision: every change of a hidden danger comes
// with one); returns its id.
int64_t AppendTransition(storage::Connection& conn, int64_t hidden_danger_id,
                         const std::string& action, const std::string& from_state,
                         const std::string& to_state, std::optional<int64_t> actor_user_id,
                         const std::string& actor_name, const std::string& at,
                         const std::string& reason, const std::string& details_json);

void AttachPhotos(storage::Connection& conn, int64_t hidden_danger_id,
                  const std::vector<int64_t>& file_ids, const std::string& phase,
                  std::optional<int64_t> transition_id);

struct TransitionRecord {
  int64_t id = 0;
  std::string action, from_state, to_state;
  std::optional<int64_t> actor_user_id;
  std::string actor_name, at, reason, details_json;
};
// Whether the hidden danger is a finding of an enforcement inspection whose order requires the
// regulator's re-check (复查).
bool HasRecheckOrder(storage::Connection& conn, int64_t hidden_danger_id);
// Whether the history holds a report to the workers' congress (action report_congress).
bool HasCongressReport(storage::Connection& conn, int64_t hidden_danger_id);
std::vector<TransitionRecord> Transitions(storage::Connection& conn, int64_t hidden_danger_id);

struct PhotoRecord {
  int64_t file_id = 0;
  std::string phase, name, mime;
  int64_t size = 0;
};
std::vector<PhotoRecord> Photos(storage::Connection& conn, int64_t hidden_danger_id);

struct UserName {
  int64_t id = 0;
  std::string display_name;
};
// The enterprise's active users (candidate rectification owners), by id.
std::vector<UserName> ActiveUsersOfEnterprise(storage::Connection& conn, int64_t enterprise_id);

// Users to notify: the enterprise's principals and safety officers; its principals only (the
// owner's superiors); the users of the supervising agency (the deepest agency whose region
// contains the enterprise's).
std::vector<int64_t> EnterpriseManagerIds(storage::Connection& conn, int64_t enterprise_id);
std::vector<int64_t> EnterprisePrincipalIds(storage::Connection& conn, int64_t enterprise_id);
std::vector<int64_t> SupervisingRegulatorIds(storage::Connection& conn,
                                             const std::string& enterprise_region_path);

struct Recipient {
  int64_t user_id = 0;
  std::string name, email;
};
// The users of `ids` that exist, in that order.
std::vector<Recipient> Recipients(storage::Connection& conn, const std::vector<int64_t>& ids);

// The stored value of setting hidden_danger_escalation, when there is one.
std::optional<std::string> EscalationSettingText(storage::Connection& conn);

// Open hidden dangers whose effective deadline is at most `horizon` ("YYYY-MM-DD"), by id
// (ix_hd_open_deadline).
struct DeadlineCandidate {
  int64_t id = 0;
  std::string title;
  int64_t enterprise_id = 0;
  std::string region_path;
  std::optional<int64_t> owner_user_id;
  std::string effective_deadline, enterprise_name;
  std::string number;  // the business number
};
std::vector<DeadlineCandidate> OpenWithDeadlineBy(storage::Connection& conn,
                                                  const std::string& horizon);
// One page of those: ids above `after_id`, at most `limit` (keyset paging, one page a batch).
std::vector<DeadlineCandidate> OpenWithDeadlineBy(storage::Connection& conn,
                                                  const std::string& horizon, int64_t after_id,
                                                  int64_t limit);
// When schema migration `version` ran on this database (ISO instant), nullopt if it has not.
std::optional<std::string> MigrationAppliedAt(storage::Connection& conn, int64_t version);
// Reported hidden dangers not yet assessed (state reported), reported at or after
// `reported_from` and at or before `reported_by` (ISO instants), by id (ix_hd_state_reported, V024).
struct AssessmentCandidate {
  int64_t id = 0;
  std::string title;
  int64_t enterprise_id = 0;
  std::string region_path, reported_at, enterprise_name;
  std::string number;  // the business number
};
std::vector<AssessmentCandidate> UnassessedReportedBy(storage::Connection& conn,
                                                      const std::string& reported_from,
                                                      const std::string& reported_by);
// One page of those: ids above `after_id`, at most `limit`.
std::vector<AssessmentCandidate> UnassessedReportedBy(storage::Connection& conn,
                                                      const std::string& reported_from,
                                                      const std::string& reported_by,
                                                      int64_t after_id, int64_t limit);
// Whether the stage's message for this deadline was sent; records that it is.
bool DeadlineNoticeSent(storage::Connection& conn, int64_t hidden_danger_id,
                        const std::string& stage, const std::string& deadline);
void RecordDeadlineNotice(storage::Connection& conn, int64_t hidden_danger_id,
                          const std::string& stage, const std::string& deadline,
                          const std::string& sent_at);

// The current revision of the hidden-danger data (read_cache.hpp); 0 on a database without the
// table. Bumped by AppendTransition, inside the writer's transaction.
int64_t HiddenDangerRevision(storage::Connection& conn);

// A hidden danger the system determined from the data (V044 hidden_danger_derivations): its
// unique cause key, the 234号 item it rests on and the record that shows it.
struct DerivationRecord {
  std::string derived_key, basis, basis_text_zh, basis_text_en, origin_kind, created_at;
  std::optional<int64_t> origin_id;
  int64_t hidden_danger_id = 0;
};
// The hidden danger already opened for `derived_key`, if any.
std::optional<int64_t> DerivedHiddenDangerId(storage::Connection& conn,
                                             const std::string& derived_key);
void InsertDerivation(storage::Connection& conn, const DerivationRecord& row, int64_t enterprise_id);
std::optional<DerivationRecord> DerivationOf(storage::Connection& conn, int64_t hidden_danger_id);
void BumpHiddenDangerRevision(storage::Connection& conn);

}  // namespace anjian::hidden_danger
