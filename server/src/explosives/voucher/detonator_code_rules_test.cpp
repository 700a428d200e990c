#include "explosives/voucher/detonator_code_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <regex>

#include "core/test_util.hpp"

namespace anjian::voucher {
namespace {

using core::testing::Rules;
using core::testing::WellFormed;
using Set = std::set<std::string>;

// rules.md §3, verbatim. It knows nothing of month lengths, which we check on top.
const std::regex kGa441(
    "^(0[1-9]|[1-9]\\d)\\d(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[A-Za-bd-np-rty0-9]\\d{5}$");

bool DayExists(const std::string& code) {
  static const int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int month = std::stoi(code.substr(3, 2));
  const int day = std::stoi(code.substr(5, 2));
  return day <= kDays[month - 1];
}

bool Reference(const std::string& code) {
  return std::regex_match(code, kGa441) && DayExists(code);
}

TEST(DetonatorCodeTest, ValidCodes) {
  for (const char* code : {"0130101A00001", "9990229z00000" /* z is excluded */, "9991231y99999",
                           "0100131900000", "5550229Z12345", "1230430a00000", "1230531t54321"}) {
    const bool expected = std::string(code) != "9990229z00000";
    EXPECT_EQ(IsValidDetonatorCode(code), expected) << code;
    EXPECT_EQ(ValidateDetonatorCode(code).empty(), expected) << code;
  }
}

TEST(DetonatorCodeTest, EveryPositionInvalid) {
  struct Case {
    const char* name;
    std::string code;
    Set expected;
  };
  const Case cases[] = {
      {"empty", "", {"code_length"}},
      {"12 chars", "0130101A0000", {"code_length"}},
      {"14 chars", "0130101A000011", {"code_length"}},
      {"13 chars but garbage still only length when 14", "xxxxxxxxxxxxxx", {"code_length"}},
      {"enterprise 00", "0030101A00001", {"code_enterprise"}},
      {"enterprise pos 1 letter", "A130101A00001", {"code_enterprise"}},
      {"enterprise pos 2 letter", "0A30101A00001", {"code_enterprise"}},
      {"enterprise 99 ok", "9930101A00001", {}},
      {"year letter", "01X0101A00001", {"code_year"}},
      {"year space", "01 0101A00001", {"code_year"}},
      {"month 00", "0130001A00001", {"code_month"}},
      {"month 13", "0131301A00001", {"code_month"}},
      {"month pos 4 letter", "013A101A00001", {"code_month"}},
      {"month pos 5 letter", "0130A01A00001", {"code_month"}},
      {"month 12 ok", "0131231A00001", {}},
      {"day 00", "0130100A00001", {"code_day"}},
      {"day 32", "0130132A00001", {"code_day"}},
      {"day pos 6 letter", "01301A1A00001", {"code_day"}},
      {"day pos 7 letter", "013010AA00001", {"code_day"}},
      {"31 April", "0130431A00001", {"code_day_of_month"}},
      {"30 April ok", "0130430A00001", {}},
      {"29 February ok (any year digit)", "0130229A00001", {}},
      {"30 February", "0130230A00001", {"code_day_of_month"}},
      {"31 June", "0130631A00001", {"code_day_of_month"}},
      {"31 September", "0130931A00001", {"code_day_of_month"}},
      {"31 November", "0131131A00001", {"code_day_of_month"}},
      {"31 December ok", "0131231A00001", {}},
      {"bad month hides month length", "0131331A00001", {"code_month"}},
      {"feature c", "0130101c00001", {"code_feature"}},
      {"feature o", "0130101o00001", {"code_feature"}},
      {"feature s", "0130101s00001", {"code_feature"}},
      {"feature u", "0130101u00001", {"code_feature"}},
      {"feature v", "0130101v00001", {"code_feature"}},
      {"feature w", "0130101w00001", {"code_feature"}},
      {"feature x", "0130101x00001", {"code_feature"}},
      {"feature z", "0130101z00001", {"code_feature"}},
      {"feature -", "0130101-00001", {"code_feature"}},
      {"feature C ok", "0130101C00001", {}},
      {"serial pos 9", "0130101AX0001", {"code_serial"}},
      {"serial pos 10", "0130101A0X001", {"code_serial"}},
      {"serial pos 11", "0130101A00X01", {"code_serial"}},
      {"serial pos 12", "0130101A000X1", {"code_serial"}},
      {"serial pos 13", "0130101A0000X", {"code_serial"}},
      {"all at once", "00X1332cABCDE",
       {"code_enterprise", "code_year", "code_month", "code_day", "code_feature", "code_serial"}},
  };
  for (const auto& c : cases) {
    const auto errors = ValidateDetonatorCode(c.code, "codes[3]");
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(WellFormed(errors)) << c.name;
    for (const auto& e : errors) EXPECT_EQ(e.field, "codes[3]") << c.name;
    EXPECT_EQ(IsValidDetonatorCode(c.code), c.expected.empty()) << c.name;
  }
}

TEST(DetonatorCodeTest, MessagesNameTheFigures) {
  const auto length = ValidateDetonatorCode("0130101A0000");
  ASSERT_EQ(length.size(), 1u);
  EXPECT_NE(length[0].message.find("got 12"), std::string::npos) << length[0].message;
  EXPECT_NE(length[0].message_zh.find("12位"), std::string::npos) << length[0].message_zh;
  const auto day = ValidateDetonatorCode("0130431A00001");
  ASSERT_EQ(day.size(), 1u);
  EXPECT_NE(day[0].message.find("at most 30"), std::string::npos) << day[0].message;
  EXPECT_NE(day[0].message_zh.find("04月没有31日"), std::string::npos) << day[0].message_zh;
}

TEST(DetonatorCodeTest, FeatureCharactersMatchTheRegexClass) {
  const std::regex feature("[A-Za-bd-np-rty0-9]");
  for (int c = 0; c < 256; ++c) {
    const char ch = static_cast<char>(c);
    EXPECT_EQ(IsValidFeatureChar(ch), std::regex_match(std::string(1, ch), feature)) << c;
  }
}

TEST(DetonatorCodeTest, AgreesWithTheRegexOnRandomAndMutatedCodes) {
  std::mt19937 rng(441);
  const std::string alphabet = "0123456789AZaczy -";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> position(0, 12);
  const auto base = ExpandSerialRange("1250229k00000", 1000).codes;
  ASSERT_EQ(base.size(), 1000u);
  int valid = 0, invalid = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string code = base[static_cast<std::size_t>(round) % base.size()];
    for (int k = round % 3; k > 0; --k) code[static_cast<std::size_t>(position(rng))] = alphabet[pick(rng)];
    const bool expected = Reference(code);
    (expected ? valid : invalid)++;
    ASSERT_EQ(IsValidDetonatorCode(code), expected) << code;
    ASSERT_EQ(ValidateDetonatorCode(code).empty(), expected) << code;
    ASSERT_EQ(ParseDetonatorCode(code).has_value(), expected) << code;
    ASSERT_EQ(PackDetonatorCode(code).has_value(), expected) << code;
  }
  EXPECT_GT(valid, 1000);
  EXPECT_GT(invalid, 1000);
}

TEST(DetonatorCodeTest, ParseAndFormat) {
  const auto code = ParseDetonatorCode("3740915k01234");
  ASSERT_TRUE(code);
  EXPECT_EQ(*code, (DetonatorCode{37, 4, 9, 15, 'k', 1234}));
  EXPECT_EQ(FormatDetonatorCode(*code), "3740915k01234");
  EXPECT_EQ(FormatDetonatorCode({1, 0, 1, 1, '0', 0}), "0100101000000");
  EXPECT_EQ(ParseDetonatorCode("3740915s01234"), std::nullopt);
}

TEST(DetonatorCodeTest, ExpandSerialRange) {
  const auto range = ExpandSerialRange("3740915k09998", 3);
  EXPECT_TRUE(range.errors.empty());
  EXPECT_EQ(range.codes,
            (std::vector<std::string>{"3740915k09998", "3740915k09999", "3740915k10000"}));

  struct Case {
    const char* name;
    const char* first;
    std::int64_t count;
    Set expected;
    std::size_t codes;
  };
  const Case cases[] = {
      {"one", "3740915k00000", 1, {}, 1},
      {"to 99999 exactly", "3740915k99990", 10, {}, 10},
      {"whole section", "3740915k00000", 100000, {}, 100000},
      {"past 99999", "3740915k99990", 11, {"code_range_count"}, 0},
      {"zero", "3740915k00000", 0, {"code_range_count"}, 0},
      {"negative", "3740915k00000", -5, {"code_range_count"}, 0},
      {"bad first code", "3740931k00000", 5, {"code_day_of_month"}, 0},
      {"bad first and count", "3740931k00000", 0, {"code_day_of_month", "code_range_count"}, 0},
  };
  for (const auto& c : cases) {
    const auto r = ExpandSerialRange(c.first, c.count);
    EXPECT_EQ(Rules(r.errors), c.expected) << c.name;
    EXPECT_TRUE(WellFormed(r.errors)) << c.name;
    EXPECT_EQ(r.codes.size(), c.codes) << c.name;
  }
  const auto bad = ExpandSerialRange("3740931k00000", 5);
  EXPECT_EQ(bad.errors[0].field, "first_code");
  const auto full = ExpandSerialRange("3740915k00000", 100000);
  EXPECT_EQ(full.codes.back(), "3740915k99999");
}

TEST(DetonatorCodeTest, PackedOrderEqualsTextOrder) {
  std::mt19937 rng(7);
  std::vector<std::string> codes;
  const std::string features = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabdefghijklmnpqrty";
  for (int i = 0; i < 5000; ++i) {
    DetonatorCode c{static_cast<int>(rng() % 99) + 1, static_cast<int>(rng() % 10),
                    static_cast<int>(rng() % 12) + 1, static_cast<int>(rng() % 28) + 1,
                    features[rng() % features.size()], static_cast<int>(rng() % 100000)};
    codes.push_back(FormatDetonatorCode(c));
  }
  codes.push_back("9991231y99999");  // the largest code
  codes.push_back("0100101000000");  // the smallest
  std::vector<std::uint64_t> packed;
  for (const auto& c : codes) {
    const auto p = PackDetonatorCode(c);
    ASSERT_TRUE(p) << c;
    EXPECT_EQ(UnpackDetonatorCode(*p), c);
    packed.push_back(*p);
  }
  auto by_text = codes;
  std::sort(by_text.begin(), by_text.end());
  std::sort(packed.begin(), packed.end());
  for (std::size_t i = 0; i < codes.size(); ++i) {
    ASSERT_EQ(UnpackDetonatorCode(packed[i]), by_text[i]) << i;
  }
}

}  // namespace
}  // namespace anjian::voucher
