#include "dual_prevention/hidden_danger/deadline_service.hpp"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <set>

#include "audit/audit_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "dual_prevention/hidden_danger/escalation_json_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_repository.hpp"

namespace anjian::hidden_danger {

namespace json = boost::json;

namespace {
// "YYYY-MM-DD HH:MM", China time.
std::string ChinaMinute(int64_t unix_seconds) {
  std::string t = core::ChinaIsoDateTime(unix_seconds).substr(0, 16);
  if (t.size() > 10) t[10] = ' ';
  return t;
}

// One stage's notice to its recipients (each once, in-app and by e-mail after the commit) and
// its audit entry; `facts` are the entry's after-values, the recipients' count added.
void SendStageNotice(storage::Connection& conn, notifications::PendingPushes& pushes,
                     std::vector<OutgoingMessage>& mail, int64_t now, int64_t hidden_danger_id,
                     const std::string& stage, const std::vector<int64_t>& ids,
                     const std::string& title, const std::string& body, json::object facts) {
  const std::string link = "/hidden-dangers/" + std::to_string(hidden_danger_id);
  std::set<int64_t> done;
  for (const auto& r : Recipients(conn, ids)) {
    if (!done.insert(r.user_id).second) continue;
    pushes.Notify(conn, r.user_id, "hidden_danger_" + stage, title, body, link);
    if (!r.email.empty()) mail.push_back({r.email, r.name, title, body + "\n" + link});
  }
  facts["recipients"] = static_cast<int64_t>(done.size());
  audit::Append(conn, {std::nullopt, "system", "", now}, "deadline_" + stage, "hidden_danger",
                std::to_string(hidden_danger_id), nullptr, std::move(facts));
}
}  // namespace

EscalationConfig LoadEscalationConfig(storage::Connection& conn) {
  EscalationConfig config = DefaultEscalationConfig();
  if (auto text = EscalationSettingText(conn)) {
    auto parsed = EscalationConfigFromJson(*text);
    if (auto* c = std::get_if<EscalationConfig>(&parsed))
      config = *c;
    else
      spdlog::warn("settings hidden_danger_escalation is invalid; using the defaults");
  }
  // Default cut-off: the China date the assessment cut-off was introduced here (V032 ran), so
  // the first run does not chase every report older than the rule.
  if (config.assessment_applies_from.empty())
    if (auto at = MigrationAppliedAt(conn, kAssessmentCutoffMigration))
      config.assessment_applies_from = core::ChinaIsoDate(core::UnixFromIso(*at));
  return config;
}

namespace {

// E-mail after the commit: a failing relay must not undo the in-app
// notifications.
void SendMail(MessageSender& sender, const std::vector<OutgoingMessage>& mail,
              DeadlineRunResult& result) {
  for (const auto& m : mail) {
    try {
      sender.Send(m);
      ++result.messages;
    } catch (const std::exception& e) {
      ++result.message_failures;
      spdlog::warn("deadline message to {} failed: {}", m.to, e.what());
    }
  }
}

// Pages of candidates (ids ascending), each handled in its own transaction;
// then its mail and the caller's callback. `page(after_id, limit)` reads one
// page, `handle(row, mail)` one row.
template <typename Page, typename Handle>
void InBatches(storage::Connection& conn, MessageSender& sender,
               notifications::PendingPushes& pushes, const DeadlineBatching& batching,
               DeadlineRunResult& result, Page page, Handle handle) {
  const int64_t limit = batching.batch_size > 0 ? batching.batch_size : kDeadlineBatchSize;
  int64_t after = 0;
  for (;;) {
    std::vector<OutgoingMessage> mail;
    bool more = false;
    {
      storage::Transaction tx(conn);
      auto rows = page(after, limit);
      for (const auto& row : rows) handle(row, mail);
      if (!rows.empty()) after = rows.back().id;
      more = static_cast<int64_t>(rows.size()) == limit;
      tx.Commit();
    }
    SendMail(sender, mail, result);
    if (batching.after_batch) batching.after_batch(pushes);
    if (!more) break;
  }
}

}  // namespace

DeadlineRunResult RunDeadlineCheck(storage::Connection& conn, int64_t now,
                                   const EscalationConfig& config, MessageSender& sender,
                                   notifications::PendingPushes& pushes) {
  return RunDeadlineCheck(conn, now, config, sender, pushes, DeadlineBatching{});
}

DeadlineRunResult RunDeadlineCheck(storage::Connection& conn, int64_t now,
                                   const EscalationConfig& config, MessageSender& sender,
                                   notifications::PendingPushes& pushes,
                                   const DeadlineBatching& batching) {
  DeadlineRunResult result;
  const std::string now_iso = core::IsoFromUnix(now);
  const auto today_date = core::ChinaDate(now);
  const std::string horizon =
      core::FormatIsoDate(core::AddDays(today_date, config.reminder_days_before));
  // ix_hd_open_deadline: only open ones with a deadline inside the reminder
  // window or past.
  InBatches(
      conn, sender, pushes, batching, result,
      [&](int64_t after, int64_t limit) { return OpenWithDeadlineBy(conn, horizon, after, limit); },
      [&](const DeadlineCandidate& h, std::vector<OutgoingMessage>& mail) {
        const auto& deadline = h.effective_deadline;
        auto parsed = core::ParseIsoDate(deadline);
        if (!parsed) return;
        ++result.checked;
        const auto status = EvaluateDeadline(*parsed, today_date, config);
        if (status.stage == EscalationStage::kNone) return;
        const std::string stage(EscalationStageValue(status.stage));
        if (DeadlineNoticeSent(conn, h.id, stage, deadline)) return;
        RecordDeadlineNotice(conn, h.id, stage, deadline, now_iso);
        std::vector<int64_t> ids;
        std::string title;
        switch (status.stage) {
          case EscalationStage::kReminder:
            ++result.reminders;
            if (h.owner_user_id)
              ids = {*h.owner_user_id};
            else
              ids = EnterpriseManagerIds(conn, h.enterprise_id);
            title = "隐患整改即将到期（剩余 " + std::to_string(status.days_remaining) + " 天）：" +
                    h.number + " " + h.title;
            break;
          case EscalationStage::kEscalateSuperior:
            ++result.superior_escalations;
            ids = EnterprisePrincipalIds(conn, h.enterprise_id);
            if (h.owner_user_id) ids.push_back(*h.owner_user_id);
            title = "隐患整改已逾期 " + std::to_string(status.days_overdue) + " 天：" + h.number +
                    " " + h.title;
            break;
          case EscalationStage::kEscalateRegulator:
            ++result.regulator_escalations;
            ids = SupervisingRegulatorIds(conn, h.region_path);
            title = "企业隐患整改逾期 " + std::to_string(status.days_overdue) + " 天：" + h.number +
                    " " + h.title;
            break;
          case EscalationStage::kNone:
            break;
        }
        SendStageNotice(
            conn, pushes, mail, now, h.id, stage, ids, title,
            h.enterprise_name + " · 整改期限 " + deadline,
            json::object{{"deadline", deadline}, {"days_overdue", status.days_overdue}});
      });
  // The assessment period of reported hidden dangers: the notice is keyed by
  // the due instant.
  const int64_t window =
      static_cast<int64_t>(config.assessment_hours - config.assessment_reminder_hours) * 3600;
  const auto from = AssessmentAppliesFromInstant(config);
  const std::string reported_from = from ? core::IsoFromUnix(*from) : "";
  const std::string reported_by = core::IsoFromUnix(now - window);
  InBatches(
      conn, sender, pushes, batching, result,
      [&](int64_t after, int64_t limit) {
        return UnassessedReportedBy(conn, reported_from, reported_by, after, limit);
      },
      [&](const AssessmentCandidate& h, std::vector<OutgoingMessage>& mail) {
        const int64_t reported = core::UnixFromIso(h.reported_at);
        ++result.assessment_checked;
        const auto status = EvaluateAssessment(reported, now, config);
        if (status.stage == EscalationStage::kNone) return;
        const std::string stage = "assessment_" + std::string(EscalationStageValue(status.stage));
        const std::string due = core::IsoFromUnix(status.due);
        if (DeadlineNoticeSent(conn, h.id, stage, due)) return;
        RecordDeadlineNotice(conn, h.id, stage, due, now_iso);
        std::vector<int64_t> ids;
        std::string title;
        const int64_t hours_late = (status.seconds_overdue + 3599) / 3600;
        switch (status.stage) {
          case EscalationStage::kReminder:
            ++result.assessment_reminders;
            ids = EnterpriseManagerIds(conn, h.enterprise_id);
            title = "隐患即将超过评估时限（" + std::to_string(config.assessment_hours) +
                    " 小时）：" + h.number + " " + h.title;
            break;
          case EscalationStage::kEscalateSuperior:
            ++result.assessment_superior_escalations;
            ids = EnterprisePrincipalIds(conn, h.enterprise_id);
            for (auto m : EnterpriseManagerIds(conn, h.enterprise_id)) ids.push_back(m);
            title = "隐患超过评估时限未评估（逾期 " + std::to_string(hours_late) + " 小时）：" +
                    h.number + " " + h.title;
            break;
          case EscalationStage::kEscalateRegulator:
            ++result.assessment_regulator_escalations;
            ids = SupervisingRegulatorIds(conn, h.region_path);
            title = "企业隐患超过评估时限未评估（逾期 " + std::to_string(hours_late) + " 小时）：" +
                    h.number + " " + h.title;
            break;
          case EscalationStage::kNone:
            break;
        }
        SendStageNotice(
            conn, pushes, mail, now, h.id, stage, ids, title,
            h.enterprise_name + " · 上报于 " + ChinaMinute(reported) + " · 评估时限 " +
                ChinaMinute(status.due),
            json::object{{"assessment_due", due}, {"seconds_overdue", status.seconds_overdue}});
      });
  return result;
}

}  // namespace anjian::hidden_danger
