#include "registry/region_index.hpp"

namespace anjian::registry {

void RegionIndex::Load(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT code, name, name_en, kind, parent_code, path, level FROM regions ORDER BY path");
  all_.clear();
  by_code_.clear();
  for (size_t i = 0; i < rs.size(); ++i) {
    all_.push_back({rs.Text(i, "code"), rs.Text(i, "name"), rs.Text(i, "name_en"),
                    rs.Text(i, "kind"), rs.Text(i, "parent_code"), rs.Text(i, "path"),
                    static_cast<int>(rs.Int(i, "level"))});
    by_code_[all_.back().code] = all_.size() - 1;
  }
}

const RegionInfo* RegionIndex::Find(const std::string& code) const {
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : &all_[it->second];
}

RegionIndex& RegionIndex::Global() {
  static RegionIndex index;
  return index;
}

}  // namespace anjian::registry
