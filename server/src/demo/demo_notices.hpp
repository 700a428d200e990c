// Demo notices for the demo city (seed documents 000 and 003 as real notices).
#pragma once

#include "platform/storage/db.hpp"

namespace anjian::notices {

// Runs inside SeedDemoCity's transaction.
void SeedDemoNotices(storage::Connection& conn);

}  // namespace anjian::notices
