// The SQL of stocktakes (盘点): tables stocktakes, stocktake_codes, stocktake_quantities and
// stocktake_events (V004), and what a count reads of the books (stock balances, where codes are
// booked). Reads take the caller's Scope and apply it in SQL. Returns rows, never JSON.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "explosives/stocktake/stocktake_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::stocktake {

// A stocktake as its lists show it.
struct StocktakeRow {
  int64_t id = 0, enterprise_id = 0, store_id = 0;
  std::string number, method;
  int64_t counted_by_user_id = 0;
  std::string counted_by_name, counted_at;
  int64_t book_voucher_id = 0, book_code_count = 0, counted_code_count = 0, duplicate_scans = 0;
  int64_t missing_count = 0, extra_count = 0;
  int64_t quantity_difference_count = 0;  // uncoded products whose count differs from the books
  std::string source_filename, source_blake2b, note;
  std::string store_name, enterprise_name;
  std::string status;  // the latest event: counted | approved | rejected
};

struct StocktakeEvent {
  int64_t id = 0;
  std::string kind, at;
  int64_t by_user_id = 0;
  std::string by_name;
  std::string voucher_ids;  // JSON array text
  std::string note;
};

struct StocktakeFilter {
  std::optional<int64_t> store_id;
  std::optional<int64_t> enterprise_id;  // within the scope (the enterprise file's ledger tab)
  std::string status;    // counted | approved | rejected
  std::string from, to;  // counted_at dates, inclusive
};

struct NewStocktake {
  int64_t enterprise_id = 0;
  std::string region_path;
  int64_t store_id = 0;
  std::string method;
  int64_t counted_by_user_id = 0;
  std::string counted_at;
  int64_t book_voucher_id = 0, book_code_count = 0, counted_code_count = 0, duplicate_scans = 0;
  int64_t missing_count = 0, extra_count = 0;
  std::string source_filename, source_blake2b, note;
};

// The product of each code: where it is booked now, else the line of its last movement; codes
// never booked are absent.
std::map<std::string, std::string> CodeProducts(storage::Connection& conn,
                                                const std::vector<std::string>& codes);
// Book quantities (milli) of every product in the store's stock balances.
Quantities StockBalances(storage::Connection& conn, int64_t store_id);

// Inserts the stocktake with an empty number; returns its id.
int64_t InsertStocktake(storage::Connection& conn, const NewStocktake& t);
void SetStocktakeNumber(storage::Connection& conn, int64_t id, const std::string& number);
void InsertStocktakeCodes(storage::Connection& conn, int64_t id,
                          const std::vector<std::string>& codes, const std::string& kind,
                          const std::map<std::string, std::string>& products);
void InsertStocktakeQuantity(storage::Connection& conn, int64_t id, const std::string& product_id,
                             int64_t book_milli, int64_t counted_milli);
void InsertStocktakeEvent(storage::Connection& conn, int64_t id, const std::string& kind,
                          int64_t by_user_id, const std::string& at,
                          const std::string& voucher_ids_json, const std::string& note);

int64_t CountStocktakes(storage::Connection& conn, const api::Scope& scope,
                        const StocktakeFilter& f);
// Newest first.
std::vector<StocktakeRow> ListStocktakeRows(storage::Connection& conn, const api::Scope& scope,
                                            const StocktakeFilter& f, int64_t limit,
                                            int64_t offset);
std::optional<StocktakeRow> FindStocktake(storage::Connection& conn, const api::Scope& scope,
                                          int64_t id);
// Ordered by code.
std::vector<StocktakeCode> StocktakeCodes(storage::Connection& conn, int64_t id);
// Ordered by product id; `differences_only`: those whose count differs from the books.
std::vector<StocktakeQuantity> StocktakeQuantities(storage::Connection& conn, int64_t id,
                                                   bool differences_only);
// Oldest first.
std::vector<StocktakeEvent> StocktakeEvents(storage::Connection& conn, int64_t id);

// The enterprise's ledger chain head, created when missing and locked for the rest of the
// transaction (PostVoucher takes the same lock first), so no voucher of its stores slips in.
void LockLedgerHead(storage::Connection& conn, int64_t enterprise_id, const std::string& genesis_hash);

// The latest stocktake of each store in the scope, by store id.
struct LastStocktake {
  int64_t id = 0;
  std::string number, counted_at;
  int64_t missing_count = 0, extra_count = 0;
};
std::map<int64_t, LastStocktake> LastStocktakeByStore(storage::Connection& conn,
                                                      const api::Scope& scope);

}  // namespace anjian::stocktake
