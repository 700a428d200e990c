// In-memory index of the regions table (a few hundred rows that change only with a release):
// code → name and materialised path. Loaded once at start-up after seeding.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::registry {

struct RegionInfo {
  std::string code, name, name_en, kind, parent_code, path;
  int level = 0;
};

class RegionIndex {
 public:
  void Load(storage::Connection& conn);
  const RegionInfo* Find(const std::string& code) const;
  const std::vector<RegionInfo>& all() const { return all_; }
  static RegionIndex& Global();

 private:
  std::vector<RegionInfo> all_;
  std::unordered_map<std::string, size_t> by_code_;
};

}  // namespace anjian::registry
