#include "identity/user_repository.hpp"

#include <algorithm>
#include <map>

#include "core/text.hpp"
#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::identity {

using storage::Value;

namespace {

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
    w.params.insert(w.params.end(), {core::AsciiLower(pat), pat, pat});
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

std::vector<int64_t> Ids(const storage::ResultSet& rs) {
  std::vector<int64_t> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

// At most 500 ids: far below both databases' bound-parameter limits.
std::vector<UserView> LoadUserViewChunk(storage::Connection& conn, const std::vector<int64_t>& ids) {
  // Two queries for the whole chunk: users with their organisation, then all their roles.
  const std::string in = "(" + storage::Placeholders(ids.size()) + ")";
  const std::vector<Value> params(ids.begin(), ids.end());
  auto rs = conn.Query(
      "SELECT u.id, u.username, u.display_name, u.phone, u.email, u.status, u.agency_id, "
      "u.enterprise_id, u.created_at, a.name AS agency_name, a.region_code AS agency_region, "
      "e.name AS enterprise_name, e.region_code AS enterprise_region, e.industry AS "
      "enterprise_industry FROM users u "
      "LEFT JOIN agencies a ON a.id = u.agency_id LEFT JOIN enterprises e ON e.id = u.enterprise_id "
      "WHERE u.id IN " + in,
      params);
  auto roles = conn.Query(
      "SELECT ur.user_id, ur.role, rp.permission FROM user_roles ur LEFT JOIN role_permissions rp "
      "ON rp.role = ur.role WHERE ur.user_id IN " + in + " ORDER BY ur.user_id, ur.role, rp.permission",
      params);
  std::map<int64_t, UserView> by_id;
  for (size_t i = 0; i < rs.size(); ++i) {
    UserView v;
    v.id = rs.Int(i, "id");
    v.username = rs.Text(i, "username");
    v.display_name = rs.Text(i, "display_name");
    v.phone = rs.Text(i, "phone");
    v.email = rs.Text(i, "email");
    v.status = rs.Text(i, "status");
    v.created_at = rs.Text(i, "created_at");
    if (!rs.IsNull(i, "agency_id"))
      v.agency = OrgRef{rs.Int(i, "agency_id"), rs.Text(i, "agency_name"),
                        rs.Text(i, "agency_region")};
    if (!rs.IsNull(i, "enterprise_id"))
      v.enterprise = OrgRef{rs.Int(i, "enterprise_id"), rs.Text(i, "enterprise_name"),
                            rs.Text(i, "enterprise_region"), rs.Text(i, "enterprise_industry")};
    by_id[v.id] = std::move(v);
  }
  for (size_t i = 0; i < roles.size(); ++i) {
    auto it = by_id.find(roles.Int(i, "user_id"));
    if (it == by_id.end()) continue;
    it->second.roles.insert(roles.Text(i, "role"));
    if (!roles.IsNull(i, "permission")) it->second.permissions.insert(roles.Text(i, "permission"));
  }
  std::vector<UserView> out;
  out.reserve(ids.size());
  for (int64_t id : ids)
    if (auto it = by_id.find(id); it != by_id.end()) out.push_back(std::move(it->second));
  return out;
}

}  // namespace

std::vector<UserView> LoadUserViews(storage::Connection& conn, const std::vector<int64_t>& ids) {
  constexpr size_t kChunk = 500;
  std::vector<UserView> out;
  out.reserve(ids.size());
  for (size_t i = 0; i < ids.size(); i += kChunk) {
    std::vector<int64_t> part(ids.begin() + static_cast<long>(i),
                              ids.begin() + static_cast<long>(std::min(ids.size(), i + kChunk)));
    for (auto& v : LoadUserViewChunk(conn, part)) out.push_back(std::move(v));
  }
  return out;
}

std::optional<api::Principal> LoadPrincipal(storage::Connection& conn, int64_t user_id) {
  auto u = conn.Query(
      "SELECT u.id, u.username, u.display_name, u.status, u.agency_id, u.enterprise_id, "
      "u.must_change_password, a.region_code AS a_region, a.region_path AS a_path, e.region_code AS e_region, "
      "e.region_path AS e_path, a.status AS a_status, e.status AS e_status FROM users u LEFT JOIN agencies a ON a.id = u.agency_id "
      "LEFT JOIN enterprises e ON e.id = u.enterprise_id WHERE u.id = ?",
      {user_id});
  if (u.empty() || u.Text(0, "status") != "active") return std::nullopt;
  // Issue 16: the account of a deactivated (注销) enterprise or agency signs in no more; its
  // sessions end with the status change (which bumps the identity revision).
  if (!u.IsNull(0, "a_status") && u.Text(0, "a_status") != "active") return std::nullopt;
  if (!u.IsNull(0, "e_status") && u.Text(0, "e_status") != "active") return std::nullopt;
  api::Principal p;
  p.user_id = user_id;
  p.username = u.Text(0, "username");
  p.display_name = u.Text(0, "display_name");
  p.agency_id = u.OptInt(0, "agency_id");
  p.enterprise_id = u.OptInt(0, "enterprise_id");
  p.must_change_password = u.Int(0, "must_change_password") != 0;
  if (p.agency_id) {
    p.region_code = u.Text(0, "a_region");
    p.region_path = u.Text(0, "a_path");
  } else if (p.enterprise_id) {
    p.region_code = u.Text(0, "e_region");
    p.region_path = u.Text(0, "e_path");
  }
  auto roles = conn.Query(
      "SELECT ur.role, rp.permission FROM user_roles ur LEFT JOIN role_permissions rp "
      "ON rp.role = ur.role WHERE ur.user_id = ?",
      {user_id});
  for (size_t i = 0; i < roles.size(); ++i) {
    p.roles.insert(roles.Text(i, "role"));
    if (!roles.IsNull(i, "permission")) p.permissions.insert(roles.Text(i, "permission"));
  }
  return p;
}

UserIdPage ListUserIds(storage::Connection& conn, const api::Scope& scope, const UserFilter& f,
                       int64_t limit, int64_t offset) {
  api::SqlFilter w = BuildWhere(scope, f);
  UserIdPage page;
  page.total = conn.Query(std::string("SELECT COUNT(*) AS n") + kFrom + w.sql, w.params).Int(0, "n");
  auto params = w.params;
  params.push_back(limit);
  params.push_back(offset);
  page.ids = Ids(conn.Query(
      std::string("SELECT u.id") + kFrom + w.sql + " ORDER BY u.username LIMIT ? OFFSET ?",
      params));
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

std::optional<int64_t> UserIdByUsername(storage::Connection& conn, const std::string& username) {
  auto rs = conn.Query("SELECT id FROM users WHERE username = ?", {username});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

bool UsernameTaken(storage::Connection& conn, const std::string& username) {
  return !conn.Query("SELECT id FROM users WHERE LOWER(username) = LOWER(?)", {username}).empty();
}

int64_t CountUsers(storage::Connection& conn) {
  return conn.Query("SELECT COUNT(*) AS n FROM users").Int(0, "n");
}

int64_t InsertUser(storage::Connection& conn, const std::string& username, const UserFields& f,
                   const std::string& password_hash, const std::vector<std::string>& roles,
                   bool must_change_password, const std::string& now) {
  auto rs = conn.Query(
      "INSERT INTO users (username, display_name, phone, email, password_hash, agency_id, "
      "enterprise_id, status, must_change_password, password_changed_at, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?) RETURNING id",
      {username, f.display_name, f.phone, f.email, password_hash, storage::Nullable(f.agency_id),
       storage::Nullable(f.enterprise_id), int64_t{must_change_password ? 1 : 0}, now, now, now});
  const int64_t id = rs.Int(0, "id");
  for (const auto& r : roles)
    conn.Exec("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", {id, r});
  return id;
}

void UpdateUser(storage::Connection& conn, int64_t id, const UserFields& f, const std::string& now) {
  conn.Exec(
      "UPDATE users SET display_name = ?, phone = ?, email = ?, agency_id = ?, enterprise_id = ?, "
      "updated_at = ? WHERE id = ?",
      {f.display_name, f.phone, f.email, storage::Nullable(f.agency_id),
       storage::Nullable(f.enterprise_id), now, id});
}

void SetUserStatus(storage::Connection& conn, int64_t id, const std::string& status,
                   const std::string& now) {
  conn.Exec("UPDATE users SET status = ?, updated_at = ? WHERE id = ?", {status, now, id});
}

void SetPassword(storage::Connection& conn, int64_t id, const std::string& password_hash,
                 bool must_change, const std::string& now) {
  conn.Exec(
      "UPDATE users SET password_hash = ?, must_change_password = ?, password_changed_at = ?, "
      "updated_at = ? WHERE id = ?",
      {password_hash, int64_t{must_change ? 1 : 0}, now, now, id});
}

void ReplaceUserRoles(storage::Connection& conn, int64_t id, const std::vector<std::string>& roles,
                      const std::string& now) {
  conn.Exec("DELETE FROM user_roles WHERE user_id = ?", {id});
  for (const auto& r : roles)
    conn.Exec("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", {id, r});
  conn.Exec("UPDATE users SET updated_at = ? WHERE id = ?", {now, id});
}

int64_t OtherActiveHolders(storage::Connection& conn, const std::string& role, int64_t except_id) {
  return conn
      .Query(
          "SELECT COUNT(*) AS n FROM user_roles ur JOIN users u ON u.id = ur.user_id "
          "WHERE ur.role = ? AND u.status = 'active' AND u.id <> ?",
          {role, except_id})
      .Int(0, "n");
}

std::optional<CredentialRow> FindCredentials(storage::Connection& conn,
                                             const std::string& username) {
  auto u = conn.Query(
      "SELECT id, password_hash, status, must_change_password FROM users WHERE username = ?",
      {username});
  if (u.empty()) return std::nullopt;
  return CredentialRow{u.Int(0, "id"), u.Text(0, "password_hash"), u.Text(0, "status"),
                       u.Int(0, "must_change_password") != 0};
}

std::optional<std::string> PasswordHashOf(storage::Connection& conn, int64_t user_id) {
  auto rs = conn.Query("SELECT password_hash FROM users WHERE id = ?", {user_id});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "password_hash");
}

bool MustChangePassword(storage::Connection& conn, int64_t user_id) {
  auto rs = conn.Query("SELECT must_change_password FROM users WHERE id = ?", {user_id});
  return !rs.empty() && rs.Int(0, "must_change_password") != 0;
}

std::vector<std::string> PasswordHistory(storage::Connection& conn, int64_t user_id, int64_t limit) {
  auto rs = conn.Query(
      "SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?",
      {user_id, limit});
  std::vector<std::string> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Text(i, "password_hash"));
  return out;
}

void AddPasswordHistory(storage::Connection& conn, int64_t user_id, const std::string& hash,
                        const std::string& now) {
  conn.Exec("INSERT INTO password_history (user_id, password_hash, created_at) VALUES (?, ?, ?)",
            {user_id, hash, now});
}

void TrimPasswordHistory(storage::Connection& conn, int64_t user_id, int64_t keep) {
  conn.Exec(
      "DELETE FROM password_history WHERE user_id = ? AND id NOT IN (SELECT id FROM "
      "password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?)",
      {user_id, user_id, keep});
}

std::vector<int64_t> ActiveUserIdsOfAgency(storage::Connection& conn, int64_t agency_id) {
  return Ids(conn.Query(
      "SELECT id FROM users WHERE agency_id = ? AND status = 'active' ORDER BY id", {agency_id}));
}

std::vector<int64_t> ActiveUserIdsOfEnterprise(storage::Connection& conn, int64_t enterprise_id) {
  return Ids(conn.Query(
      "SELECT id FROM users WHERE enterprise_id = ? AND status = 'active' ORDER BY id",
      {enterprise_id}));
}

std::vector<int64_t> ActiveUserIdsOfEnterpriseWith(storage::Connection& conn, int64_t enterprise_id,
                                                   const std::string& permission) {
  return Ids(conn.Query(
      "SELECT DISTINCT u.id FROM users u JOIN user_roles ur ON ur.user_id = u.id JOIN "
      "role_permissions rp ON rp.role = ur.role WHERE u.enterprise_id = ? AND u.status = 'active' "
      "AND rp.permission = ? ORDER BY u.id",
      {enterprise_id, permission}));
}

std::vector<MisplacedAdministrator> AdministratorsInOrganisations(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT DISTINCT u.id, u.username, u.agency_id, u.enterprise_id FROM users u JOIN user_roles "
      "ur ON ur.user_id = u.id WHERE ur.role IN ('sys_admin', 'sec_admin', 'audit_admin') AND "
      "(u.agency_id IS NOT NULL OR u.enterprise_id IS NOT NULL)");
  std::vector<MisplacedAdministrator> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "username"), rs.OptInt(i, "agency_id"),
                   rs.OptInt(i, "enterprise_id")});
  return out;
}

void TakeOutOfOrganisation(storage::Connection& conn, int64_t id, const std::string& now) {
  conn.Exec("UPDATE users SET agency_id = NULL, enterprise_id = NULL, updated_at = ? WHERE id = ?",
            {now, id});
}

}  // namespace anjian::identity
