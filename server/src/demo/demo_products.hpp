// Demo products of the catalogue (issue 11 §2): common Chinese civil-explosive product types
// and specifications (GB 18094 emulsion explosives, GB 19417 shock-tube detonators, perforating
// charges, raw materials of an explosives plant), made by generic manufacturers of the demo
// city — no real company's brand or certificate — plus one product the demo producer added to
// its own catalogue.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

// Inside the caller's transaction; `producer`: the demo civil-explosives producer.
void SeedDemoProducts(storage::Connection& conn, int64_t producer, const std::string& now_iso);

}  // namespace anjian::demo
