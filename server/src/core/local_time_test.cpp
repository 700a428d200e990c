#include "core/local_time.hpp"

#include <gtest/gtest.h>

namespace anjian::domain::dual_prevention {
namespace {

Date D(std::string_view text) { return ParseIsoDate(text).value(); }

TEST(LocalTime, UtcEveningIsNextLocalDayAcrossYearEnd) {
  // 2026-12-31T16:30Z is 2027-01-01 00:30 in China.
  const std::int64_t t = UnixFromLocal(D("2026-12-31"), 16 * 60 + 30, 0);
  auto local = LocalFromUnix(t);
  EXPECT_EQ(local.date, D("2027-01-01"));
  EXPECT_EQ(local.minute, 30);
  EXPECT_EQ(UnixFromLocal(local.date, local.minute), t);
}

TEST(LocalTime, RoundTripsEveryHalfHourOverALeapDay) {
  for (std::int64_t t = UnixFromLocal(D("2028-02-28"), 0); t < UnixFromLocal(D("2028-03-02"), 0);
       t += 1800) {
    auto l = LocalFromUnix(t);
    EXPECT_EQ(UnixFromLocal(l.date, l.minute), t);
  }
  EXPECT_EQ(LocalFromUnix(UnixFromLocal(D("2028-02-29"), 1439)).date, D("2028-02-29"));
}

TEST(LocalTime, BeforeTheEpochAndOtherOffsets) {
  auto l = LocalFromUnix(-60, 0);
  EXPECT_EQ(l.date, D("1969-12-31"));
  EXPECT_EQ(l.minute, 1439);
  EXPECT_EQ(LocalFromUnix(0, -300).date, D("1969-12-31"));
  EXPECT_EQ(LocalFromUnix(0, -300).minute, 19 * 60);
}

TEST(LocalTime, FormatLocal) {
  EXPECT_EQ(FormatLocal(D("2026-11-22"), 8 * 60), "2026-11-22T08:00");
  EXPECT_EQ(FormatLocal(D("2026-12-31"), 1440), "2027-01-01T00:00");
}

// The generation job's view of "now": a daily slot for the local day of a UTC instant, missed
// once the local day has ended, across a month end.
TEST(LocalTime, DailySlotOfUtcInstantAndItsMissing) {
  const auto cfg = DefaultScheduleConfig();
  auto now = LocalFromUnix(UnixFromLocal(D("2026-11-30"), 23 * 60 + 59));
  auto slot = SlotAt(Frequency::kDaily, now, cfg).value();
  EXPECT_EQ(slot.period_key, "2026-11-30");
  EXPECT_FALSE(IsMissed(slot, now));
  auto later = LocalFromUnix(UnixFromLocal(D("2026-11-30"), 23 * 60 + 59) + 60);
  EXPECT_EQ(later.date, D("2026-12-01"));
  EXPECT_TRUE(IsMissed(slot, later));
}

}  // namespace
}  // namespace anjian::domain::dual_prevention
