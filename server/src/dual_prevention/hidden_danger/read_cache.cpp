#include "dual_prevention/hidden_danger/read_cache.hpp"

namespace anjian::hidden_danger {

std::string ScopeKey(const api::Scope& scope) {
  return std::to_string(static_cast<int>(scope.kind)) + ":" + scope.region_path + ":" +
         std::to_string(scope.enterprise_id);
}

std::string ReadCache::GetOrCompute(const std::string& key, int64_t revision,
                                    const std::function<std::string()>& compute) {
  std::promise<std::string> promise;
  std::shared_future<std::string> wait_for;
  {
    std::lock_guard lock(mu_);
    const auto now = std::chrono::steady_clock::now();
    auto it = entries_.find(key);
    // An answer filed under a newer revision than the reader saw is as fresh as it needs.
    if (it != entries_.end() && it->second.revision >= revision && now - it->second.at < max_age_)
      return it->second.value;
    auto f = flights_.find(key);
    if (f != flights_.end() && f->second.revision >= revision) {
      wait_for = f->second.answer;
    } else {
      // Nothing in progress, or only an older revision's computation: this reader computes, and
      // readers of its revision from now on wait for it.
      flights_[key] = Flight{revision, promise.get_future().share()};
    }
  }
  if (wait_for.valid()) return wait_for.get();  // rethrows the computation's exception

  std::string value;
  try {
    value = compute();
  } catch (...) {
    {
      std::lock_guard lock(mu_);
      auto f = flights_.find(key);
      if (f != flights_.end() && f->second.revision == revision) flights_.erase(f);
    }
    promise.set_exception(std::current_exception());
    throw;
  }
  {
    std::lock_guard lock(mu_);
    const auto now = std::chrono::steady_clock::now();
    auto f = flights_.find(key);
    // Only this reader's own flight is removed; a newer one started meanwhile stays.
    if (f != flights_.end() && f->second.revision == revision) flights_.erase(f);
    if (entries_.size() >= max_entries_ && !entries_.count(key)) entries_.clear();
    auto [e, inserted] = entries_.try_emplace(key, Entry{revision, now, value});
    // Never replace an entry of a newer revision with an older answer.
    if (!inserted && e->second.revision <= revision) e->second = Entry{revision, now, value};
  }
  // Waiters saw this revision or an older one: this answer is theirs.
  promise.set_value(value);
  return value;
}

void ReadCache::Clear() {
  std::lock_guard lock(mu_);
  entries_.clear();
  // Computations in progress finish for their waiters; their answers are filed as usual.
}

ReadCache& HiddenDangerReadCache() {
  static ReadCache cache;
  return cache;
}

}  // namespace anjian::hidden_danger
