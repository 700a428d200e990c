// The route table of explosives/magazine: /api/v1/stores (库房; `store` on the wire).
#include "explosives/magazine/magazine_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::magazine {

void RegisterMagazineRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/stores", "ledger:read", ListMagazinesHandler);
  r.Add("POST", "/api/v1/stores", "ledger:manage", CreateMagazineHandler);
  r.Add("GET", "/api/v1/stores/{id}", "ledger:read", GetMagazineHandler);
  r.Add("PUT", "/api/v1/stores/{id}", "ledger:manage", EditMagazineHandler);
  r.Add("GET", "/api/v1/stores/{id}/stock", "ledger:read", StockHandler);
  r.Add("GET", "/api/v1/stores/{id}/capacity-history", "ledger:read", CapacityHistoryHandler);
  r.Add("GET", "/api/v1/stores/{id}/storekeepers", "ledger:read", StorekeepersHandler);
  r.Add("POST", "/api/v1/stores/{id}/storekeepers", "ledger:manage", AssignStorekeeperHandler);
  r.Add("POST", "/api/v1/stores/{id}/storekeepers/{user_id}/unassignment", "ledger:manage",
        UnassignStorekeeperHandler);
  // Issue 15 §1: the rated capacity changes only through the regulator's approval.
  r.Add("POST", "/api/v1/stores/{id}/capacity-requests", "ledger:manage",
        CreateCapacityRequestHandler);
  r.Add("GET", "/api/v1/stores/{id}/capacity-requests", "ledger:read",
        StoreCapacityRequestsHandler);
  r.Add("GET", "/api/v1/store-capacity-requests", "ledger:read", ListCapacityRequestsHandler);
  r.Add("GET", "/api/v1/store-capacity-requests/export", "ledger:read",
        ExportCapacityRequestsHandler);
  r.Add("GET", "/api/v1/store-capacity-requests/{id}", "ledger:read", GetCapacityRequestHandler);
  r.Add("POST", "/api/v1/store-capacity-requests/{id}/decision", "store_capacity:decide",
        DecideCapacityRequestHandler);
}

}  // namespace anjian::magazine
