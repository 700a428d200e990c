// Issue 16 (scale): the hidden-danger statistics of a region or the country read the figures
// pre-aggregated by V058's triggers (hd_stats_month, hd_stats_cause) for whole months, the rows
// for a period's edge days and "overdue" from the open rows. Every answer must be IDENTICAL to
// the rows' (StatisticsGroupsFromRows, the queries kept as the reference) for every period,
// region and industry, after inserts, state changes, region moves, re-dating and deletes; and
// the rebuild from the rows must give exactly what the triggers maintained. SQLite and PostgreSQL.
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_query_repository.hpp"
#include "platform/storage/db.hpp"

namespace anjian::test {
namespace {

using storage::Value;
using hidden_danger::CauseGroup;
using hidden_danger::FigureGroup;
using hidden_danger::Figures;
using hidden_danger::StatisticsSelection;

using FigureTuple = std::tuple<int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t>;
FigureTuple Tuple(const Figures& f) {
  return {f.found, f.closed, f.closed_on_time, f.open, f.overdue, f.major, f.major_listed_open};
}

// Groups added up by key (the summary path may return a key more than once).
std::map<std::string, FigureTuple> ByKey(const std::vector<FigureGroup>& groups) {
  std::map<std::string, Figures> sums;
  for (const auto& g : groups) sums[g.child + "|" + g.industry + "|" + g.found_month].Add(g.figures);
  std::map<std::string, FigureTuple> out;
  for (const auto& [k, f] : sums) out[k] = Tuple(f);
  return out;
}
std::map<std::string, FigureTuple> ByKey(const std::vector<CauseGroup>& groups) {
  std::map<std::string, Figures> sums;
  for (const auto& g : groups) sums[g.hazard_factor + "|" + g.accident_type].Add(g.figures);
  std::map<std::string, FigureTuple> out;
  for (const auto& [k, f] : sums) out[k] = Tuple(f);
  return out;
}

std::string DayOffset(const std::string& today, int days) {
  auto d = core::ParseIsoDate(today).value();
  return core::FormatIsoDate(core::AddDays(d, days));
}

class HiddenDangerSummaryTest : public ApiTest {
 protected:
  // The summary tables as text rows, for comparing the triggers' work with a rebuild.
  std::vector<std::string> Snapshot(storage::Connection& conn) {
    std::vector<std::string> out;
    for (const char* sql :
         {"SELECT node_path || '|' || child_path || '|' || industry || '|' || found_month || '|' "
          "|| found || '|' || closed || '|' || closed_on_time || '|' || open_count || '|' || "
          "major || '|' || major_listed_open AS r FROM hd_stats_month ORDER BY 1",
          "SELECT node_path || '|' || industry || '|' || found_month || '|' || hazard_factor || "
          "'|' || accident_type || '|' || found || '|' || closed || '|' || closed_on_time || '|' "
          "|| open_count || '|' || major || '|' || major_listed_open AS r FROM hd_stats_cause "
          "ORDER BY 1"}) {
      auto rs = conn.Query(sql);
      for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Text(i, "r"));
      out.push_back("--");
    }
    return out;
  }

  void ExpectSameAnswers(storage::Connection& conn, const std::string& today,
                         const std::string& stage) {
    std::vector<std::string> paths = {"/"};
    auto rs = conn.Query("SELECT path FROM regions WHERE path LIKE '/370000/%' ORDER BY path");
    for (size_t i = 0; i < rs.size() && i < 12; ++i) paths.push_back(rs.Text(i, "path"));
    paths.push_back("/370000/370800/370811/");
    paths.push_back("/370000/");
    const std::string month0 = today.substr(0, 7);
    auto first_of = [](const std::string& d) { return d.substr(0, 8) + "01"; };
    // The default period (12 months to today), whole months, partial months at either end,
    // a single day, a period in the future, two years, and an empty one (from > to).
    std::vector<std::pair<std::string, std::string>> periods = {
        {first_of(DayOffset(today, -335)), today},
        {first_of(DayOffset(today, -200)), DayOffset(first_of(DayOffset(today, -40)), -1)},
        {DayOffset(today, -250), DayOffset(today, -20)},
        {DayOffset(today, -17), DayOffset(today, -17)},
        {DayOffset(today, -730), DayOffset(today, 30)},
        {first_of(today), DayOffset(today, 60)},
        {DayOffset(today, 5), DayOffset(today, -5)},
    };
    int compared = 0;
    for (const auto& path : paths)
      for (const std::string industry : {"", "hazardous_chemicals", "general"})
        for (const auto& [from, to] : periods) {
          StatisticsSelection s;
          s.path = path;
          s.from = from;
          s.to = to;
          s.industry = industry;
          s.today = today;
          const std::string what = stage + " " + path + " " + industry + " " + from + ".." + to;
          const auto parts = hidden_danger::StatisticsGroupsAndCauses(conn, s);
          EXPECT_EQ(ByKey(parts.groups), ByKey(hidden_danger::StatisticsGroupsFromRows(conn, s)))
              << what;
          EXPECT_EQ(ByKey(parts.causes),
                    ByKey(hidden_danger::StatisticsCauseGroupsFromRows(conn, s)))
              << what;
          ++compared;
        }
    EXPECT_GT(compared, 100);
    // The triggers' tables equal a rebuild from the rows.
    auto before = Snapshot(conn);
    {
      storage::Transaction tx(conn);
      hidden_danger::RebuildStatisticsSummary(conn);
      EXPECT_EQ(Snapshot(conn), before) << stage;
      tx.Commit();
    }
  }
};

TEST_P(HiddenDangerSummaryTest, SummaryAnswersEqualTheRowsThroughEveryChange) {
  auto conn = app().Db();
  const std::string today = core::ChinaIsoDate(app().clock.Now());
  const std::string now = core::IsoFromUnix(app().clock.Now());
  // The start-up rebuilt (or kept) the summary of the demo's hidden dangers.
  EXPECT_EQ(conn->Query("SELECT needs_rebuild FROM hd_stats_state").Int(0, "needs_rebuild"), 0);
  auto ents = conn->Query("SELECT id, region_path, industry FROM enterprises ORDER BY id");
  ASSERT_GT(ents.size(), 3u);
  std::vector<std::string> paths;
  auto regs = conn->Query("SELECT path FROM regions WHERE path LIKE '/370000/370800/%' ORDER BY path");
  for (size_t i = 0; i < regs.size(); ++i) paths.push_back(regs.Text(i, "path"));
  paths.push_back("/370000/370800/");  // rows of the city itself
  ASSERT_GT(paths.size(), 3u);
  const char* states[] = {"reported", "rectification_assigned", "rectified"};
  const char* factors[] = {"", "1", "21", "2103", "210303", "4505"};
  const char* types[] = {"", "01", "14", "20"};
  std::mt19937 rng(16);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  std::vector<int64_t> ids;
  for (int i = 0; i < 300; ++i) {
    const size_t e = pick(ents.size());
    const std::string found = DayOffset(today, -static_cast<int>(pick(760)) + 20);
    const bool open = pick(3) != 0;
    const std::string deadline = DayOffset(found, static_cast<int>(pick(90)));
    Value closed_on_time = open ? Value(nullptr) : Value(static_cast<int64_t>(pick(2)));
    ids.push_back(
        conn->Query(
                "INSERT INTO hidden_dangers (enterprise_id, region_path, industry, source, title, "
                "found_on, found_month, reported_at, state, level, is_open, deadline, "
                "effective_deadline, closed_on_time, under_listed_supervision, hazard_factor, "
                "accident_type, created_at, updated_at, number) VALUES (?, ?, ?, 'ad_hoc', "
                "'汇总测试', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {ents.Int(e, "id"), pick(4) == 0 ? paths[pick(paths.size())] : ents.Text(e, "region_path"),
                 pick(3) == 0 ? std::string("hazardous_chemicals") : ents.Text(e, "industry"), found,
                 found.substr(0, 7), now, std::string(open ? states[pick(3)] : "closed"),
                 std::string(pick(5) == 0 ? "major" : "ordinary"), static_cast<int64_t>(open ? 1 : 0),
                 deadline, deadline, closed_on_time, static_cast<int64_t>(pick(2)),
                 std::string(factors[pick(6)]), std::string(types[pick(4)]), now, now,
                 "YH-SUM-" + std::to_string(i)})
            .Int(0, "id"));
  }
  ExpectSameAnswers(*conn, today, "inserted");

  // State changes (closing on time and late, reopening), level and listing, re-dating, region
  // and industry moves, cause reclassification; then deletes.
  for (size_t k = 0; k < ids.size(); k += 2) {
    const Value id = ids[k];
    switch (pick(6)) {
      case 0:
        conn->Exec("UPDATE hidden_dangers SET is_open = 0, state = 'closed', closed_on_time = ?, "
                   "closed_on = ? WHERE id = ?",
                   {static_cast<int64_t>(pick(2)), today, id});
        break;
      case 1:
        conn->Exec("UPDATE hidden_dangers SET is_open = 1, state = 'rectification_assigned', "
                   "closed_on_time = NULL, closed_on = NULL WHERE id = ?",
                   {id});
        break;
      case 2:
        conn->Exec("UPDATE hidden_dangers SET level = 'major', under_listed_supervision = 1 "
                   "WHERE id = ?",
                   {id});
        break;
      case 3: {
        const std::string found = DayOffset(today, -static_cast<int>(pick(500)));
        conn->Exec("UPDATE hidden_dangers SET found_on = ?, found_month = ? WHERE id = ?",
                   {found, found.substr(0, 7), id});
        break;
      }
      case 4:
        conn->Exec("UPDATE hidden_dangers SET region_path = ?, industry = 'general' WHERE id = ?",
                   {paths[pick(paths.size())], id});
        break;
      default:
        conn->Exec("UPDATE hidden_dangers SET hazard_factor = ?, accident_type = ?, "
                   "effective_deadline = ? WHERE id = ?",
                   {std::string(factors[pick(6)]), std::string(types[pick(4)]),
                    DayOffset(today, -3), id});
    }
  }
  // An update of columns the figures do not count leaves the summary alone.
  conn->Exec("UPDATE hidden_dangers SET title = '汇总测试（改）' WHERE number LIKE 'YH-SUM-%'");
  ExpectSameAnswers(*conn, today, "updated");
  for (size_t k = 1; k < ids.size(); k += 5)
    conn->Exec("DELETE FROM hidden_dangers WHERE id = ?", {ids[k]});
  ExpectSameAnswers(*conn, today, "deleted");

  // A bulk load with the triggers off asks for a rebuild: the next start-up makes it.
  conn->Exec("DELETE FROM hd_stats_month");
  conn->Exec("UPDATE hd_stats_state SET needs_rebuild = 1");
  EXPECT_TRUE(hidden_danger::RebuildStatisticsSummaryIfNeeded(*conn));
  EXPECT_FALSE(hidden_danger::RebuildStatisticsSummaryIfNeeded(*conn));
  ExpectSameAnswers(*conn, today, "rebuilt");

  // Through the API: the ministry-less demo's province statistics use the summary and answer
  // the same totals as the rows.
  auto r = app().As("shandong", "GET", "/api/v1/hidden-dangers/statistics");
  ASSERT_EQ(r.status, 200) << r.body;
  StatisticsSelection s;
  s.path = "/370000/";
  s.from = std::string(r.obj().at("period").at("from").as_string());
  s.to = std::string(r.obj().at("period").at("to").as_string());
  s.today = today;
  Figures total;
  for (const auto& g : hidden_danger::StatisticsGroupsFromRows(*conn, s)) total.Add(g.figures);
  EXPECT_EQ(r.obj().at("totals").at("found").as_int64(), total.found) << r.body;
  EXPECT_EQ(r.obj().at("totals").at("overdue").as_int64(), total.overdue) << r.body;

  // The ministry (the country root, path "/"): the same totals, split by the provinces.
  auto m = app().As("miit", "GET", "/api/v1/hidden-dangers/statistics");
  ASSERT_EQ(m.status, 200) << m.body;
  s.path = "/";
  Figures country;
  for (const auto& g : hidden_danger::StatisticsGroupsFromRows(*conn, s)) country.Add(g.figures);
  EXPECT_EQ(m.obj().at("totals").at("found").as_int64(), country.found) << m.body;
  const auto& regions = m.obj().at("by_region").as_array();
  ASSERT_EQ(regions.size(), 34u) << m.body;  // 34 province-level regions, no root row
  int64_t shandong = -1, sum = 0;
  for (const auto& v : regions) {
    EXPECT_NE(v.at("region_code").as_string(), "000000");
    const int64_t found = v.at("figures").at("found").as_int64();
    sum += found;
    if (v.at("region_code").as_string() == "370000") shandong = found;
  }
  EXPECT_EQ(shandong, total.found) << m.body;
  EXPECT_EQ(sum, country.found) << m.body;
}

TEST_P(HiddenDangerSummaryTest, ListTotalsAreExactFromTheSummaryOrBoundedAndSaySo) {
  auto conn = app().Db();
  const std::string today = core::ChinaIsoDate(app().clock.Now());
  api::Scope province;
  province.kind = api::Scope::Kind::kRegion;
  province.region_path = "/370000/";
  auto exact = [&](const hidden_danger::HiddenDangerFilter& f) {
    return hidden_danger::CountHiddenDangers(*conn, province, f, today);
  };
  // Region and industry only: summed from hd_stats_month, equal to the count of the rows.
  for (const std::string industry : {"", "hazardous_chemicals", "general"})
    for (const std::string region : {"", "370800", "370811", "370883"}) {
      hidden_danger::HiddenDangerFilter f;
      f.industry = industry;
      f.region_code = region;
      auto c = hidden_danger::CountHiddenDangersBounded(*conn, province, f, today, 100);
      EXPECT_TRUE(c.exact) << industry << " " << region;
      EXPECT_EQ(c.n, exact(f)) << industry << " " << region;
    }
  // Any other filter: counted up to the limit, then "more than the limit".
  hidden_danger::HiddenDangerFilter closed;
  closed.state = "closed";
  const int64_t n = exact(closed);
  ASSERT_GT(n, 100);
  auto over = hidden_danger::CountHiddenDangersBounded(*conn, province, closed, today, 100);
  EXPECT_EQ(over.n, 100);
  EXPECT_FALSE(over.exact);
  auto under = hidden_danger::CountHiddenDangersBounded(*conn, province, closed, today, n);
  EXPECT_EQ(under.n, n);
  EXPECT_TRUE(under.exact);
  // The API carries the flag (the demo has fewer than 10,000 of them: exact).
  auto r = app().As("shandong", "GET", "/api/v1/hidden-dangers?state=closed");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("total").as_int64(), n);
  EXPECT_TRUE(r.obj().at("total_exact").as_bool());
}

ANJIAN_BACKENDS(HiddenDangerSummaryTest);

}  // namespace
}  // namespace anjian::test
