// The regulator overview's route, with its permission.
#include "explosives/overview/overview_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::overview {

void RegisterOverviewRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/ledger-overview", "ledger:read", OverviewHandler);
}

}  // namespace anjian::overview
