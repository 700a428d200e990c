#include "explosives/magazine/capacity_request_repository.hpp"

#include <boost/json.hpp>

#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::magazine {

namespace json = boost::json;

namespace {

constexpr const char* kSelect =
    "SELECT r.id, r.store_id, s.name AS store_name, r.enterprise_id, e.name AS enterprise_name, "
    "r.region_path, r.kind, r.status, r.old_rated_net_mass_g, r.old_rated_pieces, "
    "r.old_product_limits_json, r.new_rated_net_mass_g, r.new_rated_pieces, "
    "r.new_product_limits_json, r.design_file_id, r.reason, r.requested_by, "
    "u.display_name AS requested_by_name, r.requested_at, r.decided_by, "
    "d.display_name AS decided_by_name, r.decided_at, r.decision_agency_id, "
    "a.name AS decision_agency_name, r.document_number, r.approved_on, r.approval_file_id, "
    "r.rejection_reason, r.change_id "
    "FROM store_capacity_requests r JOIN stores s ON s.id = r.store_id "
    "JOIN enterprises e ON e.id = r.enterprise_id JOIN users u ON u.id = r.requested_by "
    "LEFT JOIN users d ON d.id = r.decided_by LEFT JOIN agencies a ON a.id = r.decision_agency_id ";

std::string LimitsJsonText(const MagazineLimits& limits) {
  json::object o;
  for (const auto& [p, q] : limits.product_quantity_milli) o[p] = q;
  return json::serialize(o);
}

MagazineLimits LimitsOf(const storage::ResultSet& rs, size_t i, const std::string& prefix) {
  MagazineLimits l;
  l.net_mass_g = rs.OptInt(i, prefix + "rated_net_mass_g");
  l.pieces = rs.OptInt(i, prefix + "rated_pieces");
  auto limits = json::parse(rs.Text(i, prefix + "product_limits_json"));
  for (const auto& kv : limits.as_object())
    l.product_quantity_milli[std::string(kv.key())] = kv.value().as_int64();
  return l;
}

CapacityRequestRow RowOf(const storage::ResultSet& rs, size_t i) {
  CapacityRequestRow r;
  r.id = rs.Int(i, "id");
  r.store_id = rs.Int(i, "store_id");
  r.store_name = rs.Text(i, "store_name");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.region_path = rs.Text(i, "region_path");
  r.kind = rs.Text(i, "kind");
  r.status = rs.Text(i, "status");
  r.old_limits = LimitsOf(rs, i, "old_");
  r.new_limits = LimitsOf(rs, i, "new_");
  r.design_file_id = rs.OptInt(i, "design_file_id");
  r.reason = rs.Text(i, "reason");
  r.requested_by = rs.Int(i, "requested_by");
  r.requested_by_name = rs.Text(i, "requested_by_name");
  r.requested_at = rs.Text(i, "requested_at");
  r.decided_by = rs.OptInt(i, "decided_by");
  r.decided_by_name = rs.OptText(i, "decided_by_name");
  r.decided_at = rs.OptText(i, "decided_at");
  r.decision_agency_id = rs.OptInt(i, "decision_agency_id");
  r.decision_agency_name = rs.OptText(i, "decision_agency_name");
  r.document_number = rs.OptText(i, "document_number");
  r.approved_on = rs.OptText(i, "approved_on");
  r.approval_file_id = rs.OptInt(i, "approval_file_id");
  r.rejection_reason = rs.OptText(i, "rejection_reason");
  r.change_id = rs.OptInt(i, "change_id");
  return r;
}

api::SqlFilter Where(const api::Scope& scope, const CapacityRequestFilter& f) {
  auto sf = api::ScopeSql(scope, "r.region_path", "r.enterprise_id");
  sf.sql = "WHERE " + sf.sql;
  if (f.status) {
    sf.sql += " AND r.status = ?";
    sf.params.push_back(*f.status);
  }
  if (f.store_id) {
    sf.sql += " AND r.store_id = ?";
    sf.params.push_back(*f.store_id);
  }
  if (f.enterprise_id) {
    sf.sql += " AND r.enterprise_id = ?";
    sf.params.push_back(*f.enterprise_id);
  }
  return sf;
}

}  // namespace

int64_t InsertCapacityRequest(storage::Connection& conn, const CapacityRequestRow& r) {
  auto rs = conn.Query(
      "INSERT INTO store_capacity_requests (store_id, enterprise_id, region_path, kind, status, "
      "old_rated_net_mass_g, old_rated_pieces, old_product_limits_json, new_rated_net_mass_g, "
      "new_rated_pieces, new_product_limits_json, design_file_id, reason, requested_by, "
      "requested_at) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {r.store_id, r.enterprise_id, r.region_path, r.kind,
       storage::Nullable(r.old_limits.net_mass_g), storage::Nullable(r.old_limits.pieces),
       LimitsJsonText(r.old_limits), storage::Nullable(r.new_limits.net_mass_g),
       storage::Nullable(r.new_limits.pieces), LimitsJsonText(r.new_limits),
       storage::Nullable(r.design_file_id), r.reason, r.requested_by, r.requested_at});
  return rs.Int(0, "id");
}

std::optional<CapacityRequestRow> FindCapacityRequest(storage::Connection& conn,
                                                      const api::Scope& scope, int64_t id,
                                                      bool lock) {
  auto sf = Where(scope, {});
  sf.sql += " AND r.id = ?";
  sf.params.push_back(id);
  auto rs = conn.Query(std::string(kSelect) + sf.sql +
                           (lock ? storage::ForUpdate(conn, "r") : std::string()),
                       sf.params);
  if (rs.empty()) return std::nullopt;
  return RowOf(rs, 0);
}

std::vector<CapacityRequestRow> ListCapacityRequests(storage::Connection& conn,
                                                     const api::Scope& scope,
                                                     const CapacityRequestFilter& f, int64_t limit,
                                                     int64_t offset) {
  auto sf = Where(scope, f);
  sf.params.push_back(limit);
  sf.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + sf.sql + " ORDER BY r.id DESC LIMIT ? OFFSET ?",
                       sf.params);
  std::vector<CapacityRequestRow> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowOf(rs, i));
  return out;
}

int64_t CountCapacityRequests(storage::Connection& conn, const api::Scope& scope,
                              const CapacityRequestFilter& f) {
  auto sf = Where(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM store_capacity_requests r " + sf.sql, sf.params)
      .Int(0, "n");
}

bool HasPendingCapacityRequest(storage::Connection& conn, int64_t store_id) {
  return !conn.Query("SELECT id FROM store_capacity_requests WHERE store_id = ? AND "
                     "status = 'pending'",
                     {store_id})
              .empty();
}

void DecideCapacityRequest(storage::Connection& conn, const CapacityRequestRow& r) {
  conn.Exec(
      "UPDATE store_capacity_requests SET status = ?, decided_by = ?, decided_at = ?, "
      "decision_agency_id = ?, document_number = ?, approved_on = ?, approval_file_id = ?, "
      "rejection_reason = ?, change_id = ? WHERE id = ? AND status = 'pending'",
      {r.status, storage::Nullable(r.decided_by), storage::Nullable(r.decided_at),
       storage::Nullable(r.decision_agency_id), storage::Nullable(r.document_number),
       storage::Nullable(r.approved_on), storage::Nullable(r.approval_file_id),
       storage::Nullable(r.rejection_reason), storage::Nullable(r.change_id), r.id});
}

void ApplyApprovedRating(storage::Connection& conn, int64_t store_id, const MagazineLimits& limits,
                         const std::string& now_iso) {
  conn.Exec(
      "UPDATE stores SET rated_net_mass_g = ?, rated_pieces = ?, product_limits_json = ?, "
      "updated_at = ? WHERE id = ?",
      {storage::Nullable(limits.net_mass_g), storage::Nullable(limits.pieces),
       LimitsJsonText(limits), now_iso, store_id});
}

std::optional<LicenceDesign> LicenceDesignOf(storage::Connection& conn, int64_t store_id) {
  auto rs = conn.Query(
      "SELECT l.id, l.number, m.net_mass_g, m.pieces FROM licence_magazines m "
      "JOIN licences l ON l.id = m.licence_id WHERE m.store_id = ? AND l.status = 'valid' "
      "ORDER BY l.valid_from DESC, l.id DESC LIMIT 1",
      {store_id});
  if (rs.empty()) return std::nullopt;
  LicenceDesign d;
  d.licence_id = rs.Int(0, "id");
  d.licence_number = rs.Text(0, "number");
  d.limits.net_mass_g = rs.OptInt(0, "net_mass_g");
  d.limits.pieces = rs.OptInt(0, "pieces");
  return d;
}

std::string AgencyName(storage::Connection& conn, int64_t agency_id) {
  auto rs = conn.Query("SELECT name FROM agencies WHERE id = ?", {agency_id});
  return rs.empty() ? std::string() : rs.Text(0, "name");
}

}  // namespace anjian::magazine
