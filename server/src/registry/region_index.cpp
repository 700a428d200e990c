#include "registry/region_index.hpp"

#include <algorithm>
#include <mutex>

#include "registry/region_repository.hpp"

namespace anjian::registry {

void RegionIndex::Load(storage::Connection& conn) {
  auto rows = ListRegions(conn);
  std::unique_lock lock(mu_);
  // Start-up (and each test application): the previous rows are dropped with their pointers.
  store_.clear();
  by_code_.clear();
  ordered_.clear();
  for (auto& r : rows) {
    store_.push_back(std::move(r));
    by_code_[store_.back().code] = &store_.back();
    ordered_.push_back(&store_.back());
  }
}

void RegionIndex::Refresh(storage::Connection& conn) {
  for (auto& r : ListRegions(conn)) {
    const RegionInfo* have = Find(r.code);
    if (have && have->name == r.name && have->name_en == r.name_en && have->status == r.status &&
        have->path == r.path && have->parent_code == r.parent_code && have->kind == r.kind &&
        have->level == r.level)
      continue;
    Put(std::move(r));
  }
}

void RegionIndex::Put(RegionInfo info) {
  std::unique_lock lock(mu_);
  store_.push_back(std::move(info));
  const RegionInfo* row = &store_.back();
  auto [it, inserted] = by_code_.try_emplace(row->code, row);
  if (!inserted) {
    std::replace(ordered_.begin(), ordered_.end(), it->second, row);
    it->second = row;
  } else {
    ordered_.insert(std::upper_bound(ordered_.begin(), ordered_.end(), row,
                                     [](const RegionInfo* a, const RegionInfo* b) {
                                       return a->path < b->path;
                                     }),
                    row);
  }
}

const RegionInfo* RegionIndex::Find(const std::string& code) const {
  std::shared_lock lock(mu_);
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : it->second;
}

std::vector<RegionInfo> RegionIndex::all() const {
  std::shared_lock lock(mu_);
  std::vector<RegionInfo> out;
  out.reserve(ordered_.size());
  for (const RegionInfo* r : ordered_) out.push_back(*r);
  return out;
}

RegionIndex& RegionIndex::Global() {
  static RegionIndex index;
  return index;
}

}  // namespace anjian::registry
