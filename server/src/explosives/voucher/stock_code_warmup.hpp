// Start-up warm-up of the store code index (stock_code_index.hpp): after a restart the first
// stocktake of a big store would otherwise read its million codes while the storekeeper waits.
// A background thread loads the stores' sets, one store at a time and largest first, for as long
// as they fit the index budget; the server serves meanwhile. Correctness never depends on it: a
// count that arrives before its store is warm waits for that store's load (or does it itself),
// and every use still brings the set forward to the store's head.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <thread>

#include "platform/storage/db.hpp"

namespace anjian::voucher {

// `anjian serve --code-index-mb N --no-code-index-warmup`.
struct CodeIndexConfig {
  std::size_t budget_mb = 512;  // all stores' cached codes together; LRU stores dropped beyond
  bool warmup = true;           // load the stores' codes in the background at start-up
};

struct WarmupResult {
  int magazines_warmed = 0;
  int magazines_skipped = 0;  // would not fit the budget
  std::size_t bytes = 0;   // cached once done
  double seconds = 0;
};

// Warms the stores holding coded stock, largest first, while their expected size fits what is
// left of the budget; stops early when `stop` turns true. `database` as for StockCodesNow.
WarmupResult WarmStockCodes(const void* database, storage::Pool& pool,
                            const std::atomic<bool>& stop);

// Runs WarmStockCodes on its own thread from construction; the destructor stops and joins it.
class StockCodesWarmer {
 public:
  StockCodesWarmer(const void* database, storage::Pool& pool);
  ~StockCodesWarmer();
  StockCodesWarmer(const StockCodesWarmer&) = delete;
  StockCodesWarmer& operator=(const StockCodesWarmer&) = delete;
  // Waits for the warm-up to finish (tests, the benchmark) and returns what it did.
  WarmupResult Wait();

 private:
  std::atomic<bool> stop_{false};
  WarmupResult result_;
  std::thread thread_;
};

}  // namespace anjian::voucher
