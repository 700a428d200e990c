#include "files/file_type_rules.hpp"

#include <gtest/gtest.h>

#include <set>

namespace anjian::files {
namespace {

const std::string kPng("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
const std::string kJpeg("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11);
const std::string kPdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj";
const std::string kOle("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12);
const std::string kDocx =
    std::string("PK\x03\x04\x14\0\x06\0", 8) + "[Content_Types].xml...word/document.xml";
const std::string kXlsx =
    std::string("PK\x03\x04\x14\0\x06\0", 8) + "[Content_Types].xml...xl/workbook.xml";
const std::string kZip = std::string("PK\x03\x04\x14\0\0\0", 8) + "readme.txt";
const std::string kZipEmpty("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 22);
const std::string kHtml = "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>";
const std::string kText = "第一行 line one\r\n第二行\tline two\n";
const std::string kUtf16("\xFF\xFE\x2C\x7B\x00\x4E", 6);
const std::string kElf("\x7F" "ELF\x02\x01\x01\0", 8);

constexpr const char* kDocxMime =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr const char* kXlsxMime =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

std::set<std::string> Rules(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.rule);
  return out;
}

TEST(FileTypeTest, ContentMustMatchTheDeclaredType) {
  struct Case {
    const char* name;
    std::string mime;
    std::string bytes;
    bool matches;
  };
  const Case cases[] = {
      {"png", "image/png", kPng, true},
      {"jpeg", "image/jpeg", kJpeg, true},
      {"pdf", "application/pdf", kPdf, true},
      {"doc", "application/msword", kOle, true},
      {"xls", "application/vnd.ms-excel", kOle, true},
      {"docx", kDocxMime, kDocx, true},
      {"xlsx", kXlsxMime, kXlsx, true},
      {"zip", "application/zip", kZip, true},
      {"zip (Windows type)", "application/x-zip-compressed", kZip, true},
      {"empty zip", "application/zip", kZipEmpty, true},
      {"docx is a zip", "application/zip", kDocx, true},
      {"text", "text/plain", kText, true},
      {"UTF-16 text", "text/plain", kUtf16, true},
      {"html as text", "text/plain", kHtml, true},  // served as an attachment with nosniff
      // The finding: an HTML page declared as an image.
      {"html as png", "image/png", kHtml, false},
      {"html as jpeg", "image/jpeg", kHtml, false},
      {"html as pdf", "application/pdf", kHtml, false},
      {"html as docx", kDocxMime, kHtml, false},
      {"html as zip", "application/zip", kHtml, false},
      {"jpeg as png", "image/png", kJpeg, false},
      {"png as jpeg", "image/jpeg", kPng, false},
      {"png signature cut short", "image/png", kPng.substr(0, 7), false},
      {"pdf marker not at start", "application/pdf", " " + kPdf, false},
      {"xlsx as docx", kDocxMime, kXlsx, false},
      {"docx as xlsx", kXlsxMime, kDocx, false},
      {"plain zip as xlsx", kXlsxMime, kZip, false},
      {"ole as docx", kDocxMime, kOle, false},
      {"docx as doc", "application/msword", kDocx, false},
      {"pdf as zip", "application/zip", kPdf, false},
      {"text with NUL", "text/plain", std::string("abc\0def", 7), false},
      {"text with ESC", "text/plain", "abc\x1b[2Jdef", false},
      {"elf as text", "text/plain", kElf, false},
      {"png as text", "text/plain", kPng, false},
      {"pdf as text", "text/plain", kPdf, false},
      {"zip as text", "text/plain", kZip, false},
      {"odd UTF-16", "text/plain", kUtf16.substr(0, 5), false},
      {"html type not accepted", "text/html", kHtml, false},
      {"svg not accepted", "image/svg+xml", "<svg onload=alert(1)>", false},
      {"no type", "", kPng, false},
  };
  for (const auto& c : cases) EXPECT_EQ(ContentMatches(c.mime, c.bytes), c.matches) << c.name;
}

TEST(FileTypeTest, ErrorsNameTheFieldAndTheRule) {
  EXPECT_TRUE(CheckUploadContent("image/png", kPng).empty());
  EXPECT_EQ(Rules(CheckUploadContent("image/png", kHtml)), std::set<std::string>{"body:file_content"});
  EXPECT_EQ(Rules(CheckUploadContent("image/png", "")), std::set<std::string>{"body:file_empty"});
  EXPECT_EQ(Rules(CheckUploadContent("text/html", kHtml)),
            std::set<std::string>{"content_type:file_type"});
  EXPECT_EQ(Rules(CheckUploadContent("text/html", "")),
            (std::set<std::string>{"content_type:file_type", "body:file_empty"}));
  auto e = CheckUploadContent("image/jpeg", kPng);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_NE(e[0].message_zh.find("JPEG 图片"), std::string::npos) << e[0].message_zh;
  EXPECT_NE(e[0].message.find("JPEG image"), std::string::npos) << e[0].message;
}

TEST(FileTypeTest, EveryAcceptedTypeHasASignatureCheck) {
  // A type added to the list without a rule in ContentMatches would accept nothing; make sure
  // each one accepts its own sample and refuses HTML.
  const std::pair<const char*, std::string> samples[] = {
      {"application/pdf", kPdf}, {"application/msword", kOle}, {kDocxMime, kDocx},
      {"application/vnd.ms-excel", kOle}, {kXlsxMime, kXlsx}, {"image/png", kPng},
      {"image/jpeg", kJpeg}, {"text/plain", kText}, {"application/zip", kZip},
      {"application/x-zip-compressed", kZip}};
  ASSERT_EQ(AcceptedUploadTypes().size(), std::size(samples));
  for (const auto& [mime, bytes] : samples) {
    ASSERT_NE(FindUploadType(mime), nullptr) << mime;
    EXPECT_TRUE(ContentMatches(mime, bytes)) << mime;
    if (std::string(mime) != "text/plain") {
      EXPECT_FALSE(ContentMatches(mime, kHtml)) << mime;
    }
  }
  std::set<std::string> images;
  for (const auto& t : AcceptedUploadTypes())
    if (t.image) images.insert(t.mime);
  EXPECT_EQ(images, (std::set<std::string>{"image/png", "image/jpeg"}));
}

}  // namespace
}  // namespace anjian::files
