#include "explosives/voucher/stock_code_index.hpp"

#include <algorithm>
#include <map>
#include <mutex>

#include "core/error.hpp"
#include "explosives/voucher/voucher_repository.hpp"

namespace anjian::voucher {

namespace {

using Key = std::pair<const void*, int64_t>;

struct Entry {
  explicit Entry(Key k) : key(k) {}
  const Key key;
  std::mutex refresh;  // one refresh per store at a time; readers of a snapshot never wait
  std::shared_ptr<const StockCodes> snapshot;  // guarded by `refresh`
  // Guarded by the index mutex (and changed only while `refresh` is held as well):
  std::size_t bytes = 0;
  std::uint64_t last_used = 0;
};

struct Index {
  std::mutex mutex;
  std::map<Key, std::shared_ptr<Entry>> entries;
  std::size_t budget = kDefaultStockCodesBudget;
  std::size_t bytes = 0, peak = 0;
  std::uint64_t tick = 0, loads = 0, forwards = 0, evictions = 0;
};

Index& TheIndex() {
  static Index index;
  return index;
}

std::shared_ptr<Entry> EntryFor(const void* database, int64_t magazine_id) {
  auto& ix = TheIndex();
  std::lock_guard lock(ix.mutex);
  auto& e = ix.entries[{database, magazine_id}];
  if (!e) e = std::make_shared<Entry>(Key{database, magazine_id});
  e->last_used = ++ix.tick;
  return e;
}

// Counts `bytes` for the entry (its refresh lock held; ix.mutex held by the caller). An entry
// dropped by ForgetStockCodes meanwhile counts for nothing.
void Account(Index& ix, Entry& e, std::size_t bytes) {
  auto it = ix.entries.find(e.key);
  if (it == ix.entries.end() || it->second.get() != &e) return;
  ix.bytes = ix.bytes - e.bytes + bytes;
  e.bytes = bytes;
  ix.peak = std::max(ix.peak, ix.bytes);
}

// Drops least recently used sets until the budget holds, never `keep` and never one that is
// being refreshed right now (try_lock: the index mutex is taken after a refresh lock elsewhere).
void EvictOverBudget(Index& ix, const Entry* keep) {
  std::lock_guard lock(ix.mutex);
  std::vector<Entry*> busy;
  while (ix.bytes > ix.budget) {
    Entry* oldest = nullptr;
    for (auto& [k, e] : ix.entries)
      if (e.get() != keep && e->bytes > 0 &&
          std::find(busy.begin(), busy.end(), e.get()) == busy.end() &&
          (!oldest || e->last_used < oldest->last_used))
        oldest = e.get();
    if (!oldest) return;
    std::unique_lock refresh(oldest->refresh, std::try_to_lock);
    if (!refresh.owns_lock()) {
      busy.push_back(oldest);
      continue;
    }
    oldest->snapshot.reset();
    ix.bytes -= oldest->bytes;
    oldest->bytes = 0;
    ++ix.evictions;
  }
}

// Every code of the store as of its head: the head is read before and after the codes, and the
// read is repeated until no voucher of the store committed in between. The codes come in pages
// along the (store_id, code) index, so a million-code store never sits in memory as a million
// result rows at once.
std::shared_ptr<const StockCodes> Load(storage::Connection& conn, int64_t magazine_id) {
  constexpr int64_t kPage = 100'000;
  for (int attempt = 0;; ++attempt) {
    const int64_t before = MagazineHead(conn, magazine_id);
    auto out = std::make_shared<StockCodes>();
    std::string after;
    for (bool first = true;; first = false) {
      auto page = CodesPage(conn, magazine_id, after, kPage);
      if (first) out->codes.packed.reserve(page.size());
      for (const auto& code : page) AddCode(out->codes, code);
      if (static_cast<int64_t>(page.size()) < kPage) break;
      after = std::move(page.back());
    }
    if (MagazineHead(conn, magazine_id) != before && attempt < 20) continue;
    out->magazine_id = magazine_id;
    out->book_voucher_id = before;
    out->book_hash = VoucherHash(conn, before);
    Normalise(out->codes);
    out->codes.packed.shrink_to_fit();
    return out;
  }
}

// The snapshot brought forward to `head` by the code movements of the store's vouchers after it.
std::shared_ptr<const StockCodes> Forward(storage::Connection& conn, const StockCodes& from,
                                          int64_t head) {
  // The last movement of each code decides whether the magazine holds it now.
  std::map<std::string, bool> present;
  for (auto& m : MovementsBetween(conn, from.magazine_id, from.book_voucher_id, head)) {
    if (m.to && *m.to == from.magazine_id) present[std::move(m.code)] = true;
    else if (m.from && *m.from == from.magazine_id) present[std::move(m.code)] = false;
  }
  CodeSet added, removed;
  for (const auto& [code, in] : present) AddCode(in ? added : removed, code);
  Normalise(added);
  Normalise(removed);
  auto out = std::make_shared<StockCodes>();
  out->magazine_id = from.magazine_id;
  out->book_voucher_id = head;
  out->book_hash = VoucherHash(conn, head);
  out->codes = Apply(from.codes, removed, added);
  return out;
}

}  // namespace

std::size_t StockCodesBytes(const StockCodes& s) {
  std::size_t n = sizeof(StockCodes) + s.book_hash.capacity() +
                  s.codes.packed.capacity() * sizeof(std::uint64_t) +
                  s.codes.other.capacity() * sizeof(std::string);
  for (const auto& o : s.codes.other) n += o.capacity() > 15 ? o.capacity() + 1 : 0;
  return n;
}

std::shared_ptr<const StockCodes> StockCodesNow(const void* database, storage::Connection& conn,
                                                int64_t magazine_id) {
  auto& ix = TheIndex();
  auto entry = EntryFor(database, magazine_id);
  std::shared_ptr<const StockCodes> snap;
  {
    std::lock_guard lock(entry->refresh);
    const int64_t head = MagazineHead(conn, magazine_id);
    const auto& cached = entry->snapshot;
    bool loaded = false, forwarded = false;
    if (!cached || cached->book_voucher_id > head ||
        cached->book_hash != VoucherHash(conn, cached->book_voucher_id)) {
      entry->snapshot = Load(conn, magazine_id);  // first use, evicted, or the database was replaced
      loaded = true;
    } else if (cached->book_voucher_id < head) {
      entry->snapshot = Forward(conn, *cached, head);
      forwarded = true;
    }
    snap = entry->snapshot;
    const std::size_t bytes = StockCodesBytes(*snap);
    std::lock_guard index_lock(ix.mutex);
    ix.loads += loaded;
    ix.forwards += forwarded;
    if (bytes > ix.budget) {  // used for this count only
      entry->snapshot.reset();
      Account(ix, *entry, 0);
    } else {
      Account(ix, *entry, bytes);
    }
  }
  EvictOverBudget(ix, entry.get());
  return snap;
}

bool StockCodesCached(const void* database, int64_t magazine_id) {
  auto& ix = TheIndex();
  std::lock_guard lock(ix.mutex);
  auto it = ix.entries.find({database, magazine_id});
  return it != ix.entries.end() && it->second->bytes > 0;
}

void SetStockCodesBudget(std::size_t bytes) {
  auto& ix = TheIndex();
  {
    std::lock_guard lock(ix.mutex);
    ix.budget = bytes;
  }
  EvictOverBudget(ix, nullptr);
}

StockCodesStats StockCodesStatsNow() {
  auto& ix = TheIndex();
  std::lock_guard lock(ix.mutex);
  StockCodesStats s;
  s.budget_bytes = ix.budget;
  s.bytes = ix.bytes;
  s.peak_bytes = ix.peak;
  for (const auto& [k, e] : ix.entries) s.magazines += e->bytes > 0;
  s.loads = ix.loads;
  s.forwards = ix.forwards;
  s.evictions = ix.evictions;
  return s;
}

std::string StockCodesMetricsText() {
  const auto s = StockCodesStatsNow();
  std::string out =
      "# HELP anjian_code_index_bytes Stores' detonator codes kept in memory for stocktakes.\n"
      "# TYPE anjian_code_index_bytes gauge\n";
  auto line = [&](const char* name, std::uint64_t v) {
    out += std::string(name) + " " + std::to_string(v) + "\n";
  };
  line("anjian_code_index_bytes", s.bytes);
  line("anjian_code_index_peak_bytes", s.peak_bytes);
  line("anjian_code_index_budget_bytes", s.budget_bytes);
  line("anjian_code_index_stores", s.magazines);
  line("anjian_code_index_loads_total", s.loads);
  line("anjian_code_index_evictions_total", s.evictions);
  return out;
}

void ResetStockCodesPeak() {
  auto& ix = TheIndex();
  std::lock_guard lock(ix.mutex);
  ix.peak = ix.bytes;
}

void ForgetStockCodes() {
  auto& ix = TheIndex();
  std::lock_guard lock(ix.mutex);
  ix.entries.clear();
  ix.bytes = 0;
}

}  // namespace anjian::voucher
