#include "explosives/catalogue/quantity_rules.hpp"

#include <cmath>

namespace anjian::catalogue {

std::string FormatMilli(std::int64_t milli) {
  const bool negative = milli < 0;
  // Work in unsigned so INT64_MIN does not overflow on negation.
  const std::uint64_t magnitude =
      negative ? ~static_cast<std::uint64_t>(milli) + 1 : static_cast<std::uint64_t>(milli);
  std::string text;
  if (negative) text.push_back('-');
  text += std::to_string(magnitude / kMilliPerUnit);
  std::uint64_t fraction = magnitude % kMilliPerUnit;
  if (fraction != 0) {
    std::string digits = std::to_string(fraction);
    digits.insert(0, 3 - digits.size(), '0');
    while (digits.back() == '0') digits.pop_back();
    text.push_back('.');
    text += digits;
  }
  return text;
}

std::optional<std::int64_t> MilliFromDouble(double value) {
  if (!std::isfinite(value) || std::fabs(value) > 9e12) return std::nullopt;
  return std::llround(value * static_cast<double>(kMilliPerUnit));
}

}  // namespace anjian::catalogue
