// The pure rules of people's qualifications (人员资格, issue 15 §2): the posts people hold, the
// certificate kinds, the examination of principals and safety managers within 6 months of their
// appointment (工信部安全〔2024〕234号 item 3: otherwise a major hidden danger), certificate expiry
// reminders (60/30/7 days ahead) and the annual training hours a post requires. "Today" and the
// working-day calendar are parameters; the numbers are the business setting `people_qualifications`.
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

namespace anjian::qualifications {

// Posts (role of a person): principal 主要负责人, safety_manager 安全管理人员, special_worker
// 特种作业人员, storekeeper 保管员, guard 守护人员, escort 押运员, driver 驾驶员, blaster 爆破作业人员,
// manager 其他管理人员 (e.g. a 带班领导 who is neither principal nor safety manager), enforcement
// 执法人员 (agency staff, seed 003 §7).
bool IsRole(std::string_view role);
const std::vector<std::string>& Roles();
std::string_view RoleZh(std::string_view role);
bool IsEnterpriseRole(std::string_view role);  // every role but enforcement
// 234号 item 3: principals and safety managers are examined within 6 months of appointment.
bool NeedsExamination(std::string_view role);
// A manager for assignment checks (带班领导): principal, safety manager, manager, or the flag.
bool IsManagerRole(std::string_view role);

// Certificate kinds: safety_qualification 安全生产知识和管理能力考核合格证, special_operation
// 特种作业操作证, storekeeper 民用爆炸物品保管员, guard 守护人员, escort 押运员, driver 道路危险货物运输
// 驾驶员从业资格证, blaster 爆破作业人员许可证, enforcement 行政执法证, other.
bool IsCertificateKind(std::string_view kind);
const std::vector<std::string>& CertificateKinds();
std::string_view CertificateKindZh(std::string_view kind);

// Training exam results: pass | fail | none.
bool IsExamResult(std::string_view v);

// Settings key `people_qualifications`.
struct QualificationConfig {
  std::int64_t exam_months = 6;            // 234号 item 3
  std::int64_t reminder_first_days = 60;   // issue 15 §2: reminders 60/30/7 days ahead
  std::int64_t reminder_second_days = 30;
  std::int64_t reminder_third_days = 7;
  // 《生产经营单位安全培训规定》(原国家安监总局令第3号, 2015年修正) art. 9 and 13 for units of
  // 危险物品 (civil explosives, hazardous chemicals): principal and safety managers retrain ≥ 16
  // class hours a year, other staff ≥ 20 [U: not in rules.md]. Enforcement staff: the deployment's
  // choice (no national figure found), default 40.
  std::int64_t manager_annual_hours = 16;
  std::int64_t worker_annual_hours = 20;
  std::int64_t enforcement_annual_hours = 40;
  // Storekeeper and second person of two-person custody must hold a valid storekeeper
  // qualification (民用爆炸物品安全管理条例 art. 6: staff trained and examined); default off.
  std::int64_t custody_requires_storekeeper_certificate = 0;
};
inline constexpr const char* kExamSourceZh =
    "工信部安全〔2024〕234号《民用爆炸物品行业重大事故隐患判定标准》第三项：主要负责人、安全管理人员任职之日起6个月内未经考核合格";
inline constexpr const char* kExamSourceEn =
    "MIIT 234 (2024) item 3: principal or safety manager not examined and passed within 6 months of appointment";
inline constexpr const char* kSpecialWorkerSourceZh =
    "工信部安全〔2024〕234号第三项：特种作业人员未持证上岗";
inline constexpr const char* kSpecialWorkerSourceEn =
    "MIIT 234 (2024) item 3: special-operation workers without certificates";
inline constexpr const char* kHoursSourceZh =
    "《生产经营单位安全培训规定》第九条、第十三条（危险物品单位：主要负责人和安全管理人员每年再培训不少于16学时，其他从业人员不少于20学时）；执法人员为本部署业务参数";
inline constexpr const char* kHoursSourceEn =
    "Work-safety training rules (SAWS order 3) art. 9, 13 (hazardous-goods units: 16 class hours a year for principals and safety managers, 20 for other staff); enforcement staff: this deployment's setting";

std::vector<FieldError> ValidateQualificationConfig(const QualificationConfig& c);
std::string QualificationConfigToJson(const QualificationConfig& c);
std::variant<QualificationConfig, std::vector<FieldError>> ParseQualificationConfig(
    std::string_view text);
std::optional<QualificationConfig> QualificationConfigFromJson(std::string_view text);

// 民法典 art. 202: a period in months ends on the corresponding day of the last month (its last
// day when there is none).
core::Date AddMonthsCivil(const core::Date& d, std::int64_t months);
// The last day to pass the examination: appointment + exam_months (art. 201/202), moved off a
// rest day (art. 203).
core::Date ExaminationDueOn(const core::Date& appointed_on, const QualificationConfig& c,
                            const calendar::WorkingCalendar& cal);

// The examination state of a principal or safety manager on `today`:
// passed (a passed examination on or before today, not before the appointment),
// pending (not yet, due date not past), overdue (due date past and no pass: 234号 item 3).
enum class ExamState { kPassed, kPending, kOverdue };
ExamState ExaminationState(const core::Date& due_on, std::optional<core::Date> passed_on,
                           const core::Date& today);
std::string_view ExamStateValue(ExamState s);

// A certificate on `today`: revoked, not_yet_valid, expired (valid_to < today), expiring (within
// the first reminder's days), valid.
std::string_view CertificateState(const core::Date& valid_from, const core::Date& valid_to,
                                  bool revoked, const core::Date& today,
                                  const QualificationConfig& c);
bool CertificateValidOn(const core::Date& valid_from, const core::Date& valid_to, bool revoked,
                        const core::Date& day);

// Reminder thresholds, largest first, unique and positive (60, 30, 7 by default).
std::vector<std::int64_t> ReminderThresholds(const QualificationConfig& c);
// Which reminder is due for a certificate ending on `valid_to`: the thresholds crossed (days
// left ≤ threshold, not expired) not yet sent; the notice names the tightest of them, and all of
// them are recorded so a certificate entered 5 days before expiry gets one notice, not three.
struct ReminderDue {
  std::int64_t notify_threshold = 0;   // the tightest crossed threshold
  std::int64_t days_left = 0;
  std::vector<std::int64_t> record;    // every crossed, unsent threshold
};
std::optional<ReminderDue> DueReminder(const core::Date& valid_to, const core::Date& today,
                                       const std::vector<std::int64_t>& thresholds,
                                       const std::vector<std::int64_t>& already_sent);

// Annual class hours a role requires, and the shortfall of `done` hours.
std::int64_t RequiredAnnualHours(std::string_view role, const QualificationConfig& c);
std::int64_t HoursShortfall(std::string_view role, std::int64_t done, const QualificationConfig& c);

// Checks on input (fields named): valid_to ≥ valid_from; class hours 1–200; examination not
// before the appointment and not in the future.
std::vector<FieldError> CheckCertificateDates(const core::Date& valid_from, const core::Date& valid_to);
std::vector<FieldError> CheckClassHours(std::int64_t hours);
std::vector<FieldError> CheckExaminationDate(const core::Date& appointed_on,
                                             const core::Date& examined_on,
                                             const core::Date& today);

}  // namespace anjian::qualifications
