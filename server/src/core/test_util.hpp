// Helpers shared by the domain tests.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace anjian::core::testing {

inline std::set<std::string> Rules(const std::vector<FieldError>& errors) {
  std::set<std::string> rules;
  for (const auto& e : errors) rules.insert(e.rule);
  return rules;
}

// Every error must carry a field-independent rule name and both languages.
inline bool WellFormed(const std::vector<FieldError>& errors) {
  for (const auto& e : errors) {
    if (e.rule.empty() || e.message.empty() || e.message_zh.empty()) return false;
  }
  return true;
}

}  // namespace anjian::core::testing
