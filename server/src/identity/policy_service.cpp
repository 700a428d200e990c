#include "identity/policy_service.hpp"

#include <boost/json.hpp>

#include "platform/storage/cluster.hpp"
#include "identity/session_service.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::identity {

namespace json = boost::json;

namespace {
constexpr const char* kKey = "security_policy";
}  // namespace

PasswordPolicy LoadPolicy(storage::Connection& conn) {
  PasswordPolicy p;
  auto stored = settings::StoredValue(conn, kKey);
  if (!stored) return p;
  auto v = json::parse(*stored);
  auto& o = v.as_object();
  auto get = [&](const char* k, int& dst) {
    if (auto it = o.find(k); it != o.end() && it->value().is_int64())
      dst = static_cast<int>(it->value().as_int64());
  };
  get("password_min_length", p.min_length);
  get("password_min_classes", p.min_classes);
  get("lockout_threshold", p.lockout_threshold);
  get("lockout_window_minutes", p.lockout_window_minutes);
  get("lockout_minutes", p.lockout_minutes);
  get("idle_timeout_minutes", p.idle_timeout_minutes);
  get("password_history", p.password_history);
  return p;
}

json::object PolicyJson(const PasswordPolicy& p) {
  return json::object{{"password_min_length", p.min_length},
                      {"password_min_classes", p.min_classes},
                      {"lockout_threshold", p.lockout_threshold},
                      {"lockout_window_minutes", p.lockout_window_minutes},
                      {"lockout_minutes", p.lockout_minutes},
                      {"idle_timeout_minutes", p.idle_timeout_minutes},
                      {"password_history", p.password_history}};
}

void StorePolicy(storage::Connection& conn, const PasswordPolicy& p) {
  settings::StoreValue(conn, kKey, json::serialize(PolicyJson(p)));
}

void UpdateSecurityPolicy(storage::Connection& conn, SessionService& sessions,
                          const audit::Actor& actor, const PasswordPolicy& p) {
  const PasswordPolicy before = sessions.Policy();
  storage::Transaction tx(conn);
  sessions.SavePolicy(conn, p);
  audit::Append(conn, actor, "update", "security_policy", "", PolicyJson(before), PolicyJson(p));
  storage::BumpRevision(conn, "identity");  // issue 16: every node drops its sessions
  tx.Commit();
  sessions.Invalidate();
}

}  // namespace anjian::identity
