// One-vote veto (一票否决): rounds organised by an agency, applications added by the agency (by
// name, or from a workbook) or submitted by an enterprise, the set-based check of a whole round,
// and the confirmation that freezes the results under a content hash. One use case per function:
// transaction, rules, repository, history (veto_events), audit entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "credit/veto/veto_repository.hpp"
#include "credit/veto/veto_rules.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::veto {

// The notification kind of a confirmed round's result, sent to each applying enterprise.
inline constexpr const char* kVetoResultNotice = "veto_result";

// The settings key `veto` in force, else the defaults.
VetoConfig LoadVetoConfig(storage::Connection& conn);

struct RoundInput {
  std::int64_t agency_id = 0;
  std::string region_path, name;
  Kind kind = Kind::kAwardEnterprise;
  Period period;
};
std::int64_t CreateRound(storage::Connection& conn, const RoundInput& in,
                         const audit::Actor& actor, std::int64_t now);

struct CheckFigures {
  std::int64_t applications = 0, vetoed = 0;
};

struct ApplicationInput {
  std::int64_t enterprise_id = 0;
  std::string region_path, applicant_name, project;
  std::string source;  // agency | import | enterprise
};
// Adds applications to an open round (409 veto_round_closed once confirmed; 409
// veto_application_duplicate for an enterprise that applied already). Returns the ids.
std::vector<std::int64_t> AddApplications(storage::Connection& conn, std::int64_t round_id,
                                          const std::vector<ApplicationInput>& in,
                                          const audit::Actor& actor, std::int64_t now);

// The check's rows inside the caller's transaction (the demo seeder calls it): every
// application's result and reasons, the round's figures and its history entry.
CheckFigures CheckRoundRows(storage::Connection& conn, const RoundRow& round,
                           const VetoConfig& config, const core::Date& today,
                           const std::string& at, std::int64_t by);
// Checks every application of the round against its period (facts read set-based); allowed
// until the round is confirmed.
CheckFigures CheckRound(storage::Connection& conn, std::int64_t round_id,
                        const audit::Actor& actor, std::int64_t now);

// Confirms the round's results when the figures the agency saw are still the round's: every
// application checked, `expected` equal to the last check. Freezes them under a SHA-256 of
// FrozenText. Returns the hash.
// Each applying enterprise is notified of its own result once, on confirmation.
std::string ConfirmRound(storage::Connection& conn, std::int64_t round_id,
                         const CheckFigures& expected, const audit::Actor& actor,
                         api::Notifier* notifier, std::int64_t now);

}  // namespace anjian::veto
