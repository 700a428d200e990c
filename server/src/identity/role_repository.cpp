#include "identity/role_repository.hpp"

namespace anjian::identity {

std::vector<std::string> PermissionsOfRole(storage::Connection& conn, const std::string& role) {
  auto rs = conn.Query("SELECT permission FROM role_permissions WHERE role = ? ORDER BY permission",
                       {role});
  std::vector<std::string> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Text(i, "permission"));
  return out;
}

std::map<std::string, std::vector<std::string>> AllRolePermissions(storage::Connection& conn) {
  auto rs = conn.Query("SELECT role, permission FROM role_permissions ORDER BY role, permission");
  std::map<std::string, std::vector<std::string>> out;
  for (size_t i = 0; i < rs.size(); ++i) out[rs.Text(i, "role")].push_back(rs.Text(i, "permission"));
  return out;
}

int64_t CountRolePermissions(storage::Connection& conn) {
  return conn.Query("SELECT COUNT(*) AS n FROM role_permissions").Int(0, "n");
}

void ReplaceRolePermissions(storage::Connection& conn, const std::string& role,
                            const std::vector<std::string>& permissions) {
  conn.Exec("DELETE FROM role_permissions WHERE role = ?", {role});
  for (const auto& p : permissions) AddRolePermission(conn, role, p);
}

void AddRolePermission(storage::Connection& conn, const std::string& role,
                       const std::string& permission) {
  conn.Exec("INSERT INTO role_permissions (role, permission) VALUES (?, ?)", {role, permission});
}

void RemoveRolePermission(storage::Connection& conn, const std::string& role,
                          const std::string& permission) {
  conn.Exec("DELETE FROM role_permissions WHERE role = ? AND permission = ?", {role, permission});
}

}  // namespace anjian::identity
