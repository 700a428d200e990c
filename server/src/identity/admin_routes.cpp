// /api/v1/users: account administration (用户管理). The system administrator creates, edits,
// disables and resets accounts but grants no roles; the security administrator grants roles
// (PUT /users/{id}/roles) and may list accounts to do so (三员分立). Every write is one
// transaction with its audit entry; cached sessions are dropped after the commit.
#include <algorithm>
#include <boost/json.hpp>

#include "identity/admin_routes.hpp"
#include "identity/password_hash.hpp"
#include "identity/session_store.hpp"
#include "identity/user_input.hpp"
#include "identity/user_json.hpp"
#include "identity/user_store.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"
#include "identity/password_policy_rules.hpp"
#include "identity/roles_rules.hpp"

namespace anjian::accounts {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

void RequireUserListAccess(const Context& ctx) {
  if (!ctx.who().Can("user:manage") && !ctx.who().Can("role:manage"))
    throw ApiException{Error::Forbidden("permission user:manage or role:manage required",
                                        "需要权限 user:manage 或 role:manage")};
}

UserRecord Require(storage::Connection& conn, const Context& ctx, int64_t id) {
  auto u = FindUser(conn, UserAdminScope(ctx.who()), id);
  if (!u) throw ApiException{Error::NotFound("user")};
  return *u;
}

void Audit(storage::Connection& conn, const Context& ctx, const std::string& action, int64_t id,
           const json::value& before, const json::value& after) {
  audit::Append(conn, api::ActorOf(ctx.who()), action, "user", std::to_string(id), before, after);
}

// Refuses to leave an administrator role without an active holder: nobody could then grant
// roles, set the policy or read the audit log.
void CheckNotLastAdmin(storage::Connection& conn, const UserRecord& u,
                       const std::vector<std::string>& keep_roles) {
  if (u.status != "active") return;
  for (const auto& role : u.roles) {
    if (!domain::IsAdminRole(role)) continue;
    if (std::find(keep_roles.begin(), keep_roles.end(), role) != keep_roles.end()) continue;
    if (OtherActiveHolders(conn, role, u.id) == 0)
      throw ApiException{Error::Validation(
          {{"", "last_admin", "this is the only active account with role " + role,
            "该账号是唯一拥有“" + role + "”角色的有效账号，不能移除或停用"}})};
  }
}

Response List(Context& ctx) {
  RequireUserListAccess(ctx);
  auto f = ParseUserFilter(ctx.req.query);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result = ListUsers(*conn, UserAdminScope(ctx.who()), f, size, (page - 1) * size);
  json::array items;
  for (auto& o : result.items) items.push_back(std::move(o));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

std::string Joined(const json::value& arr, const char* sep = ", ") {
  std::string out;
  for (const auto& v : arr.as_array()) {
    std::string s(v.as_string());
    if (const auto* r = domain::FindRole(s)) s = std::string(r->label_zh);
    out += (out.empty() ? "" : sep) + s;
  }
  return out;
}

std::string OrgName(const json::object& u, const char* key) {
  const auto& v = u.at(key);
  return v.is_null() ? "" : std::string(v.as_object().at("name").as_string());
}

Response Export(Context& ctx) {
  RequireUserListAccess(ctx);
  auto f = ParseUserFilter(ctx.req.query);
  auto conn = ctx.svc.db->Acquire();
  auto result = ListUsers(*conn, UserAdminScope(ctx.who()), f, 100000, 0);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(result.items.size());
  for (const auto& u : result.items) {
    const auto& region = u.at("region");
    rows.push_back({u.at("id").as_int64(), std::string(u.at("username").as_string()),
                    std::string(u.at("display_name").as_string()),
                    std::string(u.at("phone").as_string()), Joined(u.at("roles")),
                    OrgName(u, "agency"), OrgName(u, "enterprise"),
                    region.is_null() ? "" : std::string(region.as_object().at("name").as_string()),
                    u.at("status").as_string() == "active" ? "启用" : "停用",
                    std::string(u.at("created_at").as_string())});
  }
  return api::XlsxDownload("用户列表.xlsx", "用户",
                           {"ID", "用户名", "姓名", "电话", "角色", "所属监管部门", "所属企业",
                            "行政区划", "状态", "创建时间"},
                           rows);
}

Response Create(Context& ctx) {
  auto scope = UserAdminScope(ctx.who());
  api::JsonInput in(ctx.req.body);
  std::string username = in.Str("username", true, 64);
  std::string password = in.OptStr("password", 4096).value_or("");
  auto conn = ctx.svc.db->Acquire();
  UserFields fields = ReadUserFields(in, *conn, scope);
  if (!username.empty() && !IsValidUsername(username)) {
    in.AddError({"username", "username_format",
                 "must be 3–32 characters of lower-case letters, digits, '.', '_' or '-'",
                 "应为 3–32 位小写字母、数字、“.”、“_”或“-”"});
  } else if (!username.empty() && UsernameTaken(*conn, username)) {
    in.AddError({"username", "username_taken", "is already in use", "用户名已被使用"});
  }
  for (auto& e : domain::CheckPassword(ctx.svc.sessions->Policy(), password, username, "password"))
    in.AddError(e);
  in.Finish();
  storage::Transaction tx(*conn);
  int64_t id = InsertUser(*conn, username, fields, HashPassword(password));
  auto after = UserJson(*conn, id);
  Audit(*conn, ctx, "create", id, nullptr, after);
  tx.Commit();
  ctx.svc.sessions->Invalidate();
  return api::JsonResponse(after, 201);
}

Response Update(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto user = Require(*conn, ctx, id);
  api::JsonInput in(ctx.req.body);
  UserFields fields = ReadUserFields(in, *conn, UserAdminScope(ctx.who()));
  // The roles already granted must still fit the new organisation; an administrator's account
  // takes none (admin_org, reported on the organisation field that was sent).
  std::vector<std::string> roles(user.roles.begin(), user.roles.end());
  for (auto& e : domain::CheckRoleGrant(roles, fields.agency_id.has_value(),
                                        fields.enterprise_id.has_value())) {
    if (e.rule == "admin_org") e.field = fields.agency_id ? "agency_id" : "enterprise_id";
    in.AddError(e);
  }
  in.Finish();
  auto before = UserJson(*conn, id);
  UpdateUser(*conn, id, fields);
  auto after = UserJson(*conn, id);
  Audit(*conn, ctx, "update", id, before, after);
  tx.Commit();
  ctx.svc.sessions->Invalidate();
  return api::JsonResponse(after);
}

Response SetStatus(Context& ctx, const std::string& status) {
  int64_t id = ctx.PathId();
  if (status == "disabled" && id == ctx.who().user_id)
    throw ApiException{Error::Validation(
        {{"", "self_disable", "you cannot disable your own account", "不能停用自己的账号"}})};
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto user = Require(*conn, ctx, id);
  if (user.status == status)
    throw ApiException{Error::Conflict("the account is already " + status,
                                       status == "active" ? "账号已处于启用状态" : "账号已处于停用状态")};
  if (status == "disabled") CheckNotLastAdmin(*conn, user, {});
  auto before = UserJson(*conn, id);
  SetUserStatus(*conn, id, status);
  if (status == "disabled") ctx.svc.sessions->RevokeUser(*conn, id);
  auto after = UserJson(*conn, id);
  Audit(*conn, ctx, status == "active" ? "enable" : "disable", id, before, after);
  tx.Commit();
  ctx.svc.sessions->Invalidate();
  return api::JsonResponse(after);
}

Response ResetPassword(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  auto user = Require(*conn, ctx, id);
  // Three-admin separation: a system administrator who could set the security or audit
  // administrator's password could act as them. Those are reset on the server (CLI).
  for (const auto& role : user.roles)
    if (role == "sec_admin" || role == "audit_admin")
      throw ApiException{Error::Validation(
          {{"", "admin_account_protected",
            "the security and audit administrators' passwords are reset on the server with "
            "`anjian user reset-password`",
            "安全管理员和审计管理员的密码只能在服务器上用 anjian user reset-password 重置"}})};
  api::JsonInput in(ctx.req.body);
  std::string password = in.OptStr("password", 4096).value_or("");
  for (auto& e :
       domain::CheckPassword(ctx.svc.sessions->Policy(), password, user.username, "password"))
    in.AddError(e);
  in.Finish();
  std::string hash = HashPassword(password);  // slow: outside the write transaction
  storage::Transaction tx(*conn);
  Require(*conn, ctx, id);
  ResetUserPassword(*conn, id, hash);
  ctx.svc.sessions->RevokeUser(*conn, id);
  Audit(*conn, ctx, "reset_password", id, nullptr,
        json::object{{"must_change_password", true}, {"sessions_revoked", true}});
  tx.Commit();
  ctx.svc.sessions->Invalidate();
  return Response::NoContent();
}

json::array RoleArray(const std::vector<std::string>& roles) {
  json::array a;
  for (const auto& r : roles) a.push_back(json::string(r));
  return a;
}

Response SetRoles(Context& ctx) {
  int64_t id = ctx.PathId();
  if (id == ctx.who().user_id)
    throw ApiException{Error::Validation(
        {{"roles", "self_grant", "you cannot change your own roles", "不能修改自己的角色"}})};
  api::JsonInput in(ctx.req.body);
  if (!in.Has("roles")) in.AddError({"roles", "required", "is required", "必填"});
  std::vector<std::string> roles = in.StrList("roles", 20);
  std::sort(roles.begin(), roles.end());
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto user = Require(*conn, ctx, id);
  for (auto& e : domain::CheckRoleGrant(roles, user.agency_id.has_value(),
                                        user.enterprise_id.has_value()))
    in.AddError(e);
  in.Finish();
  CheckNotLastAdmin(*conn, user, roles);
  std::vector<std::string> old_roles(user.roles.begin(), user.roles.end());
  ReplaceUserRoles(*conn, id, roles);
  Audit(*conn, ctx, "set_roles", id, json::object{{"roles", RoleArray(old_roles)}},
        json::object{{"roles", RoleArray(roles)}});
  auto after = UserJson(*conn, id);
  tx.Commit();
  ctx.svc.sessions->Invalidate();
  return api::JsonResponse(after);
}

}  // namespace

void RegisterAdminRoutes(api::Router& r) {
  // Listing needs user:manage or role:manage; checked inside the handlers.
  r.Add("GET", "/api/v1/users", api::kAuthenticated, List);
  r.Add("GET", "/api/v1/users/export", api::kAuthenticated, Export);
  r.Add("POST", "/api/v1/users", "user:manage", Create);
  r.Add("PUT", "/api/v1/users/{id}", "user:manage", Update);
  r.Add("POST", "/api/v1/users/{id}/disable", "user:manage",
        [](Context& c) { return SetStatus(c, "disabled"); });
  r.Add("POST", "/api/v1/users/{id}/enable", "user:manage",
        [](Context& c) { return SetStatus(c, "active"); });
  r.Add("POST", "/api/v1/users/{id}/reset-password", "user:manage", ResetPassword);
  r.Add("PUT", "/api/v1/users/{id}/roles", "role:manage", SetRoles);
  RegisterRoleRoutes(r);
  RegisterPolicyRoutes(r);
}

}  // namespace anjian::accounts
