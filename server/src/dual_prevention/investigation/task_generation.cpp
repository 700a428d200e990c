#include "dual_prevention/investigation/task_generation.hpp"

#include <optional>
#include <string>
#include <vector>

#include "dual_prevention/investigation/inspection_schedule_rules.hpp"
#include "core/china_time.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::inspection {

namespace dp = domain::dual_prevention;
using storage::Value;

namespace {

struct Source {
  int64_t enterprise_id = 0;
  std::string region_path, source_key, title;
  std::optional<int64_t> measure_id, duty_id, checklist_id, assignee, major_hazard_id;
  dp::Frequency frequency = dp::Frequency::kDaily;
};

std::vector<Source> LoadSources(storage::Connection& conn, std::optional<int64_t> enterprise_id) {
  std::vector<Source> out;
  std::string ent_m = enterprise_id ? " AND m.enterprise_id = ?" : "";
  std::string ent_d = enterprise_id ? " AND d.enterprise_id = ?" : "";
  std::vector<Value> params;
  if (enterprise_id) params.emplace_back(*enterprise_id);
  auto ms = conn.Query(
      "SELECT m.id, m.enterprise_id, m.region_path, m.frequency, m.owner_user_id, u.name AS "
      "unit_name, m.description FROM control_measures m JOIN risk_events v ON v.id = "
      "m.risk_event_id JOIN risk_units u ON u.id = m.risk_unit_id WHERE m.active = 1 AND "
      "v.active = 1 AND u.active = 1" + ent_m + " ORDER BY m.id",
      params);
  for (size_t i = 0; i < ms.size(); ++i) {
    auto f = dp::ParseFrequency(ms.Text(i, "frequency"));
    if (!f) continue;
    Source s;
    s.enterprise_id = ms.Int(i, "enterprise_id");
    s.region_path = ms.Text(i, "region_path");
    s.source_key = "m" + std::to_string(ms.Int(i, "id"));
    s.title = ms.Text(i, "unit_name") + "：" + ms.Text(i, "description");
    if (s.title.size() > 600) s.title.resize(600);
    s.measure_id = ms.Int(i, "id");
    s.assignee = ms.OptInt(i, "owner_user_id");
    s.frequency = *f;
    out.push_back(std::move(s));
  }
  auto ds = conn.Query(
      "SELECT d.id, d.enterprise_id, d.region_path, d.frequency, d.assignee_user_id, "
      "d.checklist_id, c.name FROM inspection_duties d JOIN checklists c ON c.id = d.checklist_id "
      "WHERE d.active = 1 AND c.active = 1" + ent_d + " ORDER BY d.id",
      params);
  for (size_t i = 0; i < ds.size(); ++i) {
    auto f = dp::ParseFrequency(ds.Text(i, "frequency"));
    if (!f) continue;
    Source s;
    s.enterprise_id = ds.Int(i, "enterprise_id");
    s.region_path = ds.Text(i, "region_path");
    s.source_key = "d" + std::to_string(ds.Int(i, "id"));
    s.title = ds.Text(i, "name");
    s.duty_id = ds.Int(i, "id");
    s.checklist_id = ds.Int(i, "checklist_id");
    s.assignee = ds.OptInt(i, "assignee_user_id");
    s.frequency = *f;
    out.push_back(std::move(s));
  }
  // 重大危险源 checks by the three accountable people who have an account.
  std::string ent_h = enterprise_id ? " AND h.enterprise_id = ?" : "";
  auto hs = conn.Query("SELECT h.id, h.enterprise_id, h.region_path, h.name, h.principal_user_id, "
                       "h.principal_frequency, h.technical_user_id, h.technical_frequency, "
                       "h.operational_user_id, h.operational_frequency FROM major_hazards h "
                       "WHERE h.active = 1" + ent_h + " ORDER BY h.id",
                       params);
  struct Role {
    const char* key;
    const char* suffix;
    const char* label;
  };
  static constexpr Role kRoles[] = {{"principal", "p", "主要负责人"},
                                    {"technical", "t", "技术负责人"},
                                    {"operational", "o", "操作负责人"}};
  for (size_t i = 0; i < hs.size(); ++i) {
    for (const auto& role : kRoles) {
      auto user = hs.OptInt(i, std::string(role.key) + "_user_id");
      auto f = dp::ParseFrequency(hs.Text(i, std::string(role.key) + "_frequency"));
      if (!user || !f) continue;
      Source s;
      s.enterprise_id = hs.Int(i, "enterprise_id");
      s.region_path = hs.Text(i, "region_path");
      s.source_key = "h" + std::to_string(hs.Int(i, "id")) + role.suffix;
      s.title = "重大危险源包保检查（" + std::string(role.label) + "）：" + hs.Text(i, "name");
      if (s.title.size() > 600) s.title.resize(600);
      s.major_hazard_id = hs.Int(i, "id");
      s.assignee = user;
      s.frequency = *f;
      out.push_back(std::move(s));
    }
  }
  return out;
}

// Rows are sent 200 at a time (17 parameters each stays far below both databases' limits).
class TaskInserter {
 public:
  explicit TaskInserter(storage::Connection& conn) : conn_(conn) {}
  void Add(const Source& s, const dp::TaskSlot& slot, const std::string& now, const char* status) {
    std::string due = storage::IsoFromUnix(dp::UnixFromLocal(slot.due_date, slot.due_minute));
    std::string start = dp::FormatLocal(slot.period_start, slot.start_minute);
    const std::string_view st(status);
    // A done demo task was done at 10:30 local on its first day (02:30 UTC).
    Value done_at = st == "done" ? Value(start.substr(0, 10) + "T02:30:00Z") : Value(nullptr);
    Value missed_at = st == "missed" ? Value(due) : Value(nullptr);
    params_.insert(params_.end(),
                   {s.enterprise_id, s.region_path, s.source_key, storage::Nullable(s.measure_id),
                    storage::Nullable(s.duty_id), storage::Nullable(s.checklist_id), s.title,
                    std::string(dp::FrequencyValue(slot.frequency)), slot.period_key, std::move(start),
                    std::move(due), storage::Nullable(s.assignee), now, std::string(st), std::move(done_at),
                    std::move(missed_at), storage::Nullable(s.major_hazard_id)});
    if (++rows_ == 200) Flush();
  }
  void Flush() {
    if (rows_ == 0) return;
    std::string sql =
        "INSERT INTO inspection_tasks (enterprise_id, region_path, source_key, "
        "control_measure_id, duty_id, checklist_id, title, frequency, period_key, period_start, "
        "due_at, assignee_user_id, created_at, status, done_at, missed_at, major_hazard_id) "
        "VALUES ";
    for (int i = 0; i < rows_; ++i)
      sql += i ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    sql += " ON CONFLICT (enterprise_id, source_key, period_key) DO NOTHING";
    created_ += conn_.Exec(sql, params_);
    params_.clear();
    rows_ = 0;
  }
  int64_t created() const { return created_; }

 private:
  storage::Connection& conn_;
  std::vector<Value> params_;
  int rows_ = 0;
  int64_t created_ = 0;
};

}  // namespace

int64_t MarkMissed(storage::Connection& conn, int64_t now_unix) {
  std::string now = storage::IsoFromUnix(now_unix);
  return conn.Exec(
      "UPDATE inspection_tasks SET status = 'missed', missed_at = due_at WHERE status = 'open' "
      "AND due_at <= ?",
      {now});
}

GenerationResult GenerateTasks(storage::Connection& conn, const dp::Date& from, const dp::Date& to,
                               int64_t now_unix, std::optional<int64_t> enterprise_id,
                               bool mark_missed, const InitialStatus& initial) {
  GenerationResult r;
  const auto config = dp::DefaultScheduleConfig();
  std::string now = storage::IsoFromUnix(now_unix);
  TaskInserter ins(conn);
  for (const auto& s : LoadSources(conn, enterprise_id))
    for (const auto& slot : dp::GenerateSlots(s.frequency, from, to, config))
      ins.Add(s, slot, now, initial ? initial(s.enterprise_id, s.source_key, slot) : "open");
  ins.Flush();
  r.created = ins.created();
  if (mark_missed) r.missed = MarkMissed(conn, now_unix);
  return r;
}

GenerationResult RunTaskGeneration(storage::Connection& conn, int64_t now_unix) {
  auto today = dp::LocalFromUnix(now_unix).date;
  return GenerateTasks(conn, today, today, now_unix);
}

}  // namespace anjian::inspection
