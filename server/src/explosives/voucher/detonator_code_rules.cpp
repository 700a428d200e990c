#include "explosives/voucher/detonator_code_rules.hpp"

#include "explosives/voucher/voucher_errors.hpp"

namespace anjian::voucher {
namespace {

constexpr int kDaysInMonth[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Value of code[pos, pos+n) when all digits, else -1.
int Digits(std::string_view code, std::size_t pos, std::size_t n) {
  int value = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (!IsDigit(code[i])) return -1;
    value = value * 10 + (code[i] - '0');
  }
  return value;
}

// Feature character to 0-61 in ASCII order: '0'-'9', 'A'-'Z', 'a'-'z'.
constexpr int FeatureIndex(char c) {
  if (IsDigit(c)) return c - '0';
  if (c >= 'A' && c <= 'Z') return 10 + (c - 'A');
  return 36 + (c - 'a');
}

constexpr char FeatureChar(int index) {
  if (index < 10) return static_cast<char>('0' + index);
  if (index < 36) return static_cast<char>('A' + index - 10);
  return static_cast<char>('a' + index - 36);
}

}  // namespace

bool IsValidFeatureChar(char c) noexcept {
  if (IsDigit(c) || (c >= 'A' && c <= 'Z')) return true;
  if (c < 'a' || c > 'z') return false;
  switch (c) {
    case 'c': case 'o': case 's': case 'u': case 'v': case 'w': case 'x': case 'z':
      return false;
    default:
      return true;
  }
}

bool IsValidDetonatorCode(std::string_view code) noexcept {
  if (code.size() != kDetonatorCodeLength) return false;
  for (std::size_t i : {0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12}) {
    if (!IsDigit(code[i])) return false;
  }
  const int enterprise = (code[0] - '0') * 10 + (code[1] - '0');
  const int month = (code[3] - '0') * 10 + (code[4] - '0');
  const int day = (code[5] - '0') * 10 + (code[6] - '0');
  return enterprise >= 1 && month >= 1 && month <= 12 && day >= 1 &&
         day <= kDaysInMonth[month - 1] && IsValidFeatureChar(code[7]);
}

std::vector<FieldError> ValidateDetonatorCode(std::string_view code, const std::string& field) {
  std::vector<FieldError> errors;
  const std::string text(code);
  if (code.size() != kDetonatorCodeLength) {
    errors.push_back(Err("code_length").At(field, text, code.size()));
    return errors;
  }
  if (Digits(code, 0, 2) < 1) errors.push_back(Err("code_enterprise").At(field, text, code.substr(0, 2)));
  if (!IsDigit(code[2])) errors.push_back(Err("code_year").At(field, text, code.substr(2, 1)));
  const int month = Digits(code, 3, 2);
  const bool month_ok = month >= 1 && month <= 12;
  if (!month_ok) errors.push_back(Err("code_month").At(field, text, code.substr(3, 2)));
  const int day = Digits(code, 5, 2);
  if (day < 1 || day > 31) {
    errors.push_back(Err("code_day").At(field, text, code.substr(5, 2)));
  } else if (month_ok && day > kDaysInMonth[month - 1]) {
    errors.push_back(Err("code_day_of_month")
                         .At(field, text, code.substr(5, 2), code.substr(3, 2),
                             kDaysInMonth[month - 1]));
  }
  if (!IsValidFeatureChar(code[7]))
    errors.push_back(Err("code_feature").At(field, text, code.substr(7, 1)));
  if (Digits(code, 8, 5) < 0) errors.push_back(Err("code_serial").At(field, text, code.substr(8, 5)));
  return errors;
}

std::optional<DetonatorCode> ParseDetonatorCode(std::string_view code) {
  if (!IsValidDetonatorCode(code)) return std::nullopt;
  return DetonatorCode{Digits(code, 0, 2), Digits(code, 2, 1), Digits(code, 3, 2),
                       Digits(code, 5, 2), code[7],           Digits(code, 8, 5)};
}

std::string FormatDetonatorCode(const DetonatorCode& c) {
  std::string code(kDetonatorCodeLength, '0');
  // Right-aligned decimal digits of `value` into code[pos, pos+n).
  auto put = [&code](std::size_t pos, std::size_t n, int value) {
    for (std::size_t i = pos + n; i-- > pos; value /= 10) code[i] = static_cast<char>('0' + value % 10);
  };
  put(0, 2, c.enterprise);
  put(2, 1, c.year_digit);
  put(3, 2, c.month);
  put(5, 2, c.day);
  code[7] = c.feature;
  put(8, 5, c.serial);
  return code;
}

CodeRange ExpandSerialRange(std::string_view first, std::int64_t count) {
  CodeRange range;
  range.errors = ValidateDetonatorCode(first, "first_code");
  const auto parsed = ParseDetonatorCode(first);
  const std::int64_t available = parsed ? kDetonatorSerialMax - parsed->serial + 1 : 100000;
  if (count < 1 || count > available)
    range.errors.push_back(Err("code_range_count").At("count", available, count));
  if (!range.errors.empty()) return range;
  range.codes.reserve(static_cast<std::size_t>(count));
  DetonatorCode code = *parsed;
  for (std::int64_t i = 0; i < count; ++i, ++code.serial) {
    range.codes.push_back(FormatDetonatorCode(code));
  }
  return range;
}

std::optional<std::uint64_t> PackDetonatorCode(std::string_view code) noexcept {
  if (!IsValidDetonatorCode(code)) return std::nullopt;
  std::uint64_t packed = 0;
  for (std::size_t i = 0; i < 7; ++i) packed = packed * 10 + static_cast<unsigned>(code[i] - '0');
  packed = packed * 62 + static_cast<unsigned>(FeatureIndex(code[7]));
  for (std::size_t i = 8; i < 13; ++i) packed = packed * 10 + static_cast<unsigned>(code[i] - '0');
  return packed;
}

std::string UnpackDetonatorCode(std::uint64_t packed) {
  std::string code(kDetonatorCodeLength, '0');
  for (std::size_t i = 13; i-- > 8;) {
    code[i] = static_cast<char>('0' + packed % 10);
    packed /= 10;
  }
  code[7] = FeatureChar(static_cast<int>(packed % 62));
  packed /= 62;
  for (std::size_t i = 7; i-- > 0;) {
    code[i] = static_cast<char>('0' + packed % 10);
    packed /= 10;
  }
  return code;
}

}  // namespace anjian::voucher
