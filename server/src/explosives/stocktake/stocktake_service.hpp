// Stocktakes (盘点): a count of one store compared with its books, kept as its variance, and
// approved by a second person into adjustment vouchers (盘盈 / 盘亏) posted like any other
// voucher (explosives/voucher). A count that finds missing codes or an uncoded shortfall opens a
// loss incident when it is submitted (explosives/loss_incident, 条例 art. 41(四): report at once);
// approval or rejection of the count neither opens nor closes it. One use case per function;
// "now" is a parameter from the clock.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/audit_service.hpp"
#include "explosives/stocktake/stocktake_repository.hpp"
#include "explosives/voucher/code_set_rules.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::stocktake {

struct CountInput {
  std::string method;                   // "scan" | "file" | "quantity"
  voucher::CodeSet counted;  // any order, duplicates allowed (double scans)
  std::size_t scans = 0;                // codes as scanned, duplicates included
  Quantities quantities;                // uncoded products, milli
  std::string filename, digest, note;   // digest: BLAKE2b-256 hex of the file
};

// The counter counts a store of their own enterprise (`enterprise_id`) that is also in `scope`
// (else 404 store). Only the store's assigned storekeeper counts it (422 before the count is
// expanded and compared); case and box codes stand for their codes. The variance is recorded in
// one transaction with its audit entry (and the loss incident it opens); the regulators are
// notified after the commit. Returns the stocktake's id.
int64_t CountStore(const void* database, storage::Connection& conn, const api::Scope& scope,
                   int64_t enterprise_id, int64_t store_id, CountInput count, int64_t user_id,
                   const audit::Actor& actor, int64_t now, api::Notifier* notifier = nullptr);

// Inside the caller's transaction (CountStore, demo history): compares the count with the
// store's books (as of its current last voucher) and records the stocktake, its variance, the
// 'counted' event at `counted_at` (ISO) and the audit entry. Missing codes, or uncoded shortfalls
// the settings key `loss_reporting` counts as a loss (loss_threshold_rules), open the loss
// incident in the same transaction, discovered at `counted_at`, the regulators' notifications
// going to `pushes`. 422 when an uncoded product on the books was not counted or a counted
// product is coded or unknown. Returns the stocktake's id.
int64_t RecordStocktake(const void* database, storage::Connection& conn,
                        const magazine::MagazineRow& store, const CountInput& in, int64_t user_id,
                        const audit::Actor& actor, const std::string& counted_at,
                        notifications::PendingPushes& pushes);

// A stocktake with its variance, quantities, history and the loss incident it opened.
struct StocktakeDetail {
  StocktakeRow row;
  std::vector<StocktakeCode> codes;  // by code
  std::vector<StocktakeQuantity> quantities;  // by product
  std::vector<StocktakeEvent> events;         // oldest first
  std::optional<int64_t> loss_incident_id;
};

std::pair<std::vector<StocktakeRow>, int64_t> ListStocktakes(storage::Connection& conn,
                                                             const api::Scope& scope,
                                                             const StocktakeFilter& f,
                                                             int64_t limit, int64_t offset);
std::optional<StocktakeDetail> GetStocktake(storage::Connection& conn, const api::Scope& scope,
                                            int64_t id);
bool StocktakeInScope(storage::Connection& conn, const api::Scope& scope, int64_t id);

struct ApprovalInput {
  int64_t stocktake_id = 0;
  int64_t enterprise_id = 0;
  int64_t approver_id = 0;
  std::string extra_product_id;  // product of extra codes no voucher ever named
  std::string note;
  std::string at;  // ISO time of the approval (and of its vouchers)
};

// The approval: in one transaction the counter must still be the store's storekeeper (they book
// the adjustments, the approver is the second person), then RecordApproval. 409 when another
// voucher booked the same codes first.
void ApproveStocktake(storage::Connection& conn, const ApprovalInput& in,
                      const audit::Actor& actor);
// Inside the caller's transaction: posts the adjustment vouchers, appends the approval event,
// links the vouchers to the loss incident the count opened (its 'written_off' event) and writes
// the audit entry. 409 when the stocktake is no longer open or the store's books moved
// since the count; 422 approver_same, extra_product_required, product_not_coded.
void RecordApproval(storage::Connection& conn, const ApprovalInput& in, const audit::Actor& actor);
// Rejection, final, in its own transaction with its audit entry. The loss incident the count
// opened stays open: only its own workflow (reports, closure) closes it.
void RejectStocktake(storage::Connection& conn, const ApprovalInput& in,
                     const audit::Actor& actor);

}  // namespace anjian::stocktake
