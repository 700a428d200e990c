#include "explosives/catalogue/catalogue_service.hpp"

#include <boost/json.hpp>

#include "platform/storage/cluster.hpp"
#include "core/core_errors.hpp"
#include "explosives/catalogue/catalogue_errors.hpp"
#include "explosives/catalogue/catalogue_json.hpp"
#include "explosives/magazine/magazine_storage_rules.hpp"

namespace anjian::catalogue {

namespace json = boost::json;

namespace {

// A product is written by its owner: the enterprise for its own, the deployment administrator
// for the deployment's. Another enterprise's product is out of scope already (404).
void RequireOwner(const Writer& w, const Product& p) {
  if (p.owner_enterprise_id == 0) {
    // A rule of the catalogue, not a missing permission: 422 naming it.
    if (!w.deployment_admin) core::Invalid(Err("product_deployment_only").At(""));
  } else if (!w.enterprise_id || *w.enterprise_id != p.owner_enterprise_id) {
    throw ApiException{Error::NotFound("product")};
  }
}

void CheckInput(const ProductInput& in) {
  auto errors = CheckProductInput(in, magazine::StorageRulesInForce());
  if (!errors.empty()) core::Invalid(std::move(errors));
}

std::string Serialize(const Product& p) { return json::serialize(ProductSnapshot(p)); }

}  // namespace

void Reload(storage::Connection& conn) { Publish(LoadCatalogue(conn)); }

ProductRow RequireProduct(storage::Connection& conn, const api::Scope& scope, std::int64_t id) {
  auto row = FindProduct(conn, scope, id);
  if (!row) throw ApiException{Error::NotFound("product")};
  return *row;
}

ProductRow CreateProduct(storage::Connection& conn, const Writer& w, const ProductInput& in) {
  CheckInput(in);
  Product p = ProductFromInput(in);
  std::optional<std::string> region_path;
  if (w.enterprise_id) {
    p.owner_enterprise_id = *w.enterprise_id;
  } else if (!w.deployment_admin) {
    core::Invalid(Err("product_owner_required").At(""));
  }
  const std::string now = core::IsoFromUnix(w.actor.at);
  api::Scope all{api::Scope::Kind::kAll, "", 0};
  storage::Transaction tx(conn);
  if (w.enterprise_id) {
    region_path = EnterpriseRegionPath(conn, *w.enterprise_id);
    if (!region_path) throw ApiException{Error::NotFound("enterprise")};
  }
  if (p.id.empty()) p.id = FreeCode(conn);
  else if (CodeTaken(conn, p.id)) core::Invalid(Err("product_code_taken").At("code", p.id));
  p.db_id = InsertProduct(conn, p, region_path, now);
  const std::string after = Serialize(p);
  InsertChange(conn, p.db_id, "create", "", after, w.actor.id.value_or(0), now);
  audit::Append(conn, w.actor, "create", "product", std::to_string(p.db_id), nullptr,
                json::parse(after));
  auto row = FindProduct(conn, all, p.db_id);
  storage::BumpRevision(conn, "catalogue");  // issue 16: every node reloads it
  tx.Commit();
  Reload(conn);
  return *row;
}

ProductRow EditProduct(storage::Connection& conn, const api::Scope& scope, const Writer& w,
                       std::int64_t id, const ProductInput& in) {
  CheckInput(in);
  const std::string now = core::IsoFromUnix(w.actor.at);
  api::Scope all{api::Scope::Kind::kAll, "", 0};
  storage::Transaction tx(conn);
  auto before = FindProduct(conn, scope, id, true);
  if (!before) throw ApiException{Error::NotFound("product")};
  RequireOwner(w, before->product);
  Product p = ProductFromInput(in);
  p.id = before->product.id;  // the code never changes: vouchers and balances name it
  p.db_id = id;
  p.active = before->product.active;
  p.owner_enterprise_id = before->product.owner_enterprise_id;
  // A product already in stores keeps what its stock was counted in.
  if (ProductInUse(conn, p.id)) {
    if (p.unit != before->product.unit)
      core::Invalid(Err("product_in_use_unit").At("unit", p.id));
    if (p.coded != before->product.coded)
      core::Invalid(Err("product_in_use_coded").At("coded", p.id));
  }
  UpdateProduct(conn, p, now);
  const std::string b = Serialize(before->product), a = Serialize(p);
  InsertChange(conn, id, "update", b, a, w.actor.id.value_or(0), now);
  audit::Append(conn, w.actor, "update", "product", std::to_string(id), json::parse(b),
                json::parse(a));
  auto row = FindProduct(conn, all, id);
  storage::BumpRevision(conn, "catalogue");  // issue 16: every node reloads it
  tx.Commit();
  Reload(conn);
  return *row;
}

ProductRow SetProductActive(storage::Connection& conn, const api::Scope& scope, const Writer& w,
                            std::int64_t id, bool active) {
  const std::string now = core::IsoFromUnix(w.actor.at);
  api::Scope all{api::Scope::Kind::kAll, "", 0};
  storage::Transaction tx(conn);
  auto before = FindProduct(conn, scope, id, true);
  if (!before) throw ApiException{Error::NotFound("product")};
  RequireOwner(w, before->product);
  if (before->product.active == active) {
    tx.Commit();
    return *before;
  }
  SetProductStatus(conn, id, active, now);
  Product p = before->product;
  p.active = active;
  const std::string b = Serialize(before->product), a = Serialize(p);
  const char* action = active ? "reactivate" : "deactivate";
  InsertChange(conn, id, action, b, a, w.actor.id.value_or(0), now);
  audit::Append(conn, w.actor, action, "product", std::to_string(id), json::parse(b),
                json::parse(a));
  auto row = FindProduct(conn, all, id);
  storage::BumpRevision(conn, "catalogue");  // issue 16: every node reloads it
  tx.Commit();
  Reload(conn);
  return *row;
}

void RemoveProduct(storage::Connection& conn, const api::Scope& scope, const Writer& w,
                   std::int64_t id) {
  storage::Transaction tx(conn);
  auto before = FindProduct(conn, scope, id, true);
  if (!before) throw ApiException{Error::NotFound("product")};
  RequireOwner(w, before->product);
  if (ProductInUse(conn, before->product.id))
    throw ApiException{Err("product_in_use").Conflict(before->product.id)};
  // Its history stays (product_changes has no foreign key), with the deletion appended.
  const std::string now = core::IsoFromUnix(w.actor.at);
  InsertChange(conn, id, "delete", Serialize(before->product), "{}", w.actor.id.value_or(0), now);
  audit::Append(conn, w.actor, "delete", "product", std::to_string(id),
                ProductSnapshot(before->product), nullptr);
  DeleteProduct(conn, id);
  storage::BumpRevision(conn, "catalogue");  // issue 16: every node reloads it
  tx.Commit();
  Reload(conn);
}

}  // namespace anjian::catalogue
