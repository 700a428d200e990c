// Small text helpers shared by the domain validators. Kept here (not in common/) because only
// the domain rules need them and they define what "trimmed" and "length" mean for user input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace anjian::domain {

// Strips ASCII whitespace and the ideographic space U+3000 at both ends: Chinese input methods
// insert U+3000 easily and users never mean it.
std::string_view TrimView(std::string_view s);
std::string Trim(std::string_view s);

// ASCII-only upper-casing: identifiers (USCC, codes) are ASCII, and touching multi-byte UTF-8
// sequences would corrupt them.
std::string AsciiUpper(std::string_view s);
std::string AsciiLower(std::string_view s);

// Number of Unicode code points, or nullopt when `s` is not valid UTF-8. Length limits are stated
// in characters as users see them (a Chinese name of 10 characters is 30 bytes).
std::optional<std::size_t> Utf8Length(std::string_view s);

bool IsAsciiDigits(std::string_view s);

}  // namespace anjian::domain
