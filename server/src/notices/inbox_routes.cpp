// /api/v1/inbox: notices received by the caller's agency or enterprise (收文): read receipt,
// acknowledgement (回执), feedback (反馈) and forwarding down the hierarchy (转发).
#include <boost/json.hpp>
#include <set>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "notices/notice_status_rules.hpp"
#include "platform/api/xlsx_response.hpp"
#include "files/file_service.hpp"
#include "notices/inbox_store.hpp"
#include "notices/notice_service.hpp"
#include "notices/notice_sql.hpp"
#include "notices/notice_store.hpp"

namespace anjian::notices {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

OwnRecipient Require(storage::Connection& conn, const api::Principal& p, int64_t rid,
                     const std::string& today) {
  auto r = GetOwnRecipient(conn, p, rid, today);
  if (!r || r->notice_status != "sent") throw ApiException{Error::NotFound("inbox item")};
  return std::move(*r);
}

// Sets read_at the first time (event "read"); returns whether it changed anything.
bool MarkRead(storage::Connection& conn, const OwnRecipient& r, int64_t user_id,
              const std::string& now) {
  if (r.read) return false;
  conn.Exec("UPDATE notice_recipients SET read_at = ? WHERE id = ? AND read_at IS NULL",
            {now, r.json.at("id").as_int64()});
  AddEvent(conn, r.notice_id, r.json.at("id").as_int64(), user_id, "read", now);
  return true;
}

Response List(Context& ctx) {
  auto f = ParseInboxFilter(ctx.req.query);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result = ListInbox(*conn, ctx.who(), f, size, (page - 1) * size, TodayChina());
  json::array items;
  for (auto& o : result.items) items.push_back(std::move(o));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

Response Export(Context& ctx) {
  auto f = ParseInboxFilter(ctx.req.query);
  auto conn = ctx.svc.db->Acquire();
  auto result = ListInbox(*conn, ctx.who(), f, 100000, 0, TodayChina());
  const auto& str = api::StringAt;
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& r : result.items) {
    json::object notice = r.contains("notice") && r.at("notice").is_object() ? r.at("notice").as_object()
                                                                              : json::object{};
    std::string sender;
    if (notice.contains("sender_agency") && notice.at("sender_agency").is_object())
      sender = str(notice.at("sender_agency").as_object(), "name");
    auto status = domain::ParseRecipientStatus(str(r, "status"));
    rows.push_back({str(notice, "title"), sender, str(notice, "sent_at"),
                    str(notice, "feedback_deadline"),
                    status ? std::string(domain::RecipientStatusLabelZh(*status)) : str(r, "status"),
                    str(r, "read_at"), str(r, "acknowledged_at"), str(r, "feedback_at")});
  }
  return api::XlsxDownload("收文列表.xlsx", "收文列表",
                           {"标题", "发文机构", "发送时间", "反馈截止", "状态", "阅读时间",
                            "回执时间", "反馈时间"},
                           rows);
}

Response Get(Context& ctx) {
  int64_t rid = ctx.PathId();
  std::string today = TodayChina();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto r = Require(*conn, ctx.who(), rid, today);
  // The read receipt tells the sender that the recipient organisation has taken the notice in.
  // Only an account that can answer for it (notice:feedback) gives that receipt; a read-only
  // account (regulator_ro) opening the item writes nothing.
  if (ctx.who().Can("notice:feedback") && MarkRead(*conn, r, ctx.who().user_id, storage::NowIso())) {
    auto after = Require(*conn, ctx.who(), rid, today);
    audit::Append(*conn, api::ActorOf(ctx), "read", "notice_recipient", std::to_string(rid),
                  r.json, after.json);
    r = std::move(after);
  }
  auto notice = GetNotice(*conn, api::SqlFilter{}, r.notice_id, today);
  notice->erase("stats");  // other recipients' progress is the sender's business
  (*notice)["chain"] = Chain(*conn, r.notice_id);
  tx.Commit();
  return api::JsonResponse(json::object{{"recipient", r.json}, {"notice", std::move(*notice)}});
}

Response Acknowledge(Context& ctx) {
  int64_t rid = ctx.PathId();
  std::string today = TodayChina();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = Require(*conn, ctx.who(), rid, today);
  if (before.acknowledged)
    throw ApiException{Error::Conflict("this notice has already been acknowledged",
                                       "该通知已回执，无需重复确认")};
  std::string now = storage::NowIso();
  MarkRead(*conn, before, ctx.who().user_id, now);
  conn->Exec("UPDATE notice_recipients SET acknowledged_at = ? WHERE id = ?", {now, rid});
  AddEvent(*conn, before.notice_id, rid, ctx.who().user_id, "acknowledged", now);
  auto after = Require(*conn, ctx.who(), rid, today);
  audit::Append(*conn, api::ActorOf(ctx), "acknowledge", "notice_recipient",
                std::to_string(rid), before.json, after.json);
  tx.Commit();
  return api::JsonResponse(after.json);
}

Response Feedback(Context& ctx) {
  int64_t rid = ctx.PathId();
  std::string today = TodayChina();
  auto conn = ctx.svc.db->Acquire();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  json::object result;
  {
    storage::Transaction tx(*conn);
    auto before = Require(*conn, ctx.who(), rid, today);
    api::JsonInput in(ctx.req.body);
    std::string text = in.Str("text", true, 5000);
    auto ids = in.IdList("attachment_ids", 20);
    std::set<int64_t> uniq(ids.begin(), ids.end());
    ids.assign(uniq.begin(), uniq.end());
    files::CheckAttachments(*conn, ctx.who(), ids, "attachment_ids", in.errors());
    in.Finish();
    if (before.feedback)
      throw ApiException{Error::Conflict("feedback has already been submitted for this notice",
                                         "该通知已提交反馈，不能重复提交")};
    std::string now = storage::NowIso();
    MarkRead(*conn, before, ctx.who().user_id, now);
    conn->Exec(
        "UPDATE notice_recipients SET feedback_at = ?, feedback_text = ?, "
        "acknowledged_at = COALESCE(acknowledged_at, ?) WHERE id = ?",
        {now, text, now, rid});
    for (int64_t f : ids)
      conn->Exec("INSERT INTO feedback_attachments (recipient_id, file_id) VALUES (?, ?)", {rid, f});
    AddEvent(*conn, before.notice_id, rid, ctx.who().user_id, "feedback", now);
    auto after = Require(*conn, ctx.who(), rid, today);
    auto n = conn->Query("SELECT title, sender_agency_id FROM notices WHERE id = ?",
                         {before.notice_id});
    notifications::NotifyAgencyUsers(
        *conn, pushes, n.Int(0, "sender_agency_id"), notifications::kNoticeFeedback,
        "反馈：" + n.Text(0, "title"),
        std::string(after.json.at("name").as_string()) + " 已提交反馈",
        "/notices/" + std::to_string(before.notice_id));
    audit::Append(*conn, api::ActorOf(ctx), "feedback", "notice_recipient",
                  std::to_string(rid), before.json, after.json);
    tx.Commit();
    result = std::move(after.json);
  }
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(result);
}

Response Forward(Context& ctx) {
  int64_t rid = ctx.PathId();
  Sender sender = SenderOf(ctx.who());
  std::string today = TodayChina();
  auto conn = ctx.svc.db->Acquire();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  json::object child;
  {
    storage::Transaction tx(*conn);
    auto r = Require(*conn, ctx.who(), rid, today);
    if (r.kind != "agency")
      throw ApiException{Error::Forbidden("only agency recipients can forward a notice",
                                          "只有监管部门可以转发通知")};
    auto parent = GetNotice(*conn, api::SqlFilter{}, r.notice_id, today);
    Defaults defaults{std::string(parent->at("title").as_string()),
                      std::string(parent->at("body").as_string()),
                      std::string(parent->at("required_actions").as_string()), std::nullopt};
    if (parent->at("feedback_deadline").is_string())
      defaults.feedback_deadline = std::string(parent->at("feedback_deadline").as_string());
    api::JsonInput in(ctx.req.body);
    NoticeDraft d = ReadNoticeInput(in, *conn, ctx.who(), &defaults);
    bool send = in.Bool("send");
    in.Finish();
    // The forward carries the original attachments plus any added ones.
    std::set<int64_t> files(d.attachment_ids.begin(), d.attachment_ids.end());
    for (const auto& f : parent->at("attachments").as_array()) files.insert(f.at("id").as_int64());
    d.attachment_ids.assign(files.begin(), files.end());
    if (send) CheckDeadlineNotPast(d.feedback_deadline, today);
    std::string now = storage::NowIso();
    MarkRead(*conn, r, ctx.who().user_id, now);
    int64_t id = InsertNotice(*conn, sender.agency_id, ctx.who().user_id, d, r.notice_id, rid, now);
    AddEvent(*conn, r.notice_id, rid, ctx.who().user_id, "forwarded", now);
    if (send) SendNotice(*conn, id, ctx.who().user_id, now, pushes);
    child = NoticeDetail(*conn, ctx.who(), id);
    audit::Append(*conn, api::ActorOf(ctx), send ? "forward_send" : "forward", "notice",
                  std::to_string(id), nullptr, child);
    tx.Commit();
  }
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(child, 201);
}

}  // namespace

void RegisterInboxRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/inbox", "notice:read", List);
  r.Add("GET", "/api/v1/inbox/export", "notice:read", Export);
  r.Add("GET", "/api/v1/inbox/{id}", "notice:read", Get);
  r.Add("POST", "/api/v1/inbox/{id}/acknowledge", "notice:feedback", Acknowledge);
  r.Add("POST", "/api/v1/inbox/{id}/feedback", "notice:feedback", Feedback);
  r.Add("POST", "/api/v1/inbox/{id}/forward", "notice:send", Forward);
}

}  // namespace anjian::notices
