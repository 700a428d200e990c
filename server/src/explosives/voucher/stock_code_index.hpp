// The detonator codes each store holds, kept in memory for stocktakes: reading 1,000,000 codes
// from the database for every count takes seconds, comparing them in memory milliseconds.
//
// The index needs no hook in posting and no trust in its own past: every use first reads the
// store's ledger head (its last voucher, as store or transfer target) and brings the cached set
// forward by the code movements of the vouchers posted since, in voucher order. A store's
// vouchers are numbered under its enterprise's chain lock, so every voucher up to the head is
// committed once the head is visible. After a restart (or in another server process) the first
// use loads the set once, unless the start-up warm-up (stock_code_warmup.hpp) got there first.
// Both databases answer the same SQL.
//
// Memory is bounded by a budget (CodeIndexConfig::budget_mb): when the cached sets together
// exceed it, the least recently used stores are dropped and simply load again on their next use.
// A set larger than the whole budget is used for the count that asked for it and not kept.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "explosives/voucher/code_set_rules.hpp"
#include "explosives/voucher/voucher_repository.hpp"  // MagazineHead
#include "platform/storage/db.hpp"

namespace anjian::voucher {

struct StockCodes {
  int64_t magazine_id = 0;
  int64_t book_voucher_id = 0;  // the store's last voucher these codes reflect (0 = none)
  std::string book_hash;        // that voucher's chain hash: a replaced database is noticed
  voucher::CodeSet codes;
};

// The store's codes as of its current head. `database` tells databases apart within one process
// (the Pool; tests run SQLite and PostgreSQL side by side). Thread-safe; a returned snapshot
// never changes.
std::shared_ptr<const StockCodes> StockCodesNow(const void* database, storage::Connection& conn,
                                                int64_t magazine_id);

// Whether the store's set is in memory now (tests, warm-up).
bool StockCodesCached(const void* database, int64_t magazine_id);

// Bytes a cached set occupies, as counted against the budget.
std::size_t StockCodesBytes(const StockCodes& codes);

// The budget for all cached sets together; lowering it evicts at once.
void SetStockCodesBudget(std::size_t bytes);
inline constexpr std::size_t kDefaultStockCodesBudget = std::size_t{512} << 20;

struct StockCodesStats {
  std::size_t budget_bytes = 0;
  std::size_t bytes = 0;       // cached now
  std::size_t peak_bytes = 0;  // most ever cached at once (since start or ResetPeak)
  std::size_t magazines = 0;      // stores cached now
  std::uint64_t loads = 0;     // full reads of a store's codes
  std::uint64_t forwards = 0;  // cached sets brought forward by newer vouchers
  std::uint64_t evictions = 0;
};
StockCodesStats StockCodesStatsNow();
void ResetStockCodesPeak();
// The same as Prometheus text for /metrics (anjian_code_index_*).
std::string StockCodesMetricsText();

// Drops every cached set (tests that rewrite the database behind the server's back; a restart).
void ForgetStockCodes();

}  // namespace anjian::voucher
