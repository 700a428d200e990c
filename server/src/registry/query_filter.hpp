// Reading list filters from a query string: every bad value becomes a FieldError (zh + en)
// naming the parameter and the rule, so one 422 reports all of a request's mistakes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"

namespace anjian::registry {

using QueryMap = std::unordered_map<std::string, std::string>;

class QueryFilter {
 public:
  explicit QueryFilter(const QueryMap& query) : query_(query) {}

  // Trimmed text ("" when absent); rule max_length beyond `max_chars` characters.
  std::string Text(const char* key, size_t max_chars = 100);
  // Text that must be one of `allowed` when present; rule `<key>_invalid`.
  std::string OneOf(const char* key, const std::vector<std::string>& allowed);
  // A positive integer id; rule id_format.
  std::optional<int64_t> Id(const char* key);
  // A calendar date YYYY-MM-DD; rule date_format.
  std::string Date(const char* key);

  void AddError(FieldError e) { errors_.push_back(std::move(e)); }
  // Throws every collected error as one 422.
  void Finish();

 private:
  const QueryMap& query_;
  std::vector<FieldError> errors_;
};

// True for a real calendar date written YYYY-MM-DD.
bool IsIsoDate(const std::string& s);

}  // namespace anjian::registry
