// Stocktake of issue 4: a store holding 1,000,000 codes counted with 1,000 missing and 1,000
// extra, uploaded as a scanner file to POST /api/v1/stocktakes through the Router, against the
// same two set differences by SQL EXCEPT on indexed tables in the same database.
#pragma once

#include <cstdint>

#include "bench_util.hpp"
#include "ledger_fixture.hpp"

namespace anjian::bench {

struct StocktakeFigures {
  int64_t book_codes = 0, missing = 0, extra = 0;
  size_t body_bytes = 0;
  double setup_s = 0;          // posting the store's codes (not part of any figure)
  double api_cold_ms = 0;   // a count before its store is warm (the count reads the codes)
  double api_first_ms = 0;  // first count after a restart whose background warm-up finished
  double warmup_s = 0;      // that warm-up: every store with coded stock, largest first
  int warmup_stores = 0;
  size_t index_bytes = 0, index_peak_bytes = 0, index_budget_bytes = 0;  // code index memory
  Samples api_warm;         // later counts (the store's codes already in memory)
  double except_missing_ms = 0, except_extra_ms = 0;  // the two EXCEPT queries
  double ExceptMs() const { return except_missing_ms + except_extra_ms; }
};

// `book_codes` multiple of 1,000; `difference` missing and as many extra.
StocktakeFigures RunStocktake(LedgerFixture& fx, int64_t book_codes, int64_t difference,
                              int warm_runs);

}  // namespace anjian::bench
