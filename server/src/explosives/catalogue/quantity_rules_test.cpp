#include "explosives/catalogue/quantity_rules.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace anjian::catalogue {
namespace {

TEST(QuantityTest, FormatMilli) {
  struct Case {
    std::int64_t milli;
    const char* expected;
  };
  const Case cases[] = {
      {0, "0"},          {1, "0.001"},        {10, "0.01"},       {12500, "12.5"},
      {5000000, "5000"}, {5000001, "5000.001"}, {-2500, "-2.5"}, {-1, "-0.001"},
      {999, "0.999"},    {std::numeric_limits<std::int64_t>::min(), "-9223372036854775.808"},
  };
  for (const auto& c : cases) EXPECT_EQ(FormatMilli(c.milli), c.expected) << c.milli;
}

TEST(QuantityTest, MilliFromDouble) {
  EXPECT_EQ(MilliFromDouble(12.5), 12500);
  EXPECT_EQ(MilliFromDouble(0.1 + 0.2), 300);  // binary noise rounds away
  EXPECT_EQ(MilliFromDouble(-1.0), -1000);
  EXPECT_EQ(MilliFromDouble(0.0004), 0);
  EXPECT_EQ(MilliFromDouble(0.0005), 1);
  EXPECT_EQ(MilliFromDouble(9e12), 9'000'000'000'000'000);
  EXPECT_EQ(MilliFromDouble(9.1e12), std::nullopt);
  EXPECT_EQ(MilliFromDouble(std::nan("")), std::nullopt);
  EXPECT_EQ(MilliFromDouble(INFINITY), std::nullopt);
  EXPECT_EQ(Milli(5000), 5'000'000);
}

}  // namespace
}  // namespace anjian::catalogue
