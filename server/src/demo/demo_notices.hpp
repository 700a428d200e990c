// Demo notices for the demo city (seed documents 000 and 003 as real notices).
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

// Runs inside SeedDemoCity's transaction; dates are relative to `now` (unix seconds).
void SeedDemoNotices(storage::Connection& conn, int64_t now);

}  // namespace anjian::demo
