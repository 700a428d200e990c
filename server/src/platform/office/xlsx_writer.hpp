// Builds a single-sheet .xlsx workbook for list exports and import templates. Rows are
// serialised into one XML buffer as they arrive, so memory stays near the final sheet size
// (about 60 bytes per filled cell) and nothing is re-walked at Finish().
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace anjian::office {

class ZipFileWriter;

struct Cell {
  using Value = std::variant<std::monostate, std::string, double, std::int64_t, bool>;
  Value v;

  Cell() = default;
  Cell(std::monostate) {}
  Cell(std::string s) : v(std::move(s)) {}
  Cell(std::string_view s) : v(std::string(s)) {}
  Cell(const char* s) : v(std::string(s)) {}
  Cell(double d) : v(d) {}
  Cell(bool b) : v(b) {}
  template <std::integral T>
    requires(!std::same_as<T, bool>)
  Cell(T i) : v(static_cast<std::int64_t>(i)) {}
};

class XlsxWriter {
 public:
  // The name is made legal for Excel: []:*?/\ become '_', it is cut to 31 characters, and an
  // empty name becomes "Sheet1".
  explicit XlsxWriter(std::string sheet_name);
  ~XlsxWriter();
  XlsxWriter(XlsxWriter&&) noexcept;
  XlsxWriter& operator=(XlsxWriter&&) noexcept;

  // Writes the workbook to the file `path` (created or truncated) instead of returning it:
  // rows then go to the file, deflated at zlib `level`, as they arrive, so memory stays at a
  // few hundred KiB whatever the row count. Must come before any row; finish with FinishFile().
  // Throws std::runtime_error on I/O failure (the caller deletes the incomplete file).
  void StreamTo(const std::string& path, int level = 1);

  // Widths in Excel character units, column A first; zero or negative keeps the default.
  void SetColumnWidths(std::vector<double> widths);
  // Columns (zero-based) formatted as Text ("@"), so values typed later into an import
  // template, such as 18-digit credit codes or IDs with leading zeros, are not turned into
  // rounded numbers by Excel.
  void SetTextColumns(std::vector<std::size_t> columns);
  // Bold, shaded header row with a frozen pane below it and an autofilter over the data.
  // May be called more than once for a grouped header of several rows (the autofilter sits on
  // the last); all must come before any AddRow (std::logic_error otherwise).
  void AddHeaderRow(const std::vector<std::string>& titles);
  // Merges the rectangle of zero-based rows and columns [first_row..last_row] ×
  // [first_col..last_col], e.g. a group title over the columns beneath it; only the top-left
  // cell's value shows. Throws std::invalid_argument for an empty, single-cell or out-of-range
  // rectangle, or one overlapping an earlier merge (Excel refuses such files).
  void MergeCells(std::uint32_t first_row, std::size_t first_col, std::uint32_t last_row,
                  std::size_t last_col);
  // Empty cells and empty strings are left out. Integers of 16 or more digits are written as
  // text because Excel keeps only 15 significant digits; NaN and infinities become empty.
  // Strings are cut to Excel's 32767-character cell limit. Throws std::length_error beyond
  // 1,048,576 rows or 16,384 columns.
  void AddRow(const std::vector<Cell>& cells);

  std::size_t RowCount() const { return row_count_; }

  // Returns the .xlsx bytes. The writer cannot be used afterwards (std::logic_error).
  std::string Finish();
  // Completes the file given to StreamTo. The writer cannot be used afterwards.
  void FinishFile();

 private:
  void StartRow();
  void AppendCellRef(std::size_t column);
  void CheckNotFinished() const;
  void Spill();  // file mode: opens the sheet part and moves buffered rows to the file
  std::string SheetHead(bool with_dimension) const;
  std::string SheetTail() const;
  std::string WorkbookXml() const;

  std::string sheet_name_;
  std::vector<double> column_widths_;
  std::vector<std::size_t> text_columns_;
  std::string rows_xml_;
  std::uint32_t row_count_ = 0;
  std::size_t max_columns_ = 0;
  std::uint32_t header_rows_ = 0;
  struct Merge {
    std::uint32_t r0, r1;
    std::size_t c0, c1;
  };
  std::vector<Merge> merges_;
  bool finished_ = false;
  std::vector<std::string> column_names_;  // cache: "A", "B", ... as far as used
  std::string row_number_;                 // decimal of the current row, reused per cell
  std::unique_ptr<ZipFileWriter> file_;    // set by StreamTo
  bool sheet_open_ = false;                // file mode: the sheet part has been started
};

}  // namespace anjian::office
