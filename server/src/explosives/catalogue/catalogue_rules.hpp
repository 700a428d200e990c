// The product catalogue of the stores ledger: what a product is counted in, which storage class
// it belongs to (for the mixing rules) and how much net explosive mass one unit adds to a store
// (for the rated capacity). Built in with defaults, extensible per deployment, so every figure
// here is data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "explosives/magazine/magazine_storage_rules.hpp"

namespace anjian::catalogue {

enum class Unit { kKg, kPiece, kMetre };
const std::vector<Unit>& AllUnits();
std::string_view UnitValue(Unit unit);  // "kg" | "piece" | "m"
std::optional<Unit> ParseUnit(std::string_view value);
std::string_view UnitLabelZh(Unit unit);  // 千克 | 发 | 米
std::string_view UnitLabelEn(Unit unit);  // kg | pcs | m

enum class ProductKind {
  kIndustrialExplosive,
  kElectronicDetonator,
  kDetonatingCord,
  kShockTube,
  kBlackPowder,
  kAmmoniumNitrate,  // raw material (原材料)
  kSemiFinished,     // 半成品
  kDetonator,        // other industrial detonators (导爆管雷管, 电雷管), coded per GA 441
  kRawMaterial,      // raw materials other than ammonium nitrate (其他原材料)
};
const std::vector<ProductKind>& AllProductKinds();
// "industrial_explosive" | "electronic_detonator" | "detonating_cord" | "shock_tube" |
// "black_powder" | "ammonium_nitrate" | "semi_finished" | "detonator" | "raw_material"
std::string_view ProductKindValue(ProductKind kind);
std::string_view ProductKindLabelZh(ProductKind kind);
std::string_view ProductKindLabelEn(ProductKind kind);
// Raw materials (ammonium nitrate and the others) are not sold goods: no sale filing.
bool IsRawMaterial(ProductKind kind);
std::optional<ProductKind> ParseProductKind(std::string_view value);

struct Product {
  std::string id;  // stable code, [a-z][a-z0-9_]*; the built-in ones equal their kind's value
  ProductKind kind = ProductKind::kIndustrialExplosive;
  Unit unit = Unit::kKg;
  std::string storage_class;
  double net_explosive_mass_per_unit_kg = 0;
  bool coded = false;        // every piece carries its own code, listed on each voucher line
  bool ga441_codes = false;  // coded with GA 441 shell codes, validated as such
  std::string label_zh, label_en;
  // Stored in the database (table products, V029): the row id, the trade data a person reads,
  // whether the product may still be booked into a store, and its owner (0: the deployment's
  // catalogue; otherwise the enterprise that added it).
  std::int64_t db_id = 0;
  std::string brand, specification, manufacturer;
  bool active = true;
  std::int64_t owner_enterprise_id = 0;
};

// What a person reads: the name, then brand and specification when known
// ("乳化炸药（岩石型 Φ32mm×200g）").
std::string DisplayNameZh(const Product& product);

struct Catalogue {
  std::vector<Product> products;
  const Product* Find(std::string_view id) const;
};

// Defaults from GB 6722 table 14-7 (rules.md §2a, an [S] source):
// - industrial_explosive, black_powder: 1 kg per kg.
// - detonating_cord: 0.012 kg/m (50 000 m counted as 600 kg).
// - electronic_detonator: 0.001 kg per piece (20 000 pieces counted as 20 kg); coded, GA 441.
// - shock_tube: 0 kg/m. The table limits shock tube by length (100 000 m) and, unlike cord and
//   detonators, gives it no mass equivalent: its core is a thin film of HMX/aluminium powder,
//   some tens of mg per metre, so even a full magazine's worth is a few kg at most. Its limit
//   is a per-product quantity limit of the store (MagazineLimits) rather than a share of the net
//   mass; a regulator who wants it counted sets a figure here.
// - ammonium_nitrate: 1 kg per kg. It is an oxidiser that can detonate in bulk (Tianjin 2015,
//   Beirut 2020), and the TNT-equivalence factor GB 50089 applies is not confirmed (rules.md
//   §2b [U]), so the whole mass counts until it is.
// - semi_finished: 1 kg per kg, the conservative choice for unconfirmed compositions.
Catalogue DefaultCatalogue();

// The catalogue in force: the deployment's products and every enterprise's, as last loaded from
// the database (catalogue_repository LoadCatalogue → Publish); DefaultCatalogue until then. A
// snapshot is never freed, so a reference stays valid while a newer one is published.
const Catalogue& InForce();
void Publish(Catalogue catalogue);

// Whether `enterprise_id` may book `product` on a voucher line `line_field` bringing goods into a
// store (`inbound`): an inactive product is refused inbound (its stock can still leave), another
// enterprise's product always (rules product_inactive, product_foreign).
std::optional<FieldError> CheckUsable(const Product& product, std::int64_t enterprise_id,
                                      bool inbound, const std::string& line_field);

// One product as entered (create/edit): every field named on error.
struct ProductInput {
  std::string code, name, name_en, brand, specification, manufacturer;
  std::string kind, unit, storage_class;
  std::optional<double> net_mass_per_unit_g;
  bool coded = false;
};
// Rules: product_id (code), product_kind, product_unit, product_storage_class, product_mass,
// product_coded_unit, product_coded_kind (a detonator must be coded, GA 441).
std::vector<FieldError> CheckProductInput(const ProductInput& in,
                                          const magazine::StorageRulesConfig& rules);
// The product a valid input describes (ids and owner set by the caller).
Product ProductFromInput(const ProductInput& in);

// Net explosive mass of a quantity (in thousandths of the product's unit), in grams, rounded to
// the nearest gram: thousandths × kg per unit = grams.
std::int64_t NetMassGrams(const Product& product, std::int64_t quantity_milli);

// Counted against a store's rated pieces (the detonator limit): products counted in pieces.
inline bool CountsAsPieces(const Product& product) { return product.unit == Unit::kPiece; }

// Rules (field products[i].<name>): product_id (format, as storage class ids),
// product_duplicate, product_storage_class (not in the storage rules), product_mass
// (negative or not finite), product_coded_unit (a coded product must be counted in pieces),
// product_code_scheme (ga441_codes without coded), product_label.
std::vector<FieldError> ValidateCatalogue(const Catalogue& catalogue,
                                          const magazine::StorageRulesConfig& rules);

}  // namespace anjian::catalogue
