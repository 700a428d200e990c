// /api/v1/auth handlers: sign in, sign out, who am I, change one's own password.
#include <boost/json.hpp>

#include "identity/identity_handlers.hpp"
#include "identity/session_service.hpp"
#include "identity/user_json.hpp"
#include "identity/user_repository.hpp"
#include "identity/user_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/api_errors.hpp"

namespace anjian::identity {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr int kCookieMaxAge = 12 * 3600;

std::string SessionCookie(const api::Config& cfg, const std::string& token, int max_age) {
  return std::string(SessionService::kCookie) + "=" + token +
         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age) +
         (cfg.secure_cookies ? "; Secure" : "");
}

}  // namespace

Response Login(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  std::string username = in.Str("username", true, 64);
  std::string password;
  if (auto p = in.OptStr("password", 128)) password = *p;
  if (password.empty()) in.AddError(api::Err("required").At("password"));
  in.Finish();
  auto result = ctx.svc.sessions->Login(username, password, ctx.req.remote_ip,
                                        std::string(ctx.req.Header("user-agent")));
  auto conn = ctx.svc.db->Acquire();
  json::object body{{"token", result.token},
                    {"csrf_token", result.principal.csrf_token},
                    {"expires_in", result.idle_timeout_minutes * 60},
                    {"must_change_password", result.must_change_password},
                    {"user", UserJson(*conn, result.principal.user_id)}};
  auto resp = api::JsonResponse(body);
  resp.headers.emplace_back("Set-Cookie", SessionCookie(ctx.svc.config, result.token, kCookieMaxAge));
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
  const bool must_change = MustChangePassword(*conn, ctx.who().user_id);
  return api::JsonResponse(json::object{{"user", UserJson(*conn, ctx.who().user_id)},
                                        {"csrf_token", ctx.who().csrf_token},
                                        {"must_change_password", must_change}});
}

Response ChangeOwnPassword(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  std::string old_pw = in.OptStr("old_password", 128).value_or("");
  std::string new_pw = in.OptStr("new_password", 128).value_or("");
  const auto policy = ctx.svc.sessions->Policy();
  if (old_pw.empty()) in.AddError(api::Err("required").At("old_password"));
  auto conn = ctx.svc.db->Acquire();
  const bool input_ok = in.errors().empty();
  for (auto& e : CheckPasswordChange(*conn, policy, ctx.who(), old_pw, new_pw, input_ok))
    in.AddError(std::move(e));
  in.Finish();
  ChangePassword(*conn, *ctx.svc.sessions, api::ActorOf(ctx), ctx.who(), new_pw);
  return Response::NoContent();
}

}  // namespace anjian::identity
