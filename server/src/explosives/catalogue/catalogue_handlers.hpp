// The handlers of the product catalogue: /api/v1/explosive-products (the products the caller
// may see and the value lists a voucher or magazine form needs) and /api/v1/products (the
// catalogue kept as data: list, export, create, edit, deactivate, reactivate, delete, history).
#pragma once

#include "platform/api/context.hpp"

namespace anjian::catalogue {

api::Response ProductsHandler(api::Context& ctx);

api::Response ListProductsHandler(api::Context& ctx);
api::Response ExportProductsHandler(api::Context& ctx);
api::Response CreateProductHandler(api::Context& ctx);
api::Response GetProductHandler(api::Context& ctx);
api::Response EditProductHandler(api::Context& ctx);
api::Response DeactivateProductHandler(api::Context& ctx);
api::Response ActivateProductHandler(api::Context& ctx);
api::Response DeleteProductHandler(api::Context& ctx);
api::Response ProductHistoryHandler(api::Context& ctx);

}  // namespace anjian::catalogue
