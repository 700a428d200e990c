#include "identity/user_store.hpp"

#include "identity/user_json.hpp"
#include "identity/roles_rules.hpp"
#include "core/text.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/like.hpp"

namespace anjian::accounts {

using storage::Value;

namespace {

api::Scope AllScope() {
  api::Scope s;
  s.kind = api::Scope::Kind::kAll;
  return s;
}

constexpr const char* kFrom =
    " FROM users u LEFT JOIN agencies a ON a.id = u.agency_id "
    "LEFT JOIN enterprises e ON e.id = u.enterprise_id";

api::SqlFilter BuildWhere(const api::Scope& scope, const UserFilter& f) {
  // System accounts belong to no organisation, so only system scope sees them.
  auto sf = api::ScopeSql(scope, "COALESCE(a.region_path, e.region_path)", "u.enterprise_id");
  api::SqlFilter w{" WHERE " + sf.sql, sf.params};
  if (!f.q.empty()) {
    std::string pat = storage::ContainsPattern(f.q);
    w.sql += " AND (" + storage::LikeContains("LOWER(u.username)") + " OR " +
             storage::LikeContains("u.display_name") + " OR " + storage::LikeContains("u.phone") +
             ")";
    w.params.insert(w.params.end(), {domain::AsciiLower(pat), pat, pat});
  }
  if (!f.role.empty()) {
    w.sql += " AND EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = u.id AND ur.role = ?)";
    w.params.push_back(f.role);
  }
  if (!f.status.empty()) {
    w.sql += " AND u.status = ?";
    w.params.push_back(f.status);
  }
  if (f.agency_id) {
    w.sql += " AND u.agency_id = ?";
    w.params.push_back(*f.agency_id);
  }
  if (f.enterprise_id) {
    w.sql += " AND u.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  return w;
}

}  // namespace

UserFilter ParseUserFilter(const registry::QueryMap& query) {
  registry::QueryFilter qf(query);
  UserFilter f;
  f.q = qf.Text("q");
  f.role = qf.Text("role", 60);
  if (!f.role.empty() && !domain::FindRole(f.role)) {
    qf.AddError({"role", "role_unknown", "unknown role '" + f.role + "'",
                 "角色“" + f.role + "”不存在"});
  }
  f.status = qf.OneOf("status", {"active", "disabled"});
  f.agency_id = qf.Id("agency_id");
  f.enterprise_id = qf.Id("enterprise_id");
  qf.Finish();
  return f;
}

api::Scope UserAdminScope(const api::Principal& p) {
  if (p.Can("role:manage")) return AllScope();
  return api::Scope::For(p);
}

UserPage ListUsers(storage::Connection& conn, const api::Scope& scope, const UserFilter& f,
                   int64_t limit, int64_t offset) {
  api::SqlFilter w = BuildWhere(scope, f);
  UserPage page;
  page.total = conn.Query(std::string("SELECT COUNT(*) AS n") + kFrom + w.sql, w.params).Int(0, "n");
  auto params = w.params;
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(std::string("SELECT u.id") + kFrom + w.sql +
                           " ORDER BY u.username LIMIT ? OFFSET ?",
                       params);
  std::vector<int64_t> ids;
  ids.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) ids.push_back(rs.Int(i, "id"));
  page.items = UsersJson(conn, ids);
  return page;
}

std::optional<UserRecord> FindUser(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  auto sf = api::ScopeSql(scope, "COALESCE(a.region_path, e.region_path)", "u.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string("SELECT u.id, u.username, u.status, u.agency_id, u.enterprise_id") +
                           kFrom + " WHERE u.id = ? AND " + sf.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  UserRecord u{rs.Int(0, "id"), rs.Text(0, "username"), rs.Text(0, "status"),
               rs.OptInt(0, "agency_id"), rs.OptInt(0, "enterprise_id"), {}};
  auto roles = conn.Query("SELECT role FROM user_roles WHERE user_id = ?", {id});
  for (size_t i = 0; i < roles.size(); ++i) u.roles.insert(roles.Text(i, "role"));
  return u;
}

bool UsernameTaken(storage::Connection& conn, const std::string& username) {
  return !conn.Query("SELECT id FROM users WHERE LOWER(username) = LOWER(?)", {username}).empty();
}

int64_t InsertUser(storage::Connection& conn, const std::string& username, const UserFields& f,
                   const std::string& password_hash) {
  std::string now = storage::NowIso();
  auto rs = conn.Query(
      "INSERT INTO users (username, display_name, phone, email, password_hash, agency_id, "
      "enterprise_id, status, must_change_password, password_changed_at, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, 'active', 1, ?, ?, ?) RETURNING id",
      {username, f.display_name, f.phone, f.email, password_hash, storage::Nullable(f.agency_id),
       storage::Nullable(f.enterprise_id), now, now, now});
  return rs.Int(0, "id");
}

void UpdateUser(storage::Connection& conn, int64_t id, const UserFields& f) {
  conn.Exec(
      "UPDATE users SET display_name = ?, phone = ?, email = ?, agency_id = ?, enterprise_id = ?, "
      "updated_at = ? WHERE id = ?",
      {f.display_name, f.phone, f.email, storage::Nullable(f.agency_id), storage::Nullable(f.enterprise_id),
       storage::NowIso(), id});
}

void SetUserStatus(storage::Connection& conn, int64_t id, const std::string& status) {
  conn.Exec("UPDATE users SET status = ?, updated_at = ? WHERE id = ?",
            {status, storage::NowIso(), id});
}

void ResetUserPassword(storage::Connection& conn, int64_t id, const std::string& password_hash) {
  std::string now = storage::NowIso();
  conn.Exec(
      "UPDATE users SET password_hash = ?, must_change_password = 1, password_changed_at = ?, "
      "updated_at = ? WHERE id = ?",
      {password_hash, now, now, id});
}

void ReplaceUserRoles(storage::Connection& conn, int64_t id, const std::vector<std::string>& roles) {
  conn.Exec("DELETE FROM user_roles WHERE user_id = ?", {id});
  for (const auto& r : roles)
    conn.Exec("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", {id, r});
  conn.Exec("UPDATE users SET updated_at = ? WHERE id = ?", {storage::NowIso(), id});
}

int64_t OtherActiveHolders(storage::Connection& conn, const std::string& role, int64_t except_id) {
  return conn
      .Query(
          "SELECT COUNT(*) AS n FROM user_roles ur JOIN users u ON u.id = ur.user_id "
          "WHERE ur.role = ? AND u.status = 'active' AND u.id <> ?",
          {role, except_id})
      .Int(0, "n");
}

}  // namespace anjian::accounts
