#include "notices/notice_service.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "notices/notice_json.hpp"
#include "notices/notice_sql.hpp"
#include "notices/notices_errors.hpp"
#include "platform/api/actor.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::notices {

namespace json = boost::json;

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

Notice Require(storage::Connection& conn, const api::SqlFilter& view, int64_t id,
               const std::string& today) {
  auto n = GetNotice(conn, view, id, today);
  if (!n) throw ApiException{Error::NotFound("notice")};
  return std::move(*n);
}

NoticeDetail Detail(storage::Connection& conn, const api::Principal& p, int64_t id,
                    const std::string& today) {
  NoticeDetail d;
  d.notice = Require(conn, SenderViewSql(p, "n"), id, today);
  d.recipients = ListRecipients(conn, id, today);
  d.chain = Chain(conn, id);
  d.children = Children(conn, id, p.agency_id.value_or(0));
  return d;
}

}  // namespace

std::string TodayOf(const core::Clock& clock) { return core::ChinaIsoDate(clock.Now()); }

Sender SenderOf(const api::Principal& p) {
  if (!p.agency_id || p.region_path.empty())
    throw ApiException{Err("notice_sender_agency_only").Forbidden()};
  return Sender{*p.agency_id, p.region_path};
}

void CheckDeadlineNotPast(const std::optional<std::string>& deadline, const std::string& today) {
  if (deadline && *deadline < today)
    core::Invalid(Err("feedback_deadline_past").At("feedback_deadline", *deadline));
}

NoticePage ListOwnNotices(storage::Connection& conn, const api::Principal& p,
                          const NoticeFilter& f, int64_t limit, int64_t offset,
                          const std::string& today) {
  if (!p.agency_id) return {};
  return ListAgencyNotices(conn, *p.agency_id, f, limit, offset, today);
}

NoticeDetail GetNoticeDetail(storage::Connection& conn, const api::Principal& p, int64_t id,
                             const std::string& today) {
  return Detail(conn, p, id, today);
}

std::vector<Recipient> GetNoticeRecipients(storage::Connection& conn, const api::Principal& p,
                                           int64_t id, const std::string& today) {
  Require(conn, SenderViewSql(p, "n"), id, today);
  return ListRecipients(conn, id, today);
}

Notice RequireOwnDraft(storage::Connection& conn, const api::Principal& p, int64_t id,
                       const std::string& today) {
  Notice n = Require(conn, OwnAgencySql(p), id, today);
  if (n.status != "draft") throw ApiException{Err("notice_not_draft").Conflict()};
  return n;
}

NoticeDetail CreateNotice(storage::Connection& conn, const api::Principal& who,
                          const NoticeDraft& draft, const core::Clock& clock) {
  const Sender sender = SenderOf(who);
  storage::Transaction tx(conn);
  int64_t id = InsertNotice(conn, sender.agency_id, who.user_id, draft, std::nullopt,
                            std::nullopt, clock.NowIso());
  NoticeDetail after = Detail(conn, who, id, TodayOf(clock));
  audit::Append(conn, api::ActorOf(who, clock.Now()), "create", "notice", std::to_string(id), nullptr,
                NoticeDetailJson(after));
  tx.Commit();
  return after;
}

NoticeDetail UpdateDraft(storage::Connection& conn, const api::Principal& who, int64_t id,
                         const NoticeDraft& draft, const core::Clock& clock) {
  const std::string today = TodayOf(clock);
  storage::Transaction tx(conn);
  Notice before = RequireOwnDraft(conn, who, id, today);
  UpdateNoticeDraft(conn, id, draft, clock.NowIso());
  NoticeDetail after = Detail(conn, who, id, TodayOf(clock));
  audit::Append(conn, api::ActorOf(who, clock.Now()), "update", "notice", std::to_string(id),
                NoticeJson(before), NoticeDetailJson(after));
  tx.Commit();
  return after;
}

NoticeDetail SendDraft(storage::Connection& conn, const api::Principal& who, int64_t id,
                       const core::Clock& clock, api::Notifier* notifier) {
  const std::string today = TodayOf(clock);
  notifications::PendingPushes pushes(clock);
  NoticeDetail after;
  {
    storage::Transaction tx(conn);
    Notice before = Require(conn, OwnAgencySql(who), id, today);
    if (before.status != "draft") throw ApiException{Err("notice_already_sent").Conflict()};
    CheckDeadlineNotPast(before.feedback_deadline, today);
    auto result = SendNotice(conn, id, who.user_id, clock.NowIso(), pushes);
    after = Detail(conn, who, id, TodayOf(clock));
    json::object audit_after = NoticeDetailJson(after);
    audit_after["notified_users"] = static_cast<int64_t>(result.notified);
    audit::Append(conn, api::ActorOf(who, clock.Now()), "send", "notice", std::to_string(id),
                  NoticeJson(before), audit_after);
    tx.Commit();
  }
  pushes.Flush(notifier, conn);
  return after;
}

int64_t RemindRecipients(storage::Connection& conn, const api::Principal& who, int64_t id,
                         const std::vector<int64_t>& recipient_ids, const core::Clock& clock,
                         api::Notifier* notifier) {
  SenderOf(who);
  const std::string today = TodayOf(clock);
  notifications::PendingPushes pushes(clock);
  int64_t reminded = 0;
  {
    storage::Transaction tx(conn);
    Notice notice = Require(conn, SenderViewSql(who, "n"), id, today);
    if (notice.sender_agency_id != *who.agency_id)
      throw ApiException{Err("remind_sender_only").Forbidden()};
    if (notice.status != "sent") throw ApiException{Err("remind_draft").Conflict()};
    if (!recipient_ids.empty() &&
        CountRecipientsOf(conn, id, recipient_ids) != static_cast<int64_t>(recipient_ids.size()))
      core::Invalid(Err("recipient_unknown").At("recipient_ids"));
    std::vector<int64_t> targets = PendingRecipients(conn, id, recipient_ids);
    const std::string now = clock.NowIso();
    if (!targets.empty()) {
      MarkReminded(conn, targets, now);
      std::string title = "催办：" + notice.title;
      std::string body = notice.sender_agency_name + " 提醒您尽快办理该通知";
      if (notice.feedback_deadline) body += "（反馈截止 " + *notice.feedback_deadline + "）";
      for (auto [rid, uid] : RecipientUsers(conn, id, targets))
        pushes.Add(uid, notifications::InsertNotification(conn, uid, notifications::kNoticeReminder,
                                                          title, body,
                                                          "/inbox/" + std::to_string(rid), now));
      for (int64_t rid : targets) AddEvent(conn, id, rid, who.user_id, "reminded", now);
    }
    reminded = static_cast<int64_t>(targets.size());
    json::array rids;
    for (int64_t t : targets) rids.push_back(t);
    audit::Append(conn, api::ActorOf(who, clock.Now()), "remind", "notice", std::to_string(id), nullptr,
                  json::object{{"recipient_ids", std::move(rids)}});
    tx.Commit();
  }
  pushes.Flush(notifier, conn);
  return reminded;
}

SendResult SendNotice(storage::Connection& conn, int64_t notice_id, int64_t user_id,
                      const std::string& at, notifications::PendingPushes& pushes) {
  auto draft = GetDraftToSend(conn, notice_id);
  if (!draft) throw ApiException{Error::NotFound("notice")};
  if (draft->status != "draft") throw ApiException{Err("notice_already_sent").Conflict()};
  Sender sender{draft->sender_agency_id, draft->sender_region_path};
  auto targets = ResolveSelection(conn, SelectionFromStored(draft->recipients_json), sender);
  if (targets.empty()) core::Invalid(Err("recipients_empty").At("recipients"));
  InsertRecipients(conn, notice_id, targets);
  MarkNoticeSent(conn, notice_id, at);
  AddEvent(conn, notice_id, std::nullopt, user_id, "sent", at);

  std::string title = "新通知：" + draft->title;
  std::string body = draft->sender_agency_name + " 发来通知";
  if (draft->feedback_deadline) body += "，请于 " + *draft->feedback_deadline + " 前反馈";
  else body += "，请及时阅读并回执";
  SendResult result{targets.size(), 0};
  for (auto [rid, uid] : RecipientUsers(conn, notice_id, {})) {
    pushes.Add(uid, notifications::InsertNotification(conn, uid, notifications::kNoticeReceived,
                                                      title, body,
                                                      "/inbox/" + std::to_string(rid), at));
    ++result.notified;
  }
  return result;
}

}  // namespace anjian::notices
