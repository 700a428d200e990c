#include "registry/region_repository.hpp"

namespace anjian::registry {

std::vector<RegionInfo> ListRegions(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT code, name, name_en, kind, parent_code, path, level FROM regions ORDER BY path");
  std::vector<RegionInfo> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "code"), rs.Text(i, "name"), rs.Text(i, "name_en"),
                   rs.Text(i, "kind"), rs.Text(i, "parent_code"), rs.Text(i, "path"),
                   static_cast<int>(rs.Int(i, "level"))});
  return out;
}

}  // namespace anjian::registry
