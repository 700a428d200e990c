// Licences (许可证): kinds, states, validity, renewal window, the decision period and the expiry
// reminders — 安全生产许可证条例 (2014) art. 7 (decision within 45 days, refusal in writing), art. 9
// (validity 3 years; apply for extension ≥ 3 months before expiry; extended without re-review when
// the enterprise had no fatal accident in the validity), art. 14 (暂扣 / 吊销 when the conditions
// lapse); 民用爆炸物品安全管理条例 art. 13 (the province issues the 民爆 licences). Pure: "today" and
// the working-day calendar come from the caller. Every number is the business setting `licences`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "calendar/working_day_rules.hpp"
#include "core/civil_date.hpp"
#include "core/error.hpp"

namespace anjian::licences {

// A licence kind: the three of the issue plus those the deployment adds (setting `licences`).
struct LicenceKind {
  std::string code, label_zh, label_en;
};
inline constexpr std::string_view kSafetyProduction = "safety_production";        // 安全生产许可证
inline constexpr std::string_view kExplosivesProduction = "explosives_production";  // 民用爆炸物品生产许可证
inline constexpr std::string_view kExplosivesSales = "explosives_sales";            // 民用爆炸物品销售许可证
const std::vector<LicenceKind>& BuiltInKinds();

// Stored: valid | suspended | revoked. As of a day: expired when valid_to is before it (a revoked
// licence stays revoked; a suspended one that ran out is expired).
enum class LicenceStatus { kValid, kSuspended, kRevoked, kExpired };
std::string_view LicenceStatusValue(LicenceStatus s);
std::string_view LicenceStatusLabelZh(LicenceStatus s);
std::optional<LicenceStatus> ParseLicenceStatus(std::string_view v);
LicenceStatus StatusOn(LicenceStatus stored, const core::Date& valid_to, const core::Date& day);
// 暂扣 only a valid licence; 恢复 (reinstate) only a suspended one; 吊销 a valid or suspended one.
bool CanSuspend(LicenceStatus as_of);
bool CanReinstate(LicenceStatus as_of);
bool CanRevoke(LicenceStatus as_of);

enum class ApplicationType { kNew, kRenewal, kChange };
std::string_view ApplicationTypeValue(ApplicationType t);  // new | renewal | change
std::string_view ApplicationTypeLabelZh(ApplicationType t);  // 新申请 | 延期 | 变更
std::optional<ApplicationType> ParseApplicationType(std::string_view v);

enum class ApplicationStatus { kSubmitted, kApproved, kRefused, kWithdrawn };
std::string_view ApplicationStatusValue(ApplicationStatus s);
std::optional<ApplicationStatus> ParseApplicationStatus(std::string_view v);

struct LicenceConfig {
  std::int64_t validity_years = 3;          // art. 9
  std::int64_t renewal_window_months = 3;   // art. 9: apply ≥ 3 months before expiry
  std::int64_t decision_days = 45;          // art. 7
  std::vector<std::int64_t> reminder_days{90, 30, 7};  // deployment's choice
  std::vector<LicenceKind> other_kinds{
      {"hazardous_chemicals_trading", "危险化学品经营许可证", "Hazardous chemicals trading licence"}};
};
std::vector<FieldError> ValidateLicenceConfig(const LicenceConfig& c);
std::string LicenceConfigToJson(const LicenceConfig& c);
std::variant<LicenceConfig, std::vector<FieldError>> ParseLicenceConfig(std::string_view text);
// Built-in kinds followed by the configured ones.
std::vector<LicenceKind> AllKinds(const LicenceConfig& c);
const LicenceKind* FindKind(const std::vector<LicenceKind>& kinds, std::string_view code);
// "safety_production, …" and "safety_production（安全生产许可证）、…" for kind_invalid.
std::pair<std::string, std::string> KindLists(const std::vector<LicenceKind>& kinds);

core::Date AddYears(const core::Date& d, std::int64_t years);    // 29 Feb → 28 Feb
core::Date AddMonths(const core::Date& d, std::int64_t months);  // clamped to the month's end
// The validity of a licence issued (or extended) from `from`: from + years − 1 day.
core::Date ValidTo(const core::Date& from, const LicenceConfig& c);

// Art. 9 renewal: the window opens renewal_window_months before valid_to and lasts to valid_to.
struct RenewalWindow {
  core::Date opens;     // valid_to − months
  core::Date closes;    // valid_to
  bool open = false;    // today within [opens, closes]
  bool early = false;   // today before opens
  bool late = false;    // today after closes (expired: a new application, not a renewal)
  std::string source_zh, source_en;
};
RenewalWindow RenewalWindowOf(const core::Date& valid_to, const core::Date& today,
                              const LicenceConfig& c);

// Art. 7: the regulator decides within decision_days of accepting (民法典 art. 201/203 via the
// calendar: the day of submission does not count; a last day on a rest day moves to the next
// working day).
struct DecisionDeadline {
  core::Date due;
  bool moved = false;
  std::int64_t days_left = 0;  // due − today (negative when overdue)
  bool overdue = false;        // undecided and today after due
  std::string source_zh, source_en;
};
DecisionDeadline DecisionDeadlineOf(const core::Date& submitted_on,
                                    const std::optional<core::Date>& decided_on,
                                    const core::Date& today, const LicenceConfig& c,
                                    const calendar::WorkingCalendar& cal);

// Art. 9: extension without re-review when no fatal accident (deaths > 0) occurred in the validity.
struct WithoutReview {
  bool eligible = false;
  std::int64_t fatal_accidents = 0;
  std::string source_zh, source_en;
};
WithoutReview WithoutReviewOf(std::int64_t fatal_accidents_in_validity);

// The reminder thresholds reached on `today` for a licence ending on valid_to: every threshold t
// with valid_to − today ≤ t (and valid_to ≥ today); the caller keeps one row per threshold.
std::vector<std::int64_t> RemindersDue(const core::Date& valid_to, const core::Date& today,
                                       const LicenceConfig& c);

// Permitted working hours (许可作业时间): ISO weekdays ("12345"; "" = every day) and a daily window
// "HH:MM"–"HH:MM" ("" = the whole day; from > to runs over midnight, the night belonging to the
// day it started).
struct WorkingHours {
  std::string days, from, to;
};
std::vector<FieldError> CheckWorkingHours(const WorkingHours& h, std::string_view field_prefix);
bool WithinWorkingHours(const WorkingHours& h, const core::Date& day, int minute_of_day);

}  // namespace anjian::licences
