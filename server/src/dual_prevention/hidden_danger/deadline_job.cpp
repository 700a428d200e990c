#include "dual_prevention/hidden_danger/deadline_job.hpp"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <set>

#include "audit/audit_service.hpp"
#include "core/civil_date.hpp"
#include "dual_prevention/hidden_danger/escalation_json_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_store.hpp"

namespace anjian::hazard {

namespace json = boost::json;
using storage::Value;

dp::EscalationConfig LoadEscalationConfig(storage::Connection& conn) {
  auto rs = conn.Query("SELECT value FROM settings WHERE key = 'hidden_danger_escalation'");
  if (rs.empty()) return dp::DefaultEscalationConfig();
  auto parsed = dp::EscalationConfigFromJson(rs.Text(0, "value"));
  if (auto* c = std::get_if<dp::EscalationConfig>(&parsed)) return *c;
  spdlog::warn("settings hidden_danger_escalation is invalid; using the defaults");
  return dp::DefaultEscalationConfig();
}

namespace {

struct Recipient {
  int64_t user_id;
  std::string name, email;
};

std::vector<Recipient> Recipients(storage::Connection& conn, const std::vector<int64_t>& ids) {
  std::vector<Recipient> out;
  for (int64_t id : ids) {
    auto rs = conn.Query("SELECT id, display_name, email FROM users WHERE id = ?", {id});
    if (!rs.empty())
      out.push_back({id, rs.Text(0, "display_name"), rs.Text(0, "email")});
  }
  return out;
}

}  // namespace

DeadlineRunResult RunDeadlineCheck(storage::Connection& conn, const std::string& now_iso,
                                   const dp::EscalationConfig& config, MessageSender& sender,
                                   notifications::PendingPushes& pushes) {
  DeadlineRunResult result;
  const std::string today = TodayOf(now_iso);
  const auto today_date = *dp::ParseIsoDate(today);
  const std::string horizon =
      dp::FormatIsoDate(dp::AddDays(today_date, config.reminder_days_before));
  std::vector<OutgoingMessage> mail;
  {
    storage::Transaction tx(conn);
    // ix_hd_open_deadline: only open ones with a deadline inside the reminder window or past.
    auto rs = conn.Query(
        "SELECT h.id, h.title, h.enterprise_id, h.region_path, h.owner_user_id, "
        "h.effective_deadline, e.name AS enterprise_name FROM hidden_dangers h "
        "JOIN enterprises e ON e.id = h.enterprise_id "
        "WHERE h.is_open = 1 AND h.effective_deadline IS NOT NULL AND h.effective_deadline <= ? "
        "ORDER BY h.id",
        {horizon});
    for (size_t i = 0; i < rs.size(); ++i) {
      const auto deadline = rs.Text(i, "effective_deadline");
      auto parsed = dp::ParseIsoDate(deadline);
      if (!parsed) continue;
      ++result.checked;
      const auto status = dp::EvaluateDeadline(*parsed, today_date, config);
      if (status.stage == dp::EscalationStage::kNone) continue;
      const int64_t id = rs.Int(i, "id");
      const std::string stage(dp::EscalationStageValue(status.stage));
      auto sent = conn.Query(
          "SELECT 1 AS ok FROM hidden_danger_deadline_notices WHERE hidden_danger_id = ? AND "
          "stage = ? AND deadline = ?",
          {id, stage, deadline});
      if (!sent.empty()) continue;
      conn.Exec(
          "INSERT INTO hidden_danger_deadline_notices (hidden_danger_id, stage, deadline, "
          "sent_at) VALUES (?, ?, ?, ?)",
          {id, stage, deadline, now_iso});

      const int64_t enterprise_id = rs.Int(i, "enterprise_id");
      std::vector<int64_t> ids;
      std::string title;
      const std::string name = rs.Text(i, "title");
      switch (status.stage) {
        case dp::EscalationStage::kReminder:
          ++result.reminders;
          if (auto owner = rs.OptInt(i, "owner_user_id")) ids = {*owner};
          else ids = EnterpriseManagerIds(conn, enterprise_id);
          title = "隐患整改即将到期（剩余 " + std::to_string(status.days_remaining) + " 天）：" + name;
          break;
        case dp::EscalationStage::kEscalateSuperior:
          ++result.superior_escalations;
          ids = EnterprisePrincipalIds(conn, enterprise_id);
          if (auto owner = rs.OptInt(i, "owner_user_id")) ids.push_back(*owner);
          title = "隐患整改已逾期 " + std::to_string(status.days_overdue) + " 天：" + name;
          break;
        case dp::EscalationStage::kEscalateRegulator:
          ++result.regulator_escalations;
          ids = SupervisingRegulatorIds(conn, rs.Text(i, "region_path"));
          title = "企业隐患整改逾期 " + std::to_string(status.days_overdue) + " 天：" + name;
          break;
        case dp::EscalationStage::kNone: break;
      }
      const std::string body = rs.Text(i, "enterprise_name") + " · 整改期限 " + deadline;
      const std::string link = "/hidden-dangers/" + std::to_string(id);
      std::set<int64_t> done;
      for (const auto& r : Recipients(conn, ids)) {
        if (!done.insert(r.user_id).second) continue;
        pushes.Notify(conn, r.user_id, "hidden_danger_" + stage, title, body, link);
        if (!r.email.empty()) mail.push_back({r.email, r.name, title, body + "\n" + link});
      }
      audit::Append(conn, {std::nullopt, "system", "", core::UnixFromIso(now_iso)}, "deadline_" + stage, "hidden_danger",
                    std::to_string(id), nullptr,
                    json::object{{"deadline", deadline},
                                 {"days_overdue", status.days_overdue},
                                 {"recipients", static_cast<int64_t>(done.size())}});
    }
    tx.Commit();
  }
  // E-mail after the commit: a failing relay must not undo the in-app notifications.
  for (const auto& m : mail) {
    try {
      sender.Send(m);
      ++result.messages;
    } catch (const std::exception& e) {
      ++result.message_failures;
      spdlog::warn("deadline message to {} failed: {}", m.to, e.what());
    }
  }
  return result;
}

}  // namespace anjian::hazard
