// /api/v1/roles and /api/v1/permissions: the security administrator's view of the built-in
// roles and the permissions each one carries (role_permissions). Permission changes pass
// domain::CheckPermissionGrant (the grant table of three-admin separation), so separation
// survives every edit; the permission list says which roles may hold each permission.
#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <set>

#include "identity/admin_routes.hpp"
#include "identity/session_store.hpp"
#include "platform/api/actor.hpp"
#include "identity/roles_rules.hpp"

namespace anjian::accounts {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::string_view ScopeValue(domain::RoleScope s) {
  switch (s) {
    case domain::RoleScope::kSystem: return "system";
    case domain::RoleScope::kRegulator: return "regulator";
    case domain::RoleScope::kEnterprise: return "enterprise";
  }
  return "system";
}

std::vector<std::string> PermissionsOf(storage::Connection& conn, const std::string& role) {
  auto rs = conn.Query("SELECT permission FROM role_permissions WHERE role = ? ORDER BY permission",
                       {role});
  std::vector<std::string> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Text(i, "permission"));
  return out;
}

json::array StrArray(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.push_back(json::string(s));
  return a;
}

json::object RoleJson(const domain::RoleDef& r, const std::vector<std::string>& perms) {
  return json::object{{"code", r.code},           {"label_zh", r.label_zh},
                      {"label_en", r.label_en},   {"scope", ScopeValue(r.scope)},
                      {"permissions", StrArray(perms)}};
}

Response ListRoles(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto rs = conn->Query("SELECT role, permission FROM role_permissions ORDER BY role, permission");
  std::map<std::string, std::vector<std::string>> by_role;
  for (size_t i = 0; i < rs.size(); ++i)
    by_role[rs.Text(i, "role")].push_back(rs.Text(i, "permission"));
  json::array out;
  for (const auto& r : domain::BuiltinRoles()) out.push_back(RoleJson(r, by_role[std::string(r.code)]));
  return api::JsonResponse(out);
}

Response ListPermissions(Context&) {
  json::array items;
  for (const auto& p : domain::BuiltinPermissions()) {
    json::array holders;
    for (const auto& r : domain::BuiltinRoles())
      if (domain::MayHoldPermission(r.code, p.code)) holders.push_back(json::string(r.code));
    items.push_back(json::object{{"code", p.code},
                                 {"label_zh", p.label_zh},
                                 {"label_en", p.label_en},
                                 {"administrative", domain::IsAdministrativePermission(p.code)},
                                 {"holders", std::move(holders)}});
  }
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response SetPermissions(Context& ctx) {
  const std::string code = ctx.req.path_params.at(0);
  const domain::RoleDef* role = domain::FindRole(code);
  if (!role) throw ApiException{Error::NotFound("role")};
  api::JsonInput in(ctx.req.body);
  if (!in.Has("permissions")) in.AddError({"permissions", "required", "is required", "必填"});
  std::vector<std::string> perms = in.StrList("permissions", 100);
  std::sort(perms.begin(), perms.end());
  perms.erase(std::unique(perms.begin(), perms.end()), perms.end());
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = PermissionsOf(*conn, code);
  // The grant table (who may hold what), lock-out of an administrator's duties, and nobody
  // widening a role they hold themselves: all in domain::CheckPermissionGrant.
  const auto& held = ctx.who().roles;
  for (auto& e : domain::CheckPermissionGrant({held.begin(), held.end()}, code, before, perms))
    in.AddError(e);
  in.Finish();
  conn->Exec("DELETE FROM role_permissions WHERE role = ?", {code});
  for (const auto& p : perms)
    conn->Exec("INSERT INTO role_permissions (role, permission) VALUES (?, ?)", {code, p});
  audit::Append(*conn, api::ActorOf(ctx.who()), "set_permissions", "role", code,
                json::object{{"permissions", StrArray(before)}},
                json::object{{"permissions", StrArray(perms)}});
  tx.Commit();
  ctx.svc.sessions->Invalidate();
  return api::JsonResponse(RoleJson(*role, perms));
}

}  // namespace

void RegisterRoleRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/roles", "role:manage", ListRoles);
  r.Add("PUT", "/api/v1/roles/{code}/permissions", "role:manage", SetPermissions);
  r.Add("GET", "/api/v1/permissions", "role:manage", ListPermissions);
}

}  // namespace anjian::accounts
