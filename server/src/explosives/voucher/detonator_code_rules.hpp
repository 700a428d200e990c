// GA 441 工业雷管编码: the 13-character code on every detonator shell, `EE Y MM DD F SSSSS`
// (enterprise 01-99, last digit of the production year, month, day, feature character, 5-digit
// serial; rules.md §3). The code carries no check digit, so format and date are all we can check.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::voucher {

inline constexpr std::size_t kDetonatorCodeLength = 13;
inline constexpr int kDetonatorSerialMax = 99999;

struct DetonatorCode {
  int enterprise = 1;  // EE, 1-99
  int year_digit = 0;  // Y: only the last digit, so a code is unique within a decade
  int month = 1;       // MM, 1-12
  int day = 1;         // DD, valid for the month (29 February always allowed)
  char feature = '0';  // F: product variety, shift, machine or quantity section within the day
  int serial = 0;      // SSSSS, 0-99999

  friend bool operator==(const DetonatorCode&, const DetonatorCode&) = default;
};

// A-Z, 0-9 and the lower-case letters except c o s u v w x z, which GA 441 excludes because
// they are confused with their upper-case forms (or 0 / 2) when read off a shell.
bool IsValidFeatureChar(char c) noexcept;

// Fast check for bulk input (a 1,000-code voucher, a 1,000,000-code stocktake): no regex, no
// allocation. Agrees with ValidateDetonatorCode(code).empty() for every input.
bool IsValidDetonatorCode(std::string_view code) noexcept;

// Every violation with its rule: code_length (then nothing else is checked: positions are
// meaningless), code_enterprise (1-2 not 01-99), code_year (3 not a digit), code_month (4-5 not
// 01-12), code_day (6-7 not 01-31, or not a day of that month; the year is one digit, so 29
// February is always allowed), code_feature (8), code_serial (9-13 not five digits).
std::vector<FieldError> ValidateDetonatorCode(std::string_view code,
                                              const std::string& field = "code");

std::optional<DetonatorCode> ParseDetonatorCode(std::string_view code);
// The 13-character text; the fields must be in range (as ParseDetonatorCode returns them).
std::string FormatDetonatorCode(const DetonatorCode& code);

// Codes for `count` consecutive serials starting at `first` (a code generator, a box label):
// same enterprise, date and feature character. Rules: the first code's own rules (field
// "first_code"), code_range_count (count < 1, or the serials would pass 99999: a new feature
// character is a different production section, so the range never rolls over into one).
struct CodeRange {
  std::vector<std::string> codes;
  std::vector<FieldError> errors;
};
CodeRange ExpandSerialRange(std::string_view first, std::int64_t count);

// A valid code as one integer whose order equals the codes' text order (digits as numbers, the
// feature character by ASCII order), so 10,000,000 codes take 80 MB instead of 320 MB and sort
// and compare as integers. nullopt for an invalid code.
std::optional<std::uint64_t> PackDetonatorCode(std::string_view code) noexcept;
std::string UnpackDetonatorCode(std::uint64_t packed);

}  // namespace anjian::voucher
