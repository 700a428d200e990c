#include "dual_prevention/enforcement/enforcement_plan_service.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "audit/audit_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/error.hpp"
#include "dual_prevention/enforcement/enforcement_errors.hpp"
#include "dual_prevention/investigation/company_daily_rules.hpp"
#include "platform/api/actor.hpp"

namespace anjian::enforcement {

namespace json = boost::json;

std::string JoinIds(const std::vector<int64_t>& ids) {
  std::string out;
  for (auto id : ids) {
    if (!out.empty()) out += ',';
    out += std::to_string(id);
  }
  return out;
}

std::vector<int64_t> SplitIds(const std::string& text) {
  std::vector<int64_t> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(std::stoll(text.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

int64_t CreatePlan(storage::Connection& conn, const api::Principal& who, const NewPlan& in,
                   int64_t now_unix) {
  const std::string now = core::IsoFromUnix(now_unix);
  storage::Transaction tx(conn);
  const auto path = who.agency_id ? AgencyRegionPath(conn, *who.agency_id) : std::nullopt;
  if (!path) throw ApiException{Error::Forbidden()};
  if (PlanExists(conn, *who.agency_id, in.year))
    core::Invalid(Err("plan_exists").At("year"));
  const int64_t id = InsertPlan(conn, *who.agency_id, *path, in.year, in.title, who.user_id, now);
  json::array targets;
  for (const auto& t : in.targets) {
    InsertTarget(conn, id, t);
    targets.push_back(json::object{{"kind", t.kind}, {"quarter", t.quarter},
                                   {"target_count", t.target_count}});
  }
  audit::Append(conn, api::ActorOf(who, now_unix), "create", "enforcement_plan",
                std::to_string(id), nullptr,
                json::object{{"year", in.year}, {"title", in.title}, {"targets", targets}});
  tx.Commit();
  return id;
}

int64_t DrawOnPlan(storage::Connection& conn, const api::Principal& who, int64_t plan_id,
                   const NewDraw& in, std::uint64_t seed, notifications::PendingPushes& pushes,
                   int64_t now_unix) {
  const std::string now = core::IsoFromUnix(now_unix);
  storage::Transaction tx(conn);
  const auto plan = FindPlan(conn, api::Scope::For(who), plan_id, core::ChinaIsoDate(now_unix));
  if (!plan) throw ApiException{Error::NotFound("enforcement plan")};
  if (!who.agency_id || *who.agency_id != plan->agency_id)
    core::Invalid(Err("plan_not_own").At(""));
  DrawInput input;
  input.seed = seed;
  input.enterprise_pool =
      EnterprisePool(conn, plan->region_path, in.industry, in.region_path, in.risk_rank);
  std::vector<std::string> key_industries;
  for (auto k : investigation::CompanyDailyIndustries()) key_industries.emplace_back(k);
  input.key_enterprises =
      KeyEnterprises(conn, plan->region_path, key_industries, core::ChinaIsoDate(now_unix));
  input.inspector_pool = InspectorPool(conn, plan->agency_id);
  input.enterprise_count = in.enterprise_count;
  input.inspector_count = in.inspector_count;
  std::vector<FieldError> errors;
  if (input.inspector_pool.size() < 2)
    errors.push_back(Err("draw_inspectors_short")
                         .At("inspector_count", static_cast<int64_t>(input.inspector_pool.size())));
  if (input.enterprise_pool.empty() && input.key_enterprises.empty())
    errors.push_back(Err("draw_scope_empty").At("enterprise_count"));
  if (!errors.empty()) core::Invalid(std::move(errors));
  const auto result = RunDraw(input);

  DrawRecord d;
  d.plan_id = plan_id;
  d.seed = SeedText(seed);
  d.kind = in.kind;
  d.due_on = in.due_on;
  d.enterprise_count = in.enterprise_count;
  d.inspector_count = in.inspector_count;
  d.industry = in.industry;
  d.region_code = in.region_code;
  d.risk_level = in.risk_level;
  d.enterprise_pool = JoinIds(input.enterprise_pool);
  d.key_pool = JoinIds(input.key_enterprises);
  d.inspector_pool = JoinIds(input.inspector_pool);
  d.drawn_at = now;
  const int64_t draw_id = InsertDraw(conn, d, who.user_id);
  int64_t position = 0;
  for (const auto& i : result.inspections) {
    const int64_t pid = InsertPlannedInspection(conn, plan_id, draw_id, position++,
                                                i.enterprise_id, in.kind, in.due_on, i.key,
                                                i.inspectors, now);
    (void)pid;
  }
  const std::string link = "/enforcement-plans/" + std::to_string(plan_id);
  for (auto u : result.inspectors)
    pushes.Notify(conn, u, "enforcement_draw", "您被抽取为执法检查人员：" + plan->title,
                  "计划检查 " + std::to_string(result.inspections.size()) + " 家企业，完成期限 " +
                      in.due_on,
                  link);
  audit::Append(conn, api::ActorOf(who, now_unix), "draw", "enforcement_plan",
                std::to_string(plan_id), nullptr,
                json::object{{"draw_id", draw_id},
                             {"seed", d.seed},
                             {"kind", in.kind},
                             {"due_on", in.due_on},
                             {"enterprise_count", in.enterprise_count},
                             {"inspector_count", in.inspector_count},
                             {"enterprises", JoinIds([&] {
                                std::vector<int64_t> ids;
                                for (const auto& i : result.inspections) ids.push_back(i.enterprise_id);
                                return ids;
                              }())},
                             {"inspectors", JoinIds(result.inspectors)}});
  tx.Commit();
  return draw_id;
}

bool DrawReproduces(const DrawRecord& draw, const std::vector<PlannedInspectionRecord>& created) {
  const auto seed = ParseSeed(draw.seed);
  if (!seed) return false;
  DrawInput in;
  in.seed = *seed;
  in.enterprise_pool = SplitIds(draw.enterprise_pool);
  in.key_enterprises = SplitIds(draw.key_pool);
  in.inspector_pool = SplitIds(draw.inspector_pool);
  in.enterprise_count = draw.enterprise_count;
  in.inspector_count = draw.inspector_count;
  const auto again = RunDraw(in);
  if (again.inspections.size() != created.size()) return false;
  for (size_t i = 0; i < created.size(); ++i) {
    const auto& c = created[i];
    if (c.position < 0 || static_cast<size_t>(c.position) >= again.inspections.size()) return false;
    const auto& a = again.inspections[static_cast<size_t>(c.position)];
    if (a.enterprise_id != c.enterprise_id) return false;
    std::vector<int64_t> mine;
    for (const auto& [id, _] : c.inspectors) mine.push_back(id);
    std::vector<int64_t> theirs = a.inspectors;
    std::sort(mine.begin(), mine.end());
    std::sort(theirs.begin(), theirs.end());
    if (mine != theirs) return false;
  }
  return true;
}

}  // namespace anjian::enforcement
