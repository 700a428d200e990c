// Stores (库房) of an enterprise and their rated limits (设计容量 / 核定储量). Over-capacity
// storage (超量存储) is an Art.49 offence, so every limit is checked when a voucher is posted.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anjian::domain::explosives {

enum class StoreKind {
  kMainMagazine,       // 总库
  kSmallMagazine,      // 小型库 (GB 6722 table 14-7, GA 838)
  kTemporaryMagazine,  // 临时库 at a blasting site (Art.42)
  kRawMaterialStore,   // 原材料库
  kIntermediateStore,  // 中转库 inside a production line; its limit is the workshop's 定量
  kQuarantineStore,    // 隔离库: the only place for waste, seized or unidentified goods
};
const std::vector<StoreKind>& AllStoreKinds();
// "main_magazine" | "small_magazine" | "temporary_magazine" | "raw_material_store" |
// "intermediate_store" | "quarantine_store"
std::string_view StoreKindValue(StoreKind kind);
std::optional<StoreKind> ParseStoreKind(std::string_view value);
std::string_view StoreKindLabelZh(StoreKind kind);
std::string_view StoreKindLabelEn(StoreKind kind);

// nullopt = the store is not rated for that measure (an explosives magazine has no detonator
// pieces limit). Whether a store must carry a rating is the registry's rule, not the voucher's.
struct StoreLimits {
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
StoreLimits Gb6722SmallMagazineLimits();

}  // namespace anjian::domain::explosives
