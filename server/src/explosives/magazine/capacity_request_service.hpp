// The use cases of the capacity change requests (库房核定储量变更申请, issue 15 §1): the
// enterprise files one, a regulator over the store's region approves or rejects it. Each write
// runs in one transaction with its audit entries; the notifications (`pushes`) are flushed by the
// caller after the commit.
#pragma once

#include <boost/json/object.hpp>
#include <cstdint>
#include <string>

#include "audit/audit_service.hpp"
#include "explosives/magazine/capacity_request_repository.hpp"
#include "explosives/magazine/capacity_request_rules.hpp"
#include "notifications/notification_service.hpp"

namespace anjian::magazine {

// Notification kinds: to the supervising regulators on a request, to the enterprise on a decision.
inline constexpr const char* kStoreCapacityRequested = "store_capacity_requested";
inline constexpr const char* kStoreCapacityDecided = "store_capacity_decided";

// POST /stores/{id}/capacity-requests: 404 for a store outside the scope; 422 for every
// CheckCapacityRequest refusal and for a proposal below the stock (limit_below_stock). Audited
// (request_capacity_change on store_capacity_request); every active user of the agencies over
// the store's region is notified.
CapacityRequestRow RequestCapacityChange(storage::Connection& conn, const audit::Actor& actor,
                                         const api::Scope& scope, int64_t store_id,
                                         const CapacityRequestInput& in,
                                         notifications::PendingPushes& pushes, int64_t now);

// The first rating of a store created through the API: recorded 待核定 with an 'initial' request
// (design document optional at creation), inside the caller's transaction; audited and notified
// like a request.
void FileInitialRating(storage::Connection& conn, const audit::Actor& actor, int64_t store_id,
                       std::optional<int64_t> design_file_id,
                       notifications::PendingPushes& pushes, int64_t now);

// POST /store-capacity-requests/{id}/decision by a regulator of `agency_id`: 404 outside the
// scope; 422 for every CheckCapacityDecision refusal and, on approval, for limits below the
// stock held now (limit_below_stock). An approval changes the store's rated limits, appends the
// capacity history (the approving document, the agency as its issuer) and is audited
// (approve on store_capacity_request, change_capacity on store); a rejection leaves the store
// untouched (reject). The enterprise's users are notified either way.
CapacityRequestRow DecideCapacityChange(storage::Connection& conn, const audit::Actor& actor,
                                        const api::Scope& scope, int64_t agency_id, int64_t id,
                                        const CapacityDecision& d,
                                        notifications::PendingPushes& pushes, int64_t now);

// 404 outside the scope.
CapacityRequestRow RequireCapacityRequest(storage::Connection& conn, const api::Scope& scope,
                                          int64_t id);

// {"id","store_id","store_name","enterprise_id","enterprise_name","kind","status",
// "status_label_zh","old","new" (RatingJson),"design_file_id","reason","requested_by_name",
// "requested_at","decided_by_name","decided_at","decision_agency_name","document_number",
// "approved_on","approval_file_id","rejection_reason","change_id"}
boost::json::object CapacityRequestJson(const CapacityRequestRow& r);

}  // namespace anjian::magazine
