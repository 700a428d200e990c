// Who may book a store's movements (rules.md §1 art. 41(三): a named custodian, 专人管理): the
// storekeeper of a voucher or stocktake adjustment must be one of the store's assigned
// storekeepers, and the second person of two-person custody someone else. A store with nobody
// assigned takes no movements at all — the enterprise assigns a custodian first — so the books
// never show a movement nobody was answerable for.
#pragma once

#include <cstdint>
#include <vector>

#include "core/error.hpp"

namespace anjian::voucher {

// `assigned`: users holding an open storekeeper assignment to the store. Errors name the field
// `storekeeper` (rules store_has_no_storekeeper, storekeeper_not_assigned) and
// `second_person` (second_person_same).
std::vector<FieldError> CheckCustody(const std::vector<std::int64_t>& assigned,
                                     std::int64_t storekeeper_id, std::int64_t second_person_id);

// A stocktake's count is the custodian's account of the store, so the same rule applies to the
// counter: errors name the field `store_id` (rules store_has_no_storekeeper,
// storekeeper_not_assigned), there being no storekeeper field in a count.
std::vector<FieldError> CheckCounter(const std::vector<std::int64_t>& assigned,
                                     std::int64_t counter_id);

}  // namespace anjian::voucher
