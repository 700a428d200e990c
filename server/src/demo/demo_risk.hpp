// Demo data for graded risk control and inspections: every demo enterprise gets a register
// (objects, units, events, measures, assessments of every level), a generated site plan with its
// units drawn on it, a daily company-level inspection duty where the seed requires one, and a
// year of inspection tasks and records (some missed). Deterministic; bulk SQL in the caller's
// transaction.
#pragma once

#include <cstdint>

#include "platform/storage/db.hpp"

namespace anjian::demo {

void SeedDemoRisk(storage::Connection& conn, int64_t now_unix);

}  // namespace anjian::demo
