// The SQL of destruction plans (销毁方案): tables destruction_plans, destruction_plan_items,
// destruction_plan_codes and destruction_plan_events (V030). Reads take the caller's Scope and
// apply it in SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "explosives/destruction/destruction_plan_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::destruction {

struct PlanRow {
  int64_t id = 0, enterprise_id = 0;
  std::string region_path, number, reason, description, method, place, planned_on, status;
  int64_t created_by = 0;
  std::string created_by_name, created_at, enterprise_name;
};

struct PlanEvent {
  int64_t id = 0;
  std::string kind, at;
  int64_t by_user_id = 0;
  std::string by_name;
  std::string reported_on, receiving_unit, document_number;
  std::optional<int64_t> voucher_id;
  std::string voucher_number;
  std::string supervisor_name, supervisor_unit, destroyed_on, result, note;
};

struct PlanFilter {
  std::string status;  // draft | reporting | reported | closed
  std::optional<int64_t> enterprise_id;
};

struct NewPlan {
  int64_t enterprise_id = 0;
  std::string region_path, reason, description, method, place, planned_on;
  int64_t created_by = 0;
  std::string created_at;
};

// Inserts the plan with an empty number; returns its id.
int64_t InsertPlan(storage::Connection& conn, const NewPlan& p);
void SetPlanNumber(storage::Connection& conn, int64_t id, const std::string& number);
void SetPlanStatus(storage::Connection& conn, int64_t id, const std::string& status);
void InsertPlanItems(storage::Connection& conn, int64_t id, const std::vector<PlanItem>& items);
void InsertPlanEvent(storage::Connection& conn, int64_t plan_id, const PlanEvent& e);

int64_t CountPlans(storage::Connection& conn, const api::Scope& scope, const PlanFilter& f);
// Newest first.
std::vector<PlanRow> ListPlanRows(storage::Connection& conn, const api::Scope& scope,
                                  const PlanFilter& f, int64_t limit, int64_t offset);
// The plan in the scope; `lock`: its row locked for the transaction (a report or the execution
// decides on it).
std::optional<PlanRow> FindPlan(storage::Connection& conn, const api::Scope& scope, int64_t id,
                                bool lock = false);
// The goods, in line order, with their codes.
std::vector<PlanItem> PlanItems(storage::Connection& conn, int64_t id);
// Oldest first.
std::vector<PlanEvent> PlanEvents(storage::Connection& conn, int64_t id);
std::set<std::string> PlanEventKinds(storage::Connection& conn, int64_t id);

}  // namespace anjian::destruction
