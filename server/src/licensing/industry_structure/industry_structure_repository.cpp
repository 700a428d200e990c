#include "licensing/industry_structure/industry_structure_repository.hpp"

namespace anjian::industry_structure {

std::vector<ProducedAt> ProductionByPathAndProduct(storage::Connection& conn,
                                                   const api::Scope& scope,
                                                   const std::string& from_iso,
                                                   const std::string& to_iso) {
  auto sf = api::ScopeSql(scope, "v.region_path", "v.enterprise_id");
  std::vector<storage::Value> params = sf.params;
  params.push_back(from_iso);
  params.push_back(to_iso);
  auto rs = conn.Query(
      "SELECT v.region_path, l.product_id, SUM(CASE WHEN v.is_reversal = 1 THEN -l.quantity_milli "
      "ELSE l.quantity_milli END) AS milli FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id "
      "WHERE " + sf.sql + " AND v.reason = 'production' AND v.posted_at >= ? AND v.posted_at < ? "
      "GROUP BY v.region_path, l.product_id",
      params);
  std::vector<ProducedAt> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "region_path"), rs.Text(i, "product_id"), rs.Int(i, "milli")});
  return out;
}

std::map<std::string, std::string> RegionNamesUnder(storage::Connection& conn,
                                                    const std::string& path) {
  auto rs = path.empty()
                ? conn.Query("SELECT path, name FROM regions")
                : conn.Query("SELECT path, name FROM regions WHERE path >= ? AND path < ?",
                             {path, api::PathUpperBound(path)});
  std::map<std::string, std::string> out;
  for (size_t i = 0; i < rs.size(); ++i) out[rs.Text(i, "path")] = rs.Text(i, "name");
  return out;
}

}  // namespace anjian::industry_structure
