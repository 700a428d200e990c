// The accident routes (事故和险情信息报告, issue 14 §4), each with its permission.
#include "emergency/accidents/accident_handlers.hpp"
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
}

}  // namespace anjian::accidents
