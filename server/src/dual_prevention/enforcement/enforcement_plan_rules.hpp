// The pure rules of the annual enforcement inspection plan (年度监督检查计划) and its random draw
// (双随机一公开: random enterprises, random inspectors, the result public). A draw is a function
// of its seed and its two pools, so anyone holding the recorded seed and pools re-runs it and
// gets the same result (core::SplitMix64, identical on every platform).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::enforcement {

struct DrawInput {
  std::uint64_t seed = 0;
  // Enterprise ids of the scope after the filters, key enterprises excluded; any order (the
  // draw sorts them, so the result does not depend on how the database returned them).
  std::vector<int64_t> enterprise_pool;
  // Key enterprises (重点企业: civil explosives) of the scope: always in the draw, whatever the
  // filters and the count.
  std::vector<int64_t> key_enterprises;
  // Inspectors: active users of the drawing agency who may record enforcement inspections.
  std::vector<int64_t> inspector_pool;
  int64_t enterprise_count = 0;  // N, key enterprises included
  int64_t inspector_count = 0;   // M
};

struct DrawnInspection {
  int64_t enterprise_id = 0;
  bool key = false;
  std::vector<int64_t> inspectors;  // two of the drawn inspectors (one if only one was drawn)
};

struct DrawResult {
  std::vector<DrawnInspection> inspections;  // key enterprises first (by id), then in draw order
  std::vector<int64_t> inspectors;           // in draw order
};

// Key enterprises are all included (even beyond N); the other N − keys are drawn without
// replacement from the pool (all of it when N exceeds it); M inspectors likewise. Inspection i is
// assigned the drawn inspectors 2i and 2i+1 (mod M): every inspection has two (行政处罚法 art. 42:
// 执法人员不得少于两人) when M ≥ 2, and the work is spread evenly.
DrawResult RunDraw(const DrawInput& in);

// A seed as shown and typed: 16 lower-case hex digits; parsing takes 1–16 hex digits.
std::string SeedText(std::uint64_t seed);
std::optional<std::uint64_t> ParseSeed(std::string_view text);

// Key enterprise (重点企业) of every plan: civil-explosives production and sales.
bool IsKeyEnterpriseIndustry(std::string_view industry);

// Counts of a draw request: draw_enterprise_count (field enterprise_count, 1–500) and
// draw_inspector_count (field inspector_count, 2–50: two inspectors per inspection).
std::vector<FieldError> CheckDrawCounts(int64_t enterprise_count, int64_t inspector_count);
// A plan's year (plan_year_invalid, field "year": the current year − 1 to + 1) and each target
// (plan_target_invalid: quarter 1–4 and a count 0–10000, field "targets[i]").
std::vector<FieldError> CheckPlanYear(int64_t year, int64_t current_year);
// A draw's due date (draw_due_on_invalid, field "due_on"): inside the plan's year and not before
// today — an inspection due in the past or outside the plan would count against the wrong year.
// Both dates ISO "YYYY-MM-DD"; a malformed due date is the caller's date_invalid.
std::vector<FieldError> CheckDrawDueOn(std::string_view due_on, std::string_view today,
                                       int64_t plan_year);
std::vector<FieldError> CheckTarget(int64_t quarter, int64_t count, const std::string& field);

// The quarter (1–4) of an ISO date "YYYY-MM-DD" (0 when not a date).
int QuarterOf(std::string_view iso_date);

// Plan completion: planned inspections counted by due month and quarter of the plan's year and
// by inspector; done = an enforcement inspection was recorded for it; overdue = not done and due
// before `today` (the due day itself is still in time).
struct PlannedItem {
  std::string due_on;
  bool done = false;
  std::vector<int64_t> inspectors;
};
struct CompletionCount {
  int64_t planned = 0, done = 0, overdue = 0;
};
struct Completion {
  std::vector<CompletionCount> by_month;    // 12: January … December of the year
  std::vector<CompletionCount> by_quarter;  // 4
  std::vector<std::pair<int64_t, CompletionCount>> by_inspector;  // by id
  CompletionCount total;
};
Completion SummarizeCompletion(int64_t year, const std::vector<PlannedItem>& items,
                               std::string_view today);

}  // namespace anjian::enforcement
