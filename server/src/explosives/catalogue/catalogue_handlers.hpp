// The handler of /api/v1/explosive-products: the catalogue in force and the value lists a
// voucher or magazine form needs.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::catalogue {

api::Response ProductsHandler(api::Context& ctx);

}  // namespace anjian::catalogue
