// The route table of graded risk control (风险分级管控): the register, assessments, the
// four-colour map and regional overview, major hazard installations and the register export.
// Reads need risk:read, writes risk:write (the router enforces both).
#include "dual_prevention/risk/risk_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::risk {

void RegisterRiskRoutes(api::Router& r) {
  // The register.
  r.Add("GET", "/api/v1/risk-reference", "risk:read", GetReference);
  r.Add("GET", "/api/v1/risk-objects", "risk:read", ListObjectsHandler);
  r.Add("POST", "/api/v1/risk-objects", "risk:write", CreateObjectHandler);
  r.Add("PUT", "/api/v1/risk-objects/{id}", "risk:write", UpdateObjectHandler);
  r.Add("POST", "/api/v1/risk-objects/{id}/deactivate", "risk:write", DeactivateObjectHandler);
  r.Add("POST", "/api/v1/risk-objects/{id}/reactivate", "risk:write", ReactivateObjectHandler);
  r.Add("GET", "/api/v1/risk-units", "risk:read", ListUnitsHandler);
  r.Add("GET", "/api/v1/risk-units/export", "risk:read", ExportUnitsHandler);
  r.Add("POST", "/api/v1/risk-units", "risk:write", CreateUnitHandler);
  r.Add("GET", "/api/v1/risk-units/{id}", "risk:read", GetUnitHandler);
  r.Add("PUT", "/api/v1/risk-units/{id}", "risk:write", UpdateUnitHandler);
  r.Add("POST", "/api/v1/risk-units/{id}/deactivate", "risk:write", DeactivateUnitHandler);
  r.Add("POST", "/api/v1/risk-units/{id}/reactivate", "risk:write", ReactivateUnitHandler);
  r.Add("POST", "/api/v1/risk-units/{id}/assessments", "risk:write", AssessUnitHandler);
  r.Add("POST", "/api/v1/risk-units/{id}/events", "risk:write", CreateEventHandler);
  r.Add("PUT", "/api/v1/risk-events/{id}", "risk:write", UpdateEventHandler);
  r.Add("POST", "/api/v1/risk-events/{id}/deactivate", "risk:write", DeactivateEventHandler);
  r.Add("POST", "/api/v1/risk-events/{id}/reactivate", "risk:write", ReactivateEventHandler);
  r.Add("POST", "/api/v1/risk-events/{id}/measures", "risk:write", CreateMeasureHandler);
  r.Add("PUT", "/api/v1/control-measures/{id}", "risk:write", UpdateMeasureHandler);
  r.Add("POST", "/api/v1/control-measures/{id}/deactivate", "risk:write", DeactivateMeasureHandler);
  r.Add("POST", "/api/v1/control-measures/{id}/reactivate", "risk:write", ReactivateMeasureHandler);
  // The four-colour map and the regional overview.
  r.Add("GET", "/api/v1/risk-maps/{id}", "risk:read", GetRiskMapHandler);
  r.Add("GET", "/api/v1/risk-maps/{id}/image", "risk:read", RiskMapImageHandler);
  r.Add("PUT", "/api/v1/risk-map", "risk:write", PutSitePlanHandler);
  r.Add("PUT", "/api/v1/risk-units/{id}/polygon", "risk:write", PutPolygonHandler);
  r.Add("GET", "/api/v1/risk-overview", "risk:read", RegionalOverviewHandler);
  // Major hazard installations (重大危险源).
  r.Add("GET", "/api/v1/major-hazards", "risk:read", ListMajorHazardsHandler);
  r.Add("POST", "/api/v1/major-hazards", "risk:write", CreateMajorHazardHandler);
  r.Add("PUT", "/api/v1/major-hazards/{id}", "risk:write", UpdateMajorHazardHandler);
  r.Add("POST", "/api/v1/major-hazards/{id}/deactivate", "risk:write",
        DeactivateMajorHazardHandler);
  r.Add("POST", "/api/v1/major-hazards/{id}/reactivate", "risk:write",
        ReactivateMajorHazardHandler);
  // The 风险分级管控清单 workbook.
  r.Add("GET", "/api/v1/risk-register/export", "risk:read", ExportRegisterHandler);
}

}  // namespace anjian::risk
