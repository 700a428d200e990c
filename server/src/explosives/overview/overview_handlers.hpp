// The overview handler (routes.cpp lists it).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::overview {

api::Response OverviewHandler(api::Context& ctx);

}  // namespace anjian::overview
