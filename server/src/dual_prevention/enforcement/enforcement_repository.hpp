// The SQL of enforcement inspections (enforcement_inspections, enforcement_actions): rows in,
// records out. Their findings are hidden dangers (hidden_danger_repository.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::enforcement {

// One inspection with its enterprise, agency, author and how many findings it has (open ones).
struct EnforcementInspectionRecord {
  int64_t id = 0;
  std::string number;  // ZF… (EnforcementInspectionNumber)
  int64_t enterprise_id = 0;
  std::string enterprise_name, enterprise_address, legal_representative, agency_name;
  std::string inspected_on, inspectors, summary, order_no, order_text, order_deadline;
  std::string kind;  // routine | duty_emergency | special (enforcement_rules.hpp)
  bool recheck_required = false;  // findings close only after the regulator's re-check (复查)
  std::string created_by_name, created_at;
  int64_t findings_count = 0, open_findings_count = 0;
};

struct EnforcementActionRecord {
  int64_t id = 0;
  std::string kind;
  std::optional<int64_t> amount_fen;
  std::optional<std::string> suspension_from, suspension_to;
  std::string decision_no, description, decided_on, created_at;
  std::string legal_basis, legal_basis_text;
};

// The inspection in scope; nullopt when missing or out of scope.
std::optional<EnforcementInspectionRecord> FindEnforcementInspection(storage::Connection& conn,
                                                                     const api::Scope& scope,
                                                                     int64_t id);
std::vector<EnforcementActionRecord> ActionsOf(storage::Connection& conn, int64_t inspection_id);

struct EnforcementListFilter {
  std::optional<int64_t> enterprise_id;
  std::string from, to;  // inspected_on, inclusive
};
int64_t CountEnforcementInspections(storage::Connection& conn, const api::Scope& scope,
                                    const EnforcementListFilter& f);
// Newest first.
std::vector<EnforcementInspectionRecord> ListEnforcementInspections(
    storage::Connection& conn, const api::Scope& scope, const EnforcementListFilter& f,
    int64_t limit, int64_t offset);

struct EnforcementInspectionInsert {
  int64_t enterprise_id = 0;
  std::string region_path;
  std::optional<int64_t> agency_id;
  std::string inspected_on, inspectors, summary, order_no, order_text, order_deadline;
  std::string kind = "routine";
  bool recheck_required = false;
  int64_t created_by = 0;
  std::string created_at;
};
int64_t InsertEnforcementInspection(storage::Connection& conn,
                                    const EnforcementInspectionInsert& row);
void SetOrderNo(storage::Connection& conn, int64_t id, const std::string& order_no);
// Gives every inspection without a business number the one EnforcementInspectionNumber would
// (what migration V033 did): for rows inserted in bulk (the demo city).
void AssignMissingNumbers(storage::Connection& conn);

struct EnforcementActionInsert {
  int64_t inspection_id = 0;
  std::string kind;
  std::optional<int64_t> amount_fen;
  std::optional<std::string> suspension_from, suspension_to;
  std::string decision_no, description, decided_on;
  std::string legal_basis, legal_basis_text;
  int64_t created_by = 0;
  std::string created_at;
};
int64_t InsertEnforcementAction(storage::Connection& conn, const EnforcementActionInsert& row);

}  // namespace anjian::enforcement
