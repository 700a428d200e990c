#include "notices/inbox_service.hpp"

#include <boost/json.hpp>
#include <set>

#include "notices/notice_json.hpp"
#include "notices/notice_service.hpp"
#include "notices/notices_errors.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/actor.hpp"

namespace anjian::notices {

namespace {

// Gives the read receipt the first time (event "read"); returns whether it changed anything.
bool MarkRead(storage::Connection& conn, const Recipient& r, int64_t user_id,
              const std::string& now) {
  if (r.read_at) return false;
  MarkRecipientRead(conn, r.id, now);
  AddEvent(conn, r.notice_id, r.id, user_id, "read", now);
  return true;
}

void Audit(storage::Connection& conn, const api::Principal& who, int64_t at,
           const std::string& action,
           int64_t recipient_id, const Recipient& before, const Recipient& after) {
  audit::Append(conn, api::ActorOf(who, at), action, "notice_recipient", std::to_string(recipient_id),
                RecipientJson(before), RecipientJson(after));
}

}  // namespace

InboxPage ListOwnInbox(storage::Connection& conn, const api::Principal& p, const InboxFilter& f,
                       int64_t limit, int64_t offset, const std::string& today) {
  return ListInbox(conn, p, f, limit, offset, today);
}

OwnRecipient RequireInboxItem(storage::Connection& conn, const api::Principal& p,
                              int64_t recipient_id, const std::string& today) {
  auto r = GetOwnRecipient(conn, p, recipient_id, today);
  if (!r || r->notice_status != "sent") throw ApiException{Error::NotFound("inbox item")};
  return std::move(*r);
}

OpenedItem OpenInboxItem(storage::Connection& conn, const api::Principal& who,
                         int64_t recipient_id, const core::Clock& clock) {
  const std::string today = TodayOf(clock);
  storage::Transaction tx(conn);
  Recipient r = RequireInboxItem(conn, who, recipient_id, today).recipient;
  // The read receipt tells the sender that the recipient organisation has taken the notice in.
  // Only an account that can answer for it (notice:feedback) gives that receipt; a read-only
  // account (regulator_ro) opening the item writes nothing.
  if (who.Can("notice:feedback") && MarkRead(conn, r, who.user_id, clock.NowIso())) {
    Recipient after = RequireInboxItem(conn, who, recipient_id, today).recipient;
    Audit(conn, who, clock.Now(), "read", recipient_id, r, after);
    r = std::move(after);
  }
  OpenedItem item{std::move(r), {}, {}};
  item.notice = *GetNotice(conn, api::SqlFilter{}, item.recipient.notice_id, today);
  item.chain = Chain(conn, item.recipient.notice_id);
  tx.Commit();
  return item;
}

Recipient AcknowledgeItem(storage::Connection& conn, const api::Principal& who,
                          int64_t recipient_id, const core::Clock& clock) {
  const std::string today = TodayOf(clock);
  storage::Transaction tx(conn);
  Recipient before = RequireInboxItem(conn, who, recipient_id, today).recipient;
  if (before.acknowledged_at) throw ApiException{Err("already_acknowledged").Conflict()};
  const std::string now = clock.NowIso();
  MarkRead(conn, before, who.user_id, now);
  MarkRecipientAcknowledged(conn, recipient_id, now);
  AddEvent(conn, before.notice_id, recipient_id, who.user_id, "acknowledged", now);
  Recipient after = RequireInboxItem(conn, who, recipient_id, today).recipient;
  Audit(conn, who, clock.Now(), "acknowledge", recipient_id, before, after);
  tx.Commit();
  return after;
}

Recipient SubmitFeedback(storage::Connection& conn, const api::Principal& who,
                         int64_t recipient_id, const std::string& text,
                         const std::vector<int64_t>& file_ids, const core::Clock& clock,
                         api::Notifier* notifier) {
  const std::string today = TodayOf(clock);
  notifications::PendingPushes pushes(clock);
  Recipient after;
  {
    storage::Transaction tx(conn);
    Recipient before = RequireInboxItem(conn, who, recipient_id, today).recipient;
    if (before.feedback_at) throw ApiException{Err("feedback_already_submitted").Conflict()};
    const std::string now = clock.NowIso();
    MarkRead(conn, before, who.user_id, now);
    SaveFeedback(conn, recipient_id, text, file_ids, now);
    AddEvent(conn, before.notice_id, recipient_id, who.user_id, "feedback", now);
    after = RequireInboxItem(conn, who, recipient_id, today).recipient;
    NoticeHead head = GetNoticeHead(conn, before.notice_id);
    notifications::NotifyAgencyUsers(conn, pushes, head.sender_agency_id,
                                     notifications::kNoticeFeedback, "反馈：" + head.title,
                                     after.name + " 已提交反馈",
                                     "/notices/" + std::to_string(before.notice_id));
    Audit(conn, who, clock.Now(), "feedback", recipient_id, before, after);
    tx.Commit();
  }
  pushes.Flush(notifier, conn);
  return after;
}

Notice ForwardSource(storage::Connection& conn, const api::Principal& who, int64_t recipient_id,
                     const std::string& today) {
  OwnRecipient r = RequireInboxItem(conn, who, recipient_id, today);
  if (r.recipient.kind != "agency") throw ApiException{Err("forward_agency_only").Forbidden()};
  return *GetNotice(conn, api::SqlFilter{}, r.recipient.notice_id, today);
}

NoticeDetail ForwardNotice(storage::Connection& conn, const api::Principal& who,
                           int64_t recipient_id, NoticeDraft draft, bool send,
                           const core::Clock& clock, api::Notifier* notifier) {
  const Sender sender = SenderOf(who);
  const std::string today = TodayOf(clock);
  notifications::PendingPushes pushes(clock);
  NoticeDetail child;
  {
    storage::Transaction tx(conn);
    Recipient r = RequireInboxItem(conn, who, recipient_id, today).recipient;
    if (r.kind != "agency") throw ApiException{Err("forward_agency_only").Forbidden()};
    Notice parent = *GetNotice(conn, api::SqlFilter{}, r.notice_id, today);
    // The forward carries the original attachments plus any added ones.
    std::set<int64_t> files(draft.attachment_ids.begin(), draft.attachment_ids.end());
    for (const auto& f : parent.attachments) files.insert(f.id);
    draft.attachment_ids.assign(files.begin(), files.end());
    const std::string now = clock.NowIso();
    MarkRead(conn, r, who.user_id, now);
    int64_t id = InsertNotice(conn, sender.agency_id, who.user_id, draft, r.notice_id,
                              recipient_id, now);
    AddEvent(conn, r.notice_id, recipient_id, who.user_id, "forwarded", now);
    if (send) SendNotice(conn, id, who.user_id, now, pushes);
    child = GetNoticeDetail(conn, who, id, TodayOf(clock));
    audit::Append(conn, api::ActorOf(who, clock.Now()), send ? "forward_send" : "forward", "notice",
                  std::to_string(id), nullptr, NoticeDetailJson(child));
    tx.Commit();
  }
  pushes.Flush(notifier, conn);
  return child;
}

}  // namespace anjian::notices
