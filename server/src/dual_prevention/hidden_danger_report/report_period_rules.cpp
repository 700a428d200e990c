#include "dual_prevention/hidden_danger_report/report_period_rules.hpp"

#include <charconv>

#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"
#include "dual_prevention/hidden_danger_report/hidden_danger_report_errors.hpp"

namespace anjian::hidden_danger_report {

namespace {

constexpr const char* kQuarterZh[] = {"", "第一季度", "第二季度", "第三季度", "第四季度"};

const std::vector<core::FlatField<ReportDeadlineConfig>>& Fields() {
  static const std::vector<core::FlatField<ReportDeadlineConfig>> kFields = {
      {"quarterly_days_after", &ReportDeadlineConfig::quarterly_days_after},
      {"annual_days_after", &ReportDeadlineConfig::annual_days_after},
  };
  return kFields;
}

Period Build(PeriodKind kind, int year, int quarter) {
  Period p;
  p.kind = kind;
  p.year = year;
  p.quarter = kind == PeriodKind::kQuarter ? quarter : 0;
  if (kind == PeriodKind::kYear) {
    p.first = {year, 1, 1};
    p.last = {year, 12, 31};
    p.key = std::to_string(year);
    p.label_zh = std::to_string(year) + "年度";
    p.label_en = std::to_string(year);
  } else {
    const int first_month = (quarter - 1) * 3 + 1;
    p.first = {year, first_month, 1};
    p.last = core::AddDays(quarter == 4 ? core::Date{year + 1, 1, 1}
                                        : core::Date{year, first_month + 3, 1},
                           -1);
    p.key = std::to_string(year) + "-Q" + std::to_string(quarter);
    p.label_zh = std::to_string(year) + "年" + kQuarterZh[quarter];
    p.label_en = std::to_string(year) + " Q" + std::to_string(quarter);
  }
  return p;
}

}  // namespace

std::string_view PeriodKindValue(PeriodKind k) {
  return k == PeriodKind::kQuarter ? "quarter" : "year";
}

std::optional<PeriodKind> ParsePeriodKind(std::string_view text) {
  if (text == "quarter") return PeriodKind::kQuarter;
  if (text == "year") return PeriodKind::kYear;
  return std::nullopt;
}

std::variant<Period, std::vector<FieldError>> MakePeriod(std::string_view kind,
                                                         std::optional<int64_t> year,
                                                         std::optional<int64_t> quarter) {
  std::vector<FieldError> errors;
  std::optional<PeriodKind> k;
  if (kind.empty()) {
    errors.push_back(core::CoreErr("required").At("period_kind"));
  } else if (!(k = ParsePeriodKind(kind))) {
    errors.push_back(core::CoreErr("kind_invalid")
                         .At("period_kind", "quarter, year", "quarter（季度）、year（年度）"));
  }
  if (!year)
    errors.push_back(core::CoreErr("required").At("year"));
  else if (*year < kFirstYear || *year > kLastYear)
    errors.push_back(core::CoreErr("range").At("year", kFirstYear, kLastYear));
  if (k == PeriodKind::kQuarter) {
    if (!quarter)
      errors.push_back(core::CoreErr("required").At("quarter"));
    else if (*quarter < 1 || *quarter > 4)
      errors.push_back(core::CoreErr("range").At("quarter", 1, 4));
  } else if (k == PeriodKind::kYear && quarter) {
    errors.push_back(Err("quarter_not_allowed").At("quarter"));
  }
  if (!errors.empty()) return errors;
  return Build(*k, static_cast<int>(*year), quarter ? static_cast<int>(*quarter) : 0);
}

std::optional<Period> PeriodFromKey(std::string_view key) {
  auto number = [](std::string_view s) -> std::optional<int> {
    int v = 0;
    if (s.empty() || s.size() > 4) return std::nullopt;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
  };
  if (key.size() == 4) {
    auto y = number(key);
    if (!y || *y < kFirstYear || *y > kLastYear) return std::nullopt;
    return Build(PeriodKind::kYear, *y, 0);
  }
  if (key.size() == 7 && key.substr(4, 2) == "-Q") {
    auto y = number(key.substr(0, 4));
    auto q = number(key.substr(6));
    if (!y || !q || *y < kFirstYear || *y > kLastYear || *q < 1 || *q > 4) return std::nullopt;
    return Build(PeriodKind::kQuarter, *y, *q);
  }
  return std::nullopt;
}

std::optional<FieldError> CheckPeriodEnded(const Period& p, const core::Date& today) {
  if (today > p.last) return std::nullopt;
  return Err("period_not_ended").At(p.kind == PeriodKind::kQuarter ? "quarter" : "year",
                                    core::FormatIsoDate(p.last));
}

std::vector<FieldError> ValidateReportDeadlineConfig(const ReportDeadlineConfig& c) {
  std::vector<FieldError> errors;
  if (c.quarterly_days_after < 1 || c.quarterly_days_after > 90)
    errors.push_back(core::CoreErr("range").At("quarterly_days_after", 1, 90));
  if (c.annual_days_after < 1 || c.annual_days_after > 90)
    errors.push_back(core::CoreErr("range").At("annual_days_after", 1, 90));
  return errors;
}

std::string ReportDeadlineConfigToJson(const ReportDeadlineConfig& c) {
  return core::FlatConfigToJson(c, Fields());
}

std::variant<ReportDeadlineConfig, std::vector<FieldError>> ParseReportDeadlineConfig(
    std::string_view text) {
  ReportDeadlineConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateReportDeadlineConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

ReportDeadline DeadlineOf(const Period& p, const ReportDeadlineConfig& c,
                          const calendar::WorkingCalendar& cal) {
  ReportDeadline d;
  d.days_after = p.kind == PeriodKind::kQuarter ? c.quarterly_days_after : c.annual_days_after;
  const auto counted = calendar::CountDays(p.last, d.days_after, cal);
  d.nominal_last_day = counted.nominal_last_day;
  d.last_day = counted.last_day;
  d.moved = counted.moved;
  const std::string n = std::to_string(d.days_after);
  d.source_zh = std::string("《安全生产事故隐患排查治理暂行规定》（16号令）：") +
                (p.kind == PeriodKind::kQuarter ? "季度结束后" : "年度结束后") + n +
                "日内报送（业务参数“隐患排查治理情况报告报送期限”，默认值待核实；期间按民法典第二百零一条"
                "自次日起算）";
  d.source_en = std::string("SAWS Order No. 16: within ") + n + " days after the " +
                (p.kind == PeriodKind::kQuarter ? "quarter" : "year") +
                " (business setting \"Deadlines of the hidden-danger reports\", default "
                "unconfirmed; counted from the next day, Civil Code art. 201)";
  if (d.moved) {
    d.source_zh += "；期限最后一日" + core::FormatIsoDate(d.nominal_last_day) +
                   "为法定休假日，依民法典第二百零三条顺延至" + core::FormatIsoDate(d.last_day);
    d.source_en += "; the last day " + core::FormatIsoDate(d.nominal_last_day) +
                   " is a rest day, moved to " + core::FormatIsoDate(d.last_day) +
                   " (Civil Code art. 203)";
  }
  return d;
}

std::string_view SubmissionStatusValue(SubmissionStatus s) {
  switch (s) {
    case SubmissionStatus::kOnTime: return "on_time";
    case SubmissionStatus::kLate: return "late";
    case SubmissionStatus::kPending: return "pending";
    case SubmissionStatus::kMissing: return "missing";
  }
  return "missing";
}

std::optional<SubmissionStatus> ParseSubmissionStatus(std::string_view text) {
  for (auto s : {SubmissionStatus::kOnTime, SubmissionStatus::kLate, SubmissionStatus::kPending,
                 SubmissionStatus::kMissing})
    if (SubmissionStatusValue(s) == text) return s;
  return std::nullopt;
}

SubmissionStatus SubmissionStatusOf(const std::optional<core::Date>& first_submitted_on,
                                    const core::Date& today, const core::Date& deadline_last_day) {
  if (first_submitted_on)
    return *first_submitted_on <= deadline_last_day ? SubmissionStatus::kOnTime
                                                    : SubmissionStatus::kLate;
  return today <= deadline_last_day ? SubmissionStatus::kPending : SubmissionStatus::kMissing;
}

std::string_view ReportStateValue(ReportState s) {
  switch (s) {
    case ReportState::kDraft: return "draft";
    case ReportState::kSigned: return "signed";
    case ReportState::kSubmitted: return "submitted";
  }
  return "draft";
}

std::string_view ReportStateLabelZh(ReportState s) {
  switch (s) {
    case ReportState::kDraft: return "草稿";
    case ReportState::kSigned: return "已签署";
    case ReportState::kSubmitted: return "已报送";
  }
  return "草稿";
}

std::optional<ReportState> ParseReportState(std::string_view text) {
  for (auto s : {ReportState::kDraft, ReportState::kSigned, ReportState::kSubmitted})
    if (ReportStateValue(s) == text) return s;
  return std::nullopt;
}

bool CanEdit(ReportState s) { return s == ReportState::kDraft; }
bool CanSign(ReportState s) { return s == ReportState::kDraft; }
bool CanSubmit(ReportState s) { return s == ReportState::kSigned; }

}  // namespace anjian::hidden_danger_report
