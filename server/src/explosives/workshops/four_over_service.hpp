// 四超 found from the data (234号 item 4): the figures of an enterprise — the ledger's stock in
// its magazines and in its workshops' intermediate stores, the latest check-in count per
// workshop, this year's production vouchers against the production licence in force — checked
// by four_over_rules; each new finding is a 四超 case that opens a major hidden danger through
// hidden_danger::OpenDerivedMajorHiddenDanger (assessed 重大, reported to the regulator at once,
// once per case). A case whose figures are back within the limit is cleared (its hidden danger
// goes on through its own handling). Runs after each write that changes the figures (a voucher
// posted, a head count entered, a workshop's limits edited) and in the deadline checker's job.
#pragma once

#include <cstdint>
#include <vector>

#include "explosives/workshops/four_over_rules.hpp"
#include "notifications/notification_service.hpp"
#include "platform/storage/db.hpp"

namespace anjian::workshops {

inline constexpr const char* kFourOverDetected = "four_over_detected";

// Every 四超 finding of the enterprise as the data says at `now`.
std::vector<FourOverFinding> FindingsOf(storage::Connection& conn, int64_t enterprise_id,
                                        int64_t now);

struct CheckResult {
  int64_t opened = 0, cleared = 0, still_open = 0;
};
// Inside the CALLER's transaction: the enterprise's open cases reconciled with its findings
// (new → case + major hidden danger + audit entry; gone → cleared + audit entry). A no-op for an
// enterprise that is not an active civil-explosives producer.
CheckResult CheckEnterprise(storage::Connection& conn, int64_t enterprise_id,
                            notifications::PendingPushes& pushes, int64_t now);

// After a write that committed on its own (a voucher posted or reversed): CheckEnterprise in a
// transaction of its own, its notifications pushed; a failure is logged and never the writer's.
void CheckAfterCommit(storage::Connection& conn, int64_t enterprise_id, api::Notifier* notifier,
                      int64_t now);

// The deadline checker's job: every producer, one transaction each. Returns the cases opened.
int64_t RunFourOverJob(storage::Connection& conn, notifications::PendingPushes& pushes,
                       int64_t now);

}  // namespace anjian::workshops
