#include "identity/lockout_rules.hpp"

#include <algorithm>

namespace anjian::identity {

std::optional<std::int64_t> LockedUntil(const std::vector<std::int64_t>& failure_times_unix,
                                        std::int64_t now, const PasswordPolicy& policy) {
  if (policy.lockout_threshold <= 0) return std::nullopt;
  const std::int64_t window_start = now - std::int64_t{policy.lockout_window_minutes} * 60;
  int in_window = 0;
  std::int64_t last = 0;
  for (std::int64_t t : failure_times_unix) {
    if (t > window_start && t <= now) {
      last = in_window == 0 ? t : std::max(last, t);
      ++in_window;
    }
  }
  if (in_window < policy.lockout_threshold) return std::nullopt;
  const std::int64_t until = last + std::int64_t{policy.lockout_minutes} * 60;
  if (until <= now) return std::nullopt;
  return until;
}

}  // namespace anjian::identity
