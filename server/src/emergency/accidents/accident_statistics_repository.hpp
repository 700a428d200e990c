// The SQL of the accident statistics (issue 14 §4 统计): accidents by grade, GB 6441 type, the
// enterprise's industry, child region and China month, and the rows the reporting timeliness is
// computed from (accidents, their forwards and the agencies over them). Every query applies the
// caller's Scope and the filters in SQL and aggregates there; nothing is filtered in memory.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "emergency/accidents/accident_repository.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::accidents {

struct StatisticsFilter {
  std::string from, to;       // ISO instants on occurred_at: [from, to)
  std::string region_path;    // "" or a region path (rows under it)
  // Month buckets: (label "YYYY-MM", [start, end) ISO instants), in order, covering [from, to).
  std::vector<std::pair<std::string, std::pair<std::string, std::string>>> months;
  // The path the child regions are taken under ("" → each row's own region).
  std::string child_base;
};

struct StatGroup {
  std::string key, label;  // grade / type code / industry / child region path / month
  std::int64_t count = 0, deaths = 0, serious_injuries = 0, missing = 0, direct_loss_yuan = 0;
};

std::optional<std::string> RegionPathOfCode(storage::Connection& conn, const std::string& code);

StatGroup StatTotals(storage::Connection& conn, const api::Scope& scope, const StatisticsFilter& f);
std::vector<StatGroup> StatByGrade(storage::Connection& conn, const api::Scope& scope,
                                   const StatisticsFilter& f);
std::vector<StatGroup> StatByType(storage::Connection& conn, const api::Scope& scope,
                                  const StatisticsFilter& f);
std::vector<StatGroup> StatByIndustry(storage::Connection& conn, const api::Scope& scope,
                                      const StatisticsFilter& f);
// label: the region's name (regions.path = the child path).
std::vector<StatGroup> StatByRegion(storage::Connection& conn, const api::Scope& scope,
                                    const StatisticsFilter& f);
// key: the month label of f.months (every month, zeros included).
std::vector<StatGroup> StatByMonth(storage::Connection& conn, const api::Scope& scope,
                                   const StatisticsFilter& f);

// For the timeliness: the accidents in scope and period, all their forwards, and the active
// agencies over each (county, city, province), each in one query.
std::vector<AccidentRow> StatAccidents(storage::Connection& conn, const api::Scope& scope,
                                       const StatisticsFilter& f);
struct StatForward {
  std::int64_t accident_id = 0;
  AccidentForwardRow row;
};
std::vector<StatForward> StatForwards(storage::Connection& conn, const api::Scope& scope,
                                      const StatisticsFilter& f);
struct AgencyOver {
  std::int64_t accident_id = 0, agency_id = 0;
  std::string name, region_path;
};
std::vector<AgencyOver> StatAgenciesOver(storage::Connection& conn, const api::Scope& scope,
                                         const StatisticsFilter& f);

}  // namespace anjian::accidents
