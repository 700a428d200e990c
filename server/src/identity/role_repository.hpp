// The SQL of role permissions (role_permissions): which permissions each built-in role carries.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::identity {

// A role's permissions, sorted.
std::vector<std::string> PermissionsOfRole(storage::Connection& conn, const std::string& role);
// Every stored role with its permissions in SQL order (roles without any row are absent).
std::map<std::string, std::vector<std::string>> AllRolePermissions(storage::Connection& conn);
int64_t CountRolePermissions(storage::Connection& conn);
void ReplaceRolePermissions(storage::Connection& conn, const std::string& role,
                            const std::vector<std::string>& permissions);
void AddRolePermission(storage::Connection& conn, const std::string& role,
                       const std::string& permission);
void RemoveRolePermission(storage::Connection& conn, const std::string& role,
                          const std::string& permission);

}  // namespace anjian::identity
