// The duty spot-check handlers (routes.cpp lists them).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::spot_check {

api::Response ListRoundsHandler(api::Context& ctx);
api::Response ExportRoundsHandler(api::Context& ctx);
api::Response CreateRoundHandler(api::Context& ctx);
api::Response GetRoundHandler(api::Context& ctx);
api::Response OnDutyHandler(api::Context& ctx);
api::Response RecordCallHandler(api::Context& ctx);
api::Response ListFindingsHandler(api::Context& ctx);
api::Response ExportFindingsHandler(api::Context& ctx);
api::Response GetFindingHandler(api::Context& ctx);
api::Response AnswerFindingHandler(api::Context& ctx);
api::Response AcceptFindingHandler(api::Context& ctx);
api::Response ReturnFindingHandler(api::Context& ctx);

}  // namespace anjian::spot_check
