// Hidden dangers (隐患治理): registering one, moving it through the closed loop, reading one,
// its lists' totals, the statistics and the dashboard figures. Other areas (investigation's
// failed items, enforcement inspections) create hidden dangers only through ReportHiddenDanger,
// so the checks, the first transition, the audit entry and the notifications are always the
// same.
//
// Refusals are thrown as ApiException: 422 with field errors (the hidden_danger catalogue,
// hidden_danger_errors.hpp), 404 for an out-of-scope enterprise or hidden danger, 403 for a
// read-only regulator acting. Live pushes are queued on the caller's PendingPushes and must be
// flushed after the commit. "now" is a unix time from the caller's clock (api::Context::Now).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "dual_prevention/hidden_danger/deadline_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_query_repository.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_repository.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hidden_danger {

struct NewHiddenDanger {
  // The enterprise that must rectify it. Enterprise callers: 0 or their own enterprise; a
  // regulator (enforcement, referral) names an enterprise in its subtree.
  int64_t enterprise_id = 0;
  // inspection | ad_hoc | enforcement | referral (hidden_danger_source_rules.hpp)
  std::string source = "ad_hoc";
  std::optional<int64_t> inspection_record_id;       // source inspection: the record it failed
  std::optional<int64_t> enforcement_inspection_id;  // source enforcement
  std::optional<int64_t> risk_unit_id;
  std::string referral_department;  // source referral: the department that referred it
  std::string title;                // required, ≤ 100 characters
  std::string description;          // ≤ 2000 characters
  std::string location;             // ≤ 200 characters
  std::optional<double> latitude, longitude;
  std::string hazard_factor;  // "" or any GB/T 13861 code ("2", "21", "2103", "210301")
  std::string accident_type;  // "" or a GB 6441 accident type "01".."20"
  std::string found_on;       // "YYYY-MM-DD"; "" = today; not in the future
  std::vector<int64_t> photo_file_ids;  // "before" photos, files the caller uploaded
  // Source enforcement: the rectification order's deadline, tracked (reminders, overdue)
  // until the enterprise assigns the rectification with its own deadline. "" = none.
  std::string deadline;
};

// THE entry point for a new hidden danger, inside the CALLER's storage::Transaction (so an
// inspection record or an enforcement inspection and the hidden dangers it found commit
// together). Checks `in` (422 naming each field and rule), inserts the hidden danger in state
// reported with its first transition (action "report"), attaches the photos, appends the audit
// entry and notifies the enterprise's managers. Returns the new id.
int64_t ReportHiddenDanger(storage::Connection& conn, const api::Principal& who,
                           const NewHiddenDanger& in, notifications::PendingPushes* pushes,
                           int64_t now);

// A major hidden danger the system determines from the data (系统判定), e.g. an expired licence
// (工信部安全〔2024〕234号 item 1), a principal not examined within 6 months (item 3), 四超 (item 4).
struct DerivedMajorHiddenDanger {
  int64_t enterprise_id = 0;
  // Unique per cause episode ("licence:12:expired:2026-11-30"): a second call with the same key
  // opens nothing, whichever node or retry makes it (≤ 200 characters).
  std::string derived_key;
  std::string basis;          // the rule's short id, e.g. "234-1"
  std::string basis_text_zh;  // "工信部安全〔2024〕234号 第1项：……许可证……过期"
  std::string basis_text_en;
  std::string title;        // ≤ 100 characters (cut if longer)
  std::string description;  // ≤ 2000 characters (cut if longer): the figures the finding rests on
  std::string location;
  std::string hazard_factor, accident_type;  // "" or the code lists' codes
  // The record that shows the cause, named and linked by the hidden danger's detail.
  std::string origin_kind;  // e.g. "licence", "person", "workshop", "store"
  std::optional<int64_t> origin_id;
};

// THE entry point for a derived hidden danger, inside the CALLER's transaction (a job's, or the
// write that revealed the cause). Opens it in state assessed at level major at once (transitions
// "report" and "assess" by the system, no user), with source derived (the enterprise cannot
// dismiss it), appends the audit entry (actor 系统判定), notifies the enterprise's managers and
// reports it to the supervising regulator at once. Returns the new id, or nullopt when the key
// was already used (nothing written). Serialised per key (advisory lock on PostgreSQL), so two
// nodes racing open one. Throws std::invalid_argument for an empty key or an unknown enterprise.
std::optional<int64_t> OpenDerivedMajorHiddenDanger(storage::Connection& conn,
                                                    const DerivedMajorHiddenDanger& in,
                                                    notifications::PendingPushes* pushes,
                                                    int64_t now);

// POST /hidden-dangers and /hidden-dangers/referrals: ReportHiddenDanger in a transaction of
// its own. `input_errors` (the request's shape errors) are reported together with the rules'
// errors, first, each field and rule once.
int64_t CreateHiddenDanger(storage::Connection& conn, const api::Principal& who,
                           const NewHiddenDanger& in, std::vector<FieldError> input_errors,
                           notifications::PendingPushes& pushes, int64_t now);

// One transition request (POST /hidden-dangers/{id}/transitions), read by the handler.
struct TransitionInput {
  HiddenDangerAction action = HiddenDangerAction::kAssess;  // valid when there are no input errors
  std::string action_value;                                 // as sent
  std::string reason;
  std::optional<HiddenDangerLevel> level;
  std::optional<int64_t> owner_user_id;
  std::string measures;
  std::optional<int64_t> funds_fen;
  std::optional<std::string> deadline;  // nullopt when absent or ""
  std::string plan;
  std::optional<std::string> regulator_deadline;  // nullopt when absent or ""
  std::string evidence;
  std::vector<int64_t> photo_file_ids;  // "after" photos (rectify)
  // report_congress: date, how, who, the minutes and their files (any type).
  std::optional<std::string> congress_reported_on;
  std::string congress_method;
  std::string congress_reporter;
  std::string congress_minutes;
  std::vector<int64_t> congress_file_ids;
  // assess: the classification may be set or corrected (nullopt = unchanged, "" = cleared).
  std::optional<std::string> hazard_factor, accident_type;
};

// Applies a transition through the pure state machine in a transaction of its own: stores the
// new snapshot, appends the transition and the audit entry, queues the notifications. An
// out-of-scope id is 404 whatever the request says; then `input_errors` (the request's own
// faults) are 422, a read-only regulator 403, and the state machine's refusals and the
// parameters' faults 422.
void TransitionHiddenDanger(storage::Connection& conn, const api::Principal& who, int64_t id,
                            const TransitionInput& in, std::vector<FieldError> input_errors,
                            notifications::PendingPushes& pushes, int64_t now);

// One hidden danger with its transitions (oldest first), photos (before/after), the actions
// `who` may take now, the candidate owners and the deadline's escalation stage.
struct HiddenDangerDetail {
  HiddenDangerRecord record;
  std::vector<TransitionRecord> transitions;
  std::vector<PhotoRecord> photos;
  std::vector<HiddenDangerAction> available_actions;
  std::vector<UserName> owner_candidates;
  std::optional<EscalationStage> escalation_stage;  // open ones with a deadline
  // Reported, not yet assessed: when the assessment is due (ISO instant) and its stage.
  std::optional<std::string> assessment_due_at;
  std::optional<EscalationStage> assessment_stage;
  // Major and open without a report to the workers' congress (required before the sign-off).
  bool congress_report_missing = false;
  bool regulator_recheck = false;  // its enforcement order requires the regulator's re-check
  std::optional<DerivationRecord> derivation;  // source derived: the basis and the record
};
// nullopt when missing or out of scope.
std::optional<HiddenDangerDetail> GetHiddenDanger(storage::Connection& conn,
                                                  const api::Principal& who, int64_t id,
                                                  const std::string& today, int64_t now_unix);

// A filtered list's total counts at most this many rows; beyond, the page says "more than
// 10,000" (total_exact false). A region/industry-only filter is counted exactly from the summary.
inline constexpr int64_t kListCountLimit = 10000;
struct HiddenDangerPage {
  std::vector<HiddenDangerRecord> items;
  int64_t total = 0;
  bool total_exact = true;  // false: more than `total` (the count limit) match
};
// One page of the filtered list. The total (a count over every matching row) comes from the
// read cache while no hidden danger changed (read_cache.hpp); the page itself is always read.
// `cache_key` names the database and the filter's parameters (not the page).
HiddenDangerPage ListHiddenDangerPage(storage::Connection& conn, const std::string& cache_key,
                                      const api::Scope& scope, const HiddenDangerFilter& f,
                                      const std::string& today, int64_t limit, int64_t offset,
                                      int64_t count_limit = kListCountLimit);
// The filtered list for an export: one sheet holds at most kExportRows rows (an export is for
// a filtered list, not a backup).
inline constexpr int64_t kExportRows = 50000;
std::vector<HiddenDangerRecord> ExportHiddenDangers(storage::Connection& conn,
                                                    const api::Scope& scope,
                                                    const HiddenDangerFilter& f,
                                                    const std::string& today);

struct StatisticsQuery {
  std::string region_code;  // "" = the caller's own region (or the whole province for admins)
  std::string industry;
  std::string from, to;     // found_on period, inclusive; default: the last 12 months
  // The GB/T 13861 code whose next level the hazard-factor breakdown shows ("" = the classes).
  std::string hazard_factor;
};

// The figures of the found hidden dangers of a period in a region's subtree (or of the caller's
// enterprise): totals and their split by child region, industry and month.
struct HiddenDangerStatistics {
  std::string region_code, region_name, path;
  std::string from, to, today;
  Figures totals;
  struct Region {
    std::string code, name;
    bool own = false;  // the region's own rows (enterprises registered at its level)
    Figures figures;
  };
  std::vector<Region> by_region;  // empty for an enterprise
  std::vector<std::pair<std::string, Figures>> by_industry, by_month;  // in value order
  // The common-risk analysis (seed 003 §3(3)). Hazard factors: one row per code one level below
  // `hazard_factor_node` (every code below it rolled up, zeros included), then the node's own
  // rows (recorded at the node itself) and, at the top, the unclassified ones ("") — so at the
  // top the rows add up to the totals. Accident types: GB 6441's twenty, then "" unclassified.
  std::string hazard_factor_node;
  struct Cause {
    std::string code;  // "" = not classified
    bool own = false;  // recorded at the drilled node itself
    Figures figures;
  };
  std::vector<Cause> by_hazard_factor, by_accident_type;
};
// 404 for a region outside the scope, 403 for a caller whose scope has no hidden dangers.
HiddenDangerStatistics GetStatistics(storage::Connection& conn, const api::Scope& scope,
                                     const StatisticsQuery& q, const std::string& today);
// The statistics rendered by `render`, from the read cache while no hidden danger changed.
std::string GetStatisticsCached(
    storage::Connection& conn, const std::string& cache_key, const api::Scope& scope,
    const StatisticsQuery& q, const std::string& today,
    const std::function<std::string(const HiddenDangerStatistics&)>& render);

// The dashboard's hidden-danger widgets over what is open now: totals, the ten enterprises with
// most overdue (then major) ones, and the caller's child regions (a county lists itself).
struct HiddenDangerDashboard {
  OpenFigures totals;
  std::vector<EnterpriseOpenFigures> enterprises;
  struct Region {
    std::string code, name;
    OpenFigures figures;
  };
  std::vector<Region> by_region;
};
HiddenDangerDashboard GetDashboard(storage::Connection& conn, const api::Scope& scope,
                                   const std::string& today);

}  // namespace anjian::hidden_danger
