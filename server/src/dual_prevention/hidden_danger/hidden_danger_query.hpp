// Every read over many hidden dangers lives here: the filtered list (page and export) and the
// regulator statistics. They filter on hidden_dangers' own copies of region_path and industry
// so the region-subtree range and the filters use the table's indexes (ix_hd_*) without joining
// enterprises first; a province-sized table is the design load.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "core/error.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hazard {

struct HiddenDangerFilter {
  std::string region_code;  // a region inside the caller's scope: its subtree
  std::string industry, level, state, source, hazard_factor;
  std::optional<bool> overdue;  // open with the effective deadline before today
  std::optional<bool> open;     // not closed or dismissed
  std::optional<bool> listed;   // under listed supervision (挂牌督办)
  std::optional<bool> closed_on_time;
  std::optional<int64_t> enterprise_id;
  std::string q;                             // keyword in title, description, location
  std::string found_from, found_to;          // found_on, inclusive
  std::string closed_from, closed_to;        // closed_on, inclusive
  std::string deadline_from, deadline_to;    // effective_deadline, inclusive
  std::string sort = "-id";  // id | found_on | deadline (effective), "-" = descending
};

// Reads the filter from query parameters; every bad value is a field error (422).
HiddenDangerFilter ParseHiddenDangerFilter(
    const std::function<std::optional<std::string>(const char*)>& query,
    std::vector<FieldError>& errors);

struct HiddenDangerPage {
  std::vector<boost::json::object> items;
  int64_t total = 0;
};

// How many hidden dangers in `scope` match `f` (the list's total).
int64_t CountHiddenDangers(storage::Connection& conn, const api::Scope& scope,
                           const HiddenDangerFilter& f, const std::string& today);

// `today` decides overdue. `with_total` false skips the count (exports, or a cached total).
HiddenDangerPage ListHiddenDangers(storage::Connection& conn, const api::Scope& scope,
                                   const HiddenDangerFilter& f, const std::string& today,
                                   int64_t limit, int64_t offset, bool with_total = true);

struct StatisticsQuery {
  std::string region_code;  // "" = the caller's own region (or the whole province for admins)
  std::string industry;
  std::string from, to;     // found_on period, inclusive; default: the last 12 months
};

// {"region": {...}, "period": {...}, "totals": {...}, "by_region": [...], "by_industry": [...],
//  "by_month": [...]}; each figure block {found, closed, closed_on_time, on_time_rate, open,
// overdue, major, major_listed_open}.
boost::json::object HiddenDangerStatistics(storage::Connection& conn, const api::Scope& scope,
                                           const StatisticsQuery& q, const std::string& today);

// The dashboard's hidden-danger widgets, over what is open now (any found date):
// {"open","overdue","major_open","listed_open", "enterprises":[{"enterprise_id","name","overdue",
// "major_open"}] (the ten with most overdue, then major; only those with either),
// "by_region":[{"region_code","name","open","overdue","major_open"}] (the caller's child regions)}.
boost::json::object HiddenDangerDashboard(storage::Connection& conn, const api::Scope& scope,
                                          const std::string& today);

// The region's path when it lies inside `scope` (404 otherwise is the caller's choice).
std::optional<std::string> RegionPathInScope(storage::Connection& conn, const api::Scope& scope,
                                             const std::string& region_code);

}  // namespace anjian::hazard
