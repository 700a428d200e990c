#include "licensing/industry_structure/industry_structure_rules.hpp"

namespace anjian::industry_structure {

std::string ChildRegionOf(const std::string& scope_path, const std::string& path) {
  const std::string base = scope_path.empty() ? "/" : scope_path;
  if (path.compare(0, base.size(), base) != 0) return "";
  const auto next = path.find('/', base.size());
  if (next == std::string::npos) return path;
  return path.substr(0, next + 1);
}

std::optional<std::int64_t> SharePermille(std::int64_t electronic, std::int64_t other) {
  const std::int64_t total = electronic + other;
  if (total <= 0) return std::nullopt;
  return (electronic * 1000 * 2 + total) / (2 * total);
}

Structure RollUp(const std::string& scope_path, const std::vector<OutputAt>& output) {
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> by_child;  // milli
  std::int64_t e_all = 0, o_all = 0;
  for (const auto& o : output) {
    const std::string child = ChildRegionOf(scope_path, o.region_path);
    if (child.empty()) continue;
    by_child[child].first += o.electronic_milli;
    by_child[child].second += o.other_milli;
    e_all += o.electronic_milli;
    o_all += o.other_milli;
  }
  Structure s;
  for (const auto& [path, eo] : by_child) {
    ShareRow r{path, eo.first / 1000, eo.second / 1000, std::nullopt};
    r.share_permille = SharePermille(r.electronic, r.other);
    s.regions.push_back(std::move(r));
  }
  s.total = {scope_path, e_all / 1000, o_all / 1000, std::nullopt};
  s.total.share_permille = SharePermille(s.total.electronic, s.total.other);
  return s;
}

std::map<std::string, CapacityAt> SumCapacityByChild(const std::string& scope_path,
                                                     const std::vector<CapacityAt>& capacity) {
  std::map<std::string, CapacityAt> out;
  for (const auto& c : capacity) {
    const std::string child = ChildRegionOf(scope_path, c.region_path);
    if (child.empty()) continue;
    for (const std::string& key : {child, std::string()}) {
      auto& row = out[key];
      row.region_path = key.empty() ? scope_path : key;
      row.tonnes += c.tonnes;
      row.licences += c.licences;
    }
  }
  return out;
}

}  // namespace anjian::industry_structure
