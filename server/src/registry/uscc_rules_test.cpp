#include "registry/uscc_rules.hpp"

#include <gtest/gtest.h>

#include "core/test_util.hpp"

namespace anjian::registry {
namespace {

using core::testing::Rules;
using Set = std::set<std::string>;

TEST(UsccTest, KnownGoodCheckCharacter) {
  // rules.md §11: verified example.
  EXPECT_EQ(UsccCheckChar("91350100M000100Y4"), '3');
  EXPECT_EQ(MakeUscc("91350100M000100Y4"), "91350100M000100Y43");
  EXPECT_TRUE(ValidateUscc("91350100M000100Y43", false).empty());
}

TEST(UsccTest, CheckCharIsAlwaysInCharset) {
  // Covers the "31 becomes 0" branch: some prefix must give check value 0.
  bool saw_zero = false;
  for (char c : kUsccCharset) {
    std::string first17 = "9137080000000000";
    first17.push_back(c);
    const char check = UsccCheckChar(first17);
    ASSERT_NE(kUsccCharset.find(check), std::string_view::npos) << first17;
    if (check == '0') saw_zero = true;
    EXPECT_TRUE(ValidateUscc(MakeUscc(first17), false).empty()) << first17;
  }
  EXPECT_TRUE(saw_zero);
}

TEST(UsccTest, MalformedPrefixGivesNoCheckChar) {
  EXPECT_EQ(UsccCheckChar("9135010"), '\0');
  EXPECT_EQ(UsccCheckChar("91350100M000100I4"), '\0');  // I is not in the set
  EXPECT_EQ(MakeUscc("short"), "");
}

TEST(UsccTest, Normalize) {
  struct Case {
    const char* name;
    std::string input, expected;
  };
  const Case cases[] = {
      {"lower", "91350100m000100y43", "91350100M000100Y43"},
      {"spaces", "  91350100M000100Y43\t", "91350100M000100Y43"},
      {"ideographic space", "\xE3\x80\x80" "91350100m000100y43", "91350100M000100Y43"},
      {"empty", "   ", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(NormalizeUscc(c.input), c.expected) << c.name;
}

TEST(UsccTest, ValidationRules) {
  struct Case {
    const char* name;
    std::string input;
    bool accept_warning;
    Set expected;
  };
  const Case cases[] = {
      {"valid", "91350100M000100Y43", false, {}},
      {"empty", "", false, {"uscc_required"}},
      {"empty even when accepting warning", "", true, {"uscc_required"}},
      {"17 chars", "91350100M000100Y4", false, {"uscc_length"}},
      {"19 chars", "91350100M000100Y433", false, {"uscc_length"}},
      {"letter I", "91350100M000100I43", false, {"uscc_charset"}},
      {"letter O", "91350100O000100Y43", false, {"uscc_charset"}},
      {"letter Z", "91350100Z000100Y43", false, {"uscc_charset"}},
      {"letter S", "91350100S000100Y43", false, {"uscc_charset"}},
      {"letter V", "91350100V000100Y43", false, {"uscc_charset"}},
      {"lower-case not normalised", "91350100m000100y43", false, {"uscc_charset"}},
      {"chinese", "9135010０M000100Y43", false, {"uscc_length", "uscc_charset"}},
      {"region letter", MakeUscc("9135A100M000100Y4"), false, {"uscc_region"}},
      {"wrong check", "91350100M000100Y44", false, {"uscc_check_char"}},
      {"wrong check accepted", "91350100M000100Y44", true, {}},
      {"short and bad charset", "91I", false, {"uscc_length", "uscc_charset"}},
      {"pilot code fails check", "91350100M0001TGQXM", false, {"uscc_check_char"}},
      {"pilot code accepted", "91350100M0001TGQXM", true, {}},
  };
  for (const auto& c : cases) {
    const auto errors = ValidateUscc(c.input, c.accept_warning);
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(core::testing::WellFormed(errors)) << c.name;
    for (const auto& e : errors) EXPECT_EQ(e.field, "uscc") << c.name;
  }
}

TEST(UsccTest, CheckCharErrorNamesExpectedCharacter) {
  const auto err = UsccCheckCharError("91350100M000100Y44");
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->rule, "uscc_check_char");
  EXPECT_NE(err->message.find("'3'"), std::string::npos);
  EXPECT_NE(err->message_zh.find("3"), std::string::npos);
  EXPECT_FALSE(UsccCheckCharError("91350100M000100Y43").has_value());
  EXPECT_FALSE(UsccCheckCharError("short").has_value());
}

TEST(UsccTest, OrgCodeCheck) {
  // rules.md §11: verified organisation codes.
  struct Case {
    const char* first8;
    char expected;
  };
  const Case cases[] = {{"16592028", '6'}, {"16947057", '7'}, {"86594449", 'X'}};
  for (const auto& c : cases) EXPECT_EQ(OrgCodeCheckChar(c.first8), c.expected) << c.first8;
  EXPECT_EQ(OrgCodeCheckChar("1659202"), '\0');
  EXPECT_EQ(OrgCodeCheckChar("1659202-"), '\0');
  // The organisation code embedded in the known-good USCC is not required to pass GB 11714.
  EXPECT_TRUE(ValidateUscc("91350100M000100Y43", false).empty());
}

TEST(UsccTest, OrgCodeCheckZeroBranch) {
  // Some body must produce check value 11 → '0'; search deterministically.
  bool found = false;
  for (int n = 0; n < 2000 && !found; ++n) {
    std::string body = std::to_string(n);
    body.insert(0, 8 - body.size(), '0');
    if (OrgCodeCheckChar(body) == '0') found = true;
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace anjian::registry
