// Hazardous workshops (危险工房定员定量): the producer enters each workshop's design limits with the
// design document (every version appended), names the ledger stores that are its intermediate
// stores (中转库), and enters check-in counts (people in the workshop now) from a phone; a sensor
// feed later uses the same API. Each write runs the 四超 check of the enterprise in its own
// transaction, so a limit exceeded opens its major hidden danger at once.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "explosives/workshops/workshop_repository.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::workshops {

struct WorkshopInput {
  WorkshopFacts facts;            // checked by the handler (CheckLimits, the value lists)
  std::vector<int64_t> store_ids;  // the intermediate stores
  int64_t user_id = 0;
};

// One transaction: 422 on a building number taken or a store not the enterprise's or already
// another workshop's; the workshop, its first version, the links, the audit entry; the 四超
// check. Returns the id.
int64_t CreateWorkshop(storage::Connection& conn, const audit::Actor& actor,
                       int64_t enterprise_id, const WorkshopInput& in,
                       notifications::PendingPushes& pushes, int64_t now);
// One transaction: 404 outside the scope, 409 when retired; the facts, a new version appended,
// the links replaced, the audit entry (before/after); the 四超 check.
void EditWorkshop(storage::Connection& conn, const audit::Actor& actor, const api::Scope& scope,
                  int64_t id, const WorkshopInput& in, notifications::PendingPushes& pushes,
                  int64_t now);
// Retire (停用) or reactivate; audited; the 四超 check (a retired workshop is not checked).
void SetWorkshopActive(storage::Connection& conn, const audit::Actor& actor,
                       const api::Scope& scope, int64_t id, bool active,
                       notifications::PendingPushes& pushes, int64_t now);

struct HeadcountInput {
  int64_t people = 0;
  std::string source = "manual";  // manual | sensor
  int64_t user_id = 0;
};
// One transaction: 404 outside the scope, 409 when retired; the count (dated now), the audit
// entry, the 四超 check.
void RecordHeadcount(storage::Connection& conn, const audit::Actor& actor,
                     const api::Scope& scope, int64_t id, const HeadcountInput& in,
                     notifications::PendingPushes& pushes, int64_t now);

// The workshop's facts as stored in a version and in audit entries.
std::string FactsJson(const WorkshopFacts& f, const std::vector<int64_t>& store_ids);

}  // namespace anjian::workshops
