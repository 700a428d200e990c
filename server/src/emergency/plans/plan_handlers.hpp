// The emergency-plan handlers (routes.cpp lists them).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::emergency_plans {

api::Response ListPlansHandler(api::Context& ctx);
api::Response ExportPlansHandler(api::Context& ctx);
api::Response CreatePlanHandler(api::Context& ctx);
api::Response GetPlanHandler(api::Context& ctx);
api::Response UpdatePlanHandler(api::Context& ctx);
api::Response AddVersionHandler(api::Context& ctx);
api::Response RecordReviewHandler(api::Context& ctx);
api::Response PublishPlanHandler(api::Context& ctx);
api::Response SubmitFilingHandler(api::Context& ctx);
api::Response AcceptFilingHandler(api::Context& ctx);
api::Response ReturnFilingHandler(api::Context& ctx);
api::Response RecordEvaluationHandler(api::Context& ctx);
api::Response RevisionTriggerHandler(api::Context& ctx);

}  // namespace anjian::emergency_plans
