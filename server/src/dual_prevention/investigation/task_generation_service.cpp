#include "dual_prevention/investigation/task_generation_service.hpp"

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "dual_prevention/investigation/investigation_repository.hpp"

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

GenerationResult RunTaskGeneration(storage::Connection& conn, int64_t now_unix) {
  auto today = core::ChinaDate(now_unix);
  return GenerateTasks(conn, today, today, now_unix);
}

}  // namespace anjian::investigation
