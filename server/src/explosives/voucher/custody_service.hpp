// Two-person custody (双人双锁) and the custodian rule (专人管理) at posting and counting time:
// the storekeeper must be assigned to the magazine (custody_rules), and the second person
// confirms with their own username and password, checked by identity's one credential check.
#pragma once

#include <cstdint>
#include <string>

#include "audit/audit_service.hpp"
#include "identity/password_policy_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::voucher {

// 422 (store_has_no_storekeeper, storekeeper_not_assigned, second_person_same) unless
// `storekeeper_id` is assigned to the magazine and the second person is someone else. Called in
// the posting transaction, before PostVoucher: the assignments are read without a lock, so a
// posting that sees an assignment open is ordered before a concurrent unassignment.
void RequireCustody(storage::Connection& conn, int64_t magazine_id, int64_t storekeeper_id,
                    int64_t second_person_id);

// 422 (store_has_no_storekeeper, storekeeper_not_assigned) unless the counter of a stocktake
// is assigned to the magazine.
void RequireCounter(storage::Connection& conn, int64_t magazine_id, int64_t counter_id);

struct SecondPerson {
  std::string username, password;
};
// The second person of a posting: an active account of the poster's enterprise holding
// ledger:write, confirming with their own password, who is not the poster. The check is the
// sign-in's (identity/credential_check.hpp): a wrong password, an unknown name and an account
// that may not confirm give ONE answer (second_person_invalid, audited as second_person_failed)
// after the same work, and all three count towards that name's sign-in lockout
// (second_person_locked), so the answer reveals nothing about which accounts exist or what
// rights they hold; then second_person_same for the poster's own password. Runs its own
// transactions: call it outside any. Returns the second person's user id.
int64_t VerifySecondPerson(storage::Connection& conn, const SecondPerson& second_person,
                           int64_t poster_id, int64_t enterprise_id,
                           const identity::PasswordPolicy& policy, const audit::Actor& actor);

}  // namespace anjian::voucher
