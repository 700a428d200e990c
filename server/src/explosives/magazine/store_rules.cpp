#include "explosives/magazine/store_rules.hpp"

#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::domain::explosives {
namespace {

struct KindInfo {
  StoreKind kind;
  std::string_view value, label_zh, label_en;
};
constexpr KindInfo kKinds[] = {
    {StoreKind::kMainMagazine, "main_magazine", "总库", "Main magazine"},
    {StoreKind::kSmallMagazine, "small_magazine", "小型库", "Small magazine"},
    {StoreKind::kTemporaryMagazine, "temporary_magazine", "临时库", "Temporary magazine"},
    {StoreKind::kRawMaterialStore, "raw_material_store", "原材料库", "Raw-material store"},
    {StoreKind::kIntermediateStore, "intermediate_store", "中转库", "Intermediate store"},
    {StoreKind::kQuarantineStore, "quarantine_store", "隔离库", "Quarantine store"},
};

const KindInfo& Info(StoreKind kind) {
  for (const auto& info : kKinds) {
    if (info.kind == kind) return info;
  }
  return kKinds[0];
}

}  // namespace

const std::vector<StoreKind>& AllStoreKinds() {
  static const std::vector<StoreKind> kAll = [] {
    std::vector<StoreKind> all;
    for (const auto& info : kKinds) all.push_back(info.kind);
    return all;
  }();
  return kAll;
}
std::string_view StoreKindValue(StoreKind kind) { return Info(kind).value; }
std::string_view StoreKindLabelZh(StoreKind kind) { return Info(kind).label_zh; }
std::string_view StoreKindLabelEn(StoreKind kind) { return Info(kind).label_en; }
std::optional<StoreKind> ParseStoreKind(std::string_view value) {
  for (const auto& info : kKinds) {
    if (info.value == value) return info.kind;
  }
  return std::nullopt;
}

StoreLimits Gb6722SmallMagazineLimits() {
  StoreLimits limits;
  limits.product_quantity_milli = {
      {"industrial_explosive", Milli(5000)}, {"black_powder", Milli(3000)},
      {"detonating_cord", Milli(50000)},     {"electronic_detonator", Milli(20000)},
      {"shock_tube", Milli(100000)},
  };
  return limits;
}

}  // namespace anjian::domain::explosives
