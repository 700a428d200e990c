// The use cases of the books (出入库单): posting a voucher (two-person custody, one locked
// transaction, the hash chain, the audit entry), reversing one, reading and tracing, and
// verifying the whole ledger.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/audit_service.hpp"
#include "explosives/voucher/custody_service.hpp"
#include "explosives/voucher/voucher_repository.hpp"

namespace anjian::voucher {

struct PostInput {
  Voucher voucher;
  int64_t enterprise_id = 0;
  int64_t storekeeper_id = 0;
  int64_t second_person_id = 0;
  std::optional<int64_t> reverses;
  // UTC ISO text of the posting; empty = `now`. Set only by the demo history (past instants, in
  // increasing order) and stocktake adjustments.
  std::string posted_at;
  // The voucher route's posting: the counterparty its reason needs is checked
  // (counterparty_rules) with the other rules. Demo history and stocktake adjustments name none.
  bool check_counterparty = false;
};

// Checks and books the voucher inside the caller's transaction: the enterprise's chain head and
// the magazines are locked first (id order), so check and post see the same books; then the
// rules, the rows, the balances, the chain link and the audit entry. Throws ApiException: 404
// for a magazine not of the enterprise, 422 with CheckVoucher's errors (or target_store_unknown),
// 409 when a code was moved meanwhile. A concurrent voucher booking the same code first makes the
// commit's statement fail with storage::ConstraintError (the caller's 409). `now`: unix seconds
// (the clock), for posted_at when empty and the magazines' updated_at.
int64_t PostVoucher(storage::Connection& conn, const PostInput& in, const audit::Actor& actor,
                    int64_t now);

// The signed-in storekeeper posting through the API.
struct Poster {
  int64_t user_id = 0;
  int64_t enterprise_id = 0;
  audit::Actor actor;
  identity::PasswordPolicy policy;  // the second person's password is checked with it
};
// Work another area does inside the posting's transaction once the voucher is booked (the
// destruction voucher executes its destruction plan); it refuses the voucher by throwing.
using WithinPosting =
    std::function<void(storage::Connection&, const Voucher&, int64_t voucher_id)>;
// POST /vouchers: the magazine in the scope (404), scanned cases and boxes expanded into their
// codes, the second person confirmed (custody_service), then custody, PostVoucher and `within`
// in one transaction (409 posted_meanwhile for a code or reversal taken by a concurrent voucher).
int64_t PostAsStorekeeper(storage::Connection& conn, const api::Scope& scope, const Poster& poster,
                          Voucher voucher, const SecondPerson& second_person, int64_t now,
                          const WithinPosting& within = {});
// The voucher a reversal undoes: 404 outside the scope.
VoucherRecord RequireVoucher(storage::Connection& conn, const api::Scope& scope, int64_t id);
// POST /vouchers/{id}/reversal: 409 for a reversal or a voucher already reversed; then as
// PostAsStorekeeper with the reversal voucher (ReversalOf).
int64_t ReverseAsStorekeeper(storage::Connection& conn, const Poster& poster,
                             const VoucherRecord& original, const SecondPerson& second_person,
                             int64_t now);

std::optional<VoucherRecord> FindVoucher(storage::Connection& conn, const api::Scope& scope,
                                         int64_t id);
std::pair<std::vector<VoucherRecord>, int64_t> ListVoucherPage(storage::Connection& conn,
                                                               const api::Scope& scope,
                                                               const VoucherFilter& filter,
                                                               int64_t page, int64_t size);
// Every move of a code visible in the scope, oldest first (empty = unknown: 404), and the
// magazine holding it now when that magazine is in the scope (a seller does not learn whether its
// buyer still holds what it sold).
CodeMoves TraceCodeMoves(storage::Connection& conn, const api::Scope& scope,
                         const std::string& code);

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

}  // namespace anjian::voucher
