#include "explosives/voucher/code_set_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "explosives/voucher/detonator_code_rules.hpp"

namespace anjian::voucher {
namespace {


using Strings = std::vector<std::string>;

CodeSet SetOf(const Strings& codes) {
  CodeSet s;
  for (const auto& c : codes) AddCode(s, c);
  Normalise(s);
  return s;
}

TEST(CodeSetTest, RadixSortAgreesWithStdSortAndCountsDuplicates) {
  std::mt19937_64 rng(7);
  for (std::size_t n : {0u, 1u, 100u, 5000u, 200000u}) {
    std::vector<std::uint64_t> v;
    for (std::size_t i = 0; i < n; ++i) v.push_back(rng() % (n * 2 + 1) * 1'000'003 % (1ull << 46));
    auto expected = v;
    std::sort(expected.begin(), expected.end());
    const auto end = std::unique(expected.begin(), expected.end());
    const std::size_t dups = static_cast<std::size_t>(expected.end() - end);
    expected.erase(end, expected.end());
    EXPECT_EQ(SortUniquePacked(v), dups) << n;
    EXPECT_EQ(v, expected) << n;
  }
}

TEST(CodeSetTest, DifferenceMixesPackedAndFreeCodesInTextOrder) {
  auto book = SetOf({"3750101A00002", "UID-1", "3750101A00001", "ZZ-9"});
  auto counted = SetOf({"3750101A00001", "3750101A00003", "UID-1", "AA-1"});
  auto d = Difference(book, counted);
  EXPECT_EQ(d.only_a, (Strings{"3750101A00002", "ZZ-9"}));
  EXPECT_EQ(d.only_b, (Strings{"3750101A00003", "AA-1"}));
}

TEST(CodeSetTest, ApplyMovesABookedSetForward) {
  auto base = SetOf({"3750101A00001", "3750101A00002", "UID-1"});
  auto out = Apply(base, SetOf({"3750101A00002", "UID-1"}), SetOf({"3750101A00009", "UID-2"}));
  auto d = Difference(out, SetOf({"3750101A00001", "3750101A00009", "UID-2"}));
  EXPECT_TRUE(d.only_a.empty());
  EXPECT_TRUE(d.only_b.empty());
}

TEST(CodeSetTest, ScannedTextAcceptsLinesSeparatorsHeaderAndReportsBadLines) {
  auto s = ParseScannedText(
      "\xEF\xBB\xBF编码\r\n3750101A00001\r\n\r\n 3750101A00002 ,\"3750101A00003\"\n"
      "3750101A00001\tUID-7\n坏码\n");
  EXPECT_EQ(s.tokens, 5u);
  EXPECT_EQ(Normalise(s.codes), 1u);  // the double scan
  EXPECT_EQ(s.codes.packed.size(), 3u);
  EXPECT_EQ(s.codes.other, (Strings{"UID-7"}));
  ASSERT_EQ(s.invalid.size(), 1u);
  EXPECT_EQ(s.invalid[0].first, 6u);
  EXPECT_EQ(s.invalid_count, 1u);
  // A header word later in the file is not a header.
  auto later = ParseScannedText("3750101A00001\ncode\n");
  EXPECT_EQ(later.codes.other, (Strings{"code"}));
  EXPECT_TRUE(IsCodeHeader(" Code "));
  EXPECT_FALSE(IsCodeHeader("3750101A00001"));
}

TEST(CodeSetTest, MillionCodesWithThousandMissingAndExtra) {
  auto first = ExpandSerialRange("3760101A00000", 100000).codes;
  CodeSet book, counted;
  for (int day = 1; day <= 10; ++day)
    for (int s = 0; s < 100000; ++s) {
      auto code = first[static_cast<std::size_t>(s)];
      code[5] = static_cast<char>('0' + day / 10);
      code[6] = static_cast<char>('0' + day % 10);
      book.packed.push_back(*PackDetonatorCode(code));
    }
  std::mt19937_64 rng(3);
  std::shuffle(book.packed.begin(), book.packed.end(), rng);
  counted.packed.assign(book.packed.begin() + 1000, book.packed.end());
  for (int i = 0; i < 1000; ++i)
    counted.packed.push_back(*PackDetonatorCode("3760201B" + std::to_string(10000 + i)));
  Normalise(book);
  Normalise(counted);
  auto d = Difference(book, counted);
  EXPECT_EQ(d.only_a.size(), 1000u);
  EXPECT_EQ(d.only_b.size(), 1000u);
  EXPECT_TRUE(std::is_sorted(d.only_a.begin(), d.only_a.end()));
}

}  // namespace
}  // namespace anjian::voucher
