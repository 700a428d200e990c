// The storage's own ceiling for posting: the same code rows the ledger books (code, store,
// enterprise, product), inserted by the bare database client with a prepared statement, one
// transaction per voucher's 1,000 rows, a unique index on the code and the same durability.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "bench_util.hpp"

namespace anjian::bench {

struct CodeSet {
  int series = 1;
  int64_t vouchers = 0;
  int per_voucher = 1000;
  std::vector<int64_t> store_ids;  // voucher v goes to store_ids[v % size]
  int64_t enterprise_id = 0;
  std::string product = "electronic_detonator";
  int64_t Store(int64_t v) const { return store_ids[static_cast<size_t>(v) % store_ids.size()]; }
};

struct RunResult {
  int64_t codes = 0;
  double seconds = 0;
  Samples txn;  // per voucher / per 1,000-row transaction
  double CodesPerSecond() const { return seconds > 0 ? static_cast<double>(codes) / seconds : 0; }
};

// One voucher's rows per call, in its own transaction; the caller times the call. Posting and
// ceiling are interleaved in slices so both see the same machine (fsync latency on a shared disk
// swings several-fold from minute to minute).
class Ceiling {
 public:
  virtual ~Ceiling() = default;
  virtual void Insert(const std::vector<std::string>& codes, int64_t store_id) = 0;
};

// A fresh SQLite file at `path` with the storage's pragmas (WAL, synchronous=FULL, 32 MB cache).
std::unique_ptr<Ceiling> OpenSqliteCeiling(const std::string& path, const CodeSet& set);

// A fresh table in the database at `conninfo`, filled over one connection. Statements are
// pipelined (libpq pipeline mode) so the figure is the server's, not the round trip's.
std::unique_ptr<Ceiling> OpenPostgresCeiling(const std::string& conninfo, const CodeSet& set);

// The codes of voucher `v` of the set.
std::vector<std::string> VoucherCodes(const CodeSet& set, int64_t v);

}  // namespace anjian::bench
