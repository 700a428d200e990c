// /api/v1/notifications handlers: the caller's own in-app notifications. Another user's
// notification answers 404 exactly like a missing one. Marking as read is personal UI state,
// not a business change, so it is not written to the audit log.
#include "notifications/notification_handlers.hpp"

#include <boost/json.hpp>

#include "notifications/notification_service.hpp"
#include "platform/api/api_errors.hpp"

namespace anjian::notifications {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

bool UnreadOnly(const Context& ctx) {
  auto v = ctx.req.Query("unread_only");
  if (!v || v->empty() || *v == "0" || *v == "false") return false;
  if (*v == "1" || *v == "true") return true;
  core::Invalid(api::Err("flag_invalid").At("unread_only"));
}

}  // namespace

Response ListNotifications(Context& ctx) {
  const bool unread_only = UnreadOnly(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result = ListOwnNotifications(*conn, ctx.who().user_id, unread_only, size, (page - 1) * size);
  json::array items;
  items.reserve(result.items.size());
  for (const auto& row : result.items) items.push_back(NotificationJson(row));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

Response UnreadNotificationCount(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(json::object{{"unread", UnreadCount(*conn, ctx.who().user_id)}});
}

Response ReadNotification(Context& ctx) {
  const int64_t id = ctx.PathId();
  const int64_t uid = ctx.who().user_id;
  auto conn = ctx.svc.db->Acquire();
  auto row = MarkRead(*conn, *ctx.svc.clock, uid, id);
  if (!row) throw ApiException{Error::NotFound("notification")};
  json::object out = NotificationJson(*row);
  out["unread"] = UnreadCount(*conn, uid);
  return api::JsonResponse(out);
}

Response ReadAllNotifications(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const int64_t n = MarkAllRead(*conn, *ctx.svc.clock, ctx.who().user_id);
  return api::JsonResponse(json::object{{"marked", n}, {"unread", 0}});
}

}  // namespace anjian::notifications
