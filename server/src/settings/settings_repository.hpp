// The SQL of the settings table (one JSON text per key: the business settings, the security
// policy) and of the business settings' append-only history (V013).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::settings {

// The stored text of `key`, nullopt when the default is in force.
std::optional<std::string> StoredValue(storage::Connection& conn, const std::string& key);
// Stores `value` (nullopt: deletes the row so the default is in force).
void StoreValue(storage::Connection& conn, const std::string& key,
                const std::optional<std::string>& value);

struct SettingChange {
  std::string action;                // update | reset
  std::optional<std::string> value;  // stored text; nullopt for a reset
  std::optional<int64_t> changed_by;
  std::string changed_by_name;
  std::string changed_at;
};

// The latest change first, at most `limit`.
std::vector<SettingChange> History(storage::Connection& conn, const std::string& key, int64_t limit);
void AppendHistory(storage::Connection& conn, const std::string& key, const SettingChange& change);

}  // namespace anjian::settings
