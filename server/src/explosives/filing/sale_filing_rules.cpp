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
                            const calendar::WorkingCalendar& cal, std::int64_t days) {
  const std::int64_t deadline = FilingDeadline(sold_at, cal, days);
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

FilingPeriod FilingPeriodOf(std::int64_t made_at, const calendar::WorkingCalendar& cal,
                            std::int64_t days) {
  const auto p = calendar::CountDays(core::ChinaDate(made_at), days, cal);
  return {p.nominal_last_day, p.last_day, p.moved, core::ChinaDayEnd(p.last_day)};
}

std::int64_t FilingDeadline(std::int64_t made_at, const calendar::WorkingCalendar& cal,
                            std::int64_t days) {
  return FilingPeriodOf(made_at, cal, days).deadline;
}

std::string DeadlineLabelZh(const core::Date& d) {
  return std::to_string(d.month) + "月" + std::to_string(d.day) + "日24时前";
}

std::string DeadlineLabelEn(const core::Date& d) {
  return "by 24:00 on " + core::FormatIsoDate(d) + " (China time)";
}

std::int64_t FilingCutoff(std::int64_t now, const calendar::WorkingCalendar& cal,
                          std::int64_t days) {
  // Late ⇔ deadline(D) < now, D the deal's China day; deadline(D) is the end of a China day and
  // never decreases as D grows. Without a move, the latest late day is `now - 1`'s day minus
  // days + 1 (its deadline is the start of that day, <= now - 1); a move only makes deadlines
  // later, so the latest late day is that one or an earlier one: step back until it is late.
  core::Date d = core::AddDays(core::ChinaDate(now - 1), -days - 1);
  while (core::ChinaDayEnd(calendar::CountDays(d, days, cal).last_day) >= now)
    d = core::AddDays(d, -1);
  // Every deal on or before d is late; a deal the next day has its deadline at `now` or later.
  return core::ChinaDayEnd(d);
}

FilingStatus EvaluatePurchaseFiling(std::int64_t bought_at, std::optional<std::int64_t> police,
                                    std::int64_t now, const calendar::WorkingCalendar& cal,
                                    std::int64_t days) {
  return EvaluateFiling(bought_at, police, police, now, cal, days);
}

}  // namespace anjian::filing
