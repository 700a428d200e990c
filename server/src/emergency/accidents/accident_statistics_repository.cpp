#include "emergency/accidents/accident_statistics_repository.hpp"

#include "platform/storage/sql.hpp"

namespace anjian::accidents {

using storage::Value;

namespace {

constexpr const char* kFigures =
    "COUNT(*) AS n, COALESCE(SUM(a.deaths), 0) AS deaths, "
    "COALESCE(SUM(a.serious_injuries), 0) AS injuries, COALESCE(SUM(a.missing), 0) AS missing, "
    "COALESCE(SUM(a.direct_loss_yuan), 0) AS loss";

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where WhereOf(const api::Scope& scope, const StatisticsFilter& f) {
  auto sf = api::ScopeSql(scope, "a.region_path", "a.enterprise_id");
  Where w{" WHERE " + sf.sql + " AND a.occurred_at >= ? AND a.occurred_at < ?", sf.params};
  w.params.push_back(f.from);
  w.params.push_back(f.to);
  if (!f.region_path.empty()) {
    w.sql += " AND a.region_path >= ? AND a.region_path < ?";
    w.params.push_back(f.region_path);
    w.params.push_back(api::PathUpperBound(f.region_path));
  }
  return w;
}

StatGroup GroupAt(const storage::ResultSet& rs, size_t i, const char* key) {
  StatGroup g;
  if (key) g.key = rs.Text(i, key);
  g.count = rs.Int(i, "n");
  g.deaths = rs.Int(i, "deaths");
  g.serious_injuries = rs.Int(i, "injuries");
  g.missing = rs.Int(i, "missing");
  g.direct_loss_yuan = rs.Int(i, "loss");
  return g;
}

std::vector<StatGroup> Grouped(storage::Connection& conn, const api::Scope& scope,
                               const StatisticsFilter& f, const std::string& expr,
                               const std::string& join = "") {
  auto w = WhereOf(scope, f);
  auto rs = conn.Query("SELECT k, COUNT(*) AS n, COALESCE(SUM(deaths), 0) AS deaths, "
                       "COALESCE(SUM(serious_injuries), 0) AS injuries, "
                       "COALESCE(SUM(missing), 0) AS missing, "
                       "COALESCE(SUM(direct_loss_yuan), 0) AS loss FROM (SELECT " +
                           expr +
                           " AS k, a.deaths, a.serious_injuries, a.missing, a.direct_loss_yuan "
                           "FROM accidents a" +
                           join + w.sql + ") t GROUP BY k ORDER BY k",
                       w.params);
  std::vector<StatGroup> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(GroupAt(rs, i, "k"));
  return out;
}

}  // namespace

std::optional<std::string> RegionPathOfCode(storage::Connection& conn, const std::string& code) {
  auto rs = conn.Query("SELECT path FROM regions WHERE code = ?", {code});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "path");
}

StatGroup StatTotals(storage::Connection& conn, const api::Scope& scope, const StatisticsFilter& f) {
  auto w = WhereOf(scope, f);
  auto rs = conn.Query(std::string("SELECT ") + kFigures + " FROM accidents a" + w.sql, w.params);
  return GroupAt(rs, 0, nullptr);
}

std::vector<StatGroup> StatByGrade(storage::Connection& conn, const api::Scope& scope,
                                   const StatisticsFilter& f) {
  return Grouped(conn, scope, f, "a.grade");
}

std::vector<StatGroup> StatByType(storage::Connection& conn, const api::Scope& scope,
                                  const StatisticsFilter& f) {
  return Grouped(conn, scope, f, "a.accident_type");
}

std::vector<StatGroup> StatByIndustry(storage::Connection& conn, const api::Scope& scope,
                                      const StatisticsFilter& f) {
  return Grouped(conn, scope, f, "e.industry", " JOIN enterprises e ON e.id = a.enterprise_id");
}

std::vector<StatGroup> StatByRegion(storage::Connection& conn, const api::Scope& scope,
                                    const StatisticsFilter& f) {
  std::string expr = "a.region_path";
  if (!f.child_base.empty()) {
    const std::string len = std::to_string(f.child_base.size());
    expr = "SUBSTR(a.region_path, 1, " + len + " + " +
           storage::Position(conn,
                             "SUBSTR(a.region_path, " + std::to_string(f.child_base.size() + 1) + ")",
                             "'/'") +
           ")";
  }
  auto groups = Grouped(conn, scope, f, expr);
  if (groups.empty()) return groups;
  // The names of the child regions, by their paths (one query).
  std::string sql = "SELECT path, name FROM regions WHERE path IN (" +
                    storage::Placeholders(groups.size()) + ")";
  std::vector<Value> params;
  for (const auto& g : groups) params.emplace_back(g.key);
  auto rs = conn.Query(sql, params);
  for (auto& g : groups)
    for (size_t i = 0; i < rs.size(); ++i)
      if (rs.Text(i, "path") == g.key) g.label = rs.Text(i, "name");
  return groups;
}

std::vector<StatGroup> StatByMonth(storage::Connection& conn, const api::Scope& scope,
                                   const StatisticsFilter& f) {
  std::vector<StatGroup> out;
  if (f.months.empty()) return out;
  // The China month of each row by the month boundaries (UTC instants), one CASE: no date
  // function, the same SQL on both databases.
  std::string expr = "CASE";
  std::vector<Value> params;
  for (size_t i = 0; i < f.months.size(); ++i) {
    expr += " WHEN a.occurred_at < ? THEN " + std::to_string(i);
    params.emplace_back(f.months[i].second.second);
  }
  expr += " ELSE -1 END";
  auto w = WhereOf(scope, f);
  params.insert(params.end(), w.params.begin(), w.params.end());
  auto rs = conn.Query("SELECT k, COUNT(*) AS n, COALESCE(SUM(deaths), 0) AS deaths, "
                       "COALESCE(SUM(serious_injuries), 0) AS injuries, "
                       "COALESCE(SUM(missing), 0) AS missing, "
                       "COALESCE(SUM(direct_loss_yuan), 0) AS loss FROM (SELECT " +
                           expr +
                           " AS k, a.deaths, a.serious_injuries, a.missing, a.direct_loss_yuan "
                           "FROM accidents a" +
                           w.sql + ") t GROUP BY k ORDER BY k",
                       params);
  for (const auto& m : f.months) out.push_back(StatGroup{m.first, m.first});
  for (size_t i = 0; i < rs.size(); ++i) {
    const std::int64_t k = rs.Int(i, "k");
    if (k < 0 || k >= static_cast<std::int64_t>(out.size())) continue;
    StatGroup g = GroupAt(rs, i, nullptr);
    g.key = g.label = f.months[static_cast<size_t>(k)].first;
    out[static_cast<size_t>(k)] = g;
  }
  return out;
}

std::vector<AccidentRow> StatAccidents(storage::Connection& conn, const api::Scope& scope,
                                       const StatisticsFilter& f) {
  AccidentFilter af;
  af.from = f.from;
  af.to = f.to;
  af.region_path = f.region_path;
  return ListAccidentRows(conn, scope, af, 100000, 0);
}

std::vector<StatForward> StatForwards(storage::Connection& conn, const api::Scope& scope,
                                      const StatisticsFilter& f) {
  auto w = WhereOf(scope, f);
  auto rs = conn.Query(
      "SELECT fw.accident_id, fw.level, fw.agency_id, fw.by_user_id, fw.note, fw.at, "
      "g.name AS agency_name FROM accident_forwards fw JOIN accidents a ON a.id = fw.accident_id "
      "JOIN agencies g ON g.id = fw.agency_id" +
          w.sql + " ORDER BY fw.id",
      w.params);
  std::vector<StatForward> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    StatForward s;
    s.accident_id = rs.Int(i, "accident_id");
    s.row.level = rs.Text(i, "level");
    s.row.agency_id = rs.Int(i, "agency_id");
    s.row.by_user_id = rs.Int(i, "by_user_id");
    s.row.note = rs.Text(i, "note");
    s.row.at = rs.Text(i, "at");
    s.row.agency_name = rs.Text(i, "agency_name");
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<AgencyOver> StatAgenciesOver(storage::Connection& conn, const api::Scope& scope,
                                         const StatisticsFilter& f) {
  auto w = WhereOf(scope, f);
  auto rs = conn.Query(
      "SELECT a.id AS accident_id, g.id AS agency_id, g.name, g.region_path FROM accidents a "
      "JOIN agencies g ON g.status = 'active' AND "
      "SUBSTR(a.region_path, 1, LENGTH(g.region_path)) = g.region_path" +
          w.sql + " ORDER BY a.id, g.id",
      w.params);
  std::vector<AgencyOver> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "accident_id"), rs.Int(i, "agency_id"), rs.Text(i, "name"),
                   rs.Text(i, "region_path")});
  return out;
}

}  // namespace anjian::accidents
