#include "explosives/filing/sale_filing_rules.hpp"

#include <gtest/gtest.h>

#include "core/china_time.hpp"

namespace anjian::filing {
namespace {

constexpr std::int64_t kDay = 86400;

core::Date D(std::string_view text) { return core::ParseIsoDate(text).value(); }
// An instant given as China wall-clock time: date and "HH:MM".
std::int64_t China(std::string_view date, int hour, int minute) {
  return core::UnixFromLocal(D(date), hour * 60 + minute);
}

// The days of the State Council's notices the tables cross (2026: 国办 2025年11月4日) and 元旦 2027
// (1 January is a statutory holiday every year; the 2027 notice is the administrator's to enter).
calendar::WorkingCalendar Cal() {
  using calendar::DayKind;
  std::vector<calendar::CalendarDay> days;
  for (core::Date d = D("2026-05-01"); d <= D("2026-05-05"); d = core::AddDays(d, 1))
    days.push_back({d, DayKind::kHoliday, "劳动节"});
  days.push_back({D("2026-05-09"), DayKind::kWorkday, "劳动节"});
  for (core::Date d = D("2026-10-01"); d <= D("2026-10-07"); d = core::AddDays(d, 1))
    days.push_back({d, DayKind::kHoliday, "国庆节"});
  days.push_back({D("2026-09-20"), DayKind::kWorkday, "国庆节"});
  days.push_back({D("2026-10-10"), DayKind::kWorkday, "国庆节"});
  days.push_back({D("2027-01-01"), DayKind::kHoliday, "元旦"});
  return calendar::WorkingCalendar(std::move(days));
}

// 民法典 art. 201: a period in days starts the day after the event and ends at 24:00 of its last
// day; art. 203: a last day on a statutory rest day (holiday or weekend) moves to the day after
// the rest; 条例 art. 24: 3 days. Each row: the deal (China time) → art. 201's last day, the last
// day after art. 203, its 24:00 in UTC, and the label a person reads.
TEST(SaleFilingDeadline, CountedAsChineseLawCounts) {
  struct Row {
    std::string_view date;
    int hour, minute;
    std::string_view nominal, last_day, deadline_utc, label;
  };
  const Row rows[] = {
      {"2026-12-06", 10, 0, "2026-12-09", "2026-12-09", "2026-12-09T16:00", "12月9日24时前"},
      // Posting at 23:59 China time: the day of the deal still does not count.
      {"2026-12-06", 23, 59, "2026-12-09", "2026-12-09", "2026-12-09T16:00", "12月9日24时前"},
      // Two minutes later it is the next China day (still 2026-12-06 in UTC).
      {"2026-12-07", 0, 1, "2026-12-10", "2026-12-10", "2026-12-10T16:00", "12月10日24时前"},
      {"2026-12-06", 0, 1, "2026-12-09", "2026-12-09", "2026-12-09T16:00", "12月9日24时前"},
      // Month ends: 31-day, 30-day, February (common and leap year).
      {"2026-01-30", 9, 0, "2026-02-02", "2026-02-02", "2026-02-02T16:00", "2月2日24时前"},
      {"2026-02-27", 9, 0, "2026-03-02", "2026-03-02", "2026-03-02T16:00", "3月2日24时前"},
      {"2028-02-27", 9, 0, "2028-03-01", "2028-03-01", "2028-03-01T16:00", "3月1日24时前"},
      {"2028-02-29", 23, 59, "2028-03-03", "2028-03-03", "2028-03-03T16:00", "3月3日24时前"},
      // 劳动节 2026 (1-5 May): the last day 2 May moves to Wednesday 6 May.
      {"2026-04-29", 9, 0, "2026-05-02", "2026-05-06", "2026-05-06T16:00", "5月6日24时前"},
      // An ordinary Saturday moves to Monday; a Sunday too.
      {"2026-12-02", 9, 0, "2026-12-05", "2026-12-07", "2026-12-07T16:00", "12月7日24时前"},
      {"2026-12-03", 9, 0, "2026-12-06", "2026-12-07", "2026-12-07T16:00", "12月7日24时前"},
      // 国庆节 2026: 1 October moves past the week to 8 October; Saturday 10 October is an
      // adjusted working day and does not move.
      {"2026-09-28", 9, 0, "2026-10-01", "2026-10-08", "2026-10-08T16:00", "10月8日24时前"},
      {"2026-10-07", 9, 0, "2026-10-10", "2026-10-10", "2026-10-10T16:00", "10月10日24时前"},
      // Year ends: 元旦 (Friday) and the weekend after it move to Monday 4 January.
      {"2026-12-29", 23, 59, "2027-01-01", "2027-01-04", "2027-01-04T16:00", "1月4日24时前"},
      {"2026-12-31", 0, 1, "2027-01-03", "2027-01-04", "2027-01-04T16:00", "1月4日24时前"},
      {"2026-12-31", 23, 59, "2027-01-03", "2027-01-04", "2027-01-04T16:00", "1月4日24时前"},
  };
  const auto cal = Cal();
  for (const auto& r : rows) {
    SCOPED_TRACE(std::string(r.date) + " " + std::to_string(r.hour) + ":" +
                 std::to_string(r.minute));
    const std::int64_t made = China(r.date, r.hour, r.minute);
    const FilingPeriod p = FilingPeriodOf(made, cal);
    EXPECT_EQ(core::FormatIsoDate(p.nominal_last_day), r.nominal);
    EXPECT_EQ(core::FormatIsoDate(p.last_day), r.last_day);
    EXPECT_EQ(p.moved, r.nominal != r.last_day);
    EXPECT_EQ(core::FormatIsoDate(LastDayOfPeriod(made, 3)), r.nominal);
    // The deadline is 24:00 China time of the last day = 16:00 UTC of that same date.
    EXPECT_EQ(FilingDeadline(made, cal),
              core::UnixFromLocal(D(r.deadline_utc.substr(0, 10)), 16 * 60, 0));
    EXPECT_EQ(p.deadline, FilingDeadline(made, cal));
    EXPECT_EQ(DeadlineLabelZh(p.last_day), r.label);
  }
  // The source shown beside a moved deadline names art. 203.
  EXPECT_NE(kFilingDeadlineMovedZh.find("第二百零三条"), std::string_view::npos);
  EXPECT_NE(kFilingDeadlineMovedEn.find("art. 203"), std::string_view::npos);
  EXPECT_EQ(DeadlineLabelEn(D("2026-12-09")), "by 24:00 on 2026-12-09 (China time)");
}

TEST(SaleFilingDeadline, NotSeventyTwoHours) {
  // Posted at 23:59: 72 hours would end at 23:59 on day 3; the law gives until 24:00 on day 3.
  const std::int64_t late_evening = China("2026-12-06", 23, 59);
  const calendar::WorkingCalendar cal;
  EXPECT_EQ(FilingDeadline(late_evening, cal) - late_evening, 3 * kDay + 60);
  // Posted at 00:01: almost four whole days.
  const std::int64_t early = China("2026-12-07", 0, 1);
  EXPECT_EQ(FilingDeadline(early, cal) - early, 4 * kDay - 60);
  // Other periods count the same way.
  EXPECT_EQ(core::FormatIsoDate(LastDayOfPeriod(early, 1)), "2026-12-08");
  EXPECT_EQ(PeriodEnd(early, 0), core::ChinaDayEnd(D("2026-12-07")));
}

TEST(SaleFilingTest, EveryStatus) {
  const std::int64_t sold = China("2026-12-06", 10, 0);
  const std::int64_t deadline = China("2026-12-10", 0, 0);  // 12月9日24时
  const calendar::WorkingCalendar cal;
  ASSERT_EQ(FilingDeadline(sold, cal), deadline);
  EXPECT_EQ(EvaluateFiling(sold, std::nullopt, std::nullopt, sold + kDay, cal), FilingStatus::kPending);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, std::nullopt, deadline, cal), FilingStatus::kPending);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, std::nullopt, deadline + 1, cal), FilingStatus::kLate);
  EXPECT_EQ(EvaluateFiling(sold, std::nullopt, std::nullopt, sold + 10 * kDay, cal), FilingStatus::kLate);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, deadline, sold + 10 * kDay, cal), FilingStatus::kFiled);
  EXPECT_EQ(EvaluateFiling(sold, sold + kDay, deadline + 1, sold + 10 * kDay, cal),
            FilingStatus::kFiledLate);
  EXPECT_EQ(FilingStatusValue(FilingStatus::kFiledLate), "filed_late");
}

TEST(SaleFilingTest, ThePurchaserFilesWithThePoliceOnly) {
  const std::int64_t bought = China("2026-12-06", 23, 59);
  const std::int64_t deadline = China("2026-12-10", 0, 0);
  const calendar::WorkingCalendar cal;
  EXPECT_EQ(EvaluatePurchaseFiling(bought, std::nullopt, bought + kDay, cal), FilingStatus::kPending);
  EXPECT_EQ(EvaluatePurchaseFiling(bought, std::nullopt, deadline + 1, cal), FilingStatus::kLate);
  EXPECT_EQ(EvaluatePurchaseFiling(bought, deadline, deadline + 9 * kDay, cal), FilingStatus::kFiled);
  EXPECT_EQ(EvaluatePurchaseFiling(bought, deadline + 1, deadline + 9 * kDay, cal),
            FilingStatus::kFiledLate);
}

// The SQL filter uses the cutoff: made < FilingCutoff(now) exactly when FilingDeadline(made) < now,
// for deals and nows around China midnights (every 20 minutes over two weeks, nows at and around
// day boundaries), across 元旦, weekends and 国庆节 with its adjusted working Saturday.
TEST(SaleFilingTest, CutoffAgreesWithTheDeadline) {
  const auto cal = Cal();
  for (std::string_view start : {"2026-12-24", "2026-09-24", "2026-04-25"}) {
    const std::int64_t base = China(start, 0, 0);
    std::vector<std::int64_t> nows;
    for (std::int64_t day = 0; day < 18; ++day) {
      const std::int64_t midnight = base + day * kDay;
      for (std::int64_t at : {midnight - 1, midnight, midnight + 1, midnight + 12 * 3600})
        nows.push_back(at);
    }
    for (std::int64_t now : nows)
      for (std::int64_t made = base - 3 * kDay; made < base + 14 * kDay; made += 1200) {
        SCOPED_TRACE(std::to_string(made) + " at " + std::to_string(now));
        ASSERT_EQ(made < FilingCutoff(now, cal), FilingDeadline(made, cal) < now);
        ASSERT_EQ(made - 1 < FilingCutoff(now, cal), FilingDeadline(made - 1, cal) < now);
      }
  }
}

}  // namespace
}  // namespace anjian::filing
