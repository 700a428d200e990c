// Magazines (库房; `stores` in SQL and the API) of an enterprise and their rated limits
// (设计容量 / 核定储量). Over-capacity storage (超量存储) is an Art.49 offence, so every limit is
// checked when a voucher is posted.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anjian::magazine {

enum class MagazineKind {
  kMainMagazine,       // 总库
  kSmallMagazine,      // 小型库 (GB 6722 table 14-7, GA 838)
  kTemporaryMagazine,  // 临时库 at a blasting site (Art.42)
  kRawMaterialMagazine,   // 原材料库
  kIntermediateMagazine,  // 中转库 inside a production line; its limit is the workshop's 定量
  kQuarantineMagazine,    // 隔离库: the only place for waste, seized or unidentified goods
};
const std::vector<MagazineKind>& AllMagazineKinds();
// "main_magazine" | "small_magazine" | "temporary_magazine" | "raw_material_store" |
// "intermediate_store" | "quarantine_store"
std::string_view MagazineKindValue(MagazineKind kind);
std::optional<MagazineKind> ParseMagazineKind(std::string_view value);
std::string_view MagazineKindLabelZh(MagazineKind kind);
std::string_view MagazineKindLabelEn(MagazineKind kind);

// nullopt = the magazine is not rated for that measure (an explosives magazine has no detonator
// pieces limit). Whether a store must carry a rating is the registry's rule, not the voucher's.
struct MagazineLimits {
  std::optional<std::int64_t> net_mass_g;  // rated net explosive mass, grams
  std::optional<std::int64_t> pieces;      // rated detonator pieces
  // Per product, in thousandths of the product's unit: GB 6722 limits a small magazine per
  // type, and shock tube (no mass equivalent) only by length.
  std::map<std::string, std::int64_t, std::less<>> product_quantity_milli;
};

// GB 6722 table 14-7 maxima for one small magazine (rules.md §2a, [S]) against the default
// catalogue: industrial_explosive 5000 kg, black_powder 3000 kg, detonating_cord 50 000 m,
// electronic_detonator 20 000 pieces, shock_tube 100 000 m; no combined net mass or pieces
// rating. A default for forms, to be confirmed per magazine, never assumed by the checks.
MagazineLimits Gb6722SmallMagazineLimits();

// A magazine's books just before a voucher (or an edit of its kind and limits).
struct MagazineState {
  std::int64_t id = 0;
  MagazineKind kind = MagazineKind::kMainMagazine;
  MagazineLimits limits;
  std::int64_t net_mass_g = 0;  // current net explosive mass, grams
  std::int64_t pieces = 0;      // current pieces (products counted in pieces)
  // Product id -> quantity in stock, thousandths of its unit. The storage classes present are
  // derived from it (voucher::ClassesPresent), so they can never disagree with the stock.
  std::map<std::string, std::int64_t, std::less<>> quantities;
  // Waste, seized or unidentified goods are in stock (only ever true of a quarantine magazine).
  bool holds_non_normal_goods = false;
};

}  // namespace anjian::magazine
