#include "registry/list_cache.hpp"

#include <chrono>

namespace anjian::registry {
namespace {
int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}
}  // namespace

ListCache& ListCache::Global() {
  static ListCache cache;
  return cache;
}

uint64_t ListCache::generation() const {
  std::lock_guard lock(mu_);
  return generation_;
}

void ListCache::NoteChanged() {
  std::lock_guard lock(mu_);
  ++generation_;
  entries_.clear();
  lru_.clear();
}

std::optional<std::string> ListCache::Get(const std::string& key) {
  std::lock_guard lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  if (it->second.generation != generation_ || NowMs() - it->second.stored_ms > kTtlMs) {
    lru_.erase(it->second.lru);
    entries_.erase(it);
    return std::nullopt;
  }
  lru_.splice(lru_.begin(), lru_, it->second.lru);
  return it->second.body;
}

void ListCache::Put(const std::string& key, uint64_t generation, std::string body) {
  std::lock_guard lock(mu_);
  if (generation != generation_) return;
  auto it = entries_.find(key);
  if (it != entries_.end()) {
    lru_.erase(it->second.lru);
    entries_.erase(it);
  }
  lru_.push_front(key);
  entries_.emplace(key, Entry{generation, NowMs(), std::move(body), lru_.begin()});
  if (entries_.size() > kMaxEntries) {
    entries_.erase(lru_.back());
    lru_.pop_back();
  }
}

}  // namespace anjian::registry
