// /api/v1/users handlers: account administration (用户管理). Each reads and checks its input,
// reporting every fault at once, and calls the use case of user_service.cpp.
#include <algorithm>
#include <boost/json.hpp>

#include "identity/identity_errors.hpp"
#include "core/core_errors.hpp"
#include "identity/identity_handlers.hpp"
#include "identity/password_policy_rules.hpp"
#include "identity/roles_rules.hpp"
#include "identity/session_service.hpp"
#include "identity/user_json.hpp"
#include "identity/user_repository.hpp"
#include "identity/user_rules.hpp"
#include "identity/user_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/api_errors.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/enterprise_rules.hpp"
#include "registry/query_filter.hpp"

namespace anjian::identity {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// 422 on unknown roles or statuses and malformed ids.
UserFilter ParseUserFilter(const registry::QueryMap& query) {
  registry::QueryFilter qf(query);
  UserFilter f;
  f.q = qf.Text("q");
  f.role = qf.Text("role", 60);
  if (!f.role.empty() && !FindRole(f.role)) qf.AddError(Err("role_unknown").At("role", f.role));
  f.status = qf.OneOf("status", {"active", "disabled"});
  f.agency_id = qf.Id("agency_id");
  f.enterprise_id = qf.Id("enterprise_id");
  qf.Finish();
  return f;
}

// The account form (create and edit): display_name (required, ≤50), phone (optional, valid
// phone), email (optional), and at most one of agency_id / enterprise_id, checked against the
// organisations the caller may place accounts in.
UserFields ReadUserFields(api::JsonInput& in, storage::Connection& conn, const api::Scope& scope) {
  UserFields f;
  f.display_name = in.Str("display_name", true, 50);
  f.phone = in.Str("phone", false, 40);
  if (!f.phone.empty() && !registry::IsValidPhone(f.phone))
    in.AddError(core::CoreErr("phone_format").At("phone"));
  f.email = in.Str("email", false, 100);
  if (!f.email.empty() && !IsValidEmail(f.email)) in.AddError(Err("email_format").At("email"));
  f.agency_id = in.Int("agency_id");
  f.enterprise_id = in.Int("enterprise_id");
  const bool org_given = in.Has("agency_id") || in.Has("enterprise_id");
  for (auto& e : CheckUserOrganisation(conn, scope, f, org_given)) in.AddError(std::move(e));
  return f;
}

std::string Joined(const std::set<std::string>& roles, const char* sep = ", ") {
  std::string out;
  for (const auto& code : roles) {
    std::string s = code;
    if (const auto* r = FindRole(s)) s = std::string(r->label_zh);
    out += (out.empty() ? "" : sep) + s;
  }
  return out;
}

std::string OrgName(const std::optional<OrgRef>& org) { return org ? org->name : ""; }

Response SetStatus(Context& ctx, const std::string& status) {
  const int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  auto after = ChangeUserStatus(*conn, *ctx.svc.sessions, api::ActorOf(ctx), ctx.who(), id, status);
  return api::JsonResponse(UserJson(after));
}

}  // namespace

Response ListUsers(Context& ctx) {
  auto f = ParseUserFilter(ctx.req.query);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result = ListUserIds(*conn, UserAdminScope(ctx.who()), f, size, (page - 1) * size);
  json::array items;
  for (const auto& u : LoadUserViews(*conn, result.ids)) items.push_back(UserJson(u));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

Response ExportUsers(Context& ctx) {
  auto f = ParseUserFilter(ctx.req.query);
  auto conn = ctx.svc.db->Acquire();
  auto result = ListUserIds(*conn, UserAdminScope(ctx.who()), f, 100000, 0);
  auto users = LoadUserViews(*conn, result.ids);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(users.size());
  for (const auto& u : users) {
    const json::object o = UserJson(u);  // the region as the list shows it
    const auto& region = o.at("region");
    rows.push_back({u.id, u.username, u.display_name, u.phone, Joined(u.roles),
                    OrgName(u.agency), OrgName(u.enterprise),
                    region.is_null() ? "" : std::string(region.as_object().at("name").as_string()),
                    u.status == "active" ? "启用" : "停用", u.created_at});
  }
  return api::XlsxDownload("用户列表.xlsx", "用户",
                           {"ID", "用户名", "姓名", "电话", "角色", "所属监管部门", "所属企业",
                            "行政区划", "状态", "创建时间"},
                           rows);
}

Response CreateUser(Context& ctx) {
  auto scope = UserAdminScope(ctx.who());
  api::JsonInput in(ctx.req.body);
  NewUser u;
  u.username = in.Str("username", true, 64);
  u.password = in.OptStr("password", 4096).value_or("");
  auto conn = ctx.svc.db->Acquire();
  u.fields = ReadUserFields(in, *conn, scope);
  for (auto& e : CheckNewUsername(*conn, u.username)) in.AddError(std::move(e));
  for (auto& e : CheckPassword(ctx.svc.sessions->Policy(), u.password, u.username, "password"))
    in.AddError(std::move(e));
  in.Finish();
  auto after = identity::CreateUser(*conn, *ctx.svc.sessions, api::ActorOf(ctx), u);
  return api::JsonResponse(UserJson(after), 201);
}

Response EditUser(Context& ctx) {
  const int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  auto user = RequireManagedUser(*conn, ctx.who(), id);
  api::JsonInput in(ctx.req.body);
  UserFields fields = ReadUserFields(in, *conn, UserAdminScope(ctx.who()));
  // The roles already granted must still fit the new organisation; an administrator's account
  // takes none (admin_org, reported on the organisation field that was sent).
  std::vector<std::string> roles(user.roles.begin(), user.roles.end());
  for (auto& e : CheckRoleGrant(roles, fields.agency_id.has_value(),
                                fields.enterprise_id.has_value())) {
    if (e.rule == "admin_org") e.field = fields.agency_id ? "agency_id" : "enterprise_id";
    in.AddError(std::move(e));
  }
  in.Finish();
  auto after = identity::EditUser(*conn, *ctx.svc.sessions, api::ActorOf(ctx), ctx.who(), id, fields);
  return api::JsonResponse(UserJson(after));
}

Response DisableUser(Context& ctx) { return SetStatus(ctx, "disabled"); }
Response EnableUser(Context& ctx) { return SetStatus(ctx, "active"); }

Response ResetUserPassword(Context& ctx) {
  const int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  auto user = RequireManagedUser(*conn, ctx.who(), id);
  CheckPasswordResettable(user);
  api::JsonInput in(ctx.req.body);
  std::string password = in.OptStr("password", 4096).value_or("");
  for (auto& e : CheckPassword(ctx.svc.sessions->Policy(), password, user.username, "password"))
    in.AddError(std::move(e));
  in.Finish();
  ResetPassword(*conn, *ctx.svc.sessions, api::ActorOf(ctx), ctx.who(), id, password);
  return Response::NoContent();
}

Response SetUserRoles(Context& ctx) {
  const int64_t id = ctx.PathId();
  if (id == ctx.who().user_id) core::Invalid(Err("self_role_change").At("roles"));
  api::JsonInput in(ctx.req.body);
  if (!in.Has("roles")) in.AddError(api::Err("required").At("roles"));
  std::vector<std::string> roles = in.StrList("roles", 20);
  std::sort(roles.begin(), roles.end());
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  auto conn = ctx.svc.db->Acquire();
  auto user = RequireManagedUser(*conn, ctx.who(), id);
  for (auto& e :
       CheckRoleGrant(roles, user.agency_id.has_value(), user.enterprise_id.has_value()))
    in.AddError(std::move(e));
  in.Finish();
  auto after = identity::SetUserRoles(*conn, *ctx.svc.sessions, api::ActorOf(ctx), ctx.who(), id, roles);
  return api::JsonResponse(UserJson(after));
}

}  // namespace anjian::identity
