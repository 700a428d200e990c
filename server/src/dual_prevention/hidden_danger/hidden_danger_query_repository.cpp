#include "dual_prevention/hidden_danger/hidden_danger_query_repository.hpp"

#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"
#include "platform/storage/like.hpp"
#include "platform/storage/sql.hpp"
#include "registry/jurisdiction_rules.hpp"

#include <cstdio>

namespace anjian::hidden_danger {

using storage::Value;

// "/370000/370800/": province and city codes have six characters (registry/region_rules.hpp).
constexpr size_t kCityPathLength = 15;

std::optional<std::string> RegionPathInScope(storage::Connection& conn, const api::Scope& scope,
                                             const std::string& region_code) {
  auto rs = conn.Query("SELECT path FROM regions WHERE code = ?", {region_code});
  if (rs.empty()) return std::nullopt;
  std::string path = rs.Text(0, "path");
  switch (scope.kind) {
    case api::Scope::Kind::kAll: return path;
    case api::Scope::Kind::kRegion:
      if (path.rfind(scope.region_path, 0) == 0) return path;
      return std::nullopt;
    default: return std::nullopt;
  }
}

std::optional<std::string> RegionCodeOfPath(storage::Connection& conn, const std::string& path) {
  auto rs = conn.Query("SELECT code FROM regions WHERE path = ?", {path});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "code");
}

std::optional<std::string> RegionName(storage::Connection& conn, const std::string& code) {
  auto rs = conn.Query("SELECT name FROM regions WHERE code = ?", {code});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "name");
}

namespace {

std::vector<RegionRow> Regions(const storage::ResultSet& rs) {
  std::vector<RegionRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "code"), rs.Text(i, "name"), rs.Text(i, "path")});
  return out;
}

}  // namespace

std::vector<RegionRow> ChildRegionsOfCode(storage::Connection& conn, const std::string& code) {
  return Regions(conn.Query(
      "SELECT code, name, path FROM regions WHERE parent_code " +
          std::string(code.empty() ? "IS NULL" : "= ?") + " ORDER BY code",
      code.empty() ? std::vector<Value>{} : std::vector<Value>{code}));
}

std::vector<RegionRow> ChildRegionsOfPath(storage::Connection& conn, const std::string& path) {
  // "/" is the country root's path (V061): its children are the provinces.
  return Regions(conn.Query("SELECT c.code, c.name, c.path FROM regions c JOIN regions p ON "
                            "p.code = c.parent_code WHERE p.path = ? ORDER BY c.code",
                            {path}));
}

std::optional<RegionRow> RegionAtPath(storage::Connection& conn, const std::string& path) {
  auto self = conn.Query("SELECT code, name FROM regions WHERE path = ?", {path});
  if (self.empty()) return std::nullopt;
  return RegionRow{self.Text(0, "code"), self.Text(0, "name"), path};
}

namespace {

// Whether the region at `path` has regions below it (a county has none): a leaf's subtree is its
// own path, every enterprise of it sits exactly there.
bool HasChildRegions(storage::Connection& conn, const std::string& path) {
  return !conn
              .Query("SELECT 1 AS ok FROM regions WHERE path > ? AND path < ? LIMIT 1",
                     {path, api::PathUpperBound(path)})
              .empty();
}

// A region's subtree of hidden dangers as the condition their list indexes seek best. A city
// is the equality on the first 15 characters of the path that ix_hd_city_list and
// ix_hd_city_open_list are built on (V010; the same text, or the planners do not match it),
// which an index can follow in id order. A leaf region (a county) is the equality on the path:
// ix_hd_path (region_path, id) then yields its rows in id order, where the range made
// PostgreSQL walk the primary key over the whole table (790 ms -> 35 ms for a county keyword
// search at national scale, bench/national). Other regions keep the range (a province's subtree
// is everything).
api::SqlFilter SubtreeSql(storage::Connection& conn, const std::string& path) {
  if (registry::JurisdictionLevelOfPath(path) == 2 && path.size() == kCityPathLength)
    return {"SUBSTR(h.region_path, 1, 15) = ?", {path}};
  if (path != "/" && !HasChildRegions(conn, path)) return {"h.region_path = ?", {path}};
  return {"h.region_path >= ? AND h.region_path < ?", {path, api::PathUpperBound(path)}};
}

api::SqlFilter BuildWhere(storage::Connection& conn, const api::Scope& scope,
                          const HiddenDangerFilter& f, const std::string& today) {
  auto sf = scope.kind == api::Scope::Kind::kRegion
                ? SubtreeSql(conn, scope.region_path)
                : api::ScopeSql(scope, "h.region_path", "h.enterprise_id");
  api::SqlFilter w{" WHERE " + sf.sql, sf.params};
  auto eq = [&](const char* col, const std::string& v) {
    if (v.empty()) return;
    w.sql += std::string(" AND ") + col + " = ?";
    w.params.push_back(v);
  };
  auto range = [&](const char* col, const std::string& from, const std::string& to) {
    if (!from.empty()) {
      w.sql += std::string(" AND ") + col + " >= ?";
      w.params.push_back(from);
    }
    if (!to.empty()) {
      w.sql += std::string(" AND ") + col + " <= ?";
      w.params.push_back(to);
    }
  };
  if (!f.region_code.empty()) {
    // A region outside the scope (or unknown) selects nothing, like an out-of-scope id.
    auto sub = SubtreeSql(conn, RegionPathInScope(conn, scope, f.region_code).value_or("/none/"));
    w.sql += " AND " + sub.sql;
    w.params.insert(w.params.end(), sub.params.begin(), sub.params.end());
  }
  eq("h.industry", f.industry);
  eq("h.level", f.level);
  eq("h.state", f.state);
  eq("h.source", f.source);
  // A hazard factor selects its subtree of GB/T 13861 (codes extend their parent's code).
  if (!f.hazard_factor.empty()) {
    w.sql += " AND SUBSTR(h.hazard_factor, 1, " + std::to_string(f.hazard_factor.size()) + ") = ?";
    w.params.push_back(f.hazard_factor);
  }
  eq("h.accident_type", f.accident_type);
  if (f.enterprise_id) {
    w.sql += " AND h.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (f.overdue) {
    w.sql += *f.overdue ? " AND h.is_open = 1 AND h.effective_deadline < ?"
                        : " AND NOT (h.is_open = 1 AND h.effective_deadline IS NOT NULL AND "
                          "h.effective_deadline < ?)";
    w.params.push_back(today);
  }
  // An open state implies is_open = 1 (is_open is derived from the state); saying so lets the
  // open-only index (ix_hd_city_open_list) serve it.
  const auto state = ParseHiddenDangerState(f.state);
  const bool open_state = state && IsOpen(*state);
  if (f.open) w.sql += *f.open ? " AND h.is_open = 1" : " AND h.is_open = 0";
  else if (open_state && !(f.overdue && *f.overdue)) w.sql += " AND h.is_open = 1";
  if (f.listed)
    w.sql += *f.listed ? " AND h.under_listed_supervision = 1" : " AND h.under_listed_supervision = 0";
  if (f.closed_on_time)
    w.sql += *f.closed_on_time ? " AND h.closed_on_time = 1" : " AND h.closed_on_time = 0";
  if (!f.q.empty()) {
    std::string pat = storage::ContainsPattern(f.q);
    w.sql += " AND (" + storage::LikeContains("h.title") + " OR " +
             storage::LikeContains("h.description") + " OR " + storage::LikeContains("h.location") +
             " OR " + storage::LikeContains("h.number") + ")";
    w.params.insert(w.params.end(), {pat, pat, pat, pat});
  }
  range("h.found_on", f.found_from, f.found_to);
  range("h.closed_on", f.closed_from, f.closed_to);
  range("h.effective_deadline", f.deadline_from, f.deadline_to);
  return w;
}

}  // namespace

int64_t CountHiddenDangers(storage::Connection& conn, const api::Scope& scope,
                           const HiddenDangerFilter& f, const std::string& today) {
  auto w = BuildWhere(conn, scope, f, today);
  return conn.Query("SELECT COUNT(*) AS n FROM hidden_dangers h" + w.sql, w.params).Int(0, "n");
}

HiddenDangerCount CountHiddenDangersBounded(storage::Connection& conn, const api::Scope& scope,
                                            const HiddenDangerFilter& f, const std::string& today,
                                            int64_t limit) {
  const bool summary_dimensions_only =
      f.level.empty() && f.state.empty() && f.source.empty() && f.hazard_factor.empty() &&
      f.accident_type.empty() && !f.overdue && !f.open && !f.listed && !f.closed_on_time &&
      !f.enterprise_id && f.q.empty() && f.found_from.empty() && f.found_to.empty() &&
      f.closed_from.empty() && f.closed_to.empty() && f.deadline_from.empty() &&
      f.deadline_to.empty();
  if (summary_dimensions_only &&
      (scope.kind == api::Scope::Kind::kAll || scope.kind == api::Scope::Kind::kRegion)) {
    std::optional<std::string> node =
        !f.region_code.empty() ? RegionPathInScope(conn, scope, f.region_code)
        : scope.kind == api::Scope::Kind::kAll ? std::optional<std::string>("/")
                                               : std::optional<std::string>(scope.region_path);
    if (node && RegionCodeOfPath(conn, *node)) {
      std::vector<Value> params{*node};
      std::string sql = "SELECT COALESCE(SUM(found), 0) AS n FROM hd_stats_month WHERE node_path = ?";
      if (!f.industry.empty()) {
        sql += " AND industry = ?";
        params.push_back(f.industry);
      }
      return {conn.Query(sql, params).Int(0, "n"), true};
    }
  }
  auto w = BuildWhere(conn, scope, f, today);
  auto params = w.params;
  params.push_back(limit + 1);
  const int64_t n = conn.Query("SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM hidden_dangers h" +
                                   w.sql + " LIMIT ?) c",
                               params)
                        .Int(0, "n");
  if (n > limit) return {limit, false};
  return {n, true};
}

std::vector<HiddenDangerRecord> ListHiddenDangers(storage::Connection& conn,
                                                  const api::Scope& scope,
                                                  const HiddenDangerFilter& f,
                                                  const std::string& today, int64_t limit,
                                                  int64_t offset) {
  auto w = BuildWhere(conn, scope, f, today);
  const bool desc = !f.sort.empty() && f.sort[0] == '-';
  std::string col = desc ? f.sort.substr(1) : f.sort;
  if (col == "deadline") col = "effective_deadline";
  std::string dir = desc ? " DESC" : " ASC";
  std::string order = col == "id" ? " ORDER BY h.id" + dir
                                  : " ORDER BY h." + col + dir + ", h.id" + dir;
  auto params = w.params;
  params.push_back(limit);
  params.push_back(offset);
  // The page's ids first, from the filter columns alone (ix_hd_list covers the region range
  // and every equality filter, so no table row is read for the rows skipped or sorted); then
  // only those rows are read and joined.
  auto rs = conn.Query(std::string("SELECT ") + kHiddenDangerColumns + kHiddenDangerFrom +
                           "WHERE h.id IN (SELECT h.id FROM hidden_dangers h" + w.sql + order +
                           " LIMIT ? OFFSET ?)" + order,
                       params);
  std::vector<HiddenDangerRecord> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RecordFrom(rs, i));
  return out;
}

void Figures::Add(const Figures& o) {
  found += o.found;
  closed += o.closed;
  closed_on_time += o.closed_on_time;
  open += o.open;
  overdue += o.overdue;
  major += o.major;
  major_listed_open += o.major_listed_open;
}

namespace {

// The figure columns shared by every statistics grouping (ix_hd_stats covers them).
constexpr const char* kFigures =
    "COUNT(*) AS found, "
    "SUM(CASE WHEN h.closed_on_time IS NOT NULL THEN 1 ELSE 0 END) AS closed, "
    "SUM(CASE WHEN h.closed_on_time = 1 THEN 1 ELSE 0 END) AS closed_on_time, "
    "SUM(h.is_open) AS open_count, "
    "SUM(CASE WHEN h.is_open = 1 AND h.effective_deadline < ? THEN 1 ELSE 0 END) AS overdue, "
    "SUM(CASE WHEN h.level = 'major' THEN 1 ELSE 0 END) AS major, "
    "SUM(CASE WHEN h.is_open = 1 AND h.under_listed_supervision = 1 THEN 1 ELSE 0 END) "
    "AS major_listed_open";

// The figures of the open ones (the dashboard).
constexpr const char* kOpenFigures =
    "COUNT(*) AS open_count, "
    "SUM(CASE WHEN h.effective_deadline < ? THEN 1 ELSE 0 END) AS overdue, "
    "SUM(CASE WHEN h.level = 'major' THEN 1 ELSE 0 END) AS major_open, "
    "SUM(h.under_listed_supervision) AS listed_open";

// The child region of `path` a row belongs to: the parent's path plus the child's segment up to
// its "/" (county codes have 6 characters, functional zones more). Rows of the region itself
// (enterprises registered at city level) give the region's own path.
std::string ChildOf(storage::Connection& conn, const std::string& path) {
  return "SUBSTR(h.region_path, 1, " + std::to_string(path.size()) + " + " +
         storage::Position(conn, "SUBSTR(h.region_path, " + std::to_string(path.size() + 1) + ")",
                           "'/'") +
         ")";
}

OpenFigures OpenFrom(const storage::ResultSet& rs, size_t i, bool listed) {
  OpenFigures f;
  f.open = rs.Int(i, "open_count");
  f.overdue = rs.Int(i, "overdue");
  f.major_open = rs.Int(i, "major_open");
  if (listed) f.listed_open = rs.Int(i, "listed_open");
  return f;
}

// The scope's open hidden dangers, and its parameters after `today` (kOpenFigures's).
std::pair<std::string, std::vector<Value>> OpenWhere(const api::Scope& scope,
                                                     const std::string& today) {
  auto sf = api::ScopeSql(scope, "h.region_path", "h.enterprise_id");
  std::vector<Value> params{today};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  return {" WHERE " + sf.sql + " AND h.is_open = 1", params};
}

Figures FiguresFrom(const storage::ResultSet& rs, size_t i) {
  Figures f;
  f.found = rs.Int(i, "found");
  f.closed = rs.Int(i, "closed");
  f.closed_on_time = rs.Int(i, "closed_on_time");
  f.open = rs.Int(i, "open_count");
  f.overdue = rs.Int(i, "overdue");
  f.major = rs.Int(i, "major");
  f.major_listed_open = rs.Int(i, "major_listed_open");
  return f;
}

// The WHERE clause of a statistics selection and its parameters after kFigures's `today`.
std::pair<std::string, std::vector<Value>> SelectionWhere(const StatisticsSelection& s) {
  std::string where = " WHERE h.found_on >= ? AND h.found_on <= ?";
  std::vector<Value> base{s.today, s.from, s.to};
  if (s.enterprise_id) {
    where = " WHERE h.enterprise_id = ? AND h.found_on >= ? AND h.found_on <= ?";
    base = {s.today, *s.enterprise_id, s.from, s.to};
  } else if (s.path != "/") {
    where = " WHERE h.region_path >= ? AND h.region_path < ? AND h.found_on >= ? AND h.found_on <= ?";
    base = {s.today, s.path, api::PathUpperBound(s.path), s.from, s.to};
  }
  if (!s.industry.empty()) {
    where += " AND h.industry = ?";
    base.push_back(s.industry);
  }
  return {where, base};
}

}  // namespace

std::vector<CauseGroup> StatisticsCauseGroupsFromRows(storage::Connection& conn,
                                                      const StatisticsSelection& s) {
  auto [where, base] = SelectionWhere(s);
  auto groups = conn.Query("SELECT h.hazard_factor, h.accident_type, " + std::string(kFigures) +
                               " FROM hidden_dangers h" + where +
                               " GROUP BY h.hazard_factor, h.accident_type",
                           base);
  std::vector<CauseGroup> out;
  out.reserve(groups.size());
  for (size_t i = 0; i < groups.size(); ++i)
    out.push_back({groups.Text(i, "hazard_factor"), groups.Text(i, "accident_type"),
                   FiguresFrom(groups, i)});
  return out;
}

std::vector<FigureGroup> StatisticsGroupsFromRows(storage::Connection& conn,
                                                  const StatisticsSelection& s) {
  auto [where, base] = SelectionWhere(s);
  const std::string child = ChildOf(conn, s.path);
  // One pass over the period's rows, grouped by child region, industry and month at once (a few
  // hundred groups); the totals and the three breakdowns are sums of these groups. Four passes,
  // one per breakdown, cost four times the reading on a cache miss.
  auto groups = conn.Query("SELECT " + child + " AS child, h.industry, h.found_month, " +
                               std::string(kFigures) + " FROM hidden_dangers h" + where +
                               " GROUP BY " + child + ", h.industry, h.found_month",
                           base);
  std::vector<FigureGroup> out;
  out.reserve(groups.size());
  for (size_t i = 0; i < groups.size(); ++i) {
    FigureGroup g;
    g.child = groups.Text(i, "child");
    g.industry = groups.Text(i, "industry");
    g.found_month = groups.Text(i, "found_month");
    g.figures = FiguresFrom(groups, i);
    out.push_back(std::move(g));
  }
  return out;
}

namespace {

// "YYYY-MM" `delta` months after `month` (-1: the month before).
std::string ShiftMonth(const std::string& month, int delta) {
  const int index = std::stoi(month.substr(0, 4)) * 12 + std::stoi(month.substr(5, 2)) - 1 + delta;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04d-%02d", index / 12, index % 12 + 1);
  return buf;
}
std::string NextMonth(const std::string& month) { return ShiftMonth(month, 1); }
std::string PrevMonth(const std::string& month) { return ShiftMonth(month, -1); }

// Whether any hidden danger (of any scope) was found in [from, to) — or in (from, to) when
// `after` (found after the day `from`).
bool AnyFoundBetween(storage::Connection& conn, const std::string& from, const std::string& to,
                     bool after = false) {
  if (from >= to) return false;
  return !conn.Query(std::string("SELECT 1 AS ok FROM hidden_dangers WHERE found_on ") +
                         (after ? ">" : ">=") + " ? AND found_on < ? LIMIT 1",
                     {from, to})
              .empty();
}

// How a region's selection is read: the months [first, last] from the summary, the rows of
// `edges` (date ranges, inclusive) from hidden_dangers. A month counts as whole when no hidden
// danger of any scope was found in it outside the period (one probe of ix_hd_stats_period at
// each end), so the default period (12 months up to today) is whole while nothing is dated
// after today. Empty `first`: the rows alone.
struct PeriodSplit {
  std::string first, last;
  std::vector<std::pair<std::string, std::string>> edges;
};

PeriodSplit SplitPeriod(storage::Connection& conn, const StatisticsSelection& s) {
  PeriodSplit out;
  const bool rows_only = s.enterprise_id || s.from.size() != 10 || s.to.size() != 10 ||
                         s.from > s.to ||
                         !RegionCodeOfPath(conn, s.path);
  if (rows_only) {
    out.edges.push_back({s.from, s.to});
    return out;
  }
  const std::string from_month = s.from.substr(0, 7), to_month = s.to.substr(0, 7);
  std::string first = from_month, last = to_month;
  if (AnyFoundBetween(conn, from_month + "-01", s.from)) first = NextMonth(from_month);
  if (AnyFoundBetween(conn, s.to, NextMonth(to_month) + "-01", true)) last = PrevMonth(to_month);
  if (first > last) {
    out.edges.push_back({s.from, s.to});
    return out;
  }
  out.first = first;
  out.last = last;
  // Every date of a month is <= "YYYY-MM-31" as text.
  if (first != from_month) out.edges.push_back({s.from, PrevMonth(first) + "-31"});
  if (last != to_month) out.edges.push_back({NextMonth(last) + "-01", s.to});
  return out;
}

StatisticsSelection WithPeriod(const StatisticsSelection& s, const std::string& from,
                               const std::string& to) {
  StatisticsSelection e = s;
  e.from = from;
  e.to = to;
  return e;
}

// The figure columns of the summary tables, named as kFigures's.
constexpr const char* kSummaryFigures =
    "t.found, t.closed, t.closed_on_time, t.open_count, 0 AS overdue, t.major, "
    "t.major_listed_open";

// The overdue hidden dangers found in the whole months [first, last] of the selection, grouped
// by child region, industry, month, hazard factor and accident type (ix_hd_open_overdue).
storage::ResultSet OverdueGroups(storage::Connection& conn, const StatisticsSelection& s,
                                 const PeriodSplit& p) {
  std::string where =
      " WHERE h.is_open = 1 AND h.effective_deadline < ? AND h.found_on >= ? AND h.found_on <= ?";
  std::vector<Value> params{s.today, p.first + "-01", p.last + "-31"};
  if (s.path != "/") {
    where += " AND h.region_path >= ? AND h.region_path < ?";
    params.push_back(s.path);
    params.push_back(api::PathUpperBound(s.path));
  }
  if (!s.industry.empty()) {
    where += " AND h.industry = ?";
    params.push_back(s.industry);
  }
  const std::string child = ChildOf(conn, s.path);
  return conn.Query("SELECT " + child + " AS child, h.industry, h.found_month, h.hazard_factor, "
                        "h.accident_type, COUNT(*) AS overdue FROM hidden_dangers h" + where +
                        " GROUP BY " + child +
                        ", h.industry, h.found_month, h.hazard_factor, h.accident_type",
                    params);
}

std::pair<std::string, std::vector<Value>> SummaryWhere(const StatisticsSelection& s,
                                                        const PeriodSplit& p) {
  std::string where = " WHERE t.node_path = ? AND t.found_month >= ? AND t.found_month <= ?";
  std::vector<Value> params{s.path, p.first, p.last};
  if (!s.industry.empty()) {
    where += " AND t.industry = ?";
    params.push_back(s.industry);
  }
  return {where, params};
}

}  // namespace

StatisticsParts StatisticsGroupsAndCauses(storage::Connection& conn, const StatisticsSelection& s) {
  const PeriodSplit p = SplitPeriod(conn, s);
  StatisticsParts out;
  for (const auto& [from, to] : p.edges) {
    const StatisticsSelection edge = WithPeriod(s, from, to);
    auto groups = StatisticsGroupsFromRows(conn, edge);
    auto causes = StatisticsCauseGroupsFromRows(conn, edge);
    out.groups.insert(out.groups.end(), groups.begin(), groups.end());
    out.causes.insert(out.causes.end(), causes.begin(), causes.end());
  }
  if (p.first.empty()) return out;
  auto [where, params] = SummaryWhere(s, p);
  auto rs = conn.Query(std::string("SELECT t.child_path AS child, t.industry, t.found_month, ") +
                           kSummaryFigures + " FROM hd_stats_month t" + where,
                       params);
  for (size_t i = 0; i < rs.size(); ++i)
    out.groups.push_back({rs.Text(i, "child"), rs.Text(i, "industry"), rs.Text(i, "found_month"),
                          FiguresFrom(rs, i)});
  auto cs = conn.Query(std::string("SELECT t.hazard_factor, t.accident_type, ") + kSummaryFigures +
                           " FROM hd_stats_cause t" + where,
                       params);
  for (size_t i = 0; i < cs.size(); ++i)
    out.causes.push_back({cs.Text(i, "hazard_factor"), cs.Text(i, "accident_type"), FiguresFrom(cs, i)});
  auto od = OverdueGroups(conn, s, p);
  for (size_t i = 0; i < od.size(); ++i) {
    Figures f;
    f.overdue = od.Int(i, "overdue");
    out.groups.push_back({od.Text(i, "child"), od.Text(i, "industry"), od.Text(i, "found_month"), f});
    out.causes.push_back({od.Text(i, "hazard_factor"), od.Text(i, "accident_type"), f});
  }
  return out;
}

void RebuildStatisticsSummary(storage::Connection& conn) {
  conn.Exec("DELETE FROM hd_stats_month");
  conn.Exec("DELETE FROM hd_stats_cause");
  // The region nodes above each distinct path first (a few thousand paths against a few
  // thousand regions), then the rows grouped per path joined to them.
  const std::string child =
      "SUBSTR(p.region_path, 1, LENGTH(a.path) + " +
      storage::Position(conn, "SUBSTR(p.region_path, LENGTH(a.path) + 1)", "'/'") + ")";
  const std::string anc =
      "(SELECT p.region_path, a.path, " + child +
      " AS child_path FROM (SELECT DISTINCT region_path FROM hidden_dangers) p "
      "JOIN (SELECT path FROM regions UNION SELECT '/') a ON a.path <= p.region_path AND "
      "SUBSTR(p.region_path, 1, LENGTH(a.path)) = a.path) n";
  const std::string figures =
      "COUNT(*) AS found, "
      "SUM(CASE WHEN closed_on_time IS NOT NULL THEN 1 ELSE 0 END) AS closed, "
      "SUM(CASE WHEN closed_on_time = 1 THEN 1 ELSE 0 END) AS closed_on_time, "
      "SUM(is_open) AS open_count, "
      "SUM(CASE WHEN level = 'major' THEN 1 ELSE 0 END) AS major, "
      "SUM(CASE WHEN is_open = 1 AND under_listed_supervision = 1 THEN 1 ELSE 0 END) "
      "AS major_listed_open";
  const std::string sums =
      "SUM(g.found), SUM(g.closed), SUM(g.closed_on_time), SUM(g.open_count), SUM(g.major), "
      "SUM(g.major_listed_open)";
  const std::string cols = "found, closed, closed_on_time, open_count, major, major_listed_open";
  conn.Exec("INSERT INTO hd_stats_month (node_path, child_path, industry, found_month, " + cols +
            ") SELECT n.path, n.child_path, g.industry, g.found_month, " + sums +
            " FROM (SELECT region_path, industry, found_month, " + figures +
            " FROM hidden_dangers GROUP BY region_path, industry, found_month) g JOIN " + anc +
            " ON n.region_path = g.region_path "
            "GROUP BY n.path, n.child_path, g.industry, g.found_month");
  conn.Exec("INSERT INTO hd_stats_cause (node_path, industry, found_month, hazard_factor, "
            "accident_type, " + cols + ") SELECT n.path, g.industry, g.found_month, "
            "g.hazard_factor, g.accident_type, " + sums +
            " FROM (SELECT region_path, industry, found_month, hazard_factor, accident_type, " +
            figures +
            " FROM hidden_dangers GROUP BY region_path, industry, found_month, hazard_factor, "
            "accident_type) g JOIN " + anc +
            " ON n.region_path = g.region_path "
            "GROUP BY n.path, g.industry, g.found_month, g.hazard_factor, g.accident_type");
  conn.Exec("UPDATE hd_stats_state SET needs_rebuild = 0 WHERE id = 1");
}

bool RebuildStatisticsSummaryIfNeeded(storage::Connection& conn) {
  storage::Transaction tx(conn);
  auto rs = conn.Query("SELECT needs_rebuild FROM hd_stats_state WHERE id = 1");
  if (rs.empty() || rs.Int(0, "needs_rebuild") == 0) return false;
  RebuildStatisticsSummary(conn);
  tx.Commit();
  return true;
}

OpenFigures OpenTotals(storage::Connection& conn, const api::Scope& scope,
                       const std::string& today) {
  auto [where, params] = OpenWhere(scope, today);
  auto totals = conn.Query(std::string("SELECT ") + kOpenFigures + " FROM hidden_dangers h" + where,
                           params);
  return OpenFrom(totals, 0, true);
}

std::vector<EnterpriseOpenFigures> EnterprisesWithOverdueOrMajor(storage::Connection& conn,
                                                                 const api::Scope& scope,
                                                                 const std::string& today) {
  auto [where, params] = OpenWhere(scope, today);
  params.push_back(today);
  auto ents = conn.Query(
      std::string("SELECT h.enterprise_id, e.name, ") + kOpenFigures +
          " FROM hidden_dangers h JOIN enterprises e ON e.id = h.enterprise_id" + where +
          " GROUP BY h.enterprise_id, e.name "
          "HAVING SUM(CASE WHEN h.effective_deadline < ? THEN 1 ELSE 0 END) > 0 "
          "OR SUM(CASE WHEN h.level = 'major' THEN 1 ELSE 0 END) > 0 "
          "ORDER BY overdue DESC, major_open DESC, h.enterprise_id LIMIT 10",
      params);
  std::vector<EnterpriseOpenFigures> out;
  out.reserve(ents.size());
  for (size_t i = 0; i < ents.size(); ++i)
    out.push_back({ents.Int(i, "enterprise_id"), ents.Text(i, "name"), OpenFrom(ents, i, false)});
  return out;
}

std::vector<ChildOpenFigures> OpenByChildRegion(storage::Connection& conn,
                                                const api::Scope& scope, const std::string& path,
                                                const std::string& today) {
  auto [where, params] = OpenWhere(scope, today);
  const std::string child = ChildOf(conn, path);
  auto groups = conn.Query("SELECT " + child + " AS child, " + kOpenFigures +
                               " FROM hidden_dangers h" + where + " GROUP BY " + child,
                           params);
  std::vector<ChildOpenFigures> out;
  out.reserve(groups.size());
  for (size_t i = 0; i < groups.size(); ++i)
    out.push_back({groups.Text(i, "child"), OpenFrom(groups, i, false)});
  return out;
}

}  // namespace anjian::hidden_danger
