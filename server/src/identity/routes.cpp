// The identity routes: sign-in, one's own account, account administration (the system
// administrator; listing also for the security administrator, who grants roles), roles and
// permissions and the security policy (the security administrator).
#include "identity/identity_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::identity {

void RegisterIdentityRoutes(api::Router& r) {
  r.Add("POST", "/api/v1/auth/login", api::kPublic, Login);
  r.Add("POST", "/api/v1/auth/logout", api::kAuthenticated, Logout);
  r.Add("GET", "/api/v1/auth/me", api::kAuthenticated, Me);
  r.Add("POST", "/api/v1/auth/password", api::kAuthenticated, ChangeOwnPassword);

  const std::string list_users = api::AnyOf({"user:manage", "role:manage"});
  r.Add("GET", "/api/v1/users", list_users, ListUsers);
  r.Add("GET", "/api/v1/users/export", list_users, ExportUsers);
  r.Add("POST", "/api/v1/users", "user:manage", CreateUser);
  r.Add("PUT", "/api/v1/users/{id}", "user:manage", EditUser);
  r.Add("POST", "/api/v1/users/{id}/disable", "user:manage", DisableUser);
  r.Add("POST", "/api/v1/users/{id}/enable", "user:manage", EnableUser);
  r.Add("POST", "/api/v1/users/{id}/reset-password", "user:manage", ResetUserPassword);
  r.Add("PUT", "/api/v1/users/{id}/roles", "role:manage", SetUserRoles);

  r.Add("GET", "/api/v1/roles", "role:manage", ListRoles);
  r.Add("PUT", "/api/v1/roles/{code}/permissions", "role:manage", SetRolePermissions);
  r.Add("GET", "/api/v1/permissions", "role:manage", ListPermissions);

  r.Add("GET", "/api/v1/security-policy", "policy:manage", GetSecurityPolicy);
  r.Add("PUT", "/api/v1/security-policy", "policy:manage", PutSecurityPolicy);
}

}  // namespace anjian::identity
