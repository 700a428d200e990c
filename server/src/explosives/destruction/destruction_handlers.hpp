// The destruction-plan handlers (routes.cpp lists them) and the `destruction` object of a
// destruction voucher, read by the voucher's POST.
#pragma once

#include <optional>

#include "explosives/destruction/destruction_service.hpp"
#include "platform/api/context.hpp"
#include "platform/api/json.hpp"

namespace anjian::destruction {

api::Response ListPlansHandler(api::Context& ctx);
api::Response ExportPlansHandler(api::Context& ctx);
api::Response CreatePlanHandler(api::Context& ctx);
api::Response GetPlanHandler(api::Context& ctx);
api::Response RecordReportHandler(api::Context& ctx);

// The voucher body's `destruction` object {plan_id, supervisor_name, supervisor_unit,
// destroyed_on, result}: required (destruction_plan_required) when `is_destruction`, refused on
// any other voucher. Errors are added to `in` (fields "destruction.…").
std::optional<Execution> ReadExecution(const api::Context& ctx, api::JsonInput& in,
                                       bool is_destruction);

}  // namespace anjian::destruction
