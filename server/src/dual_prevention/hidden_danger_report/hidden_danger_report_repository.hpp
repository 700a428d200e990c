// The SQL of the hidden-danger report (V036): reports, their appended events, the figures read
// from the enterprise's hidden dangers, and the regulator's overview of a period (enterprises of
// the scope with and without a submitted report).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hidden_danger_report {

struct ReportRow {
  int64_t id = 0, enterprise_id = 0;
  std::string enterprise_name, region_path, period_key, period_kind, period_from, period_to;
  int64_t version = 0;
  std::string state, figures, figures_at, analysis, next_measures, content_hash;
  std::string created_by_name, created_at, updated_at;
  std::string signed_by_name, signed_hash, submitted_by_name;
  std::optional<int64_t> signed_by;
  std::optional<std::string> signed_at, submitted_at;
};

// A report the scope may see; `submitted_only`: a regulator sees only submitted reports.
std::optional<ReportRow> FindReport(storage::Connection& conn, const api::Scope& scope, int64_t id,
                                    bool submitted_only, bool lock = false);

struct ReportFilter {
  std::string period_key;              // "" = any
  std::optional<int64_t> enterprise_id;
  bool submitted_only = false;
};
std::vector<ReportRow> ListReports(storage::Connection& conn, const api::Scope& scope,
                                   const ReportFilter& f, int64_t limit, int64_t offset);
int64_t CountReports(storage::Connection& conn, const api::Scope& scope, const ReportFilter& f);

// Every version of an enterprise's report for a period, latest first (the caller checked scope).
std::vector<ReportRow> ReportVersions(storage::Connection& conn, int64_t enterprise_id,
                                      const std::string& period_key);
std::optional<int64_t> DraftOf(storage::Connection& conn, int64_t enterprise_id,
                               const std::string& period_key);
int64_t NextVersion(storage::Connection& conn, int64_t enterprise_id,
                    const std::string& period_key);

int64_t InsertReport(storage::Connection& conn, const ReportRow& r, int64_t created_by);
void UpdateDraft(storage::Connection& conn, int64_t id, const std::string& analysis,
                 const std::string& next_measures, const std::string& figures,
                 const std::string& figures_at, const std::string& content_hash,
                 const std::string& at);
void StoreSigned(storage::Connection& conn, int64_t id, int64_t by, const std::string& by_name,
                 const std::string& at, const std::string& hash);
void StoreSubmitted(storage::Connection& conn, int64_t id, const std::string& by_name,
                    const std::string& at);

struct ReportEvent {
  int64_t id = 0;
  std::string action, actor_name, at, content_hash;
};
void AppendEvent(storage::Connection& conn, int64_t report_id, const std::string& action,
                 int64_t actor_user_id, const std::string& actor_name, const std::string& at,
                 const std::string& content_hash);
std::vector<ReportEvent> ReportEvents(storage::Connection& conn, int64_t report_id);

// The enterprise's region path and name, when the scope sees it (active enterprises only).
struct EnterpriseRef {
  int64_t id = 0;
  std::string name, region_path;
};
std::optional<EnterpriseRef> FindEnterprise(storage::Connection& conn, const api::Scope& scope,
                                            int64_t enterprise_id);

// ---- figures: the enterprise's hidden dangers (the same conditions as the list's filters) ----
struct LevelCounts {
  int64_t unassessed = 0, ordinary = 0, major = 0;
  int64_t total() const { return unassessed + ordinary + major; }
};
struct MajorItem {
  int64_t id = 0;
  std::string title, state, found_on;
  std::optional<std::string> deadline, closed_on;
  bool listed = false;
};
struct Figures {
  LevelCounts found;     // found_on in the period (found_from/found_to)
  LevelCounts closed;    // closed_on in the period (closed_from/closed_to)
  LevelCounts open;      // open now, found by the period's end (open=true, found_to)
  LevelCounts overdue;   // of those, past the effective deadline (overdue=true, found_to)
  int64_t dismissed = 0;          // found in the period, judged not a hidden danger
  int64_t funds_fen = 0;          // rectification funds of those closed in the period
  int64_t funds_recorded = 0;     // how many of them recorded funds
  std::vector<MajorItem> majors;  // major: found in the period or open at its end
};
Figures ComputeFigures(storage::Connection& conn, int64_t enterprise_id, const std::string& from,
                       const std::string& to, const std::string& today);

// ---- the regulator's overview of a period ----
enum class OverviewStatus { kAll, kOnTime, kLate, kUnsubmitted, kNone };
struct OverviewFilter {
  std::string period_key;
  std::string deadline_end_iso;  // submitted_at before this is on time
  OverviewStatus status = OverviewStatus::kAll;
  std::string q;                 // enterprise name contains
  std::optional<std::vector<int64_t>> enterprise_ids;
};
struct OverviewRow {
  int64_t enterprise_id = 0;
  std::string enterprise_name, region_code, region_name;
  std::optional<std::string> first_submitted_at;
  std::optional<int64_t> latest_report_id;
  int64_t submitted_versions = 0;
};
std::vector<OverviewRow> ListOverview(storage::Connection& conn, const api::Scope& scope,
                                      const OverviewFilter& f, int64_t limit, int64_t offset);
struct OverviewCounts {
  int64_t enterprises = 0, on_time = 0, late = 0, unsubmitted = 0;
};
OverviewCounts CountOverview(storage::Connection& conn, const api::Scope& scope,
                             const OverviewFilter& f);

// Users to notify: the enterprise's principals and safety officers.
std::vector<int64_t> EnterpriseManagerIds(storage::Connection& conn, int64_t enterprise_id);

}  // namespace anjian::hidden_danger_report
