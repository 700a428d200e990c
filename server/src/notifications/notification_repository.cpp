#include "notifications/notification_repository.hpp"

#include <algorithm>

#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::notifications {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT id, user_id, kind, title, body, link, created_at, read_at FROM notifications";

NotificationRow RowAt(const storage::ResultSet& rs, size_t i) {
  return NotificationRow{rs.Int(i, "id"),        rs.Int(i, "user_id"),   rs.Text(i, "kind"),
                         rs.Text(i, "title"),    rs.Text(i, "body"),     rs.Text(i, "link"),
                         rs.Text(i, "created_at"), rs.OptText(i, "read_at")};
}

}  // namespace

int64_t InsertNotificationRow(storage::Connection& conn, const NotificationRow& row) {
  auto rs = conn.Query(
      "INSERT INTO notifications (user_id, kind, title, body, link, created_at, read_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {row.user_id, row.kind, row.title, row.body, row.link, row.created_at,
       storage::Nullable(row.read_at)});
  return rs.Int(0, "id");
}

NotificationPage ListOwnNotifications(storage::Connection& conn, int64_t user_id,
                                      bool unread_only, int64_t limit, int64_t offset) {
  std::string where = " WHERE user_id = ?";
  if (unread_only) where += " AND read_at IS NULL";
  NotificationPage page;
  page.total =
      conn.Query("SELECT COUNT(*) AS n FROM notifications" + where, {user_id}).Int(0, "n");
  auto rs = conn.Query(kSelect + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                       {user_id, limit, offset});
  page.items.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) page.items.push_back(RowAt(rs, i));
  return page;
}

std::optional<NotificationRow> FindOwnNotification(storage::Connection& conn, int64_t id,
                                                   int64_t user_id) {
  auto rs = conn.Query(std::string(kSelect) + " WHERE id = ? AND user_id = ?", {id, user_id});
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

int64_t MarkNotificationRead(storage::Connection& conn, int64_t id, int64_t user_id,
                             const std::string& at) {
  return conn.Exec(
      "UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL",
      {at, id, user_id});
}

int64_t MarkAllNotificationsRead(storage::Connection& conn, int64_t user_id,
                                 const std::string& at) {
  return conn.Exec("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
                   {at, user_id});
}

int64_t CountUnread(storage::Connection& conn, int64_t user_id) {
  return conn
      .Query("SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL",
             {user_id})
      .Int(0, "n");
}

std::map<int64_t, int64_t> CountUnread(storage::Connection& conn,
                                       const std::vector<int64_t>& user_ids) {
  std::map<int64_t, int64_t> out;
  // In chunks: bounded parameter lists on both databases.
  for (size_t start = 0; start < user_ids.size(); start += 500) {
    const size_t end = std::min(user_ids.size(), start + 500);
    std::vector<Value> params(user_ids.begin() + static_cast<long>(start),
                              user_ids.begin() + static_cast<long>(end));
    auto rs = conn.Query(
        "SELECT user_id, COUNT(*) AS n FROM notifications WHERE read_at IS NULL AND user_id IN (" +
            storage::Placeholders(end - start) + ") GROUP BY user_id",
        params);
    for (size_t i = 0; i < rs.size(); ++i) out[rs.Int(i, "user_id")] = rs.Int(i, "n");
  }
  return out;
}

}  // namespace anjian::notifications
