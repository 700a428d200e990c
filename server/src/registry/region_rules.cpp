#include "registry/region_rules.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace anjian::registry {

const std::vector<RegionDef>& BuiltinRegions() {
  static const std::vector<RegionDef> kRegions = {
      {"370000", "山东省", "Shandong Province", "", RegionKind::kProvince},
      {"370100", "济南市", "Jinan City", "370000", RegionKind::kCity},
      {"370200", "青岛市", "Qingdao City", "370000", RegionKind::kCity},
      {"370300", "淄博市", "Zibo City", "370000", RegionKind::kCity},
      {"370400", "枣庄市", "Zaozhuang City", "370000", RegionKind::kCity},
      {"370500", "东营市", "Dongying City", "370000", RegionKind::kCity},
      {"370600", "烟台市", "Yantai City", "370000", RegionKind::kCity},
      {"370700", "潍坊市", "Weifang City", "370000", RegionKind::kCity},
      {"370800", "济宁市", "Jining City", "370000", RegionKind::kCity},
      {"370900", "泰安市", "Tai'an City", "370000", RegionKind::kCity},
      {"371000", "威海市", "Weihai City", "370000", RegionKind::kCity},
      {"371100", "日照市", "Rizhao City", "370000", RegionKind::kCity},
      {"371300", "临沂市", "Linyi City", "370000", RegionKind::kCity},
      {"371400", "德州市", "Dezhou City", "370000", RegionKind::kCity},
      {"371500", "聊城市", "Liaocheng City", "370000", RegionKind::kCity},
      {"371600", "滨州市", "Binzhou City", "370000", RegionKind::kCity},
      {"371700", "菏泽市", "Heze City", "370000", RegionKind::kCity},
      // Jining's county-level divisions (GB/T 2260, rules.md §11). 370802 市中区 and 370882
      // 兖州市 were abolished in 2013 and must not come back.
      {"370811", "任城区", "Rencheng District", "370800", RegionKind::kCounty},
      {"370812", "兖州区", "Yanzhou District", "370800", RegionKind::kCounty},
      {"370826", "微山县", "Weishan County", "370800", RegionKind::kCounty},
      {"370827", "鱼台县", "Yutai County", "370800", RegionKind::kCounty},
      {"370828", "金乡县", "Jinxiang County", "370800", RegionKind::kCounty},
      {"370829", "嘉祥县", "Jiaxiang County", "370800", RegionKind::kCounty},
      {"370830", "汶上县", "Wenshang County", "370800", RegionKind::kCounty},
      {"370831", "泗水县", "Sishui County", "370800", RegionKind::kCounty},
      {"370832", "梁山县", "Liangshan County", "370800", RegionKind::kCounty},
      {"370881", "曲阜市", "Qufu City", "370800", RegionKind::kCounty},
      {"370883", "邹城市", "Zoucheng City", "370800", RegionKind::kCounty},
      // Functional zones have no GB/T 2260 code (370871 for the high-tech zone is only a
      // statistical code), yet the Jining notice addresses their 经发局 like county bureaus.
      // They get internal codes: city code + 'Z' + n.
      {"370800Z1", "济宁高新区", "Jining High-tech Zone", "370800", RegionKind::kZone},
      {"370800Z2", "太白湖新区", "Taibai Lake New Area", "370800", RegionKind::kZone},
      {"370800Z3", "济宁经开区", "Jining Economic Development Zone", "370800", RegionKind::kZone},
  };
  return kRegions;
}

const RegionDef* FindBuiltinRegion(std::string_view code) {
  const auto& regions = BuiltinRegions();
  const auto it = std::find_if(regions.begin(), regions.end(),
                               [&](const RegionDef& r) { return r.code == code; });
  return it == regions.end() ? nullptr : &*it;
}

std::string_view RegionKindValue(RegionKind kind) {
  switch (kind) {
    case RegionKind::kProvince: return "province";
    case RegionKind::kCity: return "city";
    case RegionKind::kCounty: return "county";
    case RegionKind::kZone: return "zone";
  }
  return "";
}

std::optional<RegionKind> ParseRegionKind(std::string_view value) {
  for (RegionKind k : {RegionKind::kProvince, RegionKind::kCity, RegionKind::kCounty,
                       RegionKind::kZone}) {
    if (RegionKindValue(k) == value) return k;
  }
  return std::nullopt;
}

int RegionLevel(RegionKind kind) {
  switch (kind) {
    case RegionKind::kProvince: return 1;
    case RegionKind::kCity: return 2;
    case RegionKind::kCounty:
    case RegionKind::kZone: return 3;
  }
  return 0;
}

bool IsValidRegionCodeFormat(std::string_view code) {
  if (code.size() == 6) return core::IsAsciiDigits(code);
  if (code.size() == 8) {
    const auto city = code.substr(0, 6);
    return core::IsAsciiDigits(city) && city.substr(4) == "00" && city.substr(2, 2) != "00" &&
           code[6] == 'Z' && code[7] >= '0' && code[7] <= '9';
  }
  return false;
}

}  // namespace anjian::registry
