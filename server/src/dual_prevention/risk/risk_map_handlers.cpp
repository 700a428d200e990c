// The four-colour risk map (四色安全风险空间分布图): an enterprise's site plan with its units'
// polygons coloured by level, and the regulator's regional overview coloured by the highest
// current risk.
#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "dual_prevention/risk/risk_errors.hpp"
#include "dual_prevention/risk/risk_handlers.hpp"
#include "dual_prevention/risk/risk_json.hpp"
#include "dual_prevention/risk/risk_level_rules.hpp"
#include "dual_prevention/risk/risk_map_rules.hpp"

namespace anjian::risk {

using api::Context;
using api::Response;

namespace {

json::value LevelJson(int64_t rank) {
  auto l = LevelOfRank(rank);
  return l ? json::value(RiskLevelValue(*l)) : json::value(nullptr);
}

}  // namespace

Response GetRiskMapHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto map = GetRiskMap(*conn, ctx.scope(), ctx.PathId());
  json::array units;
  for (const auto& u : map.units) units.push_back(UnitJson(u));
  json::object out{{"enterprise_id", map.enterprise.id},
                   {"enterprise_name", map.enterprise.name},
                   {"has_plan", map.plan.has_value()},
                   {"width", map.plan ? map.plan->width : 0},
                   {"height", map.plan ? map.plan->height : 0},
                   {"updated_at", map.plan ? json::value(map.plan->updated_at)
                                           : json::value(nullptr)},
                   {"units", std::move(units)}};
  return api::JsonResponse(out);
}

Response RiskMapImageHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto f = SitePlanImage(*conn, ctx.scope(), ctx.PathId());
  auto resp = Response::Download(std::move(f.bytes), f.mime, f.name);
  for (auto& h : resp.headers)
    if (h.first == "Content-Disposition") h.second = "inline";
  return resp;
}

Response PutSitePlanHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto file_id = in.Int("file_id", true);
  auto width = in.Int("width", true);
  auto height = in.Int("height", true);
  for (auto& e : CheckPlanSize(width, height)) in.AddError(std::move(e));
  int64_t ent = OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (file_id)
    if (auto e = CheckPlanFile(*conn, ctx.who(), *file_id)) in.AddError(*e);
  in.Finish();
  SitePlanInput plan{*file_id, *width, *height};
  SetSitePlan(*conn, CallerOf(ctx), ent, plan);
  return api::JsonResponse(
      json::object{{"file_id", plan.file_id}, {"width", plan.width}, {"height", plan.height}});
}

Response PutPolygonHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto check = CheckPolygon(in.Arr("points", 500));
  for (auto& e : check.errors) in.AddError(std::move(e));
  OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(UnitJson(DrawPolygon(*conn, CallerOf(ctx), ctx.PathId(), check.points)));
}

Response RegionalOverviewHandler(Context& ctx) {
  std::vector<FieldError> errs;
  std::string region_path = RegionFilterPath(ctx, errs);
  std::string level = ctx.req.Query("level").value_or("");
  if (!level.empty() && !ParseRiskLevel(level))
    errs.push_back(core::CoreErr("level_invalid")
                       .At("level", "major, high, moderate, low", "major、high、moderate、low"));
  if (!errs.empty()) core::Invalid(std::move(errs));
  auto conn = ctx.svc.db->Acquire();
  auto overview = GetRegionalOverview(*conn, ctx.scope(), region_path, level);
  json::array enterprises, regions;
  for (const auto& e : overview.enterprises)
    enterprises.push_back(json::object{{"enterprise_id", e.row.enterprise_id},
                                       {"enterprise_name", e.row.name},
                                       {"region_code", e.row.region_code},
                                       {"region_name", e.region_name},
                                       {"highest_level", LevelJson(e.row.top_rank)},
                                       {"major", e.row.major},
                                       {"high", e.row.high},
                                       {"moderate", e.row.moderate},
                                       {"low", e.row.low},
                                       {"units", e.row.units}});
  for (const auto& r : overview.regions)
    regions.push_back(json::object{{"region_code", r.code},
                                   {"region_name", r.name},
                                   {"highest_level", LevelJson(r.top_rank)},
                                   {"major", r.by_rank[4]},
                                   {"high", r.by_rank[3]},
                                   {"moderate", r.by_rank[2]},
                                   {"low", r.by_rank[1]},
                                   {"unassessed", r.by_rank[0]}});
  return api::JsonResponse(
      json::object{{"regions", std::move(regions)}, {"enterprises", std::move(enterprises)}});
}

}  // namespace anjian::risk
