// The registry's request handlers, listed in routes.cpp with each route's permission.
#pragma once

#include <string>

#include "platform/api/context.hpp"

namespace anjian::registry {

using api::Context;
using api::Response;

// reference_handlers.cpp: regions in scope, dictionaries, GB/T 4754 codes.
Response RegionsHandler(Context& ctx);
Response DictionariesHandler(Context& ctx);
Response IndustryCodesHandler(Context& ctx);
// docs/openapi.yaml as built into this server (compiled in: it matches the routes served).
Response OpenApiHandler(Context& ctx);

// region_handlers.cpp: functional zones (the system administrator).
Response CreateZoneHandler(Context& ctx);
Response UpdateZoneHandler(Context& ctx);
Response SetZoneStatusHandler(Context& ctx, const std::string& status);
Response RegionHistoryHandler(Context& ctx);

// enterprise_handlers.cpp
Response ListEnterprisesHandler(Context& ctx);
Response ExportEnterprisesHandler(Context& ctx);
Response EnterpriseTemplateHandler(Context& ctx);
Response ImportEnterprisesHandler(Context& ctx);
Response ImportReportHandler(Context& ctx);
Response GetEnterpriseHandler(Context& ctx);
Response EnterpriseHistoryHandler(Context& ctx);
Response CreateEnterpriseHandler(Context& ctx);
Response UpdateEnterpriseHandler(Context& ctx);
Response SetEnterpriseStatusHandler(Context& ctx, const std::string& status);

// responsibility_handlers.cpp
Response ListResponsibilitiesHandler(Context& ctx);
Response ExportResponsibilitiesHandler(Context& ctx);
Response CreateResponsibilityHandler(Context& ctx);
Response UpdateResponsibilityHandler(Context& ctx);
Response DeactivateResponsibilityHandler(Context& ctx);

// agency_handlers.cpp
Response ListAgenciesHandler(Context& ctx);
Response CreateAgencyHandler(Context& ctx);
Response UpdateAgencyHandler(Context& ctx);
Response SetAgencyStatusHandler(Context& ctx, const std::string& status);

}  // namespace anjian::registry
