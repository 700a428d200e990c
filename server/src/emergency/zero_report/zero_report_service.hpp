// The daily zero report (每日零报告, issue 14 §1): a regulator declares a period and every
// enterprise in scope is told; each enterprise reports once a day (corrections appended); the
// regulator reminds the missing in one click; the job on the injected clock reminds each
// enterprise once a day before the deadline and, after it, tells the declaring agency and its
// superior how many are overdue. One use case per function: transaction, rules, repository,
// audit entry, notifications (pushed after the commit).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_service.hpp"
#include "emergency/zero_report/zero_report_repository.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/context.hpp"
#include "platform/storage/db.hpp"

namespace anjian::zero_report {

inline constexpr const char* kZeroReportDeclared = "zero_report_declared";
inline constexpr const char* kZeroReportReminder = "zero_report_reminder";
inline constexpr const char* kZeroReportOverdue = "zero_report_overdue";
inline constexpr const char* kZeroReportEvent = "zero_report_event";

// The UI page an enterprise reports on, and the regulator's board of a period.
inline constexpr const char* kEnterpriseLink = "/emergency/zero-report/today";
std::string BoardLink(std::int64_t period_id);

struct Declaration {
  std::int64_t agency_id = 0, remind_minutes = 0;
  std::string region_code, region_path, title, reason, first_date, last_date, deadline_time, note;
  std::vector<std::string> industries;
};
struct Declared {
  std::int64_t id = 0, enterprises = 0;
};
// One transaction: the period, the audit entry, a notification to every user of every
// enterprise in scope (pushed after the commit).
Declared DeclarePeriod(storage::Connection& conn, const Declaration& d, const audit::Actor& actor,
                       api::Notifier* notifier, std::int64_t now);

struct ReportInput {
  std::string day, kind, content, channel = "online";
  std::optional<std::int64_t> accident_id;
};
// The enterprise's report of `in.day` in period `p` (visible to it): the first one is the day's
// report (late minutes after the deadline), a later one a correction appended as a new version.
// An event tells the declaring agency. channel "phone": a regulator records what the enterprise
// told it by phone (电话代报). Returns the day's version number.
std::int64_t FileReport(storage::Connection& conn, const PeriodRow& p, std::int64_t enterprise_id,
                        const ReportInput& in, const audit::Actor& actor, api::Notifier* notifier,
                        std::int64_t now);

// One notification to every enterprise of the caller's part of the period still missing on
// `day`; 409 when none is. Returns how many enterprises were reminded.
std::int64_t RemindMissing(storage::Connection& conn, const PeriodRow& p, const api::Scope& scope,
                           const std::string& day, const audit::Actor& actor,
                           api::Notifier* notifier, std::int64_t now);

// The job's step: for every period covering today, the daily reminder (once per enterprise and
// day, from remind_minutes before the deadline) and, after the deadline of today or yesterday,
// the overdue count to the declaring agency and its superior (once per agency and day).
struct JobResult {
  std::int64_t reminders = 0, escalations = 0;
};
JobResult RunZeroReportJob(storage::Connection& conn, notifications::PendingPushes& pushes,
                           std::int64_t now);

}  // namespace anjian::zero_report
