// A small cache of rendered enterprise-list pages. The registry is read far more often than
// it is written (every dashboard and picker lists enterprises), so identical queries by callers
// with the same scope share one rendered body. Correctness rests on a generation counter that
// every enterprise write bumps AFTER its commit: a reader takes the generation before querying,
// so a page computed from older data is stored under an older generation and never served
// again. Several nodes on one PostgreSQL database (issue 16): every enterprise write also bumps
// the "enterprises" revision in its transaction, and each node's cluster listener calls
// NoteChanged when it moves (app/cluster_node.hpp) — no TTL is needed as the guard.
#pragma once

#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace anjian::registry {

class ListCache {
 public:
  static ListCache& Global();
  uint64_t generation() const;
  void NoteChanged();  // call after committing any enterprise write
  std::optional<std::string> Get(const std::string& key);
  void Put(const std::string& key, uint64_t generation, std::string body);

 private:
  struct Entry {
    uint64_t generation;
    std::string body;
    std::list<std::string>::iterator lru;
  };
  static constexpr size_t kMaxEntries = 2048;

  mutable std::mutex mu_;
  uint64_t generation_ = 1;
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> lru_;
};

}  // namespace anjian::registry
