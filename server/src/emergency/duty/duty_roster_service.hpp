// Duty rosters (值班排班, issue 14 §1): the unit's shift pattern, shifts made from it or by hand,
// leader and officers chosen from the unit's accounts, a month copied to the next, swaps
// requested by a member and decided by the unit's manager (history appended). One use case per
// function: transaction, rules, repository, audit entry, notifications.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "emergency/duty/duty_roster_repository.hpp"
#include "emergency/duty/duty_roster_rules.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::duty {

inline constexpr const char* kDutySwapRequested = "duty_swap_requested";
inline constexpr const char* kDutySwapDecided = "duty_swap_decided";

// "enterprise-12" / "agency-3" ↔ DutyUnit (the {id} of /api/v1/duty-rosters/units/{id}).
std::optional<DutyUnit> ParseUnitKey(const std::string& key);
std::string UnitKey(const DutyUnit& unit);

// The caller's own unit: its enterprise, else its agency.
std::optional<DutyUnit> OwnUnit(const api::Principal& p);
// Whether the caller manages the unit's roster: duty_roster:manage and the unit is its own.
bool ManagesUnit(const api::Principal& p, const DutyUnit& unit);

// The unit in the caller's scope, else 404.
DutyUnitInfo UnitInScopeOr404(storage::Connection& conn, const api::Scope& scope,
                              const DutyUnit& unit);

std::int64_t SetPattern(storage::Connection& conn, const DutyUnitInfo& unit,
                        const std::string& phone, const std::vector<SlotInput>& slots,
                        const audit::Actor& actor);

struct ShiftInput {
  std::string duty_date, label, phone, note;
  std::int64_t starts_at = 0, ends_at = 0;  // unix seconds
  std::optional<std::int64_t> slot_seq;
  std::vector<MemberInput> members;
};
// Validates (422 with every problem) and stores a new shift; returns its id.
std::int64_t CreateShift(storage::Connection& conn, const DutyUnitInfo& unit,
                         const ShiftInput& in, const audit::Actor& actor);
// Replaces a shift's times, phone and people (not after it ended).
void EditShift(storage::Connection& conn, const api::Scope& scope, const api::Principal& p,
               std::int64_t id, const ShiftInput& in, const audit::Actor& actor);
void CancelShiftById(storage::Connection& conn, const api::Scope& scope,
                     const api::Principal& p, std::int64_t id, const std::string& reason,
                     const audit::Actor& actor);

// Shifts of the pattern for every day of `month` that has none yet in that slot (today and
// later only); returns how many were created.
std::int64_t GenerateMonth(storage::Connection& conn, const DutyUnitInfo& unit,
                           const core::Date& month_first, const audit::Actor& actor);

// Copying a month onto another: day d of the target takes the source day's shifts
// (CopySourceDay), people included; the target's active shifts on those days are cancelled
// (overwritten). Days before today are left alone.
struct CopyPlan {
  std::int64_t create = 0, overwrite = 0, days = 0, skipped_past_days = 0;
};
CopyPlan PlanCopyMonth(storage::Connection& conn, const DutyUnit& unit,
                       const core::Date& source_first, const core::Date& target_first,
                       std::int64_t now);
CopyPlan CopyMonth(storage::Connection& conn, const DutyUnitInfo& unit,
                   const core::Date& source_first, const core::Date& target_first,
                   const audit::Actor& actor);

// Swaps (换班).
std::int64_t RequestSwap(storage::Connection& conn, const api::Scope& scope,
                         const api::Principal& p, std::int64_t shift_id,
                         std::int64_t to_user_id, std::optional<std::int64_t> with_shift_id,
                         const std::string& reason, const audit::Actor& actor,
                         api::Notifier* notifier);
// decision "approve" | "refuse" (the unit's manager) or "withdraw" (the requester).
void DecideSwapById(storage::Connection& conn, const api::Scope& scope, const api::Principal& p,
                    std::int64_t swap_id, const std::string& decision, const std::string& note,
                    const audit::Actor& actor, api::Notifier* notifier);

}  // namespace anjian::duty
