// Emergency plans (应急预案, 88号令 as amended by 2号令): one use case per function — transaction,
// rules, repository, status history (emergency_plan_events), audit entry. Deadlines are computed
// from the stored dates with the working-day calendar (plan_rules.hpp).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "emergency/plans/plan_repository.hpp"
#include "emergency/plans/plan_rules.hpp"
#include "platform/api/context.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::emergency_plans {

// Notification kinds: a filing waits for the agency in direct charge; its decision reaches the
// enterprise.
inline constexpr const char* kPlanFilingSubmitted = "plan_filing_submitted";
inline constexpr const char* kPlanFilingDecided = "plan_filing_decided";

// The settings key `emergency_plans` in force, else the defaults.
PlanConfig LoadPlanConfig(storage::Connection& conn);

// ---- The hand-off to other areas (drills, the registry, licences, the veto) ------------------
// Each enterprise's comprehensive-plan standing (filed — or deemed filed — and current), for one
// enterprise or, with nullopt, for every enterprise that has a comprehensive plan (a province's
// sweep: one query). An enterprise absent from the map has no comprehensive plan (kNoPlan). The
// plan shown is the one with the best standing.
struct EnterprisePlanStanding {
  PlanStanding standing = PlanStanding::kNoPlan;
  std::int64_t plan_id = 0;
};
std::map<std::int64_t, EnterprisePlanStanding> PlanStandings(
    storage::Connection& conn, std::optional<std::int64_t> enterprise_id, std::int64_t now_unix);
// The same, judged on China day `today`.
std::map<std::int64_t, EnterprisePlanStanding> PlanStandings(
    storage::Connection& conn, std::optional<std::int64_t> enterprise_id, const core::Date& today);

// ---- The hand-off to other areas (drills, the registry) -------------------------------------
// A revision trigger (art. 36): `source_kind` drill | response | enterprise | evaluation | manual
// and the id of that record (the drill, the accident, the enterprise, the evaluation).
struct RevisionTrigger {
  std::int64_t plan_id = 0;
  RevisionCause cause = RevisionCause::kUnitDecision;
  std::string source_kind;
  std::optional<std::int64_t> source_id;
  std::string note;
};
// Puts the plan into "revision required" with its cause and source: the plan row, an appended
// status-history row and an audit entry ("plan_revision_required"), INSIDE THE CALLER'S
// TRANSACTION (the drill's, the enterprise update's). A plan already requiring revision keeps
// its state and gets the new cause appended to its history; a filing the regulator has not yet
// decided is withdrawn (the plan it covers is being revised). 404 when the plan does not exist;
// the caller checks scope (FindPlan / ListEnterprisePlans of its own enterprise).
void RequireRevision(storage::Connection& conn, const RevisionTrigger& t,
                     const audit::Actor& actor);

// The registry's hook (enterprise update, in its transaction): when the principal (主要负责人,
// enterprises.legal_representative) changes, every plan in force of the enterprise requires
// revision (art. 36(二): the command body changed), source kind "enterprise".
void OnPrincipalChanged(storage::Connection& conn, std::int64_t enterprise_id,
                        const std::string& before, const std::string& after,
                        const audit::Actor& actor);

// ---- Use cases of the API (each its own transaction; 404 unless the plan is in `scope`) ------
std::int64_t CreatePlan(storage::Connection& conn, std::int64_t enterprise_id,
                        const std::string& region_path, PlanKind kind, const std::string& title,
                        const audit::Actor& actor);
void UpdatePlan(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                PlanKind kind, const std::string& title, const audit::Actor& actor);

struct VersionInput {
  std::int64_t document_file_id = 0, risk_assessment_file_id = 0, resource_survey_file_id = 0;
  std::string summary;
};
// A new version; the plan returns to draft (it must be reviewed and published again).
void AddVersion(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                const VersionInput& in, const audit::Actor& actor);

struct Expert {
  std::string name, organization, title, conflict_note;
  bool conflict_declared = false;  // declared → withdrawn (art. 22), not counted
};
struct ReviewInput {
  std::string reviewed_on;  // YYYY-MM-DD
  std::vector<Expert> experts;
  std::int64_t minutes_file_id = 0;
  std::string conclusion;
};
// The review of the current version: 评审 or 论证 as the enterprise's industry decides.
void RecordReview(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                  const ReviewInput& in, const audit::Actor& actor);

// The principal signs and publishes (art. 24; the actor is the signer): published_on is a China
// date not in the future. "Today" of every use case is the China date of actor.at.
void PublishPlan(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                 const std::string& published_on, const audit::Actor& actor,
                 const std::string& signer_name);

struct FilingInput {
  std::int64_t application_file_id = 0, review_opinion_file_id = 0, plan_file_id = 0,
               risk_assessment_file_id = 0, resource_survey_file_id = 0;
};
// The agency in direct charge (NearestAgencyOver) is notified after the commit.
std::int64_t SubmitFiling(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                          const FilingInput& in, const audit::Actor& actor,
                          api::Notifier* notifier);

// The regulator (an agency account in whose jurisdiction the plan lies): accept issues the
// filing number "<agency region code>-<year>-<seq>"; return keeps the reasons. The enterprise's
// users are notified of either after the commit.
struct Decider {
  std::int64_t agency_id = 0;
  std::string region_code, name;
};
std::string AcceptFiling(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                         std::int64_t filing_id, const Decider& d, const audit::Actor& actor,
                         api::Notifier* notifier);
void ReturnFiling(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                  std::int64_t filing_id, const Decider& d, const std::string& reasons,
                  const audit::Actor& actor, api::Notifier* notifier);

struct EvaluationInput {
  std::string evaluated_on;  // YYYY-MM-DD
  std::string conclusion;    // no_revision | revision_required
  std::optional<RevisionCause> cause;  // required with revision_required
  std::int64_t report_file_id = 0;
  std::string note;
};
void RecordEvaluation(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                      const EvaluationInput& in, const audit::Actor& actor);

// A user names a trigger (source kind "manual"), in its own transaction.
void RequireRevisionManually(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                             RevisionCause cause, const std::string& note,
                             const audit::Actor& actor);

}  // namespace anjian::emergency_plans
