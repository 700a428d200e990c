#include "explosives/workshops/workshop_rules.hpp"

#include <cmath>

#include "core/core_errors.hpp"
#include "explosives/workshops/workshops_errors.hpp"

namespace anjian::workshops {

bool IsHazardClass(std::string_view v) {
  for (auto c : kHazardClasses)
    if (c == v) return true;
  return false;
}

bool IsAnnex(std::string_view v) { return v == "C" || v == "D"; }

std::string AnnexLabelZh(std::string_view annex) {
  return std::string(kStandard) + " 附录" + std::string(annex);
}

bool IsQuantityUnit(std::string_view v) { return v == "kg" || v == "pieces"; }

std::optional<int64_t> StoredQuantity(double value, std::string_view unit) {
  if (!std::isfinite(value) || value <= 0 || value > 1e9) return std::nullopt;
  if (unit == "pieces") {
    if (value != std::floor(value)) return std::nullopt;
    return static_cast<int64_t>(value);
  }
  const double grams = std::round(value * 1000.0);
  if (grams < 1) return std::nullopt;
  return static_cast<int64_t>(grams);
}

std::vector<FieldError> CheckLimits(const WorkshopLimits& l) {
  std::vector<FieldError> errs;
  auto in_range = [&](const std::optional<int64_t>& v, const char* field) {
    if (v && (*v < 1 || *v > 1000)) {
      errs.push_back(core::CoreErr("range").At(field, 1, 1000));
      return false;
    }
    return v.has_value();
  };
  const bool staff_ok = in_range(l.operating_staff, "operating_staff");
  const bool max_ok = in_range(l.max_allowed_people, "max_allowed_people");
  if (staff_ok && max_ok && *l.max_allowed_people < *l.operating_staff)
    errs.push_back(Err("workshop_max_below_staff").At("max_allowed_people", *l.operating_staff));
  if (l.quantity_limit && IsQuantityUnit(l.quantity_unit) &&
      !StoredQuantity(*l.quantity_limit, l.quantity_unit))
    errs.push_back(Err("workshop_quantity_invalid").At("quantity_limit"));
  return errs;
}

std::vector<FieldError> CheckHeadcount(std::optional<int64_t> people) {
  std::vector<FieldError> errs;
  if (people && (*people < 0 || *people > 10000))
    errs.push_back(core::CoreErr("range").At("people", 0, 10000));
  return errs;
}

}  // namespace anjian::workshops
