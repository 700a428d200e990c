// The SQL of the magazines (库房): tables `stores` (a magazine's name, kind and rated limits),
// `store_storekeepers` (who keeps it) and `stock_balances` (what it holds, per product). Every
// read takes the caller's Scope and applies it in SQL (an out-of-scope id reads like a missing
// one). Writes run inside the caller's transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "explosives/magazine/magazine_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::magazine {

// Every row (start-up, the CLI, reading back what was just written).
inline api::Scope AllScope() {
  api::Scope s;
  s.kind = api::Scope::Kind::kAll;
  return s;
}

struct MagazineRow {
  int64_t id = 0;
  int64_t enterprise_id = 0;
  std::string enterprise_name;
  std::string region_path;
  std::string name;
  MagazineKind kind = MagazineKind::kMainMagazine;
  MagazineLimits limits;
  bool holds_non_normal = false;
  std::string status;
  std::string created_at;
  // 待核定: the first rating, entered at creation, is not yet approved by the regulator (V051).
  bool rating_pending = false;
};

// `lock`: the row is locked for the rest of the transaction (storage::ForUpdate).
std::optional<MagazineRow> FindMagazine(storage::Connection& conn, const api::Scope& scope,
                                        int64_t id, bool lock = false);
// The magazines in the scope (optionally one enterprise's), by region, enterprise and id.
std::vector<MagazineRow> ListMagazines(storage::Connection& conn, const api::Scope& scope,
                                       std::optional<int64_t> enterprise_id);

// One product's quantity in one magazine (thousandths of the product's unit).
struct Balance {
  int64_t magazine_id = 0;
  std::string product_id;
  int64_t quantity_milli = 0;
};
// The magazine's balances, by product.
std::vector<Balance> BalancesOf(storage::Connection& conn, int64_t magazine_id);
// Every balance of the magazines ListMagazines returns for the same arguments, in one query.
std::vector<Balance> ListBalances(storage::Connection& conn, const api::Scope& scope,
                                  std::optional<int64_t> enterprise_id);
// Every balance of every magazine (`anjian ledger verify`).
std::vector<Balance> AllBalances(storage::Connection& conn);
// Every positive balance of every magazine (the start-up warm-up of the code index).
std::vector<Balance> PositiveBalances(storage::Connection& conn);
// Writes the magazine's balances of `products` as `quantities` says (a product absent or at
// zero loses its row) and its quarantine flag.
void SaveBalances(storage::Connection& conn, int64_t magazine_id,
                  const std::map<std::string, int64_t, std::less<>>& quantities,
                  const std::set<std::string>& products, bool holds_non_normal,
                  const std::string& now_iso);
// Detonator codes in stock in the magazine, per product.
std::map<std::string, int64_t> CodeCountsByProduct(storage::Connection& conn, int64_t magazine_id);

// The enterprise's region path (a magazine is stamped with it), nullopt for no such enterprise.
std::optional<std::string> EnterpriseRegionPath(storage::Connection& conn, int64_t enterprise_id);
// True when another magazine of the enterprise (not `except_id`) has this name.
bool NameTaken(storage::Connection& conn, int64_t enterprise_id, const std::string& name,
               std::optional<int64_t> except_id = std::nullopt);

struct MagazineInput {
  std::string name;
  MagazineKind kind = MagazineKind::kMainMagazine;
  MagazineLimits limits;
};
int64_t InsertMagazine(storage::Connection& conn, int64_t enterprise_id,
                       const std::string& region_path, const MagazineInput& in,
                       const std::string& now_iso);
void UpdateMagazine(storage::Connection& conn, int64_t id, const MagazineInput& in,
                    const std::string& now_iso);

// ---- capacity history (核定库容变更, table store_capacity_changes; appended, never updated) ----
struct CapacityChange {
  int64_t id = 0, store_id = 0;
  MagazineLimits old_limits, new_limits;
  std::string document_number, issuer, approved_on;  // approved_on: YYYY-MM-DD
  std::optional<int64_t> file_id;
  int64_t changed_by = 0;
  std::string changed_by_name, changed_at;
};
// `changed_by_name` is read back, not written.
int64_t InsertCapacityChange(storage::Connection& conn, const CapacityChange& change);
// The magazine's capacity changes, oldest first, when the magazine is in the scope (the scope is
// applied in SQL: an out-of-scope magazine has no history to read).
std::vector<CapacityChange> CapacityHistory(storage::Connection& conn, const api::Scope& scope,
                                            int64_t magazine_id);
// Active agencies whose region contains `region_path` (county, city, province): the regulators
// told of a capacity change.
std::vector<int64_t> SupervisingAgencies(storage::Connection& conn,
                                         const std::string& region_path);

// ---- storekeepers (专人管理) ----
struct Storekeeper {
  int64_t user_id = 0;
  std::string username, display_name, assigned_at;
};
struct StorekeeperAssignment {
  int64_t id = 0, user_id = 0;
  std::string display_name, assigned_at;
  std::optional<std::string> assigned_by, unassigned_at, unassigned_by;  // display names, time
};
struct StorekeeperCandidate {
  int64_t user_id = 0;
  std::string username, display_name;
};
// Open assignments, oldest first.
std::vector<Storekeeper> CurrentStorekeepers(storage::Connection& conn, int64_t magazine_id);
// Every assignment ever made, newest first.
std::vector<StorekeeperAssignment> StorekeeperHistory(storage::Connection& conn,
                                                      int64_t magazine_id);
// Active users of the enterprise holding the ent_storekeeper role.
std::vector<StorekeeperCandidate> StorekeeperCandidates(storage::Connection& conn,
                                                        int64_t enterprise_id);
// Users holding an open assignment to the magazine. Read without a lock: a posting that sees an
// assignment open is ordered before a concurrent unassignment.
std::vector<int64_t> AssignedStorekeeperIds(storage::Connection& conn, int64_t magazine_id);
bool IsActiveStorekeeper(storage::Connection& conn, int64_t user_id, int64_t enterprise_id);
// The open assignment of the user to the magazine.
std::optional<int64_t> OpenAssignment(storage::Connection& conn, int64_t magazine_id,
                                      int64_t user_id);
// `by_user_id` nullopt: written by the demo seeder (no one assigned it).
int64_t InsertAssignment(storage::Connection& conn, int64_t magazine_id, int64_t user_id,
                         std::optional<int64_t> by_user_id, const std::string& now_iso);
void EndAssignment(storage::Connection& conn, int64_t assignment_id, int64_t by_user_id,
                   const std::string& now_iso);

}  // namespace anjian::magazine
