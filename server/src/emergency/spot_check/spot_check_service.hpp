// Duty spot checks (值班抽查): a round of units picked by hand or drawn at random (seed recorded),
// the calls recorded against the roster's person on duty, failures opened as findings the unit
// answers (整改说明) by a due day on the working-day calendar, and the regulator's acceptance or
// return. One use case per function: transaction, rules, repository, audit entry, notifications.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "emergency/spot_check/spot_check_repository.hpp"
#include "emergency/spot_check/spot_check_rules.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::spot_check {

// Issue 15 §4: the enterprises of an enterprise pool on the dishonesty list on the China day `day`
// (drawn first: DrawUnitsListedFirst); the draw's day is its round's creation day.
std::vector<std::int64_t> ListedInPool(storage::Connection& conn,
                                       const std::vector<std::int64_t>& pool,
                                       const std::string& day);

// The settings key `duty_spot_check` in force, else the defaults.
SpotCheckConfig LoadSpotCheckConfig(storage::Connection& conn);

// Who the unit has on duty at `instant` and the phone to call: from the duty roster's shifts
// covering it (leader and officers, the shift's phone); without a shift, the unit's registered
// phone and nobody named (source "registry").
struct OnDuty {
  std::string phone, source;  // source: roster | registry
  std::vector<std::string> names;
  std::string shift_label;
};
OnDuty OnDutyAt(storage::Connection& conn, const Unit& unit, std::int64_t instant);

struct NewRoundInput {
  std::string title, target_kind, planned_on;  // enterprise | agency; China day
  // manual: the units in order; random: draw `count` of the pool after the filters.
  std::vector<std::int64_t> unit_ids;
  std::int64_t count = 0;
  bool random = false;
  std::string region_code, region_path;  // filter (resolved by the handler)
  std::vector<std::string> industries;   // filter (enterprises only)
};
// The caller's agency makes the round (spot_check_agency_required otherwise). A manual unit out
// of reach answers 404; an empty pool spot_check_pool_empty (422, field "count"). Returns the id.
std::int64_t CreateRound(storage::Connection& conn, const api::Principal& who,
                         const api::Scope& scope, const NewRoundInput& in, std::uint64_t seed,
                         const audit::Actor& actor, std::int64_t now);

struct NewCall {
  std::int64_t item_id = 0;
  std::string called_at, method, phone, answerer_name, notes;
  bool answered = false;
  std::optional<std::int64_t> rings, seconds;
  Result result = Result::kPass;
};
struct RecordedCall {
  std::int64_t call_id = 0;
  std::optional<std::int64_t> finding_id;
};
// Appends a call to an item of a round in scope made by the caller's agency
// (spot_check_round_not_own, 403); a failed call opens a finding due per the settings and tells
// the unit's users. 404 for a round out of scope or an item not of it.
RecordedCall RecordCall(storage::Connection& conn, const api::Principal& who,
                        const api::Scope& scope, std::int64_t round_id, const NewCall& in,
                        const audit::Actor& actor, api::Notifier* notifier, std::int64_t now);

// The checked unit answers (整改说明): only its own users (spot_check_answer_not_own, 403); the
// state must allow it (spot_check_finding_state, 409). Tells the round's agency.
void AnswerFinding(storage::Connection& conn, const api::Principal& who, const api::Scope& scope,
                   std::int64_t id, const std::string& text, const audit::Actor& actor,
                   api::Notifier* notifier, std::int64_t now);

// The round's agency accepts or returns (with its reason) an answer. Tells the unit.
void ReviewFinding(storage::Connection& conn, const api::Principal& who, const api::Scope& scope,
                   std::int64_t id, FindingAction action, const std::string& text,
                   const audit::Actor& actor, api::Notifier* notifier, std::int64_t now);

}  // namespace anjian::spot_check
