// The settings rows of the business settings and their append-only history (V013).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "platform/storage/db.hpp"

namespace anjian::settings {

struct SettingChange {
  std::string action;               // update | reset
  std::optional<std::string> value;  // stored text; nullopt for a reset
  std::optional<int64_t> changed_by;
  std::string changed_by_name;
  std::string changed_at;
};

// The stored text of `key`, nullopt when the default is in force.
std::optional<std::string> StoredValue(storage::Connection& conn, const std::string& key);
// The latest change first, at most `limit`.
std::vector<SettingChange> History(storage::Connection& conn, const std::string& key, int64_t limit);
// Stores `value` (nullopt: deletes the row so the default is in force) and appends the change.
// Inside the caller's transaction.
void WriteSetting(storage::Connection& conn, const std::string& key,
                  const std::optional<std::string>& value, const audit::Actor& actor);

}  // namespace anjian::settings
