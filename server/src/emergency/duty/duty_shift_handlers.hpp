// The on-shift handlers (routes.cpp lists them as RegisterDutyShiftRoutes).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::duty {

api::Response ListDutyShiftsHandler(api::Context& ctx);
api::Response CurrentDutyShiftsHandler(api::Context& ctx);
api::Response ExportDutyLogHandler(api::Context& ctx);
api::Response GetOnShiftHandler(api::Context& ctx);
api::Response CheckInHandler(api::Context& ctx);
api::Response CheckOutHandler(api::Context& ctx);
api::Response AppendLogHandler(api::Context& ctx);
api::Response HandOverHandler(api::Context& ctx);
api::Response AcknowledgeHandoverHandler(api::Context& ctx);

}  // namespace anjian::duty
