#include "settings/settings_service.hpp"

#include <boost/json.hpp>

#include "core/clock.hpp"
#include "platform/storage/cluster.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::settings {

namespace json = boost::json;

InForce ValueInForce(storage::Connection& conn, const BusinessSetting& s) {
  auto stored = StoredValue(conn, s.key);
  if (!stored) return {s.default_json(), false, false};
  auto n = s.normalize(*stored);
  if (auto* text = std::get_if<std::string>(&n)) return {*text, true, false};
  return {s.default_json(), true, true};
}

void WriteBusinessSetting(storage::Connection& conn, const audit::Actor& actor,
                          const BusinessSetting& s, const std::optional<std::string>& value) {
  storage::Transaction tx(conn);
  const InForce before = ValueInForce(conn, s);
  if (!value && !before.overridden) return;
  StoreValue(conn, s.key, value);
  AppendHistory(conn, s.key,
                {value ? "update" : "reset", value, actor.id, actor.name,
                 core::IsoFromUnix(actor.at)});
  audit::Append(conn, actor, value ? "update" : "reset", "settings", s.key,
                json::parse(before.value), json::parse(value ? *value : s.default_json()));
  // Issue 16: business settings are read from the database on each use (no node caches them
  // today); the revision lets any node-local cache of them drop it cluster-wide.
  storage::BumpRevision(conn, "settings");
  tx.Commit();
}

}  // namespace anjian::settings
