// Answers of expensive hidden-danger reads (the regulator statistics, list totals) kept in
// memory and reused until anything about hidden dangers changes.
//
// Correctness: every write to hidden_dangers appends a transition (AppendTransition), which
// also increments hidden_danger_revision.revision in the same transaction
// (hidden_danger_repository.hpp: HiddenDangerRevision, BumpHiddenDangerRevision). A reader reads the
// revision BEFORE computing and files its answer under that revision; an entry is served only
// to readers that saw the same revision or an older one. A write committed meanwhile therefore
// makes the entry unusable at the next read (never a stale answer under a newer revision), and
// because the revision lives in the database, writes by any process invalidate. Keys hold the
// database, the caller's scope, every parameter and `today` (overdue moves with the date). A
// bounded age also refreshes what the revision does not cover (region names).
//
// Single flight: after a write, every concurrent reader of a scope misses at once. Only one of
// them computes; readers that saw the same revision (or an older one) wait for its answer
// instead of computing it again. A reader that saw a NEWER revision than the computation in
// progress does not wait for it (that answer may predate the write it already saw) and starts
// its own. A failed computation reaches every waiter and leaves nothing behind: the next read
// computes again.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <unordered_map>

#include "platform/api/principal.hpp"

namespace anjian::hidden_danger {

// "kind:path:enterprise" of a scope, for cache keys.
std::string ScopeKey(const api::Scope& scope);

class ReadCache {
 public:
  explicit ReadCache(size_t max_entries = 2048, std::chrono::seconds max_age = std::chrono::minutes(5))
      : max_entries_(max_entries), max_age_(max_age) {}

  // The cached string for `key` at `revision` (or newer), the answer of a computation of it
  // already in progress, or compute() filed under it. Exceptions of compute() propagate to the
  // caller and to every caller waiting for the same computation.
  std::string GetOrCompute(const std::string& key, int64_t revision,
                           const std::function<std::string()>& compute);
  void Clear();

 private:
  struct Entry {
    int64_t revision;
    std::chrono::steady_clock::time_point at;
    std::string value;
  };
  struct Flight {
    int64_t revision;
    std::shared_future<std::string> answer;
  };
  size_t max_entries_;
  std::chrono::seconds max_age_;
  std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  // The newest computation in progress per key.
  std::unordered_map<std::string, Flight> flights_;
};

// The process-wide cache of the hidden-danger reads.
ReadCache& HiddenDangerReadCache();

}  // namespace anjian::hidden_danger
