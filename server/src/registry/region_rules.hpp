// Built-in administrative regions: Shandong, its 16 cities, and Jining's counties and functional
// zones. The database is seeded from this table; the demo city is Jining (济宁市, 370800).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anjian::registry {

enum class RegionKind { kProvince, kCity, kCounty, kZone };

struct RegionDef {
  std::string code;         // GB/T 2260 six digits, or "<city code>Z<n>" for a functional zone
  std::string name;         // 简体中文
  std::string name_en;      // pinyin romanisation, e.g. "Rencheng District"
  std::string parent_code;  // "" for the province
  RegionKind kind;
};

inline constexpr std::string_view kJiningCode = "370800";
inline constexpr std::string_view kShandongCode = "370000";

const std::vector<RegionDef>& BuiltinRegions();
const RegionDef* FindBuiltinRegion(std::string_view code);

// "province" | "city" | "county" | "zone" (the API's `kind` values).
std::string_view RegionKindValue(RegionKind kind);
std::optional<RegionKind> ParseRegionKind(std::string_view value);
// Depth in the tree (province 1, city 2, county and zone 3): zones sit beside counties.
int RegionLevel(RegionKind kind);

// Six digits (GB/T 2260), or a six-digit city code (ending in "00") + 'Z' + one digit for the
// zones that have no code of their own. Says nothing about whether the region exists.
bool IsValidRegionCodeFormat(std::string_view code);

}  // namespace anjian::registry

