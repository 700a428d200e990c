// The SQL of duty spot checks (值班抽查, V040): rounds, their units (items), the appended calls,
// findings and their appended events. Reads take the caller's Scope and apply it in SQL: a round
// by the checking agency's region, a finding by the checked unit's (an enterprise sees only the
// findings addressed to it).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::spot_check {

// A unit checked: an enterprise, or an agency below the checking one.
struct Unit {
  std::string kind;  // enterprise | agency
  std::int64_t id = 0;
  std::string name, region_path, phone, industry;
};

std::optional<std::string> RegionPathOfCode(storage::Connection& conn, const std::string& code);

// Active enterprises in `scope` under `filter_path` ("" = any) of one of `industries` (empty =
// any), ids in order.
std::vector<std::int64_t> EnterprisePool(storage::Connection& conn, const api::Scope& scope,
                                         const std::string& filter_path,
                                         const std::vector<std::string>& industries);
// Active agencies strictly below `agency_path` (and under `filter_path` when given).
std::vector<std::int64_t> AgencyPool(storage::Connection& conn, const std::string& agency_path,
                                     const std::string& filter_path);
// An active enterprise in scope / an active agency strictly below `agency_path`.
std::optional<Unit> FindEnterpriseUnit(storage::Connection& conn, const api::Scope& scope,
                                       std::int64_t id);
std::optional<Unit> FindAgencyUnitBelow(storage::Connection& conn,
                                        const std::string& agency_path, std::int64_t id);
std::string AgencyName(storage::Connection& conn, std::int64_t id);

struct RoundRow {
  std::int64_t id = 0, agency_id = 0, draw_count = 0, created_by = 0;
  std::string agency_name, region_path, title, target_kind, selection, seed, pool_ids,
      filter_region_code, filter_industries, planned_on, created_by_name, created_at;
  std::int64_t units = 0, called = 0, failed = 0, open_findings = 0;
};
struct NewRound {
  std::int64_t agency_id = 0, draw_count = 0, created_by = 0;
  std::string region_path, title, target_kind, selection, seed, pool_ids, filter_region_code,
      filter_industries, planned_on, created_at;
};
std::int64_t InsertRound(storage::Connection& conn, const NewRound& r);
void InsertItem(storage::Connection& conn, std::int64_t round_id, std::int64_t position,
                const Unit& unit);

struct RoundFilter {
  std::string target_kind, from, to;  // planned_on days
  std::optional<std::int64_t> agency_id;
};
std::optional<RoundRow> FindRound(storage::Connection& conn, const api::Scope& scope,
                                  std::int64_t id);
std::int64_t CountRounds(storage::Connection& conn, const api::Scope& scope, const RoundFilter& f);
// Newest planned day first.
std::vector<RoundRow> ListRounds(storage::Connection& conn, const api::Scope& scope,
                                 const RoundFilter& f, std::int64_t limit, std::int64_t offset);

struct ItemRow {
  std::int64_t id = 0, round_id = 0, position = 0;
  Unit unit;
};
std::vector<ItemRow> RoundItems(storage::Connection& conn, std::int64_t round_id);
std::optional<ItemRow> FindItem(storage::Connection& conn, std::int64_t round_id,
                                std::int64_t item_id);

struct CallRow {
  std::int64_t id = 0, round_id = 0, item_id = 0, by_user_id = 0;
  std::string called_at, method, phone, answerer_name, on_duty_names, result, notes, by_name, at;
  bool answered = false;
  std::optional<std::int64_t> rings, seconds, answerer_on_duty, finding_id;
};
std::int64_t InsertCall(storage::Connection& conn, const CallRow& c);
// In id order (the latest call of an item is its result).
std::vector<CallRow> RoundCalls(storage::Connection& conn, std::int64_t round_id);

struct FindingRow {
  std::int64_t id = 0, round_id = 0, item_id = 0, call_id = 0, round_agency_id = 0;
  std::optional<std::int64_t> enterprise_id, agency_id;
  std::string region_path, state, due_on, created_at, updated_at, unit_name, round_title,
      round_agency_name, called_at, method, phone, notes;
  bool answered = false;
};
struct FindingEventRow {
  std::int64_t by_user_id = 0;
  std::string kind, text, by_name, at;
};
struct FindingFilter {
  std::string state;  // one state, or "waiting" (open or returned)
  std::optional<std::int64_t> round_id, enterprise_id;
  bool overdue = false;
  std::string today;
};
std::int64_t InsertFinding(storage::Connection& conn, const FindingRow& f);
std::optional<FindingRow> FindFinding(storage::Connection& conn, const api::Scope& scope,
                                      std::int64_t id);
// Locks the row (inside the caller's transaction) and reads it.
std::optional<FindingRow> LockFinding(storage::Connection& conn, std::int64_t id);
void SetFindingState(storage::Connection& conn, std::int64_t id, const std::string& state,
                     const std::string& at);
void InsertFindingEvent(storage::Connection& conn, std::int64_t finding_id,
                        const std::string& kind, const std::string& text,
                        std::int64_t by_user_id, const std::string& at);
std::vector<FindingEventRow> FindingEvents(storage::Connection& conn, std::int64_t finding_id);
std::int64_t CountFindings(storage::Connection& conn, const api::Scope& scope,
                           const FindingFilter& f);
std::vector<FindingRow> ListFindings(storage::Connection& conn, const api::Scope& scope,
                                     const FindingFilter& f, std::int64_t limit,
                                     std::int64_t offset);

// The to-do (我的待办) of the unit checked: its findings waiting for its answer (open or returned),
// and how many are past their due day (before `today`); one of enterprise_id / agency_id.
struct WaitingCount {
  std::int64_t count = 0, overdue = 0;
};
WaitingCount FindingsToAnswer(storage::Connection& conn, std::optional<std::int64_t> enterprise_id,
                              std::optional<std::int64_t> agency_id, const std::string& today);
// The checking agency's to-do: answers of its rounds' findings waiting for review.
std::int64_t AnswersToReview(storage::Connection& conn, std::int64_t agency_id);

}  // namespace anjian::spot_check
