#include "emergency/accidents/accident_statistics_rules.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "core/china_time.hpp"

namespace anjian::accidents {

std::vector<MonthBucket> ChinaMonths(const core::Date& from, const core::Date& to) {
  std::vector<MonthBucket> out;
  if (core::DaysFromCivil(to) < core::DaysFromCivil(from)) return out;
  const std::int64_t period_end = core::ChinaDayStart(core::AddDays(to, 1));
  int y = from.year, m = from.month;
  while (true) {
    const core::Date first{y, m, 1};
    if (core::DaysFromCivil(first) > core::DaysFromCivil(to)) break;
    const core::Date next = m == 12 ? core::Date{y + 1, 1, 1} : core::Date{y, m + 1, 1};
    char label[8];
    std::snprintf(label, sizeof label, "%04d-%02d", y, m);
    MonthBucket b;
    b.label = label;
    b.start = std::max(core::ChinaDayStart(first), core::ChinaDayStart(from));
    b.end = std::min(core::ChinaDayStart(next), period_end);
    out.push_back(std::move(b));
    y = next.year;
    m = next.month;
  }
  return out;
}

namespace {
int LevelOrder(const std::string& level) {
  if (level == "enterprise") return 0;
  if (level == "county") return 1;
  if (level == "city") return 2;
  if (level == "province") return 3;
  return 4;
}
}  // namespace

std::vector<Timeliness> AggregateTimeliness(const std::vector<SenderStep>& steps) {
  std::map<std::tuple<int, std::string, std::int64_t>, Timeliness> rows;
  for (const auto& s : steps) {
    auto& t = rows[{LevelOrder(s.level), s.agency_name, s.agency_id}];
    t.agency_id = s.agency_id;
    t.agency_name = s.agency_name;
    t.level = s.level;
    ++t.steps;
    if (s.status == "done") ++t.on_time;
    else if (s.status == "late_done") ++t.late;
    else if (s.status == "overdue") ++t.overdue;
    else ++t.pending;
    if (s.status == "late_done" || s.status == "overdue") {
      t.late_minutes_total += s.late_minutes;
      t.max_late_minutes = std::max(t.max_late_minutes, s.late_minutes);
    }
  }
  std::vector<Timeliness> out;
  for (auto& [key, t] : rows) {
    const std::int64_t n = t.late + t.overdue;
    t.mean_late_minutes = n ? (t.late_minutes_total + n / 2) / n : 0;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace anjian::accidents
