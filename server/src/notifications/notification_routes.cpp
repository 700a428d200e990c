// Placeholder: routes are added by the module owner.
#include "api/router.hpp"

namespace anjian::notifications {

void RegisterNotificationRoutes(api::Router&) {}

}  // namespace anjian::notifications
