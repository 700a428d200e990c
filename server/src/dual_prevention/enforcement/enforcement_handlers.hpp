// The handlers of /api/v1/enforcement-inspections (routes.cpp declares each one's permission).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::enforcement::handlers {

api::Response Reference(api::Context& ctx);  // GET /enforcement-inspections/reference

api::Response List(api::Context& ctx);       // GET  /enforcement-inspections
api::Response Export(api::Context& ctx);     // GET  /enforcement-inspections/export
api::Response Create(api::Context& ctx);     // POST /enforcement-inspections
api::Response Get(api::Context& ctx);        // GET  /enforcement-inspections/{id}
api::Response AddAction(api::Context& ctx);  // POST /enforcement-inspections/{id}/actions

// The annual plan and its random draws (enforcement_plan_handlers.cpp).
api::Response ListPlans(api::Context& ctx);   // GET  /enforcement-plans
api::Response CreatePlan(api::Context& ctx);  // POST /enforcement-plans
api::Response GetPlan(api::Context& ctx);     // GET  /enforcement-plans/{id}
api::Response Draw(api::Context& ctx);        // POST /enforcement-plans/{id}/draws
api::Response GetDraw(api::Context& ctx);     // GET  /enforcement-draws/{id}

}  // namespace anjian::enforcement::handlers
