#include "explosives/stocktake/variance_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <random>

#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"

namespace anjian::stocktake {
namespace {

using voucher::ExpandSerialRange;
using catalogue::Milli;

using Strings = std::vector<std::string>;
using Quantities = std::map<std::string, std::int64_t, std::less<>>;

TEST(VarianceTest, SmallCases) {
  struct Case {
    const char* name;
    Strings book, counted, missing, extra;
    std::size_t duplicates;
  };
  const Case cases[] = {
      {"both empty", {}, {}, {}, {}, 0},
      {"match", {"3750101A00002", "3750101A00001"}, {"3750101A00001", "3750101A00002"}, {}, {}, 0},
      {"nothing counted", {"3750101A00002", "3750101A00001"}, {},
       {"3750101A00001", "3750101A00002"}, {}, 0},
      {"empty books", {}, {"3750101A00009"}, {}, {"3750101A00009"}, 0},
      {"one missing one extra", {"3750101A00001", "3750101A00002"},
       {"3750101A00003", "3750101A00001"}, {"3750101A00002"}, {"3750101A00003"}, 0},
      {"double scans are not extra", {"3750101A00001"},
       {"3750101A00001", "3750101A00001", "3750101A00001"}, {}, {}, 2},
      {"non GA 441 codes compare as text", {"UID-2", "UID-1", "3750101A00001"},
       {"UID-3", "UID-1", "UID-1"}, {"3750101A00001", "UID-2"}, {"UID-3"}, 1},
      {"one invalid counted code switches to text", {"3750101A00001", "3750101A00002"},
       {"3750101A00002", "not a code"}, {"3750101A00001"}, {"not a code"}, 0},
  };
  for (const auto& c : cases) {
    const auto v = ComputeVariance(c.book, c.counted, {}, {});
    EXPECT_EQ(v.missing_codes, c.missing) << c.name;
    EXPECT_EQ(v.extra_codes, c.extra) << c.name;
    EXPECT_EQ(v.duplicate_scans, c.duplicates) << c.name;
    EXPECT_EQ(v.Matches(), c.missing.empty() && c.extra.empty()) << c.name;
  }
}

TEST(VarianceTest, QuantityDifferences) {
  const Quantities book = {{"black_powder", catalogue::Milli(100)},
                           {"detonating_cord", catalogue::Milli(500)},
                           {"industrial_explosive", catalogue::Milli(2000)}};
  const Quantities counted = {{"detonating_cord", catalogue::Milli(500)},
                              {"industrial_explosive", catalogue::Milli(1999) + 500},
                              {"shock_tube", catalogue::Milli(30)}};
  const auto v = ComputeVariance({}, {}, book, counted);
  const std::vector<QuantityDifference> expected = {
      {"black_powder", catalogue::Milli(100), 0, -catalogue::Milli(100)},  // not counted = counted as zero
      {"industrial_explosive", catalogue::Milli(2000), catalogue::Milli(1999) + 500, -500},
      {"shock_tube", 0, catalogue::Milli(30), catalogue::Milli(30)},
  };
  EXPECT_EQ(v.quantity_differences, expected);
  EXPECT_FALSE(v.Matches());
  EXPECT_TRUE(ComputeVariance({}, {}, book, book).Matches());
}

// The stocktake: 1,000,000 codes on the books, 1,000 of them missing, 1,000 extra,
// scanned in random order with some double scans.
TEST(VarianceTest, MillionCodes) {
  Strings book;
  book.reserve(1'000'000);
  for (int day = 1; day <= 10; ++day) {
    char first[16];
    std::snprintf(first, sizeof first, "37402%02dk00000", day);
    auto range = voucher::ExpandSerialRange(first, 100000);
    ASSERT_TRUE(range.errors.empty());
    for (auto& c : range.codes) book.push_back(std::move(c));
  }
  ASSERT_EQ(book.size(), 1'000'000u);
  std::mt19937 rng(2024);
  Strings counted = book;
  std::shuffle(counted.begin(), counted.end(), rng);
  Strings expected_missing(counted.end() - 1000, counted.end());
  counted.resize(counted.size() - 1000);
  Strings expected_extra = voucher::ExpandSerialRange("3740301m00000", 1000).codes;
  counted.insert(counted.end(), expected_extra.begin(), expected_extra.end());
  for (int i = 0; i < 50; ++i) counted.push_back(counted[static_cast<std::size_t>(i) * 7]);
  std::shuffle(counted.begin(), counted.end(), rng);
  std::shuffle(book.begin(), book.end(), rng);
  std::sort(expected_missing.begin(), expected_missing.end());
  std::sort(expected_extra.begin(), expected_extra.end());

  const auto start = std::chrono::steady_clock::now();
  const auto v = ComputeVariance(std::move(book), std::move(counted), {}, {});
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(v.missing_codes, expected_missing);
  EXPECT_EQ(v.extra_codes, expected_extra);
  EXPECT_EQ(v.duplicate_scans, 50u);
  std::cout << "1M-code variance: "
            << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms\n";
}

// Same on the string path (codes that are not GA 441), smaller but with the same shape.
TEST(VarianceTest, ManyFreeCodes) {
  Strings book, counted, missing, extra;
  for (int i = 0; i < 200000; ++i) {
    std::string code = "UID" + std::to_string(1'000'000 + i);
    if (i % 1000 == 7) {
      missing.push_back(code);
    } else {
      counted.push_back(code);
    }
    book.push_back(std::move(code));
  }
  for (int i = 0; i < 200; ++i) {
    extra.push_back("UIX" + std::to_string(i));
    counted.push_back(extra.back());
  }
  std::mt19937 rng(9);
  std::shuffle(counted.begin(), counted.end(), rng);
  std::sort(missing.begin(), missing.end());
  std::sort(extra.begin(), extra.end());
  const auto v = ComputeVariance(book, counted, {}, {});
  EXPECT_EQ(v.missing_codes, missing);
  EXPECT_EQ(v.extra_codes, extra);
}

TEST(VarianceTest, SortedUnique) {
  std::size_t duplicates = 0;
  EXPECT_EQ(SortedUnique({"b", "a", "b", "c", "a"}, &duplicates), (Strings{"a", "b", "c"}));
  EXPECT_EQ(duplicates, 2u);
  EXPECT_EQ(SortedUnique({}, nullptr), Strings{});
}

}  // namespace
}  // namespace anjian::stocktake
