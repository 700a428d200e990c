// The product catalogue's writes: each in one transaction with its audit entry and its
// product_changes row (the row before and after); after the commit the catalogue in force is
// reloaded (Reload), so vouchers, stocktakes and summaries read the new figures at once.
#pragma once

#include <cstdint>

#include "audit/audit_service.hpp"
#include "explosives/catalogue/catalogue_repository.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::catalogue {

// Loads every product and publishes it as the catalogue in force (start-up, after a write).
void Reload(storage::Connection& conn);

// Who writes: an enterprise account writes its own products; a holder of settings:manage
// (the system administrator) the deployment's.
struct Writer {
  audit::Actor actor;
  std::optional<std::int64_t> enterprise_id;
  bool deployment_admin = false;
};

ProductRow RequireProduct(storage::Connection& conn, const api::Scope& scope, std::int64_t id);
ProductRow CreateProduct(storage::Connection& conn, const Writer& w, const ProductInput& in);
ProductRow EditProduct(storage::Connection& conn, const api::Scope& scope, const Writer& w,
                       std::int64_t id, const ProductInput& in);
ProductRow SetProductActive(storage::Connection& conn, const api::Scope& scope, const Writer& w,
                            std::int64_t id, bool active);
// Only a product nothing names: otherwise 409 product_in_use (deactivate it instead).
void RemoveProduct(storage::Connection& conn, const api::Scope& scope, const Writer& w,
                   std::int64_t id);

}  // namespace anjian::catalogue
