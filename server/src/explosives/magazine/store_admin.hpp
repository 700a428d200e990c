// Editing a store (name, kind, rated limits) and assigning its storekeepers. Both run inside
// the caller's transaction with the store row locked, so an edit and a voucher posting into
// the same store see the same stock.
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <cstdint>

#include "explosives/voucher/ledger_service.hpp"

namespace anjian::ledger {

// Refuses (422) a duplicate name, a lowered limit below the stock (naming the figures) and a
// kind change of a quarantine store holding non-normal goods. `store` must be locked.
void UpdateStore(storage::Connection& conn, const StoreRow& store, const StoreInput& in);

// Open assignments of the store, oldest first: [{user_id, username, display_name, assigned_at}].
boost::json::array CurrentStorekeepers(storage::Connection& conn, int64_t store_id);
// Every assignment ever made, with unassigned_at/by once ended, newest first.
boost::json::array StorekeeperHistory(storage::Connection& conn, int64_t store_id);
// Active users of the enterprise holding the ent_storekeeper role.
boost::json::array StorekeeperCandidates(storage::Connection& conn, int64_t enterprise_id);

// 422 unless the user is an active ent_storekeeper of the store's enterprise and not already
// assigned; returns the assignment id.
int64_t AssignStorekeeper(storage::Connection& conn, const StoreRow& store, int64_t user_id,
                          int64_t by_user_id);
// 404 when the user holds no open assignment to the store.
void UnassignStorekeeper(storage::Connection& conn, const StoreRow& store, int64_t user_id,
                         int64_t by_user_id);

}  // namespace anjian::ledger
