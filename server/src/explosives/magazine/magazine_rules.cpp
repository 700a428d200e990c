#include "explosives/magazine/magazine_rules.hpp"

#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::magazine {
namespace {

struct KindInfo {
  MagazineKind kind;
  std::string_view value, label_zh, label_en;
};
constexpr KindInfo kKinds[] = {
    {MagazineKind::kMainMagazine, "main_magazine", "总库", "Main magazine"},
    {MagazineKind::kSmallMagazine, "small_magazine", "小型库", "Small magazine"},
    {MagazineKind::kTemporaryMagazine, "temporary_magazine", "临时库", "Temporary magazine"},
    {MagazineKind::kRawMaterialMagazine, "raw_material_store", "原材料库", "Raw-material store"},
    {MagazineKind::kIntermediateMagazine, "intermediate_store", "中转库", "Intermediate store"},
    {MagazineKind::kQuarantineMagazine, "quarantine_store", "隔离库", "Quarantine store"},
};

const KindInfo& Info(MagazineKind kind) {
  for (const auto& info : kKinds) {
    if (info.kind == kind) return info;
  }
  return kKinds[0];
}

}  // namespace

const std::vector<MagazineKind>& AllMagazineKinds() {
  static const std::vector<MagazineKind> kAll = [] {
    std::vector<MagazineKind> all;
    for (const auto& info : kKinds) all.push_back(info.kind);
    return all;
  }();
  return kAll;
}
std::string_view MagazineKindValue(MagazineKind kind) { return Info(kind).value; }
std::string_view MagazineKindLabelZh(MagazineKind kind) { return Info(kind).label_zh; }
std::string_view MagazineKindLabelEn(MagazineKind kind) { return Info(kind).label_en; }
std::optional<MagazineKind> ParseMagazineKind(std::string_view value) {
  for (const auto& info : kKinds) {
    if (info.value == value) return info.kind;
  }
  return std::nullopt;
}

MagazineLimits Gb6722SmallMagazineLimits() {
  MagazineLimits limits;
  limits.product_quantity_milli = {
      {"industrial_explosive", catalogue::Milli(5000)}, {"black_powder", catalogue::Milli(3000)},
      {"detonating_cord", catalogue::Milli(50000)},     {"electronic_detonator", catalogue::Milli(20000)},
      {"shock_tube", catalogue::Milli(100000)},
  };
  return limits;
}

}  // namespace anjian::magazine
