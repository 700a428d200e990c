#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "platform/office/xlsx_reader.hpp"
#include "platform/office/xlsx_writer.hpp"
#include "platform/office/zip.hpp"

namespace anjian::office {
namespace {

using Rows = std::vector<std::vector<std::string>>;

constexpr std::string_view kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// A hand-made package, for reader features our writer never produces. Parts not given get
// the minimal workbook that points at xl/worksheets/sheet1.xml.
std::string MakeXlsx(std::map<std::string, std::string> parts) {
  const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  parts.try_emplace(
      "_rels/.rels",
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" +
          rel_ns +
          "/officeDocument\" Target=\"xl/workbook.xml\"/>"
          "</Relationships>");
  parts.try_emplace(
      "xl/workbook.xml",
      "<workbook xmlns=\"" + std::string(kMainNs) + "\" xmlns:r=\"" + rel_ns +
          "\">"
          "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
  parts.try_emplace(
      "xl/_rels/workbook.xml.rels",
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" +
          rel_ns +
          "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          "<Relationship Id=\"rId2\" Type=\"" +
          rel_ns +
          "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
          "<Relationship Id=\"rId3\" Type=\"" +
          rel_ns +
          "/styles\" Target=\"styles.xml\"/>"
          "</Relationships>");
  ZipWriter w;
  for (const auto& [name, data] : parts) w.Add(name, data);
  return w.Finish();
}

std::string Sheet(std::string_view sheet_data) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + std::string(kMainNs) +
         "\"><sheetData>" + std::string(sheet_data) + "</sheetData></worksheet>";
}

std::string SheetXmlOf(const std::string& xlsx) {
  return ReadZip(xlsx).at("xl/worksheets/sheet1.xml");
}

struct RoundTripCase {
  const char* label;
  Cell cell;
  std::string expected;
};

TEST(XlsxTest, RoundTripsCellValues) {
  const std::vector<RoundTripCase> cases = {
      {"chinese", "安徽省应急管理厅 — 危险化学品企业", "安徽省应急管理厅 — 危险化学品企业"},
      {"uscc digits", "913401001234567890", "913401001234567890"},
      {"uscc letters", "91340100MA2N0XYZ1K", "91340100MA2N0XYZ1K"},
      {"leading zeros", "000123", "000123"},
      {"xml specials", "a<b & c>d \"q\" 'a'", "a<b & c>d \"q\" 'a'"},
      {"newline and tab", "第一行\n第二行\tTab", "第一行\n第二行\tTab"},
      {"carriage return", "a\r\nb", "a\r\nb"},
      {"control chars",
       std::string("bell\x07"
                   "end\x01"),
       std::string("bell\x07"
                   "end\x01")},
      {"literal escape lookalike", "_x0041_ stays", "_x0041_ stays"},
      {"surrounding spaces", "  padded  ", "  padded  "},
      {"emoji", "企业😀", "企业😀"},
      {"int", std::int64_t{42}, "42"},
      {"negative int", -7, "-7"},
      {"zero", 0, "0"},
      {"15 digit int", std::int64_t{999999999999999}, "999999999999999"},
      {"18 digit int becomes text", std::int64_t{913401001234567890}, "913401001234567890"},
      {"double", 3.25, "3.25"},
      {"double one tenth", 0.1, "0.1"},
      {"whole double", 12.0, "12"},
      {"negative double", -1234.5678, "-1234.5678"},
      {"big double", 1e20, "1e+20"},
      {"true", true, "TRUE"},
      {"false", false, "FALSE"},
      {"empty string", "", ""},
      {"monostate", Cell{}, ""},
  };
  XlsxWriter w("测试");
  std::vector<Cell> row;
  for (const auto& c : cases) row.push_back(c.cell);
  row.push_back("last");  // keeps trailing empties from being trimmed
  w.AddRow(row);
  const Rows rows = ReadFirstSheet(w.Finish());
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_EQ(rows[0].size(), cases.size() + 1);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    EXPECT_EQ(rows[0][i], cases[i].expected) << cases[i].label;
  }
}

TEST(XlsxTest, RoundTripsChineseTableWithHeaderAndGaps) {
  const Rows header = {{"企业名称", "统一社会信用代码", "行业", "员工数", "备注"}};
  XlsxWriter w("企业名录");
  w.SetColumnWidths({30, 22, 12, 8});
  w.SetTextColumns({1});
  w.AddHeaderRow(header[0]);
  w.AddRow({"合肥化工有限公司", "913401001234567890", "化工", 120, ""});
  w.AddRow({});  // an empty line in the middle keeps later line numbers true
  w.AddRow({"芜湖矿业", "0001234", Cell{}, 3.5, "含, 逗号"});
  w.AddRow({Cell{}, Cell{}, "only C"});
  const Rows rows = ReadFirstSheet(w.Finish());
  const Rows expected = {
      header[0],
      {"合肥化工有限公司", "913401001234567890", "化工", "120"},
      {},
      {"芜湖矿业", "0001234", "", "3.5", "含, 逗号"},
      {"", "", "only C"},
  };
  EXPECT_EQ(rows, expected);
}

TEST(XlsxTest, WritesAllPackagePartsWithMatchingContentTypes) {
  XlsxWriter w("Sheet");
  w.AddHeaderRow({"a"});
  const auto files = ReadZip(w.Finish());
  for (const char* part :
       {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/styles.xml", "xl/worksheets/sheet1.xml", "docProps/core.xml", "docProps/app.xml"}) {
    ASSERT_TRUE(files.contains(part)) << part;
    EXPECT_TRUE(files.at(part).starts_with("<?xml")) << part;
  }
  const std::string& types = files.at("[Content_Types].xml");
  for (const char* part : {"/xl/workbook.xml", "/xl/worksheets/sheet1.xml", "/xl/styles.xml"}) {
    EXPECT_NE(types.find(std::string("PartName=\"") + part + "\""), std::string::npos) << part;
  }
  EXPECT_NE(files.at("xl/styles.xml").find("<b/>"), std::string::npos);
}

TEST(XlsxTest, HeaderIsBoldFrozenAndFiltered) {
  XlsxWriter w("列表");
  w.AddHeaderRow({"名称", "代码", "地区"});
  for (int i = 0; i < 9; ++i) w.AddRow({"n", i});
  const std::string xlsx = w.Finish();
  const std::string sheet = SheetXmlOf(xlsx);
  EXPECT_NE(sheet.find("<c r=\"A1\" s=\"1\" t=\"inlineStr\">"), std::string::npos);
  EXPECT_NE(sheet.find("state=\"frozen\""), std::string::npos);
  EXPECT_NE(sheet.find("ySplit=\"1\""), std::string::npos);
  EXPECT_NE(sheet.find("<autoFilter ref=\"A1:C10\"/>"), std::string::npos);
  EXPECT_NE(sheet.find("<dimension ref=\"A1:C10\"/>"), std::string::npos);
  const std::string workbook = ReadZip(xlsx).at("xl/workbook.xml");
  EXPECT_NE(workbook.find("'列表'!$A$1:$C$10"), std::string::npos);
}

TEST(XlsxTest, NoHeaderMeansNoFreezeOrFilter) {
  XlsxWriter w("s");
  w.AddRow({1, 2});
  const std::string sheet = SheetXmlOf(w.Finish());
  EXPECT_EQ(sheet.find("frozen"), std::string::npos);
  EXPECT_EQ(sheet.find("autoFilter"), std::string::npos);
}

TEST(XlsxTest, ColumnWidthsAndTextColumnsBecomeColElements) {
  XlsxWriter w("s");
  w.SetColumnWidths({20, 0, 12.5});
  w.SetTextColumns({1, 4});
  w.AddRow({"x", "0012"});
  const std::string sheet = SheetXmlOf(w.Finish());
  EXPECT_NE(sheet.find("<col min=\"1\" max=\"1\" width=\"20\" customWidth=\"1\"/>"),
            std::string::npos);
  EXPECT_NE(sheet.find("<col min=\"2\" max=\"2\" width=\"9.140625\" style=\"2\"/>"),
            std::string::npos);
  EXPECT_NE(sheet.find("<col min=\"3\" max=\"3\" width=\"12.5\" customWidth=\"1\"/>"),
            std::string::npos);
  EXPECT_NE(sheet.find("<col min=\"5\" max=\"5\" width=\"9.140625\" style=\"2\"/>"),
            std::string::npos);
  EXPECT_NE(sheet.find("<c r=\"B1\" s=\"2\" t=\"inlineStr\">"), std::string::npos);
}

TEST(XlsxTest, SanitisesSheetNames) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "Sheet1"},
      {"a/b:c*d?[e]\\f", "a_b_c_d__e__f"},
      {"'quoted'", "quoted"},
      {std::string(40, 'x'), std::string(31, 'x')},
      {"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三",
       "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"},
  };
  for (const auto& [input, expected] : cases) {
    XlsxWriter w(input);
    const std::string workbook = ReadZip(w.Finish()).at("xl/workbook.xml");
    EXPECT_NE(workbook.find("<sheet name=\"" + expected + "\""), std::string::npos) << input;
  }
}

TEST(XlsxTest, TruncatesOverlongCellsToExcelLimit) {
  XlsxWriter w("s");
  w.AddRow({std::string(40000, 'a'), std::string(20000, 'x') + std::string(15000, 'y')});
  const Rows rows = ReadFirstSheet(w.Finish());
  EXPECT_EQ(rows[0][0].size(), 32767u);
  EXPECT_EQ(rows[0][1].size(), 32767u);
}

TEST(XlsxTest, ReplacesInvalidUtf8WithReplacementCharacter) {
  XlsxWriter w("s");
  w.AddRow(
      {std::string("ab\xFF"
                   "cd")});
  EXPECT_EQ(ReadFirstSheet(w.Finish())[0][0],
            "ab\xEF\xBF\xBD"
            "cd");
}

TEST(XlsxTest, WriterMisuseThrows) {
  XlsxWriter w("s");
  w.AddRow({1});
  EXPECT_THROW(w.AddHeaderRow({"late"}), std::logic_error);
  w.Finish();
  EXPECT_THROW(w.AddRow({1}), std::logic_error);
  EXPECT_THROW(w.Finish(), std::logic_error);
  XlsxWriter wide("s");
  EXPECT_THROW(wide.AddRow(std::vector<Cell>(16385, Cell{1})), std::length_error);
}

TEST(XlsxTest, ReadsSharedStringsRichTextAndSkipsPhoneticGuides) {
  const std::string xlsx = MakeXlsx({
      {"xl/sharedStrings.xml",
       "<sst xmlns=\"" + std::string(kMainNs) +
           "\" count=\"3\" uniqueCount=\"3\">"
           "<si><t>企业名称</t></si>"
           "<si><r><rPr><b/></rPr><t>合肥</t></r><r><t xml:space=\"preserve\"> 化工</t></r>"
           "<rPh sb=\"0\" eb=\"2\"><t>hefei</t></rPh></si>"
           "<si><t>line_x000D_break &amp; _x005F_x0041_</t></si>"
           "</sst>"},
      {"xl/worksheets/sheet1.xml",
       Sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
             "<c r=\"C1\" t=\"s\"><v>2</v></c></row>")},
  });
  const Rows expected = {{"企业名称", "合肥 化工", "line\rbreak & _x0041_"}};
  EXPECT_EQ(ReadFirstSheet(xlsx), expected);
}

TEST(XlsxTest, ReadsCellTypesAndNumberFormats) {
  struct Case {
    std::string cell_xml;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {"<c t=\"n\"><v>42</v></c>", "42"},
      {"<c><v>42.0</v></c>", "42"},
      {"<c><v>-0.5</v></c>", "-0.5"},
      {"<c><v>0.30000000000000004</v></c>", "0.3"},
      {"<c><v>1.23456789012346E+17</v></c>", "1.23456789012346e+17"},
      {"<c><v>913401001234567890</v></c>", "913401001234567890"},
      {"<c><v>1E-3</v></c>", "0.001"},
      {"<c t=\"b\"><v>1</v></c>", "TRUE"},
      {"<c t=\"b\"><v>0</v></c>", "FALSE"},
      {"<c t=\"e\"><v>#N/A</v></c>", "#N/A"},
      {"<c t=\"str\"><f>A1&amp;B1</f><v>公式结果</v></c>", "公式结果"},
      {"<c><f>1+1</f><v>2</v></c>", "2"},
      {"<c t=\"inlineStr\"><is><t>内联</t></is></c>", "内联"},
      {"<c t=\"inlineStr\"><is><r><t>a</t></r><r><t>b</t></r></is></c>", "ab"},
      {"<c t=\"d\"><v>2024-03-15T00:00:00</v></c>", "2024-03-15T00:00:00"},
      {"<c s=\"1\"><v>45366</v></c>", "2024-03-15"},
      {"<c s=\"2\"><v>44270.5</v></c>", "2021-03-15 12:00:00"},
      {"<c s=\"3\"><v>0.75</v></c>", "18:00:00"},
      {"<c s=\"4\"><v>45366</v></c>", "45366"},       // "0.00" is not a date
      {"<c s=\"5\"><v>1234.5</v></c>", "1234.5"},     // [Red] colour code is not a date
      {"<c s=\"6\"><v>45366</v></c>", "2024-03-15"},  // CJK builtin 31 without a code
      {"<c s=\"99\"><v>7</v></c>", "7"},              // unknown style index
  };
  const std::string styles =
      "<styleSheet xmlns=\"" + std::string(kMainNs) +
      "\">"
      "<numFmts count=\"3\"><numFmt numFmtId=\"164\" "
      "formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; h:mm\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"[Red]#,##0.0_);\\(#,##0.0\\)\"/>"
      "<numFmt numFmtId=\"166\" formatCode=\"0.00\"/></numFmts>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
      "<cellXfs count=\"7\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
      "<xf numFmtId=\"21\"/><xf numFmtId=\"166\"/><xf numFmtId=\"165\"/><xf "
      "numFmtId=\"31\"/></cellXfs>"
      "</styleSheet>";
  std::string data;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    data += "<row>" + cases[i].cell_xml + "</row>";
  }
  const Rows rows = ReadFirstSheet(
      MakeXlsx({{"xl/worksheets/sheet1.xml", Sheet(data)}, {"xl/styles.xml", styles}}));
  ASSERT_EQ(rows.size(), cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    ASSERT_EQ(rows[i].size(), 1u) << cases[i].cell_xml;
    EXPECT_EQ(rows[i][0], cases[i].expected) << cases[i].cell_xml;
  }
}

TEST(XlsxTest, Honours1904DateSystem) {
  const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const std::string xlsx = MakeXlsx({
      {"xl/workbook.xml",
       "<workbook xmlns=\"" + std::string(kMainNs) + "\" xmlns:r=\"" + rel_ns +
           "\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"S\" sheetId=\"1\" "
           "r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/styles.xml",
       "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"},
      {"xl/worksheets/sheet1.xml", Sheet("<row><c s=\"1\"><v>43904</v></c></row>")},
  });
  EXPECT_EQ(ReadFirstSheet(xlsx), (Rows{{"2024-03-15"}}));
}

TEST(XlsxTest, CellReferencesPlaceValuesAtTheirTruePositions) {
  const std::string xlsx =
      MakeXlsx({{"xl/worksheets/sheet1.xml",
                 Sheet("<row r=\"2\"><c r=\"C2\"><v>1</v></c><c><v>2</v></c></row>"
                       "<row r=\"3\" spans=\"1:5\"><c r=\"A3\" s=\"0\"/><c r=\"E3\" s=\"0\"/></row>"
                       "<row r=\"5\"><c r=\"AA5\" t=\"inlineStr\"><is><t>far</t></is></c></row>"
                       "<row><c r=\"B6\" t=\"inlineStr\"><is><t>next</t></is></c></row>"
                       "<row r=\"9\"><c r=\"A9\" s=\"3\"/></row>")}});
  Rows expected(6);
  expected[1] = {"", "", "1", "2"};
  expected[4] = std::vector<std::string>(27);
  expected[4][26] = "far";
  expected[5] = {"", "next"};
  EXPECT_EQ(ReadFirstSheet(xlsx), expected);
}

TEST(XlsxTest, PicksFirstWorksheetInWorkbookOrderSkippingChartSheets) {
  const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const std::string xlsx = MakeXlsx({
      {"xl/workbook.xml", "<x:workbook xmlns:x=\"" + std::string(kMainNs) + "\" xmlns:r=\"" +
                              rel_ns +
                              "\"><x:sheets>"
                              "<x:sheet name=\"Chart\" sheetId=\"3\" r:id=\"rId9\"/>"
                              "<x:sheet name=\"Data\" sheetId=\"2\" r:id=\"rId7\"/>"
                              "<x:sheet name=\"Other\" sheetId=\"1\" r:id=\"rId1\"/>"
                              "</x:sheets></x:workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
       "<Relationship Id=\"rId1\" Type=\"" +
           rel_ns +
           "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
           "<Relationship Id=\"rId7\" Type=\"" +
           rel_ns +
           "/worksheet\" Target=\"/xl/worksheets/../worksheets/data.xml\"/>"
           "<Relationship Id=\"rId9\" Type=\"" +
           rel_ns +
           "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
           "</Relationships>"},
      {"xl/chartsheets/sheet1.xml", "<chartsheet/>"},
      {"xl/worksheets/sheet1.xml",
       Sheet("<row><c t=\"inlineStr\"><is><t>other</t></is></c></row>")},
      {"xl/worksheets/data.xml", "<x:worksheet xmlns:x=\"" + std::string(kMainNs) +
                                     "\"><x:sheetData><x:row r=\"1\">"
                                     "<x:c r=\"A1\" "
                                     "t=\"inlineStr\"><x:is><x:t>data</x:t></x:is></x:c></x:row></"
                                     "x:sheetData></x:worksheet>"},
  });
  EXPECT_EQ(ReadFirstSheet(xlsx), (Rows{{"data"}}));
}

TEST(XlsxTest, RejectsGarbage) {
  const std::vector<std::pair<const char*, std::string>> cases = {
      {"not a zip", "企业名称,代码\n"},
      {"zip without workbook",
       [] {
         ZipWriter w;
         w.Add("readme.txt", "hi");
         return w.Finish();
       }()},
      {"ods",
       [] {
         ZipWriter w;
         w.Add("mimetype", "application/vnd.oasis.opendocument.spreadsheet", false);
         w.Add("content.xml", "<office:document-content/>");
         return w.Finish();
       }()},
      {"broken sheet xml",
       MakeXlsx({{"xl/worksheets/sheet1.xml", Sheet("<row><c><v>1</v></row>")}})},
      {"shared index out of range",
       MakeXlsx({{"xl/worksheets/sheet1.xml", Sheet("<row><c t=\"s\"><v>5</v></c></row>")}})},
      {"bad cell ref",
       MakeXlsx({{"xl/worksheets/sheet1.xml", Sheet("<row><c r=\"1A\"><v>1</v></c></row>")}})},
      {"row number too big",
       MakeXlsx({{"xl/worksheets/sheet1.xml", Sheet("<row r=\"1048577\"/>")}})},
      {"column too far",
       MakeXlsx({{"xl/worksheets/sheet1.xml", Sheet("<row><c r=\"XFE1\"><v>1</v></c></row>")}})},
      {"doctype",
       MakeXlsx({{"xl/worksheets/sheet1.xml",
                  "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet><sheetData/></worksheet>"}})},
      {"missing sheet part", MakeXlsx({})},
      {"workbook without sheets",
       [] {
         ZipWriter w;
         w.Add("xl/workbook.xml", "<workbook><sheets/></workbook>");
         return w.Finish();
       }()},
  };
  for (const auto& [label, bytes] : cases) {
    EXPECT_THROW(ReadFirstSheet(bytes), FormatError) << label;
  }
}

TEST(XlsxTest, MutatedSheetXmlOnlyEverThrowsFormatError) {
  const std::string good = Sheet(
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>45366</v></c>"
      "<c r=\"C1\" t=\"inlineStr\"><is><t>&amp;x_x000D_</t></is></c></row>");
  const std::string shared = "<sst><si><t>a</t></si></sst>";
  const std::string styles =
      "<styleSheet><cellXfs><xf/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
  std::mt19937 rng(7);
  int rejected = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string sheet = good;
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int i = 0; i < edits; ++i) {
      constexpr std::string_view kNasty = "<>/\"=&;#x0A9 _";
      sheet[rng() % sheet.size()] = kNasty[rng() % kNasty.size()];
    }
    const std::string xlsx = MakeXlsx({{"xl/worksheets/sheet1.xml", sheet},
                                       {"xl/sharedStrings.xml", shared},
                                       {"xl/styles.xml", styles}});
    try {
      ReadFirstSheet(xlsx);
    } catch (const FormatError&) {
      ++rejected;
    }
  }
  EXPECT_GT(rejected, 100);
}

TEST(XlsxTest, CapsCellsAllocatedForGaps) {
  // ~40 bytes of XML per row would otherwise allocate 16,384 strings per row.
  std::string data;
  for (int r = 1; r <= 400; ++r) {
    data += "<row r=\"" + std::to_string(r) + "\"><c r=\"XFD" + std::to_string(r) +
            "\"><v>1</v></c></row>";
  }
  EXPECT_THROW(ReadFirstSheet(MakeXlsx({{"xl/worksheets/sheet1.xml", Sheet(data)}})), FormatError);
  const std::string far_row = Sheet("<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>");
  const Rows rows = ReadFirstSheet(MakeXlsx({{"xl/worksheets/sheet1.xml", far_row}}));
  ASSERT_EQ(rows.size(), 1048576u);
  EXPECT_EQ(rows.back().back(), "1");
}

TEST(XlsxTest, ReaderHonoursZipLimits) {
  XlsxWriter w("s");
  for (int i = 0; i < 2000; ++i) w.AddRow({"一些重复的文字内容", i});
  const std::string xlsx = w.Finish();
  EXPECT_THROW(ReadFirstSheet(xlsx, ZipLimits{.max_total_uncompressed = 10000}), FormatError);
  EXPECT_EQ(ReadFirstSheet(xlsx).size(), 2000u);
}

TEST(XlsxTest, HandlesHundredThousandRows) {
  constexpr int kRows = 100'000;
  const auto start = std::chrono::steady_clock::now();
  XlsxWriter w("大表");
  w.AddHeaderRow(
      {"序号", "企业名称", "统一社会信用代码", "地区", "员工数", "产值", "备注", "日期"});
  for (int i = 0; i < kRows; ++i) {
    w.AddRow({i, "安徽某某化工有限公司第" + std::to_string(i) + "分公司",
              "91340100MA2N" + std::to_string(100000 + i), "合肥市蜀山区", i % 500, i * 1.5,
              (i % 3 == 0) ? "" : "备注文字", "2024-03-15"});
  }
  const std::string xlsx = w.Finish();
  const auto written = std::chrono::steady_clock::now();
  const Rows rows = ReadFirstSheet(xlsx);
  const auto read = std::chrono::steady_clock::now();
  ASSERT_EQ(rows.size(), static_cast<std::size_t>(kRows) + 1);
  EXPECT_EQ(rows[kRows][0], std::to_string(kRows - 1));
  EXPECT_EQ(rows[kRows][5], "149998.5");
  const auto ms = [](auto d) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
  };
  std::printf("100k rows: %zu bytes xlsx, write %lld ms, read %lld ms\n", xlsx.size(),
              static_cast<long long>(ms(written - start)),
              static_cast<long long>(ms(read - written)));
}

// The 风险分级管控清单 layout: a group title spanning the columns of a second header row, and
// single titles spanning both rows.
TEST(XlsxTest, GroupedTwoRowHeaderWithMergedCells) {
  XlsxWriter w("清单");
  w.AddHeaderRow({"序号", "风险单元", "管控措施", "", ""});
  w.AddHeaderRow({"", "", "类别", "内容", "层级"});
  w.MergeCells(0, 0, 1, 0);
  w.MergeCells(0, 1, 1, 1);
  w.MergeCells(0, 2, 0, 4);
  w.AddRow({1, "库房", "管理", "巡查", "班组"});
  w.AddRow({2, "工房", "工程", "联锁", "公司"});
  const std::string xlsx = w.Finish();
  const std::string sheet = SheetXmlOf(xlsx);
  EXPECT_NE(sheet.find("<mergeCells count=\"3\"><mergeCell ref=\"A1:A2\"/><mergeCell "
                       "ref=\"B1:B2\"/><mergeCell ref=\"C1:E1\"/></mergeCells>"),
            std::string::npos);
  EXPECT_NE(sheet.find("ySplit=\"2\""), std::string::npos);
  EXPECT_NE(sheet.find("topLeftCell=\"A3\""), std::string::npos);
  EXPECT_NE(sheet.find("<autoFilter ref=\"A2:E4\"/>"), std::string::npos);
  // mergeCells follows autoFilter in the schema's element order.
  EXPECT_LT(sheet.find("<autoFilter"), sheet.find("<mergeCells"));
  EXPECT_LT(sheet.find("<mergeCells"), sheet.find("<pageMargins"));
  EXPECT_NE(ReadZip(xlsx).at("xl/workbook.xml").find("'清单'!$A$2:$E$4"), std::string::npos);
  // The data still reads back below the two header rows.
  const Rows rows = ReadFirstSheet(xlsx);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0][2], "管控措施");
  EXPECT_EQ(rows[1][3], "内容");
  EXPECT_EQ(rows[2][1], "库房");
  EXPECT_EQ(rows[3][4], "公司");
}

TEST(XlsxTest, MergeMisuseThrows) {
  XlsxWriter w("s");
  EXPECT_THROW(w.MergeCells(0, 0, 0, 0), std::invalid_argument);    // one cell
  EXPECT_THROW(w.MergeCells(1, 0, 0, 1), std::invalid_argument);    // empty
  EXPECT_THROW(w.MergeCells(0, 0, 0, 16384), std::invalid_argument);  // past column XFD
  w.MergeCells(0, 0, 1, 1);
  EXPECT_THROW(w.MergeCells(1, 1, 2, 2), std::invalid_argument);    // overlaps
  w.MergeCells(2, 0, 2, 1);                                          // adjacent is fine
  w.AddHeaderRow({"a", "b"});
  w.AddRow({1, 2});
  EXPECT_THROW(w.AddHeaderRow({"late"}), std::logic_error);
}

// Rows arrive one at a time with their sheet row numbers, and the batches the reader cuts from
// 64 KiB pieces of inflated XML never split markup: CDATA and comments holding "</row>",
// attributes holding ">", namespace prefixes and self-closing rows sit across the cuts.
TEST(XlsxTest, ForEachSheetRowStreamsEveryRowAcrossPieceBoundaries) {
  std::string data;
  Rows expected;
  std::mt19937 rng(11);
  std::uint32_t r = 0;
  while (data.size() < (3u << 20)) {
    r += 1 + static_cast<std::uint32_t>(rng() % 3);
    const std::string n = std::to_string(r);
    switch (rng() % 5) {
      case 0:
        data += "<x:row r=\"" + n + "\" spans=\"1:2\"><x:c r=\"A" + n +
                "\" t=\"inlineStr\"><x:is><x:t><![CDATA[a</row>b]]></x:t></x:is></x:c></x:row>";
        expected.push_back({"a</row>b"});
        break;
      case 1:
        data += "<!-- </row> --><row r=\"" + n + "\"/>";
        continue;  // an empty row: not reported
      case 2:
        data += "<row r=\"" + n + "\" x:note=\"a>b\"><c r=\"B" + n + "\"><v>" + n +
                "</v></c></row>\n";
        expected.push_back({"", n});
        break;
      default:
        data += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"inlineStr\"><is><t>企业&amp;" + n +
                "</t></is></c><c r=\"C" + n + "\" t=\"b\"><v>1</v></c></row>";
        expected.push_back({"企业&" + n, "", "TRUE"});
        break;
    }
  }
  const std::string xlsx = MakeXlsx(
      {{"xl/worksheets/sheet1.xml",
        "<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"" + std::string(kMainNs) +
            "\"><x:sheetViews/><x:sheetData>" + data + "</x:sheetData><x:tail/></x:worksheet>"}});
  Rows got;
  std::vector<std::uint32_t> numbers;
  ForEachSheetRow(xlsx, [&](std::uint32_t number, std::vector<std::string>& cells) {
    numbers.push_back(number);
    got.push_back(std::move(cells));
  });
  EXPECT_EQ(got, expected);
  ASSERT_FALSE(numbers.empty());
  EXPECT_TRUE(std::is_sorted(numbers.begin(), numbers.end()));
  // The same content through the table reader, with gaps as empty rows.
  const Rows table = ReadFirstSheet(xlsx);
  EXPECT_EQ(table.size(), numbers.back());
  for (std::size_t i = 0; i < numbers.size(); ++i) EXPECT_EQ(table[numbers[i] - 1], got[i]);
}

TEST(XlsxTest, ForEachSheetRowRejectsASheetThatEndsInsideItsData) {
  const std::string cut = "<worksheet><sheetData><row r=\"1\"><c><v>1</v></c></row><row r=\"2\">";
  std::size_t rows = 0;
  EXPECT_THROW(ForEachSheetRow(MakeXlsx({{"xl/worksheets/sheet1.xml", cut}}),
                               [&](std::uint32_t, std::vector<std::string>&) { ++rows; }),
               FormatError);
  EXPECT_EQ(rows, 1u);
  EXPECT_TRUE(ReadFirstSheet(MakeXlsx({{"xl/worksheets/sheet1.xml",
                                        "<worksheet><sheetData/></worksheet>"}}))
                  .empty());
}

TEST(XlsxTest, StreamedWorkbookReadsBackLikeTheInMemoryOne) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("anjian_xlsx_stream_" + std::to_string(getpid()) + ".xlsx"))
                               .string();
  XlsxWriter mem("明细");
  XlsxWriter file("明细");
  file.StreamTo(path);
  for (XlsxWriter* w : {&mem, &file}) {
    w->SetColumnWidths({8, 30});
    w->AddHeaderRow({"行号", "说明"});
  }
  for (int i = 0; i < 60000; ++i) {
    const std::vector<Cell> row = {i + 2, "统一社会信用代码格式不正确 " + std::to_string(i)};
    mem.AddRow(row);
    file.AddRow(row);
  }
  EXPECT_THROW(file.Finish(), std::logic_error);
  file.FinishFile();
  std::ifstream in(path, std::ios::binary);
  const std::string streamed((std::istreambuf_iterator<char>(in)), {});
  std::filesystem::remove(path);
  const Rows a = ReadFirstSheet(mem.Finish());
  const Rows b = ReadFirstSheet(streamed);
  ASSERT_EQ(b.size(), 60001u);
  EXPECT_EQ(a, b);
  const auto parts = ReadZip(streamed);
  EXPECT_NE(parts.at("xl/worksheets/sheet1.xml").find("state=\"frozen\""), std::string::npos);
  EXPECT_NE(parts.at("xl/workbook.xml").find("_xlnm._FilterDatabase"), std::string::npos);
  XlsxWriter late("x");
  late.AddRow({1});
  EXPECT_THROW(late.StreamTo(path), std::logic_error);
}

}  // namespace
}  // namespace anjian::office
