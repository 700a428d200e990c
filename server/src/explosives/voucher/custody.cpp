#include "explosives/voucher/custody.hpp"

#include "core/error.hpp"
#include "explosives/voucher/custody_rules.hpp"

namespace anjian::ledger {

std::vector<int64_t> AssignedStorekeeperIds(storage::Connection& conn, int64_t store_id) {
  auto rs = conn.Query(
      "SELECT user_id FROM store_storekeepers WHERE store_id = ? AND unassigned_at IS NULL",
      {store_id});
  std::vector<int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Int(i, "user_id"));
  return out;
}

void RequireCustody(storage::Connection& conn, int64_t store_id, int64_t storekeeper_id,
                    int64_t second_person_id) {
  auto errors = domain::explosives::CheckCustody(AssignedStorekeeperIds(conn, store_id),
                                                 storekeeper_id, second_person_id);
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};
}

void RequireCounter(storage::Connection& conn, int64_t store_id, int64_t counter_id) {
  auto errors = domain::explosives::CheckCounter(AssignedStorekeeperIds(conn, store_id), counter_id);
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};
}

}  // namespace anjian::ledger
