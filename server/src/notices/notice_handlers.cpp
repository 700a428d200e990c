// /api/v1/notices: the sender side of notices (通知下发). Handlers read and check the input,
// call notice_service and render the answer.
#include <boost/json.hpp>
#include <set>

#include "core/core_errors.hpp"
#include "core/text.hpp"
#include "files/file_service.hpp"
#include "notices/handlers.hpp"
#include "notices/notice_json.hpp"
#include "notices/notice_service.hpp"
#include "notices/notice_status_rules.hpp"
#include "notices/notices_errors.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::notices {

namespace json = boost::json;

namespace {

NoticeFilter ParseNoticeFilter(const std::unordered_map<std::string, std::string>& query) {
  NoticeFilter f;
  std::vector<FieldError> errs;
  if (auto it = query.find("status"); it != query.end()) f.status = core::Trim(it->second);
  if (!f.status.empty() && f.status != "draft" && f.status != "sent")
    errs.push_back(core::CoreErr("status_invalid").At("status", "draft, sent", "draft、sent"));
  if (auto it = query.find("q"); it != query.end()) f.q = core::Trim(it->second);
  if (f.q.size() > 100) errs.push_back(registry::Err("keyword_too_long").At("q"));
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

}  // namespace

NoticeDraft ReadNoticeInput(api::JsonInput& in, storage::Connection& conn,
                            const api::Principal& p, const Defaults* defaults) {
  NoticeDraft d;
  bool partial = defaults != nullptr;
  d.title = in.Str("title", !partial, 200);
  d.body = in.Str("body", !partial, 50000);
  std::optional<std::string> actions = in.OptStr("required_actions", 5000);
  // 文号 and 紧急程度 (GB/T 9704): a forwarded notice gets its own number and keeps the urgency.
  d.document_number = in.OptStr("document_number", 60).value_or("");
  auto urgency = in.OptStr("urgency", 20);
  d.urgency = urgency && !urgency->empty() ? *urgency : partial ? defaults->urgency : "normal";
  if (d.urgency != "normal" && d.urgency != "urgent" && d.urgency != "extra_urgent")
    in.AddError(Err("urgency_invalid").At("urgency"));
  auto deadline = in.OptStr("feedback_deadline", 10);
  d.attachment_ids = in.IdList("attachment_ids", 20);
  bool has_recipients = in.Has("recipients");
  json::object sel_obj = in.Obj("recipients");
  if (partial) {
    if (d.title.empty()) d.title = defaults->title;
    if (d.body.empty()) d.body = defaults->body;
    d.required_actions = actions ? *actions : defaults->required_actions;
    d.feedback_deadline = in.Has("feedback_deadline") ? deadline : defaults->feedback_deadline;
  } else {
    d.required_actions = actions.value_or("");
    d.feedback_deadline = deadline;
  }
  if (d.feedback_deadline && d.feedback_deadline->empty()) d.feedback_deadline.reset();
  if (d.feedback_deadline && !IsIsoDate(*d.feedback_deadline))
    in.AddError(core::CoreErr("date_invalid").At("feedback_deadline"));
  std::set<int64_t> seen;
  std::vector<int64_t> unique;
  for (int64_t id : d.attachment_ids)
    if (seen.insert(id).second) unique.push_back(id);
  d.attachment_ids = std::move(unique);
  files::CheckAttachments(conn, p, d.attachment_ids, "attachment_ids", in.errors());
  Selection sel = ParseSelection(sel_obj, in.errors());
  if (!has_recipients && partial) in.AddError(core::CoreErr("required").At("recipients"));
  if (in.errors().empty() && !sel.empty()) ResolveSelection(conn, sel, SenderOf(p));
  d.recipients_json = json::serialize(SelectionJson(sel));
  return d;
}

Response ListNoticesHandler(Context& ctx) {
  auto f = ParseNoticeFilter(ctx.req.query);
  auto [page, size] = ctx.Paging();
  if (!ctx.who().agency_id) return api::JsonResponse(api::PageJson({}, 0, page, size));
  auto conn = ctx.svc.db->Acquire();
  auto result = ListOwnNotices(*conn, ctx.who(), f, size, (page - 1) * size, TodayOf(*ctx.svc.clock));
  json::array items;
  for (const auto& n : result.items) items.push_back(NoticeJson(n));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

Response ExportNoticesHandler(Context& ctx) {
  auto f = ParseNoticeFilter(ctx.req.query);
  std::vector<std::vector<office::Cell>> rows;
  if (ctx.who().agency_id) {
    auto conn = ctx.svc.db->Acquire();
    auto result = ListOwnNotices(*conn, ctx.who(), f, 100000, 0, TodayOf(*ctx.svc.clock));
    for (const auto& n : result.items)
      rows.push_back({n.title, n.status == "sent" ? "已发送" : "草稿", n.sent_at.value_or(""),
                      n.feedback_deadline.value_or(""), n.stats.total, n.stats.unread,
                      n.stats.read, n.stats.acknowledged, n.stats.feedback_submitted,
                      n.stats.overdue});
  }
  return api::XlsxDownload("通知列表.xlsx", "通知列表",
                           {"标题", "状态", "发送时间", "反馈截止", "接收方", "未读", "已读",
                            "已回执", "已反馈", "逾期"},
                           rows);
}

Response GetNoticeHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      NoticeDetailJson(GetNoticeDetail(*conn, ctx.who(), ctx.PathId(), TodayOf(*ctx.svc.clock))));
}

Response CreateNoticeHandler(Context& ctx) {
  SenderOf(ctx.who());
  auto conn = ctx.svc.db->Acquire();
  api::JsonInput in(ctx.req.body);
  NoticeDraft d = ReadNoticeInput(in, *conn, ctx.who(), nullptr);
  in.Finish();
  CheckDeadlineNotPast(d.feedback_deadline, TodayOf(*ctx.svc.clock));
  return api::JsonResponse(
      NoticeDetailJson(CreateNotice(*conn, ctx.who(), d, *ctx.svc.clock)), 201);
}

Response UpdateNoticeHandler(Context& ctx) {
  int64_t id = ctx.PathId();
  SenderOf(ctx.who());
  auto conn = ctx.svc.db->Acquire();
  // Not the caller's draft (404, 409) before anything about the input is said.
  RequireOwnDraft(*conn, ctx.who(), id, TodayOf(*ctx.svc.clock));
  api::JsonInput in(ctx.req.body);
  NoticeDraft d = ReadNoticeInput(in, *conn, ctx.who(), nullptr);
  in.Finish();
  CheckDeadlineNotPast(d.feedback_deadline, TodayOf(*ctx.svc.clock));
  return api::JsonResponse(NoticeDetailJson(UpdateDraft(*conn, ctx.who(), id, d, *ctx.svc.clock)));
}

Response SendNoticeHandler(Context& ctx) {
  int64_t id = ctx.PathId();
  SenderOf(ctx.who());
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      NoticeDetailJson(SendDraft(*conn, ctx.who(), id, *ctx.svc.clock, ctx.svc.notifier)));
}

Response RemindHandler(Context& ctx) {
  int64_t id = ctx.PathId();
  SenderOf(ctx.who());
  api::JsonInput in(ctx.req.body);
  auto ids = in.IdList("recipient_ids", 20000);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  int64_t reminded =
      RemindRecipients(*conn, ctx.who(), id, ids, *ctx.svc.clock, ctx.svc.notifier);
  return api::JsonResponse(json::object{{"reminded", reminded}});
}

Response ExportRecipientsHandler(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  auto recipients = GetNoticeRecipients(*conn, ctx.who(), id, TodayOf(*ctx.svc.clock));
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(recipients.size());
  auto text = [](const std::optional<std::string>& v) {
    return v ? office::Cell(*v) : office::Cell();
  };
  for (const auto& r : recipients)
    rows.push_back({office::Cell(r.name),
                    office::Cell(r.kind == "agency" ? "监管部门" : "企业"),
                    office::Cell(r.region_code),
                    office::Cell(RecipientStatusLabelZh(r.status)),
                    text(r.read_at), text(r.acknowledged_at), text(r.feedback_at),
                    text(r.feedback_text),
                    office::Cell(static_cast<int64_t>(r.feedback_attachments.size())),
                    office::Cell(r.reminded_count), text(r.last_reminded_at)});
  return api::XlsxDownload("通知回执-" + std::to_string(id) + ".xlsx", "回执情况",
                           {"接收单位", "类型", "行政区划代码", "状态", "阅读时间", "回执时间",
                            "反馈时间", "反馈内容", "反馈附件数", "催办次数", "最近催办时间"},
                           rows);
}

}  // namespace anjian::notices
