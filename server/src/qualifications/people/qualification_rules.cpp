#include "qualifications/people/qualification_rules.hpp"

#include <algorithm>

#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"
#include "qualifications/people/qualifications_errors.hpp"

namespace anjian::qualifications {

namespace {

struct Label {
  const char* value;
  const char* zh;
};

constexpr Label kRoles[] = {
    {"principal", "主要负责人"},     {"safety_manager", "安全管理人员"},
    {"special_worker", "特种作业人员"}, {"storekeeper", "保管员"},
    {"guard", "守护人员"},           {"escort", "押运员"},
    {"driver", "驾驶员"},            {"blaster", "爆破作业人员"},
    {"manager", "其他管理人员"},      {"enforcement", "执法人员"},
};

constexpr Label kKinds[] = {
    {"safety_qualification", "安全生产知识和管理能力考核合格证"},
    {"special_operation", "特种作业操作证"},
    {"storekeeper", "民用爆炸物品保管员资格证"},
    {"guard", "守护人员资格证"},
    {"escort", "押运员从业资格证"},
    {"driver", "道路危险货物运输驾驶员从业资格证"},
    {"blaster", "爆破作业人员许可证"},
    {"enforcement", "行政执法证"},
    {"other", "其他证书"},
};

template <std::size_t N>
std::vector<std::string> Values(const Label (&labels)[N]) {
  std::vector<std::string> out;
  for (const auto& l : labels) out.emplace_back(l.value);
  return out;
}

template <std::size_t N>
std::string_view ZhOf(const Label (&labels)[N], std::string_view v) {
  for (const auto& l : labels)
    if (v == l.value) return l.zh;
  return v;
}

const std::vector<core::FlatField<QualificationConfig>>& Fields() {
  static const std::vector<core::FlatField<QualificationConfig>> kFields = {
      {"exam_months", &QualificationConfig::exam_months},
      {"reminder_first_days", &QualificationConfig::reminder_first_days},
      {"reminder_second_days", &QualificationConfig::reminder_second_days},
      {"reminder_third_days", &QualificationConfig::reminder_third_days},
      {"manager_annual_hours", &QualificationConfig::manager_annual_hours},
      {"worker_annual_hours", &QualificationConfig::worker_annual_hours},
      {"enforcement_annual_hours", &QualificationConfig::enforcement_annual_hours},
      {"custody_requires_storekeeper_certificate",
       &QualificationConfig::custody_requires_storekeeper_certificate},
  };
  return kFields;
}

}  // namespace

const std::vector<std::string>& Roles() {
  static const std::vector<std::string> kAll = Values(kRoles);
  return kAll;
}
bool IsRole(std::string_view role) {
  return std::find(Roles().begin(), Roles().end(), role) != Roles().end();
}
std::string_view RoleZh(std::string_view role) { return ZhOf(kRoles, role); }
bool IsEnterpriseRole(std::string_view role) { return IsRole(role) && role != "enforcement"; }
bool NeedsExamination(std::string_view role) {
  return role == "principal" || role == "safety_manager";
}
bool IsManagerRole(std::string_view role) {
  return role == "principal" || role == "safety_manager" || role == "manager";
}

const std::vector<std::string>& CertificateKinds() {
  static const std::vector<std::string> kAll = Values(kKinds);
  return kAll;
}
bool IsCertificateKind(std::string_view kind) {
  return std::find(CertificateKinds().begin(), CertificateKinds().end(), kind) !=
         CertificateKinds().end();
}
std::string_view CertificateKindZh(std::string_view kind) { return ZhOf(kKinds, kind); }

bool IsExamResult(std::string_view v) { return v == "pass" || v == "fail" || v == "none"; }

std::vector<FieldError> ValidateQualificationConfig(const QualificationConfig& c) {
  std::vector<FieldError> errors;
  auto range = [&](const char* field, std::int64_t v, std::int64_t lo, std::int64_t hi) {
    if (v < lo || v > hi) errors.push_back(core::CoreErr("range").At(field, lo, hi));
  };
  range("exam_months", c.exam_months, 1, 24);
  range("reminder_first_days", c.reminder_first_days, 0, 365);
  range("reminder_second_days", c.reminder_second_days, 0, 365);
  range("reminder_third_days", c.reminder_third_days, 0, 365);
  range("manager_annual_hours", c.manager_annual_hours, 0, 500);
  range("worker_annual_hours", c.worker_annual_hours, 0, 500);
  range("enforcement_annual_hours", c.enforcement_annual_hours, 0, 500);
  range("custody_requires_storekeeper_certificate", c.custody_requires_storekeeper_certificate, 0,
        1);
  return errors;
}

std::string QualificationConfigToJson(const QualificationConfig& c) {
  return core::FlatConfigToJson(c, Fields());
}

std::variant<QualificationConfig, std::vector<FieldError>> ParseQualificationConfig(
    std::string_view text) {
  QualificationConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateQualificationConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<QualificationConfig> QualificationConfigFromJson(std::string_view text) {
  auto parsed = ParseQualificationConfig(text);
  if (auto* c = std::get_if<QualificationConfig>(&parsed)) return *c;
  return std::nullopt;
}

core::Date AddMonthsCivil(const core::Date& d, std::int64_t months) {
  const std::int64_t index = static_cast<std::int64_t>(d.year) * 12 + (d.month - 1) + months;
  core::Date out;
  out.year = static_cast<int>(index / 12);
  out.month = static_cast<int>(index % 12) + 1;
  out.day = std::min(d.day, core::DaysInMonth(out.year, out.month));
  return out;
}

core::Date ExaminationDueOn(const core::Date& appointed_on, const QualificationConfig& c,
                            const calendar::WorkingCalendar& cal) {
  const core::Date nominal = AddMonthsCivil(appointed_on, c.exam_months);
  return calendar::CountDays(appointed_on, core::DaysBetween(appointed_on, nominal), cal).last_day;
}

ExamState ExaminationState(const core::Date& due_on, std::optional<core::Date> passed_on,
                           const core::Date& today) {
  if (passed_on && *passed_on <= today) return ExamState::kPassed;
  return today > due_on ? ExamState::kOverdue : ExamState::kPending;
}

std::string_view ExamStateValue(ExamState s) {
  switch (s) {
    case ExamState::kPassed: return "passed";
    case ExamState::kPending: return "pending";
    case ExamState::kOverdue: return "overdue";
  }
  return "pending";
}

bool CertificateValidOn(const core::Date& valid_from, const core::Date& valid_to, bool revoked,
                        const core::Date& day) {
  return !revoked && valid_from <= day && day <= valid_to;
}

std::string_view CertificateState(const core::Date& valid_from, const core::Date& valid_to,
                                  bool revoked, const core::Date& today,
                                  const QualificationConfig& c) {
  if (revoked) return "revoked";
  if (today < valid_from) return "not_yet_valid";
  if (today > valid_to) return "expired";
  const auto thresholds = ReminderThresholds(c);
  const std::int64_t first = thresholds.empty() ? 0 : thresholds.front();
  if (core::DaysBetween(today, valid_to) <= first) return "expiring";
  return "valid";
}

std::vector<std::int64_t> ReminderThresholds(const QualificationConfig& c) {
  std::vector<std::int64_t> t;
  for (auto v : {c.reminder_first_days, c.reminder_second_days, c.reminder_third_days})
    if (v > 0) t.push_back(v);
  std::sort(t.begin(), t.end(), std::greater<>());
  t.erase(std::unique(t.begin(), t.end()), t.end());
  return t;
}

std::optional<ReminderDue> DueReminder(const core::Date& valid_to, const core::Date& today,
                                       const std::vector<std::int64_t>& thresholds,
                                       const std::vector<std::int64_t>& already_sent) {
  const std::int64_t left = core::DaysBetween(today, valid_to);
  if (left < 0) return std::nullopt;
  ReminderDue due;
  due.days_left = left;
  for (auto t : thresholds) {
    if (left > t) continue;
    if (std::find(already_sent.begin(), already_sent.end(), t) != already_sent.end()) continue;
    due.record.push_back(t);
  }
  if (due.record.empty()) return std::nullopt;
  due.notify_threshold = *std::min_element(due.record.begin(), due.record.end());
  return due;
}

std::int64_t RequiredAnnualHours(std::string_view role, const QualificationConfig& c) {
  if (role == "enforcement") return c.enforcement_annual_hours;
  if (NeedsExamination(role)) return c.manager_annual_hours;
  return c.worker_annual_hours;
}

std::int64_t HoursShortfall(std::string_view role, std::int64_t done,
                            const QualificationConfig& c) {
  return std::max<std::int64_t>(0, RequiredAnnualHours(role, c) - done);
}

std::vector<FieldError> CheckCertificateDates(const core::Date& valid_from,
                                              const core::Date& valid_to) {
  if (valid_to < valid_from)
    return {Err("certificate_dates_invalid").At("valid_to", core::FormatIsoDate(valid_from))};
  return {};
}

std::vector<FieldError> CheckClassHours(std::int64_t hours) {
  if (hours < 1 || hours > 200) return {core::CoreErr("range").At("class_hours", 1, 200)};
  return {};
}

std::vector<FieldError> CheckExaminationDate(const core::Date& appointed_on,
                                             const core::Date& examined_on,
                                             const core::Date& today) {
  if (examined_on > today) return {Err("qualification_date_future").At("examined_on")};
  if (examined_on < appointed_on)
    return {Err("examination_before_appointment")
                .At("examined_on", core::FormatIsoDate(appointed_on))};
  return {};
}

}  // namespace anjian::qualifications
