// The SQL of the books (出入库单): tables `vouchers`, `voucher_lines`, `code_movements` (where
// each code went, per voucher line), `detonator_codes` (the codes in stock and the magazine
// holding each) and `ledger_heads` (each enterprise's hash-chain head). Reads take the caller's
// Scope and apply it in SQL; writes run inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "explosives/voucher/ledger_chain_rules.hpp"
#include "explosives/voucher/voucher_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::voucher {

// ---- posting ----

// Creates the enterprise's chain head if it has none and locks it for the rest of the
// transaction (it serialises the enterprise's posters); returns its last hash.
std::string LockLedgerHead(storage::Connection& conn, int64_t enterprise_id,
                           std::string_view genesis_hash);
// Where each code is in stock now (CodeLookup of CheckVoucher), across all enterprises.
CodeLocations LookupCodes(storage::Connection& conn, const std::vector<std::string_view>& codes);

struct VoucherInsert {
  int64_t enterprise_id = 0;
  std::string region_path;  // of the magazine booked
  const Voucher* voucher = nullptr;
  std::optional<int64_t> reverses;
  int64_t storekeeper_id = 0, second_person_id = 0;
  std::string posted_at, prev_hash;
};
// The voucher row, without number and hash yet (they need its id); returns the id.
int64_t InsertVoucher(storage::Connection& conn, const VoucherInsert& in);
void InsertLine(storage::Connection& conn, int64_t voucher_id, int64_t line_no,
                const VoucherLine& line);
// The voucher's counterparty (voucher_counterparties, V022); role: buyer | seller | transport.
void InsertCounterparty(storage::Connection& conn, int64_t voucher_id, std::string_view role,
                        const Counterparty& c);
// Every code of an inbound voucher into detonator_codes, in code order. The primary key refuses
// a code already in stock (storage::ConstraintError), the backstop against a concurrent voucher
// of another enterprise (the chain head serialises one enterprise's posters); inserting in code
// order means two such vouchers wait for each other in one direction only, never deadlock.
void InsertInboundCodes(storage::Connection& conn, const Voucher& v, int64_t enterprise_id);
// Books the codes of one line: outbound codes are deleted and transferred ones moved, each only
// if it is still in the sending magazine (inbound ones are already inserted); then one movement
// row per code. False when some code was no longer in the sending magazine (nothing should be
// committed then).
bool MoveCodes(storage::Connection& conn, const Voucher& v, const VoucherLine& line,
               int64_t line_no, int64_t voucher_id);
void SetNumberAndHash(storage::Connection& conn, int64_t voucher_id, const std::string& number,
                      const std::string& hash);
void AdvanceLedgerHead(storage::Connection& conn, int64_t enterprise_id, int64_t voucher_id,
                       const std::string& hash);

// ---- reading ----

struct VoucherRecord {
  PostedVoucher posted;
  std::string prev_hash, hash;
  std::string magazine_name, target_magazine_name, storekeeper_name, second_person_name;
  std::optional<int64_t> reversed_by;
  std::string counterparty_role;  // "" when the voucher names none (LoadVoucher only)
  int64_t line_count = 0, code_count = 0;  // ListVouchers only
};
// The voucher in the scope with its lines and codes rebuilt from the books.
std::optional<VoucherRecord> LoadVoucher(storage::Connection& conn, const api::Scope& scope,
                                         int64_t id);

struct VoucherFilter {
  std::optional<int64_t> magazine_id;
  std::string direction, reason, from, to;  // from/to: posted_at dates, inclusive
};
// A page of vouchers, newest first, without lines (line and code counts instead), and the total.
std::pair<std::vector<VoucherRecord>, int64_t> ListVouchers(storage::Connection& conn,
                                                            const api::Scope& scope,
                                                            const VoucherFilter& f, int64_t limit,
                                                            int64_t offset);

struct MagazineRef {
  int64_t id = 0;
  std::string name;
};
struct CodeMove {
  int64_t voucher_id = 0;
  std::string voucher_number, direction, reason, product_id, enterprise_name, at;
  bool reversal = false;
  int64_t enterprise_id = 0;
  std::optional<MagazineRef> from, to;
};
struct CodeHolder {
  MagazineRef magazine;
  int64_t enterprise_id = 0;
  std::string enterprise_name;
};
struct CodeMoves {
  std::vector<CodeMove> history;      // oldest first; empty: unknown in the scope
  std::optional<CodeHolder> current;  // the magazine holding it now, when in the scope
};
// Every move of a code visible in the scope and where it is now, in one scoped query.
CodeMoves TraceCode(storage::Connection& conn, const api::Scope& scope, const std::string& code);

// ---- verification (`anjian ledger verify`) ----

// Every enterprise with a chain head or a voucher, ascending.
std::vector<int64_t> LedgerEnterprises(storage::Connection& conn);
std::vector<int64_t> VoucherIdsOf(storage::Connection& conn, int64_t enterprise_id);
struct LedgerHead {
  int64_t last_voucher_id = 0;
  std::string last_hash;
};
std::optional<LedgerHead> LedgerHeadOf(storage::Connection& conn, int64_t enterprise_id);
struct ProductSum {
  int64_t magazine_id = 0;
  std::string product_id;
  int64_t quantity_milli = 0;
};
// What the vouchers say each magazine holds per product (in minus out, transfers both ways).
std::vector<ProductSum> VoucherSums(storage::Connection& conn);
// Codes whose place in detonator_codes is not where their last movement put them.
int64_t MisplacedCodes(storage::Connection& conn);
// Movements of no voucher; codes in stock in no magazine of their enterprise; codes in stock
// without any movement bringing them in.
struct OrphanCounts {
  int64_t movements = 0, codes = 0, unmoved_codes = 0;
};
OrphanCounts CountOrphans(storage::Connection& conn);

// ---- the code index of stocktakes (stock_code_index) ----

// The magazine's last voucher id (as magazine or as transfer target), 0 when it has none.
int64_t MagazineHead(storage::Connection& conn, int64_t magazine_id);
// The voucher's chain hash, "" for id 0 or no such voucher.
std::string VoucherHash(storage::Connection& conn, int64_t voucher_id);
// Up to `limit` codes of the magazine after `after` ("" = from the first), in code order.
std::vector<std::string> CodesPage(storage::Connection& conn, int64_t magazine_id,
                                   const std::string& after, int64_t limit);
struct CodeShift {
  std::string code;
  std::optional<int64_t> from, to;  // magazines
};
// The code movements of the magazine's vouchers (as magazine or target) with ids in
// (after_voucher, up_to_voucher], in voucher order.
std::vector<CodeShift> MovementsBetween(storage::Connection& conn, int64_t magazine_id,
                                        int64_t after_voucher, int64_t up_to_voucher);

}  // namespace anjian::voucher
