#include "core/china_time.hpp"

#include <gtest/gtest.h>

namespace anjian::core {
namespace {

Date D(std::string_view text) { return ParseIsoDate(text).value(); }

TEST(ChinaTime, UtcEveningIsNextLocalDayAcrossYearEnd) {
  // 2026-12-31T16:30Z is 2027-01-01 00:30 in China.
  const std::int64_t t = UnixFromLocal(D("2026-12-31"), 16 * 60 + 30, 0);
  auto local = LocalFromUnix(t);
  EXPECT_EQ(local.date, D("2027-01-01"));
  EXPECT_EQ(local.minute, 30);
  EXPECT_EQ(UnixFromLocal(local.date, local.minute), t);
}

TEST(ChinaTime, RoundTripsEveryHalfHourOverALeapDay) {
  for (std::int64_t t = UnixFromLocal(D("2028-02-28"), 0); t < UnixFromLocal(D("2028-03-02"), 0);
       t += 1800) {
    auto l = LocalFromUnix(t);
    EXPECT_EQ(UnixFromLocal(l.date, l.minute), t);
  }
  EXPECT_EQ(LocalFromUnix(UnixFromLocal(D("2028-02-29"), 1439)).date, D("2028-02-29"));
}

TEST(ChinaTime, BeforeTheEpochAndOtherOffsets) {
  auto l = LocalFromUnix(-60, 0);
  EXPECT_EQ(l.date, D("1969-12-31"));
  EXPECT_EQ(l.minute, 1439);
  EXPECT_EQ(LocalFromUnix(0, -300).date, D("1969-12-31"));
  EXPECT_EQ(LocalFromUnix(0, -300).minute, 19 * 60);
}

TEST(ChinaTime, FormatLocal) {
  EXPECT_EQ(FormatLocal(D("2026-11-22"), 8 * 60), "2026-11-22T08:00");
  EXPECT_EQ(FormatLocal(D("2026-12-31"), 1440), "2027-01-01T00:00");
}

TEST(ChinaTime, CalendarDayOfAnInstant) {
  // 2026-12-31T15:59:59Z is 23:59:59 in China; one second later it is 2027-01-01.
  const std::int64_t last = UnixFromLocal(D("2026-12-31"), 23 * 60 + 59) + 59;
  EXPECT_EQ(ChinaIsoDate(last), "2026-12-31");
  EXPECT_EQ(ChinaIsoDate(last + 1), "2027-01-01");
  EXPECT_EQ(ChinaIsoMonth(last + 1), "2027-01");
  EXPECT_EQ(ChinaIsoDateTime(last), "2026-12-31T23:59:59");
  EXPECT_EQ(ChinaIsoDateTime(last + 1), "2027-01-01T00:00:00");
  EXPECT_EQ(ChinaIsoDateTime(-1), "1970-01-01T07:59:59");
  EXPECT_EQ(ChinaDayStart(D("2027-01-01")), last + 1);
  EXPECT_EQ(ChinaDayEnd(D("2026-12-31")), last + 1);
  EXPECT_EQ(ChinaDayEnd(D("2026-12-31")) - ChinaDayStart(D("2026-12-31")), 86400);
  EXPECT_EQ(ChinaDate(ChinaDayStart(D("2028-02-29"))), D("2028-02-29"));
}

}  // namespace
}  // namespace anjian::core
