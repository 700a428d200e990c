// /api/v1/inspection-tasks and /api/v1/inspection-records: the to-do list of generated tasks
// (with missed counts), executing a task's checklist item by item (pass / fail / not applicable,
// note, photos), ad hoc inspections with any visible checklist, and the records.
#include <boost/json.hpp>
#include <map>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "core/civil_date.hpp"
#include "dual_prevention/investigation/inspection_store.hpp"
#include "files/file_service.hpp"
#include "dual_prevention/risk/risk_input.hpp"
#include "dual_prevention/risk/risk_store.hpp"

namespace anjian::inspection {

namespace dp = domain::dual_prevention;
using api::Context;
using api::Response;

namespace {

TaskFilter ReadTaskFilter(const Context& ctx) {
  std::vector<FieldError> errs;
  TaskFilter f;
  f.region_path = risk::RegionFilterPath(ctx, errs);
  f.enterprise_id = risk::QueryId(ctx, "enterprise_id");
  f.status = ctx.req.Query("status").value_or("");
  if (!f.status.empty() && f.status != "open" && f.status != "done" && f.status != "missed")
    errs.push_back({"status", "status_invalid", "must be open, done or missed",
                    "状态无效，可选：open、done、missed"});
  f.source = ctx.req.Query("source").value_or("");
  if (!f.source.empty() && f.source != "measure" && f.source != "duty" &&
      f.source != "major_hazard")
    errs.push_back({"source", "source_invalid", "must be measure, duty or major_hazard",
                    "来源无效，可选：measure、duty、major_hazard"});
  if (ctx.req.Query("mine").value_or("") == "true") f.assignee_user_id = ctx.who().user_id;
  for (auto [key, out] : {std::pair{"from", &f.from}, std::pair{"to", &f.to}}) {
    *out = ctx.req.Query(key).value_or("");
    if (!out->empty() && !dp::ParseIsoDate(*out))
      errs.push_back({key, "date_invalid", "must be a date YYYY-MM-DD", "应为日期 YYYY-MM-DD"});
  }
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  return f;
}

Response ListTasksRoute(Context& ctx) {
  auto f = ReadTaskFilter(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListTasks(*conn, ctx.scope(), f, size, (page - 1) * size);
  auto out = api::PageJson(std::move(items), total, page, size);
  out["counts"] = TaskCounts(*conn, ctx.scope(), f);
  return api::JsonResponse(out);
}

const char* StatusZh(std::string_view s) {
  return s == "open" ? "待排查" : s == "done" ? "已完成" : s == "missed" ? "已漏检" : "";
}

Response ExportTasks(Context& ctx) {
  auto f = ReadTaskFilter(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListTasks(*conn, ctx.scope(), f, 50000, 0);
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& v : items) {
    const auto& t = v.as_object();
    auto s = [&](const char* k) {
      return t.at(k).is_string() ? std::string(t.at(k).as_string()) : std::string();
    };
    rows.push_back({s("enterprise_name"), s("title"), s("frequency"), s("period_key"),
                    s("period_start"), s("due_at"), s("assignee_name"), StatusZh(s("status")),
                    s("done_at")});
  }
  return api::XlsxDownload("隐患排查任务.xlsx", "隐患排查任务",
                           {"企业", "任务", "频次", "周期", "开始", "截止(UTC)", "责任人", "状态",
                            "完成时间"},
                           rows);
}

json::object RequireTask(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto t = FindTask(conn, s, id);
  if (!t) throw ApiException{Error::NotFound("inspection task")};
  return *t;
}

Response GetTask(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto t = RequireTask(*conn, ctx.scope(), ctx.PathId());
  t["items"] = TaskItems(*conn, t);
  if (t.at("record_id").is_int64())
    if (auto r = FindRecord(*conn, ctx.scope(), t.at("record_id").as_int64())) t["record"] = *r;
  return api::JsonResponse(t);
}

// Every expected item answered once, with an allowed outcome and the photo where required.
std::vector<RecordItem> ReadItems(api::JsonInput& in, storage::Connection& conn,
                                  const api::Principal& who, const json::array& expected) {
  std::map<int64_t, json::object> by_position;
  auto answers = in.Arr("items", 500);
  for (size_t i = 0; i < answers.size(); ++i) {
    std::string prefix = "items[" + std::to_string(i) + "]";
    if (!answers[i].is_object()) {
      in.AddError({prefix, "type", "must be an object", "类型错误，应为对象"});
      continue;
    }
    const auto& o = answers[i].as_object();
    int64_t pos = o.contains("position") && o.at("position").is_int64() ? o.at("position").as_int64() : 0;
    if (by_position.count(pos))
      in.AddError({prefix + ".position", "item_duplicate", "item answered twice", "检查项重复"});
    by_position[pos] = o;
  }
  std::vector<RecordItem> out;
  for (const auto& ev : expected) {
    const auto& e = ev.as_object();
    int64_t pos = e.at("position").as_int64();
    std::string prefix = "items[position=" + std::to_string(pos) + "]";
    auto it = by_position.find(pos);
    if (it == by_position.end()) {
      in.AddError({prefix, "item_unanswered", "every item needs pass, fail or not_applicable",
                   "每个检查项都须填写：合格、不合格或不适用"});
      continue;
    }
    api::JsonInput sub(it->second);
    sub.Int("position");
    RecordItem r;
    r.position = pos;
    if (e.at("checklist_item_id").is_int64()) r.checklist_item_id = e.at("checklist_item_id").as_int64();
    r.content = std::string(e.at("content").as_string());
    r.outcome = sub.Str("outcome", true, 20);
    if (!r.outcome.empty() && r.outcome != "pass" && r.outcome != "fail" &&
        r.outcome != "not_applicable")
      sub.AddError({"outcome", "outcome_invalid", "must be pass, fail or not_applicable",
                    "结果无效，可选：pass、fail、not_applicable"});
    r.note = sub.OptStr("note", 1000).value_or("");
    r.photo_ids = sub.IdList("photo_ids", 20);
    std::vector<FieldError> file_errs;
    files::CheckPhotos(conn, who, r.photo_ids, "photo_ids", file_errs);
    for (auto& fe : file_errs) sub.AddError(std::move(fe));
    if (e.at("requires_photo").as_bool() && r.outcome != "not_applicable" && r.photo_ids.empty())
      sub.AddError({"photo_ids", "photo_required", "this item requires a photo", "该检查项须拍照"});
    if (r.outcome == "fail" && r.note.empty())
      sub.AddError({"note", "note_required", "describe what failed", "不合格项须填写问题描述"});
    for (auto& fe : sub.TakeErrors()) {
      fe.field = prefix + "." + fe.field;
      in.AddError(std::move(fe));
    }
    by_position.erase(it);
    out.push_back(std::move(r));
  }
  for (const auto& [pos, o] : by_position)
    in.AddError({"items[position=" + std::to_string(pos) + "]", "item_unknown",
                 "no such item in this checklist", "检查表中没有该检查项"});
  return out;
}

Response ExecuteTask(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  std::string note = in.OptStr("note", 1000).value_or("");
  risk::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto task = RequireTask(*conn, ctx.scope(), ctx.PathId());
  auto items = ReadItems(in, *conn, ctx.who(), TaskItems(*conn, task));
  in.Finish();
  storage::Transaction tx(*conn);
  // Re-read inside the transaction: two inspectors finishing the same task at once.
  auto current = RequireTask(*conn, ctx.scope(), ctx.PathId());
  if (current.at("status").as_string() != "open")
    throw ApiException{Error::Conflict(
        "this task is " + std::string(current.at("status").as_string()) + " and takes no record",
        std::string("该任务") + StatusZh(current.at("status").as_string()) + "，不能再登记")};
  int64_t ent = task.at("enterprise_id").as_int64();
  auto owner = risk::EnterpriseOwner(*conn, ent);
  std::optional<int64_t> checklist;
  if (task.at("checklist_id").is_int64()) checklist = task.at("checklist_id").as_int64();
  int64_t id = InsertRecord(*conn, ent, owner.region_path, ctx.PathId(), checklist,
                            std::string(task.at("title").as_string()), ctx.who().user_id,
                            ctx.who().display_name, storage::NowIso(), note, items);
  auto record = *FindRecord(*conn, ctx.scope(), id);
  audit::Append(*conn, api::ActorOf(ctx), "inspect", "inspection_task",
                std::to_string(ctx.PathId()), task, record);
  tx.Commit();
  return api::JsonResponse(record, 201);
}

// An inspection outside the schedule (e.g. the fire-prevention special inspection).
Response AdHocRecord(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto checklist_id = in.Int("checklist_id", true);
  std::string note = in.OptStr("note", 1000).value_or("");
  int64_t ent = risk::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  json::array expected;
  std::string title;
  if (checklist_id) {
    auto rs = conn->Query("SELECT name FROM checklists WHERE id = ? AND active = 1 AND "
                          "(enterprise_id IS NULL OR enterprise_id = ?)",
                          {*checklist_id, ent});
    if (rs.empty())
      in.AddError({"checklist_id", "checklist_unknown", "no such checklist", "检查表不存在"});
    else {
      title = rs.Text(0, "name");
      json::object fake{{"checklist_id", *checklist_id}, {"control_measure_id", nullptr}};
      expected = TaskItems(*conn, fake);
    }
  }
  auto items = ReadItems(in, *conn, ctx.who(), expected);
  in.Finish();
  auto owner = risk::EnterpriseOwner(*conn, ent);
  storage::Transaction tx(*conn);
  int64_t id = InsertRecord(*conn, ent, owner.region_path, std::nullopt, checklist_id, title,
                            ctx.who().user_id, ctx.who().display_name, storage::NowIso(), note, items);
  auto record = *FindRecord(*conn, ctx.scope(), id);
  audit::Append(*conn, api::ActorOf(ctx), "create", "inspection_record", std::to_string(id),
                nullptr, record);
  tx.Commit();
  return api::JsonResponse(record, 201);
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
    errs.push_back({"source", "source_invalid", "must be task or ad_hoc",
                    "来源无效，可选：task、ad_hoc"});
  f.checklist_kind = ctx.req.Query("kind").value_or("");
  if (f.checklist_kind.size() > 40)
    errs.push_back({"kind", "too_long", "at most 40 characters", "最多 40 个字符"});
  f.inspector = ctx.req.Query("inspector").value_or("");
  if (f.inspector.size() > 150)
    errs.push_back({"inspector", "too_long", "at most 50 characters", "最多 50 个字符"});
  f.result = ctx.req.Query("result").value_or("");
  // "failed=true" is the older spelling of result=fail.
  if (f.result.empty() && ctx.req.Query("failed").value_or("") == "true") f.result = "fail";
  if (!f.result.empty() && f.result != "pass" && f.result != "fail")
    errs.push_back({"result", "result_invalid", "must be pass or fail",
                    "结果无效，可选：pass、fail"});
  for (auto [key, out] : {std::pair{"from", &f.from}, std::pair{"to", &f.to}}) {
    *out = ctx.req.Query(key).value_or("");
    if (!out->empty() && !dp::ParseIsoDate(*out))
      errs.push_back({key, "date_invalid", "must be a date YYYY-MM-DD", "应为日期 YYYY-MM-DD"});
  }
  if (!f.from.empty() && !f.to.empty() && f.from > f.to)
    errs.push_back({"to", "range_invalid", "must not be before from", "结束日期不能早于开始日期"});
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  return f;
}

Response ListRecordsRoute(Context& ctx) {
  auto f = ReadRecordFilter(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListRecords(*conn, ctx.scope(), f, size, (page - 1) * size);
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportRecords(Context& ctx) {
  auto f = ReadRecordFilter(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListRecords(*conn, ctx.scope(), f, 50000, 0);
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& v : items) {
    const auto& r = v.as_object();
    auto s = [&](const char* k) {
      return r.at(k).is_string() ? std::string(r.at(k).as_string()) : std::string();
    };
    rows.push_back({s("enterprise_name"), s("title"), s("checklist_name"),
                    s("source") == "task" ? "计划任务" : "临时检查", s("inspector_name"),
                    s("inspected_at"), office::Cell(r.at("failed_count").to_number<std::int64_t>()),
                    r.at("failed_count").to_number<std::int64_t>() > 0 ? "不合格" : "合格",
                    s("note")});
  }
  return api::XlsxDownload("隐患排查记录.xlsx", "隐患排查记录",
                           {"企业", "检查", "检查表", "来源", "检查人", "检查时间(UTC)",
                            "不合格项", "结果", "备注"},
                           rows);
}

Response GetRecord(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto r = FindRecord(*conn, ctx.scope(), ctx.PathId());
  if (!r) throw ApiException{Error::NotFound("inspection record")};
  return api::JsonResponse(*r);
}

}  // namespace

void RegisterInspectionRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/inspection-tasks", "inspection:read", ListTasksRoute);
  r.Add("GET", "/api/v1/inspection-tasks/export", "inspection:read", ExportTasks);
  r.Add("GET", "/api/v1/inspection-tasks/{id}", "inspection:read", GetTask);
  r.Add("POST", "/api/v1/inspection-tasks/{id}/records", "inspection:write", ExecuteTask);
  r.Add("GET", "/api/v1/inspection-records", "inspection:read", ListRecordsRoute);
  r.Add("POST", "/api/v1/inspection-records", "inspection:write", AdHocRecord);
  r.Add("GET", "/api/v1/inspection-records/export", "inspection:read", ExportRecords);
  r.Add("GET", "/api/v1/inspection-records/{id}", "inspection:read", GetRecord);
}

}  // namespace anjian::inspection
