#include "explosives/catalogue/catalogue_json.hpp"

#include <cmath>

#include "explosives/magazine/magazine_storage_rules.hpp"

namespace anjian::catalogue {

namespace json = boost::json;

namespace {

// Grams per unit, as entered (0.001 kg → 1 g; kept to a thousandth of a gram).
double Grams(const Product& p) {
  return std::round(p.net_explosive_mass_per_unit_kg * 1e6) / 1000.0;
}

json::value ParsedOrNull(const std::string& text) {
  if (text.empty()) return nullptr;
  return json::parse(text);
}

}  // namespace

json::object ProductSnapshot(const Product& p) {
  return json::object{{"code", p.id},
                      {"name", p.label_zh},
                      {"name_en", p.label_en},
                      {"kind", ProductKindValue(p.kind)},
                      {"brand", p.brand},
                      {"specification", p.specification},
                      {"manufacturer", p.manufacturer},
                      {"unit", UnitValue(p.unit)},
                      {"net_mass_per_unit_g", Grams(p)},
                      {"storage_class", p.storage_class},
                      {"coded", p.coded},
                      {"status", p.active ? "active" : "inactive"}};
}

json::object ProductJson(const ProductRow& row) {
  const Product& p = row.product;
  const auto* c = magazine::FindStorageClass(magazine::StorageRulesInForce(), p.storage_class);
  json::object o = ProductSnapshot(p);
  o["id"] = p.db_id;
  o["display_name"] = DisplayNameZh(p);
  o["kind_label_zh"] = ProductKindLabelZh(p.kind);
  o["unit_label_zh"] = UnitLabelZh(p.unit);
  o["storage_class_label_zh"] = c ? c->label_zh : p.storage_class;
  o["ga441_codes"] = p.ga441_codes;
  o["owner"] = p.owner_enterprise_id ? "enterprise" : "deployment";
  o["owner_enterprise_id"] =
      p.owner_enterprise_id ? json::value(p.owner_enterprise_id) : json::value(nullptr);
  o["owner_name"] = row.owner_name;
  o["created_at"] = row.created_at;
  o["updated_at"] = row.updated_at;
  return o;
}

json::object ChangeJson(const ProductChange& c) {
  return json::object{{"id", c.id},
                      {"action", c.action},
                      {"before", ParsedOrNull(c.before_json)},
                      {"after", ParsedOrNull(c.after_json)},
                      {"changed_by", c.changed_by ? json::value(c.changed_by) : json::value(nullptr)},
                      {"changed_by_name", c.changed_by_name},
                      {"changed_at", c.changed_at}};
}

}  // namespace anjian::catalogue
