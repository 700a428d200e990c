// The SQL of hazardous workshops and 四超 (V047): workshops, workshop_versions (each version's
// facts and design file, appended), workshop_stores (a workshop's intermediate stores, which are
// ledger stores), workshop_headcounts (check-in counts, appended) and four_over_cases. Reads take
// the caller's Scope and apply it in SQL; writes run inside the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::workshops {

struct WorkshopFacts {
  std::string name, building_number, hazard_class, production_line;
  int64_t operating_staff = 0, max_allowed_people = 0;
  int64_t quantity_limit = 0;  // grams (unit kg) or pieces
  std::string quantity_unit, standard_annex, design_document;
  std::optional<int64_t> design_file_id;
};

struct Headcount {
  int64_t id = 0, workshop_id = 0, people = 0, by_user_id = 0;
  std::string source, counted_at, by_name;
};

struct WorkshopRow {
  int64_t id = 0, enterprise_id = 0;
  std::string enterprise_name, region_path;
  WorkshopFacts facts;
  std::string status, created_at, updated_at;
  int64_t version = 1;
  std::optional<Headcount> latest;  // the latest check-in count
};

struct WorkshopVersion {
  int64_t version = 0, by_user_id = 0;
  std::string facts_json, at, by_name;
  std::optional<int64_t> file_id;
};

struct WorkshopFilter {
  std::optional<int64_t> enterprise_id;
  std::string region_path;  // subtree
  std::string status;       // active | retired
};

int64_t InsertWorkshop(storage::Connection& conn, int64_t enterprise_id,
                       const std::string& region_path, const WorkshopFacts& f,
                       const std::string& at);
void UpdateWorkshop(storage::Connection& conn, int64_t id, const WorkshopFacts& f,
                    int64_t version, const std::string& at);
void SetWorkshopStatus(storage::Connection& conn, int64_t id, const std::string& status,
                       const std::string& at);
void InsertWorkshopVersion(storage::Connection& conn, int64_t workshop_id,
                           const WorkshopVersion& v);
std::vector<WorkshopVersion> WorkshopVersions(storage::Connection& conn, int64_t workshop_id);
bool BuildingTaken(storage::Connection& conn, int64_t enterprise_id, const std::string& building,
                   int64_t except_id);

std::optional<WorkshopRow> FindWorkshop(storage::Connection& conn, const api::Scope& scope,
                                        int64_t id, bool lock = false);
int64_t CountWorkshops(storage::Connection& conn, const api::Scope& scope,
                       const WorkshopFilter& f);
std::vector<WorkshopRow> ListWorkshops(storage::Connection& conn, const api::Scope& scope,
                                       const WorkshopFilter& f, int64_t limit, int64_t offset);

// The intermediate stores of a workshop (store ids, by id) and their names.
struct LinkedStore {
  int64_t store_id = 0;
  std::string name;
};
std::vector<LinkedStore> WorkshopStores(storage::Connection& conn, int64_t workshop_id);
// The workshop a store serves (any enterprise), if any, with its name.
std::optional<std::pair<int64_t, std::string>> WorkshopOfStore(storage::Connection& conn,
                                                               int64_t store_id);
void LinkStore(storage::Connection& conn, int64_t workshop_id, int64_t store_id, int64_t by,
               const std::string& at);
void UnlinkStores(storage::Connection& conn, int64_t workshop_id);

void InsertHeadcount(storage::Connection& conn, const Headcount& h);
std::vector<Headcount> Headcounts(storage::Connection& conn, int64_t workshop_id, int64_t limit);

// The design file's name and type (files table), for display.
struct DesignFile {
  int64_t id = 0;
  std::string name, mime;
  int64_t size = 0;
};
std::optional<DesignFile> DesignFileOf(storage::Connection& conn, int64_t file_id);

// ---- 四超 cases --------------------------------------------------------------------------------
struct CaseRow {
  int64_t id = 0, enterprise_id = 0;
  std::string enterprise_name, region_path, criterion, subject, subject_name, measured,
      limit_text, detail_zh, detail_en, detected_at;
  bool is_open = true;
  std::optional<std::string> cleared_at;
  std::optional<int64_t> hidden_danger_id;
};
struct CaseFilter {
  std::optional<int64_t> enterprise_id;
  std::string region_path, criterion;
  std::optional<bool> open;
};
// The open cases of an enterprise (locked for the check that decides on them).
std::vector<CaseRow> OpenCases(storage::Connection& conn, int64_t enterprise_id);
int64_t InsertCase(storage::Connection& conn, const CaseRow& c);
void UpdateCaseFigures(storage::Connection& conn, int64_t id, const CaseRow& c);
void SetCaseHiddenDanger(storage::Connection& conn, int64_t id, int64_t hidden_danger_id);
void ClearCase(storage::Connection& conn, int64_t id, const std::string& at);
int64_t CountCases(storage::Connection& conn, const api::Scope& scope, const CaseFilter& f);
std::vector<CaseRow> ListCases(storage::Connection& conn, const api::Scope& scope,
                               const CaseFilter& f, int64_t limit, int64_t offset);

// ---- the ledger's figures 四超 reads -----------------------------------------------------------
// Net production per product since `from` (ISO instant): production vouchers in, less their
// reversals.
std::vector<std::pair<std::string, int64_t>> ProducedSince(storage::Connection& conn,
                                                           int64_t enterprise_id,
                                                           const std::string& from);
// When work happened since `from`: production vouchers posted (not reversals) and check-in
// counts of more than nobody in the enterprise's workshops. `what` names it.
struct WorkMoment {
  std::string what, at;
};
std::vector<WorkMoment> WorkSince(storage::Connection& conn, int64_t enterprise_id,
                                  const std::string& from);

// Enterprises the periodic check visits: active civil-explosives producers.
std::vector<int64_t> ProducerIds(storage::Connection& conn);
// The enterprise's industry and region path when it is active.
struct EnterpriseFacts {
  std::string name, industry, region_path;
};
std::optional<EnterpriseFacts> EnterpriseOf(storage::Connection& conn, int64_t enterprise_id);

}  // namespace anjian::workshops
