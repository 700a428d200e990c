// The working-day calendar handlers, listed in routes.cpp.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::calendar {

api::Response GetCalendar(api::Context& ctx);
api::Response PutCalendar(api::Context& ctx);

}  // namespace anjian::calendar
