// The use cases of the magazines (库房): reading them with their stock, creating and editing
// them, assigning and unassigning their storekeepers. Each write runs in one transaction with its
// audit entry; an edit and a voucher posting into the same magazine lock its row first, so both
// see the same stock.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "explosives/magazine/magazine_capacity_rules.hpp"
#include "explosives/magazine/magazine_repository.hpp"
#include "notifications/notification_service.hpp"

namespace anjian::magazine {

// A magazine with its books (quantities, net mass, pieces) as the balances say now.
struct MagazineView {
  MagazineRow row;
  MagazineState state;
};
// The state of `row` holding `balances` (those of other magazines are ignored).
MagazineState StateOf(const MagazineRow& row, const std::vector<Balance>& balances);
MagazineState LoadMagazineState(storage::Connection& conn, const MagazineRow& row);
MagazineView ViewOf(storage::Connection& conn, const MagazineRow& row);
// Every magazine of the scope (optionally one enterprise's) with its books, in two queries.
std::vector<MagazineView> ListMagazineViews(storage::Connection& conn, const api::Scope& scope,
                                            std::optional<int64_t> enterprise_id);

// The magazine's stock per product with the detonator codes counted.
struct StockView {
  MagazineView magazine;
  std::map<std::string, int64_t> code_counts;  // product id → codes in stock
};
StockView StockOf(storage::Connection& conn, const MagazineRow& row);

// The magazine `id` in the scope, else 404 (`lock`: for the rest of the transaction).
MagazineRow RequireMagazine(storage::Connection& conn, const api::Scope& scope, int64_t id,
                            bool lock = false);

// Adds a magazine to the enterprise inside the caller's transaction (the demo, benchmarks):
// 404 for no such enterprise, 422 rating_required (every store is rated, quarantine stores
// included) or store_name_duplicate.
int64_t AddMagazine(storage::Connection& conn, int64_t enterprise_id, const MagazineInput& in,
                    int64_t now);
// POST /stores: AddMagazine with its audit entry, in one transaction. Its first rating is
// recorded 待核定 with an 'initial' capacity request (FileInitialRating) until a regulator
// approves it; `design_file_id` is its design document (optional at creation).
MagazineView CreateMagazine(storage::Connection& conn, const audit::Actor& actor,
                            int64_t enterprise_id, const MagazineInput& in,
                            std::optional<int64_t> design_file_id,
                            notifications::PendingPushes& pushes, int64_t now);
// Notification kind sent to the supervising regulators when a store's rated capacity changes.
inline constexpr const char* kStoreCapacityChanged = "store_capacity_changed";

// PUT /stores/{id}: 404 outside the scope; 422 store_name_duplicate, every CheckMagazineEdit
// refusal (a quarantine magazine holding non-normal goods) and, when `limits` differ from the
// store's rating, capacity_regulator_approval_required per changed measure (issue 15 §1: the
// rating changes only through an approved capacity request). `limits` nullopt: the body named
// none, the rating stays.
MagazineView EditMagazine(storage::Connection& conn, const audit::Actor& actor,
                          const api::Scope& scope, int64_t id, const MagazineInput& in,
                          const std::optional<MagazineLimits>& limits, int64_t now);

// GET /stores/{id}/capacity-history: 404 outside the scope.
std::vector<CapacityChange> CapacityHistoryOf(storage::Connection& conn, const api::Scope& scope,
                                              int64_t id);

struct StorekeepersView {
  int64_t magazine_id = 0;
  std::vector<Storekeeper> current;
  std::vector<StorekeeperAssignment> history;
  std::vector<StorekeeperCandidate> candidates;
};
StorekeepersView StorekeepersOf(storage::Connection& conn, const MagazineRow& row);
// 404 outside the scope; 422 storekeeper_invalid (not an active storekeeper of the
// magazine's enterprise) or storekeeper_already_assigned.
StorekeepersView AssignStorekeeper(storage::Connection& conn, const audit::Actor& actor,
                                   const api::Scope& scope, int64_t magazine_id,
                                   int64_t user_id, int64_t now);
// 404 outside the scope or when the user holds no open assignment to the magazine; `user_id`
// nullopt (the path named no user) answers 404 too, once the magazine is found.
StorekeepersView UnassignStorekeeper(storage::Connection& conn, const audit::Actor& actor,
                                     const api::Scope& scope, int64_t magazine_id,
                                     std::optional<int64_t> user_id, int64_t now);

}  // namespace anjian::magazine
