#include "explosives/voucher/custody_rules.hpp"

#include <algorithm>

namespace anjian::domain::explosives {

namespace {

// What the user tried, in the messages of the two custody rules.
struct Act {
  const char* no_storekeeper_en;
  const char* no_storekeeper_zh;
  const char* not_assigned_en;
  const char* not_assigned_zh;
};

constexpr Act kBooking{
    "this store has no assigned storekeeper; a store manager assigns one before anything is booked",
    "该库房尚未指定保管员，须先由库房管理人员指定保管员才能登记出入库",
    "only a storekeeper assigned to this store may book its movements",
    "只有该库房指定的保管员才能登记其出入库"};

constexpr Act kCounting{
    "this store has no assigned storekeeper; a store manager assigns one before it is counted",
    "该库房尚未指定保管员，须先由库房管理人员指定保管员才能盘点",
    "only a storekeeper assigned to this store may count it",
    "只有该库房指定的保管员才能盘点该库房"};

// Only a storekeeper assigned to the store acts on its books (art. 41); `field` is refused.
void CheckAssigned(const std::vector<std::int64_t>& assigned, std::int64_t user_id,
                   const char* field, const Act& act, std::vector<FieldError>& errors) {
  if (assigned.empty())
    errors.push_back({field, "store_has_no_storekeeper", act.no_storekeeper_en,
                      act.no_storekeeper_zh});
  else if (std::find(assigned.begin(), assigned.end(), user_id) == assigned.end())
    errors.push_back({field, "storekeeper_not_assigned", act.not_assigned_en,
                      act.not_assigned_zh});
}

}  // namespace

std::vector<FieldError> CheckCustody(const std::vector<std::int64_t>& assigned,
                                     std::int64_t storekeeper_id, std::int64_t second_person_id) {
  std::vector<FieldError> errors;
  CheckAssigned(assigned, storekeeper_id, "storekeeper", kBooking, errors);
  if (second_person_id != 0 && second_person_id == storekeeper_id)
    errors.push_back({"second_person", "second_person_same",
                      "the second person must be someone other than the storekeeper",
                      "第二人不能是保管员本人"});
  return errors;
}

std::vector<FieldError> CheckCounter(const std::vector<std::int64_t>& assigned,
                                     std::int64_t counter_id) {
  std::vector<FieldError> errors;
  CheckAssigned(assigned, counter_id, "store_id", kCounting, errors);
  return errors;
}

}  // namespace anjian::domain::explosives
