// Strict UTF-8 decoding helpers. Uploads must be rejected when they are not UTF-8 (Chinese Excel
// saves plain "CSV" as GBK), and generated XML must never contain malformed sequences.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace anjian::office {

inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Decodes the code point starting at s[pos] and advances pos past it. On a malformed sequence
// (overlong, surrogate, > U+10FFFF, truncated) returns kInvalidCodePoint and advances one byte,
// so callers can resynchronise and substitute U+FFFD.
char32_t DecodeUtf8(std::string_view s, std::size_t& pos);

// Appends cp encoded as UTF-8; surrogates and values above U+10FFFF become U+FFFD.
void AppendUtf8(std::string& out, char32_t cp);

// Offset of the first byte that is not part of a valid sequence, or npos when s is valid.
std::size_t FindInvalidUtf8(std::string_view s);

inline bool IsValidUtf8(std::string_view s) { return FindInvalidUtf8(s) == std::string_view::npos; }

}  // namespace anjian::office
