// The handlers of /api/v1/hidden-dangers (routes.cpp declares each one's permission): they read
// and check the request, call hidden_danger_service and render hidden_danger_json.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::hidden_danger::handlers {

api::Response List(api::Context& ctx);        // GET    /hidden-dangers
api::Response Export(api::Context& ctx);      // GET    /hidden-dangers/export
api::Response Statistics(api::Context& ctx);  // GET    /hidden-dangers/statistics
api::Response StatisticsExport(api::Context& ctx);  // GET /hidden-dangers/statistics/export
api::Response Reference(api::Context& ctx);   // GET    /hidden-dangers/reference
api::Response Report(api::Context& ctx);      // POST   /hidden-dangers (an enterprise's own)
api::Response Refer(api::Context& ctx);       // POST   /hidden-dangers/referrals (a regulator)
api::Response Get(api::Context& ctx);         // GET    /hidden-dangers/{id}
api::Response Transition(api::Context& ctx);  // POST   /hidden-dangers/{id}/transitions

}  // namespace anjian::hidden_danger::handlers
