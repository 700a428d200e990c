// /api/v1/accidents/statistics: the filters (period from/to as China dates, default the last 12
// months; region as a region code), the groups counted in SQL (accident_statistics_repository)
// and the timeliness of each sending agency computed from the report chains of the same rows.
#include "emergency/accidents/accident_statistics_handlers.hpp"

#include <boost/json.hpp>
#include <map>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/risk/risk_codes_rules.hpp"
#include "emergency/accidents/accident_grade_rules.hpp"
#include "emergency/accidents/accident_service.hpp"
#include "emergency/accidents/accident_statistics_repository.hpp"
#include "emergency/accidents/accident_statistics_rules.hpp"
#include "emergency/accidents/accidents_errors.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/industry_rules.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::accidents {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr int kMaxMonths = 36;

std::string TypeLabel(const std::string& code) {
  for (const auto& t : risk::AccidentTypes())
    if (t.code == code) return t.label_zh;
  return code.empty() ? "未分类" : code;
}

std::string IndustryLabel(const std::string& v) {
  if (auto i = registry::ParseIndustry(v)) return std::string(registry::IndustryLabelZh(*i));
  return v;
}

struct Query {
  StatisticsFilter filter;
  std::string from_day, to_day, region;
};

Query QueryOf(Context& ctx) {
  std::vector<FieldError> errs;
  Query q;
  const core::Date today = core::ChinaDate(ctx.Now());
  core::Date to = today;
  // The 12 months ending with this one.
  core::Date from = today.month == 12 ? core::Date{today.year, 1, 1}
                                      : core::Date{today.year - 1, today.month + 1, 1};
  auto day = [&](const char* key, core::Date& into) {
    auto v = api::Trim(ctx.req.Query(key).value_or(""));
    if (v.empty()) return;
    if (auto d = core::ParseIsoDate(v)) into = *d;
    else errs.push_back(core::CoreErr("date_invalid").At(key));
  };
  day("from", from);
  day("to", to);
  if (errs.empty()) {
    const auto months = ChinaMonths(from, to);
    if (months.empty() || months.size() > static_cast<size_t>(kMaxMonths))
      errs.push_back(Err("statistics_period_invalid").At("from", kMaxMonths, kMaxMonths));
    for (const auto& m : months)
      q.filter.months.push_back(
          {m.label, {core::IsoFromUnix(m.start), core::IsoFromUnix(m.end)}});
  }
  q.from_day = core::FormatIsoDate(from);
  q.to_day = core::FormatIsoDate(to);
  q.filter.from = core::IsoFromUnix(core::ChinaDayStart(from));
  q.filter.to = core::IsoFromUnix(core::ChinaDayStart(core::AddDays(to, 1)));
  q.region = api::Trim(ctx.req.Query("region").value_or(""));
  if (!errs.empty()) core::Invalid(std::move(errs));
  return q;
}

void ResolveRegion(Context& ctx, storage::Connection& conn, Query& q) {
  const auto scope = ctx.scope();
  if (!q.region.empty()) {
    auto path = RegionPathOfCode(conn, q.region);
    if (!path) core::Invalid({registry::Err("region_unknown").At("region", q.region, q.region)});
    q.filter.region_path = *path;
  }
  // Child regions are taken under the deeper of the region asked for and the caller's region.
  if (scope.kind == api::Scope::Kind::kEnterprise) return;
  std::string base = scope.kind == api::Scope::Kind::kRegion ? scope.region_path : "/";
  if (q.filter.region_path.size() > base.size()) base = q.filter.region_path;
  q.filter.child_base = base;
}

json::object GroupJson(const StatGroup& g, const std::string& key_name, const std::string& label) {
  return json::object{{key_name, g.key},
                      {"label", label},
                      {"count", g.count},
                      {"deaths", g.deaths},
                      {"serious_injuries", g.serious_injuries},
                      {"missing", g.missing},
                      {"direct_loss_yuan", g.direct_loss_yuan}};
}

std::vector<Timeliness> TimelinessOf(storage::Connection& conn, const api::Scope& scope,
                                     const StatisticsFilter& f, std::int64_t now) {
  const auto config = LoadAccidentReportingConfig(conn);
  std::map<std::int64_t, std::vector<AccidentForwardRow>> forwards;
  for (auto& fw : StatForwards(conn, scope, f)) forwards[fw.accident_id].push_back(fw.row);
  std::map<std::pair<std::int64_t, std::string>, AgencyOver> over;  // (accident, level)
  for (auto& g : StatAgenciesOver(conn, scope, f))
    over.emplace(std::make_pair(g.accident_id, LevelOfRegionPath(g.region_path)), g);
  std::vector<SenderStep> steps;
  for (const auto& a : StatAccidents(conn, scope, f)) {
    const auto& fws = forwards[a.id];
    for (const auto& s : ChainOf(a, fws, config, now)) {
      SenderStep st{0, "事故单位（企业报告）", s.from, s.status, s.late_minutes};
      if (s.from != "enterprise") {
        st.agency_name = "";
        for (const auto& fw : fws)
          if (fw.level == s.from) {
            st.agency_id = fw.agency_id;
            st.agency_name = fw.agency_name;
            break;
          }
        if (st.agency_name.empty()) {
          auto it = over.find({a.id, s.from});
          if (it == over.end()) continue;  // no agency of that level in the system
          st.agency_id = it->second.agency_id;
          st.agency_name = it->second.name;
        }
      }
      steps.push_back(std::move(st));
    }
  }
  return AggregateTimeliness(steps);
}

struct Statistics {
  StatGroup totals;
  std::vector<StatGroup> grades, types, industries, regions, months;
  std::vector<Timeliness> timeliness;
};

Statistics Compute(Context& ctx, storage::Connection& conn, const Query& q) {
  const auto scope = ctx.scope();
  Statistics s;
  s.totals = StatTotals(conn, scope, q.filter);
  // Every grade, zeros included, in the order of art. 3.
  const auto grades = StatByGrade(conn, scope, q.filter);
  for (Grade g : {Grade::kOrdinary, Grade::kLarge, Grade::kSerious, Grade::kEspeciallySerious}) {
    StatGroup row{std::string(GradeValue(g)), std::string(GradeLabelZh(g))};
    for (const auto& r : grades)
      if (r.key == row.key) row = StatGroup{r.key, row.label, r.count, r.deaths,
                                            r.serious_injuries, r.missing, r.direct_loss_yuan};
    s.grades.push_back(row);
  }
  s.types = StatByType(conn, scope, q.filter);
  for (auto& t : s.types) t.label = TypeLabel(t.key);
  s.industries = StatByIndustry(conn, scope, q.filter);
  for (auto& i : s.industries) i.label = IndustryLabel(i.key);
  s.regions = StatByRegion(conn, scope, q.filter);
  s.months = StatByMonth(conn, scope, q.filter);
  s.timeliness = TimelinessOf(conn, scope, q.filter, ctx.Now());
  return s;
}

}  // namespace

Response AccidentStatisticsHandler(Context& ctx) {
  auto q = QueryOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  ResolveRegion(ctx, *conn, q);
  const auto s = Compute(ctx, *conn, q);
  auto groups = [](const std::vector<StatGroup>& v, const char* key) {
    json::array a;
    for (const auto& g : v) a.push_back(GroupJson(g, key, g.label));
    return a;
  };
  json::array timeliness;
  for (const auto& t : s.timeliness)
    timeliness.push_back(json::object{{"agency_id", t.agency_id ? json::value(t.agency_id) : json::value(nullptr)},
                                      {"agency_name", t.agency_name},
                                      {"level", t.level},
                                      {"steps", t.steps},
                                      {"on_time", t.on_time},
                                      {"late", t.late},
                                      {"overdue", t.overdue},
                                      {"pending", t.pending},
                                      {"mean_late_minutes", t.mean_late_minutes},
                                      {"max_late_minutes", t.max_late_minutes}});
  json::object o{{"from", q.from_day},
                 {"to", q.to_day},
                 {"region", q.region},
                 {"totals", GroupJson(s.totals, "key", "合计")},
                 {"by_grade", groups(s.grades, "grade")},
                 {"by_type", groups(s.types, "accident_type")},
                 {"by_industry", groups(s.industries, "industry")},
                 {"by_region", groups(s.regions, "region_path")},
                 {"by_month", groups(s.months, "month")},
                 {"timeliness", std::move(timeliness)}};
  return api::JsonResponse(o);
}

Response ExportAccidentStatisticsHandler(Context& ctx) {
  auto q = QueryOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  ResolveRegion(ctx, *conn, q);
  const auto s = Compute(ctx, *conn, q);
  std::vector<std::vector<office::Cell>> rows;
  auto add = [&](const std::string& dim, const std::vector<StatGroup>& v) {
    for (const auto& g : v)
      rows.push_back({dim, g.label.empty() ? g.key : g.label, g.count, g.deaths,
                      g.serious_injuries, g.missing, g.direct_loss_yuan});
  };
  add("合计", {StatGroup{"", q.from_day + " 至 " + q.to_day, s.totals.count, s.totals.deaths,
                         s.totals.serious_injuries, s.totals.missing, s.totals.direct_loss_yuan}});
  add("按等级", s.grades);
  add("按类别（GB 6441）", s.types);
  add("按行业", s.industries);
  add("按地区", s.regions);
  add("按月份", s.months);
  for (const auto& t : s.timeliness)
    rows.push_back({"报告及时性", t.agency_name, "", "", "", "", "", t.steps, t.on_time, t.late,
                    t.overdue, t.mean_late_minutes});
  return api::XlsxDownload("事故统计.xlsx", "事故统计",
                           {"统计维度", "项目", "事故起数", "死亡", "重伤（含急性中毒）", "失踪",
                            "直接经济损失（元）", "报告环节", "按时", "迟报", "逾期未报",
                            "平均迟报分钟"},
                           rows);
}

}  // namespace anjian::accidents
