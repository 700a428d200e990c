// The handlers of /api/v1/vouchers and /api/v1/detonator-codes: parse the request, call
// voucher_service, render JSON.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::voucher {

api::Response ListVouchersHandler(api::Context& ctx);
api::Response PostVoucherHandler(api::Context& ctx);
api::Response GetVoucherHandler(api::Context& ctx);
api::Response ReverseHandler(api::Context& ctx);
api::Response TraceHandler(api::Context& ctx);

}  // namespace anjian::voucher
