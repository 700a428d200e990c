#include "explosives/magazine/magazine_edit_rules.hpp"

#include <string>

#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/magazine_errors.hpp"

namespace anjian::magazine {

std::vector<FieldError> CheckMagazineEdit(const MagazineState& current, MagazineKind new_kind,
                                          const MagazineLimits& new_limits,
                                          const catalogue::Catalogue& catalogue) {
  using catalogue::FormatMilli;
  std::vector<FieldError> errors;
  if (current.holds_non_normal_goods && new_kind != MagazineKind::kQuarantineMagazine)
    errors.push_back(Err("quarantine_holds_non_normal").At("kind"));
  if (new_limits.net_mass_g && *new_limits.net_mass_g < current.net_mass_g) {
    const std::string limit = FormatMilli(*new_limits.net_mass_g);
    const std::string stock = FormatMilli(current.net_mass_g);
    errors.push_back(Err("limit_below_stock")
                         .At("rated_net_mass_kg", "rated " + limit + " kg net explosive mass",
                             stock + " kg", "核定净药量 " + limit + " 千克", stock + " 千克"));
  }
  if (new_limits.pieces && *new_limits.pieces < current.pieces) {
    const std::string limit = std::to_string(*new_limits.pieces);
    const std::string stock = std::to_string(current.pieces);
    errors.push_back(Err("limit_below_stock")
                         .At("rated_pieces", "rated " + limit + " pieces", stock + " pieces",
                             "核定 " + limit + " 发", stock + " 发"));
  }
  for (const auto& [product_id, limit] : new_limits.product_quantity_milli) {
    const auto found = current.quantities.find(product_id);
    const std::int64_t now = found == current.quantities.end() ? 0 : found->second;
    if (limit >= now) continue;
    const catalogue::Product* p = catalogue.Find(product_id);
    const std::string unit = p ? std::string(catalogue::UnitValue(p->unit)) : std::string();
    const std::string unit_zh = p ? std::string(catalogue::UnitLabelZh(p->unit)) : std::string();
    const std::string label_zh = p ? p->label_zh : product_id;
    errors.push_back(Err("limit_below_stock")
                         .At("product_limits." + product_id,
                             "limit of " + FormatMilli(limit) + " " + unit + " " + product_id,
                             FormatMilli(now) + " " + unit,
                             label_zh + "限量 " + FormatMilli(limit) + " " + unit_zh,
                             FormatMilli(now) + " " + unit_zh));
  }
  return errors;
}

}  // namespace anjian::magazine
