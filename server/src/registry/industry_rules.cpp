#include "registry/industry_rules.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::registry {
namespace {

struct IndustryInfo {
  Industry industry;
  std::string_view value;
  std::string_view label_zh;
  std::string_view label_en;
};

constexpr IndustryInfo kIndustryInfo[] = {
    {Industry::kCivilExplosivesProduction, "civil_explosives_production", "民用爆炸物品生产",
     "Civil explosives production"},
    {Industry::kCivilExplosivesSales, "civil_explosives_sales", "民用爆炸物品销售",
     "Civil explosives sales"},
    {Industry::kCivilAircraft, "civil_aircraft", "民用飞机制造", "Civil aircraft manufacturing"},
    {Industry::kCivilShip, "civil_ship", "民用船舶制造", "Civil ship manufacturing"},
    {Industry::kHazardousChemicals, "hazardous_chemicals", "危险化学品", "Hazardous chemicals"},
    {Industry::kGeneral, "general", "一般工业", "General industry"},
};

const IndustryInfo& Info(Industry industry) {
  for (const auto& info : kIndustryInfo) {
    if (info.industry == industry) return info;
  }
  return kIndustryInfo[std::size(kIndustryInfo) - 1];
}

struct SupervisionInfo {
  Supervision supervision;
  std::string_view value;
  std::string_view label_zh;
  std::string_view label_en;
};

constexpr SupervisionInfo kSupervisionInfo[] = {
    {Supervision::kSupervision, "supervision", "安全生产监督管理", "Work-safety supervision"},
    {Supervision::kIndustryManagement, "industry_management", "安全生产管理（行业管理）",
     "Work-safety management (industry management)"},
};

const SupervisionInfo& Info(Supervision supervision) {
  return supervision == Supervision::kSupervision ? kSupervisionInfo[0] : kSupervisionInfo[1];
}

}  // namespace

const std::vector<Industry>& AllIndustries() {
  static const std::vector<Industry> kAll = {
      Industry::kCivilExplosivesProduction, Industry::kCivilExplosivesSales,
      Industry::kCivilAircraft,             Industry::kCivilShip,
      Industry::kHazardousChemicals,        Industry::kGeneral,
  };
  return kAll;
}

std::string_view IndustryValue(Industry industry) { return Info(industry).value; }
std::string_view IndustryLabelZh(Industry industry) { return Info(industry).label_zh; }
std::string_view IndustryLabelEn(Industry industry) { return Info(industry).label_en; }

std::optional<Industry> ParseIndustry(std::string_view value) {
  for (const auto& info : kIndustryInfo) {
    if (info.value == value) return info.industry;
  }
  return std::nullopt;
}

const std::vector<Supervision>& AllSupervisions() {
  static const std::vector<Supervision> kAll = {Supervision::kSupervision,
                                                Supervision::kIndustryManagement};
  return kAll;
}

std::string_view SupervisionValue(Supervision s) { return Info(s).value; }
std::string_view SupervisionLabelZh(Supervision s) { return Info(s).label_zh; }
std::string_view SupervisionLabelEn(Supervision s) { return Info(s).label_en; }

std::optional<Supervision> ParseSupervision(std::string_view value) {
  for (const auto& info : kSupervisionInfo) {
    if (info.value == value) return info.supervision;
  }
  return std::nullopt;
}

Supervision SupervisionFor(Industry industry) {
  switch (industry) {
    case Industry::kCivilExplosivesProduction:
    case Industry::kCivilExplosivesSales:
    case Industry::kCivilAircraft:
    case Industry::kCivilShip:
      return Supervision::kSupervision;
    case Industry::kHazardousChemicals:
    case Industry::kGeneral:
      return Supervision::kIndustryManagement;
  }
  return Supervision::kIndustryManagement;
}

const std::vector<IndustryCode>& IndustryCodes() {
  static const std::vector<IndustryCode> kCodes = [] {
    std::vector<IndustryCode> codes = {
        // B 06 煤炭开采和洗选业
        {"0610", "烟煤和无烟煤开采洗选", "Bituminous coal and anthracite mining and washing"},
        // C 13 农副食品加工业
        {"1311", "稻谷加工", "Rice processing"},
        {"1312", "小麦加工", "Wheat processing"},
        {"1313", "玉米加工", "Maize processing"},
        {"1329", "其他饲料加工", "Other feed processing"},
        {"1331", "食用植物油加工", "Edible vegetable oil processing"},
        {"1351", "牲畜屠宰", "Livestock slaughtering"},
        {"1352", "禽类屠宰", "Poultry slaughtering"},
        {"1353", "肉制品及副产品加工", "Meat products and by-products processing"},
        {"1391", "淀粉及淀粉制品制造", "Starch and starch products manufacturing"},
        // C 14 食品制造业
        {"1431", "米、面制品制造", "Rice and flour products manufacturing"},
        {"1432", "速冻食品制造", "Quick-frozen food manufacturing"},
        // C 15 酒、饮料和精制茶制造业
        {"1512", "白酒制造", "Baijiu (Chinese liquor) manufacturing"},
        {"1513", "啤酒制造", "Beer manufacturing"},
        // C 17 纺织业, C 18 纺织服装、服饰业
        {"1711", "棉纺纱加工", "Cotton spinning"},
        {"1712", "棉织造加工", "Cotton weaving"},
        {"1713", "棉印染精加工", "Cotton printing, dyeing and finishing"},
        {"1751", "化纤织造加工", "Chemical fibre weaving"},
        {"1819", "其他机织服装制造", "Other woven garment manufacturing"},
        // C 20-22 木材、家具、造纸
        {"2021", "胶合板制造", "Plywood manufacturing"},
        {"2110", "木质家具制造", "Wooden furniture manufacturing"},
        {"2221", "机制纸及纸板制造", "Machine-made paper and paperboard manufacturing"},
        {"2231", "纸和纸板容器制造", "Paper and paperboard container manufacturing"},
        // C 25 石油、煤炭及其他燃料加工业
        {"2511", "原油加工及石油制品制造", "Crude oil processing and petroleum products"},
        {"2519", "其他原油制造", "Other crude oil manufacturing"},
        {"2521", "炼焦", "Coking"},
        {"2522", "煤制合成气生产", "Coal-to-syngas production"},
        {"2523", "煤制液体燃料生产", "Coal-to-liquid fuel production"},
        {"2524", "煤制品制造", "Coal products manufacturing"},
        {"2529", "其他煤炭加工", "Other coal processing"},
        // C 26 化学原料和化学制品制造业
        {"2611", "无机酸制造", "Inorganic acid manufacturing"},
        {"2612", "无机碱制造", "Inorganic alkali manufacturing"},
        {"2613", "无机盐制造", "Inorganic salt manufacturing"},
        {"2614", "有机化学原料制造", "Organic chemical raw materials manufacturing"},
        {"2619", "其他基础化学原料制造", "Other basic chemical raw materials manufacturing"},
        {"2621", "氮肥制造", "Nitrogen fertiliser manufacturing"},
        {"2622", "磷肥制造", "Phosphate fertiliser manufacturing"},
        {"2623", "钾肥制造", "Potash fertiliser manufacturing"},
        {"2624", "复混肥料制造", "Compound fertiliser manufacturing"},
        {"2625", "有机肥料及微生物肥料制造", "Organic and microbial fertiliser manufacturing"},
        {"2629", "其他肥料制造", "Other fertiliser manufacturing"},
        {"2631", "化学农药制造", "Chemical pesticide manufacturing"},
        {"2632", "生物化学农药及微生物农药制造",
         "Biochemical and microbial pesticide manufacturing"},
        {"2641", "涂料制造", "Paint and coating manufacturing"},
        {"2642", "油墨及类似产品制造", "Ink and similar products manufacturing"},
        {"2643", "工业颜料制造", "Industrial pigment manufacturing"},
        {"2644", "工艺美术颜料制造", "Artists' colour manufacturing"},
        {"2645", "染料制造", "Dye manufacturing"},
        {"2646", "密封用填料及类似品制造", "Sealing filler and similar products manufacturing"},
        {"2651", "初级形态塑料及合成树脂制造",
         "Plastics in primary forms and synthetic resin manufacturing"},
        {"2652", "合成橡胶制造", "Synthetic rubber manufacturing"},
        {"2653", "合成纤维单（聚合）体制造", "Synthetic fibre monomer and polymer manufacturing"},
        {"2659", "其他合成材料制造", "Other synthetic materials manufacturing"},
        {"2661", "化学试剂和助剂制造", "Chemical reagent and auxiliary manufacturing"},
        {"2662", "专项化学用品制造", "Special-purpose chemical products manufacturing"},
        {"2663", "林产化学产品制造", "Forest chemical products manufacturing"},
        {"2664", "文化用信息化学品制造", "Information chemicals for cultural use manufacturing"},
        {"2665", "医学生产用信息化学品制造",
         "Information chemicals for medical and production use manufacturing"},
        {"2666", "环境污染处理专用药剂材料制造",
         "Pollution treatment chemicals and materials manufacturing"},
        {"2667", "动物胶制造", "Animal glue manufacturing"},
        {"2669", "其他专用化学产品制造", "Other special chemical products manufacturing"},
        {"2671", "炸药及火工产品制造", "Explosives and initiating devices manufacturing"},
        {"2672", "焰火、鞭炮产品制造", "Fireworks and firecrackers manufacturing"},
        {"2681", "肥皂及洗涤剂制造", "Soap and detergent manufacturing"},
        {"2682", "化妆品制造", "Cosmetics manufacturing"},
        {"2683", "口腔清洁用品制造", "Oral care products manufacturing"},
        {"2684", "香料、香精制造", "Flavour and fragrance manufacturing"},
        {"2689", "其他日用化学产品制造", "Other household chemical products manufacturing"},
        // C 27 医药制造业
        {"2710", "化学药品原料药制造", "Chemical active pharmaceutical ingredient manufacturing"},
        {"2720", "化学药品制剂制造", "Chemical drug preparation manufacturing"},
        // C 29 橡胶和塑料制品业
        {"2911", "轮胎制造", "Tyre manufacturing"},
        {"2913", "橡胶零件制造", "Rubber parts manufacturing"},
        {"2921", "塑料薄膜制造", "Plastic film manufacturing"},
        {"2922", "塑料板、管、型材制造", "Plastic sheet, pipe and profile manufacturing"},
        // C 30 非金属矿物制品业
        {"3011", "水泥制造", "Cement manufacturing"},
        {"3012", "石灰和石膏制造", "Lime and gypsum manufacturing"},
        {"3021", "水泥制品制造", "Cement products manufacturing"},
        {"3022", "砼结构构件制造", "Concrete structural components manufacturing"},
        {"3024", "轻质建筑材料制造", "Lightweight building materials manufacturing"},
        {"3031", "粘土砖瓦及建筑砌块制造", "Clay brick, tile and building block manufacturing"},
        {"3041", "平板玻璃制造", "Flat glass manufacturing"},
        {"3071", "建筑陶瓷制品制造", "Building ceramics manufacturing"},
        // C 31-32 金属冶炼和压延加工业
        {"3110", "炼铁", "Iron smelting"},
        {"3120", "炼钢", "Steelmaking"},
        {"3130", "钢压延加工", "Steel rolling"},
        {"3140", "铁合金冶炼", "Ferroalloy smelting"},
        {"3216", "铝冶炼", "Aluminium smelting"},
        {"3252", "铝压延加工", "Aluminium rolling"},
        // C 33 金属制品业
        {"3311", "金属结构制造", "Metal structure manufacturing"},
        {"3312", "金属门窗制造", "Metal door and window manufacturing"},
        {"3332", "金属压力容器制造", "Metal pressure vessel manufacturing"},
        {"3391", "黑色金属铸造", "Ferrous metal casting"},
        {"3392", "有色金属铸造", "Non-ferrous metal casting"},
        // C 34 通用设备制造业
        {"3411", "锅炉及辅助设备制造", "Boiler and auxiliary equipment manufacturing"},
        {"3412", "内燃机及配件制造", "Internal combustion engine and parts manufacturing"},
        {"3441", "泵及真空设备制造", "Pump and vacuum equipment manufacturing"},
        {"3443", "阀门和旋塞制造", "Valve and cock manufacturing"},
        {"3444", "液压动力机械及元件制造", "Hydraulic machinery and components manufacturing"},
        {"3451", "滚动轴承制造", "Rolling bearing manufacturing"},
        {"3453", "齿轮及齿轮减、变速箱制造", "Gear and gearbox manufacturing"},
        {"3484", "机械零部件加工", "Machinery parts processing"},
        // C 35 专用设备制造业
        {"3511", "矿山机械制造", "Mining machinery manufacturing"},
        {"3514", "建筑工程用机械制造", "Construction machinery manufacturing"},
        {"3521", "炼油、化工生产专用设备制造",
         "Oil refining and chemical production equipment manufacturing"},
        {"3571", "拖拉机制造", "Tractor manufacturing"},
        {"3572", "机械化农业及园艺机具制造",
         "Mechanised agricultural and horticultural machinery manufacturing"},
        // C 36 汽车制造业
        {"3611", "汽柴油车整车制造", "Petrol and diesel vehicle manufacturing"},
        {"3612", "新能源车整车制造", "New-energy vehicle manufacturing"},
        {"3620", "汽车用发动机制造", "Automotive engine manufacturing"},
        {"3660", "汽车车身、挂车制造", "Vehicle body and trailer manufacturing"},
        {"3670", "汽车零部件及配件制造", "Automotive parts and accessories manufacturing"},
        // C 37 373 船舶及相关装置制造 (supervised industry, seed 003)
        {"3731", "金属船舶制造", "Metal ship building"},
        {"3732", "非金属船舶制造", "Non-metal ship building"},
        {"3733", "娱乐船和运动船制造", "Pleasure and sports boat building"},
        {"3734", "船用配套设备制造", "Marine equipment manufacturing"},
        {"3735", "船舶改装", "Ship conversion"},
        {"3736", "船舶拆除", "Ship breaking"},
        {"3737", "海洋工程装备制造", "Offshore engineering equipment manufacturing"},
        {"3739", "航标器材及其他相关装置制造",
         "Navigation aids and other related equipment manufacturing"},
        // C 37 374 航空、航天器及设备制造 (supervised industry, seed 003)
        {"3741", "飞机制造", "Aircraft manufacturing"},
        {"3742", "航天器及运载火箭制造", "Spacecraft and launch vehicle manufacturing"},
        {"3743", "航天相关设备制造", "Space-related equipment manufacturing"},
        {"3744", "航空相关设备制造", "Aviation-related equipment manufacturing"},
        {"3749", "其他航空航天器制造", "Other aircraft and spacecraft manufacturing"},
        // C 38-39 电气机械、电子
        {"3812", "电动机制造", "Electric motor manufacturing"},
        {"3823", "配电开关控制设备制造", "Switchgear and control equipment manufacturing"},
        {"3831", "电线、电缆制造", "Wire and cable manufacturing"},
        {"3841", "锂离子电池制造", "Lithium-ion battery manufacturing"},
        {"3982", "电子电路制造", "Electronic circuit manufacturing"},
        // F 516 矿产品、建材及化工产品批发
        {"5161", "煤炭及制品批发", "Coal and coal products wholesale"},
        {"5162", "石油及制品批发", "Petroleum and petroleum products wholesale"},
        {"5163", "非金属矿及制品批发", "Non-metallic minerals and products wholesale"},
        {"5164", "金属及金属矿批发", "Metals and metal ores wholesale"},
        {"5165", "建材批发", "Building materials wholesale"},
        {"5166", "化肥批发", "Fertiliser wholesale"},
        {"5167", "农药批发", "Pesticide wholesale"},
        {"5168", "农用薄膜批发", "Agricultural film wholesale"},
        {"5169", "其他化工产品批发", "Other chemical products wholesale"},
    };
    std::sort(codes.begin(), codes.end(),
              [](const IndustryCode& a, const IndustryCode& b) { return a.code < b.code; });
    return codes;
  }();
  return kCodes;
}

std::optional<Industry> IndustryFromImportCell(std::string_view cell, std::string* code) {
  const std::string text = core::AsciiLower(core::TrimView(cell));
  if (text.empty()) return std::nullopt;
  for (const auto& info : kIndustryInfo)
    if (text == info.value || text == info.label_zh || text == core::AsciiLower(info.label_en))
      return info.industry;
  // Names people write for the same categories (the 工信 bureaus' own lists and forms).
  static constexpr std::pair<std::string_view, Industry> kSynonyms[] = {
      {"民爆生产", Industry::kCivilExplosivesProduction},
      {"民爆物品生产", Industry::kCivilExplosivesProduction},
      {"民用爆破器材生产", Industry::kCivilExplosivesProduction},
      {"民用爆炸物品生产企业", Industry::kCivilExplosivesProduction},
      {"炸药及火工产品制造", Industry::kCivilExplosivesProduction},
      {"民爆销售", Industry::kCivilExplosivesSales},
      {"民爆物品销售", Industry::kCivilExplosivesSales},
      {"民用爆破器材销售", Industry::kCivilExplosivesSales},
      {"民用爆炸物品销售企业", Industry::kCivilExplosivesSales},
      {"民用航空器制造", Industry::kCivilAircraft},
      {"航空器制造", Industry::kCivilAircraft},
      {"飞机制造", Industry::kCivilAircraft},
      {"民机制造", Industry::kCivilAircraft},
      {"民用船舶", Industry::kCivilShip},
      {"船舶制造", Industry::kCivilShip},
      {"船舶修造", Industry::kCivilShip},
      {"民船制造", Industry::kCivilShip},
      {"危化品", Industry::kHazardousChemicals},
      {"危险化学品企业", Industry::kHazardousChemicals},
      {"危险化学品生产", Industry::kHazardousChemicals},
      {"一般工贸", Industry::kGeneral},
      {"一般行业", Industry::kGeneral},
      {"一般工业企业", Industry::kGeneral},
      {"其他工业", Industry::kGeneral},
  };
  for (const auto& [name, industry] : kSynonyms)
    if (text == name) return industry;
  if (text.size() == 4 && core::IsAsciiDigits(text) && FindIndustryCode(text)) {
    std::optional<Industry> found;
    if (text == "2671") found = Industry::kCivilExplosivesProduction;
    else if (text.starts_with("373")) found = Industry::kCivilShip;
    else if (text.starts_with("374")) found = Industry::kCivilAircraft;
    if (found && code) *code = text;
    return found;
  }
  return std::nullopt;
}

const IndustryCode* FindIndustryCode(std::string_view code) {
  const auto& codes = IndustryCodes();
  const auto it = std::lower_bound(
      codes.begin(), codes.end(), code,
      [](const IndustryCode& entry, std::string_view c) { return entry.code < c; });
  return (it != codes.end() && it->code == code) ? &*it : nullptr;
}

std::vector<FieldError> CheckIndustryConsistency(Industry industry,
                                                 std::string_view industry_code) {
  std::vector<FieldError> errors;
  if (industry_code.empty()) return errors;
  std::string_view expected_en;
  std::string_view expected_zh;
  bool ok = true;
  switch (industry) {
    case Industry::kCivilExplosivesProduction:
      ok = industry_code == "2671";
      expected_en = "2671 (explosives and initiating devices manufacturing)";
      expected_zh = "2671（炸药及火工产品制造）";
      break;
    case Industry::kCivilAircraft:
      ok = industry_code.size() == 4 && industry_code.starts_with("374");
      expected_en = "a 374x code (aircraft, spacecraft and equipment manufacturing)";
      expected_zh = "374x（航空、航天器及设备制造）";
      break;
    case Industry::kCivilShip:
      ok = industry_code.size() == 4 && industry_code.starts_with("373");
      expected_en = "a 373x code (ships and related equipment manufacturing)";
      expected_zh = "373x（船舶及相关装置制造）";
      break;
    case Industry::kCivilExplosivesSales:
    case Industry::kHazardousChemicals:
    case Industry::kGeneral:
      break;
  }
  if (!ok) {
    errors.push_back(Err("industry_code_mismatch")
                         .At("industry_code", industry_code, IndustryValue(industry), expected_en,
                             IndustryLabelZh(industry), expected_zh));
  }
  return errors;
}

}  // namespace anjian::registry
