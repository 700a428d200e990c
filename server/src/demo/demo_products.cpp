#include "demo/demo_products.hpp"

#include <boost/json.hpp>

#include "explosives/catalogue/catalogue_json.hpp"
#include "explosives/catalogue/catalogue_repository.hpp"

namespace anjian::demo {

namespace {

struct DemoProduct {
  const char* code;
  const char* unit;
  double grams_per_unit;
  const char* kind;
  const char* storage_class;
  bool coded;
  const char* name;
  const char* specification;
  const char* manufacturer;
};

// Net explosive mass per unit as GB 6722 table 14-7 counts it (1 kg per kg of explosive,
// 1 g per detonator), a perforating charge by its charge mass, non-explosive raw materials 0.
constexpr DemoProduct kDeployment[] = {
    {"emulsion_rock_32", "kg", 1000, "industrial_explosive", "explosive", false,
     "岩石乳化炸药", "Φ32mm×200g 药卷",
     "济宁市示范民爆器材厂（演示）"},
    {"emulsion_coal_3", "kg", 1000, "industrial_explosive", "explosive", false,
     "三级煤矿许用乳化炸药", "Φ35mm×200g 药卷",
     "济宁市示范民爆器材厂（演示）"},
    {"anfo_porous", "kg", 1000, "industrial_explosive", "explosive", false,
     "多孔粒状铵油炸药", "25kg/袋",
     "济宁市示范化工有限公司（演示）"},
    {"shock_tube_detonator_ms", "piece", 1, "detonator", "detonator", true,
     "塑料导爆管毫秒延期雷管", "1-20段 脚线3m",
     "济宁市示范民爆器材厂（演示）"},
    {"perforating_charge_dp44", "piece", 25, "industrial_explosive", "perforating_charge", false,
     "射孔弹", "DP44RDX25 装药25g",
     "济宁市示范油田器材有限公司（演示）"},
    {"tnt_raw", "kg", 1000, "raw_material", "explosive", false,
     "梯恩梯（原材料）", "片状 25kg/袋",
     "济宁市示范化工有限公司（演示）"},
    {"sodium_nitrate_raw", "kg", 0, "raw_material", "raw_material", false,
     "硝酸钠（原材料）", "工业级 GB/T 4553 优等品",
     "济宁市示范化工有限公司（演示）"},
    {"emulsifier_raw", "kg", 0, "raw_material", "raw_material", false,
     "乳化剂（原材料）", "司盘-80 复合乳化剂",
     "济宁市示范化工有限公司（演示）"},
};

// The producer's own product, in its own catalogue only.
constexpr DemoProduct kProducer = {"hengan_emulsion_rock_70", "kg", 1000, "industrial_explosive",
                                   "explosive", false, "岩石乳化炸药（大直径）", "Φ70mm×2kg 药卷",
                                   "邹城恒安民爆器材有限公司"};

void Add(storage::Connection& conn, const DemoProduct& d, int64_t owner,
         const std::optional<std::string>& owner_path, const std::string& now) {
  catalogue::Product p;
  p.id = d.code;
  p.label_zh = p.label_en = d.name;
  p.kind = catalogue::ParseProductKind(d.kind).value_or(catalogue::ProductKind::kRawMaterial);
  p.specification = d.specification;
  p.manufacturer = d.manufacturer;
  p.unit = catalogue::ParseUnit(d.unit).value_or(catalogue::Unit::kKg);
  p.net_explosive_mass_per_unit_kg = d.grams_per_unit / 1000.0;
  p.storage_class = d.storage_class;
  p.coded = p.ga441_codes = d.coded;
  p.owner_enterprise_id = owner;
  p.db_id = catalogue::InsertProduct(conn, p, owner_path, now);
  catalogue::InsertChange(conn, p.db_id, "create", "",
                          boost::json::serialize(catalogue::ProductSnapshot(p)), 0, now);
}

}  // namespace

void SeedDemoProducts(storage::Connection& conn, int64_t producer, const std::string& now_iso) {
  for (const auto& d : kDeployment) Add(conn, d, 0, std::nullopt, now_iso);
  Add(conn, kProducer, producer, catalogue::EnterpriseRegionPath(conn, producer), now_iso);
}

}  // namespace anjian::demo
