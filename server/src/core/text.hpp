// Small text helpers shared by the domain validators. Kept here (not in common/) because only
// the domain rules need them and they define what "trimmed" and "length" mean for user input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::core {

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

// Control characters in text input: ONE rule for every text field of every request (JSON
// bodies, file names, query text that is stored). Control characters are Unicode category Cc:
// U+0000-U+001F, U+007F and U+0080-U+009F. None is ever accepted, except that free text
// (kMultiLine: descriptions, notes, notice bodies — fields longer than kSingleLineMaxChars)
// may hold TAB, LF and CR. Names, titles, codes, addresses up to 200 characters and file
// names are kSingleLine: no control character at all.
enum class TextShape { kSingleLine, kMultiLine };
// Fields whose length limit is at most this many characters are single-line (api::JsonInput).
inline constexpr std::size_t kSingleLineMaxChars = 200;
inline constexpr TextShape ShapeForLimit(std::size_t max_chars) {
  return max_chars <= kSingleLineMaxChars ? TextShape::kSingleLine : TextShape::kMultiLine;
}

// The first control character `shape` does not allow, as a code point; nullopt when there is
// none. Bytes that are not valid UTF-8 are skipped (Utf8Length judges encoding).
std::optional<char32_t> FindControlChar(std::string_view s, TextShape shape);
// The error for it: rule "control_character" on `field`, naming the character as U+XXXX (TAB,
// LF and CR — refused only in single-line fields — as "line breaks or tabs").
FieldError ControlCharError(std::string field, char32_t c);
// FindControlChar + ControlCharError: appends the error when `s` holds a refused character.
bool CheckControlChars(std::string_view s, TextShape shape, const std::string& field,
                       std::vector<FieldError>& errors);

}  // namespace anjian::core
