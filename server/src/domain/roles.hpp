// Built-in roles and permissions, and the separation-of-duties rules that every role or
// permission change must pass (等保 三员分立: system, security and audit administrators are
// distinct people, and none of them runs the business).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace anjian::domain {

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
// audit log.
std::vector<std::string> DefaultPermissions(std::string_view role);

// Rules: role_unknown; role_separation (two admin roles, or an admin role with a business
// role); role_scope_mismatch (regulator role without an agency, enterprise role without an
// enterprise, or regulator and enterprise roles together). Field "roles".
std::vector<FieldError> CheckRoleGrant(const std::vector<std::string>& roles,
                                       bool user_has_agency, bool user_has_enterprise);

// Checks a role's complete new permission set, so separation survives edits by sec_admin.
// Rules: role_unknown (field "role"); permission_unknown; permission_separation (audit:read on a
// role other than audit_admin, role:manage on a role other than sec_admin); permission_lockout
// (sec_admin without role:manage: nobody could repair roles afterwards). Field "permissions".
std::vector<FieldError> CheckPermissionGrant(std::string_view role,
                                             const std::vector<std::string>& permissions);

}  // namespace anjian::domain
