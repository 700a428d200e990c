// Destruction plans (销毁方案, 条例 art. 43): the enterprise registers the goods to destroy with
// the reason, method, place and planned date, records its reports to the province-level
// civil-explosives authority and the county public-security organ (the supervising regulators are
// notified of each), and the `destruction` voucher that books the destruction executes the plan:
// only once both reports are recorded, only within the plan's goods, recording the supervisor.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/audit_service.hpp"
#include "explosives/destruction/destruction_repository.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::destruction {

inline constexpr const char* kDestructionPlanReported = "destruction_plan_reported";

struct PlanInput {
  int64_t enterprise_id = 0;
  std::string reason, description, method, place, planned_on;
  std::vector<PlanItem> items;  // checked (CheckPlanItems)
  int64_t user_id = 0;
};
// One transaction: the plan, its goods, the 'created' event and the audit entry. Returns the id.
int64_t CreatePlan(storage::Connection& conn, const PlanInput& in, const audit::Actor& actor,
                   int64_t now);

struct ReportInput {
  std::string kind;  // reported_province | reported_police
  std::string reported_on, receiving_unit, document_number, note;
  int64_t user_id = 0;
};
// One transaction: 404 outside the scope, 409 once closed; the event, the new status, the audit
// entry and a notification to the users of every agency over the enterprise (pushed after the
// commit). A second report to the same office corrects the first (the latest counts).
void RecordReport(storage::Connection& conn, const api::Scope& scope, int64_t plan_id,
                  const ReportInput& in, const audit::Actor& actor, api::Notifier* notifier,
                  int64_t now);

// What the destruction voucher records about the destruction (the `destruction` object).
struct Execution {
  int64_t plan_id = 0;
  std::string supervisor_name, supervisor_unit, destroyed_on, result;
};
// The step the destruction voucher's posting runs inside its transaction, after booking: the
// plan of the enterprise locked (422 destruction_plan_unknown otherwise), 409 when closed, 422
// CheckExecution's errors, then the 'closed' event naming the voucher and the supervisor, the
// status and the audit entry.
voucher::WithinPosting ExecutionStep(Execution e, int64_t enterprise_id, int64_t user_id,
                                     audit::Actor actor, int64_t now);

struct PlanDetail {
  PlanRow row;
  std::vector<PlanItem> items;
  std::vector<PlanEvent> events;
};
std::pair<std::vector<PlanRow>, int64_t> ListPlans(storage::Connection& conn,
                                                   const api::Scope& scope, const PlanFilter& f,
                                                   int64_t limit, int64_t offset);
std::optional<PlanDetail> GetPlan(storage::Connection& conn, const api::Scope& scope, int64_t id);

}  // namespace anjian::destruction
