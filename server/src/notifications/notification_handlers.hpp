// The notification handlers, listed in routes.cpp.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::notifications {

api::Response ListNotifications(api::Context& ctx);
api::Response UnreadNotificationCount(api::Context& ctx);
api::Response ReadNotification(api::Context& ctx);
api::Response ReadAllNotifications(api::Context& ctx);

}  // namespace anjian::notifications
