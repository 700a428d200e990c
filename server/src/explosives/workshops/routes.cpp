// The hazardous-workshop and 四超 routes (issue 15 §3), each with its permission: the ledger's —
// a producer's managers keep the workshops (ledger:manage), its staff enter check-in counts
// (ledger:write), regulators and the enterprise read (ledger:read).
#include "explosives/workshops/workshop_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::workshops {

void RegisterWorkshopRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/workshops", "ledger:read", ListWorkshopsHandler);
  r.Add("GET", "/api/v1/workshops/export", "ledger:read", ExportWorkshopsHandler);
  r.Add("POST", "/api/v1/workshops", "ledger:manage", CreateWorkshopHandler);
  r.Add("GET", "/api/v1/workshops/{id}", "ledger:read", GetWorkshopHandler);
  r.Add("PUT", "/api/v1/workshops/{id}", "ledger:manage", EditWorkshopHandler);
  r.Add("POST", "/api/v1/workshops/{id}/deactivate", "ledger:manage", DeactivateWorkshopHandler);
  r.Add("POST", "/api/v1/workshops/{id}/reactivate", "ledger:manage", ReactivateWorkshopHandler);
  r.Add("POST", "/api/v1/workshops/{id}/headcounts", "ledger:write", RecordHeadcountHandler);
  r.Add("GET", "/api/v1/four-over-cases", "ledger:read", ListFourOverHandler);
  r.Add("GET", "/api/v1/four-over-cases/export", "ledger:read", ExportFourOverHandler);
}

}  // namespace anjian::workshops
