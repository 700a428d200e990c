#include "identity/user_json.hpp"

#include <boost/json.hpp>

#include "registry/region_index.hpp"

namespace anjian::identity {

namespace json = boost::json;

namespace {

json::value OrgJson(const std::optional<OrgRef>& org) {
  if (!org) return nullptr;
  json::object o{{"id", org->id}, {"name", org->name}, {"region_code", org->region_code}};
  if (!org->industry.empty()) o["industry"] = org->industry;
  return o;
}

}  // namespace

json::object UserJson(const UserView& u) {
  json::object o;
  o["id"] = u.id;
  o["username"] = u.username;
  o["display_name"] = u.display_name;
  o["phone"] = u.phone;
  o["email"] = u.email;
  o["status"] = u.status;
  o["created_at"] = u.created_at;
  o["agency"] = OrgJson(u.agency);
  o["enterprise"] = OrgJson(u.enterprise);
  // The region of the account's organisation (the enterprise's when it has one).
  std::string region;
  if (u.agency) region = u.agency->region_code;
  if (u.enterprise) region = u.enterprise->region_code;
  const registry::RegionInfo* r = registry::RegionIndex::Global().Find(region);
  if (r) o["region"] = json::object{{"code", r->code}, {"name", r->name}, {"kind", r->kind}};
  else o["region"] = nullptr;
  json::array role_list, perm_list;
  for (const auto& role : u.roles) role_list.push_back(json::string(role));
  for (const auto& perm : u.permissions) perm_list.push_back(json::string(perm));
  o["roles"] = std::move(role_list);
  o["permissions"] = std::move(perm_list);
  return o;
}

json::object UserJson(storage::Connection& conn, int64_t user_id) {
  auto list = LoadUserViews(conn, {user_id});
  return list.empty() ? json::object{} : UserJson(list.front());
}

}  // namespace anjian::identity
