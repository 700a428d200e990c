// Inspection tasks (隐患排查任务) generated from control measures at their check frequency
// (rules.md §10: CHECK_CYCLE + CHECK_CYCLE_UNIT). Each task occupies one period — a shift, a
// day, an ISO week, a calendar month, quarter or year — identified by a period key, so that a
// daily generation job can create "the task of measure M for period P" idempotently and a task
// not done by the end of its period counts as missed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/civil_date.hpp"

namespace anjian::investigation {

enum class Frequency { kPerShift, kDaily, kWeekly, kMonthly, kQuarterly, kYearly };

const std::vector<Frequency>& AllFrequencies();
// per_shift | daily | weekly | monthly | quarterly | yearly
std::string_view FrequencyValue(Frequency frequency);
std::optional<Frequency> ParseFrequency(std::string_view value);
std::string_view FrequencyLabelZh(Frequency frequency);  // 每班 | 每天 | 每周 | 每月 | 每季度 | 每年
std::string_view FrequencyLabelEn(Frequency frequency);

// Shift patterns differ per enterprise (三班倒 from 00:00, or from 08:00 with the night shift
// running past midnight), so they are configuration.
struct ScheduleConfig {
  int shifts_per_day = 3;            // equal shifts; must divide the day into whole minutes
  int first_shift_start_minute = 0;  // minutes after midnight when shift 1 of a day starts
};

ScheduleConfig DefaultScheduleConfig();
// Rules: shifts_per_day_invalid (1-24 and dividing 1440 minutes evenly), shift_start_invalid
// (first_shift_start_minute 0-1439).
std::vector<FieldError> ValidateScheduleConfig(const ScheduleConfig& config);

struct TaskSlot {
  Frequency frequency = Frequency::kDaily;
  // 2026-11-28-S1 (shift 1 of the roster day) | 2026-11-28 | 2026-W48 (ISO week-year) |
  // 2026-11 | 2026-Q4 | 2026
  std::string period_key;
  core::Date period_start;  // the task opens at period_start, start_minute
  int start_minute = 0;
  core::Date due_date;  // and closes at due_date, due_minute (exclusive)
  int due_minute = 1440;  // 1440: the end of due_date
  std::optional<int> shift_index;  // per_shift only, 0-based
};

// One slot per period that overlaps [from, to] (a whole week's slot even when `from` is a
// Thursday): a job run each day with from = to = today finds every period that is current, and
// the period key keeps repeated runs from duplicating tasks. Shifts belong to the roster day
// they are numbered in, even when a shift ends after midnight. Empty when from > to or the
// configuration is invalid (validate it with ValidateScheduleConfig when it is saved).
std::vector<TaskSlot> GenerateSlots(Frequency frequency, const core::Date& from,
                                    const core::Date& to, const ScheduleConfig& config);

// The slot containing `moment`, to file an inspection record under its task. Before the first
// shift's start, a moment belongs to the previous roster day's last shift.
std::optional<TaskSlot> SlotAt(Frequency frequency, const core::LocalDateTime& moment,
                               const ScheduleConfig& config);

// The slot has closed: `now` is at or after its end. Whether the task was done is the caller's
// fact; a task not done in a missed slot is a missed inspection.
bool IsMissed(const TaskSlot& slot, const core::LocalDateTime& now);

}  // namespace anjian::investigation
