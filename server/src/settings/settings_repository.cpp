#include "settings/settings_repository.hpp"

#include "platform/storage/nullable.hpp"

namespace anjian::settings {

std::optional<std::string> StoredValue(storage::Connection& conn, const std::string& key) {
  auto rs = conn.Query("SELECT value FROM settings WHERE key = ?", {key});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "value");
}

void StoreValue(storage::Connection& conn, const std::string& key,
                const std::optional<std::string>& value) {
  if (value) {
    if (conn.Exec("UPDATE settings SET value = ? WHERE key = ?", {*value, key}) == 0)
      conn.Exec("INSERT INTO settings (key, value) VALUES (?, ?)", {key, *value});
  } else {
    conn.Exec("DELETE FROM settings WHERE key = ?", {key});
  }
}

std::vector<SettingChange> History(storage::Connection& conn, const std::string& key,
                                   int64_t limit) {
  auto rs = conn.Query(
      "SELECT action, value, changed_by, changed_by_name, changed_at FROM settings_history "
      "WHERE key = ? ORDER BY id DESC LIMIT ?",
      {key, limit});
  std::vector<SettingChange> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Text(i, "action"), rs.OptText(i, "value"), rs.OptInt(i, "changed_by"),
                   rs.Text(i, "changed_by_name"), rs.Text(i, "changed_at")});
  return out;
}

void AppendHistory(storage::Connection& conn, const std::string& key, const SettingChange& c) {
  conn.Exec(
      "INSERT INTO settings_history (key, action, value, changed_by, changed_by_name, changed_at) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {key, c.action, storage::Nullable(c.value), storage::Nullable(c.changed_by),
       c.changed_by_name, c.changed_at});
}

}  // namespace anjian::settings
