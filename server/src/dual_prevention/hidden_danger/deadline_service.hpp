// The periodic deadline check of open hidden dangers: reminders before the deadline, then
// escalation to the owner's superior (the enterprise's principals) and later to the
// supervising regulator (deadline_rules.hpp decides the stage). Each stage is sent once per
// hidden danger and deadline (hidden_danger_deadline_notices), so the job can run at any
// interval and after restarts.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "dual_prevention/hidden_danger/deadline_rules.hpp"
#include "dual_prevention/hidden_danger/mail_notifier.hpp"
#include "notifications/notification_service.hpp"
#include "platform/storage/db.hpp"

namespace anjian::hidden_danger {

struct DeadlineRunResult {
  int64_t checked = 0;  // open hidden dangers within reminder distance or overdue
  int64_t reminders = 0;
  int64_t superior_escalations = 0;
  int64_t regulator_escalations = 0;
  // Reported hidden dangers not assessed in time (EvaluateAssessment): stages
  // assessment_reminder, assessment_escalate_superior, assessment_escalate_regulator.
  int64_t assessment_checked = 0;
  int64_t assessment_reminders = 0;
  int64_t assessment_superior_escalations = 0;
  int64_t assessment_regulator_escalations = 0;
  int64_t messages = 0;         // handed to the MessageSender
  int64_t message_failures = 0; // the sender threw; in-app notifications were still written
};

// settings key "hidden_danger_escalation": {"reminder_days_before": 3,
// "superior_after_days_overdue": 1, "regulator_after_days_overdue": 7}; defaults when absent
// or invalid (the day counts are [U] in rules.md, hence configuration). An empty
// assessment_applies_from is filled in with the China date migration V032 ran here.
inline constexpr int64_t kAssessmentCutoffMigration = 32;
EscalationConfig LoadEscalationConfig(storage::Connection& conn);

// Hidden dangers handled per transaction: each batch commits its idempotency rows
// (hidden_danger_deadline_notices), notifications and audit entries together, so the audit
// chain's lock is held for one batch only (sign-ins append audit entries too) and a crash
// between batches loses nothing and sends nothing twice.
inline constexpr int64_t kDeadlineBatchSize = 200;

struct DeadlineBatching {
  int64_t batch_size = kDeadlineBatchSize;
  // Called after each batch's commit and its e-mails (e.g. to flush `pushes`); may be empty.
  std::function<void(notifications::PendingPushes&)> after_batch;
};

// One pass at `now` over rectification deadlines and over the assessment period of reported,
// unassessed hidden dangers (unix seconds, from the application's clock; tests pass the day they
// check). Writes in-app notifications in one transaction per batch of hidden dangers, queues their
// pushes on `pushes` (flush after return, or in `after_batch`) and sends e-mails to recipients
// with an address after each batch's commit.
DeadlineRunResult RunDeadlineCheck(storage::Connection& conn, int64_t now,
                                   const EscalationConfig& config, MessageSender& sender,
                                   notifications::PendingPushes& pushes,
                                   const DeadlineBatching& batching);
// The same with kDeadlineBatchSize and no callback.
DeadlineRunResult RunDeadlineCheck(storage::Connection& conn, int64_t now,
                                   const EscalationConfig& config, MessageSender& sender,
                                   notifications::PendingPushes& pushes);

}  // namespace anjian::hidden_danger
