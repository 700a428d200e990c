// The JSON of a magazine as the API shows it (`/api/v1/stores`, the regulator's overview, the
// audit entries of its changes): rated limits, current totals and capacity use.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <vector>

#include "explosives/magazine/magazine_service.hpp"

namespace anjian::magazine {

// A quantity in thousandths as a JSON number: whole units stay integers.
boost::json::value MilliJson(int64_t milli);

// {"rated_net_mass_kg","rated_pieces","product_limits"} (null / {} where not rated).
boost::json::object RatingJson(const MagazineLimits& limits);
// A store's JSON carries `rating_missing` (true for a store created before every store needed a
// rating: shown as 未核定库容 until it is rated).
boost::json::object MagazineJson(const MagazineView& view);
// One capacity change: {"id","store_id","old","new" (RatingJson),"document_number","issuer",
// "approved_on","file_id","changed_by","changed_by_name","changed_at"}.
boost::json::object CapacityChangeJson(const CapacityChange& change);
// {"store_id","items"} oldest first.
boost::json::object CapacityHistoryJson(int64_t store_id,
                                        const std::vector<CapacityChange>& history);
boost::json::array MagazinesJson(const std::vector<MagazineView>& views);
// MagazineJson with "items" (per product: quantity, net mass, codes, limit use) and "code_count".
boost::json::object StockJson(const StockView& stock);
// {"store_id", "items" (current), "history", "candidates"}.
boost::json::object StorekeepersJson(const StorekeepersView& view);

}  // namespace anjian::magazine
