#include "core/text.hpp"

#include <gtest/gtest.h>

namespace anjian::core {
namespace {

TEST(TextTest, TrimStripsAsciiAndIdeographicSpace) {
  struct Case {
    const char* name;
    std::string input, expected;
  };
  const Case cases[] = {
      {"empty", "", ""},
      {"only spaces", " \t\r\n ", ""},
      {"ascii both ends", "  abc \n", "abc"},
      {"ideographic", "\xE3\x80\x80济宁\xE3\x80\x80", "济宁"},
      {"mixed", " \xE3\x80\x80 济宁 \xE3\x80\x80", "济宁"},
      {"inner kept", " a b ", "a b"},
      {"only ideographic", "\xE3\x80\x80\xE3\x80\x80", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Trim(c.input), c.expected) << c.name;
}

TEST(TextTest, Utf8LengthCountsCodePointsAndRejectsInvalid) {
  struct Case {
    const char* name;
    std::string input;
    std::optional<std::size_t> expected;
  };
  const Case cases[] = {
      {"empty", "", 0},
      {"ascii", "abc", 3},
      {"chinese", "济宁市", 3},
      {"emoji 4-byte", "\xF0\x9F\x98\x80", 1},
      {"lone continuation", "\x80", std::nullopt},
      {"truncated 3-byte", "\xE6\xB5", std::nullopt},
      {"overlong slash", "\xC0\xAF", std::nullopt},
      {"surrogate", "\xED\xA0\x80", std::nullopt},
      {"beyond U+10FFFF", "\xF4\x90\x80\x80", std::nullopt},
      {"invalid lead", "\xFF", std::nullopt},
  };
  for (const auto& c : cases) EXPECT_EQ(Utf8Length(c.input), c.expected) << c.name;
}

TEST(TextTest, CaseAndDigits) {
  EXPECT_EQ(AsciiUpper("ab济c1"), "AB济C1");
  EXPECT_EQ(AsciiLower("AB济C1"), "ab济c1");
  EXPECT_TRUE(IsAsciiDigits("0123"));
  EXPECT_TRUE(IsAsciiDigits(""));
  EXPECT_FALSE(IsAsciiDigits("12a"));
}

TEST(TextTest, ControlCharactersOneRuleForEveryField) {
  using S = TextShape;
  struct Case {
    const char* name;
    std::string input;
    S shape;
    std::optional<char32_t> found;
  };
  const Case cases[] = {
      {"plain chinese", "济宁市任城区", S::kSingleLine, std::nullopt},
      {"empty", "", S::kSingleLine, std::nullopt},
      {"NUL single", std::string("ab\0cd", 5), S::kSingleLine, U'\0'},
      {"NUL multi", std::string("ab\0cd", 5), S::kMultiLine, U'\0'},
      {"NUL at end", std::string("name\0", 5), S::kSingleLine, U'\0'},
      {"LF single", "line1\nline2", S::kSingleLine, U'\n'},
      {"LF multi", "line1\nline2", S::kMultiLine, std::nullopt},
      {"CRLF multi", "a\r\nb", S::kMultiLine, std::nullopt},
      {"CR single", "a\rb", S::kSingleLine, U'\r'},
      {"TAB single", "a\tb", S::kSingleLine, U'\t'},
      {"TAB multi", "a\tb", S::kMultiLine, std::nullopt},
      {"BEL multi", "a\ab", S::kMultiLine, U'\a'},
      {"ESC multi", "a\x1b[31mred", S::kMultiLine, U'\x1b'},
      {"VT multi", "a\vb", S::kMultiLine, U'\v'},
      {"FF multi", "a\fb", S::kMultiLine, U'\f'},
      {"unit separator", "a\x1f", S::kMultiLine, U'\x1f'},
      {"DEL", "a\x7f", S::kMultiLine, U'\x7f'},
      {"C1 NEL U+0085", "a\xC2\x85z", S::kMultiLine, U'\x85'},
      {"C1 U+009F", "\xC2\x9F", S::kSingleLine, U'\x9f'},
      {"U+00A0 is not a control", "a\xC2\xA0z", S::kSingleLine, std::nullopt},
      {"U+00A9 is not a control", "\xC2\xA9 2026", S::kSingleLine, std::nullopt},
      {"ideographic space", "\xE3\x80\x80", S::kSingleLine, std::nullopt},
      {"emoji", "\xF0\x9F\x98\x80", S::kSingleLine, std::nullopt},
      {"first of several", std::string("\x01\0", 2), S::kMultiLine, U'\x01'},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FindControlChar(c.input, c.shape), c.found) << c.name;
    std::vector<FieldError> errors;
    EXPECT_EQ(CheckControlChars(c.input, c.shape, "title", errors), c.found.has_value()) << c.name;
    if (c.found) {
      ASSERT_EQ(errors.size(), 1u) << c.name;
      EXPECT_EQ(errors[0].field, "title");
      const bool line_break = *c.found == U'\t' || *c.found == U'\n' || *c.found == U'\r';
      EXPECT_EQ(errors[0].rule, line_break ? "single_line" : "control_character") << c.name;
      EXPECT_FALSE(errors[0].message_zh.empty());
    }
  }
}

TEST(TextTest, ControlCharErrorNamesTheCharacterInBothLanguages) {
  auto e = ControlCharError("name", U'\0');
  EXPECT_EQ(e.rule, "control_character");
  EXPECT_NE(e.message.find("U+0000"), std::string::npos);
  EXPECT_NE(e.message_zh.find("U+0000"), std::string::npos);
  auto m = ControlCharError("description", U'\x1b');
  EXPECT_NE(m.message.find("U+001B"), std::string::npos);
  auto c1 = ControlCharError("title", U'\x85');
  EXPECT_NE(c1.message_zh.find("U+0085"), std::string::npos);
  // Line breaks and tabs are refused only in single-line fields, and the message says so.
  auto lf = ControlCharError("title", U'\n');
  EXPECT_NE(lf.message_zh.find("单行"), std::string::npos);
  EXPECT_EQ(ControlCharError("title", U'\t').message, lf.message);
}

TEST(TextTest, ShapeFollowsTheLengthLimit) {
  EXPECT_EQ(ShapeForLimit(100), TextShape::kSingleLine);
  EXPECT_EQ(ShapeForLimit(200), TextShape::kSingleLine);
  EXPECT_EQ(ShapeForLimit(201), TextShape::kMultiLine);
  EXPECT_EQ(ShapeForLimit(2000), TextShape::kMultiLine);
}

}  // namespace
}  // namespace anjian::core
