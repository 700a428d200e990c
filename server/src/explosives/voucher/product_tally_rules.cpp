#include "explosives/voucher/product_tally_rules.hpp"

#include <boost/json.hpp>

#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::voucher {

namespace json = boost::json;

namespace {

std::string NameZh(const std::string& pid) {
  if (pid.empty()) return "未登记产品";  // an extra code no voucher ever named
  const catalogue::Product* p = catalogue::InForce().Find(pid);
  return p ? catalogue::DisplayNameZh(*p) : pid;
}

std::string UnitZh(const std::string& pid) {
  const catalogue::Product* p = catalogue::InForce().Find(pid);
  return p ? std::string(catalogue::UnitLabelZh(p->unit)) : std::string("发");
}

void Append(std::string& cell, const std::string& part) {
  if (!cell.empty()) cell += "；";
  cell += part;
}

}  // namespace

std::map<int64_t, std::string> StocktakeProductsZh(const StocktakeTallies& tallies) {
  // id → product → {missing, extra}, ordered by product so the cell reads the same every time.
  std::map<int64_t, std::map<std::string, std::pair<int64_t, int64_t>>> codes;
  for (const auto& t : tallies.codes) {
    auto& c = codes[t.stocktake_id][t.product_id];
    (t.missing ? c.first : c.second) += t.count;
  }
  std::map<int64_t, std::map<std::string, int64_t>> quantities;
  for (const auto& q : tallies.quantities)
    quantities[q.stocktake_id][q.product_id] = q.difference_milli;
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
      Append(out[id], NameZh(pid) + (d < 0 ? " 盘亏 " : " 盘盈 ") +
                          catalogue::FormatMilli(d < 0 ? -d : d) + " " + UnitZh(pid));
  return out;
}

std::map<int64_t, std::string> LossProductsZh(const LossTallies& tallies) {
  std::map<int64_t, std::string> out;
  for (const auto& t : tallies.codes)
    Append(out[t.incident_id],
           NameZh(t.product_id) + " " + std::to_string(t.count) + " " + UnitZh(t.product_id));
  for (const auto& q : tallies.quantities) {
    // Parsed into a local: iterating a temporary's object would walk a destroyed value.
    const json::value stored = json::parse(q.quantities_json);
    for (const auto& kv : stored.as_object()) {
      const std::string pid(kv.key());
      Append(out[q.incident_id], NameZh(pid) + " " + catalogue::FormatMilli(kv.value().as_int64()) +
                                     " " + UnitZh(pid));
    }
  }
  return out;
}

std::map<int64_t, std::string> VoucherProductsZh(const std::vector<VoucherProductTally>& tallies) {
  std::map<int64_t, std::string> out;
  for (const auto& t : tallies)
    Append(out[t.voucher_id], NameZh(t.product_id) + " " + catalogue::FormatMilli(t.quantity_milli) +
                                  " " + UnitZh(t.product_id));
  return out;
}

}  // namespace anjian::voucher
