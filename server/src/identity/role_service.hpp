// Role-permission use cases: the security administrator's change of a built-in role's
// permissions (passing the grant table of three-admin separation), and the start-up repair of
// stored permissions that break it.
#pragma once

#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "core/error.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::identity {

class SessionService;

// The change of `role`'s permissions to `permissions` by `who` against the grant table, the
// lock-out of an administrator's duties and nobody widening a role they hold themselves
// (CheckPermissionGrant).
std::vector<FieldError> CheckRolePermissions(storage::Connection& conn, const api::Principal& who,
                                             const std::string& role,
                                             const std::vector<std::string>& permissions);
// Replaces the role's permissions (sorted, unique, already checked) with the audit entry.
void SetRolePermissions(storage::Connection& conn, SessionService& sessions,
                        const audit::Actor& actor, const std::string& role,
                        const std::vector<std::string>& permissions);

// Inside the caller's transaction: the default permissions of every built-in role when none
// are stored.
void EnsureDefaultRolePermissions(storage::Connection& conn);
// Inside the caller's transaction: stored permissions outside the grant table are removed and
// an administrator role that lost one of its duties gets it back, each repaired role audited
// (repair_permissions, at `now`) and logged.
void RepairRolePermissions(storage::Connection& conn, std::int64_t now);

}  // namespace anjian::identity
