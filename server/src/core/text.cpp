#include "core/text.hpp"

#include "core/core_errors.hpp"

#include <cstdint>
#include <cstdio>

namespace anjian::core {
namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::string_view TrimView(std::string_view s) {
  for (;;) {
    if (!s.empty() && IsAsciiSpace(s.front())) {
      s.remove_prefix(1);
    } else if (s.starts_with(kIdeographicSpace)) {
      s.remove_prefix(kIdeographicSpace.size());
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && IsAsciiSpace(s.back())) {
      s.remove_suffix(1);
    } else if (s.ends_with(kIdeographicSpace)) {
      s.remove_suffix(kIdeographicSpace.size());
    } else {
      break;
    }
  }
  return s;
}

std::string Trim(std::string_view s) { return std::string(TrimView(s)); }

std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::optional<std::size_t> Utf8Length(std::string_view s) {
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<std::uint8_t>(s[i]);
    std::size_t extra = 0;
    std::uint32_t cp = 0;
    if (b < 0x80) {
      extra = 0;
      cp = b;
    } else if ((b & 0xE0) == 0xC0) {
      extra = 1;
      cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
      extra = 2;
      cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
      extra = 3;
      cp = b & 0x07;
    } else {
      return std::nullopt;
    }
    if (i + extra >= s.size() && extra > 0) return std::nullopt;  // truncated sequence
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto c = static_cast<std::uint8_t>(s[i + k]);
      if ((c & 0xC0) != 0x80) return std::nullopt;
      cp = (cp << 6) | (c & 0x3F);
    }
    // Reject overlong forms, surrogates and values past U+10FFFF: they are not valid UTF-8.
    constexpr std::uint32_t kMinForLength[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMinForLength[extra] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      return std::nullopt;
    }
    i += extra + 1;
    ++count;
  }
  return count;
}

bool IsAsciiDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::optional<char32_t> FindControlChar(std::string_view s, TextShape shape) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto b = static_cast<std::uint8_t>(s[i]);
    if (b < 0x20 || b == 0x7F) {
      if (shape == TextShape::kMultiLine && (b == '\t' || b == '\n' || b == '\r')) continue;
      return static_cast<char32_t>(b);
    }
    // C1 controls U+0080-U+009F are encoded as C2 80 .. C2 9F.
    if (b == 0xC2 && i + 1 < s.size()) {
      const auto c = static_cast<std::uint8_t>(s[i + 1]);
      if (c >= 0x80 && c <= 0x9F) return static_cast<char32_t>(c);
    }
  }
  return std::nullopt;
}

FieldError ControlCharError(std::string field, char32_t c) {
  if (c == U'\t' || c == U'\n' || c == U'\r')
    return core::CoreErr("single_line").At(std::move(field));
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  return core::CoreErr("control_character").At(std::move(field), code);
}

bool CheckControlChars(std::string_view s, TextShape shape, const std::string& field,
                       std::vector<FieldError>& errors) {
  auto c = FindControlChar(s, shape);
  if (!c) return false;
  errors.push_back(ControlCharError(field, *c));
  return true;
}

}  // namespace anjian::core
