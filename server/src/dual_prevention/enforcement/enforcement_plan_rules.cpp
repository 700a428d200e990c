#include "dual_prevention/enforcement/enforcement_plan_rules.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "core/civil_date.hpp"
#include "core/prng.hpp"
#include "dual_prevention/enforcement/enforcement_errors.hpp"
#include "dual_prevention/investigation/company_daily_rules.hpp"

namespace anjian::enforcement {

namespace {

// The first `k` of a partial Fisher–Yates shuffle of `pool` (sorted first).
std::vector<int64_t> DrawFrom(core::SplitMix64& rng, std::vector<int64_t> pool, int64_t k) {
  std::sort(pool.begin(), pool.end());
  pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
  const std::size_t n = pool.size();
  const std::size_t take = std::min<std::size_t>(n, static_cast<std::size_t>(std::max<int64_t>(k, 0)));
  for (std::size_t i = 0; i < take; ++i) {
    const std::size_t j = i + static_cast<std::size_t>(rng.Below(n - i));
    std::swap(pool[i], pool[j]);
  }
  pool.resize(take);
  return pool;
}

}  // namespace

DrawResult RunDraw(const DrawInput& in) {
  core::SplitMix64 rng(in.seed);
  DrawResult r;
  std::vector<int64_t> keys = in.key_enterprises;
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::vector<int64_t> pool;
  for (auto id : in.enterprise_pool)
    if (!std::binary_search(keys.begin(), keys.end(), id)) pool.push_back(id);
  const int64_t rest = std::max<int64_t>(0, in.enterprise_count - static_cast<int64_t>(keys.size()));
  // Enterprises first, then inspectors: one fixed order of the generator's numbers.
  const auto drawn = DrawFrom(rng, pool, rest);
  r.inspectors = DrawFrom(rng, in.inspector_pool, in.inspector_count);
  for (auto id : keys) r.inspections.push_back({id, true, {}});
  for (auto id : drawn) r.inspections.push_back({id, false, {}});
  const std::size_t m = r.inspectors.size();
  for (std::size_t i = 0; i < r.inspections.size() && m > 0; ++i) {
    auto& team = r.inspections[i].inspectors;
    team.push_back(r.inspectors[(2 * i) % m]);
    if (m >= 2) team.push_back(r.inspectors[(2 * i + 1) % m]);
  }
  return r;
}

std::string SeedText(std::uint64_t seed) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(seed));
  return buf;
}

std::optional<std::uint64_t> ParseSeed(std::string_view text) {
  if (text.empty() || text.size() > 16) return std::nullopt;
  std::uint64_t v = 0;
  for (char c : text) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return std::nullopt;
    v = (v << 4) | static_cast<std::uint64_t>(d);
  }
  return v;
}

bool IsKeyEnterpriseIndustry(std::string_view industry) {
  return investigation::RequiresCompanyDailyInspection(industry);
}

std::vector<FieldError> CheckDrawCounts(int64_t enterprise_count, int64_t inspector_count) {
  std::vector<FieldError> errors;
  if (enterprise_count < 1 || enterprise_count > 500)
    errors.push_back(Err("draw_enterprise_count").At("enterprise_count", 1, 500));
  if (inspector_count < 2 || inspector_count > 50)
    errors.push_back(Err("draw_inspector_count").At("inspector_count", 2, 50));
  return errors;
}

std::vector<FieldError> CheckDrawDueOn(std::string_view due_on, std::string_view today,
                                       int64_t plan_year) {
  const std::string first = std::to_string(plan_year) + "-01-01";
  const std::string last = std::to_string(plan_year) + "-12-31";
  const std::string earliest = std::max(first, std::string(today));
  if (earliest > last || due_on < earliest || due_on > last)
    return {Err("draw_due_on_invalid").At("due_on", earliest, last)};
  return {};
}

std::vector<FieldError> CheckPlanYear(int64_t year, int64_t current_year) {
  if (year < current_year - 1 || year > current_year + 1)
    return {Err("plan_year_invalid").At("year", current_year - 1, current_year + 1)};
  return {};
}

std::vector<FieldError> CheckTarget(int64_t quarter, int64_t count, const std::string& field) {
  if (quarter < 1 || quarter > 4 || count < 0 || count > 10000)
    return {Err("plan_target_invalid").At(field)};
  return {};
}

int QuarterOf(std::string_view iso_date) {
  auto d = core::ParseIsoDate(iso_date);
  if (!d) return 0;
  return (d->month - 1) / 3 + 1;
}

Completion SummarizeCompletion(int64_t year, const std::vector<PlannedItem>& items,
                               std::string_view today) {
  Completion c;
  c.by_month.resize(12);
  c.by_quarter.resize(4);
  std::map<int64_t, CompletionCount> inspectors;
  for (const auto& item : items) {
    const bool overdue = !item.done && item.due_on < today;
    auto add = [&](CompletionCount& n) {
      ++n.planned;
      if (item.done) ++n.done;
      if (overdue) ++n.overdue;
    };
    add(c.total);
    for (auto u : item.inspectors) add(inspectors[u]);
    const auto d = core::ParseIsoDate(item.due_on);
    if (!d || d->year != year) continue;
    add(c.by_month[static_cast<size_t>(d->month - 1)]);
    add(c.by_quarter[static_cast<size_t>((d->month - 1) / 3)]);
  }
  c.by_inspector.assign(inspectors.begin(), inspectors.end());
  return c;
}

}  // namespace anjian::enforcement
