// Placeholder: routes are added by the module owner.
#include "api/router.hpp"

namespace anjian::dashboard {

void RegisterDashboardRoutes(api::Router&) {}

}  // namespace anjian::dashboard
