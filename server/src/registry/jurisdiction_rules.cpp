#include "registry/jurisdiction_rules.hpp"

#include <vector>

namespace anjian::registry {

std::optional<JurisdictionCodes> JurisdictionCodesOfPath(std::string_view path) {
  if (path.size() < 2 || path.front() != '/' || path.back() != '/') return std::nullopt;
  std::vector<std::string> segments;
  for (size_t start = 1; start < path.size();) {
    const size_t end = path.find('/', start);
    if (end == start) return std::nullopt;  // an empty segment ("//")
    segments.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  if (segments.size() > 3) return std::nullopt;
  segments.resize(3);
  return JurisdictionCodes{segments[0], segments[1], segments[2]};
}

int JurisdictionLevelOfPath(std::string_view path) {
  auto codes = JurisdictionCodesOfPath(path);
  if (!codes) return 0;
  return codes->county_code.empty() ? (codes->city_code.empty() ? 1 : 2) : 3;
}

}  // namespace anjian::registry
