#include "explosives/catalogue/catalogue_rules.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "explosives/catalogue/catalogue_errors.hpp"

namespace anjian::catalogue {
namespace {

struct UnitInfo {
  Unit unit;
  std::string_view value, label_zh, label_en;
};
constexpr UnitInfo kUnits[] = {
    {Unit::kKg, "kg", "千克", "kg"},
    {Unit::kPiece, "piece", "发", "pcs"},
    {Unit::kMetre, "m", "米", "m"},
};

struct KindInfo {
  ProductKind kind;
  std::string_view value;
};
constexpr KindInfo kKinds[] = {
    {ProductKind::kIndustrialExplosive, "industrial_explosive"},
    {ProductKind::kElectronicDetonator, "electronic_detonator"},
    {ProductKind::kDetonatingCord, "detonating_cord"},
    {ProductKind::kShockTube, "shock_tube"},
    {ProductKind::kBlackPowder, "black_powder"},
    {ProductKind::kAmmoniumNitrate, "ammonium_nitrate"},
    {ProductKind::kSemiFinished, "semi_finished"},
};

const UnitInfo& Info(Unit unit) {
  for (const auto& info : kUnits) {
    if (info.unit == unit) return info;
  }
  return kUnits[0];
}

bool IsProductId(std::string_view id) {
  if (id.empty() || id.size() > 40 || id[0] < 'a' || id[0] > 'z') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace

const std::vector<Unit>& AllUnits() {
  static const std::vector<Unit> kAll = {Unit::kKg, Unit::kPiece, Unit::kMetre};
  return kAll;
}
std::string_view UnitValue(Unit unit) { return Info(unit).value; }
std::string_view UnitLabelZh(Unit unit) { return Info(unit).label_zh; }
std::string_view UnitLabelEn(Unit unit) { return Info(unit).label_en; }
std::optional<Unit> ParseUnit(std::string_view value) {
  for (const auto& info : kUnits) {
    if (info.value == value) return info.unit;
  }
  return std::nullopt;
}

const std::vector<ProductKind>& AllProductKinds() {
  static const std::vector<ProductKind> kAll = [] {
    std::vector<ProductKind> all;
    for (const auto& info : kKinds) all.push_back(info.kind);
    return all;
  }();
  return kAll;
}
std::string_view ProductKindValue(ProductKind kind) {
  for (const auto& info : kKinds) {
    if (info.kind == kind) return info.value;
  }
  return kKinds[0].value;
}
std::optional<ProductKind> ParseProductKind(std::string_view value) {
  for (const auto& info : kKinds) {
    if (info.value == value) return info.kind;
  }
  return std::nullopt;
}

const Product* Catalogue::Find(std::string_view id) const {
  for (const auto& p : products) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

Catalogue DefaultCatalogue() {
  using K = ProductKind;
  Catalogue c;
  c.products = {
      {"industrial_explosive", K::kIndustrialExplosive, Unit::kKg, "explosive", 1.0, false,
       false, "工业炸药", "Industrial explosive"},
      {"electronic_detonator", K::kElectronicDetonator, Unit::kPiece, "detonator", 0.001, true,
       true, "数码电子雷管", "Electronic detonator"},
      {"detonating_cord", K::kDetonatingCord, Unit::kMetre, "detonating_cord", 0.012, false,
       false, "工业导爆索", "Detonating cord"},
      {"shock_tube", K::kShockTube, Unit::kMetre, "shock_tube", 0.0, false, false, "塑料导爆管",
       "Shock tube"},
      {"black_powder", K::kBlackPowder, Unit::kKg, "black_powder", 1.0, false, false, "黑火药",
       "Black powder"},
      {"ammonium_nitrate", K::kAmmoniumNitrate, Unit::kKg, "ammonium_nitrate", 1.0, false,
       false, "硝酸铵（原材料）", "Ammonium nitrate (raw material)"},
      {"semi_finished", K::kSemiFinished, Unit::kKg, "semi_finished", 1.0, false, false,
       "半成品", "Semi-finished product"},
  };
  return c;
}

std::int64_t NetMassGrams(const Product& product, std::int64_t quantity_milli) {
  return std::llround(static_cast<double>(quantity_milli) * product.net_explosive_mass_per_unit_kg);
}

const Catalogue& InForce() {
  static const Catalogue kCatalogue = DefaultCatalogue();
  return kCatalogue;
}

std::vector<FieldError> ValidateCatalogue(const Catalogue& catalogue,
                                          const magazine::StorageRulesConfig& rules) {
  std::vector<FieldError> errors;
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < catalogue.products.size(); ++i) {
    const Product& p = catalogue.products[i];
    const std::string prefix = "products[" + std::to_string(i) + "]";
    if (!IsProductId(p.id)) {
      errors.push_back(Err("product_id").At(prefix + ".id", p.id));
    } else if (!seen.insert(p.id).second) {
      errors.push_back(Err("product_duplicate").At(prefix + ".id", p.id));
    }
    if (!magazine::FindStorageClass(rules, p.storage_class)) {
      errors.push_back(Err("product_storage_class").At(prefix + ".storage_class", p.id,
                                                        p.storage_class));
    }
    if (!std::isfinite(p.net_explosive_mass_per_unit_kg) ||
        p.net_explosive_mass_per_unit_kg < 0) {
      errors.push_back(Err("product_mass").At(prefix + ".net_explosive_mass_per_unit_kg", p.id));
    }
    if (p.coded && p.unit != Unit::kPiece) {
      errors.push_back(Err("product_coded_unit").At(prefix + ".unit", p.id));
    }
    if (p.ga441_codes && !p.coded) {
      errors.push_back(Err("product_code_scheme").At(prefix + ".ga441_codes", p.id));
    }
    for (const auto& [label, name, name_zh] :
         {std::tuple{&p.label_zh, "label_zh", "中文名称"},
          std::tuple{&p.label_en, "label_en", "英文名称"}}) {
      if (label->empty()) {
        errors.push_back(Err("product_label").At(prefix + "." + name, p.id, name, name_zh));
      }
    }
  }
  return errors;
}

}  // namespace anjian::catalogue
