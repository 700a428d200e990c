// Licences (许可证): the regulator's register (record an existing licence, 暂扣 / 恢复 / 吊销), the
// enterprise's applications (new, renewal, change) with the art. 6 checklist computed from the
// data, the regulator's decision within 45 days (approval issues or extends the licence, refusal
// is written with the failed conditions named), safety evaluations, and the expiry reminders of
// the deadline checker. One use case per function: transaction, rules, repository, audit entry,
// notifications after the commit.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "calendar/working_day_rules.hpp"
#include "licensing/licences/licence_condition_rules.hpp"
#include "licensing/licences/licence_repository.hpp"
#include "licensing/licences/licence_rules.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::licences {

inline constexpr const char* kLicenceNotice = "licence";

// The settings key `licences` in force, else the defaults.
LicenceConfig LoadLicenceConfig(storage::Connection& conn);

// The art. 6 facts of an enterprise on `today`, read from every area that holds them: people
// (safety department, examinations), emergency plans, safety evaluations, hidden dangers, the
// dishonesty list.
LicenceConditionFacts ConditionFactsOf(storage::Connection& conn, std::int64_t enterprise_id,
                                       const core::Date& today);

// The regulator records an existing licence (valid from its dates, status valid). Returns the id.
std::int64_t RegisterLicence(storage::Connection& conn, NewLicence in, const audit::Actor& actor,
                             api::Notifier* notifier, std::int64_t now);

// 暂扣 (suspend), 恢复 (reinstate a suspension) or 吊销 (revoke), with reason and document;
// 404 unless in `scope`, 409 when the licence's status does not allow it.
void ChangeLicenceStatus(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                         const std::string& action, const std::string& reason,
                         std::optional<std::int64_t> document_file_id, const audit::Actor& actor,
                         api::Notifier* notifier, std::int64_t now);

struct ApplicationInput {
  std::int64_t enterprise_id = 0;
  std::string region_path, kind;
  ApplicationType type = ApplicationType::kNew;
  std::optional<std::int64_t> licence_id;  // renewal and change
  std::optional<LicenceScope> scope;       // new and change
  std::string note;
};
// The enterprise applies: window and state checked, the checklist computed and kept, the renewal
// marked "without re-review" when no fatal accident occurred in the validity, the agencies over
// the enterprise notified. Returns the id.
std::int64_t SubmitApplication(storage::Connection& conn, const ApplicationInput& in,
                               const audit::Actor& actor, api::Notifier* notifier,
                               std::int64_t now);

void WithdrawApplication(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                         const audit::Actor& actor, std::int64_t now);

struct Decision {
  bool approve = false;
  std::string note;                      // the written reasons (required for a refusal)
  std::optional<std::int64_t> document_file_id;
  std::string number;                    // a new licence's number (approval of `new`)
  std::optional<std::int64_t> issuer_agency_id;
  std::string issuer_name;
};
// The regulator decides. The checklist is computed again now; an approval with a failed
// condition is refused (422, the conditions named), a refusal keeps them with the reasons.
// Approval: new → a licence issued from today; renewal → the validity extended from the day
// after its end; change → the scope replaced. History appended, the enterprise notified.
void DecideApplication(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                       const Decision& d, const audit::Actor& actor, api::Notifier* notifier,
                       std::int64_t now);

std::int64_t RecordEvaluation(storage::Connection& conn, const EvaluationRow& e,
                              const audit::Actor& actor, std::int64_t now);

// The deadline checker's job: each licence ending within a reminder threshold is reminded once per
// threshold (unique row), its enterprise and the agencies over it notified. Returns how many.
std::int64_t RunLicenceReminders(storage::Connection& conn, api::Notifier* notifier,
                                 std::int64_t now);

}  // namespace anjian::licences
