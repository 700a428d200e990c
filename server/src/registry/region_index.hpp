// In-memory index of the regions table (~3,200 rows of GB/T 2260 plus the functional zones):
// code → name, status and materialised path. Loaded once at start-up after seeding; a zone the
// system administrator adds or changes is put in after its transaction commits.
#pragma once

#include <deque>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::registry {

struct RegionInfo {
  std::string code, name, name_en, kind, parent_code, path;
  int level = 0;
  std::string status = "active";  // active | inactive (only zones are deactivated)
};

class RegionIndex {
 public:
  void Load(storage::Connection& conn);
  // Adds or replaces one region (after the change that wrote it has committed).
  void Put(RegionInfo info);
  // Puts every row that another node changed (issue 16: the "regions" cache family moved);
  // pointers already handed out stay valid.
  void Refresh(storage::Connection& conn);
  // The region's current row, or null. The pointer stays valid for the life of the process
  // (a replaced row is kept, never freed), so a request may hold it while a zone changes.
  const RegionInfo* Find(const std::string& code) const;
  // Every region, in path order (a copy: the index may change meanwhile).
  std::vector<RegionInfo> all() const;
  static RegionIndex& Global();

 private:
  mutable std::shared_mutex mu_;
  std::deque<RegionInfo> store_;  // append-only storage behind the pointers
  std::unordered_map<std::string, const RegionInfo*> by_code_;
  std::vector<const RegionInfo*> ordered_;  // by path
};

}  // namespace anjian::registry
