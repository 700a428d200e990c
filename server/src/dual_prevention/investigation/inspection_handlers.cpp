// /api/v1/inspection-tasks and /api/v1/inspection-records: the to-do list of generated tasks
// (with missed counts), executing a task's checklist item by item (pass / fail / not applicable,
// note, photos), ad hoc inspections with any visible checklist, and the records.
#include <boost/json.hpp>
#include <map>

#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/investigation/investigation_errors.hpp"
#include "dual_prevention/investigation/investigation_handlers.hpp"
#include "dual_prevention/investigation/investigation_json.hpp"
#include "dual_prevention/investigation/investigation_service.hpp"
#include "dual_prevention/risk/risk_errors.hpp"
#include "dual_prevention/risk/risk_handlers.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::investigation {

using api::Context;
using api::Response;

namespace {

// ?from= and ?to= as dates (YYYY-MM-DD).
void ReadDates(const Context& ctx, std::string& from, std::string& to,
               std::vector<FieldError>& errs) {
  for (auto [key, out] : {std::pair{"from", &from}, std::pair{"to", &to}}) {
    *out = ctx.req.Query(key).value_or("");
    if (!out->empty() && !core::ParseIsoDate(*out))
      errs.push_back(core::CoreErr("date_invalid").At(key));
  }
}

TaskFilter ReadTaskFilter(const Context& ctx) {
  std::vector<FieldError> errs;
  TaskFilter f;
  f.region_path = risk::RegionFilterPath(ctx, errs);
  f.enterprise_id = risk::QueryId(ctx, "enterprise_id");
  f.status = ctx.req.Query("status").value_or("");
  if (!f.status.empty() && f.status != "open" && f.status != "done" && f.status != "missed")
    errs.push_back(
        core::CoreErr("status_invalid").At("status", "open, done, missed", "open、done、missed"));
  f.source = ctx.req.Query("source").value_or("");
  if (!f.source.empty() && f.source != "measure" && f.source != "duty" &&
      f.source != "major_hazard")
    errs.push_back(core::CoreErr("source_invalid")
                       .At("source", "measure, duty, major_hazard", "measure、duty、major_hazard"));
  if (ctx.req.Query("mine").value_or("") == "true") f.assignee_user_id = ctx.who().user_id;
  ReadDates(ctx, f.from, f.to, errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

const char* StatusZh(std::string_view s) {
  return s == "open" ? "待排查" : s == "done" ? "已完成" : s == "missed" ? "已漏检" : "";
}

// Every expected item answered once, with an allowed outcome and the photo where required.
std::vector<RecordItem> ReadItems(api::JsonInput& in, storage::Connection& conn,
                                  const api::Principal& who,
                                  const std::vector<ExpectedItem>& expected) {
  std::map<int64_t, json::object> by_position;
  auto answers = in.Arr("items", 500);
  for (size_t i = 0; i < answers.size(); ++i) {
    std::string prefix = "items[" + std::to_string(i) + "]";
    if (!answers[i].is_object()) {
      in.AddError(core::CoreErr("type").At(prefix, "an object", "对象"));
      continue;
    }
    const auto& o = answers[i].as_object();
    int64_t pos =
        o.contains("position") && o.at("position").is_int64() ? o.at("position").as_int64() : 0;
    if (by_position.count(pos)) in.AddError(Err("item_duplicate").At(prefix + ".position"));
    by_position[pos] = o;
  }
  std::vector<RecordItem> out;
  for (const auto& e : expected) {
    std::string prefix = "items[position=" + std::to_string(e.position) + "]";
    auto it = by_position.find(e.position);
    if (it == by_position.end()) {
      in.AddError(Err("item_unanswered").At(prefix));
      continue;
    }
    api::JsonInput sub(it->second);
    sub.Int("position");
    RecordItem r;
    r.position = e.position;
    r.checklist_item_id = e.checklist_item_id;
    r.content = e.content;
    r.outcome = sub.Str("outcome", true, 20);
    if (!r.outcome.empty() && r.outcome != "pass" && r.outcome != "fail" &&
        r.outcome != "not_applicable")
      sub.AddError(Err("outcome_invalid")
                       .At("outcome", "pass, fail or not_applicable",
                           "pass、fail、not_applicable"));
    r.note = sub.OptStr("note", 1000).value_or("");
    r.photo_ids = sub.IdList("photo_ids", 20);
    for (auto& fe : CheckItemPhotos(conn, who, r.photo_ids)) sub.AddError(std::move(fe));
    if (e.requires_photo && r.outcome != "not_applicable" && r.photo_ids.empty())
      sub.AddError(Err("photo_required").At("photo_ids"));
    if (r.outcome == "fail" && r.note.empty()) sub.AddError(Err("note_required").At("note"));
    for (auto& fe : sub.TakeErrors()) {
      fe.field = prefix + "." + fe.field;
      in.AddError(std::move(fe));
    }
    by_position.erase(it);
    out.push_back(std::move(r));
  }
  for (const auto& [pos, o] : by_position)
    in.AddError(Err("item_unknown").At("items[position=" + std::to_string(pos) + "]"));
  return out;
}

RecordFilter ReadRecordFilter(const Context& ctx) {
  std::vector<FieldError> errs;
  RecordFilter f;
  f.region_path = risk::RegionFilterPath(ctx, errs);
  f.enterprise_id = risk::QueryId(ctx, "enterprise_id");
  f.checklist_id = risk::QueryId(ctx, "checklist_id");
  f.inspector_user_id = risk::QueryId(ctx, "inspector_user_id");
  f.source = ctx.req.Query("source").value_or("");
  if (!f.source.empty() && f.source != "task" && f.source != "ad_hoc")
    errs.push_back(core::CoreErr("source_invalid").At("source", "task, ad_hoc", "task、ad_hoc"));
  f.checklist_kind = ctx.req.Query("kind").value_or("");
  if (f.checklist_kind.size() > 40) errs.push_back(Err("too_long").At("kind", 40));
  f.inspector = ctx.req.Query("inspector").value_or("");
  // 150 bytes: 50 characters of Chinese.
  if (f.inspector.size() > 150) errs.push_back(Err("too_long").At("inspector", 50));
  f.result = ctx.req.Query("result").value_or("");
  // "failed=true" is the older spelling of result=fail.
  if (f.result.empty() && ctx.req.Query("failed").value_or("") == "true") f.result = "fail";
  if (!f.result.empty() && f.result != "pass" && f.result != "fail")
    errs.push_back(Err("result_invalid").At("result", "pass or fail", "pass、fail"));
  ReadDates(ctx, f.from, f.to, errs);
  if (!f.from.empty() && !f.to.empty() && f.from > f.to)
    errs.push_back(Err("range_invalid").At("to"));
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

}  // namespace

// ---- tasks ---------------------------------------------------------------------------------

Response ListTasksHandler(Context& ctx) {
  auto f = ReadTaskFilter(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [tasks, total] = TaskPage(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array items;
  for (const auto& t : tasks) items.push_back(TaskJson(t));
  auto out = api::PageJson(std::move(items), total, page, size);
  out["counts"] = TaskCountsJson(TaskCountsOf(*conn, ctx.scope(), f));
  return api::JsonResponse(out);
}

Response ExportTasksHandler(Context& ctx) {
  auto f = ReadTaskFilter(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto tasks = TaskPage(*conn, ctx.scope(), f, 50000, 0).first;
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& t : tasks)
    rows.push_back({t.enterprise_name, t.title, t.frequency, t.period_key, t.period_start,
                    t.due_at, t.assignee_name, StatusZh(t.status), t.done_at.value_or("")});
  return api::XlsxDownload("隐患排查任务.xlsx", "隐患排查任务",
                           {"企业", "任务", "频次", "周期", "开始", "截止(UTC)", "责任人", "状态",
                            "完成时间"},
                           rows);
}

Response GetTaskHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto d = GetTaskDetail(*conn, ctx.scope(), ctx.PathId());
  auto t = TaskJson(d.task);
  json::array items;
  for (const auto& i : d.items) items.push_back(ExpectedItemJson(i));
  t["items"] = std::move(items);
  if (d.record) t["record"] = RecordJson(*d.record, true);
  return api::JsonResponse(t);
}

Response ExecuteTaskHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  std::string note = in.OptStr("note", 1000).value_or("");
  risk::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto task = RequireTask(*conn, ctx.scope(), ctx.PathId());
  auto items = ReadItems(in, *conn, ctx.who(), ExpectedItems(*conn, task));
  in.Finish();
  return api::JsonResponse(
      RecordJson(ExecuteTask(*conn, risk::CallerOf(ctx), ctx.PathId(), note, items), true), 201);
}

// An inspection outside the schedule (e.g. the fire-prevention special inspection).
Response CreateAdHocRecordHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto checklist_id = in.Int("checklist_id", true);
  std::string note = in.OptStr("note", 1000).value_or("");
  int64_t ent = risk::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  AdHocChecklist checklist;
  if (checklist_id) {
    auto found = AdHocChecklistOf(*conn, *checklist_id, ent);
    if (auto* e = std::get_if<FieldError>(&found))
      in.AddError(std::move(*e));
    else
      checklist = std::get<AdHocChecklist>(std::move(found));
  }
  auto items = ReadItems(in, *conn, ctx.who(), checklist.items);
  in.Finish();
  return api::JsonResponse(RecordJson(RecordAdHoc(*conn, risk::CallerOf(ctx), ent, checklist_id,
                                                  checklist.title, note, items),
                                      true),
                           201);
}

// ---- records -------------------------------------------------------------------------------

Response ListRecordsHandler(Context& ctx) {
  auto f = ReadRecordFilter(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [records, total] = RecordPage(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array items;
  for (const auto& r : records) items.push_back(RecordJson(r, false));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportRecordsHandler(Context& ctx) {
  auto f = ReadRecordFilter(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto records = RecordPage(*conn, ctx.scope(), f, 50000, 0).first;
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& r : records)
    rows.push_back({r.enterprise_name, r.title, r.checklist_name,
                    r.task_id ? "计划任务" : "临时检查", r.inspector_name, r.inspected_at,
                    office::Cell(r.failed_count), r.failed_count > 0 ? "不合格" : "合格", r.note});
  return api::XlsxDownload("隐患排查记录.xlsx", "隐患排查记录",
                           {"企业", "检查", "检查表", "来源", "检查人", "检查时间(UTC)",
                            "不合格项", "结果", "备注"},
                           rows);
}

Response GetRecordHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(RecordJson(RequireRecord(*conn, ctx.scope(), ctx.PathId()), true));
}

}  // namespace anjian::investigation
