#include "explosives/voucher/detonator_code_rules.hpp"


namespace anjian::domain::explosives {
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

std::string Quoted(std::string_view code, std::size_t pos, std::size_t n,
                   std::string_view open = "'", std::string_view close = "'") {
  std::string text(open);
  text.append(code.substr(pos, n));
  text.append(close);
  return text;
}

std::string ZhQuoted(std::string_view code, std::size_t pos, std::size_t n) {
  return Quoted(code, pos, n, "“", "”");
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
    errors.push_back({field, "code_length",
                      "detonator code '" + text + "' must have 13 characters (GA 441), got " +
                          std::to_string(code.size()),
                      "雷管编码“" + text + "”应为13位（GA 441），实为" +
                          std::to_string(code.size()) + "位"});
    return errors;
  }
  const std::string en = "detonator code '" + text + "': ";
  const std::string zh = "雷管编码“" + text + "”：";
  const int enterprise = Digits(code, 0, 2);
  if (enterprise < 1) {
    errors.push_back({field, "code_enterprise",
                      en + "enterprise code " + Quoted(code, 0, 2) +
                          " (characters 1-2) must be 01-99",
                      zh + "第1-2位企业代号" + ZhQuoted(code, 0, 2) + "应为01至99"});
  }
  if (!IsDigit(code[2])) {
    errors.push_back({field, "code_year",
                      en + "year " + Quoted(code, 2, 1) + " (character 3) must be a digit",
                      zh + "第3位年份" + ZhQuoted(code, 2, 1) + "应为数字"});
  }
  const int month = Digits(code, 3, 2);
  const bool month_ok = month >= 1 && month <= 12;
  if (!month_ok) {
    errors.push_back({field, "code_month",
                      en + "month " + Quoted(code, 3, 2) + " (characters 4-5) must be 01-12",
                      zh + "第4-5位月份" + ZhQuoted(code, 3, 2) + "应为01至12"});
  }
  const int day = Digits(code, 5, 2);
  if (day < 1 || day > 31) {
    errors.push_back({field, "code_day",
                      en + "day " + Quoted(code, 5, 2) + " (characters 6-7) must be 01-31",
                      zh + "第6-7位日期" + ZhQuoted(code, 5, 2) + "应为01至31"});
  } else if (month_ok && day > kDaysInMonth[month - 1]) {
    const std::string max = std::to_string(kDaysInMonth[month - 1]);
    errors.push_back({field, "code_day",
                      en + "day " + Quoted(code, 5, 2) + " does not exist in month " +
                          Quoted(code, 3, 2) + " (at most " + max + ")",
                      zh + std::string(code.substr(3, 2)) + "月没有" +
                          std::string(code.substr(5, 2)) + "日（最多" + max + "日）"});
  }
  if (!IsValidFeatureChar(code[7])) {
    errors.push_back(
        {field, "code_feature",
         en + "feature character " + Quoted(code, 7, 1) +
             " (character 8) must be a digit, A-Z, or a-z except c o s u v w x z",
         zh + "第8位特征号" + ZhQuoted(code, 7, 1) +
             "应为数字、大写字母或小写字母（不含 c o s u v w x z）"});
  }
  if (Digits(code, 8, 5) < 0) {
    errors.push_back({field, "code_serial",
                      en + "serial " + Quoted(code, 8, 5) + " (characters 9-13) must be 5 digits",
                      zh + "第9-13位流水号" + ZhQuoted(code, 8, 5) + "应为5位数字"});
  }
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
  if (count < 1 || count > available) {
    const std::string limit = std::to_string(available);
    range.errors.push_back(
        {"count", "code_range_count",
         "count must be 1-" + limit + " so serials stay within 99999 (got " +
             std::to_string(count) + ")",
         "数量应为1至" + limit + "，流水号不得超过99999（当前" + std::to_string(count) + "）"});
  }
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

}  // namespace anjian::domain::explosives
