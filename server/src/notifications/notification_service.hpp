// In-app notifications (站内通知): rows in `notifications`, written inside the caller's
// transaction, and live pushes over WebSocket sent only AFTER that transaction commits (a
// rolled-back change must never have been announced).
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "notifications/notification_repository.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::notifications {

// Notification kinds (the UI labels them in both languages).
inline constexpr const char* kNoticeReceived = "notice_received";
inline constexpr const char* kNoticeFeedback = "notice_feedback";
inline constexpr const char* kNoticeReminder = "notice_reminder";
// Something submitted waits for the recipient's approval (a stocktake to approve, ...).
inline constexpr const char* kApprovalRequested = "approval_requested";

// Inserts one row with an explicit creation time (and optionally already read); returns the
// row as API JSON {"id","kind","title","body","link","created_at","read_at"}.
boost::json::object InsertNotification(storage::Connection& conn, int64_t user_id,
                                       const std::string& kind, const std::string& title,
                                       const std::string& body, const std::string& link,
                                       const std::string& created_at,
                                       const std::string& read_at = "");

// Inserts one row dated `now` (unix seconds), without a live push.
void Notify(storage::Connection& conn, int64_t now, int64_t user_id, const std::string& kind,
            const std::string& title, const std::string& body, const std::string& link);

// The API shape of one notification.
boost::json::object NotificationJson(const NotificationRow& row);

// Live messages collected during a transaction, delivered by Flush() after it commits.
class PendingPushes {
 public:
  // Rows inserted by Notify are dated by `clock`.
  explicit PendingPushes(const core::Clock& clock) : clock_(clock) {}
  void Add(int64_t user_id, boost::json::object notification);
  // Inserts the row, dated now, and queues its push.
  void Notify(storage::Connection& conn, int64_t user_id, const std::string& kind,
              const std::string& title, const std::string& body, const std::string& link);
  // Sends {"type":"notification","notification":{...},"unread":n} to each user. `conn` is used
  // (outside any transaction) for the unread counts; a null notifier (tests, CLI) drops them.
  void Flush(api::Notifier* notifier, storage::Connection& conn);
  size_t size() const { return items_.size(); }

 private:
  const core::Clock& clock_;
  std::vector<std::pair<int64_t, boost::json::object>> items_;
};

// Active users of an agency / an enterprise.
std::vector<int64_t> AgencyUserIds(storage::Connection& conn, int64_t agency_id);
std::vector<int64_t> EnterpriseUserIds(storage::Connection& conn, int64_t enterprise_id);

// Notifies every active user of the agency / enterprise; returns how many were notified.
size_t NotifyAgencyUsers(storage::Connection& conn, PendingPushes& pushes, int64_t agency_id,
                         const std::string& kind, const std::string& title,
                         const std::string& body, const std::string& link);
size_t NotifyEnterpriseUsers(storage::Connection& conn, PendingPushes& pushes,
                             int64_t enterprise_id, const std::string& kind,
                             const std::string& title, const std::string& body,
                             const std::string& link);

// Notifies the enterprise's active users holding `permission` (the approvers), leaving out
// `except_user_id` (the submitter: nobody approves their own work); returns how many.
size_t NotifyEnterpriseApprovers(storage::Connection& conn, PendingPushes& pushes,
                                 int64_t enterprise_id, const std::string& permission,
                                 int64_t except_user_id, const std::string& title,
                                 const std::string& body, const std::string& link);

int64_t UnreadCount(storage::Connection& conn, int64_t user_id);

// The caller's notification `id`, marked read now (if it was unread); nullopt when the caller
// has no such notification. One transaction.
std::optional<NotificationRow> MarkRead(storage::Connection& conn, const core::Clock& clock,
                                        int64_t user_id, int64_t id);
// Marks all of the caller's notifications read now; returns how many were unread.
int64_t MarkAllRead(storage::Connection& conn, const core::Clock& clock, int64_t user_id);

}  // namespace anjian::notifications
