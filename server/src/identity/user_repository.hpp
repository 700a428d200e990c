// The SQL of accounts: users, user_roles and password_history. Lists are scoped in SQL: the
// security administrator and system scope see every account; anyone else holding user:manage
// sees only accounts of agencies and enterprises inside their own jurisdiction.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::identity {

// The organisation an account belongs to, as the account shows it.
struct OrgRef {
  int64_t id = 0;
  std::string name;
  std::string region_code;
  std::string industry;  // an enterprise's 行业类别 (the UI's menu follows it); "" for an agency
};

// One account as the API shows it (docs/api.md `User`).
struct UserView {
  int64_t id = 0;
  std::string username, display_name, phone, email, status, created_at;
  std::optional<OrgRef> agency, enterprise;
  std::set<std::string> roles, permissions;
};

// The accounts `ids`, in input order (unknown ids are left out). Two queries per 500 ids.
std::vector<UserView> LoadUserViews(storage::Connection& conn, const std::vector<int64_t>& ids);

// The signed-in view of an active account: roles, permissions, organisation and its region.
// nullopt for an unknown or disabled account.
std::optional<api::Principal> LoadPrincipal(storage::Connection& conn, int64_t user_id);

struct UserFilter {
  std::string q;       // username, display name or phone fragment
  std::string role;    // holds this role
  std::string status;  // active | disabled
  std::optional<int64_t> agency_id, enterprise_id;
};

struct UserIdPage {
  std::vector<int64_t> ids;  // by username
  int64_t total = 0;
};
UserIdPage ListUserIds(storage::Connection& conn, const api::Scope& scope, const UserFilter& f,
                       int64_t limit, int64_t offset);

struct UserRecord {
  int64_t id = 0;
  std::string username;
  std::string status;
  std::optional<int64_t> agency_id, enterprise_id;
  std::set<std::string> roles;
};
std::optional<UserRecord> FindUser(storage::Connection& conn, const api::Scope& scope, int64_t id);
std::optional<int64_t> UserIdByUsername(storage::Connection& conn, const std::string& username);
// Case-insensitive.
bool UsernameTaken(storage::Connection& conn, const std::string& username);
int64_t CountUsers(storage::Connection& conn);

struct UserFields {
  std::string display_name;
  std::string phone;
  std::string email;  // where hidden-danger deadline messages go ("" = in-app only)
  std::optional<int64_t> agency_id, enterprise_id;
};

// A new active account with `roles`; `must_change_password` forces a new password at the first
// sign-in. `now`: UTC text.
int64_t InsertUser(storage::Connection& conn, const std::string& username, const UserFields& f,
                   const std::string& password_hash, const std::vector<std::string>& roles,
                   bool must_change_password, const std::string& now);
void UpdateUser(storage::Connection& conn, int64_t id, const UserFields& f, const std::string& now);
void SetUserStatus(storage::Connection& conn, int64_t id, const std::string& status,
                   const std::string& now);
// Stores a new password hash; `must_change` is the flag for the next sign-in.
void SetPassword(storage::Connection& conn, int64_t id, const std::string& password_hash,
                 bool must_change, const std::string& now);
void ReplaceUserRoles(storage::Connection& conn, int64_t id, const std::vector<std::string>& roles,
                      const std::string& now);
// Active accounts other than `except_id` holding `role`.
int64_t OtherActiveHolders(storage::Connection& conn, const std::string& role, int64_t except_id);

// What the password check needs of the account a username names.
struct CredentialRow {
  int64_t id = 0;
  std::string password_hash;
  std::string status;
  bool must_change_password = false;
};
std::optional<CredentialRow> FindCredentials(storage::Connection& conn,
                                             const std::string& username);
std::optional<std::string> PasswordHashOf(storage::Connection& conn, int64_t user_id);
bool MustChangePassword(storage::Connection& conn, int64_t user_id);

// The password history, newest first, at most `limit` hashes.
std::vector<std::string> PasswordHistory(storage::Connection& conn, int64_t user_id, int64_t limit);
void AddPasswordHistory(storage::Connection& conn, int64_t user_id, const std::string& hash,
                        const std::string& now);
// Keeps the newest `keep` entries of the user's history.
void TrimPasswordHistory(storage::Connection& conn, int64_t user_id, int64_t keep);

// Active accounts of an agency / an enterprise, by id.
std::vector<int64_t> ActiveUserIdsOfAgency(storage::Connection& conn, int64_t agency_id);
std::vector<int64_t> ActiveUserIdsOfEnterprise(storage::Connection& conn, int64_t enterprise_id);
// Active users of the enterprise holding `permission` through one of their roles.
std::vector<int64_t> ActiveUserIdsOfEnterpriseWith(storage::Connection& conn, int64_t enterprise_id,
                                                   const std::string& permission);

// Administrator accounts placed in an agency or an enterprise (by an earlier version).
struct MisplacedAdministrator {
  int64_t id = 0;
  std::string username;
  std::optional<int64_t> agency_id, enterprise_id;
};
std::vector<MisplacedAdministrator> AdministratorsInOrganisations(storage::Connection& conn);
void TakeOutOfOrganisation(storage::Connection& conn, int64_t id, const std::string& now);

}  // namespace anjian::identity
