// The handlers of /api/v1/production-halts (routes.cpp declares each one's permission): halts
// and their restarts (山东省安全生产条例 Art.44).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::hidden_danger::handlers {

api::Response ListHalts(api::Context& ctx);       // GET  /production-halts
api::Response RecordHalt(api::Context& ctx);      // POST /production-halts
api::Response GetHalt(api::Context& ctx);         // GET  /production-halts/{id}
api::Response ApproveRestart(api::Context& ctx);  // POST /production-halts/{id}/restart

}  // namespace anjian::hidden_danger::handlers
