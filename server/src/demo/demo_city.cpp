#include "demo/demo_city.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>

#include "registry/industry_rules.hpp"
#include "core/prng.hpp"
#include "registry/region_rules.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::demo {
namespace {

// ---- Geography -------------------------------------------------------------------------------

// Indexes into RegionProfile::quota.
enum QuotaIndex { kProd, kSales, kAircraft, kShip, kChem, kQuotaCount };

struct RegionProfile {
  std::string_view code;
  std::string_view name_prefix;     // used in enterprise names, e.g. 任城
  std::string_view address_prefix;  // 山东省济宁市任城区
  double lat, lon;                  // rough centre of the region's industrial land
  int total;                        // enterprises in this region, fixed ones included
  int quota[kQuotaCount];           // supervised and chemical enterprises, fixed ones included
  std::string_view park;            // chemical park for hazardous-chemical enterprises, or ""
  std::vector<std::string_view> roads;
};

// Totals add up to kDemoEnterpriseCount; quotas to 6 explosives producers, 10 explosives sellers,
// 3 aircraft, 8 shipyards (微山湖 / 京杭运河 / 梁济运河), 60 chemical enterprises. Chemicals
// cluster in the counties with chemical parks (金乡, 嘉祥, 邹城, 兖州, 经开区). Park names other
// than 济宁新材料产业园区 are demo values. 微山县's centre is placed in its northern part so all
// coordinates stay inside the demo bounding box (35.0-35.9 N, 116.0-117.4 E).
const std::vector<RegionProfile>& Profiles() {
  static const std::vector<RegionProfile> kProfiles = {
      {"370811", "任城", "山东省济宁市任城区", 35.42, 116.60, 40, {0, 1, 0, 1, 4}, "",
       {"建设路", "共青团路", "太白楼路", "红星路", "吴泰闸路", "琵琶山路", "洸河路", "运河路"}},
      {"370812", "兖州", "山东省济宁市兖州区", 35.56, 116.79, 30, {0, 1, 1, 0, 6},
       "兖州工业园区化工产业园",
       {"九州大道", "建设东路", "龙桥路", "兴隆路", "青莲路", "中御桥路", "扬州路"}},
      {"370826", "微山", "山东省济宁市微山县", 35.07, 117.06, 18, {1, 1, 0, 3, 2}, "",
       {"奎文路", "微山湖大道", "湖东路", "夏阳路", "鲁桥工业路", "滨湖路"}},
      {"370827", "鱼台", "山东省济宁市鱼台县", 35.03, 116.65, 15, {0, 1, 0, 1, 4},
       "鱼台化工产业园", {"湖陵路", "谷亭路", "滨湖大道", "工业园路", "鱼新路"}},
      {"370828", "金乡", "山东省济宁市金乡县", 35.08, 116.31, 22, {0, 1, 0, 0, 10},
       "济宁新材料产业园区", {"金山街", "奎星路", "金乡大道", "莱河路", "创业路", "化工大道"}},
      {"370829", "嘉祥", "山东省济宁市嘉祥县", 35.41, 116.34, 22, {1, 1, 0, 0, 8},
       "嘉祥化工产业园", {"呈祥大道", "嘉宁路", "萌山路", "曾子路", "工业大道", "红运路"}},
      {"370830", "汶上", "山东省济宁市汶上县", 35.73, 116.49, 18, {1, 1, 0, 0, 4},
       "汶上化工产业园", {"宝相寺路", "中都大街", "尚书路", "如意路", "圣泽大街", "工业路"}},
      {"370831", "泗水", "山东省济宁市泗水县", 35.66, 117.25, 15, {1, 0, 0, 0, 1}, "",
       {"泉林路", "圣源路", "泗河路", "金庄路", "龙城大道"}},
      {"370832", "梁山", "山东省济宁市梁山县", 35.79, 116.12, 22, {1, 1, 0, 2, 4},
       "梁山化工产业园", {"水泊街", "梁山大道", "杏花村路", "青年路", "工业园路", "运河路"}},
      {"370881", "曲阜", "山东省济宁市曲阜市", 35.58, 116.99, 22, {0, 1, 0, 0, 2}, "",
       {"静轩路", "春秋路", "大成路", "鲁城街", "孔子大道", "时庄路"}},
      {"370883", "邹城", "山东省济宁市邹城市", 35.40, 117.01, 35, {1, 1, 0, 0, 7},
       "邹城工业园区化工产业园",
       {"岗山路", "太平东路", "唐王山路", "峄山路", "钢山路", "东滩路", "孟子大道"}},
      {"370800Z1", "济宁", "山东省济宁市高新区", 35.43, 116.68, 35, {0, 0, 2, 0, 2}, "",
       {"火炬路", "海川路", "崇文大道", "同济路", "开源路", "金宇路"}},
      {"370800Z2", "济宁", "山东省济宁市太白湖新区", 35.35, 116.59, 12, {0, 0, 0, 1, 0}, "",
       {"圣贤路", "荷花路", "太白湖路", "龙翔路", "济安桥南路"}},
      {"370800Z3", "济宁", "山东省济宁市经济技术开发区", 35.45, 116.44, 24, {0, 0, 0, 0, 6},
       "济宁经开区化工产业园", {"呈祥大道西段", "疃里工业路", "开发区大道", "鲁源路", "嘉达路"}},
  };
  return kProfiles;
}

// ---- Names, people, numbers -----------------------------------------------------------------

constexpr std::string_view kBrands[] = {
    "瑞丰", "金诚", "鑫源", "宏泰", "盛华", "永信", "德润", "泓泰", "博远", "天元", "隆盛", "益丰",
    "嘉禾", "润达", "恒昌", "凯信", "铭远", "信诚", "丰源", "华信", "北辰", "万通", "同力", "远航",
    "晟达", "祥瑞", "兴隆", "聚源", "利民", "宏宇", "金鼎", "鼎盛", "汇通", "荣昌", "盛源", "华宇",
    "正和", "百川", "浩然", "腾飞", "泰和", "三友", "圣源", "鲁源", "运通", "昊天", "金桥", "恒瑞",
    "新元", "福源", "嘉信", "顺达", "龙腾", "华泰", "明泰", "启航", "弘信", "中科", "宏达", "亿丰",
};

struct Template {
  std::string_view word;           // industry word in the name
  std::string_view code;           // GB/T 4754-2017 class
  std::int64_t min_employees = 0;  // heavy industries are never micro enterprises
};

constexpr Template kProdTemplates[] = {
    {"民爆器材", "2671"}, {"民爆化工", "2671"}, {"爆破器材", "2671"}, {"火工品", "2671"}};
// Explosives sellers are wholesalers of chemical products.
constexpr Template kSalesTemplates[] = {
    {"民爆器材经营", "5169"}, {"民爆物品销售", "5169"}, {"民爆器材专营", "5169"}};
constexpr Template kAircraftTemplates[] = {
    {"通用飞机制造", "3741"}, {"航空科技", "3744"}, {"航空装备", "3744"}};
constexpr Template kShipTemplates[] = {
    {"船舶制造", "3731"},   {"船舶修造", "3735"}, {"船业", "3731"},
    {"船用机械", "3734"},   {"游艇", "3733"},     {"玻璃钢船艇", "3732"}};
constexpr Template kChemTemplates[] = {
    {"化工", "2614"},     {"化学", "2661"},     {"精细化工", "2662"}, {"石化", "2511", 300},
    {"焦化", "2521", 300}, {"煤化工", "2522", 300}, {"新材料", "2651"},   {"化肥", "2621"},
    {"农化", "2631"},     {"涂料", "2641"},     {"染料", "2645"},     {"氯碱化工", "2612"},
    {"树脂", "2651"},     {"医药化工", "2710"}, {"助剂", "2661"},     {"无机化工", "2613"},
    {"油墨", "2642"},     {"颜料", "2643"},     {"合成材料", "2659"}, {"生物化工", "2614"}};
constexpr Template kGeneralTemplates[] = {
    {"机械制造", "3484"}, {"矿山机械", "3511"}, {"工程机械", "3514"}, {"纺织", "1711"},
    {"印染", "1713"},     {"食品", "1431"},     {"面业", "1312"},     {"粮油", "1331"},
    {"肉制品", "1353"},   {"淀粉", "1391"},     {"酒业", "1512"},     {"水泥", "3011", 200},
    {"建材", "3021"},     {"新型建材", "3024"}, {"钢结构", "3311"},   {"钢材加工", "3130", 200},
    {"铸造", "3391"},     {"汽车零部件", "3670"}, {"挂车制造", "3660"}, {"轮胎", "2911", 300},
    {"橡胶制品", "2913"}, {"塑业", "2921"},     {"管业", "2922"},     {"纸业", "2221"},
    {"包装", "2231"},     {"木业", "2021"},     {"家具", "2110"},     {"电气", "3823"},
    {"电缆", "3831"},     {"电机", "3812"},     {"新能源", "3841"},   {"电子", "3982"},
    {"制药", "2720"},     {"阀门", "3443"},     {"泵业", "3441"},     {"液压", "3444"},
    {"轴承", "3451"},     {"齿轮", "3453"},     {"锅炉", "3411"},     {"农业机械", "3572"},
    {"服饰", "1819"},     {"陶瓷", "3071"},     {"铝业", "3252"},     {"压力容器", "3332"},
    {"化工设备", "3521"}, {"门窗", "3312"},     {"饲料", "1329"},     {"啤酒", "1513"},
    {"速冻食品", "1432"}, {"棉业", "1712"},
};

constexpr std::string_view kSurnames[] = {
    "王", "张", "李", "刘", "陈", "杨", "赵", "孙", "孔", "孟", "周", "吴", "徐", "马", "朱", "胡",
    "郭", "何", "高", "林", "田", "董", "宋", "曹", "颜", "曾", "冯", "韩", "唐", "于", "魏", "程"};
constexpr std::string_view kGivenDouble[] = {
    "建国", "志强", "海涛", "晓东", "国庆", "立新", "文斌", "春雷", "玉华", "庆华", "传友", "兆勇",
    "兴国", "红梅", "秀英", "桂兰", "丽娟", "雪梅", "新民", "宪东", "德胜", "洪涛", "连生", "成军",
    "振华", "广平", "金亮", "长春", "云峰", "光明", "维民", "庆祥", "凤英", "爱华", "继伟", "宝山"};
constexpr std::string_view kGivenSingle[] = {"明", "伟", "磊", "军", "洪", "丽", "丹", "静",
                                             "勇", "涛", "斌", "超", "鹏", "峰", "刚", "杰",
                                             "敏", "燕", "强", "亮"};
constexpr std::string_view kMobilePrefixes[] = {"135", "136", "137", "138", "139", "150",
                                                "151", "152", "158", "159", "178", "182",
                                                "183", "187", "188", "130", "131", "132",
                                                "155", "156", "185", "186", "133", "153",
                                                "177", "180", "181", "189", "199"};

template <typename T, std::size_t N>
const T& Pick(core::SplitMix64& rng, const T (&items)[N]) {
  return items[rng.Below(N)];
}

std::string Digits(core::SplitMix64& rng, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out.push_back(static_cast<char>('0' + rng.Below(10)));
  return out;
}

std::string PersonName(core::SplitMix64& rng) {
  std::string name(Pick(rng, kSurnames));
  if (rng.Below(3) == 0) {
    name += Pick(rng, kGivenSingle);
  } else {
    name += Pick(rng, kGivenDouble);
  }
  return name;
}

std::string MobilePhone(core::SplitMix64& rng) {
  return std::string(Pick(rng, kMobilePrefixes)) + Digits(rng, 8);
}

// Jining landlines: 0537 + 7 digits, never starting with 0 or 1.
std::string JiningLandline(core::SplitMix64& rng) {
  return "0537-" + std::to_string(2 + rng.Below(7)) + Digits(rng, 6);
}

// 主体标识码: a legacy numeric organisation code (pre-2015 registrations) or a newer "MA3…"
// code, either way with a valid GB 11714 check character, using only USCC characters.
std::string OrgCode(core::SplitMix64& rng) {
  static constexpr std::string_view kLegacyPrefixes[] = {"16", "26", "31", "56", "58", "61", "66",
                                                         "70", "72", "75", "78", "79", "86"};
  std::string body;
  if (rng.Below(10) < 4) {
    body = std::string(Pick(rng, kLegacyPrefixes)) + Digits(rng, 6);
  } else {
    body = "MA3";
    for (int i = 0; i < 5; ++i) body.push_back(registry::kUsccCharset[rng.Below(registry::kUsccCharset.size())]);
  }
  body.push_back(registry::OrgCodeCheckChar(body));
  return body;
}

// The registering authority is usually the county's market regulator; some enterprises
// registered with the city (370800), and zones have no authority code of their own.
std::string UsccRegion(core::SplitMix64& rng, std::string_view region_code) {
  if (region_code.size() != 6 || rng.Below(100) < 15) return std::string(registry::kJiningCode);
  return std::string(region_code);
}

double Round6(double v) { return std::round(v * 1e6) / 1e6; }

void PlaceNear(core::SplitMix64& rng, const RegionProfile& p, registry::EnterpriseInput& e) {
  const double lat = p.lat + (rng.Unit() - 0.5) * 0.14;
  const double lon = p.lon + (rng.Unit() - 0.5) * 0.14;
  e.latitude = Round6(std::clamp(lat, 35.0, 35.9));
  e.longitude = Round6(std::clamp(lon, 116.0, 117.4));
}

std::string_view ScaleFor(std::int64_t employees) {
  // 工业企业 size classes by headcount (大 ≥1000, 中 300-999, 小 20-299, 微 <20).
  if (employees >= 1000) return "large";
  if (employees >= 300) return "medium";
  if (employees >= 20) return "small";
  return "micro";
}

std::int64_t Employees(core::SplitMix64& rng, registry::Industry industry) {
  switch (industry) {
    case registry::Industry::kCivilExplosivesProduction: return rng.Between(150, 800);
    case registry::Industry::kCivilExplosivesSales: return rng.Between(15, 90);
    case registry::Industry::kCivilAircraft: return rng.Between(80, 600);
    case registry::Industry::kCivilShip: return rng.Between(20, 350);
    case registry::Industry::kHazardousChemicals: {
      const auto r = rng.Below(100);
      if (r < 10) return rng.Between(1000, 2600);
      if (r < 45) return rng.Between(300, 999);
      return rng.Between(40, 299);
    }
    case registry::Industry::kGeneral: {
      const auto r = rng.Below(100);
      if (r < 7) return rng.Between(1000, 3000);
      if (r < 25) return rng.Between(300, 999);
      if (r < 80) return rng.Between(20, 299);
      return rng.Between(5, 19);
    }
  }
  return 50;
}

const Template& PickTemplate(core::SplitMix64& rng, registry::Industry industry) {
  switch (industry) {
    case registry::Industry::kCivilExplosivesProduction: return Pick(rng, kProdTemplates);
    case registry::Industry::kCivilExplosivesSales: return Pick(rng, kSalesTemplates);
    case registry::Industry::kCivilAircraft: return Pick(rng, kAircraftTemplates);
    case registry::Industry::kCivilShip: return Pick(rng, kShipTemplates);
    case registry::Industry::kHazardousChemicals: return Pick(rng, kChemTemplates);
    case registry::Industry::kGeneral: return Pick(rng, kGeneralTemplates);
  }
  return kGeneralTemplates[0];
}

struct Registry {
  std::set<std::string> names;
  std::set<std::string> usccs;
};

std::string UniqueUscc(core::SplitMix64& rng, std::string_view region_code, Registry& reg) {
  for (;;) {
    std::string uscc = registry::MakeUscc("91" + UsccRegion(rng, region_code) + OrgCode(rng));
    if (reg.usccs.insert(uscc).second) return uscc;
  }
}

DemoEnterprise Generate(core::SplitMix64& rng, const RegionProfile& p, registry::Industry industry,
                        Registry& reg) {
  DemoEnterprise out;
  registry::EnterpriseInput& e = out.data;
  const Template& t = PickTemplate(rng, industry);
  const std::int64_t employees = std::max(Employees(rng, industry), t.min_employees);
  const bool joint_stock = employees >= 300 && rng.Below(4) == 0;
  for (;;) {
    std::string prefix(p.name_prefix);
    const auto r = rng.Below(100);
    if (r < 10) {
      prefix = "山东";
    } else if (r < 30) {
      prefix = "济宁";
    }
    std::string name = prefix + std::string(Pick(rng, kBrands)) + std::string(t.word) +
                       (joint_stock ? "股份有限公司" : "有限公司");
    if (reg.names.insert(name).second) {
      e.name = std::move(name);
      break;
    }
  }
  e.uscc = UniqueUscc(rng, p.code, reg);
  e.region_code = std::string(p.code);
  e.industry = std::string(IndustryValue(industry));
  e.industry_code = std::string(t.code);
  e.employees = employees;
  e.scale = std::string(ScaleFor(employees));
  const auto& road = p.roads[rng.Below(p.roads.size())];
  e.address = std::string(p.address_prefix) + std::string(road) +
              std::to_string(rng.Between(1, 1999)) + "号";
  e.legal_representative = PersonName(rng);
  e.contact_phone = rng.Below(3) == 0 ? MobilePhone(rng) : JiningLandline(rng);
  if (industry == registry::Industry::kHazardousChemicals && !p.park.empty() && rng.Below(10) < 8) {
    e.park_name = std::string(p.park);
  }
  PlaceNear(rng, p, e);
  return out;
}

DemoEnterprise Fixed(core::SplitMix64& rng, std::string name, std::string_view region_code,
                     registry::Industry industry, std::string industry_code, std::int64_t employees,
                     std::string address, std::string legal_representative, double lat,
                     double lon, Registry& reg) {
  DemoEnterprise out;
  registry::EnterpriseInput& e = out.data;
  reg.names.insert(name);
  e.name = std::move(name);
  e.uscc = UniqueUscc(rng, region_code, reg);
  e.region_code = std::string(region_code);
  e.industry = std::string(IndustryValue(industry));
  e.industry_code = std::move(industry_code);
  e.employees = employees;
  e.scale = std::string(ScaleFor(employees));
  e.address = std::move(address);
  e.legal_representative = std::move(legal_representative);
  e.contact_phone = JiningLandline(rng);
  e.latitude = lat;
  e.longitude = lon;
  return out;
}

registry::Industry QuotaIndustry(int index) {
  switch (index) {
    case kProd: return registry::Industry::kCivilExplosivesProduction;
    case kSales: return registry::Industry::kCivilExplosivesSales;
    case kAircraft: return registry::Industry::kCivilAircraft;
    case kShip: return registry::Industry::kCivilShip;
    default: return registry::Industry::kHazardousChemicals;
  }
}

// ---- Agency people ----------------------------------------------------------------------------

constexpr std::string_view kSanGuan =
    "“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”（三管三必须）";

}  // namespace

std::vector<DemoAgency> DemoAgencies() {
  core::SplitMix64 rng(kDemoSeed ^ 0xA6E1C7ULL);
  std::vector<DemoAgency> out;
  // The demo city's chain: Shandong, Jining and Jining's counties and zones (the national
  // list holds every other region, with no demo agency).
  for (const auto& region : registry::BuiltinRegions()) {
    const bool in_jining = region.parent_code == registry::kJiningCode;
    if (region.code == registry::kShandongCode) {
      out.push_back({region.code, "山东省工业和信息化厅", "0531-8" + Digits(rng, 7)});
    } else if (region.code == registry::kJiningCode) {
      out.push_back({region.code, "济宁市工业和信息化局", JiningLandline(rng)});
    } else if (in_jining && region.kind == registry::RegionKind::kCounty) {
      out.push_back({region.code, region.name + "工业和信息化局", JiningLandline(rng)});
    } else if (in_jining && region.kind == registry::RegionKind::kZone) {
      out.push_back({region.code, region.name + "经济发展局", JiningLandline(rng)});
    }
  }
  return out;
}

std::vector<DemoEnterprise> DemoEnterprises() {
  core::SplitMix64 rng(kDemoSeed);
  Registry reg;
  std::vector<DemoEnterprise> out;
  out.reserve(kDemoEnterpriseCount);
  out.push_back(Fixed(rng, "邹城恒安民爆器材有限公司", "370883",
                      registry::Industry::kCivilExplosivesProduction, "2671", 386,
                      "山东省济宁市邹城市唐王山路1188号", "孟庆华", 35.372846, 117.052311, reg));
  out.push_back(Fixed(rng, "济宁润泽化工有限公司", "370811", registry::Industry::kHazardousChemicals, "2614",
                      420, "山东省济宁市任城区吴泰闸路566号", "王志强", 35.401552, 116.553907,
                      reg));

  for (const auto& profile : Profiles()) {
    std::vector<registry::Industry> plan;
    for (int q = 0; q < kQuotaCount; ++q) {
      for (int i = 0; i < profile.quota[q]; ++i) plan.push_back(QuotaIndustry(q));
    }
    while (static_cast<int>(plan.size()) < profile.total) plan.push_back(registry::Industry::kGeneral);
    // The two fixed enterprises use up one slot each of their region's quota.
    const auto use_fixed = [&](std::string_view code, registry::Industry industry) {
      if (profile.code != code) return;
      plan.erase(std::find(plan.begin(), plan.end(), industry));
    };
    use_fixed("370883", registry::Industry::kCivilExplosivesProduction);
    use_fixed("370811", registry::Industry::kHazardousChemicals);
    // Fisher-Yates with our PRNG (std::shuffle's algorithm is implementation-defined).
    for (std::size_t i = plan.size(); i > 1; --i) {
      std::swap(plan[i - 1], plan[rng.Below(i)]);
    }
    for (registry::Industry industry : plan) out.push_back(Generate(rng, profile, industry, reg));
  }
  return out;
}

std::vector<DemoPerson> AgencyPeople(const DemoAgency& agency, std::uint64_t seed) {
  core::SplitMix64 rng(seed ^ core::Fnv1a64(agency.region_code));
  const registry::RegionDef* region = registry::FindBuiltinRegion(agency.region_code);
  const bool province = region != nullptr && region->kind == registry::RegionKind::kProvince;
  const bool city = agency.region_code == registry::kJiningCode;
  const std::string head = province ? "厅长" : "局长";
  const std::string deputy = province ? "副厅长" : "副局长";
  const std::string chief = province ? "处长" : "科长";
  const std::string sg(kSanGuan);
  // The provincial office is in Jinan (0531, eight-digit numbers), the others in Jining.
  const auto landline = [&] { return province ? "0531-8" + Digits(rng, 7) : JiningLandline(rng); };

  std::vector<DemoPerson> people;
  people.push_back({PersonName(rng), head, agency.name, "principal", MobilePhone(rng),
                    "本部门安全生产第一责任人，全面落实" + sg +
                        "要求，亲自安排部署安全生产工作，靠前指挥，统筹指导督促工业行业"
                        "加强安全生产，督促企业落实主体责任。"});
  people.push_back({PersonName(rng), deputy + "（分管安全生产）", agency.name, "deputy",
                    MobilePhone(rng),
                    "协助主要负责人抓好安全生产工作，按照三管三必须要求分管民爆行业安全监管，"
                    "组织开展民爆生产、销售企业监督检查和值班值守、应急防范专项检查。"});
  people.push_back({PersonName(rng), deputy + "（分管产业发展）", agency.name, "deputy",
                    MobilePhone(rng),
                    "落实“管业务必须管安全”，在行业规划、产业政策、技术改造和淘汰落后产能等"
                    "分管业务中统筹考虑安全因素，严格控制安全生产水平低、风险大的项目进入。"});

  const std::string safety_unit = province ? "民爆行业管理处" : (city ? "民爆和安全生产科"
                                                                       : "安全生产科");
  people.push_back({PersonName(rng), chief, safety_unit, "internal_unit", landline(),
                    "承担本部门安全生产综合协调和民爆行业安全监管日常工作：结合季节特点开展"
                    "风险研判，督促民爆企业开展隐患自查自纠，落实出入库登记、账物一致和24小时"
                    "安全生产调度值班制度。"});
  const std::string industry_unit =
      province ? "产业政策与法规处" : (region != nullptr && region->kind == registry::RegionKind::kZone
                                           ? "工业发展科"
                                           : "产业发展科");
  people.push_back({PersonName(rng), chief, industry_unit, "internal_unit", landline(),
                    "落实“管业务必须管安全”，在企业技术改造、现场管理提升、安全宣传培训等工作中"
                    "指导督促工业企业提升本质安全水平。"});
  return people;
}

std::vector<DemoPerson> EnterprisePeople(const DemoEnterprise& enterprise, std::uint64_t seed) {
  const registry::EnterpriseInput& e = enterprise.data;
  core::SplitMix64 rng(seed ^ core::Fnv1a64(e.uscc));
  const auto industry = registry::ParseIndustry(e.industry).value_or(registry::Industry::kGeneral);
  const std::string sg(kSanGuan);

  std::vector<DemoPerson> people;
  people.push_back({e.legal_representative.empty() ? PersonName(rng) : e.legal_representative,
                    "董事长、总经理", "公司领导", "principal", MobilePhone(rng),
                    "本单位安全生产第一责任人，落实" + sg +
                        "要求：建立健全全员安全生产责任制，组织制定规章制度和操作规程，保证"
                        "安全投入，督促检查安全生产工作，及时消除事故隐患，组织实施应急预案，"
                        "及时如实报告生产安全事故。"});
  people.push_back({PersonName(rng), "分管安全生产副总经理", "公司领导", "deputy",
                    MobilePhone(rng),
                    "按照“管生产经营必须管安全”要求分管安全生产，组织风险分级管控和隐患排查"
                    "治理双重预防机制建设，组织应急演练。"});
  const int officers = (e.employees.value_or(0) >= 300) ? 2 : 1;
  for (int i = 0; i < officers; ++i) {
    people.push_back({PersonName(rng), i == 0 ? "安全环保部部长" : "专职安全管理员",
                      "安全环保部", "safety_officer", MobilePhone(rng),
                      "组织安全教育培训，检查安全生产状况，及时排查事故隐患并提出整改建议，"
                      "制止和纠正违章指挥、强令冒险作业和违反操作规程的行为。"});
  }
  switch (industry) {
    case registry::Industry::kCivilExplosivesProduction:
      people.push_back({PersonName(rng), "生产部经理", "生产部", "accountable_person",
                        MobilePhone(rng),
                        "生产区包保责任人：公司级每天到生产区检查，强化高危工段、关键设备监管，"
                        "严防专用生产设备带病运转，确保安全联锁和防传（殉）爆措施完好有效。"});
      [[fallthrough]];
    case registry::Industry::kCivilExplosivesSales:
      people.push_back({PersonName(rng), "储运部经理", "储运部", "accountable_person",
                        MobilePhone(rng),
                        "库区包保责任人：落实原材料、半成品和成品出入库登记，确保账物一致；严禁"
                        "超量存储，严禁废旧、缴获或来路不明的危险品与民爆物品同库存储。"});
      people.push_back({PersonName(rng), "库房保管员", "储运部", "other", MobilePhone(rng),
                        "负责民爆物品出入库登记和日常盘点，发现丢失、被盗、被抢立即报告。"});
      people.push_back({PersonName(rng), "值班带班领导", "公司领导", "other", MobilePhone(rng),
                        "落实24小时安全生产调度值班和领导带班制度，保证信息畅通，出现异常情况"
                        "立即采取应急措施并按规定报告。"});
      break;
    case registry::Industry::kHazardousChemicals:
      people.push_back({PersonName(rng), "总工程师", "技术部", "accountable_person",
                        MobilePhone(rng),
                        "重大危险源技术负责人：组织重大危险源辨识评估，确保安全监测监控系统和"
                        "安全设施完好有效。"});
      people.push_back({PersonName(rng), "车间主任", "生产车间", "accountable_person",
                        MobilePhone(rng),
                        "重大危险源操作负责人：组织现场巡检，严格执行操作规程和交接班制度，"
                        "及时处置异常工况。"});
      break;
    case registry::Industry::kCivilAircraft:
    case registry::Industry::kCivilShip:
      people.push_back({PersonName(rng), "生产部经理", "生产部", "accountable_person",
                        MobilePhone(rng),
                        "生产现场安全责任人：落实“管生产经营必须管安全”，组织动火、有限空间、"
                        "高处等危险作业审批和现场监护。"});
      break;
    case registry::Industry::kGeneral:
      break;
  }
  return people;
}

}  // namespace anjian::demo
