#include "accounts/user_json.hpp"

#include <boost/json.hpp>
#include <set>

#include "registry/region_index.hpp"

namespace anjian::accounts {

namespace json = boost::json;

json::object UserJson(storage::Connection& conn, int64_t user_id) {
  auto rs = conn.Query(
      "SELECT u.id, u.username, u.display_name, u.phone, u.status, u.agency_id, "
      "u.enterprise_id, u.created_at, a.name AS agency_name, a.region_code AS agency_region, "
      "e.name AS enterprise_name, e.region_code AS enterprise_region FROM users u "
      "LEFT JOIN agencies a ON a.id = u.agency_id LEFT JOIN enterprises e ON e.id = u.enterprise_id "
      "WHERE u.id = ?",
      {user_id});
  json::object o;
  if (rs.empty()) return o;
  o["id"] = rs.Int(0, "id");
  o["username"] = rs.Text(0, "username");
  o["display_name"] = rs.Text(0, "display_name");
  o["phone"] = rs.Text(0, "phone");
  o["status"] = rs.Text(0, "status");
  o["created_at"] = rs.Text(0, "created_at");
  std::string region;
  if (rs.IsNull(0, "agency_id")) {
    o["agency"] = nullptr;
  } else {
    region = rs.Text(0, "agency_region");
    o["agency"] = json::object{{"id", rs.Int(0, "agency_id")},
                               {"name", rs.Text(0, "agency_name")},
                               {"region_code", region}};
  }
  if (rs.IsNull(0, "enterprise_id")) {
    o["enterprise"] = nullptr;
  } else {
    region = rs.Text(0, "enterprise_region");
    o["enterprise"] = json::object{{"id", rs.Int(0, "enterprise_id")},
                                   {"name", rs.Text(0, "enterprise_name")},
                                   {"region_code", region}};
  }
  const registry::RegionInfo* r = registry::RegionIndex::Global().Find(region);
  if (r) o["region"] = json::object{{"code", r->code}, {"name", r->name}, {"kind", r->kind}};
  else o["region"] = nullptr;
  auto roles = conn.Query(
      "SELECT ur.role, rp.permission FROM user_roles ur LEFT JOIN role_permissions rp ON "
      "rp.role = ur.role WHERE ur.user_id = ? ORDER BY ur.role, rp.permission",
      {user_id});
  json::array role_list, perm_list;
  std::string last_role;
  std::set<std::string> perms;
  for (size_t i = 0; i < roles.size(); ++i) {
    if (roles.Text(i, "role") != last_role) {
      last_role = roles.Text(i, "role");
      role_list.push_back(json::string(last_role));
    }
    if (!roles.IsNull(i, "permission")) perms.insert(roles.Text(i, "permission"));
  }
  for (const auto& p : perms) perm_list.push_back(json::string(p));
  o["roles"] = std::move(role_list);
  o["permissions"] = std::move(perm_list);
  return o;
}

json::object PrincipalJson(storage::Connection& conn, const api::Principal& p) {
  return UserJson(conn, p.user_id);
}

}  // namespace anjian::accounts
