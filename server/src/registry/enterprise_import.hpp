// Spreadsheet exchange for the registry: the export layout doubles as the import template,
// so an exported file can be edited and imported back.
#pragma once

#include <boost/json/object.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/office/xlsx_writer.hpp"
#include "platform/storage/db.hpp"

namespace anjian::registry {

const std::vector<std::string>& EnterpriseExportHeaders();
std::vector<office::Cell> EnterpriseExportRow(const boost::json::object& enterprise);

class ImportReportWriter;

struct ImportOptions {
  bool valid_only = false;           // import the good rows even when others are bad
  std::size_t error_limit = 200;     // errors listed in the answer; all are counted
  ImportReportWriter* report = nullptr;  // receives every error as a row, when given
};

// The columns of the error report (第 N 行, 字段, 填写的值, 错误说明, English).
const std::vector<std::string>& ImportReportHeaders();
const std::vector<double>& ImportReportWidths();

// Reads the file row by row (never as a whole table), validates each row and writes the good
// ones in one transaction: all rows or none (default), or with valid_only just the good ones.
// The transaction opens at the first good row and, when all-or-nothing, is rolled back at the
// first bad one, so a bad file holds no write lock while the rest is checked. Memory: one row,
// the first error_limit errors, one count per rule and field, ~32 bytes per distinct code.
// Returns {"total_rows","imported","skipped","error_count","error_rows","errors":[first N],
// "errors_truncated","errors_by_rule":[{rule,message,message_zh,count}],
// "errors_by_field":[{field,label_zh,count}]}.
boost::json::object ImportEnterprises(storage::Connection& conn, const api::Principal& who,
                                      const std::string& filename, std::string_view bytes,
                                      const ImportOptions& options,
                                      const std::function<bool(const std::string&)>& region_allowed);

}  // namespace anjian::registry
