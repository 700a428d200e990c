// The audit actor for the current caller.
#pragma once

#include "platform/api/principal.hpp"
#include "audit/audit_log.hpp"

namespace anjian::api {

inline audit::Actor ActorOf(const Principal& p) { return {p.user_id, p.username, p.ip}; }

}  // namespace anjian::api
