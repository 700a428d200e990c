#include "explosives/catalogue/catalogue_handlers.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/magazine/magazine_rules.hpp"
#include "explosives/magazine/magazine_storage_rules.hpp"
#include "explosives/voucher/voucher_kind_rules.hpp"

namespace anjian::catalogue {

namespace json = boost::json;

api::Response ProductsHandler(api::Context&) {
  const auto& rules = magazine::StorageRulesInForce();
  json::array items;
  for (const auto& p : InForce().products) {
    const magazine::StorageClass* c = magazine::FindStorageClass(rules, p.storage_class);
    items.push_back(json::object{
        {"id", p.id},
        {"kind", ProductKindValue(p.kind)},
        {"label_zh", p.label_zh},
        {"label_en", p.label_en},
        {"unit", UnitValue(p.unit)},
        {"unit_label_zh", UnitLabelZh(p.unit)},
        {"unit_label_en", UnitLabelEn(p.unit)},
        {"storage_class", p.storage_class},
        {"storage_class_label_zh", c ? c->label_zh : p.storage_class},
        {"net_explosive_mass_per_unit_kg", p.net_explosive_mass_per_unit_kg},
        {"coded", p.coded},
        {"ga441_codes", p.ga441_codes}});
  }
  json::array kinds, reasons, conditions;
  for (auto k : magazine::AllMagazineKinds())
    kinds.push_back(json::object{{"value", magazine::MagazineKindValue(k)},
                                 {"label_zh", magazine::MagazineKindLabelZh(k)},
                                 {"label_en", magazine::MagazineKindLabelEn(k)}});
  for (auto r : voucher::AllReasons()) {
    json::array dirs;
    for (auto d : voucher::AllDirections()) {
      const auto& allowed = voucher::ReasonsFor(d);
      if (std::find(allowed.begin(), allowed.end(), r) != allowed.end())
        dirs.emplace_back(voucher::DirectionValue(d));
    }
    reasons.push_back(json::object{{"value", voucher::ReasonValue(r)},
                                   {"label_zh", voucher::ReasonLabelZh(r)},
                                   {"directions", std::move(dirs)}});
  }
  for (auto c : voucher::AllConditions())
    conditions.push_back(json::object{{"value", voucher::ConditionValue(c)},
                                      {"label_zh", voucher::ConditionLabelZh(c)}});
  return api::JsonResponse(json::object{{"items", std::move(items)},
                                        {"storage_rules", magazine::StorageRulesConfigToJson(rules)},
                                        {"store_kinds", std::move(kinds)},
                                        {"reasons", std::move(reasons)},
                                        {"conditions", std::move(conditions)}});
}

}  // namespace anjian::catalogue
