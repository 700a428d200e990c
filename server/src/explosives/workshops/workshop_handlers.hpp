// /api/v1/workshops (危险工房定员定量) and /api/v1/four-over-cases (四超监测); routes.cpp lists them.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::workshops {

api::Response ListWorkshopsHandler(api::Context& ctx);
api::Response ExportWorkshopsHandler(api::Context& ctx);
api::Response CreateWorkshopHandler(api::Context& ctx);
api::Response GetWorkshopHandler(api::Context& ctx);
api::Response EditWorkshopHandler(api::Context& ctx);
api::Response DeactivateWorkshopHandler(api::Context& ctx);
api::Response ReactivateWorkshopHandler(api::Context& ctx);
api::Response RecordHeadcountHandler(api::Context& ctx);
api::Response ListFourOverHandler(api::Context& ctx);
api::Response ExportFourOverHandler(api::Context& ctx);

}  // namespace anjian::workshops
