#include "explosives/voucher/custody_service.hpp"

#include <boost/json.hpp>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "explosives/magazine/magazine_repository.hpp"
#include "explosives/voucher/custody_rules.hpp"
#include "explosives/voucher/voucher_errors.hpp"
#include "identity/credential_check.hpp"
#include "identity/credential_check.hpp"
#include "identity/session_service.hpp"

namespace anjian::voucher {

void RequireCustody(storage::Connection& conn, int64_t magazine_id, int64_t storekeeper_id,
                    int64_t second_person_id) {
  auto errors = CheckCustody(magazine::AssignedStorekeeperIds(conn, magazine_id), storekeeper_id,
                             second_person_id);
  if (!errors.empty()) core::Invalid(std::move(errors));
}

void RequireCounter(storage::Connection& conn, int64_t magazine_id, int64_t counter_id) {
  auto errors = CheckCounter(magazine::AssignedStorekeeperIds(conn, magazine_id), counter_id);
  if (!errors.empty()) core::Invalid(std::move(errors));
}

int64_t VerifySecondPerson(storage::Connection& conn, const SecondPerson& sp, int64_t poster_id,
                           int64_t enterprise_id, const identity::PasswordPolicy& policy,
                           const audit::Actor& actor) {
  using Outcome = identity::SecondPersonResult::Outcome;
  auto check = identity::ConfirmSecondPerson(conn, policy, actor.at, sp.username, sp.password,
                                             actor.ip, poster_id, enterprise_id, "ledger:write");
  if (check.outcome == Outcome::kLocked)
    core::Invalid(Err("second_person_locked")
                      .At("second_person.username", core::IsoFromUnix(check.locked_until)));
  if (check.outcome == Outcome::kRejected) {
    storage::Transaction tx(conn);
    audit::Append(conn, actor, "second_person_failed", "voucher", "", nullptr,
                  boost::json::object{{"second_person", sp.username}});
    tx.Commit();
    core::Invalid(Err("second_person_invalid").At("second_person"));
  }
  if (check.outcome == Outcome::kSamePerson)
    core::Invalid(Err("second_person_same").At("second_person"));
  return check.user_id;
}

}  // namespace anjian::voucher
