#include "dual_prevention/investigation/investigation_repository.hpp"

#include <boost/json.hpp>
#include <map>
#include <set>

#include "dual_prevention/investigation/company_daily_rules.hpp"
#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::investigation {

namespace json = boost::json;
using storage::Value;

namespace {

// "(?,?)" with the daily-inspection industries appended to params.
std::string DailyIndustriesIn(std::vector<Value>& params) {
  const auto& industries = CompanyDailyIndustries();
  for (auto industry : industries) params.emplace_back(std::string(industry));
  return "(" + storage::Placeholders(industries.size()) + ")";
}

std::vector<Value> IdThenScope(int64_t id, const api::SqlFilter& f) {
  std::vector<Value> params{id};
  params.insert(params.end(), f.params.begin(), f.params.end());
  return params;
}

// ---- checklists ------------------------------------------------------------------------------

// Built-ins (enterprise_id NULL) are visible to everyone with inspection:read; an enterprise's
// own checklists follow the register's scope through the enterprise.
api::SqlFilter VisibleSql(const api::Scope& s) {
  auto f = api::ScopeSql(s, "e.region_path", "c.enterprise_id");
  f.sql = "(c.enterprise_id IS NULL OR (" + f.sql + "))";
  return f;
}

const char* kChecklistSelect =
    "SELECT c.id, c.enterprise_id, c.code, c.kind, c.name, c.active, c.updated_at, "
    "(SELECT COUNT(*) FROM checklist_items i WHERE i.checklist_id = c.id AND i.active = 1) AS "
    "item_count FROM checklists c LEFT JOIN enterprises e ON e.id = c.enterprise_id";

Checklist ChecklistRow(const storage::ResultSet& rs, size_t i) {
  Checklist c;
  c.id = rs.Int(i, "id");
  c.enterprise_id = rs.OptInt(i, "enterprise_id");
  c.code = rs.Text(i, "code");
  c.kind = rs.Text(i, "kind");
  c.name = rs.Text(i, "name");
  c.item_count = rs.Int(i, "item_count");
  c.active = rs.Int(i, "active") != 0;
  c.updated_at = rs.Text(i, "updated_at");
  return c;
}

std::vector<ChecklistItem> ItemsOf(storage::Connection& conn, int64_t checklist_id) {
  auto rs = conn.Query("SELECT id, position, content, requires_photo FROM checklist_items WHERE "
                       "checklist_id = ? AND active = 1 ORDER BY position",
                       {checklist_id});
  std::vector<ChecklistItem> items;
  for (size_t i = 0; i < rs.size(); ++i)
    items.push_back({rs.Int(i, "id"), rs.Int(i, "position"), rs.Text(i, "content"),
                     rs.Int(i, "requires_photo") != 0});
  return items;
}

// ---- tasks -----------------------------------------------------------------------------------

const char* kTaskSelect =
    "SELECT t.id, t.enterprise_id, e.name AS enterprise_name, t.source_key, "
    "t.control_measure_id, t.duty_id, t.major_hazard_id, t.checklist_id, t.title, t.frequency, "
    "t.period_key, t.period_start, t.due_at, t.assignee_user_id, COALESCE(us.display_name, '') "
    "AS assignee_name, t.status, rec.id AS record_id, t.done_at, t.missed_at FROM "
    "inspection_tasks t JOIN enterprises e ON e.id = t.enterprise_id LEFT JOIN users us ON us.id "
    "= t.assignee_user_id LEFT JOIN inspection_records rec ON rec.task_id = t.id";

Task TaskRow(const storage::ResultSet& rs, size_t i) {
  Task t;
  t.id = rs.Int(i, "id");
  t.enterprise_id = rs.Int(i, "enterprise_id");
  t.enterprise_name = rs.Text(i, "enterprise_name");
  t.source_key = rs.Text(i, "source_key");
  t.control_measure_id = rs.OptInt(i, "control_measure_id");
  t.duty_id = rs.OptInt(i, "duty_id");
  t.major_hazard_id = rs.OptInt(i, "major_hazard_id");
  t.checklist_id = rs.OptInt(i, "checklist_id");
  t.title = rs.Text(i, "title");
  t.frequency = rs.Text(i, "frequency");
  t.period_key = rs.Text(i, "period_key");
  t.period_start = rs.Text(i, "period_start");
  t.due_at = rs.Text(i, "due_at");
  t.assignee_user_id = rs.OptInt(i, "assignee_user_id");
  t.assignee_name = rs.Text(i, "assignee_name");
  t.status = rs.Text(i, "status");
  t.record_id = rs.OptInt(i, "record_id");
  t.done_at = rs.OptText(i, "done_at");
  t.missed_at = rs.OptText(i, "missed_at");
  return t;
}

std::pair<std::string, std::vector<Value>> TaskWhere(const api::Scope& s, const TaskFilter& f) {
  auto scope = api::ScopeSql(s, "t.region_path", "t.enterprise_id");
  std::string w = " WHERE " + scope.sql;
  auto p = scope.params;
  if (!f.region_path.empty()) {
    w += " AND t.region_path >= ? AND t.region_path < ?";
    p.emplace_back(f.region_path);
    p.emplace_back(api::PathUpperBound(f.region_path));
  }
  if (f.enterprise_id) {
    w += " AND t.enterprise_id = ?";
    p.emplace_back(*f.enterprise_id);
  }
  if (!f.status.empty()) {
    w += " AND t.status = ?";
    p.emplace_back(f.status);
  }
  if (f.source == "measure") w += " AND t.control_measure_id IS NOT NULL";
  if (f.source == "duty") w += " AND t.duty_id IS NOT NULL";
  if (f.source == "major_hazard") w += " AND t.major_hazard_id IS NOT NULL";
  if (f.assignee_user_id) {
    w += " AND t.assignee_user_id = ?";
    p.emplace_back(*f.assignee_user_id);
  }
  if (!f.from.empty()) {
    w += " AND t.period_start >= ?";
    p.emplace_back(f.from);
  }
  if (!f.to.empty()) {
    w += " AND t.period_start < ?";
    p.emplace_back(f.to + "T99");  // inclusive of the whole day
  }
  return {w, p};
}

// ---- records ---------------------------------------------------------------------------------

const char* kRecordSelect =
    "SELECT r.id, r.enterprise_id, e.name AS enterprise_name, r.task_id, r.checklist_id, r.title, "
    "r.inspector_user_id, r.inspector_name, r.inspected_at, r.failed_count, "
    "r.note, COALESCE(c.name, '') AS checklist_name, COALESCE(c.kind, '') AS checklist_kind "
    "FROM inspection_records r JOIN enterprises e ON e.id = r.enterprise_id LEFT JOIN "
    "checklists c ON c.id = r.checklist_id";

Record RecordRow(const storage::ResultSet& rs, size_t i) {
  Record r;
  r.id = rs.Int(i, "id");
  r.enterprise_id = rs.Int(i, "enterprise_id");
  r.enterprise_name = rs.Text(i, "enterprise_name");
  r.task_id = rs.OptInt(i, "task_id");
  r.checklist_id = rs.OptInt(i, "checklist_id");
  r.checklist_name = rs.Text(i, "checklist_name");
  r.checklist_kind = rs.Text(i, "checklist_kind");
  r.title = rs.Text(i, "title");
  r.inspector_user_id = rs.OptInt(i, "inspector_user_id");
  r.inspector_name = rs.Text(i, "inspector_name");
  r.inspected_at = rs.Text(i, "inspected_at");
  r.failed_count = rs.Int(i, "failed_count");
  r.note = rs.Text(i, "note");
  return r;
}

RecordItemRow ItemRow(const storage::ResultSet& rs, size_t i) {
  RecordItemRow r;
  r.position = rs.Int(i, "position");
  r.checklist_item_id = rs.OptInt(i, "checklist_item_id");
  r.content = rs.Text(i, "content");
  r.outcome = rs.Text(i, "outcome");
  r.note = rs.Text(i, "note");
  r.photo_ids_json = rs.Text(i, "photo_ids_json");
  r.hidden_danger_id = rs.OptInt(i, "hidden_danger_id");
  return r;
}

}  // namespace

// ---- checklists and duties --------------------------------------------------------------------

std::vector<Checklist> ListChecklists(storage::Connection& conn, const api::Scope& s,
                                      bool include_inactive) {
  auto f = VisibleSql(s);
  std::string sql = std::string(kChecklistSelect) + " WHERE " + f.sql;
  if (!include_inactive) sql += " AND c.active = 1";
  sql += " ORDER BY CASE WHEN c.enterprise_id IS NULL THEN 0 ELSE 1 END, c.id LIMIT 500";
  auto rs = conn.Query(sql, f.params);
  std::vector<Checklist> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(ChecklistRow(rs, i));
  return out;
}

std::optional<Checklist> FindChecklist(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = VisibleSql(s);
  auto rs = conn.Query(std::string(kChecklistSelect) + " WHERE c.id = ? AND " + f.sql,
                       IdThenScope(id, f));
  if (rs.empty()) return std::nullopt;
  auto c = ChecklistRow(rs, 0);
  c.items = ItemsOf(conn, id);
  return c;
}

std::optional<std::string> UsableChecklistName(storage::Connection& conn, int64_t checklist_id,
                                               int64_t enterprise_id) {
  auto rs = conn.Query("SELECT name FROM checklists WHERE id = ? AND active = 1 AND "
                       "(enterprise_id IS NULL OR enterprise_id = ?)",
                       {checklist_id, enterprise_id});
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "name");
}

int64_t InsertChecklist(storage::Connection& conn, int64_t enterprise_id, const std::string& kind,
                        const std::string& name, const std::string& now) {
  return conn
      .Query("INSERT INTO checklists (enterprise_id, kind, name, created_at, updated_at) VALUES "
             "(?,?,?,?,?) RETURNING id",
             {enterprise_id, kind, name, now, now})
      .Int(0, "id");
}

void InsertChecklistItems(storage::Connection& conn, int64_t checklist_id,
                          const std::vector<ChecklistItemInput>& items) {
  int64_t position = 1;
  for (const auto& it : items)
    conn.Exec("INSERT INTO checklist_items (checklist_id, position, content, requires_photo) "
              "VALUES (?,?,?,?)",
              {checklist_id, position++, it.content, int64_t{it.requires_photo ? 1 : 0}});
}

void UpdateChecklist(storage::Connection& conn, int64_t id, const std::string& name,
                     const std::string& kind, const std::string& now) {
  conn.Exec("UPDATE checklists SET name = ?, kind = ?, updated_at = ? WHERE id = ?",
            {name, kind, now, id});
}

void RetireChecklistItems(storage::Connection& conn, int64_t checklist_id) {
  conn.Exec("UPDATE checklist_items SET active = 0 WHERE checklist_id = ?", {checklist_id});
}

void DeactivateChecklist(storage::Connection& conn, int64_t id, const std::string& now) {
  conn.Exec("UPDATE checklists SET active = 0, updated_at = ? WHERE id = ?", {now, id});
}

std::vector<Duty> ListDuties(storage::Connection& conn, const api::Scope& s,
                             std::optional<int64_t> id) {
  auto f = api::ScopeSql(s, "d.region_path", "d.enterprise_id");
  std::vector<Value> params{std::string(kCompanyDailyChecklistCode)};
  std::string industries = DailyIndustriesIn(params);
  std::string sql =
      "SELECT d.id, d.enterprise_id, e.name AS enterprise_name, d.checklist_id, c.name AS "
      "checklist_name, d.frequency, d.assignee_user_id, COALESCE(us.display_name, '') AS "
      "assignee_name, d.active, CASE WHEN c.enterprise_id IS NULL AND c.code = ? AND "
      "e.industry IN " + industries + " THEN 1 ELSE 0 END AS mandatory FROM inspection_duties d "
      "JOIN enterprises e ON e.id = d.enterprise_id JOIN checklists c ON c.id = d.checklist_id "
      "LEFT JOIN users us ON us.id = d.assignee_user_id WHERE " + f.sql;
  params.insert(params.end(), f.params.begin(), f.params.end());
  if (id) {
    sql += " AND d.id = ?";
    params.emplace_back(*id);
  }
  sql += " ORDER BY d.enterprise_id, d.id LIMIT 500";
  auto rs = conn.Query(sql, params);
  std::vector<Duty> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    Duty d;
    d.id = rs.Int(i, "id");
    d.enterprise_id = rs.Int(i, "enterprise_id");
    d.enterprise_name = rs.Text(i, "enterprise_name");
    d.checklist_id = rs.Int(i, "checklist_id");
    d.checklist_name = rs.Text(i, "checklist_name");
    d.frequency = rs.Text(i, "frequency");
    d.assignee_user_id = rs.OptInt(i, "assignee_user_id");
    d.assignee_name = rs.Text(i, "assignee_name");
    d.active = rs.Int(i, "active") != 0;
    d.mandatory = rs.Int(i, "mandatory") != 0;
    out.push_back(std::move(d));
  }
  return out;
}

std::optional<int64_t> FindDutyId(storage::Connection& conn, int64_t enterprise_id,
                                  int64_t checklist_id) {
  auto rs = conn.Query("SELECT id FROM inspection_duties WHERE enterprise_id = ? AND "
                       "checklist_id = ?",
                       {enterprise_id, checklist_id});
  if (rs.empty()) return std::nullopt;
  return rs.Int(0, "id");
}

int64_t InsertDuty(storage::Connection& conn, int64_t enterprise_id,
                   const std::string& region_path, int64_t checklist_id,
                   const std::string& frequency, std::optional<int64_t> assignee, bool active,
                   const std::string& now) {
  return conn
      .Query("INSERT INTO inspection_duties (enterprise_id, region_path, checklist_id, "
             "frequency, assignee_user_id, active, created_at) VALUES (?,?,?,?,?,?,?) "
             "RETURNING id",
             {enterprise_id, region_path, checklist_id, frequency, storage::Nullable(assignee),
              int64_t{active ? 1 : 0}, now})
      .Int(0, "id");
}

void UpdateDuty(storage::Connection& conn, int64_t id, const std::string& frequency,
                std::optional<int64_t> assignee, bool active) {
  conn.Exec("UPDATE inspection_duties SET frequency = ?, assignee_user_id = ?, active = ? "
            "WHERE id = ?",
            {frequency, storage::Nullable(assignee), int64_t{active ? 1 : 0}, id});
}

std::vector<Assignee> ListAssignees(storage::Connection& conn, int64_t enterprise_id) {
  auto rs = conn.Query("SELECT id, display_name, username FROM users WHERE enterprise_id = ? "
                       "AND status = 'active' ORDER BY display_name, id LIMIT 1000",
                       {enterprise_id});
  std::vector<Assignee> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "display_name"), rs.Text(i, "username")});
  return out;
}

// ---- tasks -------------------------------------------------------------------------------------

std::optional<Task> FindTask(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = api::ScopeSql(s, "t.region_path", "t.enterprise_id");
  auto rs = conn.Query(std::string(kTaskSelect) + " WHERE t.id = ? AND " + f.sql,
                       IdThenScope(id, f));
  if (rs.empty()) return std::nullopt;
  return TaskRow(rs, 0);
}

std::pair<std::vector<Task>, int64_t> ListTasks(storage::Connection& conn, const api::Scope& s,
                                                const TaskFilter& f, int64_t limit,
                                                int64_t offset) {
  auto [w, p] = TaskWhere(s, f);
  auto count = conn.Query("SELECT COUNT(*) AS n FROM inspection_tasks t" + w, p);
  p.emplace_back(limit);
  p.emplace_back(offset);
  // Open tasks first by due time; closed ones newest first.
  auto rs = conn.Query(std::string(kTaskSelect) + w +
                           " ORDER BY CASE WHEN t.status = 'open' THEN 0 ELSE 1 END, "
                           "CASE WHEN t.status = 'open' THEN t.due_at ELSE '' END, "
                           "t.period_start DESC, t.id DESC LIMIT ? OFFSET ?",
                       p);
  std::vector<Task> items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(TaskRow(rs, i));
  return {std::move(items), count.Int(0, "n")};
}

std::vector<std::pair<std::string, int64_t>> TaskCounts(storage::Connection& conn,
                                                        const api::Scope& s, TaskFilter f) {
  f.status.clear();
  auto [w, p] = TaskWhere(s, f);
  auto rs = conn.Query("SELECT t.status, COUNT(*) AS n FROM inspection_tasks t" + w +
                           " GROUP BY t.status",
                       p);
  std::vector<std::pair<std::string, int64_t>> out;
  for (size_t i = 0; i < rs.size(); ++i) out.emplace_back(rs.Text(i, "status"), rs.Int(i, "n"));
  return out;
}

std::vector<ExpectedItem> ChecklistItems(storage::Connection& conn, int64_t checklist_id) {
  std::vector<ExpectedItem> out;
  for (const auto& it : ItemsOf(conn, checklist_id))
    out.push_back({it.position, it.id, it.content, it.requires_photo});
  return out;
}

std::string MeasureDescription(storage::Connection& conn, int64_t measure_id) {
  auto rs = conn.Query("SELECT description FROM control_measures WHERE id = ?", {measure_id});
  return rs.empty() ? "" : rs.Text(0, "description");
}

void ReassignDutyTasks(storage::Connection& conn, int64_t duty_id,
                       std::optional<int64_t> assignee) {
  conn.Exec("UPDATE inspection_tasks SET assignee_user_id = ? WHERE duty_id = ? AND "
            "status = 'open'",
            {storage::Nullable(assignee), duty_id});
}

void ReassignOpenTasks(storage::Connection& conn, int64_t enterprise_id,
                       const std::string& source_key, std::optional<int64_t> assignee) {
  conn.Exec("UPDATE inspection_tasks SET assignee_user_id = ? WHERE source_key = ? AND "
            "enterprise_id = ? AND status = 'open'",
            {storage::Nullable(assignee), source_key, enterprise_id});
}

// ---- records -----------------------------------------------------------------------------------

int64_t InsertRecord(storage::Connection& conn, const NewRecord& r) {
  int64_t failed = 0;
  for (const auto& it : r.items) failed += it.outcome == "fail";
  int64_t id = conn.Query("INSERT INTO inspection_records (enterprise_id, region_path, task_id, "
                          "checklist_id, title, inspector_user_id, inspector_name, inspected_at, "
                          "failed_count, note) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id",
                          {r.enterprise_id, r.region_path, storage::Nullable(r.task_id),
                           storage::Nullable(r.checklist_id), r.title, r.inspector,
                           r.inspector_name, r.at, failed, r.note})
                   .Int(0, "id");
  for (const auto& it : r.items) {
    json::array photos;
    for (auto p : it.photo_ids) photos.emplace_back(p);
    conn.Exec("INSERT INTO inspection_record_items (record_id, position, checklist_item_id, "
              "content, outcome, note, photo_ids_json) VALUES (?,?,?,?,?,?,?)",
              {id, it.position, storage::Nullable(it.checklist_item_id), it.content, it.outcome,
               it.note, json::serialize(photos)});
    // The link the file route checks: a photo is shown to whoever may read the record.
    for (auto p : std::set<int64_t>(it.photo_ids.begin(), it.photo_ids.end()))
      conn.Exec("INSERT INTO inspection_record_photos (record_id, position, file_id) VALUES "
                "(?,?,?)",
                {id, it.position, p});
  }
  if (r.task_id)
    conn.Exec("UPDATE inspection_tasks SET status = 'done', done_at = ? WHERE id = ?",
              {r.at, *r.task_id});
  return id;
}

std::optional<Record> FindRecord(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = api::ScopeSql(s, "r.region_path", "r.enterprise_id");
  auto rs = conn.Query(std::string(kRecordSelect) + " WHERE r.id = ? AND " + f.sql,
                       IdThenScope(id, f));
  if (rs.empty()) return std::nullopt;
  auto out = RecordRow(rs, 0);
  auto items = conn.Query("SELECT position, checklist_item_id, content, outcome, note, "
                          "photo_ids_json, hidden_danger_id FROM inspection_record_items WHERE "
                          "record_id = ? ORDER BY position",
                          {id});
  for (size_t i = 0; i < items.size(); ++i) out.items.push_back(ItemRow(items, i));
  return out;
}

std::pair<std::vector<Record>, int64_t> ListRecords(storage::Connection& conn,
                                                    const api::Scope& s, const RecordFilter& f,
                                                    int64_t limit, int64_t offset) {
  auto scope = api::ScopeSql(s, "r.region_path", "r.enterprise_id");
  std::string w = " WHERE " + scope.sql;
  auto p = scope.params;
  auto add = [&](std::string_view clause, Value v) {
    w += clause;
    p.push_back(std::move(v));
  };
  if (!f.region_path.empty()) {
    add(" AND r.region_path >= ?", f.region_path);
    add(" AND r.region_path < ?", api::PathUpperBound(f.region_path));
  }
  if (f.enterprise_id) add(" AND r.enterprise_id = ?", *f.enterprise_id);
  if (f.checklist_id) add(" AND r.checklist_id = ?", *f.checklist_id);
  if (f.source == "task") w += " AND r.task_id IS NOT NULL";
  if (f.source == "ad_hoc") w += " AND r.task_id IS NULL";
  if (!f.checklist_kind.empty())
    add(" AND r.checklist_id IN (SELECT c.id FROM checklists c WHERE c.kind = ?)",
        f.checklist_kind);
  if (!f.from.empty()) add(" AND r.inspected_at >= ?", f.from);
  if (!f.to.empty()) add(" AND r.inspected_at < ?", f.to + "T99");  // the whole day
  if (f.inspector_user_id) add(" AND r.inspector_user_id = ?", *f.inspector_user_id);
  if (!f.inspector.empty())
    add(" AND " + storage::LikeContains("r.inspector_name"), storage::ContainsPattern(f.inspector));
  if (f.result == "fail") w += " AND r.failed_count > 0";
  if (f.result == "pass") w += " AND r.failed_count = 0";
  auto count = conn.Query("SELECT COUNT(*) AS n FROM inspection_records r" + w, p);
  p.emplace_back(limit);
  p.emplace_back(offset);
  auto rs = conn.Query(std::string(kRecordSelect) + w + " ORDER BY r.id DESC LIMIT ? OFFSET ?", p);
  std::vector<Record> items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(RecordRow(rs, i));
  return {std::move(items), count.Int(0, "n")};
}

std::optional<RecordItemRow> FindRecordItem(storage::Connection& conn, int64_t record_id,
                                            int64_t position) {
  auto rs = conn.Query("SELECT position, checklist_item_id, content, outcome, note, "
                       "photo_ids_json, hidden_danger_id FROM inspection_record_items WHERE "
                       "record_id = ? AND position = ?",
                       {record_id, position});
  if (rs.empty()) return std::nullopt;
  return ItemRow(rs, 0);
}

std::optional<TaskRiskUnit> FindTaskRiskUnit(storage::Connection& conn, int64_t task_id) {
  auto rs = conn.Query(
      "SELECT m.risk_unit_id, v.hazard_factor, v.accident_type FROM inspection_tasks t JOIN control_measures m "
      "ON m.id = t.control_measure_id JOIN risk_events v ON v.id = m.risk_event_id WHERE "
      "t.id = ?",
      {task_id});
  if (rs.empty()) return std::nullopt;
  return TaskRiskUnit{rs.Int(0, "risk_unit_id"), rs.Text(0, "hazard_factor"),
                      rs.Text(0, "accident_type")};
}

void LinkHiddenDanger(storage::Connection& conn, int64_t record_id, int64_t position,
                      int64_t hidden_danger_id) {
  conn.Exec("UPDATE inspection_record_items SET hidden_danger_id = ? WHERE record_id = ? AND "
            "position = ?",
            {hidden_danger_id, record_id, position});
}

// ---- task generation ---------------------------------------------------------------------------

std::vector<TaskSource> LoadTaskSources(storage::Connection& conn,
                                        std::optional<int64_t> enterprise_id) {
  std::vector<TaskSource> out;
  std::string ent_m = enterprise_id ? " AND m.enterprise_id = ?" : "";
  std::string ent_d = enterprise_id ? " AND d.enterprise_id = ?" : "";
  std::string ent_h = enterprise_id ? " AND h.enterprise_id = ?" : "";
  std::vector<Value> params;
  if (enterprise_id) params.emplace_back(*enterprise_id);
  auto ms = conn.Query(
      "SELECT m.id, m.enterprise_id, m.region_path, m.frequency, m.owner_user_id, u.name AS "
      "unit_name, m.description FROM control_measures m JOIN risk_events v ON v.id = "
      "m.risk_event_id JOIN risk_units u ON u.id = m.risk_unit_id WHERE m.active = 1 AND "
      "v.active = 1 AND u.active = 1" + ent_m + " ORDER BY m.id",
      params);
  for (size_t i = 0; i < ms.size(); ++i) {
    TaskSource s;
    s.enterprise_id = ms.Int(i, "enterprise_id");
    s.region_path = ms.Text(i, "region_path");
    s.source_key = "m" + std::to_string(ms.Int(i, "id"));
    s.title = ms.Text(i, "unit_name") + "：" + ms.Text(i, "description");
    if (s.title.size() > 600) s.title.resize(600);
    s.measure_id = ms.Int(i, "id");
    s.assignee = ms.OptInt(i, "owner_user_id");
    s.frequency = ms.Text(i, "frequency");
    out.push_back(std::move(s));
  }
  std::vector<Value> dparams{std::string(kCompanyDailyChecklistCode)};
  const std::string industries = DailyIndustriesIn(dparams);
  dparams.insert(dparams.end(), params.begin(), params.end());
  auto ds = conn.Query(
      "SELECT d.id, d.enterprise_id, d.region_path, d.frequency, d.assignee_user_id, "
      "d.checklist_id, c.name, e.industry, CASE WHEN c.enterprise_id IS NULL AND c.code = ? AND "
      "e.industry IN " + industries + " THEN 1 ELSE 0 END AS mandatory FROM inspection_duties d "
      "JOIN checklists c ON c.id = d.checklist_id JOIN enterprises e ON e.id = d.enterprise_id "
      "WHERE d.active = 1 AND c.active = 1" + ent_d + " ORDER BY d.id",
      dparams);
  // The mandatory daily inspection has one task per area: the magazines of those enterprises.
  std::map<int64_t, std::vector<StoreArea>> stores;
  {
    std::set<int64_t> daily;
    for (size_t i = 0; i < ds.size(); ++i)
      if (ds.Int(i, "mandatory")) daily.insert(ds.Int(i, "enterprise_id"));
    if (!daily.empty()) {
      auto ss = conn.Query("SELECT id, enterprise_id, name FROM stores WHERE status = 'active'" +
                               std::string(enterprise_id ? " AND enterprise_id = ?" : "") +
                               " ORDER BY enterprise_id, id",
                           params);
      for (size_t i = 0; i < ss.size(); ++i)
        if (daily.count(ss.Int(i, "enterprise_id")))
          stores[ss.Int(i, "enterprise_id")].push_back({ss.Int(i, "id"), ss.Text(i, "name")});
    }
  }
  for (size_t i = 0; i < ds.size(); ++i) {
    TaskSource s;
    s.enterprise_id = ds.Int(i, "enterprise_id");
    s.region_path = ds.Text(i, "region_path");
    s.source_key = "d" + std::to_string(ds.Int(i, "id"));
    s.title = ds.Text(i, "name");
    s.duty_id = ds.Int(i, "id");
    s.checklist_id = ds.Int(i, "checklist_id");
    s.assignee = ds.OptInt(i, "assignee_user_id");
    s.frequency = ds.Text(i, "frequency");
    if (!ds.Int(i, "mandatory")) {
      out.push_back(std::move(s));
      continue;
    }
    for (const auto& area : CompanyDailyAreas(ds.Text(i, "industry"), stores[s.enterprise_id])) {
      TaskSource a = s;
      if (!area.key.empty()) {
        a.source_key += "-" + area.key;
        a.title += "·" + area.name_zh;
      }
      out.push_back(std::move(a));
    }
  }
  // 重大危险源 checks by the three accountable people who have an account.
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
      if (!user) continue;
      TaskSource s;
      s.enterprise_id = hs.Int(i, "enterprise_id");
      s.region_path = hs.Text(i, "region_path");
      s.source_key = "h" + std::to_string(hs.Int(i, "id")) + role.suffix;
      s.title = "重大危险源包保检查（" + std::string(role.label) + "）：" + hs.Text(i, "name");
      if (s.title.size() > 600) s.title.resize(600);
      s.major_hazard_id = hs.Int(i, "id");
      s.assignee = user;
      s.frequency = hs.Text(i, std::string(role.key) + "_frequency");
      out.push_back(std::move(s));
    }
  }
  return out;
}

void TaskInserter::Add(const NewTask& t) {
  const TaskSource& s = *t.source;
  params_.insert(params_.end(),
                 {s.enterprise_id, s.region_path, s.source_key, storage::Nullable(s.measure_id),
                  storage::Nullable(s.duty_id), storage::Nullable(s.checklist_id), s.title,
                  t.frequency, t.period_key, t.period_start, t.due_at,
                  storage::Nullable(s.assignee), t.created_at, t.status,
                  storage::Nullable(t.done_at), storage::Nullable(t.missed_at),
                  storage::Nullable(s.major_hazard_id)});
  if (++rows_ == 200) Flush();
}

// 17 parameters a row, 200 rows a statement: far below both databases' limits.
void TaskInserter::Flush() {
  if (rows_ == 0) return;
  std::string sql =
      "INSERT INTO inspection_tasks (enterprise_id, region_path, source_key, "
      "control_measure_id, duty_id, checklist_id, title, frequency, period_key, period_start, "
      "due_at, assignee_user_id, created_at, status, done_at, missed_at, major_hazard_id) "
      "VALUES ";
  const std::string row = "(" + storage::Placeholders(17) + ")";
  for (int i = 0; i < rows_; ++i) sql += i ? "," + row : row;
  sql += " ON CONFLICT (enterprise_id, source_key, period_key) DO NOTHING";
  created_ += conn_.Exec(sql, params_);
  params_.clear();
  rows_ = 0;
}

int64_t MarkTasksMissed(storage::Connection& conn, const std::string& now) {
  return conn.Exec(
      "UPDATE inspection_tasks SET status = 'missed', missed_at = due_at WHERE status = 'open' "
      "AND due_at <= ?",
      {now});
}

// ---- the mandatory company-level daily inspection ---------------------------------------------

bool IsMandatoryDuty(storage::Connection& conn, int64_t enterprise_id, int64_t checklist_id) {
  std::vector<Value> params{checklist_id, std::string(kCompanyDailyChecklistCode), enterprise_id};
  std::string industries = DailyIndustriesIn(params);
  auto rs = conn.Query(
      "SELECT COUNT(*) AS n FROM checklists c, enterprises e WHERE c.id = ? AND "
      "c.enterprise_id IS NULL AND c.code = ? AND e.id = ? AND e.industry IN " + industries,
      params);
  return rs.Int(0, "n") > 0;
}

std::vector<DutyRepair> EnsureCompanyDailyDuties(storage::Connection& conn,
                                                 std::optional<int64_t> enterprise_id,
                                                 const std::string& now) {
  std::vector<DutyRepair> out;
  auto cl = conn.Query("SELECT id FROM checklists WHERE enterprise_id IS NULL AND code = ? AND "
                       "active = 1 ORDER BY id LIMIT 1",
                       {std::string(kCompanyDailyChecklistCode)});
  if (cl.empty()) return out;
  const int64_t checklist_id = cl.Int(0, "id");
  std::vector<Value> params{checklist_id};
  std::string sql =
      "SELECT e.id AS enterprise_id, e.region_path, d.id AS duty_id, d.frequency, d.active FROM "
      "enterprises e LEFT JOIN inspection_duties d ON d.enterprise_id = e.id AND d.checklist_id = "
      "? WHERE e.status = 'active' AND e.industry IN " + DailyIndustriesIn(params) +
      " AND (d.id IS NULL OR d.active = 0 OR d.frequency NOT IN ('daily', 'per_shift'))";
  if (enterprise_id) {
    sql += " AND e.id = ?";
    params.emplace_back(*enterprise_id);
  }
  auto rs = conn.Query(sql + " ORDER BY e.id", params);
  for (size_t i = 0; i < rs.size(); ++i) {
    DutyRepair r;
    r.enterprise_id = rs.Int(i, "enterprise_id");
    auto duty = rs.OptInt(i, "duty_id");
    if (!duty) {
      r.created = true;
      r.new_frequency = "daily";
      r.duty_id = InsertDuty(conn, r.enterprise_id, rs.Text(i, "region_path"), checklist_id,
                             "daily", std::nullopt, true, now);
    } else {
      r.duty_id = *duty;
      r.old_frequency = rs.Text(i, "frequency");
      r.old_active = rs.Int(i, "active") != 0;
      r.new_frequency = r.old_frequency == "per_shift" ? "per_shift" : "daily";
      conn.Exec("UPDATE inspection_duties SET frequency = ?, active = 1 WHERE id = ?",
                {r.new_frequency, r.duty_id});
    }
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<MissedDaily> UnreportedMissedDaily(storage::Connection& conn,
                                               const std::string& since) {
  // ix_inspection_tasks_open (status, due_at): the missed tasks of the last days only; of the
  // enterprises whose daily inspection is mandatory (others run the checklist by choice).
  std::vector<Value> params{since, std::string(kCompanyDailyChecklistCode)};
  const std::string industries = DailyIndustriesIn(params);
  auto rs = conn.Query(
      "SELECT t.id, t.enterprise_id, e.name, e.region_path, t.title, t.period_key FROM "
      "inspection_tasks t JOIN checklists c ON c.id = t.checklist_id JOIN enterprises e ON e.id "
      "= t.enterprise_id WHERE t.status = 'missed' AND t.due_at > ? AND t.duty_id IS NOT NULL "
      "AND t.regulator_notified_at IS NULL AND c.code = ? AND c.enterprise_id IS NULL AND "
      "e.industry IN " + industries + " ORDER BY t.enterprise_id, t.period_key, t.id",
      params);
  std::vector<MissedDaily> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Int(i, "enterprise_id"), rs.Text(i, "name"),
                   rs.Text(i, "region_path"), rs.Text(i, "title"), rs.Text(i, "period_key")});
  return out;
}

void MarkMissedDailyReported(storage::Connection& conn, const std::vector<int64_t>& task_ids,
                             const std::string& now) {
  for (int64_t id : task_ids)
    conn.Exec("UPDATE inspection_tasks SET regulator_notified_at = ? WHERE id = ?", {now, id});
}

std::vector<int64_t> NearestAgencies(storage::Connection& conn, const std::string& region_path) {
  auto rs = conn.Query(
      "SELECT id, LENGTH(region_path) AS depth FROM agencies WHERE status = 'active' AND "
      "SUBSTR(CAST(? AS TEXT), 1, LENGTH(region_path)) = region_path ORDER BY depth DESC, id",
      {region_path});
  std::vector<int64_t> out;
  for (size_t i = 0; i < rs.size(); ++i)
    if (rs.Int(i, "depth") == rs.Int(0, "depth")) out.push_back(rs.Int(i, "id"));
  return out;
}

}  // namespace anjian::investigation
