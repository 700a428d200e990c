// The SQL of emergency plans (应急预案): tables emergency_plans, emergency_plan_versions,
// emergency_plan_reviews, emergency_plan_filings, emergency_plan_evaluations,
// emergency_plan_events and emergency_plan_files (V041). Reads take the caller's Scope and apply
// it in SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::emergency_plans {

// The hand-off read (drills and other areas): an enterprise's plans, by kind then id.
struct PlanSummary {
  std::int64_t id = 0;
  std::string kind;    // comprehensive | special | onsite
  std::string title;
  std::string status;  // plan_rules.hpp PlanStatus values
};
std::vector<PlanSummary> ListEnterprisePlans(storage::Connection& conn, std::int64_t enterprise_id);

struct PlanRow {
  std::int64_t id = 0, enterprise_id = 0, current_version = 0, created_by = 0, row_version = 0;
  std::string region_path, kind, title, status, signed_by_name, filing_number, revision_cause,
      revision_source_kind, revision_note, created_at, updated_at;
  std::optional<std::string> published_on, filed_on, revision_required_at;
  std::optional<std::int64_t> signed_by, revision_source_id;
  std::string enterprise_name, enterprise_industry;
};

struct VersionRow {
  std::int64_t id = 0, version_no = 0, document_file_id = 0, risk_assessment_file_id = 0,
               resource_survey_file_id = 0, created_by = 0;
  std::string summary, created_by_name, created_at;
};

struct ReviewRow {
  std::int64_t id = 0, version_no = 0, minutes_file_id = 0, created_by = 0;
  std::string review_kind, reviewed_on, experts_json, conclusion, created_by_name, created_at;
};

struct FilingRow {
  std::int64_t id = 0, plan_id = 0, version_no = 0, application_file_id = 0,
               review_opinion_file_id = 0, plan_file_id = 0, risk_assessment_file_id = 0,
               resource_survey_file_id = 0, submitted_by = 0;
  std::string region_path, published_on, status, submitted_by_name, submitted_at, submitted_on,
      decided_by_name, agency_name, reasons, filing_number;
  std::optional<std::int64_t> decided_by, agency_id;
  std::optional<std::string> decided_at;
};

struct EvaluationRow {
  std::int64_t id = 0, report_file_id = 0, created_by = 0;
  std::string evaluated_on, conclusion, cause, note, created_by_name, created_at;
};

struct EventRow {
  std::int64_t id = 0;
  std::string from_status, to_status, action, cause, source_kind, note, by_name, at;
  std::optional<std::int64_t> source_id, by_user_id;
};

struct PlanFilter {
  std::string kind, status, keyword;
  std::optional<std::int64_t> enterprise_id;
};

struct EnterpriseOfPlan {
  std::string name, region_path, industry, legal_representative;
};
std::optional<EnterpriseOfPlan> FindEnterpriseInScope(storage::Connection& conn,
                                                      const api::Scope& scope, std::int64_t id);

std::int64_t InsertPlan(storage::Connection& conn, std::int64_t enterprise_id,
                        const std::string& region_path, const std::string& kind,
                        const std::string& title, std::int64_t by, const std::string& at);
// Writes every mutable column of `p` (title, kind, status, versions, publication, filing,
// revision) and bumps row_version.
void SavePlan(storage::Connection& conn, const PlanRow& p, const std::string& at);

std::optional<PlanRow> FindPlan(storage::Connection& conn, const api::Scope& scope, std::int64_t id);
// Locks the row for an update (inside the caller's transaction); no scope.
std::optional<PlanRow> LockPlan(storage::Connection& conn, std::int64_t id);
std::int64_t CountPlans(storage::Connection& conn, const api::Scope& scope, const PlanFilter& f);
// Enterprise, kind, then id.
std::vector<PlanRow> ListPlanRows(storage::Connection& conn, const api::Scope& scope,
                                  const PlanFilter& f, std::int64_t limit, std::int64_t offset);

void InsertVersion(storage::Connection& conn, std::int64_t plan_id, const VersionRow& v);
std::vector<VersionRow> PlanVersions(storage::Connection& conn, std::int64_t plan_id);
void InsertReview(storage::Connection& conn, std::int64_t plan_id, const ReviewRow& r);
std::vector<ReviewRow> PlanReviews(storage::Connection& conn, std::int64_t plan_id);

std::int64_t InsertFiling(storage::Connection& conn, const FilingRow& f);
void DecideFiling(storage::Connection& conn, std::int64_t filing_id, const std::string& status,
                  std::int64_t by, const std::string& by_name, std::optional<std::int64_t> agency_id,
                  const std::string& at, const std::string& reasons, const std::string& number);
std::vector<FilingRow> PlanFilings(storage::Connection& conn, std::int64_t plan_id);
// Filing numbers already issued starting with `prefix` ("370811-2026-").
std::int64_t CountFilingNumbers(storage::Connection& conn, const std::string& prefix);

std::int64_t InsertEvaluation(storage::Connection& conn, std::int64_t plan_id,
                              const EvaluationRow& e);
std::vector<EvaluationRow> PlanEvaluations(storage::Connection& conn, std::int64_t plan_id);

void InsertEvent(storage::Connection& conn, std::int64_t plan_id, const EventRow& e);
std::vector<EventRow> PlanEvents(storage::Connection& conn, std::int64_t plan_id);

// Attaches a file to the plan (the files area shows it with emergency_plan:read); idempotent.
void LinkFile(storage::Connection& conn, std::int64_t plan_id, std::int64_t file_id);

// The active agency whose region is the nearest over `region_path` (the county in direct charge
// where it has an agency, else the city, else the province); nullopt when none.
std::optional<std::int64_t> NearestAgencyOver(storage::Connection& conn,
                                              const std::string& region_path);

// The facts of every comprehensive plan (of one enterprise, or of all when nullopt) that
// StandingOf judges: status, publication, the pending filing of that publication, the last
// evaluation. One query, by enterprise then plan id.
struct PlanStandingRow {
  std::int64_t plan_id = 0, enterprise_id = 0;
  std::string status;
  std::optional<std::string> published_on, pending_submitted_on, last_evaluated_on;
};
std::vector<PlanStandingRow> ComprehensivePlanFacts(storage::Connection& conn,
                                                    std::optional<std::int64_t> enterprise_id);

// The plans a revision trigger of `source_kind` and `source_id` put into "revision required"
// (e.g. response + an accident id), by plan id: id and title.
std::vector<PlanSummary> PlansRevisedBy(storage::Connection& conn, const std::string& source_kind,
                                        std::int64_t source_id);

// Plans of the enterprise in force (published, filing_submitted, returned, filed), by id.
std::vector<std::int64_t> PlansInForce(storage::Connection& conn, std::int64_t enterprise_id);

}  // namespace anjian::emergency_plans
