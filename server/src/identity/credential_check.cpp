#include "identity/credential_check.hpp"

#include "identity/password_hash.hpp"
#include "core/hash_chain.hpp"
#include "identity/lockout_rules.hpp"

namespace anjian::accounts {

namespace {

// A hash of a password nobody knows, in the current parameters: unknown usernames cost the same
// argon2id verification as known ones.
const std::string& DummyHash() {
  static const std::string hash = HashPassword("unknown-account:" + RandomToken(16));
  return hash;
}

// PostgreSQL advisory lock key of a username's sign-in counter (the first 63 bits of a SHA-256,
// in a namespace of its own).
int64_t LockKey(const std::string& username) {
  const std::string hex = domain::Sha256Hex("anjian-sign-in-lock:" + username).substr(0, 15);
  return static_cast<int64_t>(std::stoull(hex, nullptr, 16));
}

}  // namespace

CredentialResult CheckCredentials(storage::Connection& conn, const domain::PasswordPolicy& policy,
                                  const std::string& username, const std::string& password,
                                  const std::string& ip,
                                  const std::function<bool(int64_t user_id)>& accept) {
  CredentialResult result;
  const int64_t now = storage::NowUnix();
  // 1. The check and the count, in one serialised step.
  {
    storage::Transaction tx(conn);  // SQLite: BEGIN IMMEDIATE holds the write lock
    if (conn.dialect() == storage::Dialect::kPostgres)
      conn.Query("SELECT pg_advisory_xact_lock(CAST(? AS BIGINT)) AS locked", {LockKey(username)});
    auto failures = conn.Query(
        "SELECT at_unix FROM login_failures WHERE username = ? AND at_unix > ?",
        {username, now - int64_t{policy.lockout_window_minutes} * 60 -
                       int64_t{policy.lockout_minutes} * 60});
    std::vector<int64_t> times;
    for (size_t i = 0; i < failures.size(); ++i) times.push_back(failures.Int(i, "at_unix"));
    if (auto until = domain::LockedUntil(times, now, policy)) {
      tx.Commit();
      result.outcome = CredentialResult::Outcome::kLocked;
      result.locked_until = *until;
      return result;
    }
    // Counted as a failure until the password proves right.
    conn.Exec("INSERT INTO login_failures (username, at_unix, ip) VALUES (?, ?, ?)",
              {username, now, ip});
    tx.Commit();
  }
  // 2. The slow part, outside any lock.
  auto u = conn.Query(
      "SELECT id, password_hash, status, must_change_password FROM users WHERE username = ?",
      {username});
  if (!u.empty()) result.named_user_id = u.Int(0, "id");
  const bool password_ok = VerifyPassword(u.empty() ? DummyHash() : u.Text(0, "password_hash"),
                                          password);
  const bool ok = password_ok && !u.empty() && u.Text(0, "status") == "active" &&
                  (!accept || accept(u.Int(0, "id")));
  if (!ok) return result;  // the failure recorded in step 1 stands
  // 3. A correct password clears the failures (the one counted above included).
  {
    storage::Transaction tx(conn);
    conn.Exec("DELETE FROM login_failures WHERE username = ?", {username});
    tx.Commit();
  }
  result.outcome = CredentialResult::Outcome::kAccepted;
  result.user_id = u.Int(0, "id");
  result.must_change_password = u.Int(0, "must_change_password") != 0;
  return result;
}

}  // namespace anjian::accounts
