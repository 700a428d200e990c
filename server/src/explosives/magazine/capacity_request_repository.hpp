// The SQL of the capacity change requests (库房核定储量变更申请, table store_capacity_requests,
// V051): filed once, decided once, never deleted. Every read takes the caller's Scope and applies
// it in SQL on the request's region path and enterprise (an out-of-scope id reads like a missing
// one). Writes run inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "explosives/magazine/magazine_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::magazine {

struct CapacityRequestRow {
  int64_t id = 0, store_id = 0, enterprise_id = 0;
  std::string store_name, enterprise_name, region_path;
  std::string kind = "change";  // change | initial (the first rating of a new store)
  std::string status = "pending";
  MagazineLimits old_limits, new_limits;
  std::optional<int64_t> design_file_id;
  std::string reason;
  int64_t requested_by = 0;
  std::string requested_by_name, requested_at;
  std::optional<int64_t> decided_by, decision_agency_id, approval_file_id, change_id;
  std::optional<std::string> decided_by_name, decision_agency_name, decided_at, document_number,
      approved_on, rejection_reason;
};

struct CapacityRequestFilter {
  std::optional<std::string> status;
  std::optional<int64_t> store_id, enterprise_id;
};

// Writes the request as filed (status pending); the names are read back, not written.
int64_t InsertCapacityRequest(storage::Connection& conn, const CapacityRequestRow& row);
// `lock`: for the rest of the transaction.
std::optional<CapacityRequestRow> FindCapacityRequest(storage::Connection& conn,
                                                      const api::Scope& scope, int64_t id,
                                                      bool lock = false);
// Newest first.
std::vector<CapacityRequestRow> ListCapacityRequests(storage::Connection& conn,
                                                     const api::Scope& scope,
                                                     const CapacityRequestFilter& f, int64_t limit,
                                                     int64_t offset);
int64_t CountCapacityRequests(storage::Connection& conn, const api::Scope& scope,
                              const CapacityRequestFilter& f);
bool HasPendingCapacityRequest(storage::Connection& conn, int64_t store_id);
// Records the decision on a pending request (status approved or rejected).
void DecideCapacityRequest(storage::Connection& conn, const CapacityRequestRow& decided);
// The store's rated limits as approved.
void ApplyApprovedRating(storage::Connection& conn, int64_t store_id, const MagazineLimits& limits,
                         const std::string& now_iso);
// The design capacity a licence in force (licensing, table licence_magazines) lists for the
// store: the latest valid licence naming it; nullopt when none does.
struct LicenceDesign {
  int64_t licence_id = 0;
  std::string licence_number;
  MagazineLimits limits;  // net mass and/or pieces
};
std::optional<LicenceDesign> LicenceDesignOf(storage::Connection& conn, int64_t store_id);

// The agency's name ("" for none).
std::string AgencyName(storage::Connection& conn, int64_t agency_id);

}  // namespace anjian::magazine
