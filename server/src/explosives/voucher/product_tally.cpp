#include "explosives/voucher/product_tally.hpp"

#include <boost/json.hpp>
#include <functional>

#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/voucher/ledger_service.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using storage::Value;

namespace {

// An IN list of at most this many ids keeps every statement well below the placeholder limits.
constexpr size_t kBlock = 500;

// Runs `sql` (ending in "IN (") once per block of ids with the placeholders appended.
void PerBlock(storage::Connection& conn, const std::vector<int64_t>& ids, const std::string& sql,
              const std::string& tail,
              const std::function<void(const storage::ResultSet&)>& each) {
  for (size_t start = 0; start < ids.size(); start += kBlock) {
    const size_t end = std::min(ids.size(), start + kBlock);
    std::string q = sql;
    std::vector<Value> params;
    for (size_t i = start; i < end; ++i) {
      q += i == start ? "?" : ",?";
      params.emplace_back(ids[i]);
    }
    each(conn.Query(q + ")" + tail, params));
  }
}

std::string NameZh(const std::string& pid) {
  if (pid.empty()) return "未登记产品";  // an extra code no voucher ever named
  const ex::Product* p = Catalogue().Find(pid);
  return p ? p->label_zh : pid;
}

std::string UnitZh(const std::string& pid) {
  const ex::Product* p = Catalogue().Find(pid);
  return p ? std::string(ex::UnitLabelZh(p->unit)) : std::string("发");
}

void Append(std::string& cell, const std::string& part) {
  if (!cell.empty()) cell += "；";
  cell += part;
}

}  // namespace

std::map<int64_t, std::string> StocktakeProductsZh(storage::Connection& conn,
                                                   const std::vector<int64_t>& ids) {
  // id → product → {missing, extra}, ordered by product so the cell reads the same every time.
  std::map<int64_t, std::map<std::string, std::pair<int64_t, int64_t>>> codes;
  PerBlock(conn, ids,
           "SELECT stocktake_id, product_id, kind, COUNT(*) AS n FROM stocktake_codes "
           "WHERE stocktake_id IN (",
           " GROUP BY stocktake_id, product_id, kind", [&](const storage::ResultSet& rs) {
             for (size_t i = 0; i < rs.size(); ++i) {
               auto& c = codes[rs.Int(i, "stocktake_id")][rs.Text(i, "product_id")];
               (rs.Text(i, "kind") == "missing" ? c.first : c.second) += rs.Int(i, "n");
             }
           });
  std::map<int64_t, std::map<std::string, int64_t>> quantities;
  PerBlock(conn, ids,
           "SELECT stocktake_id, product_id, counted_milli - book_milli AS d "
           "FROM stocktake_quantities WHERE book_milli <> counted_milli AND stocktake_id IN (",
           "", [&](const storage::ResultSet& rs) {
             for (size_t i = 0; i < rs.size(); ++i)
               quantities[rs.Int(i, "stocktake_id")][rs.Text(i, "product_id")] = rs.Int(i, "d");
           });
  std::map<int64_t, std::string> out;
  for (const auto& [id, per_product] : codes)
    for (const auto& [pid, c] : per_product) {
      std::string part = NameZh(pid);
      if (c.first) part += " 缺 " + std::to_string(c.first) + " " + UnitZh(pid);
      if (c.first && c.second) part += "、";
      if (c.second) part += (c.first ? "多 " : " 多 ") + std::to_string(c.second) + " " + UnitZh(pid);
      Append(out[id], part);
    }
  for (const auto& [id, per_product] : quantities)
    for (const auto& [pid, d] : per_product)
      Append(out[id], NameZh(pid) + (d < 0 ? " 盘亏 " : " 盘盈 ") + ex::FormatMilli(d < 0 ? -d : d) +
                          " " + UnitZh(pid));
  return out;
}

std::map<int64_t, std::string> LossProductsZh(storage::Connection& conn,
                                              const std::vector<int64_t>& ids) {
  std::map<int64_t, std::string> out;
  PerBlock(conn, ids,
           "SELECT incident_id, product_id, COUNT(*) AS n FROM loss_incident_codes "
           "WHERE incident_id IN (",
           " GROUP BY incident_id, product_id ORDER BY incident_id, product_id",
           [&](const storage::ResultSet& rs) {
             for (size_t i = 0; i < rs.size(); ++i) {
               const std::string pid = rs.Text(i, "product_id");
               Append(out[rs.Int(i, "incident_id")],
                      NameZh(pid) + " " + std::to_string(rs.Int(i, "n")) + " " + UnitZh(pid));
             }
           });
  PerBlock(conn, ids, "SELECT id, quantities_json FROM loss_incidents WHERE id IN (",
           " ORDER BY id", [&](const storage::ResultSet& rs) {
             for (size_t i = 0; i < rs.size(); ++i) {
               // Parsed into a local: iterating a temporary's object would walk a destroyed value.
               const json::value stored = json::parse(rs.Text(i, "quantities_json"));
               for (const auto& kv : stored.as_object()) {
                 const std::string pid(kv.key());
                 Append(out[rs.Int(i, "id")], NameZh(pid) + " " +
                                                  ex::FormatMilli(kv.value().as_int64()) + " " +
                                                  UnitZh(pid));
               }
             }
           });
  return out;
}

}  // namespace anjian::ledger
