// The accident statistics' pure parts: the China months a period covers (the buckets the SQL
// counts into, as UTC instants) and the reporting timeliness per sending agency, aggregated from
// the report-chain steps the deadline rules computed (late steps and their mean late minutes).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/civil_date.hpp"

namespace anjian::accidents {

struct MonthBucket {
  std::string label;             // "YYYY-MM"
  std::int64_t start = 0, end = 0;  // [start, end): China days, clamped to the period
};
// The months from `from` to `to` (China dates, both included); empty when to < from.
std::vector<MonthBucket> ChinaMonths(const core::Date& from, const core::Date& to);

struct SenderStep {
  std::int64_t agency_id = 0;  // 0: the enterprise (the unit's own report)
  std::string agency_name, level;  // level: enterprise | county | city | province
  std::string status;              // done | late_done | pending | overdue
  std::int64_t late_minutes = 0;
};
struct Timeliness {
  std::int64_t agency_id = 0;
  std::string agency_name, level;
  std::int64_t steps = 0, on_time = 0, late = 0, overdue = 0, pending = 0;
  std::int64_t late_minutes_total = 0, mean_late_minutes = 0, max_late_minutes = 0;
};
// One row per (level, agency), ordered enterprise, county, city, province, then by name. The
// mean is over the late steps (done late or still open past due), rounded to whole minutes.
std::vector<Timeliness> AggregateTimeliness(const std::vector<SenderStep>& steps);

}  // namespace anjian::accidents
