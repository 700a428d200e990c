// Every read over many hidden dangers: the filtered list (page, total and export), the
// regulator statistics and the dashboard figures. They filter on hidden_dangers' own copies of
// region_path and industry so the region-subtree condition and the filters use the table's
// indexes (ix_hd_*) without joining enterprises first; a province-sized table is the design
// load (docs/architecture.md, "Hidden dangers at province scale"). The SQL is shaped for those
// indexes: hidden_danger_list_scope_test checks the plans.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dual_prevention/hidden_danger/hidden_danger_repository.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hidden_danger {

struct HiddenDangerFilter {
  std::string region_code;  // a region inside the caller's scope: its subtree
  std::string industry, level, state, source;
  std::string hazard_factor;  // a GB/T 13861 code: it and every code below it
  std::string accident_type;  // a GB 6441 type "01".."20"
  std::optional<bool> overdue;  // open with the effective deadline before today
  std::optional<bool> open;     // not closed or dismissed
  std::optional<bool> listed;   // under listed supervision (挂牌督办)
  std::optional<bool> closed_on_time;
  std::optional<int64_t> enterprise_id;
  std::string q;                             // keyword in title, description, location, number
  std::string found_from, found_to;          // found_on, inclusive
  std::string closed_from, closed_to;        // closed_on, inclusive
  std::string deadline_from, deadline_to;    // effective_deadline, inclusive
  std::string sort = "-id";  // id | found_on | deadline (effective), "-" = descending
};

// How many hidden dangers in `scope` match `f` (the list's total). `today` decides overdue.
int64_t CountHiddenDangers(storage::Connection& conn, const api::Scope& scope,
                           const HiddenDangerFilter& f, const std::string& today);

// The list's total for an upper regulator: a filter on summary dimensions only (region,
// industry) over a region or the country is summed exactly from hd_stats_month (V058); any
// other is counted over at most `limit` + 1 rows, and more than `limit` answers
// {limit, exact = false} ("more than 10,000"), never a wrong number presented as exact.
struct HiddenDangerCount {
  int64_t n = 0;
  bool exact = true;
};
HiddenDangerCount CountHiddenDangersBounded(storage::Connection& conn, const api::Scope& scope,
                                            const HiddenDangerFilter& f, const std::string& today,
                                            int64_t limit);

// One page of them in the filter's order.
std::vector<HiddenDangerRecord> ListHiddenDangers(storage::Connection& conn,
                                                  const api::Scope& scope,
                                                  const HiddenDangerFilter& f,
                                                  const std::string& today, int64_t limit,
                                                  int64_t offset);

// The region's path when it lies inside `scope`.
std::optional<std::string> RegionPathInScope(storage::Connection& conn, const api::Scope& scope,
                                             const std::string& region_code);
std::optional<std::string> RegionCodeOfPath(storage::Connection& conn, const std::string& path);
std::optional<std::string> RegionName(storage::Connection& conn, const std::string& code);

struct RegionRow {
  std::string code, name, path;
};
// The child regions of `code` ("" = the top level), by code.
std::vector<RegionRow> ChildRegionsOfCode(storage::Connection& conn, const std::string& code);
// The child regions of the region at `path` ("/" = the top level), by code.
std::vector<RegionRow> ChildRegionsOfPath(storage::Connection& conn, const std::string& path);
std::optional<RegionRow> RegionAtPath(storage::Connection& conn, const std::string& path);

// The figures of one group of hidden dangers; additive, so the finest grouping sums up to
// every coarser one.
struct Figures {
  int64_t found = 0, closed = 0, closed_on_time = 0, open = 0, overdue = 0, major = 0,
          major_listed_open = 0;
  void Add(const Figures& o);
};

// What the statistics count: found between from and to (inclusive), of one enterprise or of the
// subtree at `path` ("/" = everything), optionally of one industry.
struct StatisticsSelection {
  std::optional<int64_t> enterprise_id;
  std::string path;
  std::string from, to, industry, today;
};
struct FigureGroup {
  std::string child;  // the child region's path ("/a/b/"), or the region's own for its own rows
  std::string industry, found_month;
  Figures figures;
};
// The same figures from the rows alone, in one pass (ix_hd_stats covers every figure): the
// reference the summary path is tested against, and what an enterprise's selection reads.
std::vector<FigureGroup> StatisticsGroupsFromRows(storage::Connection& conn,
                                                  const StatisticsSelection& s);

struct CauseGroup {
  std::string hazard_factor, accident_type;  // as stored ("" = not classified)
  Figures figures;
};
// The same selection grouped by GB/T 13861 hazard factor and GB 6441 accident type in one pass
// (ix_hd_stats_cause covers every figure); the service rolls the codes up the tree.
std::vector<CauseGroup> StatisticsCauseGroupsFromRows(storage::Connection& conn,
                                                      const StatisticsSelection& s);

// The figures of a selection grouped by child region, industry and month (`groups`) and by
// hazard factor and accident type (`causes`). A region's or the country's selection reads the
// pre-aggregated hd_stats_month / hd_stats_cause (V058) for the period's whole months, the rows
// for its edge days, and "overdue" (which depends on today) from the open rows
// (ix_hd_open_overdue) — the period split and the overdue rows read once for both; an
// enterprise's selection reads its rows. A key may come back more than once (summary and edge
// rows): callers add the groups up.
struct StatisticsParts {
  std::vector<FigureGroup> groups;
  std::vector<CauseGroup> causes;
};
StatisticsParts StatisticsGroupsAndCauses(storage::Connection& conn, const StatisticsSelection& s);

// Rebuilds hd_stats_month and hd_stats_cause from every hidden danger (what the triggers keep
// up to date row by row). Run it inside a transaction.
void RebuildStatisticsSummary(storage::Connection& conn);
// At start-up (under the start-up lock): rebuilds the summary when hd_stats_state says it must
// (V058 on an existing database, a bulk load with triggers off); true when it did.
bool RebuildStatisticsSummaryIfNeeded(storage::Connection& conn);

// The dashboard's figures over what is open now (any found date).
struct OpenFigures {
  int64_t open = 0, overdue = 0, major_open = 0, listed_open = 0;
};
OpenFigures OpenTotals(storage::Connection& conn, const api::Scope& scope,
                       const std::string& today);
struct EnterpriseOpenFigures {
  int64_t enterprise_id = 0;
  std::string name;
  OpenFigures figures;
};
// The ten enterprises with most overdue, then major open ones (only those with either).
std::vector<EnterpriseOpenFigures> EnterprisesWithOverdueOrMajor(storage::Connection& conn,
                                                                 const api::Scope& scope,
                                                                 const std::string& today);
struct ChildOpenFigures {
  std::string child;  // as FigureGroup::child
  OpenFigures figures;
};
// The open figures of the scope (at `path`) grouped by child region.
std::vector<ChildOpenFigures> OpenByChildRegion(storage::Connection& conn,
                                                const api::Scope& scope, const std::string& path,
                                                const std::string& today);

}  // namespace anjian::hidden_danger
