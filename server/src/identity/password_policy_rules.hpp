// Password rules and the login-security policy (等保 2.0 level 3: complexity, lockout after
// repeated failures, idle timeout). The policy is data edited by sec_admin, hence ValidatePolicy.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::identity {

inline constexpr int kPasswordMaxLength = 128;  // bounds hashing cost and rejects pasted junk

struct PasswordPolicy {
  int min_length = 8;
  int min_classes = 3;  // of lower-case, upper-case, digit, symbol
  int lockout_threshold = 5;
  int lockout_window_minutes = 15;
  int lockout_minutes = 15;
  int idle_timeout_minutes = 30;
  // A new password may not equal the current one or the previous (password_history - 1) ones.
  int password_history = 5;
};

// Upper bound of password_history: the history keeps this many hashes per user.
inline constexpr int kPasswordHistoryMax = 24;

// Rules (all reported together): password_required, password_length (shorter than
// min_length), password_max_length (over 128), password_classes, password_contains_username
// (case-insensitive; skipped for usernames shorter than 3 characters, which would forbid too
// much). Length counts Unicode characters; any character that is not an ASCII letter or digit
// counts as a symbol.
std::vector<FieldError> CheckPassword(const PasswordPolicy& policy, std::string_view password,
                                      std::string_view username,
                                      std::string_view field = "new_password");

// Sane bounds, so a mistyped policy cannot disable protection or lock everyone out:
// min_length 8..64, min_classes 1..4, lockout_threshold 3..20, lockout_window_minutes and
// lockout_minutes 1..1440, idle_timeout_minutes 5..480, password_history 1..24. Fields use the API names
// (password_min_length, ...), rules are "<api field>_range".
std::vector<FieldError> ValidatePolicy(const PasswordPolicy& policy);
// The bound of one field (by its API name) for any integer the request holds, also one too
// large for the policy's int: nullopt when within bounds (or the field is unknown).
std::optional<FieldError> CheckPolicyValue(std::string_view field, std::int64_t value);

}  // namespace anjian::identity
