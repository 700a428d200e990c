// Placeholder: routes are added by the module owner.
#include "api/router.hpp"

namespace anjian::audit {

void RegisterAuditRoutes(api::Router&) {}

}  // namespace anjian::audit
