#include "dual_prevention/investigation/task_generation_service.hpp"

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "dual_prevention/investigation/company_daily_rules.hpp"
#include "dual_prevention/investigation/investigation_repository.hpp"
#include "notifications/notification_service.hpp"

#include <boost/json.hpp>
#include <map>

namespace anjian::investigation {

int64_t MarkMissed(storage::Connection& conn, int64_t now_unix) {
  return MarkTasksMissed(conn, core::IsoFromUnix(now_unix));
}

GenerationResult GenerateTasks(storage::Connection& conn, const core::Date& from,
                               const core::Date& to, int64_t now_unix,
                               std::optional<int64_t> enterprise_id, bool mark_missed,
                               const InitialStatus& initial) {
  GenerationResult r;
  const auto config = DefaultScheduleConfig();
  const std::string now = core::IsoFromUnix(now_unix);
  TaskInserter ins(conn);
  const auto sources = LoadTaskSources(conn, enterprise_id);
  for (const auto& s : sources) {
    auto frequency = ParseFrequency(s.frequency);
    if (!frequency) continue;
    for (const auto& slot : GenerateSlots(*frequency, from, to, config)) {
      const std::string_view status =
          initial ? initial(s.enterprise_id, s.source_key, slot) : "open";
      NewTask t;
      t.source = &s;
      t.frequency = std::string(FrequencyValue(slot.frequency));
      t.period_key = slot.period_key;
      t.period_start = core::FormatLocal(slot.period_start, slot.start_minute);
      t.due_at = core::IsoFromUnix(core::UnixFromLocal(slot.due_date, slot.due_minute));
      t.created_at = now;
      t.status = std::string(status);
      // A done demo task was done at 10:30 China time on its first day (02:30 UTC).
      if (status == "done") t.done_at = t.period_start.substr(0, 10) + "T02:30:00Z";
      if (status == "missed") t.missed_at = t.due_at;
      ins.Add(t);
    }
  }
  ins.Flush();
  r.created = ins.created();
  if (mark_missed) r.missed = MarkMissed(conn, now_unix);
  return r;
}

int64_t EnsureCompanyDailyInspection(storage::Connection& conn, const audit::Actor& actor,
                                     std::optional<int64_t> enterprise_id) {
  namespace json = boost::json;
  const auto changed = EnsureCompanyDailyDuties(conn, enterprise_id, core::IsoFromUnix(actor.at));
  for (const auto& r : changed) {
    json::object after{{"enterprise_id", r.enterprise_id},
                       {"checklist", std::string(kCompanyDailyChecklistCode)},
                       {"frequency", r.new_frequency},
                       {"active", true},
                       {"mandatory", true}};
    json::value before = nullptr;
    if (!r.created)
      before = json::object{{"enterprise_id", r.enterprise_id},
                            {"frequency", r.old_frequency},
                            {"active", r.old_active}};
    audit::Append(conn, actor, r.created ? "create" : "update", "inspection_duty",
                  std::to_string(r.duty_id), before, after);
  }
  return static_cast<int64_t>(changed.size());
}

int64_t ReportMissedDailyInspections(storage::Connection& conn, int64_t now_unix) {
  const auto missed = UnreportedMissedDaily(conn, core::IsoFromUnix(now_unix - 2 * 86400));
  if (missed.empty()) return 0;
  // One notification per enterprise and day, naming the areas not inspected.
  std::map<std::pair<int64_t, std::string>, std::vector<const MissedDaily*>> groups;
  std::vector<int64_t> ids;
  for (const auto& m : missed) {
    groups[{m.enterprise_id, m.period_key}].push_back(&m);
    ids.push_back(m.task_id);
  }
  int64_t sent = 0;
  for (const auto& [key, tasks] : groups) {
    const MissedDaily& first = *tasks.front();
    const std::string title = "民爆企业漏检：" + first.enterprise_name + " " + key.second +
                              " 未完成公司级每日检查";
    std::string body;
    // The areas ("生产区", "库区：1号库"), or the checklist's name for the enterprise as a whole.
    for (const auto* t : tasks) {
      const auto dot = t->title.rfind("·");
      body += (body.empty() ? "" : "；") +
              (dot == std::string::npos ? t->title : t->title.substr(dot + std::string("·").size()));
    }
    for (int64_t agency : NearestAgencies(conn, first.region_path))
      for (int64_t uid : notifications::AgencyUserIds(conn, agency)) {
        notifications::Notify(conn, now_unix, uid, "missed_daily_inspection", title, body,
                              "/inspection/tasks?enterprise_id=" +
                                  std::to_string(first.enterprise_id));
        ++sent;
      }
  }
  MarkMissedDailyReported(conn, ids, core::IsoFromUnix(now_unix));
  return sent;
}

GenerationResult RunTaskGeneration(storage::Connection& conn, int64_t now_unix) {
  auto today = core::ChinaDate(now_unix);
  const int64_t ensured =
      EnsureCompanyDailyInspection(conn, {std::nullopt, "system", "", now_unix}, std::nullopt);
  auto r = GenerateTasks(conn, today, today, now_unix);
  r.duties_ensured = ensured;
  r.regulators_notified = ReportMissedDailyInspections(conn, now_unix);
  return r;
}

}  // namespace anjian::investigation
