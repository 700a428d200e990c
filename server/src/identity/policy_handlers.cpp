// /api/v1/security-policy handlers: password complexity, lockout and idle timeout (等保 2.0),
// edited by the security administrator within the bounds of ValidatePolicy.
#include <boost/json.hpp>

#include "identity/identity_handlers.hpp"
#include "identity/password_policy_rules.hpp"
#include "identity/policy_service.hpp"
#include "identity/session_service.hpp"
#include "platform/api/actor.hpp"

namespace anjian::identity {

using api::Context;
using api::Response;

Response GetSecurityPolicy(Context& ctx) {
  return api::JsonResponse(PolicyJson(ctx.svc.sessions->Policy()));
}

Response PutSecurityPolicy(Context& ctx) {
  PasswordPolicy p = ctx.svc.sessions->Policy();
  api::JsonInput in(ctx.req.body);
  auto read = [&](const char* key, int& dst, bool required = true) {
    if (auto v = in.Int(key, required)) {
      if (*v < INT32_MIN || *v > INT32_MAX) {
        if (auto e = CheckPolicyValue(key, *v)) in.AddError(std::move(*e));
      } else {
        dst = static_cast<int>(*v);
      }
    }
  };
  read("password_min_length", p.min_length);
  read("password_min_classes", p.min_classes);
  read("lockout_threshold", p.lockout_threshold);
  read("lockout_window_minutes", p.lockout_window_minutes);
  read("lockout_minutes", p.lockout_minutes);
  read("idle_timeout_minutes", p.idle_timeout_minutes);
  read("password_history", p.password_history, false);  // added later: absent keeps the value
  for (auto& e : ValidatePolicy(p)) in.AddError(std::move(e));
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  UpdateSecurityPolicy(*conn, *ctx.svc.sessions, api::ActorOf(ctx), p);
  return api::JsonResponse(PolicyJson(p));
}

}  // namespace anjian::identity
