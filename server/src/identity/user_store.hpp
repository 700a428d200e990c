// User account persistence for the administration pages. Lists are scoped in SQL: role and
// user administrators with system scope see every account; anyone else holding user:manage
// sees only accounts of agencies and enterprises inside their own jurisdiction.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "registry/query_filter.hpp"
#include "platform/storage/db.hpp"

namespace anjian::accounts {

struct UserFilter {
  std::string q;       // username, display name or phone fragment
  std::string role;    // holds this role
  std::string status;  // active | disabled
  std::optional<int64_t> agency_id, enterprise_id;
};

// 422 on unknown roles or statuses and malformed ids.
UserFilter ParseUserFilter(const registry::QueryMap& query);

// The slice of accounts an administrator manages: everything for the security administrator
// (who grants roles to any account) and for system scope, else the caller's jurisdiction.
api::Scope UserAdminScope(const api::Principal& p);

struct UserPage {
  std::vector<boost::json::object> items;  // accounts::UserJson
  int64_t total = 0;
};

UserPage ListUsers(storage::Connection& conn, const api::Scope& scope, const UserFilter& f,
                   int64_t limit, int64_t offset);

struct UserRecord {
  int64_t id = 0;
  std::string username;
  std::string status;
  std::optional<int64_t> agency_id, enterprise_id;
  std::set<std::string> roles;
};

std::optional<UserRecord> FindUser(storage::Connection& conn, const api::Scope& scope, int64_t id);
bool UsernameTaken(storage::Connection& conn, const std::string& username);

struct UserFields {
  std::string display_name;
  std::string phone;
  std::string email;  // where hidden-danger deadline messages go ("" = in-app only)
  std::optional<int64_t> agency_id, enterprise_id;
};

// New accounts have no roles and must change their password at first sign-in.
int64_t InsertUser(storage::Connection& conn, const std::string& username, const UserFields& f,
                   const std::string& password_hash);
void UpdateUser(storage::Connection& conn, int64_t id, const UserFields& f);
void SetUserStatus(storage::Connection& conn, int64_t id, const std::string& status);
// Stores an administrator-set password; the user must change it at the next sign-in.
void ResetUserPassword(storage::Connection& conn, int64_t id, const std::string& password_hash);
void ReplaceUserRoles(storage::Connection& conn, int64_t id, const std::vector<std::string>& roles);
// Active accounts other than `except_id` holding `role`.
int64_t OtherActiveHolders(storage::Connection& conn, const std::string& role, int64_t except_id);

}  // namespace anjian::accounts
