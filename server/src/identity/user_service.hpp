// Account use cases (用户管理, 修改密码). The system administrator creates, edits, disables and
// resets accounts but grants no roles; the security administrator grants roles and may list
// accounts to do so (三员分立). Every write is one transaction with its audit entry, dated
// actor.at; cached sessions are dropped after the commit.
//
// The Check* functions are the form's checks that need the database, in the order the
// handlers report them (all of a request's faults at once); the writes assume they passed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "core/error.hpp"
#include "identity/password_policy_rules.hpp"
#include "identity/user_repository.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::identity {

class SessionService;

// The slice of accounts an administrator manages: everything for the security administrator
// (who grants roles to any account) and for system scope, else the caller's jurisdiction.
api::Scope UserAdminScope(const api::Principal& p);

// The account `id` inside the caller's administration scope; 404 when there is none.
UserRecord RequireManagedUser(storage::Connection& conn, const api::Principal& who, int64_t id);

// A user's organisation: at most one of agency_id / enterprise_id, which must exist inside
// `scope` (agency_unknown, enterprise_unknown); both at once is org_exclusive; an account of
// neither (a system account) needs system scope (org_required, unless the request named an
// organisation that was malformed: `org_given`).
std::vector<FieldError> CheckUserOrganisation(storage::Connection& conn, const api::Scope& scope,
                                              const UserFields& f, bool org_given);
// username_format, then username_taken (case-insensitive). Nothing for an empty username
// (the handler reports it as required).
std::vector<FieldError> CheckNewUsername(storage::Connection& conn, const std::string& username);

struct NewUser {
  std::string username;
  std::string password;
  UserFields fields;
};
// A new account without roles that must change its password at the first sign-in.
UserView CreateUser(storage::Connection& conn, SessionService& sessions, const audit::Actor& actor,
                    const NewUser& in);
UserView EditUser(storage::Connection& conn, SessionService& sessions, const audit::Actor& actor,
                    const api::Principal& who, int64_t id, const UserFields& f);
// status: "active" | "disabled". 422 self_disable and last_admin, 409 when already so.
UserView ChangeUserStatus(storage::Connection& conn, SessionService& sessions,
                       const audit::Actor& actor, const api::Principal& who, int64_t id,
                       const std::string& status);

// 422 admin_account_protected: the security and audit administrators' passwords are reset on
// the server only (the system administrator could otherwise act as them).
void CheckPasswordResettable(const UserRecord& user);
// Sets a password the user must change at the next sign-in and ends their sessions.
void ResetPassword(storage::Connection& conn, SessionService& sessions, const audit::Actor& actor,
                   const api::Principal& who, int64_t id, const std::string& password);

// Replaces the account's roles (sorted, unique; already checked against the grant rules).
// 422 last_admin when an administrator role would lose its last active holder.
UserView SetUserRoles(storage::Connection& conn, SessionService& sessions,
                      const audit::Actor& actor, const api::Principal& who, int64_t id,
                      const std::vector<std::string>& roles);

// The change of one's own password: the policy (CheckPassword), password_unchanged /
// password_reused (the current password and the history), password_wrong (the old password).
// The history is hashed through only when nothing else is wrong (`input_ok`: the request's own
// checks passed).
std::vector<FieldError> CheckPasswordChange(storage::Connection& conn, const PasswordPolicy& policy,
                                            const api::Principal& who,
                                            const std::string& old_password,
                                            const std::string& new_password, bool input_ok);
// Stores the new password and its history; the caller's other sessions end.
void ChangePassword(storage::Connection& conn, SessionService& sessions, const audit::Actor& actor,
                    const api::Principal& who, const std::string& new_password);

}  // namespace anjian::identity
