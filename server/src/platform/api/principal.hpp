// Who is calling, and which slice of the data that caller may see (jurisdiction scope).
// Scope is applied inside SQL (ScopeSql), never by filtering rows in memory.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::api {

struct Principal {
  int64_t user_id = 0;
  int64_t session_id = 0;
  std::string username;
  std::string display_name;
  std::set<std::string> roles;
  std::set<std::string> permissions;
  std::optional<int64_t> agency_id;
  std::optional<int64_t> enterprise_id;
  std::string region_code;  // of the agency or enterprise
  std::string region_path;  // "/370000/370800/" for the Jining city bureau
  std::string csrf_token;
  bool via_cookie = false;
  std::string ip;
  // Set by an administrator's reset (or a new account): until the password is changed, the
  // router answers only the routes of the change-password page (router.cpp).
  bool must_change_password = false;

  bool Can(const std::string& perm) const { return permissions.count(perm) > 0; }
  bool HasRole(const std::string& role) const { return roles.count(role) > 0; }
};

// The rows a principal may see. kAll: the system administrator (who manages every account and
// organisation; the grant table keeps business permissions away from it); kRegion: a
// regulator's region subtree; kEnterprise: one enterprise; kNothing: the security and audit
// administrators, and accounts without an organisation.
struct Scope {
  enum class Kind { kAll, kRegion, kEnterprise, kNothing };
  Kind kind = Kind::kNothing;
  std::string region_path;
  int64_t enterprise_id = 0;

  static Scope For(const Principal& p);
};

// A SQL condition plus its parameters, appended to a WHERE clause with AND.
struct SqlFilter {
  std::string sql = "1=1";
  std::vector<storage::Value> params;
};

// Condition restricting rows to `scope`. `path_col` is a region path column, `ent_col` the
// enterprise id column ("" when the table has none: enterprise scope then sees nothing).
SqlFilter ScopeSql(const Scope& scope, const std::string& path_col, const std::string& ent_col);

// Range bounds that select a path and everything under it, usable by a B-tree index.
std::string PathUpperBound(const std::string& path);

}  // namespace anjian::api
