#include "explosives/magazine/capacity_request_rules.hpp"

#include "core/core_errors.hpp"
#include "explosives/magazine/magazine_capacity_rules.hpp"
#include "explosives/magazine/magazine_errors.hpp"

namespace anjian::magazine {

std::string RequestStatusZh(const std::string& status) {
  if (status == kRequestPending) return "待审批";
  if (status == kRequestApproved) return "已批准";
  if (status == kRequestRejected) return "已驳回";
  return status;
}

std::vector<FieldError> CheckRatingUntouched(const MagazineLimits& from, const MagazineLimits& to) {
  std::vector<FieldError> errors;
  if (from.net_mass_g != to.net_mass_g)
    errors.push_back(Err("capacity_regulator_approval_required").At("rated_net_mass_kg"));
  if (from.pieces != to.pieces)
    errors.push_back(Err("capacity_regulator_approval_required").At("rated_pieces"));
  for (const auto& [product, q] : to.product_quantity_milli) {
    auto it = from.product_quantity_milli.find(product);
    if (it == from.product_quantity_milli.end() || it->second != q)
      errors.push_back(
          Err("capacity_regulator_approval_required").At("product_limits." + product));
  }
  for (const auto& [product, q] : from.product_quantity_milli)
    if (!to.product_quantity_milli.contains(product))
      errors.push_back(
          Err("capacity_regulator_approval_required").At("product_limits." + product));
  return errors;
}

std::vector<FieldError> CheckCapacityRequest(const MagazineLimits& current,
                                             const CapacityRequestInput& in, bool pending_exists,
                                             bool rating_unapproved) {
  std::vector<FieldError> errors = CheckRating(in.limits);
  if (errors.empty() && !rating_unapproved && SameLimits(current, in.limits))
    errors.push_back(Err("capacity_unchanged").At("rated_net_mass_kg"));
  if (!in.design_file_id) errors.push_back(core::CoreErr("required").At("design_file_id"));
  if (in.reason.empty()) errors.push_back(core::CoreErr("required").At("reason"));
  if (pending_exists) errors.push_back(Err("capacity_request_pending").At("store_id"));
  return errors;
}

std::vector<FieldError> CheckCapacityDecision(const std::string& status, const CapacityDecision& d,
                                              const core::Date& requested_on,
                                              const core::Date& today) {
  std::vector<FieldError> errors;
  if (status != kRequestPending) {
    errors.push_back(Err("capacity_request_decided").At("status", RequestStatusZh(status)));
    return errors;
  }
  if (!d.approve) {
    if (d.reason.empty()) errors.push_back(core::CoreErr("required").At("reason"));
    return errors;
  }
  if (d.document_number.empty())
    errors.push_back(core::CoreErr("required").At("document_number"));
  if (!d.approved_on) {
    errors.push_back(core::CoreErr("required").At("approved_on"));
  } else if (*d.approved_on > today) {
    errors.push_back(Err("approval_date_future").At("approved_on"));
  } else if (*d.approved_on < requested_on) {
    errors.push_back(
        Err("approval_before_request").At("approved_on", core::FormatIsoDate(requested_on)));
  }
  if (!d.file_id) errors.push_back(core::CoreErr("required").At("file_id"));
  return errors;
}

}  // namespace anjian::magazine
