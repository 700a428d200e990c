// The SQL of the dishonesty list's procedure (V049): dishonesty_entries (one case from candidate
// to the end of its term), dishonesty_entry_events (every step appended), dishonesty_repairs,
// dishonesty_files (evidence) and accident_reporting_findings (瞒报/谎报), plus the reads the
// detection needs (accidents, findings). Reads take the caller's Scope and apply it in SQL; an
// enterprise sees its own entries only once it has been notified. Who is listed on a day:
// dishonesty_listing_repository.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "credit/dishonesty_list/dishonesty_list_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::dishonesty_list {

struct EntryRow {
  std::int64_t id = 0, enterprise_id = 0, version = 0;
  std::optional<std::int64_t> agency_id, created_by;
  std::string enterprise_name, enterprise_uscc, region_path, criterion, source_kind, source_ids,
      detection_key, facts, principal_name, state, agency_name, notice_number, noticed_on,
      defence_due_on, defence_text, defence_at, decision_number, decision_reasons, decided_on,
      listed_from, listed_until, removed_on, published_at, created_at, updated_at;
};

struct NewEntry {
  std::int64_t enterprise_id = 0;
  std::optional<std::int64_t> created_by, agency_id;
  std::string region_path, criterion, source_kind, source_ids, detection_key, facts,
      principal_name, at;
};
// Inserts a candidate; nullopt when a candidate with the same detection_key exists already.
std::optional<std::int64_t> InsertEntry(storage::Connection& conn, const NewEntry& e);
// Writes the procedure's columns of `e` (state, notice, defence, decision, term, removal,
// publication) with version + 1.
void UpdateEntry(storage::Connection& conn, const EntryRow& e, const std::string& at);

struct EntryFilter {
  std::string state, criterion, keyword, region_path;
  std::optional<std::int64_t> enterprise_id;
  std::string listed_on;  // "" or only entries listed on that day
};
std::optional<EntryRow> FindEntry(storage::Connection& conn, const api::Scope& scope,
                                  std::int64_t id);
std::optional<EntryRow> LockEntry(storage::Connection& conn, std::int64_t id);
std::int64_t CountEntries(storage::Connection& conn, const api::Scope& scope, const EntryFilter& f);
std::vector<EntryRow> ListEntries(storage::Connection& conn, const api::Scope& scope,
                                  const EntryFilter& f, std::int64_t limit, std::int64_t offset);
// The public list: published entries whose term has not ended by `day` and that were not removed
// early, newest decision first (no scope).
std::int64_t CountPublished(storage::Connection& conn, const std::string& day,
                            const std::string& keyword);
std::vector<EntryRow> ListPublished(storage::Connection& conn, const std::string& day,
                                    const std::string& keyword, std::int64_t limit,
                                    std::int64_t offset);
// Listed entries whose last day is before `day` (the expiry job).
std::vector<std::int64_t> EntriesPastTerm(storage::Connection& conn, const std::string& day);

struct EventRow {
  std::int64_t id = 0;
  std::optional<std::int64_t> by_user_id;
  std::string kind, note, data_json, by_name, at;
};
void InsertEvent(storage::Connection& conn, std::int64_t entry_id, const std::string& kind,
                 const std::string& note, const std::string& data_json,
                 std::optional<std::int64_t> by_user_id, const std::string& at);
std::vector<EventRow> EventsOf(storage::Connection& conn, std::int64_t entry_id);

struct RepairRow {
  std::int64_t id = 0, entry_id = 0, applied_by = 0;
  std::optional<std::int64_t> decided_by, revoked_by;
  std::string state, reason, applied_by_name, applied_at, decided_by_name, decided_at,
      decision_note, revoked_at, revoke_note;
};
std::int64_t InsertRepair(storage::Connection& conn, std::int64_t entry_id,
                          const std::string& reason, std::int64_t applied_by,
                          const std::string& at);
void DecideRepairRow(storage::Connection& conn, std::int64_t repair_id, const std::string& state,
                     std::int64_t by, const std::string& note, const std::string& at);
void RevokeRepairRow(storage::Connection& conn, std::int64_t repair_id, std::int64_t by,
                     const std::string& note, const std::string& at);
std::vector<RepairRow> RepairsOf(storage::Connection& conn, std::int64_t entry_id);

struct EntryFileRow {
  std::int64_t file_id = 0;
  std::optional<std::int64_t> repair_id;
  std::string name, mime, at;
  std::int64_t size = 0;
};
void AttachFile(storage::Connection& conn, std::int64_t entry_id,
                std::optional<std::int64_t> repair_id, std::int64_t file_id, const std::string& at);
std::vector<EntryFileRow> FilesOf(storage::Connection& conn, std::int64_t entry_id);

// ---- detection reads ----
// Accidents of grade large or above (every enterprise).
std::vector<AccidentFact> GradedAccidents(storage::Connection& conn);
std::vector<ConcealmentFact> ConcealmentFindings(storage::Connection& conn);
// Operating without a licence (第九条第（一）项): the China days since `since_iso` on which an
// enterprise posted production vouchers (in/production) with no 民用爆炸物品生产许可证 in force, or
// sale vouchers (out/sale) with neither a sales licence nor (its own products, 条例 art. 20) a
// production licence in force (licensing/licences LicenceInForce), grouped per enterprise and
// kind. Nothing while the licence register is empty (no licence recorded at all: absence of data
// is not evidence).
std::vector<UnlicensedFact> UnlicensedOperation(storage::Connection& conn,
                                                const std::string& since_iso);
struct EnterpriseRef {
  std::string name, region_path;
};
std::optional<EnterpriseRef> FindEnterpriseInScope(storage::Connection& conn,
                                                   const api::Scope& scope, std::int64_t id);
std::optional<EnterpriseRef> EnterpriseById(storage::Connection& conn, std::int64_t id);
// Active agencies whose region contains `region_path` (county, city, province).
std::vector<std::int64_t> AgenciesOver(storage::Connection& conn, const std::string& region_path);
std::string AgencyName(storage::Connection& conn, std::int64_t agency_id);

// ---- accident reporting findings (瞒报/谎报) ----
struct AccidentRef {
  std::int64_t id = 0, enterprise_id = 0;
  std::string number, title, region_path;
};
std::optional<AccidentRef> FindAccidentInScope(storage::Connection& conn, const api::Scope& scope,
                                               std::int64_t id);
struct FindingRow {
  std::int64_t id = 0, accident_id = 0;
  std::optional<std::int64_t> agency_id;
  std::string kind, finding, found_on, agency_name, recorded_by_name, at;
};
bool FindingExists(storage::Connection& conn, std::int64_t accident_id, const std::string& kind);
std::int64_t InsertFinding(storage::Connection& conn, const AccidentRef& a, const std::string& kind,
                           const std::string& finding, const std::string& found_on,
                           std::optional<std::int64_t> agency_id, std::int64_t by,
                           const std::string& at);
std::vector<FindingRow> FindingsOf(storage::Connection& conn, std::int64_t accident_id);

// ---- accident-investigation findings flagged credit-relevant (调查发现，纳入失信依据) ----
// The candidate entered from one carries detection_key InvestigationFindingKey(id), so each finding
// opens at most one candidate and the list shows which.
std::string InvestigationFindingKey(std::int64_t finding_id);
struct InvestigationFindingRow {
  std::int64_t id = 0, accident_id = 0, enterprise_id = 0;
  bool credit_relevant = false;
  std::string accident_number, accident_title, enterprise_name, region_path, kind, title,
      description, responsible, created_at;
  std::optional<std::int64_t> candidate_id;
};
// Credit-relevant findings of accidents in scope (newest first); with `finding_id`, that finding
// whether flagged or not (nullopt-like empty result when out of scope).
std::vector<InvestigationFindingRow> InvestigationFindings(storage::Connection& conn,
                                                           const api::Scope& scope,
                                                           std::optional<std::int64_t> finding_id,
                                                           std::int64_t limit, std::int64_t offset);
std::int64_t CountInvestigationFindings(storage::Connection& conn, const api::Scope& scope);

}  // namespace anjian::dishonesty_list
