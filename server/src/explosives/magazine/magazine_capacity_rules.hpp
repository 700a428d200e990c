// A magazine's rated capacity (核定库容) is the approved design's (GB 50089): every store carries a
// rating, quarantine stores included, and a change of it is recorded with the approving document
// (批复文号, 批复单位, 批复日期) in the store's capacity history, which the regulator sees.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.hpp"
#include "core/error.hpp"
#include "explosives/magazine/magazine_rules.hpp"

namespace anjian::magazine {

// The approving document of a capacity change (read from the body's `capacity_approval`).
struct CapacityApproval {
  std::string document_number;         // 批复文号
  std::string issuer;                  // 批复单位
  std::optional<core::Date> approved_on;  // 批复日期 (nullopt: missing or not a date)
  std::optional<int64_t> file_id;      // the document's scan (files area), optional
};

// True when the limits name at least one rating (net mass, pieces or a product limit).
bool IsRated(const MagazineLimits& limits);
// True when both limits rate the same measures with the same figures.
bool SameLimits(const MagazineLimits& a, const MagazineLimits& b);

// Every store needs a rating: rule rating_required on rated_net_mass_kg when `limits` has none.
std::vector<FieldError> CheckRating(const MagazineLimits& limits);

// Every reason the limits `from` → `to` cannot be recorded: `to` unrated (rating_required); a
// change without its approving document (capacity_approval_required on capacity_approval) or
// with a part missing (required on capacity_approval.document_number / .issuer / .approved_on)
// or dated after `today` in China (approval_date_future on capacity_approval.approved_on).
// Unchanged limits need no document.
std::vector<FieldError> CheckCapacityChange(const MagazineLimits& from, const MagazineLimits& to,
                                            const std::optional<CapacityApproval>& approval,
                                            const core::Date& today);

}  // namespace anjian::magazine
