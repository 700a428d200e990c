// The SQL of duty rosters (值班排班, issue 14 §1; V037): a unit's shift pattern, its shifts and
// their members, swap requests with their appended events, and the coverage alerts already
// sent. A unit is an enterprise or an agency (DutyUnit). Reads that take a Scope apply it in SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::duty {

inline constexpr const char* kUnitEnterprise = "enterprise";
inline constexpr const char* kUnitAgency = "agency";
inline constexpr const char* kRoleLeader = "leader";    // 带班领导
inline constexpr const char* kRoleOfficer = "officer";  // 值班员

// An enterprise or an agency keeping duty.
struct DutyUnit {
  std::string kind;  // kUnitEnterprise | kUnitAgency
  std::int64_t id = 0;
  bool operator==(const DutyUnit&) const = default;
};

// The unit as stored in the registry (name, region path, manager recipients come from it).
struct DutyUnitInfo {
  DutyUnit unit;
  std::string name, region_path, phone;
};

struct ShiftMember {
  std::int64_t user_id = 0;
  std::string role;  // kRoleLeader | kRoleOfficer
  std::string display_name, phone;
};

struct ShiftRow {
  std::int64_t id = 0, version = 0;
  DutyUnit unit;
  std::string region_path, duty_date, label, starts_at, ends_at, phone, note, status,
      updated_at;
  std::optional<std::int64_t> slot_seq;
  std::vector<ShiftMember> members;  // leaders first, then officers; by name

  std::vector<ShiftMember> Leaders() const;
  std::vector<ShiftMember> Officers() const;
};

// ---- The hand-off read (duty-shift and spot-check build on it) ----
// The active shifts of `unit` covering the instant `at` (UTC text, starts_at <= at < ends_at),
// each with its leader(s), officers and duty phone, earliest start first. Not scoped: the caller
// has already found the unit in its scope (FindUnitInScope).
std::vector<ShiftRow> ShiftsCovering(storage::Connection& conn, const DutyUnit& unit,
                                     const std::string& at);

// The unit if it exists, is active and lies in `scope`: an enterprise account sees its own
// enterprise; a regulator the enterprises and agencies of its region subtree.
std::optional<DutyUnitInfo> FindUnitInScope(storage::Connection& conn, const api::Scope& scope,
                                            const DutyUnit& unit);

// ---- Pattern ----
struct PatternSlot {
  std::int64_t seq = 0;
  std::string label;
  std::int64_t start_minute = 0, duration_minutes = 0;
};
struct PatternRow {
  std::int64_t id = 0, version = 0;
  std::string phone, updated_at;
  std::vector<PatternSlot> slots;
};
std::optional<PatternRow> FindPattern(storage::Connection& conn, const DutyUnit& unit);
// Replaces the unit's pattern (inserting it the first time); returns the new version.
std::int64_t SavePattern(storage::Connection& conn, const DutyUnitInfo& unit,
                         const std::string& phone, const std::vector<PatternSlot>& slots,
                         std::int64_t by_user_id, const std::string& at);

// ---- Shifts ----
// Active shifts of the unit overlapping [from, to) (UTC instants), with members.
std::vector<ShiftRow> ShiftsBetween(storage::Connection& conn, const DutyUnit& unit,
                                    const std::string& from, const std::string& to);
// Active shifts of the unit whose duty_date lies in [from_date, to_date] (ISO dates).
std::vector<ShiftRow> ShiftsOnDates(storage::Connection& conn, const DutyUnit& unit,
                                    const std::string& from_date, const std::string& to_date);
// Active shifts of every unit in `scope` overlapping [from, to), with members, ordered by
// unit then start (the regulator's subtree coverage).
std::vector<ShiftRow> ShiftsInScopeBetween(storage::Connection& conn, const api::Scope& scope,
                                           const std::string& from, const std::string& to);
std::optional<ShiftRow> FindShift(storage::Connection& conn, const api::Scope& scope,
                                  std::int64_t id);
std::optional<ShiftRow> LockShift(storage::Connection& conn, std::int64_t id);

struct NewShift {
  std::string duty_date, label, starts_at, ends_at, phone, note;
  std::optional<std::int64_t> slot_seq;
  std::vector<ShiftMember> members;  // user_id + role
};
std::int64_t InsertShift(storage::Connection& conn, const DutyUnitInfo& unit, const NewShift& s,
                         std::int64_t by_user_id, const std::string& at);
void UpdateShift(storage::Connection& conn, std::int64_t id, const NewShift& s,
                 std::int64_t version, std::int64_t by_user_id, const std::string& at);
void CancelShift(storage::Connection& conn, std::int64_t id, std::int64_t version,
                 std::int64_t by_user_id, const std::string& at);
void ReplaceMembers(storage::Connection& conn, std::int64_t shift_id,
                    const std::vector<ShiftMember>& members, std::int64_t by_user_id,
                    const std::string& at);

// ---- Accounts of a unit (the people a roster is made of) ----
struct UnitAccount {
  std::int64_t user_id = 0;
  std::string username, display_name, phone;
  std::vector<std::string> roles;
};
// Active users of the enterprise (enterprise_id) or of the agency (agency_id).
std::vector<UnitAccount> UnitAccounts(storage::Connection& conn, const DutyUnit& unit);

// ---- Units in a scope (the regulator's subtree; the job) ----
// The units of `scope` that keep duty: active agencies, active 民爆 (production, sales) and
// hazardous-chemicals enterprises (应急条例 art. 14: 危险物品 units), and any unit with a
// pattern or a shift; agencies first, then by region path and id.
std::vector<DutyUnitInfo> DutyUnitsInScope(storage::Connection& conn, const api::Scope& scope);

// ---- Swaps ----
struct SwapEventRow {
  std::string event, by_name, note, at;
  std::int64_t by_user_id = 0;
};
struct SwapRow {
  std::int64_t id = 0, shift_id = 0, from_user_id = 0, to_user_id = 0, requested_by = 0;
  std::optional<std::int64_t> with_shift_id, decided_by;
  DutyUnit unit;
  std::string region_path, reason, status, requested_at, decided_at, decision_note,
      from_name, to_name, shift_label, shift_starts_at, shift_ends_at;
  std::vector<SwapEventRow> events;
};
struct NewSwap {
  std::int64_t shift_id = 0, from_user_id = 0, to_user_id = 0;
  std::optional<std::int64_t> with_shift_id;
  std::string reason;
};
std::int64_t InsertSwap(storage::Connection& conn, const DutyUnitInfo& unit, const NewSwap& s,
                        std::int64_t by_user_id, const std::string& at);
void InsertSwapEvent(storage::Connection& conn, std::int64_t swap_id, const std::string& event,
                     std::int64_t by_user_id, const std::string& note, const std::string& at);
void DecideSwap(storage::Connection& conn, std::int64_t swap_id, const std::string& status,
                std::int64_t by_user_id, const std::string& note, const std::string& at);
std::optional<SwapRow> FindSwap(storage::Connection& conn, const api::Scope& scope,
                                std::int64_t id);
std::optional<SwapRow> LockSwap(storage::Connection& conn, std::int64_t id);
// Newest first; status "" = all.
std::vector<SwapRow> ListSwaps(storage::Connection& conn, const DutyUnit& unit,
                               const std::string& status, std::int64_t limit,
                               std::int64_t offset);
std::int64_t CountSwaps(storage::Connection& conn, const DutyUnit& unit,
                        const std::string& status);

// ---- Coverage alerts ----
// Inserts the alert row of a gap unless it exists; true when inserted (then notify).
bool ClaimCoverageAlert(storage::Connection& conn, const DutyUnitInfo& unit,
                        const std::string& gap_kind, const std::string& gap_start,
                        const std::string& gap_end, const std::string& at);
void SetCoverageAlertRecipients(storage::Connection& conn, const DutyUnit& unit,
                                const std::string& gap_kind, const std::string& gap_start,
                                std::int64_t recipients);
// The users a gap is reported to: an enterprise's principals (ent_principal), an agency's
// head (its regulator_rw accounts).
std::vector<std::int64_t> UnitManagers(storage::Connection& conn, const DutyUnit& unit);

}  // namespace anjian::duty
