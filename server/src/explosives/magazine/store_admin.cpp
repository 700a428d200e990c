#include "explosives/magazine/store_admin.hpp"

#include <boost/json.hpp>

#include "core/error.hpp"
#include "explosives/magazine/store_edit_rules.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using storage::Value;

namespace {

json::value OptText(const storage::ResultSet& rs, size_t i, const char* col) {
  if (rs.IsNull(i, col)) return nullptr;
  return json::value(rs.Text(i, col));
}

}  // namespace

void UpdateStore(storage::Connection& conn, const StoreRow& store, const StoreInput& in) {
  auto taken = conn.Query("SELECT id FROM stores WHERE enterprise_id = ? AND name = ? AND id <> ?",
                          {store.enterprise_id, in.name, store.id});
  std::vector<FieldError> errors;
  if (!taken.empty())
    errors.push_back({"name", "store_name_duplicate",
                      "the enterprise already has a store of this name", "本企业已有同名库房"});
  auto more = ex::CheckStoreEdit(LoadStoreState(conn, store), in.kind, in.limits, Catalogue());
  errors.insert(errors.end(), more.begin(), more.end());
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};
  json::object limits;
  for (const auto& [p, q] : in.limits.product_quantity_milli) limits[p] = q;
  conn.Exec(
      "UPDATE stores SET name = ?, kind = ?, rated_net_mass_g = ?, rated_pieces = ?, "
      "product_limits_json = ?, updated_at = ? WHERE id = ?",
      {in.name, std::string(ex::StoreKindValue(in.kind)), storage::Nullable(in.limits.net_mass_g),
       storage::Nullable(in.limits.pieces), json::serialize(limits), storage::NowIso(), store.id});
}

json::array CurrentStorekeepers(storage::Connection& conn, int64_t store_id) {
  auto rs = conn.Query(
      "SELECT k.user_id, u.username, u.display_name, k.assigned_at FROM store_storekeepers k "
      "JOIN users u ON u.id = k.user_id WHERE k.store_id = ? AND k.unassigned_at IS NULL "
      "ORDER BY k.id",
      {store_id});
  json::array out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back(json::object{{"user_id", rs.Int(i, "user_id")},
                               {"username", rs.Text(i, "username")},
                               {"display_name", rs.Text(i, "display_name")},
                               {"assigned_at", rs.Text(i, "assigned_at")}});
  return out;
}

json::array StorekeeperHistory(storage::Connection& conn, int64_t store_id) {
  auto rs = conn.Query(
      "SELECT k.id, k.user_id, u.display_name, k.assigned_at, a.display_name AS assigned_by, "
      "k.unassigned_at, b.display_name AS unassigned_by FROM store_storekeepers k "
      "JOIN users u ON u.id = k.user_id "
      "LEFT JOIN users a ON a.id = k.assigned_by_user_id "
      "LEFT JOIN users b ON b.id = k.unassigned_by_user_id "
      "WHERE k.store_id = ? ORDER BY k.id DESC",
      {store_id});
  json::array out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back(json::object{{"id", rs.Int(i, "id")},
                               {"user_id", rs.Int(i, "user_id")},
                               {"display_name", rs.Text(i, "display_name")},
                               {"assigned_at", rs.Text(i, "assigned_at")},
                               {"assigned_by", OptText(rs, i, "assigned_by")},
                               {"unassigned_at", OptText(rs, i, "unassigned_at")},
                               {"unassigned_by", OptText(rs, i, "unassigned_by")}});
  return out;
}

json::array StorekeeperCandidates(storage::Connection& conn, int64_t enterprise_id) {
  auto rs = conn.Query(
      "SELECT u.id, u.username, u.display_name FROM users u "
      "JOIN user_roles r ON r.user_id = u.id AND r.role = 'ent_storekeeper' "
      "WHERE u.enterprise_id = ? AND u.status = 'active' ORDER BY u.id",
      {enterprise_id});
  json::array out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back(json::object{{"user_id", rs.Int(i, "id")},
                               {"username", rs.Text(i, "username")},
                               {"display_name", rs.Text(i, "display_name")}});
  return out;
}

int64_t AssignStorekeeper(storage::Connection& conn, const StoreRow& store, int64_t user_id,
                          int64_t by_user_id) {
  auto u = conn.Query(
      "SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id "
      "AND r.role = 'ent_storekeeper' WHERE u.id = ? AND u.enterprise_id = ? "
      "AND u.status = 'active'",
      {user_id, store.enterprise_id});
  if (u.empty())
    throw ApiException{Error::Validation(
        {{"user_id", "storekeeper_invalid",
          "must be an active user of this enterprise with the storekeeper role",
          "须为本企业在用且具有保管员角色的账号"}})};
  auto open = conn.Query(
      "SELECT id FROM store_storekeepers WHERE store_id = ? AND user_id = ? "
      "AND unassigned_at IS NULL",
      {store.id, user_id});
  if (!open.empty())
    throw ApiException{Error::Validation({{"user_id", "storekeeper_already_assigned",
                                           "already a storekeeper of this store",
                                           "已是该库房的保管员"}})};
  auto rs = conn.Query(
      "INSERT INTO store_storekeepers (store_id, user_id, assigned_at, assigned_by_user_id) "
      "VALUES (?, ?, ?, ?) RETURNING id",
      {store.id, user_id, storage::NowIso(), by_user_id});
  return rs.Int(0, "id");
}

void UnassignStorekeeper(storage::Connection& conn, const StoreRow& store, int64_t user_id,
                         int64_t by_user_id) {
  auto open = conn.Query(
      "SELECT id FROM store_storekeepers WHERE store_id = ? AND user_id = ? "
      "AND unassigned_at IS NULL",
      {store.id, user_id});
  if (open.empty()) throw ApiException{Error::NotFound("storekeeper assignment")};
  conn.Exec(
      "UPDATE store_storekeepers SET unassigned_at = ?, unassigned_by_user_id = ? WHERE id = ?",
      {storage::NowIso(), by_user_id, open.Int(0, "id")});
}

}  // namespace anjian::ledger
