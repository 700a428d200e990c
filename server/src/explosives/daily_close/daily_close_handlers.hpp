// The daily-close and summary handlers (routes.cpp lists them).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::daily_close {

api::Response SummaryHandler(api::Context& ctx);
api::Response ExportSummaryHandler(api::Context& ctx);
api::Response MonthDailyClosesHandler(api::Context& ctx);
api::Response DayDailyCloseHandler(api::Context& ctx);
api::Response SignDailyCloseHandler(api::Context& ctx);

}  // namespace anjian::daily_close
