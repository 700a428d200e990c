// Notice workflow steps shared by the sender routes, the inbox (forward) and the demo seed:
// reading a notice from JSON input, and sending it (materialising recipients, events and
// notifications) inside the caller's transaction.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/json.hpp"
#include "platform/api/principal.hpp"
#include "notices/notice_store.hpp"
#include "notices/recipient_selection.hpp"
#include "notifications/notification_service.hpp"

namespace anjian::notices {

// The caller's agency as a sender; 403 when the caller has none (enterprise accounts).
Sender SenderOf(const api::Principal& p);

struct Defaults {  // used by forward: fields the input may leave out
  std::string title, body, required_actions;
  std::optional<std::string> feedback_deadline;
};

// Reads title, body, required_actions, feedback_deadline, attachment_ids and recipients,
// validating form, attachment visibility and recipient scope; throws one 422 with every
// problem. With `defaults`, title/body/required_actions/feedback_deadline are optional.
// Does not call in.Finish() (callers may read more fields first).
NoticeDraft ReadNoticeInput(api::JsonInput& in, storage::Connection& conn,
                            const api::Principal& p, const Defaults* defaults);

// 422 (field feedback_deadline, rule deadline_past) when the deadline is before today (China).
void CheckDeadlineNotPast(const std::optional<std::string>& deadline, const std::string& today);

struct SendResult {
  size_t recipients = 0;
  size_t notified = 0;
};

// Sends draft `notice_id`: resolves its stored selection for the sender agency (422 when it
// is empty or out of scope), inserts notice_recipients, the "sent" event and a notification
// for every active user of every recipient, and marks the notice sent at `at`.
SendResult SendNotice(storage::Connection& conn, int64_t notice_id, int64_t user_id,
                      const std::string& at, notifications::PendingPushes& pushes);

// The sender view of one notice: Notice + "recipients" + "chain" + "children" +
// "recipient_selection" (the stored selection, for editing drafts). 404 when not visible.
boost::json::object NoticeDetail(storage::Connection& conn, const api::Principal& p, int64_t id);

// (recipient id, user id) for every active user of the given recipients of a notice (all
// recipients when `recipient_ids` is empty).
std::vector<std::pair<int64_t, int64_t>> RecipientUsers(storage::Connection& conn,
                                                        int64_t notice_id,
                                                        const std::vector<int64_t>& recipient_ids);

}  // namespace anjian::notices
