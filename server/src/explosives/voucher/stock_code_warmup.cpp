#include "explosives/voucher/stock_code_warmup.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <vector>

#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/magazine/magazine_repository.hpp"
#include "explosives/voucher/stock_code_index.hpp"

namespace anjian::voucher {

namespace {

// Coded pieces per store from the balances (a small table; every coded piece has one code), so
// the order and the budget check need no scan of detonator_codes.
std::vector<std::pair<int64_t, int64_t>> MagazinesBySize(storage::Connection& conn) {
  std::map<int64_t, int64_t> pieces;
  for (const auto& b : magazine::PositiveBalances(conn)) {
    const catalogue::Product* p = catalogue::InForce().Find(b.product_id);
    if (p && p->coded) pieces[b.magazine_id] += b.quantity_milli / 1000;
  }
  std::vector<std::pair<int64_t, int64_t>> out(pieces.begin(), pieces.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

}  // namespace

WarmupResult WarmStockCodes(const void* database, storage::Pool& pool,
                            const std::atomic<bool>& stop) {
  const auto start = std::chrono::steady_clock::now();
  WarmupResult r;
  std::vector<std::pair<int64_t, int64_t>> magazines;
  {
    auto conn = pool.Acquire();
    magazines = MagazinesBySize(*conn);
  }
  for (const auto& [magazine_id, pieces] : magazines) {
    if (stop) break;
    if (StockCodesCached(database, magazine_id)) continue;  // a count got there first
    const auto s = StockCodesStatsNow();
    const std::size_t expected = static_cast<std::size_t>(pieces) * sizeof(std::uint64_t);
    if (s.bytes + expected > s.budget_bytes) {  // warming must not evict what is in use
      ++r.magazines_skipped;
      continue;
    }
    auto conn = pool.Acquire();  // one store per borrow: the pool stays free for requests
    StockCodesNow(database, *conn, magazine_id);
    ++r.magazines_warmed;
  }
  r.bytes = StockCodesStatsNow().bytes;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

StockCodesWarmer::StockCodesWarmer(const void* database, storage::Pool& pool) {
  thread_ = std::thread([this, database, &pool] {
    try {
      result_ = WarmStockCodes(database, pool, stop_);
      spdlog::info("store code index warm: {} stores, {} skipped (budget), {:.1f} MiB, {:.2f} s",
                   result_.magazines_warmed, result_.magazines_skipped,
                   static_cast<double>(result_.bytes) / (1 << 20), result_.seconds);
    } catch (const std::exception& e) {
      spdlog::warn("store code index warm-up stopped: {}", e.what());  // counts load on use
    }
  });
}

StockCodesWarmer::~StockCodesWarmer() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
}

WarmupResult StockCodesWarmer::Wait() {
  if (thread_.joinable()) thread_.join();
  return result_;
}

}  // namespace anjian::voucher
