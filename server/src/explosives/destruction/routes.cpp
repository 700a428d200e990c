// The destruction-plan routes (销毁方案, 条例 art. 43), each with its permission. The plan is
// executed by the destruction voucher (POST /api/v1/vouchers with its `destruction` object).
#include "explosives/destruction/destruction_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::destruction {

void RegisterDestructionRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/destruction-plans", "ledger:read", ListPlansHandler);
  r.Add("GET", "/api/v1/destruction-plans/export", "ledger:read", ExportPlansHandler);
  r.Add("POST", "/api/v1/destruction-plans", "ledger:write", CreatePlanHandler);
  r.Add("GET", "/api/v1/destruction-plans/{id}", "ledger:read", GetPlanHandler);
  r.Add("POST", "/api/v1/destruction-plans/{id}/reports", "ledger:write", RecordReportHandler);
}

}  // namespace anjian::destruction
