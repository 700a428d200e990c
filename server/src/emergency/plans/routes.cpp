// The emergency-plan routes (应急预案, issue 14 §2), each with its permission.
#include "emergency/plans/plan_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::emergency_plans {

void RegisterEmergencyPlanRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/emergency-plans", "emergency_plan:read", ListPlansHandler);
  r.Add("GET", "/api/v1/emergency-plans/export", "emergency_plan:read", ExportPlansHandler);
  r.Add("POST", "/api/v1/emergency-plans", "emergency_plan:write", CreatePlanHandler);
  r.Add("GET", "/api/v1/emergency-plans/{id}", "emergency_plan:read", GetPlanHandler);
  r.Add("PUT", "/api/v1/emergency-plans/{id}", "emergency_plan:write", UpdatePlanHandler);
  r.Add("POST", "/api/v1/emergency-plans/{id}/versions", "emergency_plan:write", AddVersionHandler);
  r.Add("POST", "/api/v1/emergency-plans/{id}/reviews", "emergency_plan:write", RecordReviewHandler);
  r.Add("POST", "/api/v1/emergency-plans/{id}/publish", "emergency_plan:publish", PublishPlanHandler);
  r.Add("POST", "/api/v1/emergency-plans/{id}/filings", "emergency_plan:write", SubmitFilingHandler);
  r.Add("POST", "/api/v1/emergency-plans/{id}/filings/{filing_id}/accept",
        "emergency_plan:filing_review", AcceptFilingHandler);
  r.Add("POST", "/api/v1/emergency-plans/{id}/filings/{filing_id}/return",
        "emergency_plan:filing_review", ReturnFilingHandler);
  r.Add("POST", "/api/v1/emergency-plans/{id}/evaluations", "emergency_plan:write",
        RecordEvaluationHandler);
  r.Add("POST", "/api/v1/emergency-plans/{id}/revision-triggers", "emergency_plan:write",
        RevisionTriggerHandler);
}

}  // namespace anjian::emergency_plans
