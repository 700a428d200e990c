// /api/v1/notifications: every signed-in user reads and marks their own notifications only
// (the SQL takes the caller's user id), so the routes need no permission beyond signing in.
#include "notifications/notification_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::notifications {

void RegisterNotificationRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/notifications", api::kAuthenticated, ListNotifications);
  r.Add("GET", "/api/v1/notifications/unread-count", api::kAuthenticated, UnreadNotificationCount);
  r.Add("POST", "/api/v1/notifications/read-all", api::kAuthenticated, ReadAllNotifications);
  r.Add("POST", "/api/v1/notifications/{id}/read", api::kAuthenticated, ReadNotification);
}

}  // namespace anjian::notifications
