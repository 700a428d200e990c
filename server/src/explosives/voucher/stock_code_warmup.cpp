#include "explosives/voucher/stock_code_warmup.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <vector>

#include "explosives/voucher/ledger_service.hpp"
#include "explosives/voucher/stock_code_index.hpp"

namespace anjian::ledger {

namespace {

// Coded pieces per store from the balances (a small table; every coded piece has one code), so
// the order and the budget check need no scan of detonator_codes.
std::vector<std::pair<int64_t, int64_t>> StoresBySize(storage::Connection& conn) {
  auto rs = conn.Query(
      "SELECT b.store_id, b.product_id, b.quantity_milli FROM stock_balances b "
      "JOIN stores s ON s.id = b.store_id WHERE b.quantity_milli > 0");
  std::map<int64_t, int64_t> pieces;
  for (size_t i = 0; i < rs.size(); ++i) {
    const ex::Product* p = Catalogue().Find(rs.Text(i, "product_id"));
    if (p && p->coded) pieces[rs.Int(i, "store_id")] += rs.Int(i, "quantity_milli") / 1000;
  }
  std::vector<std::pair<int64_t, int64_t>> out(pieces.begin(), pieces.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

}  // namespace

WarmupResult WarmStoreCodes(const void* database, storage::Pool& pool,
                            const std::atomic<bool>& stop) {
  const auto start = std::chrono::steady_clock::now();
  WarmupResult r;
  std::vector<std::pair<int64_t, int64_t>> stores;
  {
    auto conn = pool.Acquire();
    stores = StoresBySize(*conn);
  }
  for (const auto& [store_id, pieces] : stores) {
    if (stop) break;
    if (StoreCodesCached(database, store_id)) continue;  // a count got there first
    const auto s = StoreCodesStatsNow();
    const std::size_t expected = static_cast<std::size_t>(pieces) * sizeof(std::uint64_t);
    if (s.bytes + expected > s.budget_bytes) {  // warming must not evict what is in use
      ++r.stores_skipped;
      continue;
    }
    auto conn = pool.Acquire();  // one store per borrow: the pool stays free for requests
    StoreCodesNow(database, *conn, store_id);
    ++r.stores_warmed;
  }
  r.bytes = StoreCodesStatsNow().bytes;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

StoreCodesWarmer::StoreCodesWarmer(const void* database, storage::Pool& pool) {
  thread_ = std::thread([this, database, &pool] {
    try {
      result_ = WarmStoreCodes(database, pool, stop_);
      spdlog::info("store code index warm: {} stores, {} skipped (budget), {:.1f} MiB, {:.2f} s",
                   result_.stores_warmed, result_.stores_skipped,
                   static_cast<double>(result_.bytes) / (1 << 20), result_.seconds);
    } catch (const std::exception& e) {
      spdlog::warn("store code index warm-up stopped: {}", e.what());  // counts load on use
    }
  });
}

StoreCodesWarmer::~StoreCodesWarmer() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
}

WarmupResult StoreCodesWarmer::Wait() {
  if (thread_.joinable()) thread_.join();
  return result_;
}

}  // namespace anjian::ledger
