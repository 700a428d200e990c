// GET /api/v1/accidents/statistics (and /export): accidents by grade, GB 6441 type, industry,
// region and month, and the reporting timeliness per agency, in the caller's scope.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::accidents {

api::Response AccidentStatisticsHandler(api::Context& ctx);
api::Response ExportAccidentStatisticsHandler(api::Context& ctx);

}  // namespace anjian::accidents
