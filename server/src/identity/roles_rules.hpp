// Built-in roles and permissions, and the separation-of-duties rules that every role or
// permission change must pass (等保 三员分立: system, security and audit administrators are
// distinct people, and none of them runs the business).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::identity {

enum class RoleScope {
  kSystem,     // the three administrators
  kRegulator,  // staff of an agency (工信局 / 经发局); the user must belong to an agency
  kEnterprise, // staff of an enterprise; the user must belong to an enterprise
};

struct RoleDef {
  std::string_view code;
  std::string_view label_zh;
  std::string_view label_en;
  RoleScope scope;
};

struct PermissionDef {
  std::string_view code;
  std::string_view label_zh;
  std::string_view label_en;
};

// sys_admin, sec_admin, audit_admin, regulator_rw, regulator_ro, ent_principal,
// ent_safety_officer, ent_storekeeper, ent_duty_officer.
const std::vector<RoleDef>& BuiltinRoles();
const RoleDef* FindRole(std::string_view code);
bool IsAdminRole(std::string_view code);

const std::vector<PermissionDef>& BuiltinPermissions();
const PermissionDef* FindPermission(std::string_view code);

// Permissions a role starts with (empty for unknown roles). sys_admin runs accounts and
// organisations but reads no audit log and grants no roles; sec_admin only grants roles and
// sets the security policy (role:manage also lets it list users); audit_admin only reads the
// audit log. Every default set passes CheckPermissionSet.
std::vector<std::string> DefaultPermissions(std::string_view role);

// Rules: role_unknown; role_separation (two admin roles); admin_with_business_role (an admin
// role with a business role); role_scope_mismatch (regulator and enterprise roles together);
// regulator_role_needs_agency; enterprise_role_needs_enterprise; admin_org (an administrator
// role on an account that belongs to an agency or an enterprise: administrators hold no
// business scope). Field "roles".
std::vector<FieldError> CheckRoleGrant(const std::vector<std::string>& roles,
                                       bool user_has_agency, bool user_has_enterprise);

// ---- The grant table (三员分立, 等保 level 3) ---------------------------------------------
// Which roles may hold each permission. The system administrator runs accounts and
// organisations (user:manage, org:manage, the business settings, and reads agencies and
// enterprises to place accounts); the security administrator runs roles, permissions and the
// security policy (role:manage, policy:manage) and nothing else; the audit administrator only
// reads and exports the audit log (audit:read). Those administrative permissions never go to a
// business role, and no administrator role holds another's. Business permissions go to the
// regulator roles, the enterprise roles or both, as their handlers expect (a regulator posts no
// stores voucher; an enterprise sends no notice). Role permissions are changed by the security
// administrator only, never on a role the actor holds itself.

// A permission only administrators may hold (user:manage, org:manage, role:manage,
// policy:manage, audit:read, settings:manage).
bool IsAdministrativePermission(std::string_view permission);

// True when `role` may hold `permission` (false for unknown codes).
bool MayHoldPermission(std::string_view role, std::string_view permission);

// The permissions an administrator role cannot lose without its duty going undone (nobody
// else may hold them): sys_admin user:manage and org:manage, sec_admin role:manage and
// policy:manage, audit_admin audit:read. Empty for business roles.
std::vector<std::string> CorePermissions(std::string_view role);

// Checks a role's complete permission set against the grant table.
// Rules: role_unknown (field "role"); permission_unknown; permission_separation (a permission
// the role may not hold: named in the message with the roles that may); permission_lockout
// (an administrator role without one of its CorePermissions). Field "permissions".
std::vector<FieldError> CheckPermissionSet(std::string_view role,
                                           const std::vector<std::string>& permissions);

// Checks a change of `role`'s permissions from `before` to `after` by an actor holding
// `actor_roles`: CheckPermissionSet on `after`, plus grantor_not_allowed (only the security
// administrator changes role permissions) and self_grant (nobody adds a permission to a role
// they hold themselves; narrowing stays possible). Field "permissions".
std::vector<FieldError> CheckPermissionGrant(const std::vector<std::string>& actor_roles,
                                             std::string_view role,
                                             const std::vector<std::string>& before,
                                             const std::vector<std::string>& after);

}  // namespace anjian::identity
