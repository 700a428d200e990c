// SQL of the industry structure: production per enterprise region path and product in a period,
// and the names of the regions under a path (the structure owns no table).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::industry_structure {

struct ProducedAt {
  std::string region_path, product_id;
  std::int64_t milli = 0;  // reversals netted
};
// Production vouchers in the scope posted in [from_iso, to_iso), grouped by path and product.
std::vector<ProducedAt> ProductionByPathAndProduct(storage::Connection& conn,
                                                   const api::Scope& scope,
                                                   const std::string& from_iso,
                                                   const std::string& to_iso);

// path → name of every region under `path` ("" = all).
std::map<std::string, std::string> RegionNamesUnder(storage::Connection& conn,
                                                    const std::string& path);

}  // namespace anjian::industry_structure
