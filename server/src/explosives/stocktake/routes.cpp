// The stocktake routes (盘点), each with its permission.
#include "explosives/stocktake/stocktake_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::stocktake {

void RegisterStocktakeRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/stocktakes", "ledger:read", ListStocktakesHandler);
  r.Add("GET", "/api/v1/stocktakes/export", "ledger:read", ExportStocktakesHandler);
  r.Add("POST", "/api/v1/stocktakes", "ledger:write", CreateStocktakeHandler);
  r.Add("GET", "/api/v1/stocktakes/{id}", "ledger:read", GetStocktakeHandler);
  r.Add("POST", "/api/v1/stocktakes/{id}/approval", "ledger:manage", ApproveStocktakeHandler);
  r.Add("POST", "/api/v1/stocktakes/{id}/rejection", "ledger:manage", RejectStocktakeHandler);
}

}  // namespace anjian::stocktake
