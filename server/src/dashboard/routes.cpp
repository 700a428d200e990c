// /api/v1/dashboard: the caller's overview (dashboard:read), inside the caller's scope.
#include "dashboard/dashboard_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::dashboard {

void RegisterDashboardRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/dashboard", "dashboard:read", GetDashboard);
}

}  // namespace anjian::dashboard
