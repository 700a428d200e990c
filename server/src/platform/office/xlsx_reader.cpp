#include "platform/office/xlsx_reader.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "platform/office/cell_ref.hpp"
#include "platform/office/excel_date.hpp"
#include "platform/office/utf8.hpp"
#include "platform/office/xml.hpp"

namespace anjian::office {
namespace {

using Rows = std::vector<std::vector<std::string>>;

struct Relationship {
  std::string type;
  std::string part;  // resolved to a zip entry name
};

bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

std::string DirOf(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// Relationship targets are relative to the source part's folder unless they start with '/'.
std::string ResolveTarget(std::string_view base_dir, std::string_view target) {
  const std::string joined = target.starts_with('/') ? std::string(target.substr(1))
                                                     : std::string(base_dir) + std::string(target);
  std::vector<std::string_view> segments;
  std::string_view rest = joined;
  while (!rest.empty()) {
    const std::size_t slash = rest.find('/');
    const std::string_view seg = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (seg.empty() || seg == ".") continue;
    if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
      continue;
    }
    segments.push_back(seg);
  }
  std::string out;
  for (std::string_view seg : segments) {
    if (!out.empty()) out.push_back('/');
    out.append(seg);
  }
  return out;
}

std::map<std::string, Relationship> ReadRels(ZipReader& zip, std::string_view part) {
  const std::string dir = DirOf(part);
  const std::string rels_path = dir + "_rels/" + std::string(part.substr(dir.size())) + ".rels";
  std::map<std::string, Relationship> rels;
  if (!zip.Contains(rels_path)) return rels;
  const std::string xml = zip.Extract(rels_path);
  XmlReader x(xml);
  for (auto ev = x.Next(); ev != XmlReader::Event::kEof; ev = x.Next()) {
    if (ev != XmlReader::Event::kStart || x.Name() != "Relationship") continue;
    const std::string* id = x.Attr("Id");
    const std::string* type = x.Attr("Type");
    const std::string* target = x.Attr("Target");
    const std::string* mode = x.Attr("TargetMode");
    if (!id || !type || !target || (mode && *mode == "External")) continue;
    rels.emplace(*id, Relationship{*type, ResolveTarget(dir, *target)});
  }
  return rels;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads an "_xHHHH_" escape at s[pos]; -1 when there is none.
long XstringUnitAt(std::string_view s, std::size_t pos) {
  if (pos + 7 > s.size() || s[pos] != '_' || s[pos + 1] != 'x' || s[pos + 6] != '_') return -1;
  long unit = 0;
  for (std::size_t i = pos + 2; i < pos + 6; ++i) {
    const int h = HexValue(s[i]);
    if (h < 0) return -1;
    unit = unit * 16 + h;
  }
  return unit;
}

// Undoes Excel's ST_Xstring escaping ("_x000D_" for CR, "_x005F_" for a literal underscore).
std::string DecodeXstring(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const long unit = XstringUnitAt(s, i);
    if (unit < 0) {
      out.push_back(s[i++]);
      continue;
    }
    i += 7;
    char32_t cp = static_cast<char32_t>(unit);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const long low = XstringUnitAt(s, i);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) +
             (static_cast<char32_t>(low) - 0xDC00);
        i += 7;
      }
    }
    AppendUtf8(out, cp);  // a lone surrogate comes out as U+FFFD
  }
  return out;
}

// The shared-string table in one buffer: a workbook of a million distinct names costs their
// bytes plus 8 per string, not a std::string (32 bytes) and an allocation each.
class SharedStrings {
 public:
  void Add(std::string_view s) {
    blob_.append(s);
    ends_.push_back(blob_.size());
  }
  std::size_t size() const { return ends_.size(); }
  std::string_view operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(blob_).substr(begin, ends_[i] - begin);
  }

 private:
  std::string blob_;
  std::vector<std::size_t> ends_;
};

SharedStrings ReadSharedStrings(std::string_view xml) {
  SharedStrings strings;
  XmlReader x(xml);
  std::string current;
  bool in_si = false;
  bool in_t = false;
  int phonetic_depth = 0;  // <rPh> holds furigana/pinyin guides, not cell text
  for (auto ev = x.Next(); ev != XmlReader::Event::kEof; ev = x.Next()) {
    if (ev == XmlReader::Event::kStart) {
      if (x.Name() == "si") {
        in_si = true;
        current.clear();
      } else if (x.Name() == "rPh") {
        ++phonetic_depth;
      } else if (x.Name() == "t" && in_si && phonetic_depth == 0) {
        in_t = true;
      }
    } else if (ev == XmlReader::Event::kEnd) {
      if (x.Name() == "si") {
        strings.Add(current);
        current.clear();
        in_si = false;
      } else if (x.Name() == "rPh") {
        --phonetic_depth;
      } else if (x.Name() == "t") {
        in_t = false;
      }
    } else if (ev == XmlReader::Event::kText && in_t) {
      current += DecodeXstring(x.Text());
    }
  }
  return strings;
}

// Which cellXfs entries (the "s" attribute of a cell) display their number as a date.
std::vector<bool> ReadDateStyles(std::string_view xml) {
  std::map<int, bool> custom;  // numFmtId -> is date
  std::vector<int> xf_formats;
  XmlReader x(xml);
  bool in_cell_xfs = false;
  for (auto ev = x.Next(); ev != XmlReader::Event::kEof; ev = x.Next()) {
    if (ev == XmlReader::Event::kEnd && x.Name() == "cellXfs") in_cell_xfs = false;
    if (ev != XmlReader::Event::kStart) continue;
    if (x.Name() == "cellXfs") {
      in_cell_xfs = true;
    } else if (x.Name() == "numFmt") {
      const std::string* id = x.Attr("numFmtId");
      const std::string* code = x.Attr("formatCode");
      if (id && code) custom[std::atoi(id->c_str())] = IsDateFormatCode(*code);
    } else if (x.Name() == "xf" && in_cell_xfs) {
      const std::string* id = x.Attr("numFmtId");
      xf_formats.push_back(id ? std::atoi(id->c_str()) : 0);
    }
  }
  std::vector<bool> is_date;
  is_date.reserve(xf_formats.size());
  for (int id : xf_formats) {
    const auto it = custom.find(id);
    is_date.push_back(it != custom.end() ? it->second : IsBuiltinDateFormat(id));
  }
  return is_date;
}

bool IsPlainInteger(std::string_view s) {
  if (s.starts_with('-')) s.remove_prefix(1);
  if (s.empty() || (s.size() > 1 && s[0] == '0')) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string FormatNumber(std::string_view raw) {
  // Exact digits written by non-Excel producers are kept rather than squeezed through a double.
  if (IsPlainInteger(raw)) return std::string(raw);
  double d = 0;
  const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), d);
  if (ec != std::errc() || ptr != raw.data() + raw.size() || !std::isfinite(d)) {
    return std::string(raw);
  }
  char buf[40];
  if (std::fabs(d) < 1e15 && d == std::trunc(d)) {
    const auto [end, ec2] = std::to_chars(buf, buf + sizeof buf, static_cast<std::int64_t>(d));
    return std::string(buf, end);
  }
  // Excel shows at most 15 significant digits, so 0.1+0.2 stored as 0.30000000000000004
  // should read "0.3", as the user saw it.
  std::snprintf(buf, sizeof buf, "%.15g", d);
  d = std::strtod(buf, nullptr);
  // general, not plain shortest: plain would print 1.23456789012346e17 as eighteen digits that
  // look like a valid code but are not the ones the user typed.
  const auto [end, ec3] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::general);
  return std::string(buf, end);
}

struct SheetContext {
  const SharedStrings& shared;
  const std::vector<bool>& date_styles;
  bool date1904 = false;
};

std::string CellValue(const SheetContext& ctx, std::string_view type, int style,
                      const std::string& v_text, std::string& is_text) {
  if (type == "s") {
    std::size_t index = 0;
    const auto [ptr, ec] = std::from_chars(v_text.data(), v_text.data() + v_text.size(), index);
    if (v_text.empty() || ec != std::errc() || ptr != v_text.data() + v_text.size() ||
        index >= ctx.shared.size()) {
      throw FormatError("xlsx shared string index '" + v_text + "' is out of range");
    }
    return std::string(ctx.shared[index]);
  }
  if (type == "inlineStr") return std::move(is_text);
  if (type == "str") return DecodeXstring(v_text);
  if (type == "e" || type == "d") return v_text;
  if (type == "b") {
    if (v_text == "1") return "TRUE";
    if (v_text == "0") return "FALSE";
    return v_text;
  }
  if (v_text.empty()) return {};
  if (style >= 0 && static_cast<std::size_t>(style) < ctx.date_styles.size() &&
      ctx.date_styles[style]) {
    double serial = 0;
    const auto [ptr, ec] = std::from_chars(v_text.data(), v_text.data() + v_text.size(), serial);
    if (ec == std::errc() && ptr == v_text.data() + v_text.size()) {
      if (auto date = FormatExcelSerial(serial, ctx.date1904)) return *date;
    }
  }
  return FormatNumber(v_text);
}

std::uint32_t ParseRowNumber(const std::string& s) {
  std::uint32_t n = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || ptr != s.data() + s.size() || n == 0 || n > kMaxSheetRows) {
    throw FormatError("xlsx row number '" + s + "' is invalid");
  }
  return n;
}

// Parses batches of complete rows, each presented as "<sheetData>rows</sheetData>", keeping the
// row counter and the cell budget from one batch to the next.
class SheetParser {
 public:
  SheetParser(const SheetContext& ctx, const SheetRowSink& sink) : ctx_(ctx), sink_(sink) {}

  void Parse(std::string_view doc) {
    XmlReader x(doc);
    bool in_cell = false;
    std::uint32_t column = 0;
    std::string type;
    int style = -1;
    std::string v_text;
    std::string is_text;
    bool in_v = false;
    bool in_is = false;
    bool in_t = false;
    int phonetic_depth = 0;
    for (auto ev = x.Next(); ev != XmlReader::Event::kEof; ev = x.Next()) {
      const std::string_view name = x.Name();
      if (ev == XmlReader::Event::kStart) {
        if (name == "row") {
          const std::string* r = x.Attr("r");
          row_number_ = r ? ParseRowNumber(*r) : row_number_ + 1;
          if (row_number_ > kMaxSheetRows) throw FormatError("xlsx sheet has too many rows");
          next_column_ = 0;
          in_row_ = true;
          cells_.clear();
        } else if (name == "c") {
          if (!in_row_) throw FormatError("xlsx cell outside of a row");
          in_cell = true;
          column = next_column_;
          if (const std::string* r = x.Attr("r")) {
            CellRef ref;
            if (!ParseCellRef(*r, ref))
              throw FormatError("xlsx cell reference '" + *r + "' is invalid");
            column = ref.column;
          }
          if (column >= kMaxSheetColumns) throw FormatError("xlsx row has too many columns");
          const std::string* t = x.Attr("t");
          type = t ? *t : "n";
          const std::string* st = x.Attr("s");
          style = st ? std::atoi(st->c_str()) : -1;
          v_text.clear();
          is_text.clear();
        } else if (in_cell && name == "v") {
          in_v = true;
        } else if (in_cell && name == "is") {
          in_is = true;
        } else if (in_is && name == "rPh") {
          ++phonetic_depth;
        } else if (in_is && name == "t" && phonetic_depth == 0) {
          in_t = true;
        }
      } else if (ev == XmlReader::Event::kText) {
        if (in_v) {
          v_text += x.Text();
        } else if (in_t) {
          is_text += DecodeXstring(x.Text());
        }
      } else if (ev == XmlReader::Event::kEnd) {
        if (name == "v") {
          in_v = false;
        } else if (name == "is") {
          in_is = false;
        } else if (name == "rPh") {
          --phonetic_depth;
        } else if (name == "t") {
          in_t = false;
        } else if (name == "c" && in_cell) {
          in_cell = false;
          std::string value = CellValue(ctx_, type, style, v_text, is_text);
          next_column_ = column + 1;
          if (value.empty()) continue;  // styled blanks do not make a row longer
          if (row_number_ > charged_rows_) {
            Charge(row_number_ - charged_rows_);
            charged_rows_ = row_number_;
          }
          if (cells_.size() <= column) {
            Charge(column + 1 - cells_.size());
            cells_.resize(column + 1);
          }
          cells_[column] = std::move(value);
        } else if (name == "row" && in_row_) {
          in_row_ = false;
          if (!cells_.empty()) sink_(row_number_, cells_);
          cells_.clear();
        }
      }
    }
  }

 private:
  // Rows plus cells a reader materialises, gaps included, as ReadFirstSheet would.
  void Charge(std::size_t n) {
    slots_ += n;
    if (slots_ > kMaxTableCells) {
      throw FormatError("sheet is too large (more than " + std::to_string(kMaxTableCells) +
                            " cells including gaps)",
                        "表格过大，请拆分后分批导入");
    }
  }

  const SheetContext& ctx_;
  const SheetRowSink& sink_;
  std::uint32_t row_number_ = 0;  // one-based, 0 before the first <row>
  std::uint32_t next_column_ = 0;
  std::uint32_t charged_rows_ = 0;
  bool in_row_ = false;
  std::vector<std::string> cells_;
  std::size_t slots_ = 0;
};

// Cuts the inflated worksheet into batches of complete rows for SheetParser. A small lexer
// tracks tags, comments, CDATA and processing instructions so that a batch ends only after a
// real </row> (or <row/>), never inside markup or text; everything before <sheetData> is
// skipped, everything after </sheetData> ignored.
class SheetSplitter {
 public:
  explicit SheetSplitter(SheetParser& parser) : parser_(parser) {}

  void Feed(std::string_view piece) {
    if (phase_ == Phase::kDone) return;
    buf_.append(piece);
    while (pos_ < buf_.size()) {
      const std::size_t lt = buf_.find('<', pos_);
      if (lt == std::string::npos) {
        pos_ = buf_.size();
        break;
      }
      pos_ = lt;
      const std::string_view rest = std::string_view(buf_).substr(lt);
      if (rest.size() < 2 || (rest[1] == '!' && rest.size() < 9)) break;  // wait for more
      std::size_t end = 0;
      if (rest.starts_with("<!--")) {
        const std::size_t f = buf_.find("-->", lt + 4);
        if (f == std::string::npos) break;
        end = f + 3;
      } else if (rest.starts_with("<![CDATA[")) {
        const std::size_t f = buf_.find("]]>", lt + 9);
        if (f == std::string::npos) break;
        end = f + 3;
      } else if (rest[1] == '!') {
        throw FormatError("XML error: DTDs and markup declarations are not supported");
      } else if (rest[1] == '?') {
        const std::size_t f = buf_.find("?>", lt + 2);
        if (f == std::string::npos) break;
        end = f + 2;
      } else {
        char quote = 0;
        std::size_t j = lt + 1;
        for (; j < buf_.size(); ++j) {
          const char c = buf_[j];
          if (quote) {
            if (c == quote) quote = 0;
          } else if (c == '"' || c == '\'') {
            quote = c;
          } else if (c == '>') {
            break;
          }
        }
        if (j == buf_.size()) break;
        end = j + 1;
        const bool closing = rest[1] == '/';
        const bool self_closing = !closing && buf_[j - 1] == '/';
        std::size_t name_end = lt + 1 + (closing ? 1 : 0);
        const std::size_t name_begin = name_end;
        while (name_end < j && buf_[name_end] != ' ' && buf_[name_end] != '\t' &&
               buf_[name_end] != '\r' && buf_[name_end] != '\n' && buf_[name_end] != '/' &&
               buf_[name_end] != '>') {
          ++name_end;
        }
        std::string_view local = std::string_view(buf_).substr(name_begin, name_end - name_begin);
        if (const std::size_t colon = local.rfind(':'); colon != std::string_view::npos)
          local.remove_prefix(colon + 1);
        if (phase_ == Phase::kPrefix) {
          if (!closing && local == "sheetData") {
            if (self_closing) {
              Done();
              return;
            }
            phase_ = Phase::kData;
            buf_.erase(0, end);
            pos_ = 0;
            cut_ = 0;
            continue;
          }
        } else if (closing && local == "sheetData") {
          Parse(lt);
          Done();
          return;
        } else if (local == "row" && (closing || self_closing)) {
          cut_ = end;
        }
      }
      pos_ = end;
    }
    if (phase_ == Phase::kPrefix) {
      buf_.erase(0, pos_);
      pos_ = 0;
    } else if (cut_ > 0) {
      Parse(cut_);
      buf_.erase(0, cut_);
      pos_ -= cut_;
      cut_ = 0;
    }
    if (buf_.size() > kMaxPending) {
      throw FormatError("a row of the worksheet is larger than " +
                            std::to_string(kMaxPending >> 20) + " MiB",
                        "工作表中某一行过大");
    }
  }

  void Finish() {
    if (phase_ == Phase::kData) throw FormatError("XML error: worksheet ends inside <sheetData>");
  }

 private:
  static constexpr std::size_t kMaxPending = 32u << 20;
  enum class Phase { kPrefix, kData, kDone };

  void Parse(std::size_t end) {
    doc_.assign("<sheetData>");
    doc_.append(buf_, 0, end);
    doc_.append("</sheetData>");
    parser_.Parse(doc_);
  }

  void Done() {
    phase_ = Phase::kDone;
    std::string().swap(buf_);
    std::string().swap(doc_);
  }

  SheetParser& parser_;
  std::string buf_;
  std::string doc_;
  std::size_t pos_ = 0;  // next byte of buf_ to scan
  std::size_t cut_ = 0;  // end of the last complete row in buf_
  Phase phase_ = Phase::kPrefix;
};

}  // namespace

void ForEachSheetRow(std::string_view xlsx_bytes, const SheetRowSink& on_row, ZipLimits limits) {
  ZipReader zip(xlsx_bytes, limits);

  std::string workbook_part;
  for (const auto& [id, rel] : ReadRels(zip, "")) {
    if (EndsWith(rel.type, "/officeDocument")) {
      workbook_part = rel.part;
      break;
    }
  }
  if (workbook_part.empty() || !zip.Contains(workbook_part)) workbook_part = "xl/workbook.xml";
  if (!zip.Contains(workbook_part)) {
    if (zip.Contains("content.xml") && zip.Contains("mimetype")) {
      throw FormatError("OpenDocument spreadsheets (.ods) are not supported; save as .xlsx",
                        "不支持 .ods 格式，请另存为 .xlsx");
    }
    throw FormatError("not an Excel workbook (xl/workbook.xml missing)",
                      "不是有效的 Excel 工作簿 (.xlsx)");
  }

  std::vector<std::string> sheet_ids;
  bool date1904 = false;
  {
    const std::string xml = zip.Extract(workbook_part);
    XmlReader x(xml);
    for (auto ev = x.Next(); ev != XmlReader::Event::kEof; ev = x.Next()) {
      if (ev != XmlReader::Event::kStart) continue;
      if (x.Name() == "sheet") {
        if (const std::string* id = x.Attr("id")) sheet_ids.push_back(*id);
      } else if (x.Name() == "workbookPr") {
        const std::string* v = x.Attr("date1904");
        date1904 = v && (*v == "1" || *v == "true");
      }
    }
  }

  const auto rels = ReadRels(zip, workbook_part);
  std::string sheet_part;
  for (const std::string& id : sheet_ids) {
    const auto it = rels.find(id);
    if (it != rels.end() && EndsWith(it->second.type, "/worksheet")) {
      sheet_part = it->second.part;
      break;
    }
  }
  if (sheet_part.empty()) throw FormatError("workbook has no worksheet", "工作簿中没有工作表");
  if (!zip.Contains(sheet_part)) throw FormatError("worksheet part " + sheet_part + " is missing");

  SharedStrings shared;
  std::vector<bool> date_styles;
  for (const auto& [id, rel] : rels) {
    if (EndsWith(rel.type, "/sharedStrings") && zip.Contains(rel.part)) {
      shared = ReadSharedStrings(zip.Extract(rel.part));
    } else if (EndsWith(rel.type, "/styles") && zip.Contains(rel.part)) {
      date_styles = ReadDateStyles(zip.Extract(rel.part));
    }
  }

  const SheetContext ctx{shared, date_styles, date1904};
  SheetParser parser(ctx, on_row);
  SheetSplitter splitter(parser);
  zip.ExtractTo(sheet_part, [&](std::string_view piece) { splitter.Feed(piece); });
  splitter.Finish();
}

Rows ReadFirstSheet(std::string_view xlsx_bytes, ZipLimits limits) {
  Rows rows;
  ForEachSheetRow(
      xlsx_bytes,
      [&](std::uint32_t number, std::vector<std::string>& cells) {
        if (rows.size() < number) rows.resize(number);
        auto& row = rows[number - 1];
        if (row.empty()) {
          row = std::move(cells);
          return;
        }
        // A row number given twice: later cells fill in, as Excel would show them.
        if (row.size() < cells.size()) row.resize(cells.size());
        for (std::size_t c = 0; c < cells.size(); ++c)
          if (!cells[c].empty()) row[c] = std::move(cells[c]);
      },
      limits);
  return rows;
}

}  // namespace anjian::office
