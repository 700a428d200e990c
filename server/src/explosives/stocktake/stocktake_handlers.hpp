// The stocktake handlers (routes.cpp lists them) and the input helpers the loss-incident and
// filing handlers share with them.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <vector>

#include "explosives/stocktake/stocktake_rules.hpp"
#include "platform/api/context.hpp"

namespace anjian::stocktake {

api::Response CreateStocktakeHandler(api::Context& ctx);
api::Response ListStocktakesHandler(api::Context& ctx);
api::Response ExportStocktakesHandler(api::Context& ctx);
api::Response GetStocktakeHandler(api::Context& ctx);
api::Response ApproveStocktakeHandler(api::Context& ctx);
api::Response RejectStocktakeHandler(api::Context& ctx);

// The caller's enterprise; 422 enterprise_account_required for any other account.
int64_t OwnEnterprise(const api::Context& ctx);
// A numeric id from the query string (absent or empty: nullopt; else digits only, or `type`).
std::optional<int64_t> QueryId(const api::Context& ctx, const char* key,
                               std::vector<FieldError>& errs);
// Counted (or lost) quantities {"product_id": number ≥ 0} of uncoded products, in milli.
void ReadQuantities(const boost::json::object& obj, Quantities& out,
                    std::vector<FieldError>& errs);

// One sheet holds at most 50,000 rows: an export is for a filtered list, not a backup.
inline constexpr int64_t kExportRows = 50000;

}  // namespace anjian::stocktake
