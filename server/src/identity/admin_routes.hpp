// Route groups of the administration area, registered together by RegisterAdminRoutes
// (admin_routes.cpp): users there, roles and permissions in role_routes.cpp, the security
// policy in policy_routes.cpp.
#pragma once

#include "platform/api/router.hpp"

namespace anjian::accounts {

void RegisterRoleRoutes(api::Router& r);
void RegisterPolicyRoutes(api::Router& r);

}  // namespace anjian::accounts
