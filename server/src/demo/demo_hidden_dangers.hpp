// Demo hidden dangers: a year of them for every demo enterprise, in every state and from every
// source (some overdue, some major under listed supervision), plus an enforcement inspection
// with its rectification order for every third enterprise. Deterministic for a given `today`
// (dates count back from it so that "overdue" means something on the day of the demo), and
// written with multi-row inserts in the caller's transaction so start-up stays quick.
#pragma once

#include <cstdint>
#include <string>

#include "platform/storage/db.hpp"

namespace anjian::hidden_danger {

struct DemoHiddenDangerCounts {
  int64_t hidden_dangers = 0;
  int64_t transitions = 0;
  int64_t enforcement_inspections = 0;
  int64_t generate_ms = 0;  // building the rows in memory
  int64_t insert_ms = 0;    // the multi-row inserts
};

DemoHiddenDangerCounts SeedDemoHiddenDangers(storage::Connection& conn, const std::string& today);

}  // namespace anjian::hidden_danger
