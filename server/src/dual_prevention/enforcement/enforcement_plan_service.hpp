// The annual enforcement inspection plan (年度监督检查计划) of a regulator agency and its random
// draws (双随机一公开). Writes run in one transaction with their audit entry; "now" comes from
// the caller's clock, the draw's seed from the caller (entropy at draw time) and is recorded.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dual_prevention/enforcement/enforcement_plan_repository.hpp"
#include "dual_prevention/enforcement/enforcement_plan_rules.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::enforcement {

struct NewPlan {
  int64_t year = 0;
  std::string title;
  std::vector<PlanTarget> targets;  // kind × quarter → count
};
// The caller's agency's plan for the year: plan_exists (field year, 422) when it has one.
int64_t CreatePlan(storage::Connection& conn, const api::Principal& who, const NewPlan& in,
                   int64_t now);

struct NewDraw {
  int64_t enterprise_count = 0, inspector_count = 0;
  std::string kind = "routine";  // enforcement_rules InspectionKinds()
  std::string due_on;            // the planned inspections' due date
  std::string industry, region_code, risk_level;  // filters ("" = any)
  std::string region_path;       // of region_code, resolved by the handler
  int64_t risk_rank = 0;         // of risk_level
};
// Draws on a plan in scope (404 otherwise) owned by the caller's agency (plan_not_own):
// draw_inspectors_short, draw_scope_empty. Records the draw with its seed and pools, creates the
// planned inspections assigned to the drawn inspectors, notifies them; returns the draw id.
int64_t DrawOnPlan(storage::Connection& conn, const api::Principal& who, int64_t plan_id,
                   const NewDraw& in, std::uint64_t seed, notifications::PendingPushes& pushes,
                   int64_t now);

// Re-runs a recorded draw from its seed and pools: whether the result equals the planned
// inspections it created (enterprises in order, inspectors of each).
bool DrawReproduces(const DrawRecord& draw, const std::vector<PlannedInspectionRecord>& created);

// "1,2,3" ↔ ids.
std::string JoinIds(const std::vector<int64_t>& ids);
std::vector<int64_t> SplitIds(const std::string& text);

}  // namespace anjian::enforcement
