// The route table of explosives/catalogue: the product catalogue (民爆物品品种).
#include "explosives/catalogue/catalogue_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::catalogue {

void RegisterCatalogueRoutes(api::Router& r) {
  // The catalogue as data (issue 11 §2): enterprises keep their own products (ledger:manage),
  // the system administrator the deployment's (settings:manage); regulators read.
  const std::string read = api::AnyOf({"ledger:read", "settings:read"});
  r.Add("GET", "/api/v1/explosive-products", "ledger:read", ProductsHandler);
  const std::string write = api::AnyOf({"ledger:manage", "settings:manage"});
  r.Add("GET", "/api/v1/products", read, ListProductsHandler);
  r.Add("GET", "/api/v1/products/export", read, ExportProductsHandler);
  r.Add("POST", "/api/v1/products", write, CreateProductHandler);
  r.Add("GET", "/api/v1/products/{id}", read, GetProductHandler);
  r.Add("PUT", "/api/v1/products/{id}", write, EditProductHandler);
  r.Add("DELETE", "/api/v1/products/{id}", write, DeleteProductHandler);
  r.Add("POST", "/api/v1/products/{id}/deactivate", write, DeactivateProductHandler);
  r.Add("POST", "/api/v1/products/{id}/activate", write, ActivateProductHandler);
  r.Add("GET", "/api/v1/products/{id}/history", read, ProductHistoryHandler);
}

}  // namespace anjian::catalogue
