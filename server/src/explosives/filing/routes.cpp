// The Art.24 filing routes, each with its permission: one list, export and record route per kind.
#include "explosives/filing/filing_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::filing {

namespace {

void RegisterKind(api::Router& r, const FilingKind& kind) {
  r.Add("GET", kind.list_path, "ledger:read",
        [&kind](api::Context& ctx) { return ListFilingsHandler(ctx, kind); });
  r.Add("GET", kind.list_path + "/export", "ledger:read",
        [&kind](api::Context& ctx) { return ExportFilingsHandler(ctx, kind); });
  r.Add("POST", kind.record_path, "ledger:write",
        [&kind](api::Context& ctx) { return RecordFilingHandler(ctx, kind); });
}

}  // namespace

// Two functions, not one: app/routes.cpp keeps the order the routes were always listed in.
void RegisterSaleFilingRoutes(api::Router& r) { RegisterKind(r, SaleFiling()); }
void RegisterPurchaseFilingRoutes(api::Router& r) { RegisterKind(r, PurchaseFiling()); }

}  // namespace anjian::filing
