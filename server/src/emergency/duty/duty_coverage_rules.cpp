#include "emergency/duty/duty_coverage_rules.hpp"

#include <algorithm>
#include <tuple>

#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"

namespace anjian::duty {

namespace {

constexpr std::int64_t kHour = 3600;

const std::vector<core::FlatField<DutyCoverageConfig>>& Fields() {
  using C = DutyCoverageConfig;
  static const std::vector<core::FlatField<C>> kFields = {
      {"horizon_days", &C::horizon_days},
      {"alert_days_ahead", &C::alert_days_ahead},
      {"max_consecutive_hours", &C::max_consecutive_hours},
      {"require_leader", &C::require_leader},
  };
  return kFields;
}

std::int64_t FloorHour(std::int64_t t) {
  const std::int64_t r = t % kHour;
  return r < 0 ? t - r - kHour : t - r;
}
std::int64_t CeilHour(std::int64_t t) {
  const std::int64_t f = FloorHour(t);
  return f == t ? t : f + kHour;
}

// Uncovered runs of [from, to) given the covering intervals, widened to whole hours.
void AddGaps(std::vector<std::pair<std::int64_t, std::int64_t>> covered, const char* kind,
             const CoverageWindow& w, std::vector<CoverageGap>& out) {
  std::sort(covered.begin(), covered.end());
  std::vector<CoverageGap> raw;
  std::int64_t cursor = w.from;
  for (const auto& [s, e] : covered) {
    if (e <= cursor) continue;
    if (s >= w.to) break;
    if (s > cursor) raw.push_back(CoverageGap{kind, cursor, s});
    cursor = std::max(cursor, e);
    if (cursor >= w.to) break;
  }
  if (cursor < w.to) raw.push_back(CoverageGap{kind, cursor, w.to});
  for (auto& g : raw) {
    g.start = FloorHour(g.start);
    g.end = CeilHour(g.end);
    if (!out.empty() && out.back().kind == g.kind && out.back().end >= g.start) {
      out.back().end = std::max(out.back().end, g.end);
    } else {
      out.push_back(g);
    }
  }
}

}  // namespace

std::vector<FieldError> ValidateDutyCoverageConfig(const DutyCoverageConfig& c) {
  std::vector<FieldError> e;
  auto range = [&](const char* f, std::int64_t v, std::int64_t lo, std::int64_t hi) {
    if (v < lo || v > hi) e.push_back(core::CoreErr("range").At(f, lo, hi));
  };
  range("horizon_days", c.horizon_days, 1, 62);
  range("alert_days_ahead", c.alert_days_ahead, 0, c.horizon_days < 1 ? 62 : c.horizon_days);
  range("max_consecutive_hours", c.max_consecutive_hours, 1, 168);
  range("require_leader", c.require_leader, 0, 1);
  return e;
}

std::string DutyCoverageConfigToJson(const DutyCoverageConfig& c) {
  return core::FlatConfigToJson(c, Fields());
}

std::variant<DutyCoverageConfig, std::vector<FieldError>> ParseDutyCoverageConfig(
    std::string_view text) {
  DutyCoverageConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateDutyCoverageConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<DutyCoverageConfig> DutyCoverageConfigFromJson(std::string_view text) {
  auto parsed = ParseDutyCoverageConfig(text);
  if (auto* c = std::get_if<DutyCoverageConfig>(&parsed)) return *c;
  return std::nullopt;
}

CoverageWindow WindowAt(std::int64_t now, const DutyCoverageConfig& c) {
  const std::int64_t from = FloorHour(now);
  return CoverageWindow{from, from + c.horizon_days * 24 * kHour};
}

CoverageReport CheckCoverage(std::vector<CoverageShift> shifts, const CoverageWindow& w,
                             const DutyCoverageConfig& c) {
  CoverageReport report;
  // 1. Gaps, per kind.
  std::vector<std::pair<std::int64_t, std::int64_t>> leader_cover, officer_cover;
  leader_cover.reserve(shifts.size());
  officer_cover.reserve(shifts.size());
  for (const auto& s : shifts) {
    if (s.end <= s.start) continue;
    if (!s.leaders.empty()) leader_cover.emplace_back(s.start, s.end);
    if (!s.officers.empty()) officer_cover.emplace_back(s.start, s.end);
  }
  std::vector<CoverageGap> leader_gaps, officer_gaps;
  if (c.require_leader != 0) AddGaps(std::move(leader_cover), kGapLeader, w, leader_gaps);
  AddGaps(std::move(officer_cover), kGapOfficer, w, officer_gaps);
  report.gaps.reserve(leader_gaps.size() + officer_gaps.size());
  std::merge(leader_gaps.begin(), leader_gaps.end(), officer_gaps.begin(), officer_gaps.end(),
             std::back_inserter(report.gaps), [](const CoverageGap& a, const CoverageGap& b) {
               return std::tie(a.start, a.kind) < std::tie(b.start, b.kind);
             });

  // 2. Per person: overlaps and stretches. (user, start, end, shift)
  struct Duty {
    std::int64_t user, start, end, shift;
  };
  std::vector<Duty> duties;
  for (const auto& s : shifts) {
    if (s.end <= s.start) continue;
    for (auto u : s.leaders) duties.push_back(Duty{u, s.start, s.end, s.id});
    for (auto u : s.officers) duties.push_back(Duty{u, s.start, s.end, s.id});
  }
  std::sort(duties.begin(), duties.end(), [](const Duty& a, const Duty& b) {
    return std::tie(a.user, a.start, a.end, a.shift) < std::tie(b.user, b.start, b.end, b.shift);
  });
  const std::int64_t max_len = c.max_consecutive_hours * kHour;
  auto touches_window = [&](std::int64_t s, std::int64_t e) { return e > w.from && s < w.to; };
  size_t i = 0;
  while (i < duties.size()) {
    const std::int64_t user = duties[i].user;
    // Longest-running duty so far (for overlaps) and the current stretch (for hours).
    Duty longest = duties[i];
    ConsecutiveConflict stretch{user, duties[i].start, duties[i].end, {duties[i].shift}};
    auto close_stretch = [&] {
      if (stretch.end - stretch.start > max_len && touches_window(stretch.start, stretch.end))
        report.too_long.push_back(stretch);
    };
    size_t j = i + 1;
    for (; j < duties.size() && duties[j].user == user; ++j) {
      const Duty& d = duties[j];
      if (d.shift == longest.shift) continue;  // the same shift listed twice (leader and officer)
      if (d.start < longest.end) {
        const std::int64_t os = d.start, oe = std::min(d.end, longest.end);
        if (touches_window(os, oe))
          report.overlaps.push_back(OverlapConflict{user, longest.shift, d.shift, os, oe});
      }
      if (d.end > longest.end) longest = d;
      if (d.start <= stretch.end) {
        stretch.end = std::max(stretch.end, d.end);
        if (std::find(stretch.shifts.begin(), stretch.shifts.end(), d.shift) ==
            stretch.shifts.end())
          stretch.shifts.push_back(d.shift);
      } else {
        close_stretch();
        stretch = ConsecutiveConflict{user, d.start, d.end, {d.shift}};
      }
    }
    close_stretch();
    i = j;
  }
  return report;
}

std::vector<CoverageGap> GapsToAlert(const std::vector<CoverageGap>& gaps, std::int64_t now,
                                     const DutyCoverageConfig& c) {
  std::vector<CoverageGap> out;
  const std::int64_t until = now + c.alert_days_ahead * 24 * kHour;
  for (const auto& g : gaps) {
    if (g.start < until && g.end > now) out.push_back(g);
  }
  return out;
}

}  // namespace anjian::duty
