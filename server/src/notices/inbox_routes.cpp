// Placeholder: routes are added by the module owner.
#include "api/router.hpp"

namespace anjian::notices {

void RegisterInboxRoutes(api::Router&) {}

}  // namespace anjian::notices
