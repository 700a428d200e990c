#include "explosives/filing/sale_filing_rules.hpp"

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

std::int64_t FilingDeadline(std::int64_t made_at, std::int64_t days) {
  return made_at + days * 86400;
}

std::int64_t FilingCutoff(std::int64_t now, std::int64_t days) { return now - days * 86400; }

FilingStatus EvaluatePurchaseFiling(std::int64_t bought_at, std::optional<std::int64_t> police,
                                    std::int64_t now, std::int64_t days) {
  return EvaluateFiling(bought_at, police, police, now, days);
}

}  // namespace anjian::filing
