// Sales filing (销售备案, Art.24): the seller files each sale's varieties, quantities and buyer
// with the provincial civil-explosives authority AND the county public security within 3 days of
// the deal (rules.md §1, [P]); the deal time is the outbound voucher's posting time.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace anjian::filing {

inline constexpr std::int64_t kSaleFilingDays = 3;

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
                            std::int64_t days = kSaleFilingDays);

// The buyer's side of Art.24: the purchaser files the varieties and quantities with the county
// public security within 3 days of the purchase (one office); the purchase time is the inbound
// purchase voucher's posting time.
FilingStatus EvaluatePurchaseFiling(std::int64_t bought_at, std::optional<std::int64_t> police,
                                    std::int64_t now, std::int64_t days = kSaleFilingDays);

// The deadline of a deal made at `made_at` (Unix seconds): `days` whole days of 24 hours later.
std::int64_t FilingDeadline(std::int64_t made_at, std::int64_t days = kSaleFilingDays);
// Deals made before this instant are past their deadline at `now`.
std::int64_t FilingCutoff(std::int64_t now, std::int64_t days = kSaleFilingDays);

}  // namespace anjian::filing
