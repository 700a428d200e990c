// CSV in the dialect Excel reads and writes: comma separated, RFC 4180 quoting, UTF-8 only.
// Non-UTF-8 input is refused rather than guessed at, because a wrong guess silently garbles
// Chinese enterprise names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/office/format_error.hpp"
#include "platform/office/table_limits.hpp"

namespace anjian::office {

// Reads the records of a CSV text one at a time, so a large file is never held as a table.
// Same dialect and errors as ParseCsv; additionally a record of more than kMaxSheetColumns
// fields (wider than any spreadsheet) throws FormatError, which bounds the memory of one row.
class CsvReader {
 public:
  // Checks the encoding of the whole text up front (throws FormatError); text must outlive
  // the reader.
  explicit CsvReader(std::string_view text);
  // The next record into `row` (cleared first); false once the text is exhausted.
  bool Next(std::vector<std::string>& row);

 private:
  std::string_view text_;
  std::size_t i_ = 0;
  std::size_t line_ = 1;
  std::size_t cells_ = 0;
  bool done_ = false;
};

// Accepts CRLF, LF and lone CR line ends and strips a UTF-8 byte order mark. Quoted fields may
// span lines; a stray quote inside an unquoted field, or text after a closing quote, is kept
// literally. An empty line yields an empty row; a final line end does not add a row.
// Throws FormatError for non-UTF-8 input (typically GBK from Excel's plain "CSV" format),
// UTF-16 input, an unterminated quoted field, or more than kMaxTableCells fields.
std::vector<std::vector<std::string>> ParseCsv(std::string_view text);

// UTF-8 with a byte order mark (without it Excel assumes the ANSI code page and shows mojibake)
// and CRLF line ends; fields are quoted only when they contain a comma, quote or line break.
std::string WriteCsv(const std::vector<std::vector<std::string>>& rows);

}  // namespace anjian::office
