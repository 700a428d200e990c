// The registry's route table: regions and dictionaries (any signed-in user), enterprises
// (一企一档) with import/export, the responsibility matrix (三管三必须) and agencies, each
// route with the permission the router enforces.
#include "platform/api/router.hpp"
#include "registry/handlers.hpp"

namespace anjian::registry {

void RegisterRegistryRoutes(api::Router& r) {
  // Reference data every page needs: no permission beyond being signed in.
  r.Add("GET", "/api/v1/regions", api::kAuthenticated, RegionsHandler);
  r.Add("GET", "/api/v1/dictionaries", api::kAuthenticated, DictionariesHandler);
  r.Add("GET", "/api/v1/industry-codes", api::kAuthenticated, IndustryCodesHandler);
  // The API description (OpenAPI 3.0) for Swagger UI, Postman, Apifox: signed-in users only, like
  // the rest of the API (an intranet platform does not describe itself to anonymous visitors).
  r.Add("GET", "/api/v1/openapi.yaml", api::kAuthenticated, OpenApiHandler);
  // Functional zones (功能区) under a city: the system administrator, like agencies.
  r.Add("POST", "/api/v1/regions/zones", "org:manage", CreateZoneHandler);
  r.Add("PUT", "/api/v1/regions/{code}", "org:manage", UpdateZoneHandler);
  r.Add("POST", "/api/v1/regions/{code}/deactivate", "org:manage",
        [](Context& c) { return SetZoneStatusHandler(c, "inactive"); });
  r.Add("POST", "/api/v1/regions/{code}/reactivate", "org:manage",
        [](Context& c) { return SetZoneStatusHandler(c, "active"); });
  r.Add("GET", "/api/v1/regions/{code}/history", "org:manage", RegionHistoryHandler);

  r.Add("GET", "/api/v1/enterprises", "enterprise:read", ListEnterprisesHandler);
  r.Add("GET", "/api/v1/enterprises/export", "enterprise:read", ExportEnterprisesHandler);
  r.Add("GET", "/api/v1/enterprises/import-template", "enterprise:import",
        EnterpriseTemplateHandler);
  r.Add("POST", "/api/v1/enterprises/import", "enterprise:import", ImportEnterprisesHandler);
  r.Add("GET", "/api/v1/enterprises/import-reports/{id}", "enterprise:import",
        ImportReportHandler);
  r.Add("GET", "/api/v1/enterprises/{id}", "enterprise:read", GetEnterpriseHandler);
  r.Add("GET", "/api/v1/enterprises/{id}/history", "enterprise:read", EnterpriseHistoryHandler);
  r.Add("POST", "/api/v1/enterprises", "enterprise:write", CreateEnterpriseHandler);
  r.Add("PUT", "/api/v1/enterprises/{id}", "enterprise:profile", UpdateEnterpriseHandler);
  r.Add("POST", "/api/v1/enterprises/{id}/deactivate", "enterprise:write",
        [](Context& c) { return SetEnterpriseStatusHandler(c, "inactive"); });
  r.Add("POST", "/api/v1/enterprises/{id}/reactivate", "enterprise:write",
        [](Context& c) { return SetEnterpriseStatusHandler(c, "active"); });

  r.Add("GET", "/api/v1/responsibilities", "responsibility:read", ListResponsibilitiesHandler);
  r.Add("GET", "/api/v1/responsibilities/export", "responsibility:read",
        ExportResponsibilitiesHandler);
  r.Add("POST", "/api/v1/responsibilities", "responsibility:write", CreateResponsibilityHandler);
  r.Add("PUT", "/api/v1/responsibilities/{id}", "responsibility:write",
        UpdateResponsibilityHandler);
  r.Add("POST", "/api/v1/responsibilities/{id}/deactivate", "responsibility:write",
        DeactivateResponsibilityHandler);

  r.Add("GET", "/api/v1/agencies", "agency:read", ListAgenciesHandler);
  r.Add("POST", "/api/v1/agencies", "org:manage", CreateAgencyHandler);
  r.Add("PUT", "/api/v1/agencies/{id}", "org:manage", UpdateAgencyHandler);
  r.Add("POST", "/api/v1/agencies/{id}/deactivate", "org:manage",
        [](Context& c) { return SetAgencyStatusHandler(c, "inactive"); });
  r.Add("POST", "/api/v1/agencies/{id}/reactivate", "org:manage",
        [](Context& c) { return SetAgencyStatusHandler(c, "active"); });
}

}  // namespace anjian::registry
