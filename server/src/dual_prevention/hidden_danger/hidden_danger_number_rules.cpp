#include "dual_prevention/hidden_danger/hidden_danger_number_rules.hpp"

#include <cstdio>

namespace anjian::hidden_danger {

std::string HiddenDangerNumber(std::string_view found_on, std::int64_t id) {
  return DatedNumber("YH", found_on, id);
}

std::string DatedNumber(std::string_view prefix, std::string_view date, std::int64_t id) {
  std::string out(prefix);
  for (char c : date)
    if (c != '-') out += c;
  char digits[32];
  std::snprintf(digits, sizeof digits, "-%06lld", static_cast<long long>(id));
  return out + digits;
}

}  // namespace anjian::hidden_danger
