// The hidden-danger report's use cases (隐患排查治理情况统计分析报告, 16号令): an enterprise
// generates the report of a quarter or a year from its own hidden dangers (figures computed here
// and frozen), edits its analysis and next measures, its principal signs the content hash, and
// the enterprise submits it to the regulator in direct charge (notified). Regulators see the
// submissions of their subtree for a period and remind those that have not submitted. Each write
// runs in one transaction with its appended event and its audit entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dual_prevention/hidden_danger_report/hidden_danger_report_repository.hpp"
#include "dual_prevention/hidden_danger_report/report_period_rules.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hidden_danger_report {

// The deadline of a period under the stored setting and the working-day calendar.
ReportDeadline LoadDeadline(storage::Connection& conn, const Period& p);

// A new version for the period (409 report_draft_exists while a draft is open; a correction of a
// signed or submitted one copies its text). The period must have ended (422 period_not_ended).
int64_t GenerateReport(storage::Connection& conn, const api::Principal& who, const Period& p,
                       int64_t now);

struct DraftEdit {
  std::string analysis, next_measures;
  bool refresh_figures = false;  // recompute the figures as of now
};
void EditDraft(storage::Connection& conn, const api::Principal& who, int64_t id,
               const DraftEdit& in, int64_t now);

// The principal's signature of `content_hash` (the hash the principal was shown).
void SignReport(storage::Connection& conn, const api::Principal& who, int64_t id,
                const std::string& content_hash, int64_t now);

void SubmitReport(storage::Connection& conn, const api::Principal& who, int64_t id,
                  notifications::PendingPushes& pushes, int64_t now);

struct ReportDetail {
  ReportRow report;
  Period period;
  ReportDeadline deadline;
  SubmissionStatus status = SubmissionStatus::kPending;
  std::vector<ReportRow> versions;  // visible to the caller, latest first
  std::vector<ReportEvent> events;
  bool can_edit = false, can_sign = false, can_submit = false, can_correct = false;
};
std::optional<ReportDetail> GetReport(storage::Connection& conn, const api::Principal& who,
                                      int64_t id, int64_t now);

struct OverviewQuery {
  Period period;
  std::optional<SubmissionStatus> status;
  std::string q;
};
struct OverviewItem {
  OverviewRow row;
  SubmissionStatus status = SubmissionStatus::kPending;
};
struct OverviewPage {
  ReportDeadline deadline;
  OverviewCounts counts;
  int64_t total = 0;
  std::vector<OverviewItem> items;
};
OverviewPage Overview(storage::Connection& conn, const api::Principal& who,
                      const OverviewQuery& q, int64_t limit, int64_t offset, int64_t now);

// Notifies the managers of the enterprises (of the caller's subtree, among `enterprise_ids` when
// given) that have not submitted the period's report; answers how many enterprises.
int64_t RemindUnsubmitted(storage::Connection& conn, const api::Principal& who, const Period& p,
                          const std::optional<std::vector<int64_t>>& enterprise_ids,
                          notifications::PendingPushes& pushes, int64_t now);

}  // namespace anjian::hidden_danger_report
