// The detonator codes each store holds, kept in memory for stocktakes: reading 1,000,000 codes
// from the database for every count takes seconds, comparing them in memory milliseconds.
//
// The index needs no hook in posting and no trust in its own past: every use first reads the
// store's ledger head (its last voucher, as store or transfer target) and brings the cached set
// forward by the code movements of the vouchers posted since, in voucher order. A store's
// vouchers are numbered under its enterprise's chain lock, so every voucher up to the head is
// committed once the head is visible. After a restart (or in another server process) the first
// use loads the set once. Both databases answer the same SQL.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "domain/explosives/code_set.hpp"
#include "storage/db.hpp"

namespace anjian::ledger {

struct StoreCodes {
  int64_t store_id = 0;
  int64_t book_voucher_id = 0;  // the store's last voucher these codes reflect (0 = none)
  std::string book_hash;        // that voucher's chain hash: a replaced database is noticed
  domain::explosives::CodeSet codes;
};

// The store's last voucher id (as store or as transfer target), 0 when it has none.
int64_t StoreHead(storage::Connection& conn, int64_t store_id);

// The store's codes as of its current head. `database` tells databases apart within one process
// (the Pool; tests run SQLite and PostgreSQL side by side). Thread-safe; a returned snapshot
// never changes.
std::shared_ptr<const StoreCodes> StoreCodesNow(const void* database, storage::Connection& conn,
                                                int64_t store_id);

// Drops every cached set (tests that rewrite the database behind the server's back).
void ForgetStoreCodes();

}  // namespace anjian::ledger
