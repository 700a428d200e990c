#include "licensing/licence_checks/licence_gate_repository.hpp"

namespace anjian::licence_checks {

std::map<std::string, std::int64_t> BookedPerProduct(storage::Connection& conn,
                                                     std::int64_t enterprise_id,
                                                     const std::string& reason,
                                                     const std::string& from_iso,
                                                     const std::string& to_iso) {
  auto rs = conn.Query(
      "SELECT l.product_id, SUM(CASE WHEN v.is_reversal = 1 THEN -l.quantity_milli "
      "ELSE l.quantity_milli END) AS milli "
      "FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id "
      "WHERE v.enterprise_id = ? AND v.reason = ? AND v.posted_at >= ? AND v.posted_at < ? "
      "GROUP BY l.product_id",
      {enterprise_id, reason, from_iso, to_iso});
  std::map<std::string, std::int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out[rs.Text(i, "product_id")] = rs.Int(i, "milli");
  return out;
}

}  // namespace anjian::licence_checks
