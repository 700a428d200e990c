// Demo duty spot checks (issue 14 §1, 值班抽查): two past rounds — the city checking its county
// agencies' own duty (a failure the county answered and the city accepted) and 邹城 checking
// enterprises drawn at random with the seed recorded (a failure still open, 恒安民爆's to answer).
// Written through the spot-check repository in the caller's transaction, dated relative to
// `now_unix`, due days on the working-day calendar.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoSpotChecks(storage::Connection& conn, int64_t mb, int64_t now_unix);

}  // namespace anjian::demo
