// The counts behind "我的待办" (GET /api/v1/todo): one COUNT per item, inside the caller's scope
// (ScopeSql in the WHERE clause), never rows counted in memory. Each definition lives here once;
// the home pages and the badges read them through the to-do answer.
#pragma once

#include <cstdint>
#include <string>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::dashboard {

// A count and the part of it already past its deadline.
struct TodoCount {
  int64_t count = 0, overdue = 0;
};

// Inspection tasks (隐患排查任务) still open whose period has started by China's day `today`
// ("YYYY-MM-DD"), assigned to `user_id` or to nobody; overdue: due before `now_utc` (UTC text).
TodoCount OpenInspectionTasks(storage::Connection& conn, const api::Scope& scope, int64_t user_id,
                              const std::string& today, const std::string& now_utc);

// Hidden dangers whose rectification is assigned to `user_id` and not yet reported done;
// overdue: effective deadline before `today`.
TodoCount HiddenDangersOwned(storage::Connection& conn, const api::Scope& scope, int64_t user_id,
                             const std::string& today);

// Hidden dangers waiting for the enterprise's management: to grade (reported), to assign
// (assessed) or to verify (rectified).
TodoCount HiddenDangersToHandle(storage::Connection& conn, const api::Scope& scope,
                                const std::string& today);

// Open major hidden dangers (重大事故隐患, is_open = 1) past their effective deadline: the same
// "overdue" as the hidden-danger list and statistics (effective_deadline < today).
int64_t OverdueMajorHiddenDangers(storage::Connection& conn, const api::Scope& scope,
                                  const std::string& today);

// Major hidden dangers the enterprise verified, awaiting the regulator's sign-off (销号).
int64_t MajorHiddenDangersAwaitingSignoff(storage::Connection& conn, const api::Scope& scope);

// Stocktakes counted and neither approved nor rejected (the latest event is "counted").
int64_t StocktakesAwaitingApproval(storage::Connection& conn, const api::Scope& scope);

// Loss or theft incidents (丢失被盗) not closed.
int64_t OpenLossIncidents(storage::Connection& conn, const api::Scope& scope);

// Production halts (停产撤人) still halted: the regulator's restart approval (复产) is due
// (ix_production_halts_path).
int64_t HaltsAwaitingRestart(storage::Connection& conn, const api::Scope& scope);

}  // namespace anjian::dashboard
