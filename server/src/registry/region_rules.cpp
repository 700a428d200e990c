#include "registry/region_rules.hpp"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "core/text.hpp"

namespace anjian::registry {

namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  for (size_t start = 0;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos
                                                                   : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

}  // namespace

std::vector<RegionDef> ParseRegionTsv(std::string_view text) {
  std::vector<RegionDef> out;
  int line_no = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto cols = SplitTabs(line);
    auto fail = [&](std::string_view what) {
      throw std::invalid_argument("region data line " + std::to_string(line_no) + ": " +
                                  std::string(what));
    };
    if (cols.size() != 5) fail("expected 5 tab-separated columns");
    const auto kind = ParseRegionKind(cols[4]);
    if (!kind) fail("unknown kind");
    if (*kind == RegionKind::kCountry) fail("the country root is built in, not a data row");
    if (!IsValidRegionCodeFormat(cols[0])) fail("invalid code");
    if (cols[1].empty()) fail("empty name");
    if ((*kind == RegionKind::kProvince) != cols[3].empty()) fail("parent code");
    out.push_back({std::string(cols[0]), std::string(cols[1]), std::string(cols[2]),
                   std::string(cols[3]), *kind});
  }
  return out;
}

const std::vector<RegionDef>& BuiltinRegions() {
  static const std::vector<RegionDef> kRegions = [] {
    std::vector<RegionDef> all{{std::string(kCountryCode), "中华人民共和国",
                                "People's Republic of China", "", RegionKind::kCountry}};
    for (auto& r : ParseRegionTsv(RegionsGbt2260Tsv())) {
      if (r.kind == RegionKind::kProvince) r.parent_code = std::string(kCountryCode);
      all.push_back(std::move(r));
    }
    for (auto& z : ParseRegionTsv(RegionsZonesTsv())) all.push_back(std::move(z));
    return all;
  }();
  return kRegions;
}

const RegionDef* FindBuiltinRegion(std::string_view code) {
  static const std::unordered_map<std::string_view, const RegionDef*> kByCode = [] {
    std::unordered_map<std::string_view, const RegionDef*> m;
    for (const auto& r : BuiltinRegions()) m.emplace(r.code, &r);
    return m;
  }();
  const auto it = kByCode.find(code);
  return it == kByCode.end() ? nullptr : it->second;
}

std::string_view RegionKindValue(RegionKind kind) {
  switch (kind) {
    case RegionKind::kCountry: return "country";
    case RegionKind::kProvince: return "province";
    case RegionKind::kCity: return "city";
    case RegionKind::kCounty: return "county";
    case RegionKind::kZone: return "zone";
  }
  return "";
}

std::optional<RegionKind> ParseRegionKind(std::string_view value) {
  for (RegionKind k : {RegionKind::kCountry, RegionKind::kProvince, RegionKind::kCity,
                       RegionKind::kCounty, RegionKind::kZone}) {
    if (RegionKindValue(k) == value) return k;
  }
  return std::nullopt;
}

int RegionLevel(RegionKind kind) {
  switch (kind) {
    case RegionKind::kCountry: return 0;
    case RegionKind::kProvince: return 1;
    case RegionKind::kCity: return 2;
    case RegionKind::kCounty:
    case RegionKind::kZone: return 3;
  }
  return 0;
}

bool IsValidRegionCodeFormat(std::string_view code) {
  if (code.size() == 6) return core::IsAsciiDigits(code);
  if (code.size() >= 8 && code.size() <= 10) {
    const auto city = code.substr(0, 6);
    const auto number = code.substr(7);
    return core::IsAsciiDigits(city) && city.substr(4) == "00" && city.substr(2, 2) != "00" &&
           code[6] == 'Z' && core::IsAsciiDigits(number) && number.front() != '0';
  }
  return false;
}

std::string NextZoneCode(std::string_view city_code, const std::vector<std::string>& existing) {
  int highest = 0;
  const std::string prefix = std::string(city_code) + "Z";
  for (const auto& code : existing) {
    if (code.rfind(prefix, 0) != 0 || !IsValidRegionCodeFormat(code)) continue;
    highest = std::max(highest, std::stoi(code.substr(prefix.size())));
  }
  if (highest >= 999) return "";
  return prefix + std::to_string(highest + 1);
}

}  // namespace anjian::registry
