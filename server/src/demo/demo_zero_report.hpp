// Demo zero report (issue 14 §1): a period in progress — declared by the city bureau, started
// two days ago, ending in five — over the city's civil-explosives and hazardous-chemicals
// enterprises; most reported on the past days (some late, one event), some missing today.
// Enterprises with accounts report online; the others were recorded by the city bureau from a
// phone call (channel phone). Written through the zero-report repository in the caller's
// transaction, dated relative to `now_unix`.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoZeroReport(storage::Connection& conn, int64_t now_unix);

}  // namespace anjian::demo
