// The route table of explosives/voucher: vouchers (出入库单) and the trace of a detonator code.
#include "explosives/voucher/voucher_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::voucher {

void RegisterVoucherRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/vouchers", "ledger:read", ListVouchersHandler);
  r.Add("POST", "/api/v1/vouchers", "ledger:write", PostVoucherHandler);
  r.Add("GET", "/api/v1/vouchers/{id}", "ledger:read", GetVoucherHandler);
  r.Add("POST", "/api/v1/vouchers/{id}/reversal", "ledger:write", ReverseHandler);
  r.Add("GET", "/api/v1/detonator-codes/{code}", "ledger:read", TraceHandler);
}

}  // namespace anjian::voucher
