// Entry point for imports: turns an uploaded spreadsheet (.xlsx or .csv) into rows of cell
// text, so import code does not care which format the user saved.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/office/format_error.hpp"

namespace anjian::office {

enum class TableFormat { kCsv, kXlsx };

// Content wins over the name: a ZIP signature means xlsx whatever the extension. Legacy .xls
// (and password-protected .xlsx, which is an OLE container too) and other known non-table
// formats throw FormatError with advice; anything else is treated as CSV.
TableFormat DetectTableFormat(std::string_view filename, std::string_view bytes);

// Reads the first worksheet or the CSV text. For both formats the result is normalised the
// same way: row index = line number - 1, trailing empty cells and trailing empty rows removed.
// Throws FormatError with an English and a Chinese message for unreadable input.
std::vector<std::vector<std::string>> ReadTableFile(std::string_view filename,
                                                    std::string_view bytes);

// The same rows one at a time, for files too large to hold as a table: `on_row(line, cells)`
// for every row with at least one non-empty cell, in file order, trailing empty cells removed
// (the callee may move the strings out). `line` is the row number a user sees (CSV: record
// number, xlsx: row number). Memory stays near the upload's size plus one row (plus the shared
// strings of an xlsx). Throws FormatError like ReadTableFile — possibly after some rows were
// delivered, so callers must not commit anything before it returns.
using TableRowSink = std::function<void(std::size_t line, std::vector<std::string>& cells)>;
void ForEachTableRow(std::string_view filename, std::string_view bytes, const TableRowSink& on_row);

}  // namespace anjian::office
