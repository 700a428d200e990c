#include "hazard/read_cache.hpp"

namespace anjian::hazard {

int64_t HiddenDangerRevision(storage::Connection& conn) {
  auto rs = conn.Query("SELECT revision FROM hidden_danger_revision WHERE id = 1");
  return rs.empty() ? 0 : rs.Int(0, "revision");
}

void BumpHiddenDangerRevision(storage::Connection& conn) {
  conn.Exec("UPDATE hidden_danger_revision SET revision = revision + 1 WHERE id = 1");
}

std::string ScopeKey(const api::Scope& scope) {
  return std::to_string(static_cast<int>(scope.kind)) + ":" + scope.region_path + ":" +
         std::to_string(scope.enterprise_id);
}

std::string ReadCache::GetOrCompute(const std::string& key, int64_t revision,
                                    const std::function<std::string()>& compute) {
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mu_);
    auto it = entries_.find(key);
    if (it != entries_.end() && it->second.revision == revision && now - it->second.at < max_age_)
      return it->second.value;
  }
  // Computed outside the lock: concurrent misses on one key compute twice, which is harmless.
  std::string value = compute();
  std::lock_guard lock(mu_);
  if (entries_.size() >= max_entries_ && !entries_.count(key)) entries_.clear();
  auto& e = entries_[key];
  // Never replace an entry of a newer revision with an older answer.
  if (e.value.empty() || e.revision <= revision) e = Entry{revision, now, std::move(value)};
  return e.value;
}

void ReadCache::Clear() {
  std::lock_guard lock(mu_);
  entries_.clear();
}

ReadCache& HiddenDangerReadCache() {
  static ReadCache cache;
  return cache;
}

}  // namespace anjian::hazard
