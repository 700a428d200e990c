// The jurisdiction levels a region path passes through. Rows that copy a region path (hidden
// dangers) also copy these codes, so that a city's or a county's subtree is an equality that an
// index can seek and keep in id order, where the path range cannot.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace anjian::registry {

// "" for the levels a path does not reach (an enterprise registered with the city itself has
// no county-level code). county_code is a county's or a functional zone's code (both level 3).
struct JurisdictionCodes {
  std::string province_code, city_code, county_code;
};

// The codes on "/370000/370800/370811/"; nullopt unless the path is "/" followed by one to
// three non-empty segments, each ending in "/".
std::optional<JurisdictionCodes> JurisdictionCodesOfPath(std::string_view path);

// The number of segments of a well-formed path ("/370000/370800/" → 2), 0 otherwise: the
// jurisdiction level whose code selects the path's subtree by equality.
int JurisdictionLevelOfPath(std::string_view path);

}  // namespace anjian::registry

