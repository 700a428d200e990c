// Notices (通知下发), the sender side: the use cases of drafting, editing, sending and reminding,
// and the sender's reads. Drafts belong to the sending agency; sent notices are also visible to
// regulators above it. Every write is one transaction with its audit entry; notifications are
// pushed live only after the commit. `today` is China's calendar day ("YYYY-MM-DD") of the
// clock's now: feedback deadlines are calendar days there.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "notices/notice_repository.hpp"
#include "notices/recipient_selection.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/context.hpp"
#include "platform/api/principal.hpp"

namespace anjian::notices {

// China's calendar day of the clock's now.
std::string TodayOf(const core::Clock& clock);

// The caller's agency as a sender; 403 when the caller has none (enterprise accounts).
Sender SenderOf(const api::Principal& p);

// 422 (field feedback_deadline, rule feedback_deadline_past) when the deadline is before today.
void CheckDeadlineNotPast(const std::optional<std::string>& deadline, const std::string& today);

// Reads. Notices of the caller's agency (none for an account without one); the sender view of
// one notice and its recipients (404 when not in the caller's sender view).
NoticePage ListOwnNotices(storage::Connection& conn, const api::Principal& p,
                          const NoticeFilter& f, int64_t limit, int64_t offset,
                          const std::string& today);
NoticeDetail GetNoticeDetail(storage::Connection& conn, const api::Principal& p, int64_t id,
                             const std::string& today);
std::vector<Recipient> GetNoticeRecipients(storage::Connection& conn, const api::Principal& p,
                                           int64_t id, const std::string& today);
// The caller's agency's draft `id` (404 when not its own, 409 when already sent).
Notice RequireOwnDraft(storage::Connection& conn, const api::Principal& p, int64_t id,
                       const std::string& today);

// `draft` is validated (recipients resolved, deadline not past).
NoticeDetail CreateNotice(storage::Connection& conn, const api::Principal& who,
                          const NoticeDraft& draft, const core::Clock& clock);
NoticeDetail UpdateDraft(storage::Connection& conn, const api::Principal& who, int64_t id,
                         const NoticeDraft& draft, const core::Clock& clock);
// Sends the caller's draft `id` to its recipients (422 when its deadline has passed or its
// selection resolves to nobody).
NoticeDetail SendDraft(storage::Connection& conn, const api::Principal& who, int64_t id,
                       const core::Clock& clock, api::Notifier* notifier);
// Reminds the recipients of the caller's sent notice `id` that have not done what it asks (of
// `recipient_ids` when not empty); returns how many were reminded.
int64_t RemindRecipients(storage::Connection& conn, const api::Principal& who, int64_t id,
                         const std::vector<int64_t>& recipient_ids, const core::Clock& clock,
                         api::Notifier* notifier);

struct SendResult {
  size_t recipients = 0;
  size_t notified = 0;
};

// Sends draft `notice_id` inside the caller's transaction: resolves its stored selection for
// the sender agency (422 when it is empty or out of scope), inserts notice_recipients, the
// "sent" event and a notification for every active user of every recipient, and marks the
// notice sent at `at`. (The API's SendDraft, a forward, and the demo seed.)
SendResult SendNotice(storage::Connection& conn, int64_t notice_id, int64_t user_id,
                      const std::string& at, notifications::PendingPushes& pushes);

}  // namespace anjian::notices
