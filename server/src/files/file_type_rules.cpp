#include "files/file_type_rules.hpp"

#include <cstdint>

#include "files/files_errors.hpp"

namespace anjian::files {
namespace {

constexpr std::string_view kPng("\x89PNG\r\n\x1a\n", 8);
constexpr std::string_view kJpeg("\xFF\xD8\xFF", 3);
constexpr std::string_view kPdf("%PDF-", 5);
constexpr std::string_view kOle("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
constexpr std::string_view kZip("PK\x03\x04", 4);
constexpr std::string_view kZipEmpty("PK\x05\x06", 4);

constexpr const char* kDocx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// An Office Open XML package: a ZIP whose entry names (stored uncompressed in the local headers
// and the central directory) include [Content_Types].xml and the part folder of the format.
bool IsOoxml(std::string_view bytes, std::string_view part_folder) {
  return bytes.starts_with(kZip) &&
         bytes.find("[Content_Types].xml") != std::string_view::npos &&
         bytes.find(part_folder) != std::string_view::npos;
}

// Plain text: no binary signature, no NUL and no control byte but TAB, LF, CR, FF and SUB.
// UTF-16 text (Windows "Unicode" files) starts with a byte-order mark and is taken as it is.
bool IsPlainText(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return bytes.size() % 2 == 0;
  for (auto sig : {kPng, kJpeg, kPdf, kOle, kZip, kZipEmpty})
    if (bytes.starts_with(sig)) return false;
  for (char ch : bytes) {
    const auto b = static_cast<std::uint8_t>(ch);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) return false;
  }
  return true;
}

}  // namespace

const std::vector<UploadType>& AcceptedUploadTypes() {
  static const std::vector<UploadType> kTypes = {
      {"application/pdf", "PDF document", "PDF 文档", false},
      {"application/msword", "Word document (.doc)", "Word 文档（.doc）", false},
      {kDocx, "Word document (.docx)", "Word 文档（.docx）", false},
      {"application/vnd.ms-excel", "Excel workbook (.xls)", "Excel 工作簿（.xls）", false},
      {kXlsx, "Excel workbook (.xlsx)", "Excel 工作簿（.xlsx）", false},
      {"image/png", "PNG image", "PNG 图片", true},
      {"image/jpeg", "JPEG image", "JPEG 图片", true},
      {"text/plain", "plain text file", "纯文本文件", false},
      {"application/zip", "ZIP archive", "ZIP 压缩包", false},
      {"application/x-zip-compressed", "ZIP archive", "ZIP 压缩包", false},
  };
  return kTypes;
}

const UploadType* FindUploadType(std::string_view mime) {
  for (const auto& t : AcceptedUploadTypes())
    if (mime == t.mime) return &t;
  return nullptr;
}

bool ContentMatches(std::string_view mime, std::string_view bytes) {
  if (!FindUploadType(mime)) return false;
  if (mime == "image/png") return bytes.starts_with(kPng);
  if (mime == "image/jpeg") return bytes.starts_with(kJpeg);
  if (mime == "application/pdf") return bytes.starts_with(kPdf);
  if (mime == "application/msword" || mime == "application/vnd.ms-excel")
    return bytes.starts_with(kOle);
  if (mime == kDocx) return IsOoxml(bytes, "word/");
  if (mime == kXlsx) return IsOoxml(bytes, "xl/");
  if (mime == "application/zip" || mime == "application/x-zip-compressed")
    return bytes.starts_with(kZip) || bytes.starts_with(kZipEmpty);
  if (mime == "text/plain") return IsPlainText(bytes);
  return false;
}

std::vector<FieldError> CheckUploadContent(std::string_view mime, std::string_view bytes) {
  std::vector<FieldError> errors;
  const UploadType* type = FindUploadType(mime);
  if (!type)
    errors.push_back(Err("file_type").At("content_type"));
  if (bytes.empty()) {
    errors.push_back(Err("file_empty").At("body"));
  } else if (type && !ContentMatches(mime, bytes)) {
    errors.push_back(Err("file_content").At("body", type->label_en, type->label_zh));
  }
  return errors;
}

}  // namespace anjian::files
