// Regions persistence: the `regions` table (seeded at start-up from the data files, see
// region_rules.hpp, and read once into RegionIndex), the zones the system administrator adds,
// and their append-only history (`region_changes`).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"
#include "registry/region_index.hpp"

namespace anjian::registry {

// Every region, in path order (a parent before its children).
std::vector<RegionInfo> ListRegions(storage::Connection& conn);
// Locks the region's row until the transaction ends (no-op when it does not exist).
void LockRegion(storage::Connection& conn, const std::string& code);
std::optional<RegionInfo> GetRegion(storage::Connection& conn, const std::string& code);
// The codes of the zones under a city (any status).
std::vector<std::string> ZoneCodesOf(storage::Connection& conn, const std::string& city_code);
// Whether another region under `parent_code` (other than `except_code`) has this name.
bool SiblingNameTaken(storage::Connection& conn, const std::string& parent_code,
                      const std::string& name, const std::string& except_code);
// Active enterprises and agencies registered in the region.
int64_t ActiveBindings(storage::Connection& conn, const std::string& code);

void InsertZone(storage::Connection& conn, const RegionInfo& zone);
void UpdateRegionNames(storage::Connection& conn, const std::string& code, const std::string& name,
                       const std::string& name_en);
void UpdateRegionStatus(storage::Connection& conn, const std::string& code,
                        const std::string& status);

struct RegionChange {
  int64_t id = 0;
  std::string region_code, action, name, name_en, status, changed_by_name, changed_at;
  std::optional<int64_t> changed_by;
};
void AppendRegionChange(storage::Connection& conn, const RegionChange& c);
// Oldest first.
std::vector<RegionChange> RegionHistory(storage::Connection& conn, const std::string& code);

}  // namespace anjian::registry
