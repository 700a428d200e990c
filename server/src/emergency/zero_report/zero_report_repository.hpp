// The SQL of the daily zero report (零报告): tables zero_report_periods, zero_report_days,
// zero_reports, zero_report_reminders and zero_report_escalations (V039). Reads take the
// caller's Scope and apply it in SQL: a regulator sees the periods over or under its region and,
// on a day's board, only the enterprises of its own subtree; an enterprise sees the periods whose
// scope holds it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::zero_report {

struct PeriodRow {
  std::int64_t id = 0, agency_id = 0, remind_minutes = 0, declared_by = 0;
  std::string agency_name, agency_path, region_path, region_code, region_name, title, reason, first_date,
      last_date, deadline_time, note, declared_by_name, declared_at;
  std::vector<std::string> industries;
};

struct NewPeriod {
  std::int64_t agency_id = 0, remind_minutes = 0, declared_by = 0;
  std::string region_path, region_code, title, reason, first_date, last_date, deadline_time, note,
      at;
  std::vector<std::string> industries;
};
std::int64_t InsertPeriod(storage::Connection& conn, const NewPeriod& p);

// "" = every period; "current" (today within), "upcoming", "ended" against `today`.
struct PeriodFilter {
  std::string state, today;
};
std::optional<PeriodRow> FindPeriod(storage::Connection& conn, const api::Scope& scope,
                                    std::int64_t id);
std::int64_t CountPeriods(storage::Connection& conn, const api::Scope& scope,
                          const PeriodFilter& f);
// Newest first.
std::vector<PeriodRow> ListPeriods(storage::Connection& conn, const api::Scope& scope,
                                   const PeriodFilter& f, std::int64_t limit, std::int64_t offset);
// Every period whose days include `day` (the reminder job; no scope).
std::vector<PeriodRow> PeriodsCovering(storage::Connection& conn, const std::string& day);

// The enterprises a period covers, intersected with the caller's scope (nullptr: no caller
// restriction, the job), active only.
struct ScopedEnterprise {
  std::int64_t id = 0;
  std::string name, region_code, region_name, industry, contact_phone;
};
// How many enterprises are in scope and reported, by region (county) for one day.
struct RegionCount {
  std::string region_code, region_name;
  std::int64_t total = 0, reported = 0, events = 0, late = 0;
};
std::vector<RegionCount> CountsByRegion(storage::Connection& conn, const PeriodRow& p,
                                        const api::Scope* scope, const std::string& day);

// One enterprise's row on a day's board. status: "missing", or the day's kind.
struct BoardRow {
  ScopedEnterprise enterprise;
  std::optional<std::string> kind;
  std::string content, first_at, updated_at;
  std::int64_t late_minutes = 0, version = 0;
  std::optional<std::int64_t> accident_id;
};
// status: "" (all), "missing", "reported", "nothing_abnormal", "event", "late".
std::int64_t CountBoard(storage::Connection& conn, const PeriodRow& p, const api::Scope* scope,
                        const std::string& day, const std::string& status);
std::vector<BoardRow> ListBoard(storage::Connection& conn, const PeriodRow& p,
                                const api::Scope* scope, const std::string& day,
                                const std::string& status, std::int64_t limit,
                                std::int64_t offset);

// Per reported day of the period: how many of the caller's enterprises reported, events, late.
struct DayCount {
  std::string day;
  std::int64_t reported = 0, events = 0, late = 0;
};
std::vector<DayCount> DailyCounts(storage::Connection& conn, const PeriodRow& p,
                                  const api::Scope& scope);

// The active accounts of the board's enterprises with `status` ("" all, "missing"), in one read:
// (enterprise id, user id) pairs, by enterprise.
std::vector<std::pair<std::int64_t, std::int64_t>> BoardRecipients(storage::Connection& conn,
                                                                   const PeriodRow& p,
                                                                   const api::Scope* scope,
                                                                   const std::string& day,
                                                                   const std::string& status);

// The day's state of one enterprise, if it reported.
std::optional<BoardRow> FindDay(storage::Connection& conn, std::int64_t period_id,
                                const std::string& day, std::int64_t enterprise_id);
// Whether the enterprise lies in the caller's scope.
bool EnterpriseInScope(storage::Connection& conn, const api::Scope& scope,
                       std::int64_t enterprise_id);
// Whether the enterprise falls in the period's scope (region and industries), active.
bool EnterpriseInPeriod(storage::Connection& conn, const PeriodRow& p, std::int64_t enterprise_id,
                        std::string* region_path);

struct NewReport {
  std::int64_t period_id = 0, enterprise_id = 0, version = 0, late_minutes = 0, by = 0;
  std::string region_path, day, kind, content, at, channel = "online";
  std::optional<std::int64_t> accident_id;
};
// Appends the version and inserts (version 1) or updates the day's state; false when a
// concurrent first report of the same day won (the caller retries as a correction).
void InsertReportVersion(storage::Connection& conn, const NewReport& r);
bool InsertDay(storage::Connection& conn, const NewReport& r);
void UpdateDay(storage::Connection& conn, const NewReport& r);

struct VersionRow {
  std::int64_t version = 0, late_minutes = 0, by = 0;
  std::string kind, content, at, by_name, channel;
  std::optional<std::int64_t> accident_id;
};
std::vector<VersionRow> Versions(storage::Connection& conn, std::int64_t period_id,
                                 const std::string& day, std::int64_t enterprise_id);

// Reminder rows: inserts one per (period, day, enterprise) not yet reminded; returns the
// enterprises newly recorded (the job notifies exactly those).
std::vector<std::int64_t> RecordReminders(storage::Connection& conn, std::int64_t period_id,
                                          const std::string& day,
                                          const std::vector<std::int64_t>& enterprise_ids,
                                          const std::string& at);
// True when the escalation row of (period, day, agency) was newly written.
bool RecordEscalation(storage::Connection& conn, std::int64_t period_id, const std::string& day,
                      std::int64_t agency_id, std::int64_t missing, const std::string& at);

// The active agency exactly at a region path.
std::optional<std::int64_t> AgencyAt(storage::Connection& conn, const std::string& region_path);
// The region (code, path) if known.
struct Region {
  std::string code, path, name;
};
std::optional<Region> FindRegion(storage::Connection& conn, const std::string& code);

// An accident of the enterprise (the event linked to it), if it exists.
bool AccidentOfEnterprise(storage::Connection& conn, std::int64_t accident_id,
                          std::int64_t enterprise_id);

}  // namespace anjian::zero_report
