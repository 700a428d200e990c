// The dashboard handler, listed in routes.cpp.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::dashboard {

api::Response GetDashboard(api::Context& ctx);

}  // namespace anjian::dashboard
