// /api/v1/dashboard: the caller's overview (dashboard:read), inside the caller's scope;
// /api/v1/todo: the caller's to-do counts (any signed-in account).
#include "dashboard/dashboard_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::dashboard {

void RegisterDashboardRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/dashboard", "dashboard:read", GetDashboard);
  // Every signed-in account has a to-do list; which items it holds follows its permissions.
  r.Add("GET", "/api/v1/todo", api::kAuthenticated, GetTodo);
}

}  // namespace anjian::dashboard
