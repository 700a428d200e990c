// Every deadline of an accident, pure ("now" and the recorded times are parameters):
// - the report chain (493号令 art. 9–11; 山东省安全生产条例 art. 64–65; 工信部 快报): who must
//   receive the report by when — the unit reports to the county regulator within 1 hour of the
//   accident; each level forwards up within 2 hours of its own receipt (its own clock: a level
//   that forwarded late does not shorten the next level's time); 一般 goes to the city, 较大 to
//   the province, 重大 and 特别重大 to the ministry. Shandong (the default of this deployment)
//   adds the county's direct report to the province (省安委办) within 30 minutes and, for 较大 and
//   above, the written report within 1 hour; the MIIT 快报 channel takes 较大 and above up to
//   工信部. A step that exists only because the grade was raised by a later report is counted
//   from the moment the grade was raised.
// - the follow-up window (art. 13): casualty changes are reported for 30 days after the accident
//   (7 for road traffic and fire), counted as the law counts days (民法典 art. 201–203: from the
//   next day, to 24:00 of the last day).
// - the investigation (art. 19, 29, 32): who leads by grade, the report within 60 days
//   (extendable by at most 60), the approval within 15 days (30 for 特别重大).
// The numbers are the settings key `accident_reporting` (defaults below, sources in
// docs/operations.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "emergency/accidents/accident_grade_rules.hpp"

namespace anjian::accidents {

// GB 6441 type 08 火灾: fire accidents have the 7-day follow-up window (as road traffic ones).
inline constexpr const char* kFireType = "08";

struct AccidentReportingConfig {
  std::int64_t shandong_rules = 1;          // 1: Shandong art. 64–65 steps; 0: national 493 only
  std::int64_t unit_report_minutes = 60;    // 493 art. 9
  std::int64_t level_report_minutes = 120;  // 493 art. 11
  std::int64_t direct_report_minutes = 30;  // Shandong art. 64
  std::int64_t written_report_minutes = 60; // Shandong art. 65 (较大 and above)
  std::int64_t miit_express = 1;            // 工信部 快报 for 较大 and above
  std::int64_t follow_up_days = 30;         // 493 art. 13
  std::int64_t follow_up_days_traffic_fire = 7;
  std::int64_t investigation_days = 60;     // 493 art. 29
  std::int64_t investigation_extension_max_days = 60;
  std::int64_t approval_days = 15;          // 493 art. 32
  std::int64_t approval_days_especially_serious = 30;
};

std::vector<FieldError> ValidateAccidentReportingConfig(const AccidentReportingConfig& c);
std::string AccidentReportingConfigToJson(const AccidentReportingConfig& c);
std::variant<AccidentReportingConfig, std::vector<FieldError>> ParseAccidentReportingConfig(
    std::string_view text);
std::optional<AccidentReportingConfig> AccidentReportingConfigFromJson(std::string_view text);

// Levels of the report chain: who sends ("enterprise", "county", "city", "province") and who
// receives ("county", "city", "province", "ministry").
struct ChainInput {
  Grade grade = Grade::kOrdinary;
  std::int64_t occurred_at = 0;  // unix seconds
  std::int64_t reported_at = 0;  // the unit's first report (the county receives it then)
  std::int64_t grade_since = 0;  // when the accident reached its current grade
  // When each level forwarded the report up (one click: every step it sends), if it has.
  std::optional<std::int64_t> county_forwarded_at, city_forwarded_at, province_forwarded_at;
};

struct ChainStep {
  std::string key;   // unit_to_county, county_to_city, county_to_province_direct, …
  std::string from;  // enterprise | county | city | province
  std::string to;    // county | city | province | ministry
  std::int64_t due_at = 0;
  std::optional<std::int64_t> done_at;
  std::int64_t late_minutes = 0;  // done late, or still open past due at `now` (whole minutes, up)
  std::string status;             // done | late_done | pending | overdue
  std::string source_zh, source_en;
};

std::vector<ChainStep> ReportChain(const ChainInput& in, const AccidentReportingConfig& c,
                                   std::int64_t now);

// The last instant a follow-up report (续报) is due: 24:00 China time of the day `days` after
// the accident's China day (days = 7 for road traffic and fire, else 30).
std::int64_t FollowUpUntil(std::int64_t occurred_at, bool traffic_or_fire,
                           const AccidentReportingConfig& c);

// Investigation (art. 19, 29, 32).
struct InvestigationPlan {
  std::string leader;     // county | city | province | state_council
  std::string leader_zh;  // 县级人民政府 …
  std::int64_t report_due_at = 0;     // 24:00 of accident day + 60 (+ extension) days
  std::int64_t extension_days = 0;
  std::optional<std::int64_t> approval_due_at;  // 24:00 of submission day + 15 / 30 days
};
// extension_days must be 0..investigation_extension_max_days (the caller validates).
InvestigationPlan InvestigationOf(Grade grade, std::int64_t occurred_at,
                                  std::int64_t extension_days,
                                  std::optional<std::int64_t> report_submitted_at,
                                  const AccidentReportingConfig& c);

// The level of an agency from its region path: "/" ministry (the country root, issue 16),
// "/370000/" province, "/370000/370800/" city,
// deeper county (zones included).
std::string LevelOfRegionPath(std::string_view region_path);

// 24:00 China time of the day `days` after the China day of `at` (a period in days starts the
// next day and ends at 24:00 of its last day).
std::int64_t DaysPeriodEnd(std::int64_t at, std::int64_t days);

}  // namespace anjian::accidents
