// The identity handlers, listed in routes.cpp: sign-in and one's own account (auth_handlers),
// account administration (user_handlers), roles and permissions (role_handlers), the security
// policy (policy_handlers).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::identity {

api::Response Login(api::Context& ctx);
api::Response Logout(api::Context& ctx);
api::Response Me(api::Context& ctx);
api::Response ChangeOwnPassword(api::Context& ctx);

api::Response ListUsers(api::Context& ctx);
api::Response ExportUsers(api::Context& ctx);
api::Response CreateUser(api::Context& ctx);
api::Response EditUser(api::Context& ctx);
api::Response DisableUser(api::Context& ctx);
api::Response EnableUser(api::Context& ctx);
api::Response ResetUserPassword(api::Context& ctx);
api::Response SetUserRoles(api::Context& ctx);

api::Response ListRoles(api::Context& ctx);
api::Response ListPermissions(api::Context& ctx);
api::Response SetRolePermissions(api::Context& ctx);

api::Response GetSecurityPolicy(api::Context& ctx);
api::Response PutSecurityPolicy(api::Context& ctx);

}  // namespace anjian::identity
