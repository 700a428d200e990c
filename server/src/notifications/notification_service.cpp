#include "notifications/notification_service.hpp"

#include <boost/json.hpp>

#include "identity/user_repository.hpp"
#include "platform/api/json.hpp"

namespace anjian::notifications {

namespace json = boost::json;

json::object NotificationJson(const NotificationRow& row) {
  return json::object{{"id", row.id},
                      {"kind", row.kind},
                      {"title", row.title},
                      {"body", row.body},
                      {"link", row.link},
                      {"created_at", row.created_at},
                      {"read_at", api::NullableStr(row.read_at)}};
}

json::object InsertNotification(storage::Connection& conn, int64_t user_id,
                                const std::string& kind, const std::string& title,
                                const std::string& body, const std::string& link,
                                const std::string& created_at, const std::string& read_at) {
  NotificationRow row{0, user_id, kind, title, body, link, created_at, std::nullopt};
  if (!read_at.empty()) row.read_at = read_at;
  row.id = InsertNotificationRow(conn, row);
  return NotificationJson(row);
}

void PendingPushes::Add(int64_t user_id, json::object notification) {
  items_.emplace_back(user_id, std::move(notification));
}

void Notify(storage::Connection& conn, int64_t now, int64_t user_id, const std::string& kind,
            const std::string& title, const std::string& body, const std::string& link) {
  InsertNotification(conn, user_id, kind, title, body, link, core::IsoFromUnix(now));
}

void PendingPushes::Notify(storage::Connection& conn, int64_t user_id, const std::string& kind,
                           const std::string& title, const std::string& body,
                           const std::string& link) {
  Add(user_id, InsertNotification(conn, user_id, kind, title, body, link, core::IsoFromUnix(clock_.Now())));
}

void PendingPushes::Flush(api::Notifier* notifier, storage::Connection& conn) {
  if (!notifier || items_.empty()) {
    items_.clear();
    return;
  }
  std::vector<int64_t> users;
  for (const auto& [uid, _] : items_) users.push_back(uid);
  std::sort(users.begin(), users.end());
  users.erase(std::unique(users.begin(), users.end()), users.end());
  auto unread = CountUnread(conn, users);
  for (auto& [uid, n] : items_) {
    json::object msg{{"type", "notification"}, {"notification", std::move(n)}, {"unread", unread[uid]}};
    notifier->Push(uid, json::serialize(msg));
  }
  items_.clear();
}

std::vector<int64_t> AgencyUserIds(storage::Connection& conn, int64_t agency_id) {
  return identity::ActiveUserIdsOfAgency(conn, agency_id);
}

std::vector<int64_t> EnterpriseUserIds(storage::Connection& conn, int64_t enterprise_id) {
  return identity::ActiveUserIdsOfEnterprise(conn, enterprise_id);
}

size_t NotifyAgencyUsers(storage::Connection& conn, PendingPushes& pushes, int64_t agency_id,
                         const std::string& kind, const std::string& title,
                         const std::string& body, const std::string& link) {
  auto ids = AgencyUserIds(conn, agency_id);
  for (int64_t uid : ids) pushes.Notify(conn, uid, kind, title, body, link);
  return ids.size();
}

size_t NotifyEnterpriseUsers(storage::Connection& conn, PendingPushes& pushes,
                             int64_t enterprise_id, const std::string& kind,
                             const std::string& title, const std::string& body,
                             const std::string& link) {
  auto ids = EnterpriseUserIds(conn, enterprise_id);
  for (int64_t uid : ids) pushes.Notify(conn, uid, kind, title, body, link);
  return ids.size();
}

size_t NotifyEnterpriseApprovers(storage::Connection& conn, PendingPushes& pushes,
                                 int64_t enterprise_id, const std::string& permission,
                                 int64_t except_user_id, const std::string& title,
                                 const std::string& body, const std::string& link) {
  size_t n = 0;
  for (int64_t uid : identity::ActiveUserIdsOfEnterpriseWith(conn, enterprise_id, permission)) {
    if (uid == except_user_id) continue;
    pushes.Notify(conn, uid, kApprovalRequested, title, body, link);
    ++n;
  }
  return n;
}

int64_t UnreadCount(storage::Connection& conn, int64_t user_id) {
  return CountUnread(conn, user_id);
}

std::optional<NotificationRow> MarkRead(storage::Connection& conn, const core::Clock& clock,
                                        int64_t user_id, int64_t id) {
  storage::Transaction tx(conn);
  MarkNotificationRead(conn, id, user_id, core::IsoFromUnix(clock.Now()));
  auto row = FindOwnNotification(conn, id, user_id);
  if (row) tx.Commit();
  return row;
}

int64_t MarkAllRead(storage::Connection& conn, const core::Clock& clock, int64_t user_id) {
  storage::Transaction tx(conn);
  const int64_t n = MarkAllNotificationsRead(conn, user_id, core::IsoFromUnix(clock.Now()));
  tx.Commit();
  return n;
}

}  // namespace anjian::notifications
