#include "identity/role_service.hpp"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <map>
#include <set>

#include "platform/storage/cluster.hpp"
#include "identity/role_repository.hpp"
#include "identity/roles_rules.hpp"
#include "identity/session_service.hpp"

namespace anjian::identity {

namespace json = boost::json;

namespace {

template <class Strings>
json::array StrArray(const Strings& v) {
  json::array a;
  for (const auto& s : v) a.push_back(json::string(s));
  return a;
}

}  // namespace

std::vector<FieldError> CheckRolePermissions(storage::Connection& conn, const api::Principal& who,
                                             const std::string& role,
                                             const std::vector<std::string>& permissions) {
  const auto before = PermissionsOfRole(conn, role);
  return CheckPermissionGrant({who.roles.begin(), who.roles.end()}, role, before, permissions);
}

void SetRolePermissions(storage::Connection& conn, SessionService& sessions,
                        const audit::Actor& actor, const std::string& role,
                        const std::vector<std::string>& permissions) {
  storage::Transaction tx(conn);
  const auto before = PermissionsOfRole(conn, role);
  ReplaceRolePermissions(conn, role, permissions);
  audit::Append(conn, actor, "set_permissions", "role", role,
                json::object{{"permissions", StrArray(before)}},
                json::object{{"permissions", StrArray(permissions)}});
  storage::BumpRevision(conn, "identity");  // issue 16: every node drops its sessions
  tx.Commit();
  sessions.Invalidate();
}

void EnsureDefaultRolePermissions(storage::Connection& conn) {
  if (CountRolePermissions(conn) > 0) return;
  for (const auto& role : BuiltinRoles())
    for (const auto& p : DefaultPermissions(role.code))
      AddRolePermission(conn, std::string(role.code), p);
}

void RepairRolePermissions(storage::Connection& conn, std::int64_t now) {
  // Stored role permissions that break the grant table of three-admin separation (from an
  // earlier version, or edited into the database) are removed, and an administrator role that
  // lost one of its duties gets it back: the server never starts with a read-only regulator
  // that can reset passwords, or a security administrator that reads the audit log.
  std::map<std::string, std::set<std::string>> stored;
  for (const auto& [role, perms] : AllRolePermissions(conn))
    stored[role].insert(perms.begin(), perms.end());
  for (const auto& r : BuiltinRoles()) stored.try_emplace(std::string(r.code));
  for (const auto& [role, perms] : stored) {
    std::set<std::string> keep;
    for (const auto& p : perms)
      if (MayHoldPermission(role, p)) keep.insert(p);
    for (const auto& duty : CorePermissions(role)) keep.insert(duty);
    if (keep == perms) continue;
    for (const auto& p : perms)
      if (!keep.count(p)) RemoveRolePermission(conn, role, p);
    for (const auto& p : keep)
      if (!perms.count(p)) AddRolePermission(conn, role, p);
    spdlog::warn("role {}: permissions repaired to follow three-admin separation ({} -> {})",
                 role, json::serialize(StrArray(perms)), json::serialize(StrArray(keep)));
    audit::Append(conn, {std::nullopt, "system", "", now}, "repair_permissions", "role", role,
                  json::object{{"permissions", StrArray(perms)}},
                  json::object{{"permissions", StrArray(keep)},
                               {"reason", "three-admin separation (domain::CheckPermissionSet)"}});
  }
}

}  // namespace anjian::identity
