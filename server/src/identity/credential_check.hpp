// The one check of a username and password, shared by the sign-in and the two-person custody
// confirmation (双人双锁), with the lockout of the security policy (identity/lockout_rules.hpp).
//
// The attempt is counted BEFORE the password hash is verified, in one serialised step (a
// transaction holding a per-username lock: BEGIN IMMEDIATE on SQLite, pg_advisory_xact_lock on
// PostgreSQL): the failures in the window are read, the lock rule is applied and the attempt is
// recorded as a failure. Concurrent guesses therefore queue on that step and at most
// lockout_threshold of them are ever evaluated before the account locks. A correct password
// then clears the failures.
//
// Unknown usernames, disabled accounts, wrong passwords and accounts the caller's rule does
// not accept all give the same outcome (kRejected) after the same work: a password hash is
// verified even for a name that does not exist.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "identity/password_policy_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::accounts {

struct CredentialResult {
  enum class Outcome { kAccepted, kRejected, kLocked };
  Outcome outcome = Outcome::kRejected;
  int64_t user_id = 0;                   // kAccepted
  std::optional<int64_t> named_user_id;  // the account the username names, if any (for audit)
  int64_t locked_until = 0;              // kLocked: unix seconds
  bool must_change_password = false;     // kAccepted
};

// `accept` (optional) is asked after a correct password; returning false turns the attempt into
// a rejection that counts like a wrong password (the two-person rule: an account that may not
// confirm must be indistinguishable from a wrong password). Runs its own transactions: call it
// outside any open transaction.
CredentialResult CheckCredentials(storage::Connection& conn, const domain::PasswordPolicy& policy,
                                  const std::string& username, const std::string& password,
                                  const std::string& ip,
                                  const std::function<bool(int64_t user_id)>& accept = {});

}  // namespace anjian::accounts
