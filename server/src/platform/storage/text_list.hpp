// A list of texts bound as ONE statement parameter, so a voucher's thousand codes cost one bind
// and one cached statement instead of a statement with a placeholder per code:
//   PostgreSQL: `unnest(?::text[])` with PgTextArray(items)
//   SQLite:     `json_each(?)` (column `value`) with JsonTextArray(items)
// Header-only and free of the database headers, so including it rebuilds little.
#pragma once

#include <string>
#include <string_view>

namespace anjian::storage {

// PostgreSQL array literal: {"a","b"}, with " and \ escaped.
template <typename Strings>
std::string PgTextArray(const Strings& items) {
  std::string out = "{";
  for (const auto& item : items) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : std::string_view(item)) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

// JSON array of strings: ["a","b"], with " and \ escaped and control characters as \u00XX.
template <typename Strings>
std::string JsonTextArray(const Strings& items) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "[";
  for (const auto& item : items) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char c : std::string_view(item)) {
      const auto u = static_cast<unsigned char>(c);
      if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
      } else if (u < 0x20) {
        out += "\\u00";
        out += kHex[u >> 4];
        out += kHex[u & 0xf];
      } else {
        out += c;
      }
    }
    out += '"';
  }
  return out + "]";
}

}  // namespace anjian::storage
