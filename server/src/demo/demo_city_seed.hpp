// The demo city of 济宁市 (`anjian serve --demo`): agencies, enterprises, their people, the
// accounts named in the README, and every area's demo data.
#pragma once

#include "core/clock.hpp"
#include "platform/storage/db.hpp"

namespace anjian::demo {

// Fills an empty database with the demo city, dated by `clock`. Does nothing when enterprises
// already exist. One transaction.
void SeedDemoCity(storage::Connection& conn, const core::Clock& clock);

}  // namespace anjian::demo
