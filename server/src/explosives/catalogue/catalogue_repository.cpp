#include "explosives/catalogue/catalogue_repository.hpp"

#include "platform/storage/like.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::catalogue {

namespace {

constexpr const char* kColumns =
    "p.id, p.code, p.name, p.name_en, p.kind, p.brand, p.specification, p.manufacturer, p.unit, "
    "p.net_mass_per_unit_g, p.storage_class, p.coded, p.ga441_codes, p.status, "
    "p.owner_enterprise_id, COALESCE(e.name, '') AS owner_name, p.created_at, p.updated_at";
constexpr const char* kFrom = " FROM products p LEFT JOIN enterprises e ON e.id = p.owner_enterprise_id";

ProductRow RowAt(const storage::ResultSet& rs, size_t i) {
  ProductRow r;
  Product& p = r.product;
  p.db_id = rs.Int(i, "id");
  p.id = rs.Text(i, "code");
  p.label_zh = rs.Text(i, "name");
  p.label_en = rs.Text(i, "name_en");
  if (p.label_en.empty()) p.label_en = p.label_zh;
  p.kind = ParseProductKind(rs.Text(i, "kind")).value_or(ProductKind::kIndustrialExplosive);
  p.brand = rs.Text(i, "brand");
  p.specification = rs.Text(i, "specification");
  p.manufacturer = rs.Text(i, "manufacturer");
  p.unit = ParseUnit(rs.Text(i, "unit")).value_or(Unit::kKg);
  p.net_explosive_mass_per_unit_kg = rs.Double(i, "net_mass_per_unit_g") / 1000.0;
  p.storage_class = rs.Text(i, "storage_class");
  p.coded = rs.Int(i, "coded") != 0;
  p.ga441_codes = rs.Int(i, "ga441_codes") != 0;
  p.active = rs.Text(i, "status") == "active";
  p.owner_enterprise_id = rs.Int(i, "owner_enterprise_id");
  r.owner_name = rs.Text(i, "owner_name");
  r.created_at = rs.Text(i, "created_at");
  r.updated_at = rs.Text(i, "updated_at");
  return r;
}

// Visible: the deployment's products, and the enterprises' products inside the scope.
api::SqlFilter VisibleWhere(const api::Scope& scope) {
  auto sf = api::ScopeSql(scope, "p.owner_region_path", "p.owner_enterprise_id");
  sf.sql = "(p.owner_enterprise_id IS NULL OR (" + sf.sql + "))";
  return sf;
}

double MassGrams(const Product& p) { return p.net_explosive_mass_per_unit_kg * 1000.0; }

}  // namespace

Catalogue LoadCatalogue(storage::Connection& conn) {
  auto rs = conn.Query(std::string("SELECT ") + kColumns + kFrom + " ORDER BY p.id");
  Catalogue c;
  c.products.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) c.products.push_back(RowAt(rs, i).product);
  return c;
}

std::optional<ProductRow> FindProduct(storage::Connection& conn, const api::Scope& scope,
                                      std::int64_t id, bool lock) {
  auto sf = VisibleWhere(scope);
  sf.params.insert(sf.params.begin(), id);
  auto rs = conn.Query(std::string("SELECT ") + kColumns + kFrom + " WHERE p.id = ? AND " +
                           sf.sql + (lock ? storage::ForUpdate(conn, "p") : std::string()),
                       sf.params);
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::pair<std::vector<ProductRow>, std::int64_t> ListProducts(storage::Connection& conn,
                                                              const api::Scope& scope,
                                                              const ProductFilter& f,
                                                              std::int64_t page,
                                                              std::int64_t page_size) {
  auto sf = VisibleWhere(scope);
  std::string where = " WHERE " + sf.sql;
  auto params = sf.params;
  if (!f.keyword.empty()) {
    where += " AND (";
    bool first = true;
    for (const char* col : {"p.code", "p.name", "p.brand", "p.specification", "p.manufacturer"}) {
      where += (first ? "" : " OR ") + storage::LikeContains(col);
      params.push_back(storage::ContainsPattern(f.keyword));
      first = false;
    }
    where += ")";
  }
  if (!f.kind.empty()) {
    where += " AND p.kind = ?";
    params.push_back(f.kind);
  }
  if (!f.status.empty()) {
    where += " AND p.status = ?";
    params.push_back(f.status);
  }
  if (f.owner == "deployment") where += " AND p.owner_enterprise_id IS NULL";
  if (f.owner == "enterprise") where += " AND p.owner_enterprise_id IS NOT NULL";
  if (f.enterprise_id) {
    where += " AND p.owner_enterprise_id = ?";
    params.push_back(*f.enterprise_id);
  }
  auto count = conn.Query("SELECT COUNT(*) AS n FROM products p" + where, params);
  const std::int64_t total = count.Int(0, "n");
  params.push_back(page_size);
  params.push_back((page - 1) * page_size);
  auto rs = conn.Query(std::string("SELECT ") + kColumns + kFrom + where +
                           " ORDER BY (CASE WHEN p.owner_enterprise_id IS NULL THEN 0 ELSE 1 END), "
                           "p.kind, p.id LIMIT ? OFFSET ?",
                       params);
  std::vector<ProductRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return {std::move(out), total};
}

bool CodeTaken(storage::Connection& conn, const std::string& code) {
  return !conn.Query("SELECT 1 AS x FROM products WHERE code = ?", {code}).empty();
}

std::string FreeCode(storage::Connection& conn) {
  std::int64_t n =
      conn.Query("SELECT COALESCE(MAX(id), 0) AS n FROM products").Int(0, "n") + 1;
  std::string code = "p" + std::to_string(n);
  while (CodeTaken(conn, code)) code = "p" + std::to_string(++n);
  return code;
}

bool ProductInUse(storage::Connection& conn, const std::string& code) {
  for (const char* sql : {"SELECT 1 AS x FROM voucher_lines WHERE product_id = ? LIMIT 1",
                          "SELECT 1 AS x FROM stock_balances WHERE product_id = ? LIMIT 1",
                          "SELECT 1 AS x FROM detonator_codes WHERE product_id = ? LIMIT 1",
                          "SELECT 1 AS x FROM stocktake_quantities WHERE product_id = ? LIMIT 1",
                          "SELECT 1 AS x FROM stocktake_codes WHERE product_id = ? LIMIT 1"}) {
    if (!conn.Query(sql, {code}).empty()) return true;
  }
  return false;
}

std::optional<std::string> EnterpriseRegionPath(storage::Connection& conn, std::int64_t id) {
  auto rs = conn.Query("SELECT region_path FROM enterprises WHERE id = ?", {id});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "region_path");
}

std::int64_t InsertProduct(storage::Connection& conn, const Product& p,
                           const std::optional<std::string>& owner_region_path,
                           const std::string& now_iso) {
  storage::Value owner = p.owner_enterprise_id ? storage::Value{p.owner_enterprise_id}
                                               : storage::Value{nullptr};
  storage::Value path =
      owner_region_path ? storage::Value{*owner_region_path} : storage::Value{nullptr};
  auto rs = conn.Query(
      "INSERT INTO products (code, name, name_en, kind, brand, specification, manufacturer, "
      "unit, net_mass_per_unit_g, storage_class, coded, ga441_codes, status, "
      "owner_enterprise_id, owner_region_path, created_at, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {p.id, p.label_zh, p.label_en, std::string(ProductKindValue(p.kind)), p.brand,
       p.specification, p.manufacturer, std::string(UnitValue(p.unit)), MassGrams(p),
       p.storage_class, static_cast<std::int64_t>(p.coded), static_cast<std::int64_t>(p.ga441_codes),
       std::string(p.active ? "active" : "inactive"), owner, path, now_iso, now_iso});
  return rs.Int(0, "id");
}

void UpdateProduct(storage::Connection& conn, const Product& p, const std::string& now_iso) {
  conn.Exec(
      "UPDATE products SET name = ?, name_en = ?, kind = ?, brand = ?, specification = ?, "
      "manufacturer = ?, unit = ?, net_mass_per_unit_g = ?, storage_class = ?, coded = ?, "
      "ga441_codes = ?, updated_at = ? WHERE id = ?",
      {p.label_zh, p.label_en, std::string(ProductKindValue(p.kind)), p.brand, p.specification,
       p.manufacturer, std::string(UnitValue(p.unit)), MassGrams(p), p.storage_class,
       static_cast<std::int64_t>(p.coded), static_cast<std::int64_t>(p.ga441_codes), now_iso,
       p.db_id});
}

void SetProductStatus(storage::Connection& conn, std::int64_t id, bool active,
                      const std::string& now_iso) {
  conn.Exec("UPDATE products SET status = ?, updated_at = ? WHERE id = ?",
            {std::string(active ? "active" : "inactive"), now_iso, id});
}

void DeleteProduct(storage::Connection& conn, std::int64_t id) {
  conn.Exec("DELETE FROM products WHERE id = ?", {id});
}

void InsertChange(storage::Connection& conn, std::int64_t product_id, const std::string& action,
                  const std::string& before_json, const std::string& after_json,
                  std::int64_t changed_by, const std::string& now_iso) {
  storage::Value before = before_json.empty() ? storage::Value{nullptr} : storage::Value{before_json};
  storage::Value by = changed_by ? storage::Value{changed_by} : storage::Value{nullptr};
  conn.Exec(
      "INSERT INTO product_changes (product_id, action, before_json, after_json, changed_by, "
      "changed_at) VALUES (?, ?, ?, ?, ?, ?)",
      {product_id, action, before, after_json, by, now_iso});
}

std::vector<ProductChange> ListChanges(storage::Connection& conn, std::int64_t product_id) {
  auto rs = conn.Query(
      "SELECT c.id, c.action, c.before_json, c.after_json, c.changed_by, "
      "COALESCE(u.display_name, '') AS changed_by_name, c.changed_at FROM product_changes c "
      "LEFT JOIN users u ON u.id = c.changed_by WHERE c.product_id = ? ORDER BY c.id DESC",
      {product_id});
  std::vector<ProductChange> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "action"), rs.Text(i, "before_json"),
                   rs.Text(i, "after_json"), rs.Int(i, "changed_by"),
                   rs.Text(i, "changed_by_name"), rs.Text(i, "changed_at")});
  return out;
}

}  // namespace anjian::catalogue
