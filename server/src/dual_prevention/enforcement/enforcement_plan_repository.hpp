// The SQL of annual enforcement plans and their draws (V032: enforcement_plans,
// enforcement_plan_targets, enforcement_draws, enforcement_planned_inspections,
// enforcement_planned_inspectors). Plans are scoped by their agency's region path: an agency
// sees its own and its subordinates' plans.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::enforcement {

struct PlanRecord {
  int64_t id = 0, agency_id = 0, year = 0;
  std::string agency_name, region_path, title, created_by_name, created_at;
  int64_t planned = 0, done = 0, overdue = 0;  // planned inspections (overdue: as of `today`)
};
struct PlanTarget {
  std::string kind;
  int64_t quarter = 0, target_count = 0;
};

std::optional<PlanRecord> FindPlan(storage::Connection& conn, const api::Scope& scope, int64_t id,
                                   const std::string& today);
// Newest year first; `year` 0 = every year.
std::vector<PlanRecord> ListPlans(storage::Connection& conn, const api::Scope& scope, int64_t year,
                                  const std::string& today);
bool PlanExists(storage::Connection& conn, int64_t agency_id, int64_t year);
std::optional<std::string> AgencyRegionPath(storage::Connection& conn, int64_t agency_id);
int64_t InsertPlan(storage::Connection& conn, int64_t agency_id, const std::string& region_path,
                   int64_t year, const std::string& title, int64_t created_by,
                   const std::string& now);
void InsertTarget(storage::Connection& conn, int64_t plan_id, const PlanTarget& t);
std::vector<PlanTarget> TargetsOf(storage::Connection& conn, int64_t plan_id);

// The draw's pools. Active enterprises under `region_path` matching the filters (industry "" =
// any; `filter_path` "" = any, else the subtree of that region; `risk_rank` 0 = any, else the
// enterprise's highest active risk level rank); the key enterprises under `region_path` whose
// industry is one of `key_industries`; the active users of `agency_id` who may record
// enforcement inspections.
std::vector<int64_t> EnterprisePool(storage::Connection& conn, const std::string& region_path,
                                    const std::string& industry, const std::string& filter_path,
                                    int64_t risk_rank);
// Key enterprises: those of the key industries, and (issue 15 §4) those on the dishonesty list
// on `today` (China date).
std::vector<int64_t> KeyEnterprises(storage::Connection& conn, const std::string& region_path,
                                    const std::vector<std::string>& key_industries,
                                    const std::string& today);
std::vector<int64_t> InspectorPool(storage::Connection& conn, int64_t agency_id);
std::optional<std::string> RegionPathOf(storage::Connection& conn, const std::string& code);

struct DrawRecord {
  int64_t id = 0, plan_id = 0, enterprise_count = 0, inspector_count = 0;
  std::string seed, kind, due_on, industry, region_code, risk_level;
  std::string enterprise_pool, key_pool, inspector_pool;  // comma-separated ids
  std::string drawn_by_name, drawn_at;
};
int64_t InsertDraw(storage::Connection& conn, const DrawRecord& d, int64_t drawn_by);
std::vector<DrawRecord> DrawsOf(storage::Connection& conn, int64_t plan_id);
// The draw whose plan is in scope.
std::optional<DrawRecord> FindDraw(storage::Connection& conn, const api::Scope& scope, int64_t id);

struct PlannedInspectionRecord {
  int64_t id = 0, plan_id = 0, draw_id = 0, position = 0, enterprise_id = 0;
  std::string enterprise_name, industry, kind, due_on;
  bool key = false;
  std::optional<int64_t> enforcement_inspection_id;
  std::string done_on;
  std::vector<std::pair<int64_t, std::string>> inspectors;  // id, display name
};
int64_t InsertPlannedInspection(storage::Connection& conn, int64_t plan_id, int64_t draw_id,
                                int64_t position, int64_t enterprise_id, const std::string& kind,
                                const std::string& due_on, bool key,
                                const std::vector<int64_t>& inspectors, const std::string& now);
// A plan's planned inspections (draw_id 0) or one draw's, by due date and position.
std::vector<PlannedInspectionRecord> PlannedInspections(storage::Connection& conn,
                                                        int64_t plan_id, int64_t draw_id);
// The open planned inspection `id` of `enterprise_id` whose plan is in scope.
bool OpenPlannedInspectionInScope(storage::Connection& conn, const api::Scope& scope, int64_t id,
                                  int64_t enterprise_id);
void MarkPlannedInspectionDone(storage::Connection& conn, int64_t id, int64_t inspection_id,
                               const std::string& done_on);

}  // namespace anjian::enforcement
