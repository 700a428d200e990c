// The duty-roster handlers (duty_roster_routes.cpp lists them).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::duty {

api::Response ListDutyUnitsHandler(api::Context& ctx);
api::Response ScopeCoverageHandler(api::Context& ctx);
api::Response ExportScopeCoverageHandler(api::Context& ctx);
api::Response GetDutyCalendarHandler(api::Context& ctx);
api::Response ExportDutyCalendarHandler(api::Context& ctx);
api::Response SetDutyPatternHandler(api::Context& ctx);
api::Response CreateDutyShiftHandler(api::Context& ctx);
api::Response GenerateDutyMonthHandler(api::Context& ctx);
api::Response CopyDutyMonthHandler(api::Context& ctx);
api::Response GetUnitCoverageHandler(api::Context& ctx);
api::Response ListDutySwapsHandler(api::Context& ctx);
api::Response GetDutyShiftHandler(api::Context& ctx);
api::Response EditDutyShiftHandler(api::Context& ctx);
api::Response CancelDutyShiftHandler(api::Context& ctx);
api::Response RequestDutySwapHandler(api::Context& ctx);
api::Response GetDutySwapHandler(api::Context& ctx);
api::Response ApproveDutySwapHandler(api::Context& ctx);
api::Response RefuseDutySwapHandler(api::Context& ctx);
api::Response WithdrawDutySwapHandler(api::Context& ctx);

}  // namespace anjian::duty
