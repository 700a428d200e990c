// The audit actor for the current caller: who, from where, and the request's "now" from the
// clock (api::Services::clock).
#pragma once

#include "audit/audit_service.hpp"
#include "platform/api/context.hpp"
#include "platform/api/principal.hpp"

namespace anjian::api {

inline audit::Actor ActorOf(const Principal& p, std::int64_t at) {
  return {p.user_id, p.username, p.ip, at};
}
inline audit::Actor ActorOf(const Context& ctx) { return ActorOf(ctx.who(), ctx.Now()); }

}  // namespace anjian::api
