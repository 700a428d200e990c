// The zero-report handlers (routes.cpp lists them).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::zero_report {

api::Response ListPeriodsHandler(api::Context& ctx);
api::Response DeclarePeriodHandler(api::Context& ctx);
api::Response GetPeriodHandler(api::Context& ctx);
api::Response BoardHandler(api::Context& ctx);
api::Response ExportBoardHandler(api::Context& ctx);
api::Response RemindHandler(api::Context& ctx);
api::Response FileReportHandler(api::Context& ctx);
api::Response TodayHandler(api::Context& ctx);

}  // namespace anjian::zero_report
