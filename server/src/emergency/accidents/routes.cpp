// The accident routes (事故和险情信息报告, issue 14 §4), each with its permission.
#include "emergency/accidents/accident_handlers.hpp"
#include "emergency/accidents/accident_investigation_handlers.hpp"
#include "emergency/accidents/accident_statistics_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::accidents {

void RegisterAccidentRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/accidents", "accident:read", ListAccidentsHandler);
  r.Add("GET", "/api/v1/accidents/export", "accident:read", ExportAccidentsHandler);
  r.Add("POST", "/api/v1/accidents", "accident:report", ReportAccidentHandler);
  r.Add("GET", "/api/v1/accidents/{id}", "accident:read", GetAccidentHandler);
  r.Add("PUT", "/api/v1/accidents/{id}", "accident:report", CorrectAccidentHandler);
  r.Add("POST", "/api/v1/accidents/{id}/follow-ups", "accident:report", FollowUpAccidentHandler);
  r.Add("POST", "/api/v1/accidents/{id}/forward", "accident:forward", ForwardAccidentHandler);
  // Statistics and investigation (issue 14 §4, helper emergency-resources).
  r.Add("GET", "/api/v1/accidents/statistics", "accident:read", AccidentStatisticsHandler);
  r.Add("GET", "/api/v1/accidents/statistics/export", "accident:read",
        ExportAccidentStatisticsHandler);
  r.Add("GET", "/api/v1/accidents/{id}/investigation", "accident:read", GetInvestigationHandler);
  r.Add("PUT", "/api/v1/accidents/{id}/investigation", "accident:investigate",
        PutInvestigationHandler);
  r.Add("POST", "/api/v1/accidents/{id}/investigation/findings", "accident:investigate",
        AddFindingHandler);
  r.Add("POST", "/api/v1/accidents/{id}/investigation/findings/{finding_id}/hidden-danger",
        "accident:investigate", FindingToHiddenDangerHandler);
}

}  // namespace anjian::accidents
