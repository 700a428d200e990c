#include "registry/list_cache.hpp"

namespace anjian::registry {

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
  if (it->second.generation != generation_) {
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
  entries_.emplace(key, Entry{generation, std::move(body), lru_.begin()});
  if (entries_.size() > kMaxEntries) {
    entries_.erase(lru_.back());
    lru_.pop_back();
  }
}

}  // namespace anjian::registry
