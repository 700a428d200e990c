#include "identity/credential_check.hpp"

#include <algorithm>

#include "core/hash_chain.hpp"
#include "identity/lockout_rules.hpp"
#include "identity/password_hash.hpp"
#include "identity/session_repository.hpp"
#include "identity/user_repository.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::identity {

namespace {

// A hash of a password nobody knows, in the current parameters: unknown usernames cost the same
// argon2id verification as known ones.
const std::string& DummyHash() {
  static const std::string hash = HashPassword("unknown-account:" + RandomToken(16));
  return hash;
}

// The advisory lock key of a username's sign-in counter (the first 60 bits of a SHA-256, in a
// namespace of its own).
int64_t LockKey(const std::string& username) {
  const std::string hex = core::Sha256Hex("anjian-sign-in-lock:" + username).substr(0, 15);
  return static_cast<int64_t>(std::stoull(hex, nullptr, 16));
}

}  // namespace

CredentialResult CheckCredentials(storage::Connection& conn, const PasswordPolicy& policy,
                                  int64_t now, const std::string& username,
                                  const std::string& password, const std::string& ip,
                                  const std::function<bool(int64_t user_id)>& accept) {
  CredentialResult result;
  // 1. The check and the count, in one serialised step.
  {
    storage::Transaction tx(conn);  // SQLite: BEGIN IMMEDIATE holds the write lock
    storage::LockKeyForTransaction(conn, LockKey(username));
    const auto times = FailuresSince(conn, username,
                                     now - int64_t{policy.lockout_window_minutes} * 60 -
                                         int64_t{policy.lockout_minutes} * 60);
    // `now` was read when the request began; a concurrent request that got the lock first may
    // have counted its failure at a later second. That second has come, so the check runs at
    // the latest of the two: otherwise the later failure would not count and a burst of wrong
    // passwords spanning a second boundary could be evaluated beyond the threshold.
    for (int64_t t : times) now = std::max(now, t);
    if (auto until = LockedUntil(times, now, policy)) {
      tx.Commit();
      result.outcome = CredentialResult::Outcome::kLocked;
      result.locked_until = *until;
      return result;
    }
    // Counted as a failure until the password proves right.
    AddFailure(conn, username, now, ip);
    tx.Commit();
  }
  // 2. The slow part, outside any lock.
  const auto u = FindCredentials(conn, username);
  if (u) result.named_user_id = u->id;
  const bool password_ok = VerifyPassword(u ? u->password_hash : DummyHash(), password);
  const bool ok = password_ok && u && u->status == "active" && (!accept || accept(u->id));
  if (!ok) return result;  // the failure recorded in step 1 stands
  // 3. A correct password clears the failures (the one counted above included).
  {
    storage::Transaction tx(conn);
    ClearFailures(conn, username);
    tx.Commit();
  }
  result.outcome = CredentialResult::Outcome::kAccepted;
  result.user_id = u->id;
  result.must_change_password = u->must_change_password;
  return result;
}

SecondPersonResult ConfirmSecondPerson(storage::Connection& conn, const PasswordPolicy& policy,
                                       int64_t now, const std::string& username,
                                       const std::string& password, const std::string& ip,
                                       int64_t poster_id, int64_t enterprise_id,
                                       const std::string& permission) {
  auto check = CheckCredentials(conn, policy, now, username, password, ip, [&](int64_t id) {
    if (id == poster_id) return true;  // the poster's own password: kSamePerson below
    auto p = LoadPrincipal(conn, id);
    return p && p->enterprise_id == enterprise_id && p->Can(permission);
  });
  SecondPersonResult r;
  switch (check.outcome) {
    case CredentialResult::Outcome::kLocked:
      r.outcome = SecondPersonResult::Outcome::kLocked;
      r.locked_until = check.locked_until;
      break;
    case CredentialResult::Outcome::kRejected: r.outcome = SecondPersonResult::Outcome::kRejected; break;
    case CredentialResult::Outcome::kAccepted:
      r.outcome = check.user_id == poster_id ? SecondPersonResult::Outcome::kSamePerson
                                             : SecondPersonResult::Outcome::kConfirmed;
      r.user_id = check.user_id;
      break;
  }
  return r;
}

}  // namespace anjian::identity
