// The SQL of the product catalogue: tables `products` (V029; the deployment's products, owner
// NULL, and every enterprise's own) and `product_changes` (every change, appended). Reads take
// the caller's Scope and apply it in SQL: a deployment product is visible to every caller, an
// enterprise's product to that enterprise and its supervising regulators only (an out-of-scope
// id reads like a missing one). Writes run inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "explosives/catalogue/catalogue_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::catalogue {

struct ProductRow {
  Product product;
  std::string owner_name;  // the enterprise's name; "" for the deployment's products
  std::string created_at, updated_at;
};

// Every product of the database (the catalogue in force is built from it).
Catalogue LoadCatalogue(storage::Connection& conn);

std::optional<ProductRow> FindProduct(storage::Connection& conn, const api::Scope& scope,
                                      std::int64_t id, bool lock = false);

struct ProductFilter {
  std::string keyword;  // code, name, brand, specification or manufacturer
  std::string kind, status;
  std::string owner;    // "" | "deployment" | "enterprise"
  std::optional<std::int64_t> enterprise_id;
};
std::pair<std::vector<ProductRow>, std::int64_t> ListProducts(storage::Connection& conn,
                                                              const api::Scope& scope,
                                                              const ProductFilter& filter,
                                                              std::int64_t page,
                                                              std::int64_t page_size);

bool CodeTaken(storage::Connection& conn, const std::string& code);
// A free code for a product entered without one: "p<n>" after the highest id.
std::string FreeCode(storage::Connection& conn);
// Named by a voucher line, a balance, a detonator code or a stocktake.
bool ProductInUse(storage::Connection& conn, const std::string& code);
std::optional<std::string> EnterpriseRegionPath(storage::Connection& conn, std::int64_t id);

std::int64_t InsertProduct(storage::Connection& conn, const Product& p,
                           const std::optional<std::string>& owner_region_path,
                           const std::string& now_iso);
void UpdateProduct(storage::Connection& conn, const Product& p, const std::string& now_iso);
void SetProductStatus(storage::Connection& conn, std::int64_t id, bool active,
                      const std::string& now_iso);
void DeleteProduct(storage::Connection& conn, std::int64_t id);

struct ProductChange {
  std::int64_t id = 0;
  std::string action;
  std::string before_json, after_json;  // "" for none
  std::int64_t changed_by = 0;
  std::string changed_by_name;
  std::string changed_at;
};
void InsertChange(storage::Connection& conn, std::int64_t product_id, const std::string& action,
                  const std::string& before_json, const std::string& after_json,
                  std::int64_t changed_by, const std::string& now_iso);
std::vector<ProductChange> ListChanges(storage::Connection& conn, std::int64_t product_id);

}  // namespace anjian::catalogue
