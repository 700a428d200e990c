// Issue 15 §1: a magazine's rated capacity (核定储量) comes from the approved design. The
// enterprise no longer edits it: it files a capacity change request (库房核定储量变更申请) with the
// proposed limits, the design document and a reason, and a regulator over the store's region
// approves it with the approving document (文号, date, scan) or rejects it with reasons. These
// are the pure checks of the request, the decision and the edit that may no longer touch the
// rating.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.hpp"
#include "core/error.hpp"
#include "explosives/magazine/magazine_rules.hpp"

namespace anjian::magazine {

// A request's status on the wire and in table store_capacity_requests.
inline constexpr const char* kRequestPending = "pending";
inline constexpr const char* kRequestApproved = "approved";
inline constexpr const char* kRequestRejected = "rejected";
// The Chinese label of a status (待审批, 已批准, 已驳回); the value itself when unknown.
std::string RequestStatusZh(const std::string& status);

// The edit of a store (PUT /stores/{id}) may not change its rating: one
// capacity_regulator_approval_required per measure that differs (rated_net_mass_kg,
// rated_pieces, product_limits.<id>), none when `to` equals `from`.
std::vector<FieldError> CheckRatingUntouched(const MagazineLimits& from, const MagazineLimits& to);

struct CapacityRequestInput {
  MagazineLimits limits;                 // the proposed rated limits
  std::optional<int64_t> design_file_id;  // the design document (files area)
  std::string reason;
};
// Every reason the request cannot be filed against a store rated `current`: the proposal
// unrated (rating_required) or equal to the current rating (capacity_unchanged on
// rated_net_mass_kg; not when `rating_unapproved`: a first rating whose request was rejected is
// filed again as it stands, with a new design document); no design document (required on
// design_file_id); no reason (required on reason); another request of the store still pending
// (capacity_request_pending on store_id).
std::vector<FieldError> CheckCapacityRequest(const MagazineLimits& current,
                                             const CapacityRequestInput& in, bool pending_exists,
                                             bool rating_unapproved = false);

struct CapacityDecision {
  bool approve = false;
  std::string document_number;              // 批准文号 (approval)
  std::optional<core::Date> approved_on;    // 批准日期 (approval)
  std::optional<int64_t> file_id;           // the approving document's scan (approval)
  std::string reason;                       // 驳回理由 (rejection)
};
// Every reason the decision cannot be recorded on a request in `status`, filed on China's day
// `requested_on`: already decided (capacity_request_decided on status); an approval without its
// document number, date or scan (required on document_number / approved_on / file_id), dated
// after `today` (approval_date_future) or before the request (approval_before_request); a
// rejection without its reasons (required on reason).
std::vector<FieldError> CheckCapacityDecision(const std::string& status, const CapacityDecision& d,
                                              const core::Date& requested_on,
                                              const core::Date& today);

}  // namespace anjian::magazine
