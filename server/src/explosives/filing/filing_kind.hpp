// A kind of Art.24 filing (sale, purchase): which offices a voucher is filed with, how the list,
// its export and the recording route name things, and what a refused filing is told. The filing
// repository knows which vouchers each kind files; one set of handlers serves every kind.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error_catalogue.hpp"
#include "explosives/filing/sale_filing_rules.hpp"

namespace anjian::filing {

// An office a voucher is filed with and the key of its latest filing in the item JSON.
struct FilingOffice {
  std::string office;     // province | police
  std::string json_key;   // province_filing | police_filing
  std::vector<std::string> export_fields;  // the filing's fields that the export shows, in order
};

// The latest filing time per office (same order as FilingKind::offices), nullopt: not yet filed.
using FiledTimes = std::vector<std::optional<int64_t>>;

enum class FilingKindId { kSale, kPurchase };

struct FilingKind {
  FilingKindId id;
  std::string table;          // sale_filings | purchase_filings
  bool office_column;         // the table records the office (and the route takes `office`)
  std::vector<FilingOffice> offices;
  FilingStatus (*evaluate)(int64_t made_at, const FiledTimes& filed, int64_t now,
                           const calendar::WorkingCalendar& cal);
  std::string made_at_key;    // sold_at | bought_at
  // Routes and audit.
  std::string list_path;      // /api/v1/sale-filings (its export: list_path + "/export")
  std::string record_path;    // /api/v1/vouchers/{id}/filings
  std::string audit_action;
  // Export.
  std::string export_file;
  std::string export_sheet;
  std::vector<std::string> export_headers;
  // Refusals of a record (filing_errors.hpp): the voucher is not one this kind files; filed_at
  // earlier than the voucher's posting. With office_column, the accepted offices for
  // office_invalid in English and Chinese.
  const core::Rule* not_filed_kind;
  const core::Rule* filed_before;
  std::string offices_en, offices_zh;
};

// 销售备案: each outbound sale with the provincial authority and the county public security.
const FilingKind& SaleFiling();
// 购买备案: each purchase of civil explosives with the county public security.
const FilingKind& PurchaseFiling();

}  // namespace anjian::filing
