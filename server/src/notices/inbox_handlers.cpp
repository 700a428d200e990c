// /api/v1/inbox: notices received by the caller's agency or enterprise (收文): read receipt,
// acknowledgement (回执), feedback (反馈) and forwarding down the hierarchy (转发). Handlers
// read and check the input, call inbox_service and render the answer.
#include <boost/json.hpp>
#include <set>

#include "core/core_errors.hpp"
#include "core/text.hpp"
#include "files/file_service.hpp"
#include "notices/handlers.hpp"
#include "notices/inbox_service.hpp"
#include "notices/notice_json.hpp"
#include "notices/notice_service.hpp"
#include "notices/notice_status_rules.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::notices {

namespace json = boost::json;

namespace {

InboxFilter ParseInboxFilter(const std::unordered_map<std::string, std::string>& query) {
  InboxFilter f;
  std::vector<FieldError> errs;
  if (auto it = query.find("status"); it != query.end()) f.status = core::Trim(it->second);
  if (!f.status.empty() && !ParseRecipientStatus(f.status)) {
    std::string list;
    for (auto s : AllRecipientStatuses())
      list += (list.empty() ? "" : ", ") + std::string(RecipientStatusValue(s));
    errs.push_back(core::CoreErr("status_invalid").At("status", list, list));
  }
  if (auto it = query.find("q"); it != query.end()) f.q = core::Trim(it->second);
  if (f.q.size() > 100) errs.push_back(registry::Err("keyword_too_long").At("q"));
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

}  // namespace

Response ListInboxHandler(Context& ctx) {
  auto f = ParseInboxFilter(ctx.req.query);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result =
      ListOwnInbox(*conn, ctx.who(), f, size, (page - 1) * size, TodayOf(*ctx.svc.clock));
  json::array items;
  for (const auto& e : result.items) items.push_back(InboxEntryJson(e));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

Response ExportInboxHandler(Context& ctx) {
  auto f = ParseInboxFilter(ctx.req.query);
  auto conn = ctx.svc.db->Acquire();
  auto result = ListOwnInbox(*conn, ctx.who(), f, 100000, 0, TodayOf(*ctx.svc.clock));
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& e : result.items) {
    const Recipient& r = e.recipient;
    rows.push_back({e.title, e.sender_agency_name, e.sent_at, e.feedback_deadline.value_or(""),
                    std::string(RecipientStatusLabelZh(r.status)), r.read_at.value_or(""),
                    r.acknowledged_at.value_or(""), r.feedback_at.value_or("")});
  }
  return api::XlsxDownload("收文列表.xlsx", "收文列表",
                           {"标题", "发文机构", "发送时间", "反馈截止", "状态", "阅读时间",
                            "回执时间", "反馈时间"},
                           rows);
}

Response GetInboxItemHandler(Context& ctx) {
  int64_t rid = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  OpenedItem item = OpenInboxItem(*conn, ctx.who(), rid, *ctx.svc.clock);
  // Other recipients' progress is the sender's business: no "stats".
  json::object notice = NoticeJson(item.notice, false);
  notice["chain"] = ChainJson(item.chain);
  return api::JsonResponse(
      json::object{{"recipient", RecipientJson(item.recipient)}, {"notice", std::move(notice)}});
}

Response AcknowledgeHandler(Context& ctx) {
  int64_t rid = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(RecipientJson(AcknowledgeItem(*conn, ctx.who(), rid, *ctx.svc.clock)));
}

Response FeedbackHandler(Context& ctx) {
  int64_t rid = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  // Not the caller's item (404) before anything about the input is said.
  RequireInboxItem(*conn, ctx.who(), rid, TodayOf(*ctx.svc.clock));
  api::JsonInput in(ctx.req.body);
  std::string text = in.Str("text", true, 5000);
  auto ids = in.IdList("attachment_ids", 20);
  std::set<int64_t> uniq(ids.begin(), ids.end());
  ids.assign(uniq.begin(), uniq.end());
  files::CheckAttachments(*conn, ctx.who(), ids, "attachment_ids", in.errors());
  in.Finish();
  return api::JsonResponse(RecipientJson(
      SubmitFeedback(*conn, ctx.who(), rid, text, ids, *ctx.svc.clock, ctx.svc.notifier)));
}

Response ForwardHandler(Context& ctx) {
  int64_t rid = ctx.PathId();
  SenderOf(ctx.who());
  const std::string today = TodayOf(*ctx.svc.clock);
  auto conn = ctx.svc.db->Acquire();
  // Not the caller's item (404), not an agency's (403), before anything about the input.
  Notice parent = ForwardSource(*conn, ctx.who(), rid, today);
  Defaults defaults{parent.title, parent.body, parent.required_actions, parent.feedback_deadline,
                    parent.urgency};
  api::JsonInput in(ctx.req.body);
  NoticeDraft d = ReadNoticeInput(in, *conn, ctx.who(), &defaults);
  bool send = in.Bool("send");
  in.Finish();
  if (send) CheckDeadlineNotPast(d.feedback_deadline, today);
  return api::JsonResponse(
      NoticeDetailJson(ForwardNotice(*conn, ctx.who(), rid, std::move(d), send, *ctx.svc.clock,
                                     ctx.svc.notifier)),
      201);
}

}  // namespace anjian::notices
