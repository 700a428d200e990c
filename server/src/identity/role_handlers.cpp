// /api/v1/roles and /api/v1/permissions handlers: the security administrator's view of the
// built-in roles and the permissions each one carries. Permission changes pass the grant table
// of three-admin separation (role_service.cpp), so separation survives every edit; the
// permission list says which roles may hold each permission.
#include <algorithm>
#include <boost/json.hpp>

#include "identity/identity_handlers.hpp"
#include "identity/role_repository.hpp"
#include "identity/role_service.hpp"
#include "identity/roles_rules.hpp"
#include "identity/session_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/api_errors.hpp"

namespace anjian::identity {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::string_view ScopeValue(RoleScope s) {
  switch (s) {
    case RoleScope::kSystem: return "system";
    case RoleScope::kRegulator: return "regulator";
    case RoleScope::kEnterprise: return "enterprise";
  }
  return "system";
}

json::array StrArray(const std::vector<std::string>& v) {
  json::array a;
  for (const auto& s : v) a.push_back(json::string(s));
  return a;
}

json::object RoleJson(const RoleDef& r, const std::vector<std::string>& perms) {
  return json::object{{"code", r.code},           {"label_zh", r.label_zh},
                      {"label_en", r.label_en},   {"scope", ScopeValue(r.scope)},
                      {"permissions", StrArray(perms)}};
}

}  // namespace

Response ListRoles(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto by_role = AllRolePermissions(*conn);
  json::array out;
  for (const auto& r : BuiltinRoles()) out.push_back(RoleJson(r, by_role[std::string(r.code)]));
  return api::JsonResponse(out);
}

Response ListPermissions(Context&) {
  json::array items;
  for (const auto& p : BuiltinPermissions()) {
    json::array holders;
    for (const auto& r : BuiltinRoles())
      if (MayHoldPermission(r.code, p.code)) holders.push_back(json::string(r.code));
    items.push_back(json::object{{"code", p.code},
                                 {"label_zh", p.label_zh},
                                 {"label_en", p.label_en},
                                 {"administrative", IsAdministrativePermission(p.code)},
                                 {"holders", std::move(holders)}});
  }
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response SetRolePermissions(Context& ctx) {
  const std::string code = ctx.req.path_params.at(0);
  const RoleDef* role = FindRole(code);
  if (!role) throw ApiException{Error::NotFound("role")};
  api::JsonInput in(ctx.req.body);
  if (!in.Has("permissions")) in.AddError(api::Err("required").At("permissions"));
  std::vector<std::string> perms = in.StrList("permissions", 100);
  std::sort(perms.begin(), perms.end());
  perms.erase(std::unique(perms.begin(), perms.end()), perms.end());
  auto conn = ctx.svc.db->Acquire();
  for (auto& e : CheckRolePermissions(*conn, ctx.who(), code, perms)) in.AddError(std::move(e));
  in.Finish();
  identity::SetRolePermissions(*conn, *ctx.svc.sessions, api::ActorOf(ctx), code, perms);
  return api::JsonResponse(RoleJson(*role, perms));
}

}  // namespace anjian::identity
