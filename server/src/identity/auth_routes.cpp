// /api/v1/auth: sign in, sign out, who am I, change password.
#include <boost/json.hpp>

#include "identity/password_hash.hpp"
#include "identity/session_store.hpp"
#include "identity/user_json.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "identity/password_policy_rules.hpp"

namespace anjian::accounts {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::string SessionCookie(const api::Config& cfg, const std::string& token, int max_age) {
  return std::string(SessionStore::kCookie) + "=" + token +
         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age) +
         (cfg.secure_cookies ? "; Secure" : "");
}

Response Login(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  std::string username = in.Str("username", true, 64);
  std::string password;
  if (auto p = in.OptStr("password", 128)) password = *p;
  if (password.empty()) in.AddError({"password", "required", "is required", "必填"});
  in.Finish();
  auto result = ctx.svc.sessions->Login(username, password, ctx.req.remote_ip,
                                        std::string(ctx.req.Header("user-agent")));
  auto conn = ctx.svc.db->Acquire();
  json::object body{{"token", result.token},
                    {"csrf_token", result.principal.csrf_token},
                    {"expires_in", result.idle_timeout_minutes * 60},
                    {"must_change_password", result.must_change_password},
                    {"user", PrincipalJson(*conn, result.principal)}};
  auto resp = api::JsonResponse(body);
  resp.headers.emplace_back("Set-Cookie", SessionCookie(ctx.svc.config, result.token, 12 * 3600));
  return resp;
}

Response Logout(Context& ctx) {
  ctx.svc.sessions->Logout(ctx.who());
  auto resp = Response::NoContent();
  resp.headers.emplace_back("Set-Cookie", SessionCookie(ctx.svc.config, "", 0));
  return resp;
}

Response Me(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto must = conn->Query("SELECT must_change_password FROM users WHERE id = ?", {ctx.who().user_id});
  return api::JsonResponse(json::object{
      {"user", PrincipalJson(*conn, ctx.who())},
      {"csrf_token", ctx.who().csrf_token},
      {"must_change_password", !must.empty() && must.Int(0, "must_change_password") != 0}});
}

// The hashes a new password may not match: the current one and the most recent earlier ones
// from the history, `policy.password_history` in all.
std::vector<std::string> RecentPasswordHashes(storage::Connection& conn, int64_t user_id,
                                              const std::string& current_hash, int count) {
  std::vector<std::string> recent{current_hash};
  auto rs = conn.Query(
      "SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?",
      {user_id, int64_t{count}});
  for (size_t i = 0; i < rs.size() && recent.size() < static_cast<size_t>(count); ++i)
    if (rs.Text(i, "password_hash") != current_hash) recent.push_back(rs.Text(i, "password_hash"));
  return recent;
}

Response ChangePassword(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  std::string old_pw = in.OptStr("old_password", 128).value_or("");
  std::string new_pw = in.OptStr("new_password", 128).value_or("");
  const auto policy = ctx.svc.sessions->Policy();
  const int earlier = policy.password_history - 1;
  const FieldError reused =
      earlier <= 0
          ? FieldError{"new_password", "password_reused", "must differ from your current password",
                       "新密码不能与当前密码相同"}
          : FieldError{"new_password", "password_reused",
                       "must differ from your current password and the " +
                           std::to_string(earlier) + " before it",
                       "新密码不能与当前密码及之前 " + std::to_string(earlier) +
                           " 次使用过的密码相同"};
  if (old_pw.empty()) in.AddError({"old_password", "required", "is required", "必填"});
  auto policy_errors = domain::CheckPassword(policy, new_pw, ctx.who().username);
  for (auto& e : policy_errors) in.AddError(e);
  if (!old_pw.empty() && old_pw == new_pw) in.AddError(reused);
  auto conn = ctx.svc.db->Acquire();
  auto rs = conn->Query("SELECT password_hash FROM users WHERE id = ?", {ctx.who().user_id});
  const std::string current_hash = rs.empty() ? "" : rs.Text(0, "password_hash");
  const bool old_ok = !old_pw.empty() && !rs.empty() && VerifyPassword(current_hash, old_pw);
  if (!old_pw.empty() && !old_ok)
    in.AddError({"old_password", "password_wrong", "is not your current password", "原密码错误"});
  // Password history: only worth the hashing once everything else is right.
  if (in.errors().empty() && old_ok) {
    for (const auto& h : RecentPasswordHashes(*conn, ctx.who().user_id, current_hash,
                                              policy.password_history))
      if (VerifyPassword(h, new_pw)) {
        in.AddError(reused);
        break;
      }
  }
  in.Finish();
  const std::string now = storage::NowIso();
  const std::string new_hash = HashPassword(new_pw);
  storage::Transaction tx(*conn);
  conn->Exec(
      "UPDATE users SET password_hash = ?, must_change_password = 0, password_changed_at = ?, "
      "updated_at = ? WHERE id = ?",
      {new_hash, now, now, ctx.who().user_id});
  // The history keeps the password being replaced (unless it is there already: the latest
  // entry) and the new one, at most kPasswordHistoryMax per user.
  auto latest = conn->Query(
      "SELECT password_hash FROM password_history WHERE user_id = ? ORDER BY id DESC LIMIT 1",
      {ctx.who().user_id});
  if (latest.empty() || latest.Text(0, "password_hash") != current_hash)
    conn->Exec("INSERT INTO password_history (user_id, password_hash, created_at) VALUES (?, ?, ?)",
               {ctx.who().user_id, current_hash, now});
  conn->Exec("INSERT INTO password_history (user_id, password_hash, created_at) VALUES (?, ?, ?)",
             {ctx.who().user_id, new_hash, now});
  conn->Exec(
      "DELETE FROM password_history WHERE user_id = ? AND id NOT IN (SELECT id FROM "
      "password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?)",
      {ctx.who().user_id, ctx.who().user_id, int64_t{domain::kPasswordHistoryMax}});
  // Other sessions of this user end; the current one stays signed in.
  conn->Exec("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id <> ? AND revoked_at IS NULL",
             {now, ctx.who().user_id, ctx.who().session_id});
  audit::Append(*conn, api::ActorOf(ctx.who()), "change_password", "user",
                std::to_string(ctx.who().user_id), nullptr, nullptr);
  tx.Commit();
  ctx.svc.sessions->Invalidate();
  return Response::NoContent();
}

}  // namespace

void RegisterAuthRoutes(api::Router& r) {
  r.Add("POST", "/api/v1/auth/login", api::kPublic, Login);
  r.Add("POST", "/api/v1/auth/logout", api::kAuthenticated, Logout);
  r.Add("GET", "/api/v1/auth/me", api::kAuthenticated, Me);
  r.Add("POST", "/api/v1/auth/password", api::kAuthenticated, ChangePassword);
}

}  // namespace anjian::accounts
