// Tests for the small helpers under the readers and writers: XML, UTF-8, cell refs, dates.
#include "platform/office/xml.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "platform/office/cell_ref.hpp"
#include "platform/office/excel_date.hpp"
#include "platform/office/utf8.hpp"

namespace anjian::office {
namespace {

std::string Trace(std::string_view doc) {
  XmlReader x(doc);
  std::string out;
  for (auto ev = x.Next(); ev != XmlReader::Event::kEof; ev = x.Next()) {
    switch (ev) {
      case XmlReader::Event::kStart: {
        out += "<" + std::string(x.Name());
        if (const std::string* a = x.Attr("a")) out += " a=" + *a;
        out += ">";
        break;
      }
      case XmlReader::Event::kEnd:
        out += "</" + std::string(x.Name()) + ">";
        break;
      case XmlReader::Event::kText:
        out += "[" + x.Text() + "]";
        break;
      case XmlReader::Event::kEof:
        break;
    }
  }
  return out;
}

TEST(XmlTest, ProducesEventsForWellFormedDocuments) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<?xml version=\"1.0\"?>\n<r/>", "<r></r>"},
      {"\xEF\xBB\xBF<r>x</r>", "<r>[x]</r>"},
      {"<p:r xmlns:p=\"u\" p:a='1'><p:c a=\"&lt;&amp;&gt;\"/></p:r>", "<r a=1><c a=<&>></c></r>"},
      {"<r>&quot;&apos;&#20225;&#x4E1A;</r>", "<r>[\"'企业]</r>"},
      {"<r><![CDATA[<not> &markup;]]></r>", "<r>[<not> &markup;]</r>"},
      {"<r><!-- comment --><c/></r>\n", "<r><c></c></r>"},
      {"<r>a\r\nb\rc</r>", "<r>[a\nb\nc]</r>"},
      {"<r>&#13;</r>", "<r>[\r]</r>"},
      {"<r a = \"x\" >t</r >", "<r a=x>[t]</r>"},
  };
  for (const auto& [doc, expected] : cases) {
    EXPECT_EQ(Trace(doc), expected) << doc;
  }
}

TEST(XmlTest, IgnoresNamespaceDeclarationsWhenLookingUpAttributes) {
  XmlReader x("<c xmlns:r=\"ns\" r=\"A1\"/>");
  ASSERT_EQ(x.Next(), XmlReader::Event::kStart);
  ASSERT_NE(x.Attr("r"), nullptr);
  EXPECT_EQ(*x.Attr("r"), "A1");
  EXPECT_EQ(x.Attr("missing"), nullptr);
}

TEST(XmlTest, RejectsMalformedDocuments) {
  const std::vector<std::string> cases = {
      "",
      "   ",
      "<r>",
      "<r></s>",
      "<r><c></r></c>",
      "</r>",
      "<r/><r/>",
      "text<r/>",
      "<r a=1/>",
      "<r a=\"1/>",
      "<r a=\"<\"/>",
      "<r>&unknown;</r>",
      "<r>&#0;</r>",
      "<r>&#xD800;</r>",
      "<r>&amp</r>",
      "<!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;</r>",
      "<r><!-- open</r>",
      "<r><![CDATA[open</r>",
      "\xFF\xFE<\0r\0/\0>\0",
      [] {
        std::string deep;
        for (int i = 0; i < 300; ++i) deep += "<d>";
        return deep;
      }(),
  };
  for (const auto& doc : cases) {
    EXPECT_THROW(Trace(doc), FormatError) << doc;
  }
}

TEST(XmlTest, EscapesTextAndDropsForbiddenCharacters) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"a<b>&\"c\"", "a&lt;b&gt;&amp;&quot;c&quot;"},
      {"企业\n\t", "企业\n\t"},
      {"cr\r", "cr&#13;"},
      {std::string("nul\0bell\x07", 9), "nulbell"},
      {"bad\xFF", "bad\xEF\xBF\xBD"},
      {"\xEF\xBF\xBE", ""},
  };
  for (const auto& [in, expected] : cases) {
    std::string out;
    AppendXmlEscaped(out, in);
    EXPECT_EQ(out, expected) << in;
  }
}

TEST(Utf8Test, ValidatesStrictly) {
  const std::vector<std::pair<std::string, std::size_t>> cases = {
      {"", std::string::npos},
      {"ascii", std::string::npos},
      {"企业😀é", std::string::npos},
      {"\xEF\xBB\xBF", std::string::npos},
      {"ab\xC3", 2},
      {"\xC1\xBF", 0},
      {"\xE0\x80\x80", 0},
      {"x\xED\xBF\xBF", 1},
      {"\xF5\x80\x80\x80", 0},
      {"\xE4\xB8\x41", 0},
  };
  for (const auto& [s, bad] : cases) {
    EXPECT_EQ(FindInvalidUtf8(s), bad) << s;
  }
}

TEST(Utf8Test, EncodesCodePoints) {
  std::string out;
  for (char32_t cp : {U'A', U'é', U'企', U'😀', char32_t{0xD800}}) AppendUtf8(out, cp);
  EXPECT_EQ(out, "Aé企😀\xEF\xBF\xBD");
}

TEST(CellRefTest, ConvertsColumnsBothWays) {
  const std::vector<std::pair<std::uint32_t, std::string>> cases = {
      {0, "A"},   {25, "Z"},   {26, "AA"},   {51, "AZ"},
      {52, "BA"}, {701, "ZZ"}, {702, "AAA"}, {16383, "XFD"}};
  for (const auto& [index, name] : cases) {
    EXPECT_EQ(ColumnName(index), name);
    CellRef ref;
    ASSERT_TRUE(ParseCellRef(name + "7", ref)) << name;
    EXPECT_EQ(ref.column, index);
    EXPECT_EQ(ref.row, 7u);
  }
}

TEST(CellRefTest, ParsesAndRejectsReferences) {
  CellRef ref;
  EXPECT_TRUE(ParseCellRef("$C$5", ref));
  EXPECT_EQ(ref.column, 2u);
  EXPECT_EQ(ref.row, 5u);
  EXPECT_TRUE(ParseCellRef("b", ref));
  EXPECT_EQ(ref.row, 0u);
  EXPECT_TRUE(ParseCellRef("XFD1048576", ref));
  for (const char* bad : {"", "5", "A0", "A-1", "XFE1", "A1048577", "A1B", "A 1", "AAAAAAAAA1"}) {
    EXPECT_FALSE(ParseCellRef(bad, ref)) << bad;
  }
}

TEST(ExcelDateTest, FormatsSerials) {
  struct Case {
    double serial;
    bool date1904;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {1, false, "1900-01-01"},
      {59, false, "1900-02-28"},
      {60, false, "1900-02-29"},
      {61, false, "1900-03-01"},
      {45366, false, "2024-03-15"},
      {45366.75, false, "2024-03-15 18:00:00"},
      {0.5, false, "12:00:00"},
      {44270.999999, false, "2021-03-16"},  // rounds to the next midnight
      {0, true, "1904-01-01"},
      {43904, true, "2024-03-15"},
      {2958465, false, "9999-12-31"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FormatExcelSerial(c.serial, c.date1904).value_or("nullopt"), c.expected) << c.serial;
  }
  EXPECT_FALSE(FormatExcelSerial(-1, false).has_value());
  EXPECT_FALSE(FormatExcelSerial(3e6, false).has_value());
}

TEST(ExcelDateTest, RecognisesDateFormatCodes) {
  const std::vector<std::pair<std::string, bool>> cases = {
      {"yyyy-mm-dd", true},   {"yyyy\"年\"m\"月\"d\"日\"", true},
      {"[$-804]aaaa", false}, {"h:mm AM/PM", true},
      {"[h]:mm:ss", true},    {"General", false},
      {"0.00", false},        {"#,##0_);[Red]\\(#,##0\\)", false},
      {"\"days\" 0", false},  {"0 \\d", false},
      {"@", false},           {"0.00;yyyy", false},
  };
  for (const auto& [code, is_date] : cases) {
    EXPECT_EQ(IsDateFormatCode(code), is_date) << code;
  }
  EXPECT_TRUE(IsBuiltinDateFormat(14));
  EXPECT_TRUE(IsBuiltinDateFormat(31));
  EXPECT_FALSE(IsBuiltinDateFormat(0));
  EXPECT_FALSE(IsBuiltinDateFormat(49));
}

}  // namespace
}  // namespace anjian::office
