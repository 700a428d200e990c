#include "explosives/filing/sale_filing_rules.hpp"

#include "core/china_time.hpp"

namespace anjian::filing {

std::string_view FilingStatusValue(FilingStatus s) {
  switch (s) {
    case FilingStatus::kPending: return "pending";
    case FilingStatus::kLate: return "late";
    case FilingStatus::kFiled: return "filed";
    case FilingStatus::kFiledLate: return "filed_late";
  }
  return "pending";
}

FilingStatus EvaluateFiling(std::int64_t sold_at, std::optional<std::int64_t> province,
                            std::optional<std::int64_t> police, std::int64_t now,
                            std::int64_t days) {
  const std::int64_t deadline = FilingDeadline(sold_at, days);
  if (province && police)
    return *province <= deadline && *police <= deadline ? FilingStatus::kFiled
                                                        : FilingStatus::kFiledLate;
  return now > deadline ? FilingStatus::kLate : FilingStatus::kPending;
}

core::Date LastDayOfPeriod(std::int64_t at, std::int64_t days) {
  return core::AddDays(core::ChinaDate(at), days);
}

std::int64_t PeriodEnd(std::int64_t at, std::int64_t days) {
  return core::ChinaDayEnd(LastDayOfPeriod(at, days));
}

std::int64_t FilingDeadline(std::int64_t made_at, std::int64_t days) {
  return PeriodEnd(made_at, days);
}

core::Date FilingLastDay(std::int64_t made_at, std::int64_t days) {
  return LastDayOfPeriod(made_at, days);
}

std::string DeadlineLabelZh(const core::Date& d) {
  return std::to_string(d.month) + "月" + std::to_string(d.day) + "日24时前";
}

std::string DeadlineLabelEn(const core::Date& d) {
  return "by 24:00 on " + core::FormatIsoDate(d) + " (China time)";
}

std::int64_t FilingCutoff(std::int64_t now, std::int64_t days) {
  // Late ⇔ ChinaDayEnd(D + days) < now, D the deal's China day. The deadlines are the ends of
  // China days, so the latest day D whose deadline has passed is found from the day of `now`:
  // its deadline is at or before `now` - 1 second.
  const core::Date last_passed = core::AddDays(core::ChinaDate(now - 1), -days - 1);
  // ChinaDayEnd(last_passed + days) <= now - 1 < now: every deal on or before last_passed is late;
  // a deal the next day has its deadline at the end of ChinaDate(now - 1) or later, >= now.
  return core::ChinaDayEnd(last_passed);
}

FilingStatus EvaluatePurchaseFiling(std::int64_t bought_at, std::optional<std::int64_t> police,
                                    std::int64_t now, std::int64_t days) {
  return EvaluateFiling(bought_at, police, police, now, days);
}

}  // namespace anjian::filing
