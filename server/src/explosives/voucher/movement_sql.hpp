// Where a code movement took the code from and to, from its voucher (alias `v`): the stores
// are not stored per code (V016). An inbound voucher brings codes into its store, an outbound
// one takes them out of it, a transfer moves them from its store to the target store; the
// movement's time is v.posted_at.
#pragma once

namespace anjian::ledger {

inline constexpr const char* kMovementFromStoreSql =
    "(CASE WHEN v.direction = 'in' THEN NULL ELSE v.store_id END)";
inline constexpr const char* kMovementToStoreSql =
    "(CASE v.direction WHEN 'out' THEN NULL WHEN 'in' THEN v.store_id ELSE v.target_store_id END)";

}  // namespace anjian::ledger
