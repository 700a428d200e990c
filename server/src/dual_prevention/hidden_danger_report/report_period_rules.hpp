// The periods of the hidden-danger report (隐患排查治理情况统计分析报告, 16号令: quarterly and
// annual, signed by the principal and submitted to the regulator in direct charge), their
// deadlines and the report's states. Pure: "today" and the calendar come from the caller.
//
// Deadline: [U] a quarterly report by the 15th day after its quarter, the annual one by the 31st
// day after its year (31 January) — the settings key `hidden_danger_report_deadlines`
// {"quarterly_days_after": 15, "annual_days_after": 31}. Counted as 民法典 art. 201/203 count a
// period in days: the period's last day is the event day, the deadline's last day moves to the
// next working day when it is a rest day of the working-day calendar.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "calendar/working_day_rules.hpp"
#include "core/civil_date.hpp"
#include "core/error.hpp"

namespace anjian::hidden_danger_report {

enum class PeriodKind { kQuarter, kYear };
std::string_view PeriodKindValue(PeriodKind k);  // quarter | year
std::optional<PeriodKind> ParsePeriodKind(std::string_view text);

struct Period {
  PeriodKind kind = PeriodKind::kQuarter;
  int year = 0;
  int quarter = 0;  // 1-4; 0 for a year
  core::Date first, last;
  std::string key;       // "2026-Q3" | "2026"
  std::string label_zh;  // "2026年第三季度" | "2026年度"
  std::string label_en;  // "2026 Q3" | "2026"
};

inline constexpr int kFirstYear = 2000;
inline constexpr int kLastYear = 2100;

// kind (required: quarter | year), year (required, 2000-2100), quarter (1-4, required for a
// quarter, absent for a year): every problem at once, on fields "period_kind", "year", "quarter".
std::variant<Period, std::vector<FieldError>> MakePeriod(std::string_view kind,
                                                         std::optional<int64_t> year,
                                                         std::optional<int64_t> quarter);
// "2026-Q3" / "2026" back into a period (nullopt for anything else).
std::optional<Period> PeriodFromKey(std::string_view key);

// A report is generated from the day after its period's last day ("period_not_ended" otherwise).
std::optional<FieldError> CheckPeriodEnded(const Period& p, const core::Date& today);

struct ReportDeadlineConfig {
  std::int64_t quarterly_days_after = 15;  // [U]
  std::int64_t annual_days_after = 31;     // [U] 31 January
};
std::vector<FieldError> ValidateReportDeadlineConfig(const ReportDeadlineConfig& c);  // 1-90
std::string ReportDeadlineConfigToJson(const ReportDeadlineConfig& c);
std::variant<ReportDeadlineConfig, std::vector<FieldError>> ParseReportDeadlineConfig(
    std::string_view text);

struct ReportDeadline {
  core::Date nominal_last_day;  // period's last day + N days (art. 201)
  core::Date last_day;          // moved off a rest day (art. 203)
  bool moved = false;
  std::int64_t days_after = 0;
  std::string source_zh, source_en;
};
ReportDeadline DeadlineOf(const Period& p, const ReportDeadlineConfig& c,
                          const calendar::WorkingCalendar& cal);

// How an enterprise stands for a period: submitted by the deadline's last day (on_time), after it
// (late), not yet with the deadline still running (pending), not by the deadline (missing).
enum class SubmissionStatus { kOnTime, kLate, kPending, kMissing };
std::string_view SubmissionStatusValue(SubmissionStatus s);
std::optional<SubmissionStatus> ParseSubmissionStatus(std::string_view text);
SubmissionStatus SubmissionStatusOf(const std::optional<core::Date>& first_submitted_on,
                                    const core::Date& today, const core::Date& deadline_last_day);

// The report's states, appended as events: draft → signed → submitted. A correction is a new
// version of the same period (the earlier versions are kept as they were).
enum class ReportState { kDraft, kSigned, kSubmitted };
std::string_view ReportStateValue(ReportState s);
std::string_view ReportStateLabelZh(ReportState s);
std::optional<ReportState> ParseReportState(std::string_view text);
bool CanEdit(ReportState s);    // draft
bool CanSign(ReportState s);    // draft
bool CanSubmit(ReportState s);  // signed

}  // namespace anjian::hidden_danger_report
