// The API JSON of hidden dangers: one record (lists, exports, audit entries, enforcement
// findings), the detail page, the statistics and the dashboard widgets. Handlers of this area,
// of enforcement and of the dashboard render through here, so one record has one shape.
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"

namespace anjian::hidden_danger {

// One record without children; `today` decides "overdue" and "days_overdue".
boost::json::object HiddenDangerJson(const HiddenDangerRecord& r, const std::string& today);
// The record with "transitions", "photos", "available_actions", "owner_candidates" and, for an
// open one with a deadline, "escalation_stage".
boost::json::object HiddenDangerDetailJson(const HiddenDangerDetail& d, const std::string& today);
// {"region", "period", "totals", "by_region", "by_industry", "by_month"}; each figure block
// {found, closed, closed_on_time, on_time_rate, open, overdue, major, major_listed_open}.
boost::json::object StatisticsJson(const HiddenDangerStatistics& s);
// {"open","overdue","major_open","listed_open","enterprises":[...],"by_region":[...]}.
boost::json::object DashboardJson(const HiddenDangerDashboard& d);
// The value lists the UI needs for its filters and forms, with both labels.
boost::json::object ReferenceJson();

}  // namespace anjian::hidden_danger
