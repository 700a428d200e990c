// Functional zones (功能区: 开发区、高新区, which GB/T 2260 does not list): the system
// administrator adds them under a prefecture-level city, renames, deactivates and reactivates
// them. Each use case is one transaction with its audit entry and a row appended to
// region_changes; the in-memory RegionIndex gets the new row after the commit.
#pragma once

#include <string>
#include <vector>

#include "core/clock.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"
#include "registry/region_repository.hpp"

namespace anjian::registry {

// Validated input (region_handlers): name 2-50 characters, name_en optional.
struct ZoneInput {
  std::string parent_code, name, name_en;
};

// 422 unless parent_code is an active prefecture-level city and the name is free among its
// children. The code is the city's next zone number (region_rules NextZoneCode).
RegionInfo CreateZone(storage::Connection& conn, const api::Principal& who, const ZoneInput& in,
                      const core::Clock& clock);
// 404 for an unknown code, 422 for a GB/T 2260 region (only zones change).
RegionInfo RenameZone(storage::Connection& conn, const api::Principal& who,
                      const std::string& code, const ZoneInput& in, const core::Clock& clock);
// status "active" | "inactive"; 409 when it already has it, or (deactivating) while active
// enterprises or agencies are registered in the zone.
RegionInfo SetZoneStatus(storage::Connection& conn, const api::Principal& who,
                         const std::string& code, const std::string& status,
                         const core::Clock& clock);
// 404 for an unknown code.
std::vector<RegionChange> ZoneHistory(storage::Connection& conn, const std::string& code);

}  // namespace anjian::registry
