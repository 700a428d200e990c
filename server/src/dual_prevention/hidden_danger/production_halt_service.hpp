// Production halts (山东省安全生产条例 Art.44): recording a halt and approving the restart, each in a
// transaction of its own with its history event, audit entry and notifications. "now" is a unix
// time from the caller's clock.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "dual_prevention/hidden_danger/production_halt_repository.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hidden_danger {

struct NewProductionHalt {
  std::optional<int64_t> enterprise_id;     // a regulator's: required; an enterprise: its own
  std::optional<int64_t> hidden_danger_id;  // the hidden danger that made it unsafe, if any
  std::string scope, reason, halted_at;     // halted_at "YYYY-MM-DD HH:MM" China time, "" = now
};

// An enterprise manager (hidden_danger:handle) halts its own enterprise; a regulator with
// hidden_danger:supervise one in its subtree (enterprise_unknown otherwise); anyone else 403
// halt_forbidden. `input_errors` are the request's own faults (422 with the rules' errors).
// Returns the new id.
int64_t RecordProductionHalt(storage::Connection& conn, const api::Principal& who,
                             const NewProductionHalt& in, std::vector<FieldError> input_errors,
                             notifications::PendingPushes& pushes, int64_t now);

struct RestartApproval {
  std::string inspected_on;  // "YYYY-MM-DD"
  std::string inspection;
};
// 404 when missing or out of scope, then the restart rules (production_halt_rules.hpp).
void ApproveRestart(storage::Connection& conn, const api::Principal& who, int64_t id,
                    const RestartApproval& in, notifications::PendingPushes& pushes, int64_t now);

struct ProductionHaltDetail {
  ProductionHaltRecord halt;
  std::vector<HaltEventRecord> events;
  bool can_restart = false;  // the caller may approve the restart now
};
std::optional<ProductionHaltDetail> GetProductionHalt(storage::Connection& conn,
                                                      const api::Principal& who, int64_t id);

struct ProductionHaltPage {
  std::vector<ProductionHaltRecord> items;
  int64_t total = 0;
  int64_t halted_enterprises = 0;  // in scope, whatever the filter
};
ProductionHaltPage ListProductionHaltPage(storage::Connection& conn, const api::Scope& scope,
                                          const ProductionHaltFilter& f, int64_t limit,
                                          int64_t offset);

}  // namespace anjian::hidden_danger
