// /api/v1/enforcement-plans and /api/v1/enforcement-draws: the annual enforcement inspection
// plan (年度监督检查计划), its random draws (双随机一公开) with their seeds, and its completion.
#include <boost/json.hpp>
#include <map>
#include <random>
#include <set>

#include "core/china_time.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/enforcement/enforcement_errors.hpp"
#include "dual_prevention/enforcement/enforcement_handlers.hpp"
#include "dual_prevention/enforcement/enforcement_plan_service.hpp"
#include "dual_prevention/enforcement/enforcement_rules.hpp"
#include "dual_prevention/risk/risk_level_rules.hpp"
#include "platform/api/json.hpp"
#include "registry/industry_rules.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::enforcement::handlers {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::string Today(const Context& ctx) { return core::ChinaIsoDate(ctx.Now()); }
int64_t ThisYear(const Context& ctx) { return core::ChinaDate(ctx.Now()).year; }

std::string KindLabel(const std::string& kind) {
  const auto* k = FindInspectionKind(kind);
  return k ? std::string(k->label_zh) : kind;
}

json::object CountJson(const CompletionCount& c) {
  return json::object{{"planned", c.planned}, {"done", c.done}, {"overdue", c.overdue}};
}

json::object PlanJson(const PlanRecord& p) {
  return json::object{{"id", p.id},
                      {"agency_id", p.agency_id},
                      {"agency_name", p.agency_name},
                      {"year", p.year},
                      {"title", p.title},
                      {"created_by_name", p.created_by_name},
                      {"created_at", p.created_at},
                      {"planned", p.planned},
                      {"done", p.done},
                      {"overdue", p.overdue}};
}

json::object PlannedJson(const PlannedInspectionRecord& r, const std::string& today) {
  json::array inspectors;
  for (const auto& [id, name] : r.inspectors)
    inspectors.push_back(json::object{{"id", id}, {"name", name}});
  const bool done = r.enforcement_inspection_id.has_value();
  return json::object{
      {"id", r.id},
      {"draw_id", r.draw_id},
      {"position", r.position},
      {"enterprise_id", r.enterprise_id},
      {"enterprise_name", r.enterprise_name},
      {"industry", r.industry},
      {"kind", r.kind},
      {"kind_label", KindLabel(r.kind)},
      {"due_on", r.due_on},
      {"key", r.key},
      {"inspectors", std::move(inspectors)},
      {"done", done},
      {"overdue", !done && r.due_on < today},
      {"enforcement_inspection_id",
       done ? json::value(*r.enforcement_inspection_id) : json::value(nullptr)},
      {"done_on", done ? json::value(r.done_on) : json::value(nullptr)}};
}

json::object DrawJson(const DrawRecord& d) {
  return json::object{{"id", d.id},
                      {"plan_id", d.plan_id},
                      {"seed", d.seed},
                      {"kind", d.kind},
                      {"kind_label", KindLabel(d.kind)},
                      {"due_on", d.due_on},
                      {"enterprise_count", d.enterprise_count},
                      {"inspector_count", d.inspector_count},
                      {"industry", d.industry},
                      {"region_code", d.region_code},
                      {"risk_level", d.risk_level},
                      {"enterprise_pool_size",
                       static_cast<int64_t>(SplitIds(d.enterprise_pool).size())},
                      {"key_enterprise_count", static_cast<int64_t>(SplitIds(d.key_pool).size())},
                      {"inspector_pool_size",
                       static_cast<int64_t>(SplitIds(d.inspector_pool).size())},
                      {"drawn_by_name", d.drawn_by_name},
                      {"drawn_at", d.drawn_at}};
}

json::object PlanDetailJson(storage::Connection& conn, const PlanRecord& p, const Context& ctx) {
  const std::string today = Today(ctx);
  json::object o = PlanJson(p);
  json::array targets;
  std::vector<int64_t> quarter_targets(4, 0);
  for (const auto& t : TargetsOf(conn, p.id)) {
    targets.push_back(json::object{{"kind", t.kind},
                                   {"kind_label", KindLabel(t.kind)},
                                   {"quarter", t.quarter},
                                   {"target_count", t.target_count}});
    if (t.quarter >= 1 && t.quarter <= 4) quarter_targets[static_cast<size_t>(t.quarter - 1)] += t.target_count;
  }
  o["targets"] = std::move(targets);
  json::array draws;
  for (const auto& d : DrawsOf(conn, p.id)) draws.push_back(DrawJson(d));
  o["draws"] = std::move(draws);
  const auto planned = PlannedInspections(conn, p.id, 0);
  json::array items;
  std::vector<PlannedItem> summary_input;
  std::map<int64_t, std::string> names;
  for (const auto& r : planned) {
    items.push_back(PlannedJson(r, today));
    PlannedItem it{r.due_on, r.enforcement_inspection_id.has_value(), {}};
    for (const auto& [id, name] : r.inspectors) {
      it.inspectors.push_back(id);
      names[id] = name;
    }
    summary_input.push_back(std::move(it));
  }
  o["planned_inspections"] = std::move(items);
  const auto c = SummarizeCompletion(p.year, summary_input, today);
  json::array months, quarters, inspectors;
  for (size_t m = 0; m < c.by_month.size(); ++m) {
    auto row = CountJson(c.by_month[m]);
    row["month"] = static_cast<int64_t>(m + 1);
    months.push_back(std::move(row));
  }
  for (size_t q = 0; q < c.by_quarter.size(); ++q) {
    auto row = CountJson(c.by_quarter[q]);
    row["quarter"] = static_cast<int64_t>(q + 1);
    row["target"] = quarter_targets[q];
    quarters.push_back(std::move(row));
  }
  for (const auto& [id, n] : c.by_inspector) {
    auto row = CountJson(n);
    row["user_id"] = id;
    row["name"] = names[id];
    inspectors.push_back(std::move(row));
  }
  o["completion"] = json::object{{"total", CountJson(c.total)},
                                 {"by_month", std::move(months)},
                                 {"by_quarter", std::move(quarters)},
                                 {"by_inspector", std::move(inspectors)}};
  o["can_draw"] = ctx.who().Can("enforcement:write") && ctx.who().agency_id &&
                  *ctx.who().agency_id == p.agency_id;
  return o;
}

// The seed: 64 bits of the operating system's entropy at draw time (recorded with the draw).
std::uint64_t FreshSeed() {
  std::random_device rd;
  return (static_cast<std::uint64_t>(rd()) << 32) ^ static_cast<std::uint64_t>(rd());
}

}  // namespace

Response ListPlans(Context& ctx) {
  int64_t year = 0;
  if (auto y = ctx.req.Query("year"); y && !y->empty()) {
    if (y->size() != 4 || y->find_first_not_of("0123456789") != std::string::npos)
      core::Invalid(core::CoreErr("type").At("year", "a year", "年份"));
    year = std::stoll(*y);
  }
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& p : enforcement::ListPlans(*conn, ctx.scope(), year, Today(ctx))) items.push_back(PlanJson(p));
  json::array kinds;
  for (const auto& k : InspectionKinds())
    kinds.push_back(json::object{{"code", k.code}, {"label_zh", k.label_zh}, {"label_en", k.label_en}});
  const bool own_agency = ctx.who().agency_id.has_value();
  return api::JsonResponse(json::object{
      {"items", std::move(items)},
      {"kinds", std::move(kinds)},
      {"can_create", ctx.who().Can("enforcement:write") && own_agency}});
}

Response CreatePlan(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  NewPlan p;
  const auto year = in.Int("year", true);
  if (year)
    for (auto& e : CheckPlanYear(*year, ThisYear(ctx))) in.AddError(std::move(e));
  p.year = year.value_or(0);
  p.title = in.Str("title", true, 100);
  auto targets = in.Arr("targets", 100);
  std::set<std::pair<std::string, int64_t>> seen;
  for (size_t i = 0; i < targets.size(); ++i) {
    const std::string field = "targets[" + std::to_string(i) + "]";
    if (!targets[i].is_object()) {
      in.AddError(core::CoreErr("type").At(field, "an object", "对象"));
      continue;
    }
    api::JsonInput t(targets[i].as_object());
    PlanTarget target;
    target.kind = t.Str("kind", true, 20);
    target.quarter = t.Int("quarter", true).value_or(0);
    target.target_count = t.Int("target_count", true).value_or(-1);
    for (auto& e : t.TakeErrors()) {
      e.field = field + "." + e.field;
      in.AddError(std::move(e));
    }
    if (!target.kind.empty() && !FindInspectionKind(target.kind)) {
      in.AddError(Err("inspection_kind_invalid")
                      .At(field + ".kind", target.kind, kInspectionKindsEn, kInspectionKindsZh));
      continue;
    }
    for (auto& e : CheckTarget(target.quarter, target.target_count, field)) in.AddError(std::move(e));
    if (!seen.insert({target.kind, target.quarter}).second)
      in.AddError(Err("plan_target_invalid").At(field));
    p.targets.push_back(std::move(target));
  }
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  const int64_t id = enforcement::CreatePlan(*conn, ctx.who(), p, ctx.Now());
  return api::JsonResponse(PlanDetailJson(*conn, *FindPlan(*conn, ctx.scope(), id, Today(ctx)), ctx),
                           201);
}

Response GetPlan(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto p = FindPlan(*conn, ctx.scope(), ctx.PathId(), Today(ctx));
  if (!p) throw ApiException{Error::NotFound("enforcement plan")};
  return api::JsonResponse(PlanDetailJson(*conn, *p, ctx));
}

Response Draw(Context& ctx) {
  const int64_t plan_id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  NewDraw d;
  const auto enterprise_count = in.Int("enterprise_count", true);
  const auto inspector_count = in.Int("inspector_count", true);
  // A missing count is reported as required only (the in-range stand-ins pass the range rule).
  for (auto& e : CheckDrawCounts(enterprise_count.value_or(1), inspector_count.value_or(2)))
    in.AddError(std::move(e));
  d.enterprise_count = enterprise_count.value_or(0);
  d.inspector_count = inspector_count.value_or(0);
  d.kind = in.Str("kind", false, 20);
  if (d.kind.empty()) d.kind = "routine";
  else if (!FindInspectionKind(d.kind))
    in.AddError(Err("inspection_kind_invalid").At("kind", d.kind, kInspectionKindsEn, kInspectionKindsZh));
  d.due_on = in.Str("due_on", true, 10);
  if (!d.due_on.empty() && !core::ParseIsoDate(d.due_on))
    in.AddError(core::CoreErr("date_invalid").At("due_on"));
  d.industry = in.Str("industry", false, 40);
  if (!d.industry.empty() && !registry::ParseIndustry(d.industry))
    in.AddError(registry::Err("industry_invalid").At("industry", d.industry));
  d.region_code = in.Str("region_code", false, 12);
  d.risk_level = in.Str("risk_level", false, 20);
  if (!d.risk_level.empty()) {
    if (auto level = risk::ParseRiskLevel(d.risk_level))
      d.risk_rank = risk::RiskLevelRank(*level);
    else
      in.AddError(core::CoreErr("level_invalid")
                      .At("risk_level", "major, high, moderate, low", "重大、较大、一般、低"));
  }
  auto conn = ctx.svc.db->Acquire();
  if (!d.region_code.empty()) {
    if (auto path = RegionPathOf(*conn, d.region_code))
      d.region_path = *path;
    else
      in.AddError(registry::Err("region_unknown").At("region_code", d.region_code));
  }
  // A plan out of scope is 404 whatever the body says.
  const auto plan = FindPlan(*conn, ctx.scope(), plan_id, Today(ctx));
  if (!plan) throw ApiException{Error::NotFound("enforcement plan")};
  if (!d.due_on.empty() && core::ParseIsoDate(d.due_on))
    for (auto& e : CheckDrawDueOn(d.due_on, Today(ctx), plan->year)) in.AddError(std::move(e));
  in.Finish();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  const int64_t draw_id = DrawOnPlan(*conn, ctx.who(), plan_id, d, FreshSeed(), pushes, ctx.Now());
  pushes.Flush(ctx.svc.notifier, *conn);
  auto draw = FindDraw(*conn, ctx.scope(), draw_id);
  json::object o = DrawJson(*draw);
  json::array items;
  const auto created = PlannedInspections(*conn, plan_id, draw_id);
  for (const auto& r : created) items.push_back(PlannedJson(r, Today(ctx)));
  o["planned_inspections"] = std::move(items);
  o["reproduced"] = DrawReproduces(*draw, created);
  return api::JsonResponse(std::move(o), 201);
}

Response GetDraw(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto draw = FindDraw(*conn, ctx.scope(), ctx.PathId());
  if (!draw) throw ApiException{Error::NotFound("enforcement draw")};
  auto plan = FindPlan(*conn, ctx.scope(), draw->plan_id, Today(ctx));
  json::object o = DrawJson(*draw);
  json::array items;
  const auto created = PlannedInspections(*conn, draw->plan_id, draw->id);
  for (const auto& r : created) items.push_back(PlannedJson(r, Today(ctx)));
  o["planned_inspections"] = std::move(items);
  // Anyone re-runs the draw from the recorded seed and pools: the same result.
  o["reproduced"] = DrawReproduces(*draw, created);
  o["plan"] = PlanJson(*plan);
  return api::JsonResponse(std::move(o));
}

}  // namespace anjian::enforcement::handlers
