// /api/v1/notices: the sender side of notices (通知下发). Drafts belong to the sending agency;
// sent notices are also visible to regulators above it. Every write is one transaction with
// its audit entry; notifications are pushed live only after the commit.
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "notices/notice_status_rules.hpp"
#include "notices/notice_service.hpp"
#include "notices/notice_sql.hpp"
#include "notices/notice_store.hpp"

namespace anjian::notices {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// Only the sending agency's own notices (for writes).
api::SqlFilter OwnAgencySql(const api::Principal& p) {
  api::SqlFilter f;
  if (!p.agency_id) {
    f.sql = "1=0";
  } else {
    f.sql = "n.sender_agency_id = ?";
    f.params = {*p.agency_id};
  }
  return f;
}

json::object Require(storage::Connection& conn, const api::SqlFilter& view, int64_t id,
                     const std::string& today) {
  auto n = GetNotice(conn, view, id, today);
  if (!n) throw ApiException{Error::NotFound("notice")};
  return *n;
}

Response List(Context& ctx) {
  auto f = ParseNoticeFilter(ctx.req.query);
  auto [page, size] = ctx.Paging();
  if (!ctx.who().agency_id) return api::JsonResponse(api::PageJson({}, 0, page, size));
  auto conn = ctx.svc.db->Acquire();
  auto result = ListAgencyNotices(*conn, *ctx.who().agency_id, f, size, (page - 1) * size,
                                  TodayChina());
  json::array items;
  for (auto& o : result.items) items.push_back(std::move(o));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

int64_t StatOf(const json::object& o, const char* k) {
  auto it = o.find("stats");
  if (it == o.end() || !it->value().is_object()) return 0;
  auto s = it->value().as_object().find(k);
  return s != it->value().as_object().end() && s->value().is_int64() ? s->value().as_int64() : 0;
}

Response Export(Context& ctx) {
  auto f = ParseNoticeFilter(ctx.req.query);
  std::vector<std::vector<office::Cell>> rows;
  if (ctx.who().agency_id) {
    auto conn = ctx.svc.db->Acquire();
    auto result = ListAgencyNotices(*conn, *ctx.who().agency_id, f, 100000, 0, TodayChina());
    for (const auto& n : result.items)
      rows.push_back({api::StringAt(n, "title"), api::StringAt(n, "status") == "sent" ? "已发送" : "草稿",
                      api::StringAt(n, "sent_at"), api::StringAt(n, "feedback_deadline"), StatOf(n, "total"),
                      StatOf(n, "unread"), StatOf(n, "read"), StatOf(n, "acknowledged"),
                      StatOf(n, "feedback_submitted"), StatOf(n, "overdue")});
  }
  return api::XlsxDownload("通知列表.xlsx", "通知列表",
                           {"标题", "状态", "发送时间", "反馈截止", "接收方", "未读", "已读",
                            "已回执", "已反馈", "逾期"},
                           rows);
}

Response Get(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(NoticeDetail(*conn, ctx.who(), ctx.PathId()));
}

Response Create(Context& ctx) {
  Sender sender = SenderOf(ctx.who());
  auto conn = ctx.svc.db->Acquire();
  api::JsonInput in(ctx.req.body);
  NoticeDraft d = ReadNoticeInput(in, *conn, ctx.who(), nullptr);
  in.Finish();
  CheckDeadlineNotPast(d.feedback_deadline, TodayChina());
  storage::Transaction tx(*conn);
  int64_t id = InsertNotice(*conn, sender.agency_id, ctx.who().user_id, d, std::nullopt,
                            std::nullopt, storage::NowIso());
  auto after = NoticeDetail(*conn, ctx.who(), id);
  audit::Append(*conn, api::ActorOf(ctx), "create", "notice", std::to_string(id), nullptr,
                after);
  tx.Commit();
  return api::JsonResponse(after, 201);
}

Response Update(Context& ctx) {
  int64_t id = ctx.PathId();
  SenderOf(ctx.who());
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = Require(*conn, OwnAgencySql(ctx.who()), id, TodayChina());
  if (before.at("status").as_string() != "draft")
    throw ApiException{Error::Conflict("only drafts can be edited; this notice has been sent",
                                       "通知已发送，只能修改草稿")};
  api::JsonInput in(ctx.req.body);
  NoticeDraft d = ReadNoticeInput(in, *conn, ctx.who(), nullptr);
  in.Finish();
  CheckDeadlineNotPast(d.feedback_deadline, TodayChina());
  UpdateNoticeDraft(*conn, id, d, storage::NowIso());
  auto after = NoticeDetail(*conn, ctx.who(), id);
  audit::Append(*conn, api::ActorOf(ctx), "update", "notice", std::to_string(id), before,
                after);
  tx.Commit();
  return api::JsonResponse(after);
}

Response Send(Context& ctx) {
  int64_t id = ctx.PathId();
  SenderOf(ctx.who());
  std::string today = TodayChina();
  auto conn = ctx.svc.db->Acquire();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  json::object after;
  {
    storage::Transaction tx(*conn);
    auto before = Require(*conn, OwnAgencySql(ctx.who()), id, today);
    if (before.at("status").as_string() != "draft")
      throw ApiException{Error::Conflict("the notice has already been sent", "该通知已发送")};
    std::optional<std::string> deadline;
    if (before.at("feedback_deadline").is_string())
      deadline = std::string(before.at("feedback_deadline").as_string());
    CheckDeadlineNotPast(deadline, today);
    auto result = SendNotice(*conn, id, ctx.who().user_id, storage::NowIso(), pushes);
    after = NoticeDetail(*conn, ctx.who(), id);
    json::object audit_after = after;
    audit_after["notified_users"] = static_cast<int64_t>(result.notified);
    audit::Append(*conn, api::ActorOf(ctx), "send", "notice", std::to_string(id), before,
                  audit_after);
    tx.Commit();
  }
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(after);
}

Response Remind(Context& ctx) {
  int64_t id = ctx.PathId();
  SenderOf(ctx.who());
  api::JsonInput in(ctx.req.body);
  auto ids = in.IdList("recipient_ids", 20000);
  in.Finish();
  std::string today = TodayChina();
  auto conn = ctx.svc.db->Acquire();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  int64_t reminded = 0;
  {
    storage::Transaction tx(*conn);
    auto notice = Require(*conn, SenderViewSql(ctx.who(), "n"), id, today);
    if (notice.at("sender_agency").at("id").as_int64() != *ctx.who().agency_id)
      throw ApiException{Error::Forbidden("only the sending agency can send reminders",
                                          "只有发文机构可以催办")};
    if (notice.at("status").as_string() != "sent")
      throw ApiException{Error::Conflict("a draft cannot be reminded; send it first",
                                         "草稿不能催办，请先发送")};
    std::vector<storage::Value> params{id};
    std::string sql = "SELECT r.id FROM notice_recipients r JOIN notices n ON n.id = r.notice_id "
                      "WHERE r.notice_id = ? AND " + NotDoneSql();
    if (!ids.empty()) {
      std::vector<storage::Value> check_params{id};
      std::string in_ids = InList(ids, check_params);
      auto known = conn->Query("SELECT COUNT(*) AS n FROM notice_recipients WHERE notice_id = ? "
                               "AND id IN (" + in_ids + ")", check_params);
      if (known.Int(0, "n") != static_cast<int64_t>(ids.size()))
        throw ApiException{Error::Validation({{"recipient_ids", "recipient_unknown",
                                               "some ids are not recipients of this notice",
                                               "部分 ID 不是本通知的接收单位"}})};
      sql += " AND r.id IN (" + InList(ids, params) + ")";
    }
    auto rs = conn->Query(sql + " ORDER BY r.id", params);
    std::vector<int64_t> targets;
    for (size_t i = 0; i < rs.size(); ++i) targets.push_back(rs.Int(i, "id"));
    std::string now = storage::NowIso();
    if (!targets.empty()) {
      std::vector<storage::Value> up{now};
      std::string in_t = InList(targets, up);
      conn->Exec("UPDATE notice_recipients SET reminded_count = reminded_count + 1, "
                 "last_reminded_at = ? WHERE id IN (" + in_t + ")", up);
      std::string title = "催办：" + std::string(notice.at("title").as_string());
      std::string body = std::string(notice.at("sender_agency").at("name").as_string()) +
                         " 提醒您尽快办理该通知";
      if (notice.at("feedback_deadline").is_string())
        body += "（反馈截止 " + std::string(notice.at("feedback_deadline").as_string()) + "）";
      for (auto [rid, uid] : RecipientUsers(*conn, id, targets))
        pushes.Add(uid, notifications::InsertNotification(*conn, uid, notifications::kNoticeReminder,
                                                          title, body,
                                                          "/inbox/" + std::to_string(rid), now));
      for (int64_t rid : targets) AddEvent(*conn, id, rid, ctx.who().user_id, "reminded", now);
    }
    reminded = static_cast<int64_t>(targets.size());
    json::array rids;
    for (int64_t t : targets) rids.push_back(t);
    audit::Append(*conn, api::ActorOf(ctx), "remind", "notice", std::to_string(id), nullptr,
                  json::object{{"recipient_ids", std::move(rids)}});
    tx.Commit();
  }
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(json::object{{"reminded", reminded}});
}

Response ExportRecipients(Context& ctx) {
  int64_t id = ctx.PathId();
  std::string today = TodayChina();
  auto conn = ctx.svc.db->Acquire();
  Require(*conn, SenderViewSql(ctx.who(), "n"), id, today);
  auto recipients = ListRecipients(*conn, id, today);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(recipients.size());
  auto text = [](const json::value& v) {
    return v.is_string() ? office::Cell(std::string(v.as_string())) : office::Cell();
  };
  for (const auto& rv : recipients) {
    const auto& r = rv.as_object();
    auto status = domain::ParseRecipientStatus(std::string(r.at("status").as_string()));
    rows.push_back({text(r.at("name")),
                    office::Cell(r.at("recipient_kind").as_string() == "agency" ? "监管部门" : "企业"),
                    text(r.at("region_code")),
                    office::Cell(domain::RecipientStatusLabelZh(*status)),
                    text(r.at("read_at")), text(r.at("acknowledged_at")), text(r.at("feedback_at")),
                    text(r.at("feedback_text")),
                    office::Cell(static_cast<int64_t>(r.at("feedback_attachments").as_array().size())),
                    office::Cell(r.at("reminded_count").as_int64()), text(r.at("last_reminded_at"))});
  }
  return api::XlsxDownload("通知回执-" + std::to_string(id) + ".xlsx", "回执情况",
                           {"接收单位", "类型", "行政区划代码", "状态", "阅读时间", "回执时间",
                            "反馈时间", "反馈内容", "反馈附件数", "催办次数", "最近催办时间"},
                           rows);
}

}  // namespace

void RegisterNoticeRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/notices", "notice:read", List);
  r.Add("GET", "/api/v1/notices/export", "notice:read", Export);
  r.Add("POST", "/api/v1/notices", "notice:send", Create);
  r.Add("GET", "/api/v1/notices/{id}", "notice:read", Get);
  r.Add("PUT", "/api/v1/notices/{id}", "notice:send", Update);
  r.Add("POST", "/api/v1/notices/{id}/send", "notice:send", Send);
  r.Add("POST", "/api/v1/notices/{id}/remind", "notice:send", Remind);
  r.Add("GET", "/api/v1/notices/{id}/recipients/export", "notice:send", ExportRecipients);
}

}  // namespace anjian::notices
