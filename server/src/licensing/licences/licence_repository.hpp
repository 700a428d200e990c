// The SQL of licences (许可证): tables licences, licence_products, licence_magazines,
// licence_applications, licence_events, safety_evaluations and licence_reminders (V045).
//
// Reads other areas use (issue 15 consumers: licence-checks, workshops, credit, veto):
//   LicencesOf(conn, enterprise_id[, day])        every licence of an enterprise with its scope
//   LicenceInForce(conn, enterprise_id, kind, day) the licence of that kind that governs `day`
//   LicencesInRegion(conn, region_path, day)       every licence under a region (set-based)
// `status` is the status as of `day`: valid | suspended | revoked | expired (expired is derived
// from valid_to; without a day it is the stored status: valid | suspended | revoked).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.hpp"
#include "licensing/licences/licence_condition_rules.hpp"
#include "licensing/licences/licence_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::licences {

// 许可品种: the catalogue's product code and the annual quantity in thousandths of its unit.
struct LicensedProduct {
  std::string product_code, product_name, unit;
  std::int64_t annual_quantity_milli = 0;
};

// 库房设计储存容量 approved with the licence.
struct LicensedMagazine {
  std::int64_t store_id = 0;
  std::string store_name;
  std::optional<std::int64_t> net_mass_g, pieces;
};

struct LicenceScope {
  std::vector<LicensedProduct> products;
  std::vector<LicensedMagazine> magazines;
  WorkingHours working_hours;  // 许可作业时间
  std::string note;
  // 现场混装炸药 licensed capacity, tonnes a year (production licences; nullopt = none). The
  // industry structure sums it over the licences in force.
  std::optional<std::int64_t> on_site_mixing_t;
};

struct LicenceRow {
  std::int64_t id = 0, enterprise_id = 0, created_by = 0, row_version = 0;
  std::string enterprise_name, region_path, kind, number, issuer_name, issued_on, valid_from,
      valid_to, stored_status, status, status_reason, status_since, created_at, updated_at;
  std::optional<std::int64_t> issuer_agency_id, status_document_file_id, document_file_id;
  LicenceScope scope;
};

std::vector<LicenceRow> LicencesOf(storage::Connection& conn, std::int64_t enterprise_id);
std::vector<LicenceRow> LicencesOf(storage::Connection& conn, std::int64_t enterprise_id,
                                   const core::Date& day);
// The enterprise's licence of `kind` that governs `day`: among those issued on or before it
// (valid_from ≤ day), the one ending last (then the newest); nullopt when it never held one.
// Its status tells whether it is in force (valid) or suspended, revoked or expired on `day`.
std::optional<LicenceRow> LicenceInForce(storage::Connection& conn, std::int64_t enterprise_id,
                                         const std::string& kind, const core::Date& day);
// Every licence of enterprises under `region_path` ("" = all), status as of `day`; scope loaded.
std::vector<LicenceRow> LicencesInRegion(storage::Connection& conn, const std::string& region_path,
                                         const core::Date& day);
// 现场混装 capacity (tonnes a year) of the production licences in force on `day` (stored status
// valid, valid_from ≤ day ≤ valid_to) in `scope`, by enterprise region path (行业结构).
struct MixingCapacityAt {
  std::string region_path;
  std::int64_t tonnes = 0;
  std::int64_t licences = 0;
};
std::vector<MixingCapacityAt> OnSiteMixingByPath(storage::Connection& conn, const api::Scope& scope,
                                                 const core::Date& day);

// --- The area's own reads and writes -------------------------------------------------------

struct LicenceFilter {
  std::string kind, status, number, enterprise_name, region_path;  // status as of today
  std::optional<std::int64_t> enterprise_id;
  std::optional<std::int64_t> expiring_within_days;  // valid and valid_to within N days
};
std::int64_t CountLicences(storage::Connection& conn, const api::Scope& scope,
                           const LicenceFilter& f, const core::Date& today);
std::vector<LicenceRow> ListLicences(storage::Connection& conn, const api::Scope& scope,
                                     const LicenceFilter& f, const core::Date& today,
                                     std::int64_t limit, std::int64_t offset);
std::optional<LicenceRow> FindLicence(storage::Connection& conn, const api::Scope& scope,
                                      std::int64_t id, const core::Date& today);
std::optional<LicenceRow> LockLicence(storage::Connection& conn, std::int64_t id,
                                      const core::Date& today);
bool LicenceNumberTaken(storage::Connection& conn, const std::string& kind,
                        const std::string& number, std::optional<std::int64_t> except_id);

struct NewLicence {
  std::int64_t enterprise_id = 0, created_by = 0;
  std::string region_path, kind, number, issuer_name, issued_on, valid_from, valid_to, at;
  std::optional<std::int64_t> issuer_agency_id, document_file_id;
  LicenceScope scope;
};
std::int64_t InsertLicence(storage::Connection& conn, const NewLicence& l);
void ReplaceScope(storage::Connection& conn, std::int64_t licence_id, const LicenceScope& s);
void UpdateValidity(storage::Connection& conn, std::int64_t id, const std::string& valid_from,
                    const std::string& valid_to, const std::string& issued_on,
                    std::optional<std::int64_t> document_file_id, const std::string& at);
void UpdateStatus(storage::Connection& conn, std::int64_t id, const std::string& status,
                  const std::string& reason, std::optional<std::int64_t> document_file_id,
                  const std::string& at);

struct EventRow {
  std::int64_t id = 0, by_user_id = 0;
  std::optional<std::int64_t> licence_id, application_id, document_file_id;
  std::string kind, from_status, to_status, valid_from, valid_to, reason, snapshot_json, by_name, at;
};
void InsertEvent(storage::Connection& conn, const EventRow& e);
std::vector<EventRow> LicenceEvents(storage::Connection& conn, std::int64_t licence_id);
std::vector<EventRow> ApplicationEvents(storage::Connection& conn, std::int64_t application_id);

// Applications.
struct ApplicationRow {
  std::int64_t id = 0, enterprise_id = 0, submitted_by = 0, row_version = 0;
  std::optional<std::int64_t> licence_id, decided_by, decision_document_file_id;
  std::string enterprise_name, region_path, kind, application_type, status, requested_scope_json,
      note, conditions_json, submitted_by_name, submitted_at, submitted_on, decided_by_name,
      decided_at, decided_on, decision_note, decision_conditions_json, licence_number;
  bool without_review = false;
};
struct ApplicationFilter {
  std::string kind, status, application_type, region_path;
  std::optional<std::int64_t> enterprise_id, licence_id;
};
std::int64_t CountApplications(storage::Connection& conn, const api::Scope& scope,
                               const ApplicationFilter& f);
std::vector<ApplicationRow> ListApplications(storage::Connection& conn, const api::Scope& scope,
                                             const ApplicationFilter& f, std::int64_t limit,
                                             std::int64_t offset);
std::optional<ApplicationRow> FindApplication(storage::Connection& conn, const api::Scope& scope,
                                              std::int64_t id);
std::optional<ApplicationRow> LockApplication(storage::Connection& conn, std::int64_t id);
// A submitted application of the enterprise for the same kind (or the same licence), if any.
std::optional<std::int64_t> OpenApplicationFor(storage::Connection& conn,
                                               std::int64_t enterprise_id,
                                               const std::string& kind);
std::int64_t InsertApplication(storage::Connection& conn, const ApplicationRow& a);
void DecideApplication(storage::Connection& conn, const ApplicationRow& a);

// Safety evaluations (安全评价).
struct EvaluationRow {
  std::int64_t id = 0, enterprise_id = 0, report_file_id = 0, recorded_by = 0;
  std::string enterprise_name, region_path, agency_name, evaluated_on, conclusion, valid_until,
      note, recorded_by_name, recorded_at, report_file_name;
};
std::int64_t InsertEvaluation(storage::Connection& conn, const EvaluationRow& e);
std::vector<EvaluationRow> ListEvaluations(storage::Connection& conn, const api::Scope& scope,
                                           std::optional<std::int64_t> enterprise_id,
                                           std::int64_t limit, std::int64_t offset);
std::int64_t CountEvaluations(storage::Connection& conn, const api::Scope& scope,
                              std::optional<std::int64_t> enterprise_id);
std::optional<EvaluationRow> FindEvaluation(storage::Connection& conn, const api::Scope& scope,
                                            std::int64_t id);

// The raw facts of the art. 6 checklist this area, emergency plans and hidden dangers hold (the
// service turns them into LicenceConditionFacts; people and the dishonesty list are read through
// their own areas' reads).
struct PlanOfEnterprise {
  std::int64_t id = 0;
  std::string kind, title, status, published_on, last_evaluated_on;
};
struct OwnConditionRows {
  std::vector<PlanOfEnterprise> plans;
  std::optional<EvaluationRow> latest_evaluation;
  std::vector<RecordRef> open_major_hidden_dangers;
};
OwnConditionRows ReadOwnConditionRows(storage::Connection& conn, std::int64_t enterprise_id);
// Accidents with deaths > 0 of the enterprise occurring within [from, to] (China dates).
std::int64_t FatalAccidentsBetween(storage::Connection& conn, std::int64_t enterprise_id,
                                   const std::string& from, const std::string& to);

// Enterprise in the caller's scope (active): name, region path and industry.
struct EnterpriseOfLicence {
  std::string name, region_path, industry;
};
std::optional<EnterpriseOfLicence> FindEnterpriseInScope(storage::Connection& conn,
                                                         const api::Scope& scope, std::int64_t id);
// The enterprise's magazines (stores) among `ids`: those that are not answered are foreign.
std::vector<std::int64_t> StoresOfEnterprise(storage::Connection& conn, std::int64_t enterprise_id,
                                             const std::vector<std::int64_t>& ids);
// Catalogue products by code visible to the enterprise: code → (name, unit).
struct ProductOfCode {
  std::string code, name, unit;
};
std::vector<ProductOfCode> ProductsByCode(storage::Connection& conn, std::int64_t enterprise_id,
                                          const std::vector<std::string>& codes);

// The agency's name ("" when unknown): the issuer of a licence it approves.
std::string AgencyName(storage::Connection& conn, std::int64_t agency_id);

// Reminders: licences (valid or suspended) ending within `max_days` of today, not yet reminded
// at `threshold`; MarkReminded inserts the unique row (false when another run did).
struct ReminderCandidate {
  std::int64_t licence_id = 0, enterprise_id = 0;
  std::string kind, number, valid_to, region_path, enterprise_name;
};
std::vector<ReminderCandidate> LicencesEndingBy(storage::Connection& conn, const std::string& today,
                                                const std::string& last_day);
bool MarkReminded(storage::Connection& conn, std::int64_t licence_id, const std::string& valid_to,
                  std::int64_t threshold_days, const std::string& at);

}  // namespace anjian::licences
