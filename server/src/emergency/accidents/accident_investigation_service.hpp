// Accident investigation (事故调查): the record (team, extension, report and its file, approval,
// cause, measures) created or revised with every version appended, and the findings, each of
// which becomes a hidden danger of the enterprise in one click through the hidden-danger module's
// one entry point (hidden_danger::ReportHiddenDanger, source referral from the investigation team)
// and is flagged for the credit list. One use case per function, each in one transaction with its
// audit entry; the accident is found in the caller's scope first (else 404).
#pragma once

#include <cstdint>
#include <string>

#include "audit/audit_service.hpp"
#include "emergency/accidents/accident_investigation_repository.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::accidents {

// Creates or revises the accident's investigation. The caller's agency (`agency_level`) must be at
// the leading level or above (409 investigation_level_too_low); the rules of the record (dates,
// extension) answer 422. Returns the investigation id.
std::int64_t RecordInvestigation(storage::Connection& conn, const api::Principal& who,
                                 std::int64_t accident_id, const InvestigationFields& f,
                                 std::vector<FieldError> input_errors, std::int64_t now);

struct NewFinding {
  std::string kind, title, description, responsible;
  bool credit_relevant = false;
};
// 409 investigation_missing before the investigation is recorded. Returns the finding id.
std::int64_t AddFinding(storage::Connection& conn, const api::Principal& who,
                        std::int64_t accident_id, const NewFinding& f, std::int64_t now);

// The finding becomes a hidden danger of the accident's enterprise (409 when it already did);
// `deadline` "" or YYYY-MM-DD (the rectification deadline the investigation set). Returns the
// hidden danger's id. Notifications go out after the commit.
std::int64_t FindingToHiddenDanger(storage::Connection& conn, const api::Principal& who,
                                   std::int64_t accident_id, std::int64_t finding_id,
                                   const std::string& deadline, api::Notifier* notifier,
                                   std::int64_t now);

}  // namespace anjian::accidents
