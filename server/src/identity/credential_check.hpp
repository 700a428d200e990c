// The one check of a username and password, shared by the sign-in and the two-person custody
// confirmation (双人双锁), with the lockout of the security policy (identity/lockout_rules.hpp).
// No other area checks a password: the second person of a voucher is confirmed by
// ConfirmSecondPerson below.
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

namespace anjian::identity {

struct CredentialResult {
  enum class Outcome { kAccepted, kRejected, kLocked };
  Outcome outcome = Outcome::kRejected;
  int64_t user_id = 0;                   // kAccepted
  std::optional<int64_t> named_user_id;  // the account the username names, if any (for audit)
  int64_t locked_until = 0;              // kLocked: unix seconds
  bool must_change_password = false;     // kAccepted
};

// `now`: unix seconds (from the caller's clock). `accept` (optional) is asked after a correct
// password; returning false turns the attempt into a rejection that counts like a wrong
// password (the two-person rule: an account that may not confirm must be indistinguishable
// from a wrong password). Runs its own transactions: call it outside any open transaction.
CredentialResult CheckCredentials(storage::Connection& conn, const PasswordPolicy& policy,
                                  int64_t now, const std::string& username,
                                  const std::string& password, const std::string& ip,
                                  const std::function<bool(int64_t user_id)>& accept = {});

// Two-person custody (双人双锁): the second person confirms an enterprise's posting with their
// own username and password. Accepted only for an active account of `enterprise_id` holding
// `permission`; a wrong password, an unknown name and an account that may not confirm give ONE
// answer (kRejected) after the same work, and all count towards that name's sign-in lockout.
// The poster's own password is kSamePerson (never a confirmation).
struct SecondPersonResult {
  enum class Outcome { kConfirmed, kRejected, kLocked, kSamePerson };
  Outcome outcome = Outcome::kRejected;
  int64_t user_id = 0;       // kConfirmed
  int64_t locked_until = 0;  // kLocked: unix seconds
};
SecondPersonResult ConfirmSecondPerson(storage::Connection& conn, const PasswordPolicy& policy,
                                       int64_t now, const std::string& username,
                                       const std::string& password, const std::string& ip,
                                       int64_t poster_id, int64_t enterprise_id,
                                       const std::string& permission);

}  // namespace anjian::identity
