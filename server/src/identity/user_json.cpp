#include "identity/user_json.hpp"

#include <boost/json.hpp>
#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "registry/region_index.hpp"

namespace anjian::accounts {

namespace json = boost::json;

std::vector<json::object> UsersJson(storage::Connection& conn, const std::vector<int64_t>& ids) {
  if (ids.empty()) return {};
  constexpr size_t kChunk = 500;  // stays far below both databases' bound-parameter limits
  if (ids.size() > kChunk) {
    std::vector<json::object> out;
    out.reserve(ids.size());
    for (size_t i = 0; i < ids.size(); i += kChunk) {
      std::vector<int64_t> part(ids.begin() + static_cast<long>(i),
                                ids.begin() + static_cast<long>(std::min(ids.size(), i + kChunk)));
      for (auto& o : UsersJson(conn, part)) out.push_back(std::move(o));
    }
    return out;
  }
  // Two queries for the whole page: users with their organisation, then all their roles.
  std::string in = "(";
  std::vector<storage::Value> params;
  for (size_t i = 0; i < ids.size(); ++i) {
    in += i ? ",?" : "?";
    params.emplace_back(ids[i]);
  }
  in += ")";
  auto rs = conn.Query(
      "SELECT u.id, u.username, u.display_name, u.phone, u.email, u.status, u.agency_id, "
      "u.enterprise_id, u.created_at, a.name AS agency_name, a.region_code AS agency_region, "
      "e.name AS enterprise_name, e.region_code AS enterprise_region FROM users u "
      "LEFT JOIN agencies a ON a.id = u.agency_id LEFT JOIN enterprises e ON e.id = u.enterprise_id "
      "WHERE u.id IN " + in,
      params);
  auto roles = conn.Query(
      "SELECT ur.user_id, ur.role, rp.permission FROM user_roles ur LEFT JOIN role_permissions rp "
      "ON rp.role = ur.role WHERE ur.user_id IN " + in + " ORDER BY ur.user_id, ur.role, rp.permission",
      params);
  std::map<int64_t, std::pair<std::set<std::string>, std::set<std::string>>> grants;
  for (size_t i = 0; i < roles.size(); ++i) {
    auto& g = grants[roles.Int(i, "user_id")];
    g.first.insert(roles.Text(i, "role"));
    if (!roles.IsNull(i, "permission")) g.second.insert(roles.Text(i, "permission"));
  }
  std::map<int64_t, json::object> by_id;
  for (size_t i = 0; i < rs.size(); ++i) {
    json::object o;
    int64_t id = rs.Int(i, "id");
    o["id"] = id;
    o["username"] = rs.Text(i, "username");
    o["display_name"] = rs.Text(i, "display_name");
    o["phone"] = rs.Text(i, "phone");
    o["email"] = rs.Text(i, "email");
    o["status"] = rs.Text(i, "status");
    o["created_at"] = rs.Text(i, "created_at");
    std::string region;
    if (rs.IsNull(i, "agency_id")) {
      o["agency"] = nullptr;
    } else {
      region = rs.Text(i, "agency_region");
      o["agency"] = json::object{{"id", rs.Int(i, "agency_id")},
                                 {"name", rs.Text(i, "agency_name")},
                                 {"region_code", region}};
    }
    if (rs.IsNull(i, "enterprise_id")) {
      o["enterprise"] = nullptr;
    } else {
      region = rs.Text(i, "enterprise_region");
      o["enterprise"] = json::object{{"id", rs.Int(i, "enterprise_id")},
                                     {"name", rs.Text(i, "enterprise_name")},
                                     {"region_code", region}};
    }
    const registry::RegionInfo* r = registry::RegionIndex::Global().Find(region);
    if (r) o["region"] = json::object{{"code", r->code}, {"name", r->name}, {"kind", r->kind}};
    else o["region"] = nullptr;
    json::array role_list, perm_list;
    for (const auto& role : grants[id].first) role_list.push_back(json::string(role));
    for (const auto& perm : grants[id].second) perm_list.push_back(json::string(perm));
    o["roles"] = std::move(role_list);
    o["permissions"] = std::move(perm_list);
    by_id[id] = std::move(o);
  }
  std::vector<json::object> out;
  out.reserve(ids.size());
  for (int64_t id : ids)
    if (auto it = by_id.find(id); it != by_id.end()) out.push_back(std::move(it->second));
  return out;
}

json::object UserJson(storage::Connection& conn, int64_t user_id) {
  auto list = UsersJson(conn, {user_id});
  return list.empty() ? json::object{} : std::move(list.front());
}

json::object PrincipalJson(storage::Connection& conn, const api::Principal& p) {
  return UserJson(conn, p.user_id);
}

}  // namespace anjian::accounts
