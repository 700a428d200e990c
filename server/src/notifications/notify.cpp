#include "notifications/notify.hpp"

#include <boost/json.hpp>
#include <map>

#include "platform/api/json.hpp"

namespace anjian::notifications {

namespace json = boost::json;
using storage::Value;

json::object NotificationJson(const storage::ResultSet& rs, size_t i) {
  return json::object{{"id", rs.Int(i, "id")},
                      {"kind", rs.Text(i, "kind")},
                      {"title", rs.Text(i, "title")},
                      {"body", rs.Text(i, "body")},
                      {"link", rs.Text(i, "link")},
                      {"created_at", rs.Text(i, "created_at")},
                      {"read_at", api::NullableStr(rs.OptText(i, "read_at"))}};
}

json::object InsertNotification(storage::Connection& conn, int64_t user_id,
                                const std::string& kind, const std::string& title,
                                const std::string& body, const std::string& link,
                                const std::string& created_at, const std::string& read_at) {
  auto rs = conn.Query(
      "INSERT INTO notifications (user_id, kind, title, body, link, created_at, read_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {user_id, kind, title, body, link, created_at,
       read_at.empty() ? Value(nullptr) : Value(read_at)});
  return json::object{{"id", rs.Int(0, "id")},
                      {"kind", kind},
                      {"title", title},
                      {"body", body},
                      {"link", link},
                      {"created_at", created_at},
                      {"read_at", read_at.empty() ? json::value(nullptr) : json::value(read_at)}};
}

void Notify(storage::Connection& conn, int64_t user_id, const std::string& kind,
            const std::string& title, const std::string& body, const std::string& link) {
  InsertNotification(conn, user_id, kind, title, body, link, storage::NowIso());
}

void PendingPushes::Add(int64_t user_id, json::object notification) {
  items_.emplace_back(user_id, std::move(notification));
}

void PendingPushes::Notify(storage::Connection& conn, int64_t user_id, const std::string& kind,
                           const std::string& title, const std::string& body,
                           const std::string& link) {
  Add(user_id, InsertNotification(conn, user_id, kind, title, body, link, storage::NowIso()));
}

void PendingPushes::Flush(api::Notifier* notifier, storage::Connection& conn) {
  if (!notifier || items_.empty()) {
    items_.clear();
    return;
  }
  // Unread counts for all affected users, in chunks (bounded parameter lists).
  std::map<int64_t, int64_t> unread;
  for (const auto& [uid, _] : items_) unread[uid] = 0;
  std::vector<int64_t> ids;
  for (const auto& [uid, _] : unread) ids.push_back(uid);
  for (size_t start = 0; start < ids.size(); start += 500) {
    size_t end = std::min(ids.size(), start + 500);
    std::string sql =
        "SELECT user_id, COUNT(*) AS n FROM notifications WHERE read_at IS NULL AND user_id IN (";
    std::vector<Value> params;
    for (size_t i = start; i < end; ++i) {
      sql += i == start ? "?" : ",?";
      params.emplace_back(ids[i]);
    }
    sql += ") GROUP BY user_id";
    auto rs = conn.Query(sql, params);
    for (size_t i = 0; i < rs.size(); ++i) unread[rs.Int(i, "user_id")] = rs.Int(i, "n");
  }
  for (auto& [uid, n] : items_) {
    json::object msg{{"type", "notification"}, {"notification", std::move(n)}, {"unread", unread[uid]}};
    notifier->Push(uid, json::serialize(msg));
  }
  items_.clear();
}

namespace {
std::vector<int64_t> Ids(const storage::ResultSet& rs) {
  std::vector<int64_t> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}
}  // namespace

std::vector<int64_t> AgencyUserIds(storage::Connection& conn, int64_t agency_id) {
  return Ids(conn.Query(
      "SELECT id FROM users WHERE agency_id = ? AND status = 'active' ORDER BY id", {agency_id}));
}

std::vector<int64_t> EnterpriseUserIds(storage::Connection& conn, int64_t enterprise_id) {
  return Ids(conn.Query(
      "SELECT id FROM users WHERE enterprise_id = ? AND status = 'active' ORDER BY id",
      {enterprise_id}));
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

int64_t UnreadCount(storage::Connection& conn, int64_t user_id) {
  auto rs = conn.Query(
      "SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL", {user_id});
  return rs.Int(0, "n");
}

}  // namespace anjian::notifications
