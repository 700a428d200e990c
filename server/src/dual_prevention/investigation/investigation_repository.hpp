// The SQL of 隐患排查 (hidden-danger investigation): checklists and their items, the standing
// duties, the generated tasks, the inspection records with their items and photos, and the
// sources tasks are generated from (control measures, duties, major hazard installations'
// accountable people). Reads of what a caller asks for take the caller's Scope into their WHERE
// clause; writes run in the caller's transaction with the `now` they are given.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::investigation {

// ---- rows ------------------------------------------------------------------------------------

struct ChecklistItem {
  int64_t id = 0, position = 0;
  std::string content;
  bool requires_photo = false;
};

// A checklist template: a built-in (no enterprise, shared read-only) or an enterprise's own.
struct Checklist {
  int64_t id = 0;
  std::optional<int64_t> enterprise_id;
  std::string code, kind, name;
  int64_t item_count = 0;  // active items
  bool active = true;
  std::string updated_at;
  std::vector<ChecklistItem> items;  // active items, by position (FindChecklist only)
  bool builtin() const { return !enterprise_id; }
};

struct Duty {
  int64_t id = 0, enterprise_id = 0;
  std::string enterprise_name;
  int64_t checklist_id = 0;
  std::string checklist_name, frequency;
  std::optional<int64_t> assignee_user_id;
  std::string assignee_name;
  bool active = true;
  // The company-level daily inspection of a civil-explosives enterprise (company_daily_rules).
  bool mandatory = false;
};

struct Task {
  int64_t id = 0, enterprise_id = 0;
  std::string enterprise_name, source_key;
  std::optional<int64_t> control_measure_id, duty_id, major_hazard_id, checklist_id;
  std::string title, frequency, period_key, period_start, due_at;
  std::optional<int64_t> assignee_user_id;
  std::string assignee_name, status;  // open | done | missed
  std::optional<int64_t> record_id;
  std::optional<std::string> done_at, missed_at;
};

// One item a task's (or an ad hoc inspection's) record must answer.
struct ExpectedItem {
  int64_t position = 0;
  std::optional<int64_t> checklist_item_id;
  std::string content;
  bool requires_photo = false;
};

struct RecordItemRow {
  int64_t position = 0;
  std::optional<int64_t> checklist_item_id;
  std::string content, outcome, note;
  std::string photo_ids_json;  // [file id, ...] as stored
  std::optional<int64_t> hidden_danger_id;
};

struct Record {
  int64_t id = 0, enterprise_id = 0;
  std::string enterprise_name;
  std::optional<int64_t> task_id, checklist_id;
  std::string checklist_name, checklist_kind, title;
  std::optional<int64_t> inspector_user_id;
  std::string inspector_name, inspected_at;
  int64_t failed_count = 0;
  std::string note;
  std::vector<RecordItemRow> items;  // FindRecord only
};

struct Assignee {
  int64_t id = 0;
  std::string display_name, username;
};

// ---- inputs ----------------------------------------------------------------------------------

struct ChecklistItemInput {
  std::string content;
  bool requires_photo = false;
};

struct RecordItem {
  int64_t position = 0;
  std::optional<int64_t> checklist_item_id;
  std::string content, outcome, note;
  std::vector<int64_t> photo_ids;
};

struct NewRecord {
  int64_t enterprise_id = 0;
  std::string region_path;
  std::optional<int64_t> task_id, checklist_id;
  std::string title;
  int64_t inspector = 0;
  std::string inspector_name, at, note;
  std::vector<RecordItem> items;
};

// ---- checklists and duties --------------------------------------------------------------------

// Built-ins first, then by id; at most 500.
std::vector<Checklist> ListChecklists(storage::Connection& conn, const api::Scope& s,
                                      bool include_inactive);
// Built-ins are visible to everyone; an enterprise's own follow the register's scope.
std::optional<Checklist> FindChecklist(storage::Connection& conn, const api::Scope& s, int64_t id);
// The name of an active checklist the enterprise may use (a built-in or its own).
std::optional<std::string> UsableChecklistName(storage::Connection& conn, int64_t checklist_id,
                                               int64_t enterprise_id);
int64_t InsertChecklist(storage::Connection& conn, int64_t enterprise_id, const std::string& kind,
                        const std::string& name, const std::string& now);
// Appends the items at positions 1, 2, ...
void InsertChecklistItems(storage::Connection& conn, int64_t checklist_id,
                          const std::vector<ChecklistItemInput>& items);
void UpdateChecklist(storage::Connection& conn, int64_t id, const std::string& name,
                     const std::string& kind, const std::string& now);
// Retires every item (past records keep referring to them).
void RetireChecklistItems(storage::Connection& conn, int64_t checklist_id);
void DeactivateChecklist(storage::Connection& conn, int64_t id, const std::string& now);

// In the scope; one duty (`id`) or all; at most 500.
std::vector<Duty> ListDuties(storage::Connection& conn, const api::Scope& s,
                             std::optional<int64_t> id = std::nullopt);
// The enterprise's duty for a checklist (one per checklist).
std::optional<int64_t> FindDutyId(storage::Connection& conn, int64_t enterprise_id,
                                  int64_t checklist_id);
int64_t InsertDuty(storage::Connection& conn, int64_t enterprise_id,
                   const std::string& region_path, int64_t checklist_id,
                   const std::string& frequency, std::optional<int64_t> assignee, bool active,
                   const std::string& now);
void UpdateDuty(storage::Connection& conn, int64_t id, const std::string& frequency,
                std::optional<int64_t> assignee, bool active);
// The enterprise's active accounts, by name; at most 1000.
std::vector<Assignee> ListAssignees(storage::Connection& conn, int64_t enterprise_id);

// ---- tasks -------------------------------------------------------------------------------------

struct TaskFilter {
  std::string region_path;
  std::optional<int64_t> enterprise_id;
  std::string status;  // open | done | missed
  std::string source;  // measure | duty | major_hazard
  std::optional<int64_t> assignee_user_id;
  std::string from, to;  // period_start dates, inclusive
};

std::optional<Task> FindTask(storage::Connection& conn, const api::Scope& s, int64_t id);
// Open tasks first by due time, closed ones newest first; with the total under the filter.
std::pair<std::vector<Task>, int64_t> ListTasks(storage::Connection& conn, const api::Scope& s,
                                                const TaskFilter& f, int64_t limit,
                                                int64_t offset);
// (status, count) under the filter without its status.
std::vector<std::pair<std::string, int64_t>> TaskCounts(storage::Connection& conn,
                                                        const api::Scope& s, TaskFilter f);
// The active items of a checklist, by position.
std::vector<ExpectedItem> ChecklistItems(storage::Connection& conn, int64_t checklist_id);
// A control measure's description ("" when there is none).
std::string MeasureDescription(storage::Connection& conn, int64_t measure_id);
// A new assignee takes over the open tasks of a duty / of a source key ("h12t": the technical
// person of major hazard installation 12); done and missed tasks keep who had them.
void ReassignDutyTasks(storage::Connection& conn, int64_t duty_id,
                       std::optional<int64_t> assignee);
void ReassignOpenTasks(storage::Connection& conn, int64_t enterprise_id,
                       const std::string& source_key, std::optional<int64_t> assignee);

// ---- records -----------------------------------------------------------------------------------

// Inserts the record with its items and photo links; a task's record marks the task done.
int64_t InsertRecord(storage::Connection& conn, const NewRecord& r);
// The record with its items.
std::optional<Record> FindRecord(storage::Connection& conn, const api::Scope& s, int64_t id);

// Every filter of the records list, each applied in SQL inside the caller's scope.
struct RecordFilter {
  std::string region_path;  // regulators: a subtree of their jurisdiction
  std::optional<int64_t> enterprise_id;
  std::optional<int64_t> checklist_id;
  std::string source;          // task (scheduled) | ad_hoc
  std::string checklist_kind;  // company_daily | special | ... (checklists.kind)
  std::string from, to;        // inspected_at dates (UTC), inclusive
  std::optional<int64_t> inspector_user_id;
  std::string inspector;  // part of the inspector's name
  std::string result;     // pass (no failed item) | fail (some failed item)
};
std::pair<std::vector<Record>, int64_t> ListRecords(storage::Connection& conn,
                                                    const api::Scope& s, const RecordFilter& f,
                                                    int64_t limit, int64_t offset);

// One item of a record (nullopt: no such position).
std::optional<RecordItemRow> FindRecordItem(storage::Connection& conn, int64_t record_id,
                                            int64_t position);
// The risk unit, hazard factor and accident type of a control-measure task's risk event.
struct TaskRiskUnit {
  int64_t risk_unit_id = 0;
  std::string hazard_factor, accident_type;
};
std::optional<TaskRiskUnit> FindTaskRiskUnit(storage::Connection& conn, int64_t task_id);
void LinkHiddenDanger(storage::Connection& conn, int64_t record_id, int64_t position,
                      int64_t hidden_danger_id);

// ---- task generation ---------------------------------------------------------------------------

// What tasks are generated from: an active control measure (of an active event and unit), an
// active duty (of an active checklist), or an accountable person with an account of an active
// major hazard installation. Source keys: "m<id>", "d<id>", "h<id>p|t|o".
struct TaskSource {
  int64_t enterprise_id = 0;
  std::string region_path, source_key, title;
  std::optional<int64_t> measure_id, duty_id, checklist_id, assignee, major_hazard_id;
  std::string frequency;
};
// Measures, then duties, then installations' people, each by id; of one enterprise or all.
std::vector<TaskSource> LoadTaskSources(storage::Connection& conn,
                                        std::optional<int64_t> enterprise_id);

struct NewTask {
  const TaskSource* source = nullptr;
  std::string frequency, period_key, period_start, due_at, created_at, status;
  std::optional<std::string> done_at, missed_at;
};

// Inserts tasks in batches of 200 rows; a task whose source and period exist already is skipped.
class TaskInserter {
 public:
  explicit TaskInserter(storage::Connection& conn) : conn_(conn) {}
  void Add(const NewTask& t);
  void Flush();
  int64_t created() const { return created_; }

 private:
  storage::Connection& conn_;
  std::vector<storage::Value> params_;
  int rows_ = 0;
  int64_t created_ = 0;
};

// Open tasks due at or before `now` (UTC text) become missed at their due time.
int64_t MarkTasksMissed(storage::Connection& conn, const std::string& now);

// ---- the mandatory company-level daily inspection (company_daily_rules) ------------------------

// Whether the enterprise's duty for this checklist is the mandatory daily inspection: the
// built-in company_daily checklist and an industry that requires it.
bool IsMandatoryDuty(storage::Connection& conn, int64_t enterprise_id, int64_t checklist_id);

// A duty created or repaired by EnsureCompanyDailyDuties (for the audit trail).
struct DutyRepair {
  int64_t duty_id = 0, enterprise_id = 0;
  bool created = false;
  std::string old_frequency, new_frequency;
  bool old_active = false;
};
// Every active enterprise of a daily-inspection industry (one, or all) gets its daily duty of
// the built-in company_daily checklist: created when missing, reactivated and set to daily when
// it was inactive or less often. Idempotent; returns what it changed.
std::vector<DutyRepair> EnsureCompanyDailyDuties(storage::Connection& conn,
                                                 std::optional<int64_t> enterprise_id,
                                                 const std::string& now);

// Missed company-level daily tasks due after `since` that no regulator has been told of yet.
struct MissedDaily {
  int64_t task_id = 0, enterprise_id = 0;
  std::string enterprise_name, region_path, title, period_key;
};
std::vector<MissedDaily> UnreportedMissedDaily(storage::Connection& conn, const std::string& since);
void MarkMissedDailyReported(storage::Connection& conn, const std::vector<int64_t>& task_ids,
                             const std::string& now);
// The active agencies of the smallest region containing `region_path` (the county's, else the
// city's ...): the regulator in direct charge.
std::vector<int64_t> NearestAgencies(storage::Connection& conn, const std::string& region_path);

}  // namespace anjian::investigation
