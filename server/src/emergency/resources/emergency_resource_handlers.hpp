// /api/v1/emergency-resources: list (filters, page, export), one item with its history, the
// regulators' overview by region, and the writes of the caller's own enterprise or agency.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::emergency_resources {

api::Response ListResourcesHandler(api::Context& ctx);
api::Response ExportResourcesHandler(api::Context& ctx);
api::Response ResourceOverviewHandler(api::Context& ctx);
api::Response GetResourceHandler(api::Context& ctx);
api::Response CreateResourceHandler(api::Context& ctx);
api::Response UpdateResourceHandler(api::Context& ctx);
api::Response DeleteResourceHandler(api::Context& ctx);

}  // namespace anjian::emergency_resources
