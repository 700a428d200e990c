// Reads the cell text of the first worksheet of an uploaded .xlsx, the shape enterprise
// registry imports need: every value as the string a user would expect to see.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/office/format_error.hpp"
#include "platform/office/table_limits.hpp"
#include "platform/office/zip.hpp"

namespace anjian::office {

// Row index = spreadsheet row number - 1 and column index = column letter position, so error
// reports can cite true line numbers; missing rows are empty vectors and gaps empty strings.
// Trailing empty cells of a row and trailing empty rows are not returned.
//
// Values: shared and inline strings verbatim (so 18-digit codes and leading zeros stored as
// text survive); whole numbers below 10^15 without ".0"; other numbers in shortest round-trip
// form (an 18-digit code Excel stored as a number reads "9.13101150000001e+17", i.e. already
// damaged); booleans "TRUE"/"FALSE"; errors as "#N/A" etc.; date-formatted numbers as
// "YYYY-MM-DD" (plus " HH:MM:SS" when there is a time part); formulas as their cached value.
//
// The first worksheet is the first <sheet> in workbook.xml whose relationship is a worksheet
// (chart sheets are skipped). Throws FormatError for anything that is not a readable workbook,
// including .ods and encrypted files, and for sheets needing more than kMaxTableCells cells.
std::vector<std::vector<std::string>> ReadFirstSheet(std::string_view xlsx_bytes,
                                                     ZipLimits limits = {});

// The same reading, one row at a time: `on_row(row_number, cells)` is called in document order
// for every row holding at least one non-empty cell, with cells indexed by column and no
// trailing empty cells (the callee may move the strings out). The worksheet is inflated and
// parsed piece by piece, so memory holds the upload, the shared-string table and one batch of
// rows — never the whole sheet. Rows reach the callback before the part's CRC-32 is checked, so
// a FormatError can still come after some rows were delivered. Same errors and limits as
// ReadFirstSheet.
using SheetRowSink = std::function<void(std::uint32_t row_number, std::vector<std::string>& cells)>;
void ForEachSheetRow(std::string_view xlsx_bytes, const SheetRowSink& on_row,
                     ZipLimits limits = {});

}  // namespace anjian::office
