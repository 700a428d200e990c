// Sales filing (销售备案, Art.24): the seller files each sale's varieties, quantities and buyer
// with the provincial civil-explosives authority AND the county public security within 3 days of
// the deal (rules.md §1, [P]); the deal time is the outbound voucher's posting time.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "calendar/working_day_rules.hpp"
#include "core/civil_date.hpp"

namespace anjian::filing {

inline constexpr std::int64_t kSaleFilingDays = 3;

// Where the deadline comes from, shown beside it (zh / en).
inline constexpr std::string_view kFilingDeadlineSourceZh =
    "《民用爆炸物品安全管理条例》第二十四条：成交之日起3日内备案；期间按《民法典》第二百零一条计算："
    "按日计算的期间，开始的当日不计入，自下一日开始计算，至末日24时止（日历日）";
inline constexpr std::string_view kFilingDeadlineSourceEn =
    "Civil Explosives Regulations art. 24: file within 3 days of the deal; counted as the Civil "
    "Code art. 201 counts a period in days: the day of the deal does not count, the period starts "
    "the next day and ends at 24:00 (China time) of its last day (calendar days)";
// Added to the source when the last day fell on a rest day and moved (民法典 art. 203).
inline constexpr std::string_view kFilingDeadlineMovedZh =
    "；期间的最后一日是法定休假日（节假日或周六、周日），依《民法典》第二百零三条以法定休假日结束的次日"
    "为期间的最后一日（按工作日历）";
inline constexpr std::string_view kFilingDeadlineMovedEn =
    "; the last day fell on a statutory rest day (holiday or weekend), so under Civil Code art. 203 "
    "the period ends on the day after the rest days (working-day calendar)";

enum class FilingStatus {
  kPending,    // not yet filed with both offices, deadline not passed
  kLate,       // deadline passed, not filed with both offices
  kFiled,      // filed with both within the deadline
  kFiledLate,  // filed with both, at least one after the deadline
};
std::string_view FilingStatusValue(FilingStatus s);  // pending | late | filed | filed_late

// Times in Unix seconds; `province` / `police`: when that filing was made (nullopt: not yet).
FilingStatus EvaluateFiling(std::int64_t sold_at, std::optional<std::int64_t> province,
                            std::optional<std::int64_t> police, std::int64_t now,
                            const calendar::WorkingCalendar& cal,
                            std::int64_t days = kSaleFilingDays);

// The buyer's side of Art.24: the purchaser files the varieties and quantities with the county
// public security within 3 days of the purchase (one office); the purchase time is the inbound
// purchase voucher's posting time.
FilingStatus EvaluatePurchaseFiling(std::int64_t bought_at, std::optional<std::int64_t> police,
                                    std::int64_t now, const calendar::WorkingCalendar& cal,
                                    std::int64_t days = kSaleFilingDays);

// A period of `days` calendar days from an event at `at` (Unix seconds), counted as Chinese law
// counts (民法典 art. 201): the event's own day (China time) does not count, day 1 is the next
// day, the period ends at 24:00 of day `days`. LastDayOfPeriod is that China calendar day,
// PeriodEnd the instant of its 24:00 (= 00:00 of the day after, China time). Art. 201 only: the
// filing deadline below also moves a last day off a rest day (art. 203).
core::Date LastDayOfPeriod(std::int64_t at, std::int64_t days);
std::int64_t PeriodEnd(std::int64_t at, std::int64_t days);

// The filing period of a deal made at `made_at` (Unix seconds): art. 201's last day, moved to the
// next working day of `cal` when it is a rest day (art. 203), and the deadline, 24:00 China time
// of the last day. A filing at or before the deadline is in time; `now` after it is late.
struct FilingPeriod {
  core::Date nominal_last_day;  // art. 201
  core::Date last_day;          // art. 203
  bool moved = false;
  std::int64_t deadline = 0;    // Unix seconds
};
FilingPeriod FilingPeriodOf(std::int64_t made_at, const calendar::WorkingCalendar& cal,
                            std::int64_t days = kSaleFilingDays);
std::int64_t FilingDeadline(std::int64_t made_at, const calendar::WorkingCalendar& cal,
                            std::int64_t days = kSaleFilingDays);
// The deadline as a person reads it: "12月9日24时前" (zh) and "by 24:00 on 2026-12-09 (China
// time)" (en).
std::string DeadlineLabelZh(const core::Date& last_day);
std::string DeadlineLabelEn(const core::Date& last_day);
// Deals made before this instant are past their deadline at `now` (FilingDeadline(made) < now
// exactly when made < FilingCutoff(now)): the end of the latest China day whose deals' deadline
// has passed (a deadline never comes earlier for a later deal, moved or not).
std::int64_t FilingCutoff(std::int64_t now, const calendar::WorkingCalendar& cal,
                          std::int64_t days = kSaleFilingDays);

}  // namespace anjian::filing
