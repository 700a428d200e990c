#include "identity/user_service.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "platform/storage/cluster.hpp"
#include "identity/identity_errors.hpp"
#include "registry/registry_errors.hpp"
#include "identity/password_hash.hpp"
#include "identity/roles_rules.hpp"
#include "identity/session_repository.hpp"
#include "identity/session_service.hpp"
#include "identity/user_json.hpp"
#include "identity/user_rules.hpp"
#include "registry/org_repository.hpp"

namespace anjian::identity {

namespace json = boost::json;

namespace {

std::string NowIso(const audit::Actor& actor) { return core::IsoFromUnix(actor.at); }

UserView ViewOf(storage::Connection& conn, int64_t id) {
  auto views = LoadUserViews(conn, {id});
  return views.empty() ? UserView{} : std::move(views.front());
}

void Audit(storage::Connection& conn, const audit::Actor& actor, const std::string& action,
           int64_t id, const json::value& before, const json::value& after) {
  audit::Append(conn, actor, action, "user", std::to_string(id), before, after);
}

// Refuses to leave an administrator role without an active holder: nobody could then grant
// roles, set the policy or read the audit log.
void CheckNotLastAdmin(storage::Connection& conn, const UserRecord& u,
                       const std::vector<std::string>& keep_roles) {
  if (u.status != "active") return;
  for (const auto& role : u.roles) {
    if (!IsAdminRole(role)) continue;
    if (std::find(keep_roles.begin(), keep_roles.end(), role) != keep_roles.end()) continue;
    if (OtherActiveHolders(conn, role, u.id) == 0) core::Invalid(Err("last_admin").At("", role));
  }
}

json::array RoleArray(const std::vector<std::string>& roles) {
  json::array a;
  for (const auto& r : roles) a.push_back(json::string(r));
  return a;
}

}  // namespace

api::Scope UserAdminScope(const api::Principal& p) {
  if (p.Can("role:manage")) {
    api::Scope s;
    s.kind = api::Scope::Kind::kAll;
    return s;
  }
  return api::Scope::For(p);
}

UserRecord RequireManagedUser(storage::Connection& conn, const api::Principal& who, int64_t id) {
  auto u = FindUser(conn, UserAdminScope(who), id);
  if (!u) throw ApiException{Error::NotFound("user")};
  return *u;
}

std::vector<FieldError> CheckUserOrganisation(storage::Connection& conn, const api::Scope& scope,
                                              const UserFields& f, bool org_given) {
  std::vector<FieldError> errors;
  if (f.agency_id && f.enterprise_id) {
    errors.push_back(Err("org_exclusive").At("enterprise_id"));
  } else if (f.agency_id) {
    if (*f.agency_id <= 0 || !registry::FindAgency(conn, scope, *f.agency_id))
      errors.push_back(Err("agency_unknown").At("agency_id"));
  } else if (f.enterprise_id) {
    if (*f.enterprise_id <= 0 || !registry::FindEnterprise(conn, scope, *f.enterprise_id))
      errors.push_back(registry::Err("enterprise_unknown").At("enterprise_id"));
  } else if (scope.kind != api::Scope::Kind::kAll && !org_given) {
    errors.push_back(Err("org_required").At("agency_id"));
  }
  return errors;
}

std::vector<FieldError> CheckNewUsername(storage::Connection& conn, const std::string& username) {
  if (username.empty()) return {};
  if (!IsValidUsername(username)) return {Err("username_format").At("username")};
  if (UsernameTaken(conn, username)) return {Err("username_taken").At("username")};
  return {};
}

UserView CreateUser(storage::Connection& conn, SessionService& sessions, const audit::Actor& actor,
                    const NewUser& in) {
  const std::string hash = HashPassword(in.password);  // slow: outside the write transaction
  storage::Transaction tx(conn);
  const int64_t id = InsertUser(conn, in.username, in.fields, hash, {}, true, NowIso(actor));
  UserView after = ViewOf(conn, id);
  Audit(conn, actor, "create", id, nullptr, UserJson(after));
  storage::BumpRevision(conn, "identity");  // issue 16: every node drops its sessions
  tx.Commit();
  sessions.Invalidate();
  return after;
}

UserView EditUser(storage::Connection& conn, SessionService& sessions, const audit::Actor& actor,
                    const api::Principal& who, int64_t id, const UserFields& f) {
  storage::Transaction tx(conn);
  RequireManagedUser(conn, who, id);
  auto before = UserJson(conn, id);
  UpdateUser(conn, id, f, NowIso(actor));
  UserView after = ViewOf(conn, id);
  Audit(conn, actor, "update", id, before, UserJson(after));
  storage::BumpRevision(conn, "identity");  // issue 16: every node drops its sessions
  tx.Commit();
  sessions.Invalidate();
  return after;
}

UserView ChangeUserStatus(storage::Connection& conn, SessionService& sessions,
                       const audit::Actor& actor, const api::Principal& who, int64_t id,
                       const std::string& status) {
  const bool disable = status == "disabled";
  if (disable && id == who.user_id) core::Invalid(Err("self_disable").At(""));
  storage::Transaction tx(conn);
  auto user = RequireManagedUser(conn, who, id);
  if (user.status == status)
    throw ApiException{disable ? Err("account_already_disabled").Conflict()
                               : Err("account_already_active").Conflict()};
  if (disable) CheckNotLastAdmin(conn, user, {});
  auto before = UserJson(conn, id);
  SetUserStatus(conn, id, status, NowIso(actor));
  if (disable) sessions.RevokeUser(conn, id);
  UserView after = ViewOf(conn, id);
  Audit(conn, actor, disable ? "disable" : "enable", id, before, UserJson(after));
  storage::BumpRevision(conn, "identity");  // issue 16: every node drops its sessions
  tx.Commit();
  sessions.Invalidate();
  return after;
}

void CheckPasswordResettable(const UserRecord& user) {
  for (const auto& role : user.roles)
    if (role == "sec_admin" || role == "audit_admin")
      core::Invalid(Err("admin_account_protected").At(""));
}

void ResetPassword(storage::Connection& conn, SessionService& sessions, const audit::Actor& actor,
                   const api::Principal& who, int64_t id, const std::string& password) {
  const std::string hash = HashPassword(password);  // slow: outside the write transaction
  storage::Transaction tx(conn);
  RequireManagedUser(conn, who, id);
  SetPassword(conn, id, hash, true, NowIso(actor));
  sessions.RevokeUser(conn, id);
  Audit(conn, actor, "reset_password", id, nullptr,
        json::object{{"must_change_password", true}, {"sessions_revoked", true}});
  storage::BumpRevision(conn, "identity");  // issue 16: every node drops its sessions
  tx.Commit();
  sessions.Invalidate();
}

UserView SetUserRoles(storage::Connection& conn, SessionService& sessions,
                      const audit::Actor& actor, const api::Principal& who, int64_t id,
                      const std::vector<std::string>& roles) {
  storage::Transaction tx(conn);
  auto user = RequireManagedUser(conn, who, id);
  CheckNotLastAdmin(conn, user, roles);
  std::vector<std::string> old_roles(user.roles.begin(), user.roles.end());
  ReplaceUserRoles(conn, id, roles, NowIso(actor));
  Audit(conn, actor, "set_roles", id, json::object{{"roles", RoleArray(old_roles)}},
        json::object{{"roles", RoleArray(roles)}});
  UserView after = ViewOf(conn, id);
  storage::BumpRevision(conn, "identity");  // issue 16: every node drops its sessions
  tx.Commit();
  sessions.Invalidate();
  return after;
}

std::vector<FieldError> CheckPasswordChange(storage::Connection& conn, const PasswordPolicy& policy,
                                            const api::Principal& who,
                                            const std::string& old_password,
                                            const std::string& new_password, bool input_ok) {
  const int earlier = policy.password_history - 1;
  const FieldError reused = earlier <= 0 ? Err("password_unchanged").At("new_password")
                                         : Err("password_reused").At("new_password", earlier);
  std::vector<FieldError> errors = CheckPassword(policy, new_password, who.username);
  if (!old_password.empty() && old_password == new_password) errors.push_back(reused);
  const auto current = PasswordHashOf(conn, who.user_id);
  const bool old_ok =
      !old_password.empty() && current && VerifyPassword(*current, old_password);
  if (!old_password.empty() && !old_ok) errors.push_back(Err("password_wrong").At("old_password"));
  // The history: only worth the hashing once everything else is right. The new password may
  // not match the current one nor the most recent earlier ones, policy.password_history in all.
  if (input_ok && errors.empty() && old_ok) {
    std::vector<std::string> recent{*current};
    for (const auto& h : PasswordHistory(conn, who.user_id, policy.password_history))
      if (recent.size() < static_cast<size_t>(policy.password_history) && h != *current)
        recent.push_back(h);
    for (const auto& h : recent)
      if (VerifyPassword(h, new_password)) {
        errors.push_back(reused);
        break;
      }
  }
  return errors;
}

void ChangePassword(storage::Connection& conn, SessionService& sessions, const audit::Actor& actor,
                    const api::Principal& who, const std::string& new_password) {
  const std::string now = NowIso(actor);
  const std::string current_hash = PasswordHashOf(conn, who.user_id).value_or("");
  const std::string new_hash = HashPassword(new_password);
  storage::Transaction tx(conn);
  SetPassword(conn, who.user_id, new_hash, false, now);
  // The history keeps the password being replaced (unless it is there already: the latest
  // entry) and the new one, at most kPasswordHistoryMax per user.
  auto latest = PasswordHistory(conn, who.user_id, 1);
  if (latest.empty() || latest.front() != current_hash)
    AddPasswordHistory(conn, who.user_id, current_hash, now);
  AddPasswordHistory(conn, who.user_id, new_hash, now);
  TrimPasswordHistory(conn, who.user_id, kPasswordHistoryMax);
  // Other sessions of this user end; the current one stays signed in.
  RevokeOtherSessions(conn, who.user_id, who.session_id, now);
  audit::Append(conn, actor, "change_password", "user", std::to_string(who.user_id), nullptr,
                nullptr);
  storage::BumpRevision(conn, "identity");  // issue 16: every node drops its sessions
  tx.Commit();
  sessions.Invalidate();
}

}  // namespace anjian::identity
