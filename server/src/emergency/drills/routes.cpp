// The drill routes (应急演练, issue 14 §3), each with its permission.
#include "emergency/drills/drill_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::drills {

void RegisterDrillRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/drills", "drill:read", ListDrillsHandler);
  r.Add("GET", "/api/v1/drills/export", "drill:read", ExportDrillsHandler);
  r.Add("GET", "/api/v1/drills/plans", "drill:read", DrillPlansHandler);
  r.Add("GET", "/api/v1/drills/compliance", "drill:read", ScopeComplianceHandler);
  r.Add("GET", "/api/v1/drills/compliance/export", "drill:read", ExportComplianceHandler);
  r.Add("GET", "/api/v1/drills/compliance/enterprises/{id}", "drill:read",
        EnterpriseComplianceHandler);
  r.Add("POST", "/api/v1/drills", "drill:write", RecordDrillHandler);
  r.Add("GET", "/api/v1/drills/{id}", "drill:read", GetDrillHandler);
  r.Add("POST", "/api/v1/drills/{id}/report", "drill:write", SubmitDrillReportHandler);
  r.Add("POST", "/api/v1/drills/{id}/report/acknowledge", "drill:acknowledge",
        AcknowledgeDrillReportHandler);
  r.Add("POST", "/api/v1/drills/{id}/problems/{problem_id}/hidden-danger", "drill:write",
        ProblemToHiddenDangerHandler);
  r.Add("POST", "/api/v1/drills/{id}/problems/{problem_id}/revision", "drill:write",
        ProblemToRevisionHandler);
}

}  // namespace anjian::drills
