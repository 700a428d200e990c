#include "registry/region_index.hpp"

#include "registry/region_repository.hpp"

namespace anjian::registry {

void RegionIndex::Load(storage::Connection& conn) {
  all_ = ListRegions(conn);
  by_code_.clear();
  for (size_t i = 0; i < all_.size(); ++i) by_code_[all_[i].code] = i;
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
