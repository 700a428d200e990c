// Error catalogue of emergency/zero_report (每日零报告). Value-shape rules (required, range,
// max_length, date_invalid, kind_invalid, …) are core's (core/core_errors.hpp); region_unknown,
// region_out_of_scope and industry_invalid are the registry's; enterprise_account_required core's.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::zero_report {

inline constexpr core::Rule kZeroReportErrors[] = {
    {"zero_report_dates_order", "the last day must not be before the first day ({0})",
     "结束日期不能早于开始日期（{1}）"},
    {"zero_report_period_too_long", "a zero-report period lasts at most {0} days",
     "零报告期最长 {1} 天"},
    {"zero_report_period_past", "the last day {0} has already passed",
     "结束日期 {1} 已过，不能发布"},
    {"zero_report_deadline_time_invalid", "must be a time of day HH:MM (China time)",
     "应为北京时间 HH:MM，例如 09:00"},
    {"zero_report_declare_agency_required", "only agency accounts declare zero-report periods",
     "只有监管部门账号可以发布零报告期"},
    {"zero_report_day_outside_period", "{0} is not a day of this period ({1} to {2})",
     "{0} 不在本零报告期内（{1} 至 {2}）"},
    {"zero_report_day_not_begun", "{0} has not begun yet; report on the day",
     "{0} 尚未到来，请当天填报"},
    {"zero_report_event_text_required", "describe the event (kind event)",
     "报告异常事件时请填写事件情况"},
    {"zero_report_nothing_to_remind", "every enterprise in scope has reported on {0}",
     "{0} 范围内企业均已报告，无需催报"},
};
static_assert(core::UniqueIds(kZeroReportErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kZeroReportErrors, id);
}

}  // namespace anjian::zero_report
