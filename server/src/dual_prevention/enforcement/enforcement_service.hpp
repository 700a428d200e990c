// Regulator enforcement inspections (执法检查) of an enterprise: the findings become hidden
// dangers of the enterprise (source enforcement, through hidden_danger::ReportHiddenDanger)
// under one rectification order (责令整改) with a deadline; penalties and suspensions decided on
// the inspection are appended as enforcement actions. Writes run in a transaction of their own
// with their audit entry; "now" is a unix time from the caller's clock.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "dual_prevention/enforcement/enforcement_repository.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_repository.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::enforcement {

// penalty (罚款, amount_fen > 0), suspension (停产停业整顿, from/to), warning (警告).
struct NewEnforcementAction {
  std::string kind;
  std::optional<int64_t> amount_fen;
  std::optional<std::string> suspension_from, suspension_to;
  std::string decision_no, description;
  std::string decided_on;  // "YYYY-MM-DD"
  std::string legal_basis, legal_basis_text;  // enforcement_rules.hpp LegalBases()
};

struct NewEnforcementInspection {
  std::optional<int64_t> enterprise_id;  // in the regulator's subtree
  std::string inspected_on;              // "YYYY-MM-DD", not in the future
  std::string inspectors, summary;
  std::string order_no;  // "" = numbered 责改〔year〕id号
  std::string order_text, order_deadline;  // both empty for a clean inspection (no findings)
  std::string kind = "routine";           // enforcement_rules.hpp InspectionKinds()
  bool recheck_required = false;          // the order requires the regulator's re-check (复查)
  std::vector<hidden_danger::NewHiddenDanger> findings;  // title, description, location, ...
  std::vector<NewEnforcementAction> actions;
  // The planned inspection (annual plan, 双随机 draw) this inspection carries out; it is then done.
  std::optional<int64_t> planned_inspection_id;
};

// The rules of a new inspection that need the database: the enterprise must lie in the
// caller's subtree (enterprise_unknown, like a missing one).
std::vector<FieldError> CheckEnforcementInspection(storage::Connection& conn,
                                                   const api::Principal& who,
                                                   const NewEnforcementInspection& in);

// Creates the inspection, its findings (hidden dangers with the order's deadline) and its
// actions, with the audit entry; `in` passed CheckEnforcementInspection and the input checks.
// Returns the new id.
int64_t CreateEnforcementInspection(storage::Connection& conn, const api::Principal& who,
                                    const NewEnforcementInspection& in,
                                    notifications::PendingPushes& pushes, int64_t now);

// Appends one enforcement action to an inspection in scope: 404 when missing or out of scope
// whatever the request says, then 422 for `input_errors` (the request's own faults).
void AddEnforcementAction(storage::Connection& conn, const api::Principal& who, int64_t id,
                          const NewEnforcementAction& action, std::vector<FieldError> input_errors,
                          int64_t now);

// The inspection with its order, findings (hidden dangers with their states) and actions.
struct EnforcementInspectionDetail {
  EnforcementInspectionRecord inspection;
  std::vector<hidden_danger::HiddenDangerRecord> findings;
  std::vector<EnforcementActionRecord> actions;
};
// nullopt when missing or out of scope.
std::optional<EnforcementInspectionDetail> GetEnforcementInspection(storage::Connection& conn,
                                                                    const api::Scope& scope,
                                                                    int64_t id);

struct EnforcementPage {
  std::vector<EnforcementInspectionRecord> items;
  int64_t total = 0;
};
EnforcementPage ListEnforcementInspectionPage(storage::Connection& conn, const api::Scope& scope,
                                              const EnforcementListFilter& f, int64_t limit,
                                              int64_t offset);
// The filtered list for an export: one sheet, at most hidden_danger::kExportRows rows.
std::vector<EnforcementInspectionRecord> ExportEnforcementInspections(
    storage::Connection& conn, const api::Scope& scope, const EnforcementListFilter& f);

}  // namespace anjian::enforcement
