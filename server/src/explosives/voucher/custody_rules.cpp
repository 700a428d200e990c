#include "explosives/voucher/custody_rules.hpp"

#include <algorithm>

#include "explosives/voucher/voucher_errors.hpp"

namespace anjian::voucher {

namespace {

// What the user tried, in the messages of the two custody rules: how store_has_no_storekeeper
// and storekeeper_not_assigned end, in English and in Chinese.
struct Act {
  const char* no_storekeeper_en;
  const char* no_storekeeper_zh;
  const char* not_assigned_en;
  const char* not_assigned_zh;
};

constexpr Act kBooking{"anything is booked", "登记出入库", "book its movements", "登记其出入库"};
constexpr Act kCounting{"it is counted", "盘点", "count it", "盘点该库房"};

// Only a storekeeper assigned to the store acts on its books (art. 41); `field` is refused.
void CheckAssigned(const std::vector<std::int64_t>& assigned, std::int64_t user_id,
                   const char* field, const Act& act, std::vector<FieldError>& errors) {
  if (assigned.empty())
    errors.push_back(Err("store_has_no_storekeeper")
                         .At(field, act.no_storekeeper_en, act.no_storekeeper_zh));
  else if (std::find(assigned.begin(), assigned.end(), user_id) == assigned.end())
    errors.push_back(Err("storekeeper_not_assigned")
                         .At(field, act.not_assigned_en, act.not_assigned_zh));
}

}  // namespace

std::vector<FieldError> CheckCustody(const std::vector<std::int64_t>& assigned,
                                     std::int64_t storekeeper_id, std::int64_t second_person_id) {
  std::vector<FieldError> errors;
  CheckAssigned(assigned, storekeeper_id, "storekeeper", kBooking, errors);
  if (second_person_id != 0 && second_person_id == storekeeper_id)
    errors.push_back(Err("second_person_same").At("second_person"));
  return errors;
}

std::vector<FieldError> CheckCounter(const std::vector<std::int64_t>& assigned,
                                     std::int64_t counter_id) {
  std::vector<FieldError> errors;
  CheckAssigned(assigned, counter_id, "store_id", kCounting, errors);
  return errors;
}

}  // namespace anjian::voucher
