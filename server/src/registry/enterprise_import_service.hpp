// Spreadsheet exchange for the registry: the export layout doubles as the import template,
// so an exported file can be edited and imported back.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "platform/api/principal.hpp"
#include "platform/office/xlsx_writer.hpp"
#include "platform/storage/db.hpp"
#include "registry/enterprise_repository.hpp"

namespace anjian::registry {

const std::vector<std::string>& EnterpriseExportHeaders();
std::vector<office::Cell> EnterpriseExportRow(const Enterprise& enterprise);

class ImportReportWriter;

struct ImportOptions {
  bool valid_only = false;           // import the good rows even when others are bad
  std::size_t error_limit = 200;     // errors listed in the answer; all are counted
  ImportReportWriter* report = nullptr;  // receives every error as a row, when given
};

// The columns of the error report (第 N 行, 字段, 填写的值, 错误说明, English).
const std::vector<std::string>& ImportReportHeaders();
const std::vector<double>& ImportReportWidths();

struct ImportError {
  int64_t line = 0;
  std::string field, rule, message, message_zh;
};
struct ImportRuleCount {
  std::string rule, message, message_zh;  // the messages of the rule's first error
  int64_t count = 0;
};
struct ImportFieldCount {
  std::string field, label_zh;
  int64_t count = 0;
};
struct ImportSummary {
  int64_t total_rows = 0, imported = 0, skipped = 0, error_count = 0, error_rows = 0;
  std::vector<ImportError> errors;  // the first error_limit
  bool errors_truncated = false;
  std::vector<ImportRuleCount> errors_by_rule;    // most frequent first
  std::vector<ImportFieldCount> errors_by_field;  // most frequent first
};

// Reads the file row by row (never as a whole table), validates each row and writes the good
// ones in one transaction: all rows or none (default), or with valid_only just the good ones.
// The transaction opens at the first good row and, when all-or-nothing, is rolled back at the
// first bad one, so a bad file holds no write lock while the rest is checked. Each imported
// row has its audit entry. Memory: one row, the first error_limit errors, one count per rule
// and field, ~32 bytes per distinct code. 422 for a file that cannot be read or lacks a
// required column.
ImportSummary ImportEnterprises(storage::Connection& conn, const api::Principal& who,
                                const std::string& filename, std::string_view bytes,
                                const ImportOptions& options,
                                const std::function<bool(const std::string&)>& region_allowed,
                                const core::Clock& clock);

}  // namespace anjian::registry
