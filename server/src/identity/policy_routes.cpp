// /api/v1/security-policy: password complexity, lockout and idle timeout (等保 2.0), edited
// by the security administrator and bounded by domain::ValidatePolicy.
#include <boost/json.hpp>

#include "identity/admin_routes.hpp"
#include "identity/session_store.hpp"
#include "platform/api/actor.hpp"
#include "identity/password_policy_rules.hpp"

namespace anjian::accounts {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

json::object PolicyJson(const domain::PasswordPolicy& p) {
  return json::object{{"password_min_length", p.min_length},
                      {"password_min_classes", p.min_classes},
                      {"lockout_threshold", p.lockout_threshold},
                      {"lockout_window_minutes", p.lockout_window_minutes},
                      {"lockout_minutes", p.lockout_minutes},
                      {"idle_timeout_minutes", p.idle_timeout_minutes},
                      {"password_history", p.password_history}};
}

Response Get(Context& ctx) { return api::JsonResponse(PolicyJson(ctx.svc.sessions->Policy())); }

Response Put(Context& ctx) {
  auto before = ctx.svc.sessions->Policy();
  domain::PasswordPolicy p = before;
  api::JsonInput in(ctx.req.body);
  auto read = [&](const char* key, int& dst, bool required = true) {
    if (auto v = in.Int(key, required)) {
      if (*v < INT32_MIN || *v > INT32_MAX)
        in.AddError({key, std::string(key) + "_range", "is out of range", "超出取值范围"});
      else
        dst = static_cast<int>(*v);
    }
  };
  read("password_min_length", p.min_length);
  read("password_min_classes", p.min_classes);
  read("lockout_threshold", p.lockout_threshold);
  read("lockout_window_minutes", p.lockout_window_minutes);
  read("lockout_minutes", p.lockout_minutes);
  read("idle_timeout_minutes", p.idle_timeout_minutes);
  read("password_history", p.password_history, false);  // added later: absent keeps the value
  for (auto& e : domain::ValidatePolicy(p)) in.AddError(e);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  ctx.svc.sessions->SavePolicy(*conn, p);
  audit::Append(*conn, api::ActorOf(ctx.who()), "update", "security_policy", "", PolicyJson(before),
                PolicyJson(p));
  tx.Commit();
  ctx.svc.sessions->Invalidate();
  return api::JsonResponse(PolicyJson(p));
}

}  // namespace

void RegisterPolicyRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/security-policy", "policy:manage", Get);
  r.Add("PUT", "/api/v1/security-policy", "policy:manage", Put);
}

}  // namespace anjian::accounts
