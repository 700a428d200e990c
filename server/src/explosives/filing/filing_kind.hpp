// A kind of Art.24 filing (sale, purchase): which vouchers must be filed, with which offices, and
// how the list, its export and the recording route name things. The filing routes
// (filing_routes.cpp) serve every kind from one of these.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "core/error.hpp"
#include "explosives/filing/sale_filing_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::api {
class Router;
}

namespace anjian::ledger {

// An office a voucher is filed with and the key of its latest filing in the item JSON.
struct FilingOffice {
  std::string office;     // province | police
  std::string json_key;   // province_filing | police_filing
  std::vector<std::string> export_fields;  // the filing's fields that the export shows, in order
};

// The latest filing time per office (same order as FilingKind::offices), nullopt: not yet filed.
using FiledTimes = std::vector<std::optional<int64_t>>;

struct FilingKind {
  std::string table;          // sale_filings | purchase_filings
  bool office_column;         // the table records the office (and the route takes `office`)
  std::vector<FilingOffice> offices;
  std::string (*condition)();  // SQL over `vouchers v`: the vouchers that must be filed
  domain::explosives::FilingStatus (*evaluate)(int64_t made_at, const FiledTimes& filed, int64_t now);
  std::string made_at_key;    // sold_at | bought_at
  // Routes and audit.
  std::string list_path;      // /api/v1/sale-filings (its export: list_path + "/export")
  std::string record_path;    // /api/v1/vouchers/{id}/filings
  std::string audit_action;
  // Export.
  std::string export_file;
  std::string export_sheet;
  std::vector<std::string> export_headers;
  // Record's refusals.
  FieldError account_required;  // the caller is not an enterprise account
  FieldError office_invalid;    // only with office_column
  FieldError not_filed_kind;    // the voucher is not one this kind files
  FieldError filed_before;      // filed_at earlier than the voucher's posting
};

void RegisterFilingRoutes(api::Router& r, const FilingKind& kind);

// Late filings (deadline passed, not filed with every office) per store in the scope.
std::map<int64_t, int64_t> LateFilingsByStore(storage::Connection& conn, const api::Scope& scope,
                                              const FilingKind& kind);

}  // namespace anjian::ledger
