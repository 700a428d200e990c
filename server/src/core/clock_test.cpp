#include "core/clock.hpp"

#include <gtest/gtest.h>

namespace anjian::core {
namespace {

constexpr std::int64_t kStart = 1795060800;         // 2026-11-19T04:00:00Z, simulated
constexpr std::int64_t kEpochMs = 1796000000000;    // the real instant it reads kStart

TEST(ScaledClockTest, ReadingsTable) {
  struct Case {
    double rate;
    std::int64_t until;           // 0 = never stops
    std::int64_t real_offset_ms;  // after the epoch
    std::int64_t expected_ms;     // after kStart
  };
  const Case cases[] = {
      {1, 0, 0, 0},
      {1, 0, 1500, 1500},
      {60, 0, 1000, 60000},            // a minute a second
      {1440, 0, 60000, 86400000},      // a simulated day in a real minute
      {1440, 0, -1000, -1440000},      // before the epoch it reads earlier
      {0.5, 0, 4000, 2000},            // slower than real time
      {1440, kStart + 3600, 60000, 3600000},  // stops at --clock-until
      {1440, kStart + 3600, 2000, 2880000},   // not yet at the stop
  };
  for (const auto& c : cases) {
    ScaledClock clock(kStart, c.rate, kEpochMs, c.until);
    EXPECT_EQ(clock.ReadingAt(kEpochMs + c.real_offset_ms), kStart * 1000 + c.expected_ms)
        << "rate " << c.rate << " offset " << c.real_offset_ms;
  }
}

// Several nodes given the same start, rate and epoch read the same simulated time, whenever each
// was constructed (each is stateless beyond its parameters).
TEST(ScaledClockTest, InstancesWithTheSameParametersAgree) {
  const ScaledClock a(kStart, 1440, kEpochMs, kStart + 86400);
  const ScaledClock b(kStart, 1440, kEpochMs, kStart + 86400);
  const ScaledClock c(kStart, 1440, kEpochMs, kStart + 86400);
  for (std::int64_t real = kEpochMs - 5000; real < kEpochMs + 120000; real += 777) {
    EXPECT_EQ(a.ReadingAt(real), b.ReadingAt(real));
    EXPECT_EQ(b.ReadingAt(real), c.ReadingAt(real));
  }
  const std::int64_t na = a.NowMillis(), nb = b.NowMillis();
  EXPECT_LE(nb - na, 1440 * 50);  // read within 50 ms of each other
  EXPECT_GE(nb, na);
}

TEST(ScaledClockTest, StopsAtUntilAndStaysThere) {
  const ScaledClock clock(kStart, 1440, kEpochMs, kStart + 86400);
  EXPECT_EQ(clock.ReadingAt(kEpochMs + 60000), (kStart + 86400) * 1000);
  EXPECT_EQ(clock.ReadingAt(kEpochMs + 3600000), (kStart + 86400) * 1000);
  std::int64_t prev = 0;
  for (std::int64_t real = kEpochMs; real < kEpochMs + 70000; real += 1000) {
    const std::int64_t t = clock.ReadingAt(real);
    EXPECT_GE(t, prev);  // monotone up to the stop
    prev = t;
  }
}

}  // namespace
}  // namespace anjian::core
