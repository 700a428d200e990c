// The route table of explosives/catalogue: the product catalogue (民爆物品品种).
#include "explosives/catalogue/catalogue_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::catalogue {

void RegisterCatalogueRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/explosive-products", "ledger:read", ProductsHandler);
}

}  // namespace anjian::catalogue
