// Stocktakes (盘点): a count of one store compared with its books, kept as its variance, and
// approved by a second person into adjustment vouchers (盘盈 / 盘亏) posted like any other
// voucher. Missing codes of an approved stocktake open a loss incident (loss_incident.hpp).
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "audit/audit_service.hpp"
#include "explosives/voucher/code_set_rules.hpp"
#include "explosives/voucher/ledger_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/storage/db.hpp"

namespace anjian::ledger {

struct CountInput {
  std::string method;  // "scan" | "file" | "quantity"
  domain::explosives::CodeSet counted;  // any order, duplicates allowed (double scans)
  std::size_t scans = 0;                // codes as scanned, duplicates included
  std::map<std::string, int64_t, std::less<>> quantities;  // uncoded products, milli
  std::string filename, digest, note;  // digest: BLAKE2b-256 hex of the file
  std::string counted_at;  // empty = now (demo history sets past times)
};

// Compares the count with the store's books (as of its current last voucher) and records the
// stocktake with its variance in one transaction with its audit entry. Throws 422 when an
// uncoded product on the books was not counted or a counted product is coded or unknown.
// Returns the stocktake as GetStocktake shows it.
boost::json::object CreateStocktake(const void* database, storage::Connection& conn,
                                    const StoreRow& store, const CountInput& in,
                                    int64_t user_id, const audit::Actor& actor);
// The same inside the caller's transaction (demo history); returns the stocktake id.
int64_t RecordStocktake(const void* database, storage::Connection& conn, const StoreRow& store,
                        const CountInput& in, int64_t user_id, const audit::Actor& actor);

struct StocktakeFilter {
  std::optional<int64_t> store_id;
  std::string status;  // counted | approved | rejected
  std::string from, to;
};
std::pair<std::vector<boost::json::object>, int64_t> ListStocktakes(
    storage::Connection& conn, const api::Scope& scope, const StocktakeFilter& f, int64_t limit,
    int64_t offset);
std::optional<boost::json::object> GetStocktake(storage::Connection& conn,
                                                const api::Scope& scope, int64_t id);

struct ApprovalInput {
  int64_t stocktake_id = 0;
  int64_t enterprise_id = 0;
  int64_t approver_id = 0;
  std::string extra_product_id;  // product of extra codes no voucher ever named
  std::string note;
  std::string at;  // empty = now (demo history sets past times)
};
// Inside the caller's transaction: posts the adjustment vouchers (the counter as storekeeper,
// the approver as second person), appends the approval event, opens the loss incident for the
// missing codes (notifying the regulators through `pushes`) and writes the audit entry.
// 409 when the stocktake is no longer open or the store's books moved since the count.
void ApproveStocktake(storage::Connection& conn, const ApprovalInput& in,
                      const audit::Actor& actor, notifications::PendingPushes& pushes);
void RejectStocktake(storage::Connection& conn, const ApprovalInput& in,
                     const audit::Actor& actor);

}  // namespace anjian::ledger
