#include "explosives/magazine/magazine_capacity_rules.hpp"

#include "core/core_errors.hpp"
#include "explosives/magazine/magazine_errors.hpp"

namespace anjian::magazine {

bool IsRated(const MagazineLimits& limits) {
  return limits.net_mass_g || limits.pieces || !limits.product_quantity_milli.empty();
}

bool SameLimits(const MagazineLimits& a, const MagazineLimits& b) {
  return a.net_mass_g == b.net_mass_g && a.pieces == b.pieces &&
         a.product_quantity_milli == b.product_quantity_milli;
}

std::vector<FieldError> CheckRating(const MagazineLimits& limits) {
  if (IsRated(limits)) return {};
  return {Err("rating_required").At("rated_net_mass_kg")};
}

std::vector<FieldError> CheckCapacityChange(const MagazineLimits& from, const MagazineLimits& to,
                                            const std::optional<CapacityApproval>& approval,
                                            const core::Date& today) {
  std::vector<FieldError> errors = CheckRating(to);
  if (SameLimits(from, to)) return errors;
  if (!approval) {
    errors.push_back(Err("capacity_approval_required").At("capacity_approval"));
    return errors;
  }
  if (approval->document_number.empty())
    errors.push_back(core::CoreErr("required").At("capacity_approval.document_number"));
  if (approval->issuer.empty())
    errors.push_back(core::CoreErr("required").At("capacity_approval.issuer"));
  if (!approval->approved_on)
    errors.push_back(core::CoreErr("required").At("capacity_approval.approved_on"));
  else if (*approval->approved_on > today)
    errors.push_back(Err("approval_date_future").At("capacity_approval.approved_on"));
  return errors;
}

}  // namespace anjian::magazine
