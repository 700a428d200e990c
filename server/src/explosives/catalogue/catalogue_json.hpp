// The product catalogue on the wire: one product (GET/POST/PUT /api/v1/products…), and the
// snapshot kept in product_changes and the audit log.
#pragma once

#include <boost/json.hpp>

#include "explosives/catalogue/catalogue_repository.hpp"

namespace anjian::catalogue {

boost::json::object ProductJson(const ProductRow& row);
// The product's own fields (no owner name, no timestamps): the before/after of a change.
boost::json::object ProductSnapshot(const Product& p);
boost::json::object ChangeJson(const ProductChange& c);

}  // namespace anjian::catalogue
