// The handlers of /api/v1/stores (库房): parse the request, call magazine_service, render JSON.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::magazine {

api::Response ListMagazinesHandler(api::Context& ctx);
api::Response GetMagazineHandler(api::Context& ctx);
api::Response StockHandler(api::Context& ctx);
api::Response CreateMagazineHandler(api::Context& ctx);
api::Response EditMagazineHandler(api::Context& ctx);
api::Response CapacityHistoryHandler(api::Context& ctx);
api::Response StorekeepersHandler(api::Context& ctx);
api::Response AssignStorekeeperHandler(api::Context& ctx);
api::Response UnassignStorekeeperHandler(api::Context& ctx);
// Capacity change requests (库房核定储量变更申请, issue 15 §1).
api::Response CreateCapacityRequestHandler(api::Context& ctx);
api::Response StoreCapacityRequestsHandler(api::Context& ctx);
api::Response ListCapacityRequestsHandler(api::Context& ctx);
api::Response ExportCapacityRequestsHandler(api::Context& ctx);
api::Response GetCapacityRequestHandler(api::Context& ctx);
api::Response DecideCapacityRequestHandler(api::Context& ctx);

}  // namespace anjian::magazine
