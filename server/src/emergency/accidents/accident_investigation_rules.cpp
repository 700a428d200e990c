#include "emergency/accidents/accident_investigation_rules.hpp"

#include <algorithm>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "emergency/accidents/accidents_errors.hpp"

namespace anjian::accidents {

int InvestigationLevelRank(std::string_view level) {
  if (level == "county") return 1;
  if (level == "city") return 2;
  if (level == "province") return 3;
  if (level == "state_council") return 4;
  return 0;
}

bool MayRecordInvestigation(std::string_view leader, std::string_view agency_level) {
  const int agency = InvestigationLevelRank(agency_level);
  if (agency == 0 || agency > 3) return false;
  // The State Council's investigation (特别重大) is recorded by the province taking part in it.
  return agency >= std::min(InvestigationLevelRank(leader), 3);
}

bool IsFindingKind(std::string_view kind) {
  return std::find(std::begin(kFindingKinds), std::end(kFindingKinds), kind) !=
         std::end(kFindingKinds);
}

namespace {

constexpr std::int64_t kDay = 86400;

DeadlineState StateOf(std::int64_t due_at, const std::string& done_on, std::int64_t now) {
  DeadlineState s;
  s.due_at = due_at;
  if (auto d = core::ParseIsoDate(done_on)) {
    // Done during day d: late when that day starts at or after the deadline (24:00 of the last day).
    const std::int64_t start = core::ChinaDayStart(*d);
    s.late_days = start >= due_at ? (start - due_at) / kDay + 1 : 0;
    s.status = s.late_days > 0 ? "late_done" : "done";
  } else {
    s.late_days = now > due_at ? (now - due_at + kDay - 1) / kDay : 0;
    s.status = s.late_days > 0 ? "overdue" : "pending";
  }
  return s;
}

}  // namespace

InvestigationDeadlines EvaluateInvestigation(Grade grade, std::int64_t occurred_at,
                                             std::int64_t extension_days,
                                             const std::string& report_submitted_on,
                                             const std::string& approved_on,
                                             const AccidentReportingConfig& c, std::int64_t now) {
  InvestigationDeadlines out;
  std::optional<std::int64_t> submitted;
  if (auto d = core::ParseIsoDate(report_submitted_on)) submitted = core::ChinaDayStart(*d);
  out.plan = InvestigationOf(grade, occurred_at, extension_days, submitted, c);
  out.report = StateOf(out.plan.report_due_at, report_submitted_on, now);
  if (out.plan.approval_due_at)
    out.approval = StateOf(*out.plan.approval_due_at, approved_on, now);
  return out;
}

std::vector<FieldError> CheckInvestigation(const InvestigationDates& d, std::int64_t occurred_at,
                                           const AccidentReportingConfig& c, std::int64_t now) {
  std::vector<FieldError> e;
  if (d.extension_days < 0 || d.extension_days > c.investigation_extension_max_days)
    e.push_back(Err("investigation_extension_too_long")
                    .At("extension_days", c.investigation_extension_max_days,
                        c.investigation_extension_max_days));
  if (d.extension_days > 0 && d.extension_reason.empty())
    e.push_back(core::CoreErr("required").At("extension_reason"));
  const std::string accident_day = core::ChinaIsoDate(occurred_at);
  const std::string today = core::ChinaIsoDate(now);
  auto date = [&](const char* field, const std::string& v, bool required) -> bool {
    if (v.empty()) {
      if (required) e.push_back(core::CoreErr("required").At(field));
      return false;
    }
    if (!core::ParseIsoDate(v)) {
      e.push_back(core::CoreErr("date_invalid").At(field));
      return false;
    }
    if (v < accident_day) {
      e.push_back(Err("investigation_date_before_accident").At(field, accident_day, accident_day));
      return false;
    }
    if (v > today) {
      e.push_back(Err("investigation_date_future").At(field));
      return false;
    }
    return true;
  };
  date("started_on", d.started_on, true);
  const bool reported = date("report_submitted_on", d.report_submitted_on, false);
  if (date("approved_on", d.approved_on, false)) {
    if (d.report_submitted_on.empty())
      e.push_back(Err("investigation_approval_needs_report").At("approved_on"));
    else if (reported && d.approved_on < d.report_submitted_on)
      e.push_back(Err("investigation_approval_before_report").At("approved_on"));
  }
  return e;
}

}  // namespace anjian::accidents
