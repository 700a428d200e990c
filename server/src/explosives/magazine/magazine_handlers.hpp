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

}  // namespace anjian::magazine
