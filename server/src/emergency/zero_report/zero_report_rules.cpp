#include "emergency/zero_report/zero_report_rules.hpp"

#include "core/china_time.hpp"
#include "core/core_errors.hpp"
#include "emergency/zero_report/zero_report_errors.hpp"

namespace anjian::zero_report {

const std::vector<Reason>& AllReasons() {
  static const std::vector<Reason> kAll = {Reason::kHoliday, Reason::kTwoSessions,
                                           Reason::kWarning, Reason::kOther};
  return kAll;
}

std::string_view ReasonValue(Reason r) {
  switch (r) {
    case Reason::kHoliday: return "holiday";
    case Reason::kTwoSessions: return "two_sessions";
    case Reason::kWarning: return "warning";
    case Reason::kOther: return "other";
  }
  return "other";
}

std::string_view ReasonLabelZh(Reason r) {
  switch (r) {
    case Reason::kHoliday: return "节假日";
    case Reason::kTwoSessions: return "两会";
    case Reason::kWarning: return "预警";
    case Reason::kOther: return "其他";
  }
  return "其他";
}

std::optional<Reason> ParseReason(std::string_view v) {
  for (Reason r : AllReasons())
    if (ReasonValue(r) == v) return r;
  return std::nullopt;
}

bool IsReportKind(std::string_view v) { return v == kNothingAbnormal || v == kEvent; }

std::optional<int> ParseTimeOfDay(std::string_view t) {
  if (t.size() != 5 || t[2] != ':') return std::nullopt;
  for (size_t i : {0u, 1u, 3u, 4u})
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  const int h = (t[0] - '0') * 10 + (t[1] - '0');
  const int m = (t[3] - '0') * 10 + (t[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

std::string FormatTimeOfDay(int minute) {
  const int h = minute / 60, m = minute % 60;
  std::string out;
  out += static_cast<char>('0' + h / 10);
  out += static_cast<char>('0' + h % 10);
  out += ':';
  out += static_cast<char>('0' + m / 10);
  out += static_cast<char>('0' + m % 10);
  return out;
}

std::int64_t DeadlineOf(const core::Date& date, int minute) {
  return core::UnixFromLocal(date, minute);
}

std::int64_t LateMinutes(std::int64_t at, std::int64_t deadline) {
  if (at <= deadline) return 0;
  return (at - deadline + 59) / 60;
}

std::vector<FieldError> CheckPeriodDates(const PeriodDates& p, const core::Date& today) {
  std::vector<FieldError> errs;
  if (p.last < p.first) {
    const std::string first = core::FormatIsoDate(p.first);
    errs.push_back(Err("zero_report_dates_order").At("last_date", first, first));
  } else if (core::DaysBetween(p.first, p.last) + 1 > kMaxPeriodDays) {
    errs.push_back(Err("zero_report_period_too_long").At("last_date", kMaxPeriodDays, kMaxPeriodDays));
  } else if (p.last < today) {
    const std::string last = core::FormatIsoDate(p.last);
    errs.push_back(Err("zero_report_period_past").At("last_date", last, last));
  }
  if (p.remind_minutes < 0 || p.remind_minutes > kMaxRemindMinutes)
    errs.push_back(core::CoreErr("range").At("remind_minutes", 0, kMaxRemindMinutes));
  return errs;
}

bool InPeriod(const core::Date& first, const core::Date& last, const core::Date& day) {
  return !(day < first) && !(last < day);
}

std::vector<core::Date> DaysUpTo(const core::Date& first, const core::Date& last,
                                 const core::Date& today) {
  std::vector<core::Date> out;
  for (core::Date d = first; !(last < d) && !(today < d); d = core::AddDays(d, 1)) out.push_back(d);
  return out;
}

bool ReminderDue(std::int64_t now, std::int64_t deadline, std::int64_t remind_minutes) {
  return now >= deadline - remind_minutes * 60 && now < deadline;
}

bool PathWithin(std::string_view path, std::string_view ancestor) {
  return !ancestor.empty() && path.substr(0, ancestor.size()) == ancestor;
}

bool InScope(std::string_view path, std::string_view industry, std::string_view period_path,
             const std::vector<std::string>& industries) {
  if (!PathWithin(path, period_path)) return false;
  if (industries.empty()) return true;
  for (const auto& i : industries)
    if (i == industry) return true;
  return false;
}

std::string ParentPath(std::string_view path) {
  if (path.size() < 2) return "";
  const auto cut = path.rfind('/', path.size() - 2);
  if (cut == std::string_view::npos || cut == 0) return "";
  return std::string(path.substr(0, cut + 1));
}

std::string JoinIndustries(const std::vector<std::string>& industries) {
  std::string out;
  for (const auto& i : industries) out += (out.empty() ? "" : ",") + i;
  return out;
}

std::vector<std::string> SplitIndustries(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) out.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace anjian::zero_report
