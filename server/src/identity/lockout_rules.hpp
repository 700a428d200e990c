// Account lockout after repeated login failures, as a pure function of the failure times so the
// rule can be tested without a clock or a database.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "identity/password_policy_rules.hpp"

namespace anjian::identity {

// Locked when at least policy.lockout_threshold failures fall in the window
// (now - lockout_window_minutes, now]: a failure exactly one window old has aged out, failures
// after `now` (clock skew) are ignored. The lock lasts until the last failure in the window plus
// lockout_minutes; returns that instant (unix seconds) while it is still in the future, else
// nullopt. Input need not be sorted. Callers clear the failures on a successful login.
std::optional<std::int64_t> LockedUntil(const std::vector<std::int64_t>& failure_times_unix,
                                        std::int64_t now, const PasswordPolicy& policy);

}  // namespace anjian::identity
