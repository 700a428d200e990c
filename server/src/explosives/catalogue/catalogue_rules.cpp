#include "explosives/catalogue/catalogue_rules.hpp"

#include <algorithm>
#include <cmath>
#include <atomic>
#include <memory>
#include <mutex>
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
  std::string_view value, label_zh, label_en;
};
constexpr KindInfo kKinds[] = {
    {ProductKind::kIndustrialExplosive, "industrial_explosive", "工业炸药", "Industrial explosive"},
    {ProductKind::kElectronicDetonator, "electronic_detonator", "电子雷管", "Electronic detonator"},
    {ProductKind::kDetonatingCord, "detonating_cord", "导爆索", "Detonating cord"},
    {ProductKind::kShockTube, "shock_tube", "导爆管", "Shock tube"},
    {ProductKind::kBlackPowder, "black_powder", "黑火药", "Black powder"},
    {ProductKind::kAmmoniumNitrate, "ammonium_nitrate", "硝酸铵", "Ammonium nitrate"},
    {ProductKind::kSemiFinished, "semi_finished", "半成品", "Semi-finished product"},
    {ProductKind::kDetonator, "detonator", "工业雷管", "Detonator"},
    {ProductKind::kRawMaterial, "raw_material", "原材料", "Raw material"},
};

const KindInfo& KindOf(ProductKind kind) {
  for (const auto& info : kKinds) {
    if (info.kind == kind) return info;
  }
  return kKinds[0];
}

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
std::string_view ProductKindValue(ProductKind kind) { return KindOf(kind).value; }
std::string_view ProductKindLabelZh(ProductKind kind) { return KindOf(kind).label_zh; }
std::string_view ProductKindLabelEn(ProductKind kind) { return KindOf(kind).label_en; }
bool IsRawMaterial(ProductKind kind) {
  return kind == ProductKind::kAmmoniumNitrate || kind == ProductKind::kRawMaterial;
}

std::string DisplayNameZh(const Product& p) {
  std::string extra = p.brand;
  if (!p.specification.empty()) extra += (extra.empty() ? "" : " ") + p.specification;
  return extra.empty() ? p.label_zh : p.label_zh + "（" + extra + "）";
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

namespace {

// Published snapshots, kept for the life of the process: products change a few times a year,
// and a reader holding a reference must never see it freed.
struct Registry {
  std::mutex mu;
  std::vector<std::unique_ptr<const Catalogue>> kept;
  std::atomic<const Catalogue*> current{nullptr};
};
Registry& TheRegistry() {
  static Registry* r = [] {
    auto* reg = new Registry;
    reg->kept.push_back(std::make_unique<const Catalogue>(DefaultCatalogue()));
    reg->current.store(reg->kept.back().get());
    return reg;
  }();
  return *r;
}

}  // namespace

const Catalogue& InForce() { return *TheRegistry().current.load(std::memory_order_acquire); }

void Publish(Catalogue catalogue) {
  Registry& r = TheRegistry();
  std::lock_guard lock(r.mu);
  r.kept.push_back(std::make_unique<const Catalogue>(std::move(catalogue)));
  r.current.store(r.kept.back().get(), std::memory_order_release);
}

std::optional<FieldError> CheckUsable(const Product& product, std::int64_t enterprise_id,
                                      bool inbound, const std::string& line_field) {
  if (product.owner_enterprise_id != 0 && enterprise_id != 0 &&
      product.owner_enterprise_id != enterprise_id)
    return Err("product_foreign").At(line_field, product.id);
  if (!product.active && inbound)
    return Err("product_inactive").At(line_field, product.id, product.label_zh);
  return std::nullopt;
}

std::vector<FieldError> CheckProductInput(const ProductInput& in,
                                          const magazine::StorageRulesConfig& rules) {
  std::vector<FieldError> errors;
  if (!in.code.empty() && !IsProductId(in.code))
    errors.push_back(Err("product_id").At("code", in.code));
  const auto kind = ParseProductKind(in.kind);
  if (!in.kind.empty() && !kind) errors.push_back(Err("product_kind").At("kind", in.kind));
  const auto unit = ParseUnit(in.unit);
  if (!in.unit.empty() && !unit) errors.push_back(Err("product_unit").At("unit", in.unit));
  if (!in.storage_class.empty() && !magazine::FindStorageClass(rules, in.storage_class))
    errors.push_back(
        Err("product_storage_class").At("storage_class", in.code, in.storage_class));
  if (in.net_mass_per_unit_g &&
      (!std::isfinite(*in.net_mass_per_unit_g) || *in.net_mass_per_unit_g < 0 ||
       *in.net_mass_per_unit_g > 1e6))
    errors.push_back(Err("product_mass_g").At("net_mass_per_unit_g"));
  if (in.coded && unit && *unit != Unit::kPiece)
    errors.push_back(Err("product_coded_unit").At("unit", in.code));
  if (kind && (*kind == ProductKind::kElectronicDetonator || *kind == ProductKind::kDetonator) &&
      !in.coded)
    errors.push_back(Err("product_coded_kind").At("coded"));
  return errors;
}

Product ProductFromInput(const ProductInput& in) {
  Product p;
  p.id = in.code;
  p.kind = ParseProductKind(in.kind).value_or(ProductKind::kIndustrialExplosive);
  p.unit = ParseUnit(in.unit).value_or(Unit::kKg);
  p.storage_class = in.storage_class;
  p.net_explosive_mass_per_unit_kg = in.net_mass_per_unit_g.value_or(0) / 1000.0;
  p.coded = in.coded;
  // Every coded detonator carries GA 441 codes (the only coding scheme the ledger validates).
  p.ga441_codes = in.coded;
  p.label_zh = in.name;
  p.label_en = in.name_en.empty() ? in.name : in.name_en;
  p.brand = in.brand;
  p.specification = in.specification;
  p.manufacturer = in.manufacturer;
  return p;
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
