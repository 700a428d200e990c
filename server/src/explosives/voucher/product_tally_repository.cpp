#include "explosives/voucher/product_tally_repository.hpp"

#include <algorithm>
#include <functional>

#include "platform/storage/sql.hpp"

namespace anjian::voucher {

namespace {

// An IN list of at most this many ids keeps every statement well below the placeholder limits.
constexpr size_t kBlock = 500;

// Runs `head` + "(?,…)" + `tail` once per block of ids.
void PerBlock(storage::Connection& conn, const std::vector<int64_t>& ids, const std::string& head,
              const std::string& tail,
              const std::function<void(const storage::ResultSet&)>& each) {
  for (size_t start = 0; start < ids.size(); start += kBlock) {
    const size_t end = std::min(ids.size(), start + kBlock);
    std::vector<storage::Value> params(ids.begin() + static_cast<std::ptrdiff_t>(start),
                                       ids.begin() + static_cast<std::ptrdiff_t>(end));
    each(conn.Query(head + storage::Placeholders(end - start) + ")" + tail, params));
  }
}

}  // namespace

StocktakeTallies LoadStocktakeTallies(storage::Connection& conn, const std::vector<int64_t>& ids) {
  StocktakeTallies out;
  PerBlock(conn, ids,
           "SELECT stocktake_id, product_id, kind, COUNT(*) AS n FROM stocktake_codes "
           "WHERE stocktake_id IN (",
           " GROUP BY stocktake_id, product_id, kind", [&](const storage::ResultSet& rs) {
             for (size_t i = 0; i < rs.size(); ++i)
               out.codes.push_back({rs.Int(i, "stocktake_id"), rs.Text(i, "product_id"),
                                    rs.Text(i, "kind") == "missing", rs.Int(i, "n")});
           });
  PerBlock(conn, ids,
           "SELECT stocktake_id, product_id, counted_milli - book_milli AS d "
           "FROM stocktake_quantities WHERE book_milli <> counted_milli AND stocktake_id IN (",
           "", [&](const storage::ResultSet& rs) {
             for (size_t i = 0; i < rs.size(); ++i)
               out.quantities.push_back(
                   {rs.Int(i, "stocktake_id"), rs.Text(i, "product_id"), rs.Int(i, "d")});
           });
  return out;
}

LossTallies LoadLossTallies(storage::Connection& conn, const std::vector<int64_t>& ids) {
  LossTallies out;
  PerBlock(conn, ids,
           "SELECT incident_id, product_id, COUNT(*) AS n FROM loss_incident_codes "
           "WHERE incident_id IN (",
           " GROUP BY incident_id, product_id ORDER BY incident_id, product_id",
           [&](const storage::ResultSet& rs) {
             for (size_t i = 0; i < rs.size(); ++i)
               out.codes.push_back(
                   {rs.Int(i, "incident_id"), rs.Text(i, "product_id"), rs.Int(i, "n")});
           });
  PerBlock(conn, ids, "SELECT id, quantities_json FROM loss_incidents WHERE id IN (", " ORDER BY id",
           [&](const storage::ResultSet& rs) {
             for (size_t i = 0; i < rs.size(); ++i)
               out.quantities.push_back({rs.Int(i, "id"), rs.Text(i, "quantities_json")});
           });
  return out;
}

std::vector<VoucherProductTally> LoadVoucherProductTallies(storage::Connection& conn,
                                                           const std::vector<int64_t>& ids) {
  std::vector<VoucherProductTally> out;
  PerBlock(conn, ids,
           "SELECT voucher_id, product_id, SUM(quantity_milli) AS q FROM voucher_lines "
           "WHERE voucher_id IN (",
           " GROUP BY voucher_id, product_id ORDER BY voucher_id, product_id",
           [&](const storage::ResultSet& rs) {
             for (size_t i = 0; i < rs.size(); ++i)
               out.push_back({rs.Int(i, "voucher_id"), rs.Text(i, "product_id"), rs.Int(i, "q")});
           });
  return out;
}

}  // namespace anjian::voucher
