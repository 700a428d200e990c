// The SQL of in-app notifications (table notifications). Every read is of one user's own rows.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::notifications {

struct NotificationRow {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string kind, title, body, link;
  std::string created_at;
  std::optional<std::string> read_at;
};

// Inserts `row` (its id is ignored); returns the new id.
int64_t InsertNotificationRow(storage::Connection& conn, const NotificationRow& row);

struct NotificationPage {
  std::vector<NotificationRow> items;  // newest first
  int64_t total = 0;
};
NotificationPage ListOwnNotifications(storage::Connection& conn, int64_t user_id,
                                      bool unread_only, int64_t limit, int64_t offset);
std::optional<NotificationRow> FindOwnNotification(storage::Connection& conn, int64_t id,
                                                   int64_t user_id);
// Marks one unread notification of `user_id` read at `at`; returns the rows changed (0 or 1).
int64_t MarkNotificationRead(storage::Connection& conn, int64_t id, int64_t user_id,
                             const std::string& at);
// Marks every unread notification of `user_id` read at `at`; returns how many.
int64_t MarkAllNotificationsRead(storage::Connection& conn, int64_t user_id,
                                 const std::string& at);

int64_t CountUnread(storage::Connection& conn, int64_t user_id);
// Unread counts of several users at once (users without unread rows are absent).
std::map<int64_t, int64_t> CountUnread(storage::Connection& conn,
                                       const std::vector<int64_t>& user_ids);

}  // namespace anjian::notifications
