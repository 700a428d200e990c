#include "platform/office/csv.hpp"

#include <algorithm>

#include "platform/office/table_limits.hpp"
#include "platform/office/utf8.hpp"

namespace anjian::office {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::size_t LineOf(std::string_view text, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + offset, '\n'));
}

}  // namespace

CsvReader::CsvReader(std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    throw FormatError("file is UTF-16 (Excel \"Unicode Text\"); save as CSV UTF-8",
                      "文件为 UTF-16 编码，请另存为“CSV UTF-8(逗号分隔)”格式");
  }
  if (text.starts_with(kBom)) text.remove_prefix(kBom.size());
  if (const std::size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos) {
    throw FormatError("file is not UTF-8 (first invalid byte on line " +
                          std::to_string(LineOf(text, bad)) + "); save as CSV UTF-8",
                      "文件不是 UTF-8 编码（第 " + std::to_string(LineOf(text, bad)) +
                          " 行），请另存为“CSV UTF-8(逗号分隔)”格式");
  }
  text_ = text;
  done_ = text.empty();
}

bool CsvReader::Next(std::vector<std::string>& row) {
  row.clear();
  if (done_) return false;
  const std::string_view text = text_;
  const std::size_t n = text.size();
  std::size_t i = i_;
  while (true) {
    if (++cells_ > kMaxTableCells) {
      throw FormatError(
          "file is too large (more than " + std::to_string(kMaxTableCells) + " cells)",
          "文件过大，请拆分后分批导入");
    }
    if (row.size() >= kMaxSheetColumns) {
      throw FormatError("line " + std::to_string(line_) + " has more than " +
                            std::to_string(kMaxSheetColumns) + " fields",
                        "第 " + std::to_string(line_) + " 行的列数超过 " +
                            std::to_string(kMaxSheetColumns) + " 列");
    }
    std::string field;
    bool quoted = false;
    if (i < n && text[i] == '"') {
      quoted = true;
      const std::size_t start_line = line_;
      ++i;
      while (true) {
        const std::size_t q = text.find('"', i);
        if (q == std::string_view::npos) {
          throw FormatError(
              "unterminated quoted field starting on line " + std::to_string(start_line),
              "第 " + std::to_string(start_line) + " 行的引号没有闭合");
        }
        const std::string_view chunk = text.substr(i, q - i);
        line_ += static_cast<std::size_t>(std::count(chunk.begin(), chunk.end(), '\n'));
        field.append(chunk);
        i = q + 1;
        if (i < n && text[i] == '"') {
          field.push_back('"');
          ++i;
          continue;
        }
        break;
      }
    }
    std::size_t end = text.find_first_of(",\r\n", i);
    if (end == std::string_view::npos) end = n;
    field.append(text.substr(i, end - i));
    i = end;
    row.push_back(std::move(field));

    if (i < n && text[i] == ',') {
      ++i;
      continue;
    }
    // End of record: a line end or the end of the text.
    if (row.size() == 1 && row[0].empty() && !quoted) row.clear();
    if (i < n) {
      if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      ++i;
      ++line_;
    }
    if (i >= n) done_ = true;
    i_ = i;
    return true;
  }
}

std::vector<std::vector<std::string>> ParseCsv(std::string_view text) {
  CsvReader reader(text);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  while (reader.Next(row)) rows.push_back(std::move(row));
  return rows;
}

std::string WriteCsv(const std::vector<std::vector<std::string>>& rows) {
  std::string out(kBom);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out.push_back(',');
      const std::string& f = row[c];
      // A lone empty field is quoted so the line does not read back as an empty row.
      const bool quote =
          f.find_first_of(",\"\r\n") != std::string::npos || (row.size() == 1 && f.empty());
      if (!quote) {
        out += f;
        continue;
      }
      out.push_back('"');
      for (char ch : f) {
        if (ch == '"') out.push_back('"');
        out.push_back(ch);
      }
      out.push_back('"');
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace anjian::office
