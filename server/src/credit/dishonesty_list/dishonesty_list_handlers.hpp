// The dishonesty list handlers (routes.cpp lists them).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::dishonesty_list {

api::Response ListEntriesHandler(api::Context& ctx);
api::Response ExportEntriesHandler(api::Context& ctx);
api::Response CriteriaHandler(api::Context& ctx);
api::Response PublicListHandler(api::Context& ctx);
api::Response EnterCandidateHandler(api::Context& ctx);
api::Response DetectHandler(api::Context& ctx);
api::Response GetEntryHandler(api::Context& ctx);
api::Response NoticeHandler(api::Context& ctx);
api::Response DefenceHandler(api::Context& ctx);
api::Response OwnDefenceHandler(api::Context& ctx);
api::Response InvestigationFindingsHandler(api::Context& ctx);
api::Response EnterFromInvestigationFindingHandler(api::Context& ctx);
api::Response DecideHandler(api::Context& ctx);
api::Response PublishHandler(api::Context& ctx);
api::Response DismissHandler(api::Context& ctx);
api::Response ApplyRepairHandler(api::Context& ctx);
api::Response DecideRepairHandler(api::Context& ctx);
api::Response RevokeRepairHandler(api::Context& ctx);
api::Response RecordFindingHandler(api::Context& ctx);
api::Response AccidentFindingsHandler(api::Context& ctx);

}  // namespace anjian::dishonesty_list
