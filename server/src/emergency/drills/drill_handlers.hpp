// The drill handlers (routes.cpp lists them).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::drills {

api::Response ListDrillsHandler(api::Context& ctx);
api::Response ExportDrillsHandler(api::Context& ctx);
api::Response RecordDrillHandler(api::Context& ctx);
api::Response GetDrillHandler(api::Context& ctx);
api::Response DrillPlansHandler(api::Context& ctx);
api::Response SubmitDrillReportHandler(api::Context& ctx);
api::Response AcknowledgeDrillReportHandler(api::Context& ctx);
api::Response ProblemToHiddenDangerHandler(api::Context& ctx);
api::Response ProblemToRevisionHandler(api::Context& ctx);
api::Response ScopeComplianceHandler(api::Context& ctx);
api::Response EnterpriseComplianceHandler(api::Context& ctx);
api::Response ExportComplianceHandler(api::Context& ctx);

}  // namespace anjian::drills
