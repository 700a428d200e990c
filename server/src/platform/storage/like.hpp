// Substring search ("contains") with LIKE, the same on SQLite and PostgreSQL. A user's search
// text is matched literally: '%', '_' and the escape character '\' are escaped, and every
// condition names its escape character (SQLite has none by default). Every LIKE in the server
// is written with these two functions; like_usage_test fails on a LIKE written any other way.
// Header-only and free of the database headers.
#pragma once

#include <string>
#include <string_view>

namespace anjian::storage {

// "<column> LIKE ? ESCAPE '\'" — one placeholder, bound to ContainsPattern(text).
inline std::string LikeContains(std::string_view column) {
  return std::string(column) + " LIKE ? ESCAPE '\\'";
}

// "%<text with %, _ and \ escaped>%".
inline std::string ContainsPattern(std::string_view text) {
  std::string out = "%";
  out.reserve(text.size() + 2);
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace anjian::storage
