#include "domain/text.hpp"

#include <gtest/gtest.h>

namespace anjian::domain {
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

}  // namespace
}  // namespace anjian::domain
