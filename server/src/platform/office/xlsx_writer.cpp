#include "platform/office/xlsx_writer.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "platform/office/cell_ref.hpp"
#include "platform/office/utf8.hpp"
#include "platform/office/xml.hpp"
#include "platform/office/zip.hpp"

namespace anjian::office {
namespace {

constexpr std::size_t kMaxCellChars = 32767;  // Excel's limit, counted in UTF-16 units
constexpr std::int64_t kMaxExactInteger = 999'999'999'999'999;  // 15 digits
constexpr double kDefaultColumnWidth = 9.140625;
constexpr const char* kStyleHeader = "1";
constexpr const char* kStyleText = "2";

constexpr std::string_view kXmlDecl =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

constexpr std::string_view kContentTypes =
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/xl/workbook.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    "<Override PartName=\"/xl/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" "
    "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    "</Types>";

constexpr std::string_view kRootRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
    "core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "extended-properties\" "
    "Target=\"docProps/app.xml\"/>"
    "</Relationships>";

constexpr std::string_view kWorkbookRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/>"
    "</Relationships>";

constexpr std::string_view kCoreProps =
    "<cp:coreProperties "
    "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
    "<dc:creator>anjian</dc:creator></cp:coreProperties>";

constexpr std::string_view kAppProps =
    "<Properties "
    "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
    "<Application>anjian</Application></Properties>";

// Style indexes: 0 default, 1 header (bold on light blue), 2 text ("@", numFmtId 49).
// Excel requires the two leading fills (none, gray125) even though nothing uses them.
constexpr std::string_view kStyles =
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<fonts count=\"2\">"
    "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    "</fonts>"
    "<fills count=\"3\">"
    "<fill><patternFill patternType=\"none\"/></fill>"
    "<fill><patternFill patternType=\"gray125\"/></fill>"
    "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDEBF7\"/><bgColor indexed=\"64\"/>"
    "</patternFill></fill>"
    "</fills>"
    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
    "</cellStyleXfs>"
    "<cellXfs count=\"3\">"
    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
    "applyFill=\"1\"/>"
    "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
    "applyNumberFormat=\"1\"/>"
    "</cellXfs>"
    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    "</styleSheet>";

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Excel's own escape for characters XML cannot carry is "_xHHHH_" (ST_Xstring). Text that
// already looks like such an escape gets its underscore escaped, so it reads back unchanged.
bool LooksLikeXstringEscape(std::string_view s, std::size_t pos) {
  return pos + 7 <= s.size() && s[pos] == '_' && s[pos + 1] == 'x' && IsHex(s[pos + 2]) &&
         IsHex(s[pos + 3]) && IsHex(s[pos + 4]) && IsHex(s[pos + 5]) && s[pos + 6] == '_';
}

void AppendXstringEscape(std::string& out, unsigned code) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out += "_x";
  for (int shift = 12; shift >= 0; shift -= 4) out.push_back(kHex[(code >> shift) & 0xF]);
  out.push_back('_');
}

void AppendCellText(std::string& out, std::string_view s) {
  std::size_t pos = 0;
  std::size_t units = 0;
  while (pos < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
      if (units + 1 > kMaxCellChars) break;
      ++units;
      if (c < 0x20 && c != '\t' && c != '\n') {
        AppendXstringEscape(out, c);
      } else if (c == '_' && LooksLikeXstringEscape(s, pos)) {
        out += "_x005F_";
      } else if (c == '&') {
        out += "&amp;";
      } else if (c == '<') {
        out += "&lt;";
      } else if (c == '>') {
        out += "&gt;";
      } else {
        out.push_back(static_cast<char>(c));
      }
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t cp = DecodeUtf8(s, pos);
    const std::size_t width = (cp != kInvalidCodePoint && cp >= 0x10000) ? 2 : 1;
    if (units + width > kMaxCellChars) break;
    units += width;
    if (cp == kInvalidCodePoint) {
      out += "\xEF\xBF\xBD";
    } else if (cp == 0xFFFE || cp == 0xFFFF) {
      AppendXstringEscape(out, cp);
    } else {
      out.append(s.substr(start, pos - start));
    }
  }
}

bool NeedsSpacePreserve(std::string_view s) {
  const auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  return !s.empty() && (ws(s.front()) || ws(s.back()));
}

std::string SanitizeSheetName(std::string name) {
  for (char& c : name) {
    if (c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\' ||
        static_cast<unsigned char>(c) < 0x20) {
      c = '_';
    }
  }
  // Cut at 31 UTF-16 units on a code point boundary; invalid bytes are repaired on the way.
  std::string out;
  std::size_t pos = 0;
  std::size_t units = 0;
  while (pos < name.size()) {
    const char32_t cp = DecodeUtf8(name, pos);
    const std::size_t width = (cp != kInvalidCodePoint && cp >= 0x10000) ? 2 : 1;
    if (units + width > 31) break;
    units += width;
    AppendUtf8(out, cp == kInvalidCodePoint ? 0xFFFD : cp);
  }
  while (!out.empty() && out.front() == '\'') out.erase(out.begin());
  while (!out.empty() && out.back() == '\'') out.pop_back();
  return out.empty() ? "Sheet1" : out;
}

template <typename T>
void AppendNumber(std::string& out, T value) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out.append(buf, end);
}

}  // namespace

XlsxWriter::XlsxWriter(std::string sheet_name)
    : sheet_name_(SanitizeSheetName(std::move(sheet_name))) {}
XlsxWriter::~XlsxWriter() = default;
XlsxWriter::XlsxWriter(XlsxWriter&&) noexcept = default;
XlsxWriter& XlsxWriter::operator=(XlsxWriter&&) noexcept = default;

void XlsxWriter::StreamTo(const std::string& path, int level) {
  CheckNotFinished();
  if (row_count_ > 0 || file_) throw std::logic_error("StreamTo must come before any row");
  file_ = std::make_unique<ZipFileWriter>(path, level);
}

void XlsxWriter::Spill() {
  if (!sheet_open_) {
    file_->BeginEntry("xl/worksheets/sheet1.xml");
    file_->Write(SheetHead(false));
    sheet_open_ = true;
  }
  file_->Write(rows_xml_);
  rows_xml_.clear();
}

void XlsxWriter::CheckNotFinished() const {
  if (finished_) throw std::logic_error("XlsxWriter used after Finish()");
}

void XlsxWriter::SetColumnWidths(std::vector<double> widths) {
  CheckNotFinished();
  column_widths_ = std::move(widths);
}

void XlsxWriter::SetTextColumns(std::vector<std::size_t> columns) {
  CheckNotFinished();
  std::sort(columns.begin(), columns.end());
  columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
  while (!columns.empty() && columns.back() >= kMaxSheetColumns) columns.pop_back();
  text_columns_ = std::move(columns);
}

void XlsxWriter::StartRow() {
  CheckNotFinished();
  if (row_count_ >= kMaxSheetRows)
    throw std::length_error("xlsx sheet is limited to 1,048,576 rows");
  ++row_count_;
  row_number_.clear();
  AppendNumber(row_number_, row_count_);
  rows_xml_ += "<row r=\"";
  rows_xml_ += row_number_;
  rows_xml_ += "\">";
}

void XlsxWriter::AppendCellRef(std::size_t column) {
  while (column_names_.size() <= column) {
    column_names_.push_back(ColumnName(static_cast<std::uint32_t>(column_names_.size())));
  }
  rows_xml_ += "<c r=\"";
  rows_xml_ += column_names_[column];
  rows_xml_ += row_number_;
  rows_xml_ += '"';
}

void XlsxWriter::AddHeaderRow(const std::vector<std::string>& titles) {
  CheckNotFinished();
  if (row_count_ > header_rows_)
    throw std::logic_error("AddHeaderRow must come before any AddRow");
  if (titles.size() > kMaxSheetColumns)
    throw std::length_error("xlsx sheet is limited to 16,384 columns");
  StartRow();
  ++header_rows_;
  max_columns_ = std::max(max_columns_, titles.size());
  for (std::size_t i = 0; i < titles.size(); ++i) {
    // Header cells are written even when blank so the shading spans the whole header.
    AppendCellRef(i);
    rows_xml_ += " s=\"";
    rows_xml_ += kStyleHeader;
    if (titles[i].empty()) {
      rows_xml_ += "\"/>";
      continue;
    }
    rows_xml_ += "\" t=\"inlineStr\"><is><t";
    if (NeedsSpacePreserve(titles[i])) rows_xml_ += " xml:space=\"preserve\"";
    rows_xml_ += '>';
    AppendCellText(rows_xml_, titles[i]);
    rows_xml_ += "</t></is></c>";
  }
  rows_xml_ += "</row>";
}

void XlsxWriter::MergeCells(std::uint32_t first_row, std::size_t first_col, std::uint32_t last_row,
                            std::size_t last_col) {
  CheckNotFinished();
  if (first_row > last_row || first_col > last_col)
    throw std::invalid_argument("merged range is empty");
  if (first_row == last_row && first_col == last_col)
    throw std::invalid_argument("merged range is a single cell");
  if (last_row >= kMaxSheetRows || last_col >= kMaxSheetColumns)
    throw std::invalid_argument("merged range is outside the sheet");
  for (const auto& m : merges_)
    if (first_row <= m.r1 && m.r0 <= last_row && first_col <= m.c1 && m.c0 <= last_col)
      throw std::invalid_argument("merged ranges overlap");
  merges_.push_back({first_row, last_row, first_col, last_col});
}

void XlsxWriter::AddRow(const std::vector<Cell>& cells) {
  CheckNotFinished();
  if (cells.size() > kMaxSheetColumns)
    throw std::length_error("xlsx sheet is limited to 16,384 columns");
  StartRow();
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const bool text_column = std::binary_search(text_columns_.begin(), text_columns_.end(), i);
    const auto open_cell = [&](const char* type) {
      AppendCellRef(i);
      if (text_column) {
        rows_xml_ += " s=\"";
        rows_xml_ += kStyleText;
        rows_xml_ += '"';
      }
      if (type) {
        rows_xml_ += " t=\"";
        rows_xml_ += type;
        rows_xml_ += '"';
      }
      rows_xml_ += '>';
      max_columns_ = std::max(max_columns_, i + 1);
    };
    const auto write_text = [&](std::string_view s) {
      open_cell("inlineStr");
      rows_xml_ += NeedsSpacePreserve(s) ? "<is><t xml:space=\"preserve\">" : "<is><t>";
      AppendCellText(rows_xml_, s);
      rows_xml_ += "</t></is></c>";
    };
    const Cell::Value& v = cells[i].v;
    if (const auto* s = std::get_if<std::string>(&v)) {
      if (!s->empty()) write_text(*s);
    } else if (const auto* d = std::get_if<double>(&v)) {
      if (std::isfinite(*d)) {
        open_cell(nullptr);
        rows_xml_ += "<v>";
        AppendNumber(rows_xml_, *d);
        rows_xml_ += "</v></c>";
      }
    } else if (const auto* n = std::get_if<std::int64_t>(&v)) {
      if (*n > kMaxExactInteger || *n < -kMaxExactInteger) {
        write_text(std::to_string(*n));
      } else {
        open_cell(nullptr);
        rows_xml_ += "<v>";
        AppendNumber(rows_xml_, *n);
        rows_xml_ += "</v></c>";
      }
    } else if (const auto* b = std::get_if<bool>(&v)) {
      open_cell("b");
      rows_xml_ += *b ? "<v>1</v></c>" : "<v>0</v></c>";
    }
  }
  rows_xml_ += "</row>";
  if (file_ && rows_xml_.size() >= (1u << 20)) Spill();
}

std::string XlsxWriter::SheetHead(bool with_dimension) const {
  const std::string last_col =
      ColumnName(static_cast<std::uint32_t>(std::max<std::size_t>(max_columns_, 1) - 1));
  const std::string last_row = std::to_string(std::max<std::uint32_t>(row_count_, 1));
  const std::string first_data_row = std::to_string(header_rows_ + 1);

  std::string head;
  head += kXmlDecl;
  head +=
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
  if (with_dimension) {
    head += "<dimension ref=\"A1";
    if (max_columns_ > 0 && row_count_ > 0) head += ":" + last_col + last_row;
    head += "\"/>";
  }
  head += "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">";
  if (header_rows_ > 0) {
    head += "<pane ySplit=\"" + std::to_string(header_rows_) + "\" topLeftCell=\"A" +
            first_data_row +
            "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" "
            "activeCell=\"A" + first_data_row + "\" sqref=\"A" + first_data_row + "\"/>";
  }
  head += "</sheetView></sheetViews>";
  head += "<sheetFormatPr defaultRowHeight=\"15\"/>";

  const std::size_t col_count =
      std::max(column_widths_.size(), text_columns_.empty() ? 0 : text_columns_.back() + 1);
  std::string cols;
  for (std::size_t i = 0; i < col_count && i < kMaxSheetColumns; ++i) {
    const bool custom =
        i < column_widths_.size() && column_widths_[i] > 0 && std::isfinite(column_widths_[i]);
    const bool text = std::binary_search(text_columns_.begin(), text_columns_.end(), i);
    if (!custom && !text) continue;
    cols +=
        "<col min=\"" + std::to_string(i + 1) + "\" max=\"" + std::to_string(i + 1) + "\" width=\"";
    AppendNumber(cols, custom ? std::min(column_widths_[i], 255.0) : kDefaultColumnWidth);
    cols += '"';
    if (custom) cols += " customWidth=\"1\"";
    if (text) cols += " style=\"2\"";
    cols += "/>";
  }
  if (!cols.empty()) head += "<cols>" + cols + "</cols>";
  head += "<sheetData>";
  return head;
}

std::string XlsxWriter::SheetTail() const {
  const std::string last_col =
      ColumnName(static_cast<std::uint32_t>(std::max<std::size_t>(max_columns_, 1) - 1));
  const std::string last_row = std::to_string(std::max<std::uint32_t>(row_count_, 1));
  const bool has_filter = header_rows_ > 0 && max_columns_ > 0;
  std::string tail = "</sheetData>";
  if (has_filter)
    tail += "<autoFilter ref=\"A" + std::to_string(header_rows_) + ":" + last_col + last_row +
            "\"/>";
  if (!merges_.empty()) {
    tail += "<mergeCells count=\"" + std::to_string(merges_.size()) + "\">";
    for (const auto& m : merges_)
      tail += "<mergeCell ref=\"" + ColumnName(static_cast<std::uint32_t>(m.c0)) +
              std::to_string(m.r0 + 1) + ":" + ColumnName(static_cast<std::uint32_t>(m.c1)) +
              std::to_string(m.r1 + 1) + "\"/>";
    tail += "</mergeCells>";
  }
  tail +=
      "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
      "footer=\"0.3\"/>";
  tail += "</worksheet>";
  return tail;
}

std::string XlsxWriter::WorkbookXml() const {
  const std::string last_col =
      ColumnName(static_cast<std::uint32_t>(std::max<std::size_t>(max_columns_, 1) - 1));
  const std::string last_row = std::to_string(std::max<std::uint32_t>(row_count_, 1));
  const bool has_filter = header_rows_ > 0 && max_columns_ > 0;
  std::string workbook(kXmlDecl);
  workbook +=
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<bookViews><workbookView/></bookViews><sheets><sheet name=\"";
  AppendXmlEscaped(workbook, sheet_name_);
  workbook += "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>";
  if (has_filter) {
    // Excel records the filter range under this hidden name and repairs files lacking it.
    std::string quoted = "'";
    for (char c : sheet_name_) {
      quoted.push_back(c);
      if (c == '\'') quoted.push_back('\'');
    }
    quoted += "'!$A$" + std::to_string(header_rows_) + ":$" + last_col + "$" + last_row;
    workbook +=
        "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" "
        "hidden=\"1\">";
    AppendXmlEscaped(workbook, quoted);
    workbook += "</definedName></definedNames>";
  }
  workbook += "</workbook>";
  return workbook;
}

namespace {

// The parts every workbook has besides the sheet and workbook.xml.
template <typename Zip>
void AddFixedParts(Zip& zip) {
  const auto with_decl = [](std::string_view body) {
    return std::string(kXmlDecl) + std::string(body);
  };
  zip.Add("[Content_Types].xml", with_decl(kContentTypes));
  zip.Add("_rels/.rels", with_decl(kRootRels));
  zip.Add("docProps/core.xml", with_decl(kCoreProps));
  zip.Add("docProps/app.xml", with_decl(kAppProps));
}

}  // namespace

std::string XlsxWriter::Finish() {
  CheckNotFinished();
  if (file_) throw std::logic_error("XlsxWriter streams to a file: use FinishFile()");
  finished_ = true;

  const std::string head = SheetHead(true);
  const std::string tail = SheetTail();
  ZipWriter zip;
  AddFixedParts(zip);
  zip.Add("xl/workbook.xml", WorkbookXml());
  zip.Add("xl/_rels/workbook.xml.rels", std::string(kXmlDecl) + std::string(kWorkbookRels));
  zip.Add("xl/styles.xml", std::string(kXmlDecl) + std::string(kStyles));
  const std::string_view sheet_parts[] = {head, rows_xml_, tail};
  zip.AddParts("xl/worksheets/sheet1.xml", sheet_parts);
  std::string().swap(rows_xml_);
  return zip.Finish();
}

void XlsxWriter::FinishFile() {
  CheckNotFinished();
  if (!file_) throw std::logic_error("XlsxWriter::FinishFile without StreamTo");
  finished_ = true;
  Spill();
  file_->Write(SheetTail());
  file_->EndEntry();
  std::string().swap(rows_xml_);
  AddFixedParts(*file_);
  file_->Add("xl/workbook.xml", WorkbookXml());
  file_->Add("xl/_rels/workbook.xml.rels", std::string(kXmlDecl) + std::string(kWorkbookRels));
  file_->Add("xl/styles.xml", std::string(kXmlDecl) + std::string(kStyles));
  file_->Finish();
  file_.reset();
}

}  // namespace anjian::office
