// Placeholder: routes are added by the module owner.
#include "api/router.hpp"

namespace anjian::registry {

void RegisterResponsibilityRoutes(api::Router&) {}

}  // namespace anjian::registry
