// /api/v1/accidents/{id}/investigation: the investigation of one accident (who leads by grade,
// the deadlines, the record, its findings and its history), the record's PUT, the findings and
// the one-click conversion of a finding into a hidden danger.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::accidents {

api::Response GetInvestigationHandler(api::Context& ctx);
api::Response PutInvestigationHandler(api::Context& ctx);
api::Response AddFindingHandler(api::Context& ctx);
api::Response FindingToHiddenDangerHandler(api::Context& ctx);

}  // namespace anjian::accidents
