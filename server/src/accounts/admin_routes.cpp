// Placeholder: routes are added by the module owner.
#include "api/router.hpp"

namespace anjian::accounts {

void RegisterAdminRoutes(api::Router&) {}

}  // namespace anjian::accounts
