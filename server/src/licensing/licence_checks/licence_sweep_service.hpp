// The nightly "conditions lapsed" sweep (a job of the deadline checker, on the injected clock):
// loads the province's licences and the art. 6 facts set-based, plans the findings
// (licence_sweep_rules) and writes each new one once — an expired or missing licence through
// hidden_danger::OpenDerivedMajorHiddenDanger (234号 item 1), a lapsed condition as a warning to
// the enterprise and the issuing regulator — and resolves warnings whose condition holds again.
#pragma once

#include <cstdint>

#include "notifications/notification_service.hpp"
#include "platform/storage/db.hpp"

namespace anjian::licence_checks {

struct SweepResult {
  std::int64_t licences = 0;
  std::int64_t hidden_dangers_opened = 0;  // expired or missing, new this pass
  std::int64_t warnings = 0;               // lapsed conditions, new this pass
  std::int64_t resolved = 0;
};

// One pass on China day of `now`. Idempotent: a second pass the same day writes nothing new.
SweepResult RunLicenceSweep(storage::Connection& conn, notifications::PendingPushes& pushes,
                            std::int64_t now);

// The deadline checker's call: RunLicenceSweep once per China day (the first tick of the day).
SweepResult RunLicenceSweepIfDue(storage::Connection& conn, notifications::PendingPushes& pushes,
                                 std::int64_t now);

}  // namespace anjian::licence_checks
