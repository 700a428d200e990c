#include "domain/explosives/custody.hpp"

#include <algorithm>

namespace anjian::domain::explosives {

std::vector<FieldError> CheckCustody(const std::vector<std::int64_t>& assigned,
                                     std::int64_t storekeeper_id, std::int64_t second_person_id) {
  std::vector<FieldError> errors;
  if (assigned.empty())
    errors.push_back({"storekeeper", "store_has_no_storekeeper",
                      "this store has no assigned storekeeper; a store manager assigns one before "
                      "anything is booked",
                      "该库房尚未指定保管员，须先由库房管理人员指定保管员才能登记出入库"});
  else if (std::find(assigned.begin(), assigned.end(), storekeeper_id) == assigned.end())
    errors.push_back({"storekeeper", "storekeeper_not_assigned",
                      "only a storekeeper assigned to this store may book its movements",
                      "只有该库房指定的保管员才能登记其出入库"});
  if (second_person_id != 0 && second_person_id == storekeeper_id)
    errors.push_back({"second_person", "second_person_same",
                      "the second person must be someone other than the storekeeper",
                      "第二人不能是保管员本人"});
  return errors;
}

std::vector<FieldError> CheckCounter(const std::vector<std::int64_t>& assigned,
                                     std::int64_t counter_id) {
  std::vector<FieldError> errors;
  if (assigned.empty())
    errors.push_back({"store_id", "store_has_no_storekeeper",
                      "this store has no assigned storekeeper; a store manager assigns one before "
                      "it is counted",
                      "该库房尚未指定保管员，须先由库房管理人员指定保管员才能盘点"});
  else if (std::find(assigned.begin(), assigned.end(), counter_id) == assigned.end())
    errors.push_back({"store_id", "storekeeper_not_assigned",
                      "only a storekeeper assigned to this store may count it",
                      "只有该库房指定的保管员才能盘点该库房"});
  return errors;
}

}  // namespace anjian::domain::explosives
