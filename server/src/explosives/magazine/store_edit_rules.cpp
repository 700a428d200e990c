#include "explosives/magazine/store_edit_rules.hpp"

#include <string>

#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::domain::explosives {

std::vector<FieldError> CheckStoreEdit(const StoreState& current, StoreKind new_kind,
                                       const StoreLimits& new_limits, const Catalogue& catalogue) {
  std::vector<FieldError> errors;
  if (current.holds_non_normal_goods && new_kind != StoreKind::kQuarantineStore)
    errors.push_back({"kind", "quarantine_holds_non_normal",
                      "the store holds waste, seized or unidentified goods and must stay a "
                      "quarantine store until they are out",
                      "该库房存有废旧、缴获或来路不明的物品，在其出库前只能是隔离库"});
  if (new_limits.net_mass_g && *new_limits.net_mass_g < current.net_mass_g)
    errors.push_back({"rated_net_mass_kg", "limit_below_stock",
                      "rated " + FormatMilli(*new_limits.net_mass_g) +
                          " kg net explosive mass is below the " + FormatMilli(current.net_mass_g) +
                          " kg in stock",
                      "核定净药量 " + FormatMilli(*new_limits.net_mass_g) + " 千克低于现存 " +
                          FormatMilli(current.net_mass_g) + " 千克"});
  if (new_limits.pieces && *new_limits.pieces < current.pieces)
    errors.push_back({"rated_pieces", "limit_below_stock",
                      "rated " + std::to_string(*new_limits.pieces) + " pieces is below the " +
                          std::to_string(current.pieces) + " pieces in stock",
                      "核定 " + std::to_string(*new_limits.pieces) + " 发低于现存 " +
                          std::to_string(current.pieces) + " 发"});
  for (const auto& [product_id, limit] : new_limits.product_quantity_milli) {
    const auto found = current.quantities.find(product_id);
    const std::int64_t now = found == current.quantities.end() ? 0 : found->second;
    if (limit >= now) continue;
    const Product* p = catalogue.Find(product_id);
    const std::string unit = p ? std::string(UnitValue(p->unit)) : std::string();
    const std::string unit_zh = p ? std::string(UnitLabelZh(p->unit)) : std::string();
    const std::string label_zh = p ? p->label_zh : product_id;
    errors.push_back({"product_limits." + product_id, "limit_below_stock",
                      "limit of " + FormatMilli(limit) + " " + unit + " " + product_id +
                          " is below the " + FormatMilli(now) + " " + unit + " in stock",
                      label_zh + "限量 " + FormatMilli(limit) + " " + unit_zh + "低于现存 " +
                          FormatMilli(now) + " " + unit_zh});
  }
  return errors;
}

}  // namespace anjian::domain::explosives
