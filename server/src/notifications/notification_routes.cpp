// /api/v1/notifications: the caller's own in-app notifications. Another user's notification
// answers 404 exactly like a missing one. Marking as read is personal UI state, not a business
// change, so it is not written to the audit log.
#include <boost/json.hpp>

#include "platform/api/router.hpp"
#include "notifications/notify.hpp"

namespace anjian::notifications {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr const char* kColumns = "id, kind, title, body, link, created_at, read_at";

bool UnreadOnly(const Context& ctx) {
  auto v = ctx.req.Query("unread_only");
  if (!v || v->empty() || *v == "0" || *v == "false") return false;
  if (*v == "1" || *v == "true") return true;
  throw ApiException{Error::Validation(
      {{"unread_only", "bool_invalid", "must be 1, 0, true or false", "应为 1、0、true 或 false"}})};
}

Response List(Context& ctx) {
  bool unread_only = UnreadOnly(ctx);
  auto [page, size] = ctx.Paging();
  std::string where = " WHERE user_id = ?";
  if (unread_only) where += " AND read_at IS NULL";
  auto conn = ctx.svc.db->Acquire();
  int64_t uid = ctx.who().user_id;
  auto count = conn->Query("SELECT COUNT(*) AS n FROM notifications" + where, {uid});
  auto rs = conn->Query(std::string("SELECT ") + kColumns + " FROM notifications" + where +
                            " ORDER BY id DESC LIMIT ? OFFSET ?",
                        {uid, size, (page - 1) * size});
  json::array items;
  items.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(NotificationJson(rs, i));
  return api::JsonResponse(api::PageJson(std::move(items), count.Int(0, "n"), page, size));
}

Response Unread(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(json::object{{"unread", UnreadCount(*conn, ctx.who().user_id)}});
}

Response ReadOne(Context& ctx) {
  int64_t id = ctx.PathId();
  int64_t uid = ctx.who().user_id;
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  conn->Exec("UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL",
             {storage::NowIso(), id, uid});
  auto rs = conn->Query(std::string("SELECT ") + kColumns +
                            " FROM notifications WHERE id = ? AND user_id = ?",
                        {id, uid});
  if (rs.empty()) throw ApiException{Error::NotFound("notification")};
  tx.Commit();
  json::object out = NotificationJson(rs, 0);
  out["unread"] = UnreadCount(*conn, uid);
  return api::JsonResponse(out);
}

Response ReadAll(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  int64_t n = conn->Exec(
      "UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
      {storage::NowIso(), ctx.who().user_id});
  tx.Commit();
  return api::JsonResponse(json::object{{"marked", n}, {"unread", 0}});
}

}  // namespace

void RegisterNotificationRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/notifications", api::kAuthenticated, List);
  r.Add("GET", "/api/v1/notifications/unread-count", api::kAuthenticated, Unread);
  r.Add("POST", "/api/v1/notifications/read-all", api::kAuthenticated, ReadAll);
  r.Add("POST", "/api/v1/notifications/{id}/read", api::kAuthenticated, ReadOne);
}

}  // namespace anjian::notifications
