// Civil-explosives stores ledger (民爆出入库) persistence and the posting service. Every read
// takes the caller's Scope and applies it in SQL (out-of-scope ids behave like missing ones).
// PostVoucher checks and books a voucher inside the caller's transaction: the enterprise's
// chain head and the stores are locked first, so check and post see the same books.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "audit/audit_service.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/voucher/ledger_chain_rules.hpp"
#include "explosives/magazine/storage_rules.hpp"
#include "explosives/voucher/voucher_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::ledger {

namespace ex = domain::explosives;

// Every row (start-up, the CLI, reading back what was just written).
inline api::Scope AllScope() {
  api::Scope s;
  s.kind = api::Scope::Kind::kAll;
  return s;
}

// The configuration in force: the built-in catalogue and mixing rules.
const ex::Catalogue& Catalogue();
const ex::StorageRulesConfig& StorageRules();

struct StoreRow {
  int64_t id = 0;
  int64_t enterprise_id = 0;
  std::string enterprise_name;
  std::string region_path;
  std::string name;
  ex::StoreKind kind = ex::StoreKind::kMainMagazine;
  ex::StoreLimits limits;
  bool holds_non_normal = false;
  std::string status;
  std::string created_at;
};

// `lock`: SELECT … FOR UPDATE on PostgreSQL (SQLite already holds the write lock).
std::optional<StoreRow> FindStore(storage::Connection& conn, const api::Scope& scope, int64_t id,
                                  bool lock = false);
std::vector<StoreRow> ListStores(storage::Connection& conn, const api::Scope& scope,
                                 std::optional<int64_t> enterprise_id);
ex::StoreState LoadStoreState(storage::Connection& conn, const StoreRow& store);
// Store with its rated limits and current totals (net mass, pieces, capacity use).
boost::json::object StoreJson(storage::Connection& conn, const StoreRow& store);
// StoreJson of every store in the scope (optionally one enterprise's), in two queries.
boost::json::array ListStoresJson(storage::Connection& conn, const api::Scope& scope,
                                  std::optional<int64_t> enterprise_id);
// Per-product quantities, code counts and capacity use.
boost::json::object StockJson(storage::Connection& conn, const StoreRow& store);

struct StoreInput {
  std::string name;
  ex::StoreKind kind = ex::StoreKind::kMainMagazine;
  ex::StoreLimits limits;
};
int64_t InsertStore(storage::Connection& conn, int64_t enterprise_id, const StoreInput& in);

struct PostInput {
  ex::Voucher voucher;
  int64_t enterprise_id = 0;
  int64_t storekeeper_id = 0;
  int64_t second_person_id = 0;
  std::optional<int64_t> reverses;
  std::string posted_at;  // empty = now; set only by demo history, in increasing order
};

// Checks and books the voucher inside the caller's transaction, appends it to the enterprise's
// hash chain and writes the audit entry. Throws ApiException: 422 with CheckVoucher's errors
// (or target_store_unknown), 409 when a concurrent voucher took the same codes first.
int64_t PostVoucher(storage::Connection& conn, const PostInput& in, const audit::Actor& actor);

struct VoucherFilter {
  std::optional<int64_t> store_id;
  std::string direction, reason, from, to;  // from/to: posted_at dates, inclusive
};
std::optional<boost::json::object> GetVoucher(storage::Connection& conn, const api::Scope& scope,
                                              int64_t id, bool with_codes = true);
// The voucher as the domain sees it (lines and codes rebuilt from the books).
std::optional<ex::PostedVoucher> LoadPostedVoucher(storage::Connection& conn,
                                                   const api::Scope& scope, int64_t id);
std::pair<std::vector<boost::json::object>, int64_t> ListVouchers(storage::Connection& conn,
                                                                  const api::Scope& scope,
                                                                  const VoucherFilter& f,
                                                                  int64_t limit, int64_t offset);
// The reversal voucher of a posted one: opposite direction (a transfer goes back), same lines.
ex::Voucher ReversalOf(const ex::PostedVoucher& original);
// Every move of a code visible in the scope, oldest first (empty = unknown: 404), and the store
// holding it now when that store is in the scope (a seller does not learn whether its buyer still
// holds what it sold; null otherwise). One scoped query: a trace is a single round trip.
struct CodeTrace {
  std::vector<boost::json::object> history;
  boost::json::value current_store = nullptr;
};
CodeTrace TraceCode(storage::Connection& conn, const api::Scope& scope, const std::string& code);

struct VerifyResult {
  int64_t enterprises = 0;
  int64_t vouchers = 0;
  std::optional<int64_t> first_bad_voucher;  // id
  std::optional<int64_t> enterprise_id;      // of the broken chain
  std::string reason;
  // Books that do not match the vouchers: stock balances against the sum of the voucher lines,
  // and code locations against each code's last movement. At most a few, for the operator.
  std::vector<std::string> book_errors;
  bool ok() const { return !first_bad_voucher && book_errors.empty(); }
};
// Checks every enterprise's voucher chain rebuilt from the rows (vouchers, lines, code moves)
// and the chain head, naming the first bad voucher; then that stock balances equal the sum of
// the vouchers and every code is where its last movement put it.
VerifyResult VerifyLedger(storage::Connection& conn);

}  // namespace anjian::ledger
