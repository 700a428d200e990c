// Coverage of a duty roster (值班覆盖, issue 14 §1), checked ahead — pure, table-tested:
// - every hour of the window (default: the next 14 days) is covered by a leader on duty
//   (带班领导) AND by a duty officer (值班员); an uncovered run of hours is a gap of that kind;
// - nobody is on two overlapping shifts;
// - nobody is on duty longer than the configured number of consecutive hours (shifts that touch
//   — one ends when the next begins — count as one stretch, across midnight and month ends).
// A gap that starts within the alert horizon (default 7 days) is alerted to the unit's manager
// at once, not on the day. The numbers are the settings key `duty_coverage`; their sources:
// 应急条例 art. 14 and the MIIT circulars (rules.md §12) require 24-hour duty with a leader on
// duty; the 14-day window, the 7-day alert and the 24-hour stretch are issue 14's figures and
// this deployment's choice [U] (rules.md §12 gives no number for consecutive hours).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"

namespace anjian::duty {

struct DutyCoverageConfig {
  std::int64_t horizon_days = 14;           // issue 14 §1: "every hour of the next 14 days"
  std::int64_t alert_days_ahead = 7;        // issue 14 §1: "a gap found 7 days ahead"
  std::int64_t max_consecutive_hours = 24;  // [U] no national figure (rules.md §12)
  std::int64_t require_leader = 1;          // MIIT 工信安函〔2011〕194号: 领导带班
};

std::vector<FieldError> ValidateDutyCoverageConfig(const DutyCoverageConfig& c);
std::string DutyCoverageConfigToJson(const DutyCoverageConfig& c);
std::variant<DutyCoverageConfig, std::vector<FieldError>> ParseDutyCoverageConfig(
    std::string_view text);
std::optional<DutyCoverageConfig> DutyCoverageConfigFromJson(std::string_view text);

// A shift as coverage sees it: [start, end) in unix seconds, and its people.
struct CoverageShift {
  std::int64_t id = 0;
  std::int64_t start = 0, end = 0;
  std::vector<std::int64_t> leaders, officers;
};

inline constexpr const char* kGapLeader = "leader";
inline constexpr const char* kGapOfficer = "officer";

// A run of whole hours [start, end) without a leader (kind "leader") or an officer ("officer").
struct CoverageGap {
  std::string kind;
  std::int64_t start = 0, end = 0;
  std::int64_t Hours() const { return (end - start) / 3600; }
  bool operator==(const CoverageGap&) const = default;
};

// A person on two shifts at once: [start, end) is the overlap.
struct OverlapConflict {
  std::int64_t user_id = 0, shift_a = 0, shift_b = 0, start = 0, end = 0;
  bool operator==(const OverlapConflict&) const = default;
};

// A person on duty for longer than allowed without a break: the stretch [start, end).
struct ConsecutiveConflict {
  std::int64_t user_id = 0, start = 0, end = 0;
  std::vector<std::int64_t> shifts;
  std::int64_t Hours() const { return (end - start + 3599) / 3600; }
  bool operator==(const ConsecutiveConflict&) const = default;
};

struct CoverageReport {
  std::vector<CoverageGap> gaps;  // by start, leader before officer at the same start
  std::vector<OverlapConflict> overlaps;
  std::vector<ConsecutiveConflict> too_long;
  bool Clean() const { return gaps.empty() && overlaps.empty() && too_long.empty(); }
};

// The window of a check made at `now`: from the start of the current hour for horizon_days.
struct CoverageWindow {
  std::int64_t from = 0, to = 0;
};
CoverageWindow WindowAt(std::int64_t now, const DutyCoverageConfig& c);

// Checks `shifts` (of one unit, any order) over [from, to); `from` and `to` are hour-aligned.
// Conflicts are reported when they touch the window (pass the shifts reaching
// max_consecutive_hours before `from` to see a stretch that began earlier).
CoverageReport CheckCoverage(std::vector<CoverageShift> shifts, const CoverageWindow& window,
                             const DutyCoverageConfig& c);

// The gaps to alert now: those starting before now + alert_days_ahead.
std::vector<CoverageGap> GapsToAlert(const std::vector<CoverageGap>& gaps, std::int64_t now,
                                     const DutyCoverageConfig& c);

}  // namespace anjian::duty
