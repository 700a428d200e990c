#include "platform/office/csv.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace anjian::office {
namespace {

using Rows = std::vector<std::vector<std::string>>;

struct ParseCase {
  const char* label;
  std::string input;
  Rows expected;
};

TEST(CsvTest, ParsesRfc4180AndExcelVariants) {
  const std::vector<ParseCase> cases = {
      {"empty input", "", {}},
      {"single field", "a", {{"a"}}},
      {"lf", "a,b\nc,d\n", {{"a", "b"}, {"c", "d"}}},
      {"crlf", "a,b\r\nc,d\r\n", {{"a", "b"}, {"c", "d"}}},
      {"lone cr", "a,b\rc,d", {{"a", "b"}, {"c", "d"}}},
      {"no final newline", "a,b\nc,d", {{"a", "b"}, {"c", "d"}}},
      {"bom stripped", "\xEF\xBB\xBF名称,代码\n", {{"名称", "代码"}}},
      {"quoted comma", "\"a,b\",c\n", {{"a,b", "c"}}},
      {"escaped quote", "\"say \"\"hi\"\"\",x\n", {{"say \"hi\"", "x"}}},
      {"newline inside quotes", "\"line1\nline2\",x\r\ny\r\n", {{"line1\nline2", "x"}, {"y"}}},
      {"crlf inside quotes kept", "\"a\r\nb\"\r\n", {{"a\r\nb"}}},
      {"empty fields", ",,\n", {{"", "", ""}}},
      {"trailing comma", "a,\n", {{"a", ""}}},
      {"trailing comma at eof", "a,", {{"a", ""}}},
      {"empty line is empty row", "a\n\nb\n", {{"a"}, {}, {"b"}}},
      {"crlf empty lines", "a\r\n\r\n\r\nb", {{"a"}, {}, {}, {"b"}}},
      {"quoted empty is a field", "\"\"\n", {{""}}},
      {"only newline", "\n", {{}}},
      {"spaces preserved", " a , b \n", {{" a ", " b "}}},
      {"stray quote in unquoted field", "ab\"c,d\n", {{"ab\"c", "d"}}},
      {"text after closing quote", "\"ab\"cd,e\n", {{"abcd", "e"}}},
      {"chinese and leading zeros",
       "企业,0012,913401001234567890\n",
       {{"企业", "0012", "913401001234567890"}}},
      {"quoted field at eof", "a,\"b\"", {{"a", "b"}}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ParseCsv(c.input), c.expected) << c.label;
  }
}

TEST(CsvTest, RejectsUnterminatedQuoteWithLineNumber) {
  try {
    ParseCsv("a,b\nc,\"unterminated\nmore\n");
    FAIL() << "expected FormatError";
  } catch (const FormatError& e) {
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
  }
}

TEST(CsvTest, RejectsInvalidUtf8) {
  const std::vector<std::pair<const char*, std::string>> cases = {
      {"gbk 企业", "name\n\xC6\xF3\xD2\xB5,1\n"},
      {"latin1", "caf\xE9\n"},
      {"overlong slash", "a\xC0\xAF"},
      {"surrogate", "\xED\xA0\x80"},
      {"above U+10FFFF", "\xF4\x90\x80\x80"},
      {"truncated sequence", "企\xE4\xB8"},
      {"lone continuation", "\x80"},
  };
  for (const auto& [label, input] : cases) {
    try {
      ParseCsv(input);
      ADD_FAILURE() << label << ": expected FormatError";
    } catch (const FormatError& e) {
      EXPECT_NE(std::string(e.what()).find("not UTF-8"), std::string::npos) << label;
      EXPECT_NE(std::string(e.what()).find("save as CSV UTF-8"), std::string::npos) << label;
      EXPECT_NE(e.MessageZh().find("UTF-8"), std::string::npos) << label;
    }
  }
}

TEST(CsvTest, ReportsLineOfFirstInvalidByte) {
  try {
    ParseCsv("ok\nok\n\xC6\xF3\n");
    FAIL();
  } catch (const FormatError& e) {
    EXPECT_NE(std::string(e.what()).find("line 3"), std::string::npos) << e.what();
  }
}

TEST(CsvTest, RejectsUtf16WithAdvice) {
  EXPECT_THROW(ParseCsv(std::string("\xFF\xFE"
                                    "a\0,\0",
                                    6)),
               FormatError);
}

TEST(CsvTest, CapsTheNumberOfCells) {
  EXPECT_THROW(ParseCsv(std::string(kMaxTableCells, ',')), FormatError);
  EXPECT_EQ(ParseCsv(std::string(1000, ',')).at(0).size(), 1001u);
}

TEST(CsvTest, CapsTheFieldsOfOneRecordAtTheSheetWidth) {
  // One record as wide as the cell cap would be one row of 5M strings (160 MB of headers).
  EXPECT_EQ(ParseCsv(std::string(kMaxSheetColumns - 1, ',')).at(0).size(), kMaxSheetColumns);
  try {
    ParseCsv("a,b\n" + std::string(kMaxSheetColumns, ','));
    FAIL() << "expected FormatError";
  } catch (const FormatError& e) {
    EXPECT_NE(e.MessageZh().find("第 2 行"), std::string::npos) << e.MessageZh();
  }
}

TEST(CsvTest, ReaderYieldsTheSameRecordsOneAtATime) {
  const std::string text =
      "\xEF\xBB\xBF名称,\"多\n行\",x\r\n\r\n\"\",\n,,\n\"a\"\"b\",c\rlast";
  const auto table = ParseCsv(text);
  CsvReader reader(text);
  std::vector<std::string> row;
  std::vector<std::vector<std::string>> streamed;
  while (reader.Next(row)) streamed.push_back(row);
  EXPECT_EQ(streamed, table);
  EXPECT_EQ(streamed.size(), 6u);
  EXPECT_FALSE(reader.Next(row));
  EXPECT_TRUE(row.empty());
  EXPECT_THROW(CsvReader("\xFF\xFE" "a"), FormatError);  // checked before the first record
}

TEST(CsvTest, WritesBomQuotesAndCrlf) {
  const Rows rows = {{"名称", "说明"}, {"a,b", "say \"hi\""}, {"multi\nline", ""}, {}, {""}};
  EXPECT_EQ(WriteCsv(rows),
            "\xEF\xBB\xBF名称,说明\r\n"
            "\"a,b\",\"say \"\"hi\"\"\"\r\n"
            "\"multi\nline\",\r\n"
            "\r\n"
            "\"\"\r\n");
}

TEST(CsvTest, RoundTripsTables) {
  const std::vector<Rows> tables = {
      {},
      {{"企业名称", "统一社会信用代码", "备注"},
       {"合肥化工", "913401001234567890", ""},
       {"芜湖, 矿业", "0001234", "含\"引号\""},
       {},
       {"", "", "末列"},
       {"多行\r\n文本", "a\rb", " 空格 "}},
      {{""}},
      {{"", ""}},
  };
  for (const auto& t : tables) {
    EXPECT_EQ(ParseCsv(WriteCsv(t)), t);
  }
}

}  // namespace
}  // namespace anjian::office
