#include "explosives/magazine/magazine_repository.hpp"

#include <boost/json.hpp>

#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::magazine {

namespace json = boost::json;

namespace {

constexpr const char* kMagazineColumns =
    "s.id, s.enterprise_id, e.name AS enterprise_name, s.region_path, s.name, s.kind, "
    "s.rated_net_mass_g, s.rated_pieces, s.product_limits_json, s.holds_non_normal, s.status, "
    "s.created_at, "
    // 待核定 (V051): an initial capacity request not approved and no request of the store approved.
    "CASE WHEN EXISTS (SELECT 1 FROM store_capacity_requests q WHERE q.store_id = s.id AND "
    "q.kind = 'initial' AND q.status <> 'approved') AND NOT EXISTS (SELECT 1 FROM "
    "store_capacity_requests q WHERE q.store_id = s.id AND q.status = 'approved') THEN 1 ELSE 0 "
    "END AS rating_pending";

MagazineRow RowAt(const storage::ResultSet& rs, size_t i) {
  MagazineRow s;
  s.id = rs.Int(i, "id");
  s.enterprise_id = rs.Int(i, "enterprise_id");
  s.enterprise_name = rs.Text(i, "enterprise_name");
  s.region_path = rs.Text(i, "region_path");
  s.name = rs.Text(i, "name");
  s.kind = ParseMagazineKind(rs.Text(i, "kind")).value_or(MagazineKind::kMainMagazine);
  s.limits.net_mass_g = rs.OptInt(i, "rated_net_mass_g");
  s.limits.pieces = rs.OptInt(i, "rated_pieces");
  auto limits = json::parse(rs.Text(i, "product_limits_json"));
  for (const auto& kv : limits.as_object())
    s.limits.product_quantity_milli[std::string(kv.key())] = kv.value().as_int64();
  s.holds_non_normal = rs.Int(i, "holds_non_normal") != 0;
  s.status = rs.Text(i, "status");
  s.created_at = rs.Text(i, "created_at");
  s.rating_pending = rs.Int(i, "rating_pending") != 0;
  return s;
}

std::vector<Balance> BalancesAt(const storage::ResultSet& rs) {
  std::vector<Balance> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "store_id"), rs.Text(i, "product_id"), rs.Int(i, "quantity_milli")});
  return out;
}

// The scope (and optionally one enterprise) as a WHERE clause on `stores s`.
api::SqlFilter MagazinesWhere(const api::Scope& scope, std::optional<int64_t> enterprise_id) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  sf.sql = " WHERE " + sf.sql;
  if (enterprise_id) {
    sf.sql += " AND s.enterprise_id = ?";
    sf.params.push_back(*enterprise_id);
  }
  return sf;
}

std::string LimitsJson(const MagazineLimits& limits) {
  json::object o;
  for (const auto& [p, q] : limits.product_quantity_milli) o[p] = q;
  return json::serialize(o);
}

std::optional<std::string> OptText(const storage::ResultSet& rs, size_t i, const char* col) {
  if (rs.IsNull(i, col)) return std::nullopt;
  return rs.Text(i, col);
}

}  // namespace

std::optional<MagazineRow> FindMagazine(storage::Connection& conn, const api::Scope& scope,
                                        int64_t id, bool lock) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string("SELECT ") + kMagazineColumns +
                           " FROM stores s JOIN enterprises e ON e.id = s.enterprise_id "
                           "WHERE s.id = ? AND " +
                           sf.sql + (lock ? storage::ForUpdate(conn, "s") : std::string()),
                       params);
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::vector<MagazineRow> ListMagazines(storage::Connection& conn, const api::Scope& scope,
                                       std::optional<int64_t> enterprise_id) {
  auto where = MagazinesWhere(scope, enterprise_id);
  auto rs = conn.Query(std::string("SELECT ") + kMagazineColumns +
                           " FROM stores s JOIN enterprises e ON e.id = s.enterprise_id" +
                           where.sql + " ORDER BY s.region_path, s.enterprise_id, s.id",
                       where.params);
  std::vector<MagazineRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

std::vector<Balance> BalancesOf(storage::Connection& conn, int64_t magazine_id) {
  return BalancesAt(conn.Query(
      "SELECT store_id, product_id, quantity_milli FROM stock_balances WHERE store_id = ? "
      "ORDER BY product_id",
      {magazine_id}));
}

std::vector<Balance> ListBalances(storage::Connection& conn, const api::Scope& scope,
                                  std::optional<int64_t> enterprise_id) {
  auto where = MagazinesWhere(scope, enterprise_id);
  return BalancesAt(conn.Query(
      "SELECT b.store_id, b.product_id, b.quantity_milli FROM stock_balances b "
      "JOIN stores s ON s.id = b.store_id" + where.sql,
      where.params));
}

std::vector<Balance> AllBalances(storage::Connection& conn) {
  return BalancesAt(conn.Query("SELECT store_id, product_id, quantity_milli FROM stock_balances"));
}

std::vector<Balance> PositiveBalances(storage::Connection& conn) {
  return BalancesAt(conn.Query(
      "SELECT b.store_id, b.product_id, b.quantity_milli FROM stock_balances b "
      "JOIN stores s ON s.id = b.store_id WHERE b.quantity_milli > 0"));
}

void SaveBalances(storage::Connection& conn, int64_t magazine_id,
                  const std::map<std::string, int64_t, std::less<>>& quantities,
                  const std::set<std::string>& products, bool holds_non_normal,
                  const std::string& now_iso) {
  for (const auto& p : products) {
    auto it = quantities.find(p);
    int64_t q = it == quantities.end() ? 0 : it->second;
    if (q == 0) {
      conn.Exec("DELETE FROM stock_balances WHERE store_id = ? AND product_id = ?",
                {magazine_id, p});
    } else {
      conn.Exec(
          "INSERT INTO stock_balances (store_id, product_id, quantity_milli) VALUES (?, ?, ?) "
          "ON CONFLICT (store_id, product_id) DO UPDATE SET quantity_milli = excluded.quantity_milli",
          {magazine_id, p, q});
    }
  }
  conn.Exec("UPDATE stores SET holds_non_normal = ?, updated_at = ? WHERE id = ?",
            {int64_t{holds_non_normal ? 1 : 0}, now_iso, magazine_id});
}

std::map<std::string, int64_t> CodeCountsByProduct(storage::Connection& conn,
                                                   int64_t magazine_id) {
  auto rs = conn.Query(
      "SELECT product_id, COUNT(*) AS n FROM detonator_codes WHERE store_id = ? GROUP BY product_id",
      {magazine_id});
  std::map<std::string, int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out[rs.Text(i, "product_id")] = rs.Int(i, "n");
  return out;
}

std::optional<std::string> EnterpriseRegionPath(storage::Connection& conn,
                                                int64_t enterprise_id) {
  auto rs = conn.Query("SELECT region_path FROM enterprises WHERE id = ?", {enterprise_id});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "region_path");
}

bool NameTaken(storage::Connection& conn, int64_t enterprise_id, const std::string& name,
               std::optional<int64_t> except_id) {
  if (except_id)
    return !conn.Query("SELECT id FROM stores WHERE enterprise_id = ? AND name = ? AND id <> ?",
                       {enterprise_id, name, *except_id})
                .empty();
  return !conn.Query("SELECT id FROM stores WHERE enterprise_id = ? AND name = ?",
                     {enterprise_id, name})
              .empty();
}

int64_t InsertMagazine(storage::Connection& conn, int64_t enterprise_id,
                       const std::string& region_path, const MagazineInput& in,
                       const std::string& now_iso) {
  auto rs = conn.Query(
      "INSERT INTO stores (enterprise_id, region_path, name, kind, rated_net_mass_g, rated_pieces, "
      "product_limits_json, holds_non_normal, status, created_at, updated_at) VALUES "
      "(?, ?, ?, ?, ?, ?, ?, 0, 'active', ?, ?) RETURNING id",
      {enterprise_id, region_path, in.name, std::string(MagazineKindValue(in.kind)),
       storage::Nullable(in.limits.net_mass_g), storage::Nullable(in.limits.pieces),
       LimitsJson(in.limits), now_iso, now_iso});
  return rs.Int(0, "id");
}

void UpdateMagazine(storage::Connection& conn, int64_t id, const MagazineInput& in,
                    const std::string& now_iso) {
  conn.Exec(
      "UPDATE stores SET name = ?, kind = ?, rated_net_mass_g = ?, rated_pieces = ?, "
      "product_limits_json = ?, updated_at = ? WHERE id = ?",
      {in.name, std::string(MagazineKindValue(in.kind)), storage::Nullable(in.limits.net_mass_g),
       storage::Nullable(in.limits.pieces), LimitsJson(in.limits), now_iso, id});
}

namespace {

MagazineLimits LimitsAt(const storage::ResultSet& rs, size_t i, const std::string& prefix) {
  MagazineLimits l;
  l.net_mass_g = rs.OptInt(i, (prefix + "rated_net_mass_g").c_str());
  l.pieces = rs.OptInt(i, (prefix + "rated_pieces").c_str());
  auto limits = json::parse(rs.Text(i, (prefix + "product_limits_json").c_str()));
  for (const auto& kv : limits.as_object())
    l.product_quantity_milli[std::string(kv.key())] = kv.value().as_int64();
  return l;
}

}  // namespace

int64_t InsertCapacityChange(storage::Connection& conn, const CapacityChange& c) {
  auto rs = conn.Query(
      "INSERT INTO store_capacity_changes (store_id, old_rated_net_mass_g, old_rated_pieces, "
      "old_product_limits_json, new_rated_net_mass_g, new_rated_pieces, new_product_limits_json, "
      "document_number, issuer, approved_on, file_id, changed_by, changed_at) VALUES "
      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {c.store_id, storage::Nullable(c.old_limits.net_mass_g),
       storage::Nullable(c.old_limits.pieces), LimitsJson(c.old_limits),
       storage::Nullable(c.new_limits.net_mass_g), storage::Nullable(c.new_limits.pieces),
       LimitsJson(c.new_limits), c.document_number, c.issuer, c.approved_on,
       storage::Nullable(c.file_id), c.changed_by, c.changed_at});
  return rs.Int(0, "id");
}

std::vector<CapacityChange> CapacityHistory(storage::Connection& conn, const api::Scope& scope,
                                            int64_t magazine_id) {
  auto sf = api::ScopeSql(scope, "s.region_path", "s.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), magazine_id);
  auto rs = conn.Query(
      "SELECT c.id, c.store_id, c.old_rated_net_mass_g, c.old_rated_pieces, "
      "c.old_product_limits_json, c.new_rated_net_mass_g, c.new_rated_pieces, "
      "c.new_product_limits_json, c.document_number, c.issuer, c.approved_on, c.file_id, "
      "c.changed_by, u.display_name AS changed_by_name, c.changed_at "
      "FROM store_capacity_changes c JOIN stores s ON s.id = c.store_id "
      "JOIN users u ON u.id = c.changed_by WHERE c.store_id = ? AND " + sf.sql +
          " ORDER BY c.id",
      params);
  std::vector<CapacityChange> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) {
    CapacityChange c;
    c.id = rs.Int(i, "id");
    c.store_id = rs.Int(i, "store_id");
    c.old_limits = LimitsAt(rs, i, "old_");
    c.new_limits = LimitsAt(rs, i, "new_");
    c.document_number = rs.Text(i, "document_number");
    c.issuer = rs.Text(i, "issuer");
    c.approved_on = rs.Text(i, "approved_on");
    c.file_id = rs.OptInt(i, "file_id");
    c.changed_by = rs.Int(i, "changed_by");
    c.changed_by_name = rs.Text(i, "changed_by_name");
    c.changed_at = rs.Text(i, "changed_at");
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<int64_t> SupervisingAgencies(storage::Connection& conn,
                                         const std::string& region_path) {
  auto rs = conn.Query(
      "SELECT id FROM agencies WHERE status = 'active' AND "
      "SUBSTR(CAST(? AS TEXT), 1, LENGTH(region_path)) = region_path ORDER BY id",
      {region_path});
  std::vector<int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "id"));
  return out;
}

std::vector<Storekeeper> CurrentStorekeepers(storage::Connection& conn, int64_t magazine_id) {
  auto rs = conn.Query(
      "SELECT k.user_id, u.username, u.display_name, k.assigned_at FROM store_storekeepers k "
      "JOIN users u ON u.id = k.user_id WHERE k.store_id = ? AND k.unassigned_at IS NULL "
      "ORDER BY k.id",
      {magazine_id});
  std::vector<Storekeeper> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "user_id"), rs.Text(i, "username"), rs.Text(i, "display_name"),
                   rs.Text(i, "assigned_at")});
  return out;
}

std::vector<StorekeeperAssignment> StorekeeperHistory(storage::Connection& conn,
                                                      int64_t magazine_id) {
  auto rs = conn.Query(
      "SELECT k.id, k.user_id, u.display_name, k.assigned_at, a.display_name AS assigned_by, "
      "k.unassigned_at, b.display_name AS unassigned_by FROM store_storekeepers k "
      "JOIN users u ON u.id = k.user_id "
      "LEFT JOIN users a ON a.id = k.assigned_by_user_id "
      "LEFT JOIN users b ON b.id = k.unassigned_by_user_id "
      "WHERE k.store_id = ? ORDER BY k.id DESC",
      {magazine_id});
  std::vector<StorekeeperAssignment> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Int(i, "user_id"), rs.Text(i, "display_name"),
                   rs.Text(i, "assigned_at"), OptText(rs, i, "assigned_by"),
                   OptText(rs, i, "unassigned_at"), OptText(rs, i, "unassigned_by")});
  return out;
}

std::vector<StorekeeperCandidate> StorekeeperCandidates(storage::Connection& conn,
                                                        int64_t enterprise_id) {
  auto rs = conn.Query(
      "SELECT u.id, u.username, u.display_name FROM users u "
      "JOIN user_roles r ON r.user_id = u.id AND r.role = 'ent_storekeeper' "
      "WHERE u.enterprise_id = ? AND u.status = 'active' ORDER BY u.id",
      {enterprise_id});
  std::vector<StorekeeperCandidate> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "username"), rs.Text(i, "display_name")});
  return out;
}

std::vector<int64_t> AssignedStorekeeperIds(storage::Connection& conn, int64_t magazine_id) {
  auto rs = conn.Query(
      "SELECT user_id FROM store_storekeepers WHERE store_id = ? AND unassigned_at IS NULL",
      {magazine_id});
  std::vector<int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "user_id"));
  return out;
}

bool IsActiveStorekeeper(storage::Connection& conn, int64_t user_id, int64_t enterprise_id) {
  return !conn.Query(
                  "SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
                  "AND r.role = 'ent_storekeeper' WHERE u.id = ? AND u.enterprise_id = ? "
                  "AND u.status = 'active'",
                  {user_id, enterprise_id})
              .empty();
}

std::optional<int64_t> OpenAssignment(storage::Connection& conn, int64_t magazine_id,
                                      int64_t user_id) {
  auto rs = conn.Query(
      "SELECT id FROM store_storekeepers WHERE store_id = ? AND user_id = ? "
      "AND unassigned_at IS NULL",
      {magazine_id, user_id});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

int64_t InsertAssignment(storage::Connection& conn, int64_t magazine_id, int64_t user_id,
                         std::optional<int64_t> by_user_id, const std::string& now_iso) {
  auto rs = conn.Query(
      "INSERT INTO store_storekeepers (store_id, user_id, assigned_at, assigned_by_user_id) "
      "VALUES (?, ?, ?, ?) RETURNING id",
      {magazine_id, user_id, now_iso, storage::Nullable(by_user_id)});
  return rs.Int(0, "id");
}

void EndAssignment(storage::Connection& conn, int64_t assignment_id, int64_t by_user_id,
                   const std::string& now_iso) {
  conn.Exec(
      "UPDATE store_storekeepers SET unassigned_at = ?, unassigned_by_user_id = ? WHERE id = ?",
      {now_iso, by_user_id, assignment_id});
}

}  // namespace anjian::magazine
