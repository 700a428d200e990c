#include "dual_prevention/investigation/investigation_service.hpp"

#include <boost/json.hpp>

#include "audit/audit_service.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "dual_prevention/investigation/company_daily_rules.hpp"
#include "dual_prevention/investigation/investigation_errors.hpp"
#include "dual_prevention/investigation/investigation_json.hpp"
#include "dual_prevention/risk/risk_codes_rules.hpp"
#include "files/file_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/actor.hpp"

namespace anjian::investigation {

namespace {

api::Scope ScopeOf(const Caller& a) { return api::Scope::For(a.who); }

void Audit(storage::Connection& conn, const Caller& a, const char* action, const char* entity,
           int64_t id, const json::value& before, const json::value& after) {
  audit::Append(conn, api::ActorOf(a.who, a.clock.Now()), action, entity, std::to_string(id), before, after);
}

// The enterprise's own checklist (a built-in answers 422 builtin_readonly).
Checklist RequireOwnChecklist(storage::Connection& conn, const Caller& a, int64_t id) {
  auto c = RequireChecklist(conn, ScopeOf(a), id);
  if (c.builtin()) core::Invalid(Err("builtin_readonly").At(""));
  return c;
}

const char* StatusZh(std::string_view s) {
  return s == "open" ? "待排查" : s == "done" ? "已完成" : s == "missed" ? "已漏检" : "";
}

std::string Cut(const std::string& s, size_t max_chars) {
  // Cut on a UTF-8 boundary.
  size_t chars = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (chars == max_chars) break;
      ++chars;
    }
  }
  return s.substr(0, i);
}

}  // namespace

// ---- reads -----------------------------------------------------------------------------------

Checklist RequireChecklist(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto c = FindChecklist(conn, s, id);
  if (!c) throw ApiException{Error::NotFound("checklist")};
  return *c;
}

std::vector<Checklist> ChecklistList(storage::Connection& conn, const api::Scope& s,
                                     bool include_inactive) {
  return ListChecklists(conn, s, include_inactive);
}

std::vector<Duty> DutyList(storage::Connection& conn, const api::Scope& s) {
  return ListDuties(conn, s);
}

std::vector<Assignee> AssigneeList(storage::Connection& conn, int64_t enterprise_id) {
  return ListAssignees(conn, enterprise_id);
}

Task RequireTask(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto t = FindTask(conn, s, id);
  if (!t) throw ApiException{Error::NotFound("inspection task")};
  return *t;
}

Record RequireRecord(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto r = FindRecord(conn, s, id);
  if (!r) throw ApiException{Error::NotFound("inspection record")};
  return *r;
}

std::vector<ExpectedItem> ExpectedItems(storage::Connection& conn, const Task& task) {
  if (task.checklist_id) return ChecklistItems(conn, *task.checklist_id);
  if (task.control_measure_id)
    return {{1, std::nullopt, MeasureDescription(conn, *task.control_measure_id), false}};
  // The accountable person's check of the installation is one item: the installation itself.
  if (task.major_hazard_id) return {{1, std::nullopt, task.title, false}};
  return {};
}

TaskDetail GetTaskDetail(storage::Connection& conn, const api::Scope& s, int64_t id) {
  TaskDetail d{RequireTask(conn, s, id), {}, std::nullopt};
  d.items = ExpectedItems(conn, d.task);
  if (d.task.record_id) d.record = FindRecord(conn, s, *d.task.record_id);
  return d;
}

std::pair<std::vector<Task>, int64_t> TaskPage(storage::Connection& conn, const api::Scope& s,
                                               const TaskFilter& f, int64_t limit,
                                               int64_t offset) {
  return ListTasks(conn, s, f, limit, offset);
}

std::vector<std::pair<std::string, int64_t>> TaskCountsOf(storage::Connection& conn,
                                                          const api::Scope& s,
                                                          const TaskFilter& f) {
  return TaskCounts(conn, s, f);
}

std::pair<std::vector<Record>, int64_t> RecordPage(storage::Connection& conn, const api::Scope& s,
                                                   const RecordFilter& f, int64_t limit,
                                                   int64_t offset) {
  return ListRecords(conn, s, f, limit, offset);
}

// ---- checks ----------------------------------------------------------------------------------

std::optional<FieldError> CheckChecklist(storage::Connection& conn, const api::Scope& s,
                                         int64_t checklist_id) {
  if (FindChecklist(conn, s, checklist_id)) return std::nullopt;
  return Err("checklist_unknown").At("checklist_id");
}

std::vector<FieldError> CheckItemPhotos(storage::Connection& conn, const api::Principal& who,
                                        const std::vector<int64_t>& photo_ids) {
  std::vector<FieldError> errors;
  files::CheckPhotos(conn, who, photo_ids, "photo_ids", errors);
  return errors;
}

std::variant<AdHocChecklist, FieldError> AdHocChecklistOf(storage::Connection& conn,
                                                          int64_t checklist_id,
                                                          int64_t enterprise_id) {
  auto name = UsableChecklistName(conn, checklist_id, enterprise_id);
  if (!name) return Err("checklist_unknown").At("checklist_id");
  return AdHocChecklist{*name, ChecklistItems(conn, checklist_id)};
}

// ---- checklists and duties ----------------------------------------------------------------------

Checklist CreateChecklist(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                          const ChecklistInput& in) {
  storage::Transaction tx(conn);
  int64_t id = InsertChecklist(conn, enterprise_id, in.kind, in.name, a.clock.NowIso());
  InsertChecklistItems(conn, id, in.items);
  auto after = RequireChecklist(conn, ScopeOf(a), id);
  Audit(conn, a, "create", "checklist", id, nullptr, ChecklistJson(after, true));
  tx.Commit();
  return after;
}

Checklist EditChecklist(storage::Connection& conn, const Caller& a, int64_t id,
                        const ChecklistInput& in) {
  storage::Transaction tx(conn);
  auto before = RequireOwnChecklist(conn, a, id);
  UpdateChecklist(conn, id, in.name, in.kind, a.clock.NowIso());
  RetireChecklistItems(conn, id);
  InsertChecklistItems(conn, id, in.items);
  auto after = RequireChecklist(conn, ScopeOf(a), id);
  Audit(conn, a, "update", "checklist", id, ChecklistJson(before, true),
        ChecklistJson(after, true));
  tx.Commit();
  return after;
}

Checklist DeactivateOwnChecklist(storage::Connection& conn, const Caller& a, int64_t id) {
  storage::Transaction tx(conn);
  auto before = RequireOwnChecklist(conn, a, id);
  DeactivateChecklist(conn, id, a.clock.NowIso());
  auto after = RequireChecklist(conn, ScopeOf(a), id);
  Audit(conn, a, "deactivate", "checklist", id, ChecklistJson(before, true),
        ChecklistJson(after, true));
  tx.Commit();
  return after;
}

DutyResult PutDuty(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                   const DutyInput& in) {
  auto owner = risk::RequireOwner(conn, enterprise_id);
  storage::Transaction tx(conn);
  // A civil-explosives enterprise's company-level daily inspection stays active and daily.
  if (IsMandatoryDuty(conn, enterprise_id, in.checklist_id)) {
    auto errors = CheckMandatoryDutyChange(in.frequency, in.active);
    if (!errors.empty()) core::Invalid(std::move(errors));
  }
  auto old = FindDutyId(conn, enterprise_id, in.checklist_id);
  int64_t id;
  json::value before = nullptr;
  if (!old) {
    id = InsertDuty(conn, enterprise_id, owner.region_path, in.checklist_id, in.frequency,
                    in.assignee_user_id, in.active, a.clock.NowIso());
  } else {
    id = *old;
    before = DutyJson(ListDuties(conn, ScopeOf(a), id).at(0));
    UpdateDuty(conn, id, in.frequency, in.assignee_user_id, in.active);
    // A new assignee takes over the duty's open tasks; done and missed ones keep who had them.
    ReassignDutyTasks(conn, id, in.assignee_user_id);
  }
  auto after = ListDuties(conn, ScopeOf(a), id).at(0);
  Audit(conn, a, old ? "update" : "create", "inspection_duty", id, before, DutyJson(after));
  tx.Commit();
  return {after, !old};
}

// ---- inspection records -----------------------------------------------------------------------

Record ExecuteTask(storage::Connection& conn, const Caller& a, int64_t task_id,
                   const std::string& note, const std::vector<RecordItem>& items) {
  storage::Transaction tx(conn);
  // Read inside the transaction: two inspectors finishing the same task at once.
  auto task = RequireTask(conn, ScopeOf(a), task_id);
  if (task.status != "open")
    throw ApiException{Err("task_not_open").Conflict(task.status, StatusZh(task.status))};
  NewRecord r;
  r.enterprise_id = task.enterprise_id;
  r.region_path = risk::RequireOwner(conn, task.enterprise_id).region_path;
  r.task_id = task_id;
  r.checklist_id = task.checklist_id;
  r.title = task.title;
  r.inspector = a.who.user_id;
  r.inspector_name = a.who.display_name;
  r.at = a.clock.NowIso();
  r.note = note;
  r.items = items;
  int64_t id = InsertRecord(conn, r);
  auto record = RequireRecord(conn, ScopeOf(a), id);
  Audit(conn, a, "inspect", "inspection_task", task_id, TaskJson(task), RecordJson(record, true));
  tx.Commit();
  return record;
}

Record RecordAdHoc(storage::Connection& conn, const Caller& a, int64_t enterprise_id,
                   std::optional<int64_t> checklist_id, const std::string& title,
                   const std::string& note, const std::vector<RecordItem>& items) {
  NewRecord r;
  r.enterprise_id = enterprise_id;
  r.region_path = risk::RequireOwner(conn, enterprise_id).region_path;
  r.checklist_id = checklist_id;
  r.title = title;
  r.inspector = a.who.user_id;
  r.inspector_name = a.who.display_name;
  r.note = note;
  r.items = items;
  storage::Transaction tx(conn);
  r.at = a.clock.NowIso();
  int64_t id = InsertRecord(conn, r);
  auto record = RequireRecord(conn, ScopeOf(a), id);
  Audit(conn, a, "create", "inspection_record", id, nullptr, RecordJson(record, true));
  tx.Commit();
  return record;
}

int64_t ReportFinding(storage::Connection& conn, const Caller& a, api::Notifier* notifier,
                      const FindingInput& in) {
  notifications::PendingPushes pushes(a.clock);
  int64_t hd = 0;
  {
    storage::Transaction tx(conn);
    auto record = RequireRecord(conn, ScopeOf(a), in.record_id);
    auto item = FindRecordItem(conn, in.record_id, in.position);
    if (!item) throw ApiException{Error::NotFound("inspection item")};
    if (item->outcome != "fail") core::Invalid(Err("item_not_failed").At("outcome"));
    if (item->hidden_danger_id)
      throw ApiException{Err("item_already_reported").Conflict(*item->hidden_danger_id)};
    hidden_danger::NewHiddenDanger h;
    h.enterprise_id = record.enterprise_id;
    h.source = "inspection";
    h.inspection_record_id = in.record_id;
    h.title = in.title && !in.title->empty() ? *in.title : Cut(item->content, 100);
    h.description = Cut(item->note, 2000);
    h.location = in.location.value_or("");
    // The photos the reporter can see (the inspector's own, normally) go along as "before".
    auto photos = PhotoIdsJson(item->photo_ids_json);
    if (photos.is_array())
      for (const auto& p : photos.as_array())
        if (p.is_int64() && files::FileVisible(conn, a.who, p.as_int64()))
          h.photo_file_ids.push_back(p.as_int64());
    if (record.task_id)
      if (auto unit = FindTaskRiskUnit(conn, *record.task_id)) {
        h.risk_unit_id = unit->risk_unit_id;
        // The risk event's GB/T 13861 code as recorded and its GB 6441 accident type.
        h.hazard_factor = unit->hazard_factor;
        h.accident_type = unit->accident_type;
      }
    hd = hidden_danger::ReportHiddenDanger(conn, a.who, h, &pushes, a.clock.Now());
    LinkHiddenDanger(conn, in.record_id, in.position, hd);
    Audit(conn, a, "report_hidden_danger", "inspection_record", in.record_id, nullptr,
          json::object{{"record_id", in.record_id},
                       {"position", in.position},
                       {"hidden_danger_id", hd}});
    tx.Commit();
  }
  pushes.Flush(notifier, conn);
  return hd;
}

}  // namespace anjian::investigation
