#include "identity/password_policy_rules.hpp"

#include <string>

#include "core/text.hpp"
#include "identity/identity_errors.hpp"

namespace anjian::identity {
namespace {

// The bounds of the policy's fields (API names), each with its rule "<field>_range".
struct Bound {
  std::string_view field;
  const core::Rule& rule;
  int lo, hi;
  int PasswordPolicy::*member;
};

const Bound kBounds[] = {
    {"password_min_length", Err("password_min_length_range"), 8, 64, &PasswordPolicy::min_length},
    {"password_min_classes", Err("password_min_classes_range"), 1, 4,
     &PasswordPolicy::min_classes},
    {"lockout_threshold", Err("lockout_threshold_range"), 3, 20,
     &PasswordPolicy::lockout_threshold},
    {"lockout_window_minutes", Err("lockout_window_minutes_range"), 1, 1440,
     &PasswordPolicy::lockout_window_minutes},
    {"lockout_minutes", Err("lockout_minutes_range"), 1, 1440, &PasswordPolicy::lockout_minutes},
    {"idle_timeout_minutes", Err("idle_timeout_minutes_range"), 5, 480,
     &PasswordPolicy::idle_timeout_minutes},
    {"password_history", Err("password_history_range"), 1, kPasswordHistoryMax,
     &PasswordPolicy::password_history},
};

}  // namespace

std::vector<FieldError> CheckPassword(const PasswordPolicy& policy, std::string_view password,
                                      std::string_view username, std::string_view field) {
  std::vector<FieldError> errors;
  const std::string f(field);
  if (password.empty()) {
    errors.push_back(Err("password_required").At(f));
    return errors;
  }
  // Invalid UTF-8 still has a length for policy purposes: count bytes then.
  const std::size_t length = core::Utf8Length(password).value_or(password.size());
  if (length < static_cast<std::size_t>(policy.min_length))
    errors.push_back(Err("password_length").At(f, policy.min_length));
  if (length > static_cast<std::size_t>(kPasswordMaxLength))
    errors.push_back(Err("password_max_length").At(f, kPasswordMaxLength));
  bool lower = false, upper = false, digit = false, symbol = false;
  for (char c : password) {
    if (c >= 'a' && c <= 'z') {
      lower = true;
    } else if (c >= 'A' && c <= 'Z') {
      upper = true;
    } else if (c >= '0' && c <= '9') {
      digit = true;
    } else {
      symbol = true;
    }
  }
  const int classes = int{lower} + int{upper} + int{digit} + int{symbol};
  if (classes < policy.min_classes) errors.push_back(Err("password_classes").At(f, policy.min_classes));
  const std::string user = core::AsciiLower(core::TrimView(username));
  if (user.size() >= 3 && core::AsciiLower(password).find(user) != std::string::npos)
    errors.push_back(Err("password_contains_username").At(f));
  return errors;
}

std::optional<FieldError> CheckPolicyValue(std::string_view field, std::int64_t value) {
  for (const Bound& b : kBounds) {
    if (b.field != field) continue;
    if (value >= b.lo && value <= b.hi) return std::nullopt;
    return b.rule.At(std::string(field), b.lo, b.hi, value);
  }
  return std::nullopt;
}

std::vector<FieldError> ValidatePolicy(const PasswordPolicy& p) {
  std::vector<FieldError> errors;
  for (const Bound& b : kBounds)
    if (auto e = CheckPolicyValue(b.field, p.*b.member)) errors.push_back(std::move(*e));
  return errors;
}

}  // namespace anjian::identity
