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

boost::json::object MagazineJson(const MagazineView& view);
boost::json::array MagazinesJson(const std::vector<MagazineView>& views);
// MagazineJson with "items" (per product: quantity, net mass, codes, limit use) and "code_count".
boost::json::object StockJson(const StockView& stock);
// {"store_id", "items" (current), "history", "candidates"}.
boost::json::object StorekeepersJson(const StorekeepersView& view);

}  // namespace anjian::magazine
