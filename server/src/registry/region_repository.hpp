// Regions persistence: the `regions` table, seeded at start-up from the built-in table
// (region_rules.hpp) and read once into RegionIndex.
#pragma once

#include <vector>

#include "platform/storage/db.hpp"
#include "registry/region_index.hpp"

namespace anjian::registry {

// Every region, in path order (a parent before its children).
std::vector<RegionInfo> ListRegions(storage::Connection& conn);

}  // namespace anjian::registry
