#include "platform/office/table_file.hpp"

#include "platform/office/csv.hpp"
#include "platform/office/xlsx_reader.hpp"

namespace anjian::office {
namespace {

std::string LowerExtension(std::string_view filename) {
  const std::size_t dot = filename.rfind('.');
  const std::size_t slash = filename.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  std::string ext(filename.substr(dot + 1));
  for (char& c : ext) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return ext;
}

}  // namespace

TableFormat DetectTableFormat(std::string_view filename, std::string_view bytes) {
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06")) return TableFormat::kXlsx;
  const std::string ext = LowerExtension(filename);
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    if (ext == "xlsx") {
      throw FormatError("the workbook is password-protected; remove the password and retry",
                        "文件已加密，请取消密码保护后重试");
    }
    throw FormatError("legacy .xls files are not supported; save as .xlsx or CSV UTF-8",
                      "不支持旧版 .xls 格式，请另存为 .xlsx 或“CSV UTF-8”");
  }
  if (ext == "xlsx" || ext == "xlsm" || ext == "xls") {
    throw FormatError("file named ." + ext + " is not an Excel workbook",
                      "文件扩展名为 ." + ext + "，但内容不是有效的 Excel 工作簿");
  }
  if (bytes.starts_with("%PDF") || bytes.starts_with("{\\rtf")) {
    throw FormatError("unsupported file type; upload .xlsx or CSV UTF-8",
                      "不支持的文件类型，请上传 .xlsx 或“CSV UTF-8”文件");
  }
  return TableFormat::kCsv;
}

void ForEachTableRow(std::string_view filename, std::string_view bytes,
                     const TableRowSink& on_row) {
  const auto trim_and_send = [&](std::size_t line, std::vector<std::string>& cells) {
    while (!cells.empty() && cells.back().empty()) cells.pop_back();
    if (!cells.empty()) on_row(line, cells);
  };
  if (DetectTableFormat(filename, bytes) == TableFormat::kXlsx) {
    ForEachSheetRow(bytes, [&](std::uint32_t number, std::vector<std::string>& cells) {
      trim_and_send(number, cells);
    });
    return;
  }
  CsvReader reader(bytes);
  std::vector<std::string> row;
  std::size_t line = 0;
  while (reader.Next(row)) trim_and_send(++line, row);
}

std::vector<std::vector<std::string>> ReadTableFile(std::string_view filename,
                                                    std::string_view bytes) {
  std::vector<std::vector<std::string>> rows =
      DetectTableFormat(filename, bytes) == TableFormat::kXlsx ? ReadFirstSheet(bytes)
                                                               : ParseCsv(bytes);
  for (auto& row : rows) {
    while (!row.empty() && row.back().empty()) row.pop_back();
  }
  while (!rows.empty() && rows.back().empty()) rows.pop_back();
  return rows;
}

}  // namespace anjian::office
