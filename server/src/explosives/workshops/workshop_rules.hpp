// A hazardous workshop's design limits (GB 28263-2024 附录 C/D: 操作定员, 最大允许定员, 危险品定量).
// The figures are the design's (entered with the design document); the standard's own numbers are
// not known to the system (rules.md §8a: [U]), so nothing here judges a figure against a table —
// only that the limits are whole and consistent.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::workshops {

// GB 50089 / GB 28263 hazard classes of a building (危险等级).
inline constexpr std::string_view kHazardClasses[] = {"1.1*", "1.1", "1.2", "1.4"};
inline constexpr const char* kHazardClassesText = "1.1*, 1.1, 1.2, 1.4";
bool IsHazardClass(std::string_view v);

// The annex of GB 28263-2024 the figures follow: C (操作定员) or D (危险品定量). The numbers
// themselves are [U] (rules.md §8a).
inline constexpr const char* kStandard = "GB 28263-2024";
bool IsAnnex(std::string_view v);  // C | D
std::string AnnexLabelZh(std::string_view annex);  // "GB 28263-2024 附录C"

// The 定量's unit: kg of net explosive mass, or pieces (detonator lines).
bool IsQuantityUnit(std::string_view v);  // kg | pieces

struct WorkshopLimits {
  std::optional<int64_t> operating_staff;     // 操作定员
  std::optional<int64_t> max_allowed_people;  // 最大允许定员
  std::optional<double> quantity_limit;       // 危险品定量, in its unit
  std::string quantity_unit;                  // kg | pieces
};
// Errors: operating_staff / max_allowed_people outside 1..1000 (range), max below the staff
// (workshop_max_below_staff), quantity not > 0 (workshop_quantity_invalid), pieces not whole.
std::vector<FieldError> CheckLimits(const WorkshopLimits& l);

// The stored 定量: grams for kg (thousandths), pieces as they are; nullopt when not representable.
std::optional<int64_t> StoredQuantity(double value, std::string_view unit);

// People counted at a check-in: 0..10000 (range on `people`).
std::vector<FieldError> CheckHeadcount(std::optional<int64_t> people);

}  // namespace anjian::workshops
