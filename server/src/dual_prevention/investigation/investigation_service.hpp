// 隐患排查's use cases: checklists and duties, executing a task's checklist, an ad hoc
// inspection, and a failed item reported as a hidden danger (through the hidden-danger area's
// one entry point, ReportHiddenDanger, in the same transaction). Each write runs in one
// transaction with its audit entry and the clock's time and returns the row as it now is; reads
// answer 404 (ApiException) for what is missing or outside the caller's scope. Checks that need
// the database return field errors for the handler's 422.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "dual_prevention/investigation/investigation_repository.hpp"
#include "dual_prevention/risk/risk_service.hpp"
#include "platform/api/context.hpp"

namespace anjian::investigation {

using risk::Caller;  // the acting caller and the clock

// ---- reads -----------------------------------------------------------------------------------

Checklist RequireChecklist(storage::Connection& conn, const api::Scope& s, int64_t id);
std::vector<Checklist> ChecklistList(storage::Connection& conn, const api::Scope& s,
                                     bool include_inactive);
std::vector<Duty> DutyList(storage::Connection& conn, const api::Scope& s);
std::vector<Assignee> AssigneeList(storage::Connection& conn, int64_t enterprise_id);
Task RequireTask(storage::Connection& conn, const api::Scope& s, int64_t id);
Record RequireRecord(storage::Connection& conn, const api::Scope& s, int64_t id);
// The items a task's record answers: its checklist's, else its control measure as the one item,
// else (an accountable person's check of a major hazard installation) the installation itself.
std::vector<ExpectedItem> ExpectedItems(storage::Connection& conn, const Task& task);
// A task with its items and, once done, its record.
struct TaskDetail {
  Task task;
  std::vector<ExpectedItem> items;
  std::optional<Record> record;
};
TaskDetail GetTaskDetail(storage::Connection& conn, const api::Scope& s, int64_t id);
std::pair<std::vector<Task>, int64_t> TaskPage(storage::Connection& conn, const api::Scope& s,
                                               const TaskFilter& f, int64_t limit,
                                               int64_t offset);
std::vector<std::pair<std::string, int64_t>> TaskCountsOf(storage::Connection& conn,
                                                          const api::Scope& s,
                                                          const TaskFilter& f);
std::pair<std::vector<Record>, int64_t> RecordPage(storage::Connection& conn, const api::Scope& s,
                                                   const RecordFilter& f, int64_t limit,
                                                   int64_t offset);

// ---- checks that need the database ------------------------------------------------------------

// checklist_unknown on "checklist_id" unless the checklist is in the caller's sight.
std::optional<FieldError> CheckChecklist(storage::Connection& conn, const api::Scope& s,
                                         int64_t checklist_id);
// The photos of an item: file_unknown / image_required on "photo_ids" (files/file_store).
std::vector<FieldError> CheckItemPhotos(storage::Connection& conn, const api::Principal& who,
                                        const std::vector<int64_t>& photo_ids);
// An ad hoc inspection's checklist (a built-in or the enterprise's own, active): its name and
// items, or checklist_unknown.
struct AdHocChecklist {
  std::string title;
  std::vector<ExpectedItem> items;
};
std::variant<AdHocChecklist, FieldError> AdHocChecklistOf(storage::Connection& conn,
                                                          int64_t checklist_id,
                                                          int64_t enterprise_id);

// ---- checklists and duties ----------------------------------------------------------------------

struct ChecklistInput {
  std::string name, kind;
  std::vector<ChecklistItemInput> items;
};
Checklist CreateChecklist(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                          const ChecklistInput& in);
// The enterprise's own checklist only (built-ins: 422 builtin_readonly); its items are replaced
// (the old ones retire and stay referenced by past records).
Checklist EditChecklist(storage::Connection& conn, const Caller& a, int64_t id,
                        const ChecklistInput& in);
Checklist DeactivateOwnChecklist(storage::Connection& conn, const Caller& a, int64_t id);

struct DutyInput {
  int64_t checklist_id = 0;
  std::string frequency;
  std::optional<int64_t> assignee_user_id;
  bool active = true;
};
// Creates the enterprise's duty for the checklist, or changes it (one duty per checklist): a
// new assignee takes over the duty's open tasks. `created` tells which.
struct DutyResult {
  Duty duty;
  bool created = false;
};
DutyResult PutDuty(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                   const DutyInput& in);

// ---- inspection records -----------------------------------------------------------------------

// Records the task's checklist answers (409 task_not_open unless the task is still open) and
// marks the task done.
Record ExecuteTask(storage::Connection& conn, const Caller& a, int64_t task_id,
                   const std::string& note, const std::vector<RecordItem>& items);
// An inspection outside the schedule (e.g. the fire-prevention special inspection).
Record RecordAdHoc(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                   std::optional<int64_t> checklist_id, const std::string& title,
                   const std::string& note, const std::vector<RecordItem>& items);

// A failed item becomes a hidden danger: the item's content, note and photos, the record as its
// inspection source and, for a control-measure task, the risk unit and hazard factor class.
// 404 for a record out of scope or a missing item, 422 item_not_failed, 409
// item_already_reported. Notifications go out after the commit.
struct FindingInput {
  int64_t record_id = 0, position = 0;
  std::optional<std::string> title, location;
};
int64_t ReportFinding(storage::Connection& conn, const Caller& a, api::Notifier* notifier,
                      const FindingInput& in);

}  // namespace anjian::investigation
