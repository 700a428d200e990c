// The handlers of graded risk control (routes.cpp lists them with their permissions), and the
// input helpers they share with the 隐患排查 handlers (dual_prevention/investigation): the
// caller's own enterprise, code-list fields, numeric query parameters, the region filter.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error_catalogue.hpp"
#include "dual_prevention/risk/risk_codes_rules.hpp"
#include "dual_prevention/risk/risk_service.hpp"
#include "platform/api/context.hpp"

namespace anjian::risk {

// ---- input helpers -----------------------------------------------------------------------------

// The caller and the clock, for the services.
Caller CallerOf(const api::Context& ctx);
// Only enterprise accounts keep a register; a regulator answers 422 naming the rule.
int64_t OwnEnterprise(const api::Context& ctx);
// Adds `rule` (listing the allowed codes) on `field` when `value` is set but not in `list`.
void CheckCode(api::JsonInput& in, const char* field, const std::string& value,
               const std::vector<CodeEntry>& list, const core::Rule& rule);
void CheckFrequency(api::JsonInput& in, const char* field, const std::string& value);
// Adds user_unknown on `field` unless `user_id` is an account of the enterprise.
void CheckEnterpriseUser(storage::Connection& conn, api::JsonInput& in, const char* field,
                         int64_t enterprise_id, int64_t user_id);
// ?name=123 → 123; absent or empty → nullopt; otherwise 422 on `name`.
std::optional<int64_t> QueryId(const api::Context& ctx, const char* name);
// GB/T 2260 code of a region in the caller's sight → its path ("" when no filter).
std::string RegionFilterPath(const api::Context& ctx, std::vector<FieldError>& errs);

// ---- handlers ----------------------------------------------------------------------------------

// register_handlers.cpp: reference lists, objects, units, events, measures, assessments.
api::Response GetReference(api::Context& ctx);
api::Response ListObjectsHandler(api::Context& ctx);
api::Response CreateObjectHandler(api::Context& ctx);
api::Response UpdateObjectHandler(api::Context& ctx);
api::Response DeactivateObjectHandler(api::Context& ctx);
api::Response ReactivateObjectHandler(api::Context& ctx);
api::Response ListUnitsHandler(api::Context& ctx);
api::Response ExportUnitsHandler(api::Context& ctx);
api::Response CreateUnitHandler(api::Context& ctx);
api::Response GetUnitHandler(api::Context& ctx);
api::Response UpdateUnitHandler(api::Context& ctx);
api::Response DeactivateUnitHandler(api::Context& ctx);
api::Response ReactivateUnitHandler(api::Context& ctx);
api::Response AssessUnitHandler(api::Context& ctx);
api::Response CreateEventHandler(api::Context& ctx);
api::Response UpdateEventHandler(api::Context& ctx);
api::Response DeactivateEventHandler(api::Context& ctx);
api::Response ReactivateEventHandler(api::Context& ctx);
api::Response CreateMeasureHandler(api::Context& ctx);
api::Response UpdateMeasureHandler(api::Context& ctx);
api::Response DeactivateMeasureHandler(api::Context& ctx);
api::Response ReactivateMeasureHandler(api::Context& ctx);

// risk_map_handlers.cpp: the four-colour map and the regional overview.
api::Response GetRiskMapHandler(api::Context& ctx);
api::Response RiskMapImageHandler(api::Context& ctx);
api::Response PutSitePlanHandler(api::Context& ctx);
api::Response PutPolygonHandler(api::Context& ctx);
api::Response RegionalOverviewHandler(api::Context& ctx);

// major_hazard_handlers.cpp.
api::Response ListMajorHazardsHandler(api::Context& ctx);
api::Response CreateMajorHazardHandler(api::Context& ctx);
api::Response UpdateMajorHazardHandler(api::Context& ctx);
api::Response DeactivateMajorHazardHandler(api::Context& ctx);
api::Response ReactivateMajorHazardHandler(api::Context& ctx);

// register_export_handlers.cpp: the 风险分级管控清单 workbook.
api::Response ExportRegisterHandler(api::Context& ctx);

}  // namespace anjian::risk
