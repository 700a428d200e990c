#include "platform/office/table_file.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "platform/office/csv.hpp"
#include "platform/office/xlsx_writer.hpp"
#include "platform/office/zip.hpp"

namespace anjian::office {
namespace {

using Rows = std::vector<std::vector<std::string>>;

std::string SampleXlsx() {
  XlsxWriter w("企业");
  w.AddHeaderRow({"名称", "代码", ""});
  w.AddRow({"合肥化工", "0012"});
  return w.Finish();
}

TEST(TableFileTest, DetectsFormatByContentBeforeName) {
  const std::string xlsx = SampleXlsx();
  struct Case {
    const char* filename;
    std::string bytes;
    TableFormat expected;
  };
  const std::vector<Case> cases = {
      {"企业名录.xlsx", xlsx, TableFormat::kXlsx}, {"upload.csv", xlsx, TableFormat::kXlsx},
      {"noext", xlsx, TableFormat::kXlsx},         {"list.CSV", "a,b\n", TableFormat::kCsv},
      {"list.txt", "a,b\n", TableFormat::kCsv},    {"", "a,b\n", TableFormat::kCsv},
      {"dir.v2/list", "a,b\n", TableFormat::kCsv},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(DetectTableFormat(c.filename, c.bytes), c.expected) << c.filename;
  }
}

TEST(TableFileTest, RejectsLegacyAndMislabelledFiles) {
  const std::string ole(
      "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
      "rest",
      12);
  const std::vector<std::pair<const char*, std::string>> cases = {
      {"old.xls", ole},
      {"protected.xlsx", ole},
      {"renamed.XLSX", "a,b\n"},
      {"report.csv", "%PDF-1.7"},
  };
  for (const auto& [name, bytes] : cases) {
    try {
      ReadTableFile(name, bytes);
      ADD_FAILURE() << name << ": expected FormatError";
    } catch (const FormatError& e) {
      EXPECT_FALSE(e.MessageZh().empty()) << name;
    }
  }
}

TEST(TableFileTest, NormalisesBothFormatsAlike) {
  const Rows expected = {{"名称", "代码"}, {"合肥化工", "0012"}};
  EXPECT_EQ(ReadTableFile("a.xlsx", SampleXlsx()), expected);
  EXPECT_EQ(ReadTableFile("a.csv", "\xEF\xBB\xBF名称,代码,\r\n合肥化工,0012,,\r\n,,\r\n\r\n"),
            expected);
}

TEST(TableFileTest, KeepsInteriorEmptyRowsForLineNumbers) {
  EXPECT_EQ(ReadTableFile("a.csv", "h\n\n,\nx\n"), (Rows{{"h"}, {}, {}, {"x"}}));
}

TEST(TableFileTest, PassesThroughFormatErrors) {
  EXPECT_THROW(ReadTableFile("a.csv", "\xC6\xF3\n"), FormatError);
  EXPECT_THROW(ReadTableFile("a.xlsx", "PK\x03\x04garbage"), FormatError);
  EXPECT_TRUE(ReadTableFile("empty.csv", "").empty());
}

}  // namespace
}  // namespace anjian::office
