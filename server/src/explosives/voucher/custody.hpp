// Posting and counting are restricted to the store's assigned storekeepers (domain CheckCustody). Called in
// the posting transaction, before PostVoucher: the assignments are read without a lock, so a
// posting that sees an assignment open is ordered before a concurrent unassignment.
#pragma once

#include <cstdint>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::ledger {

std::vector<int64_t> AssignedStorekeeperIds(storage::Connection& conn, int64_t store_id);

// 422 (store_has_no_storekeeper, storekeeper_not_assigned, second_person_same) unless
// `storekeeper_id` is assigned to the store and the second person is someone else.
void RequireCustody(storage::Connection& conn, int64_t store_id, int64_t storekeeper_id,
                    int64_t second_person_id);

// 422 (store_has_no_storekeeper, storekeeper_not_assigned) unless the counter of a stocktake
// is assigned to the store.
void RequireCounter(storage::Connection& conn, int64_t store_id, int64_t counter_id);

}  // namespace anjian::ledger
