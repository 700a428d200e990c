#include "dual_prevention/investigation/inspection_store.hpp"

#include <set>

#include "platform/api/json.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/like.hpp"

namespace anjian::inspection {

using storage::Value;

namespace {

const char* kTaskSelect =
    "SELECT t.id, t.enterprise_id, e.name AS enterprise_name, t.source_key, "
    "t.control_measure_id, t.duty_id, t.major_hazard_id, t.checklist_id, t.title, t.frequency, t.period_key, "
    "t.period_start, t.due_at, t.assignee_user_id, COALESCE(us.display_name, '') AS "
    "assignee_name, t.status, rec.id AS record_id, t.done_at, t.missed_at FROM inspection_tasks t "
    "JOIN enterprises e ON e.id = t.enterprise_id LEFT JOIN users us ON us.id = "
    "t.assignee_user_id LEFT JOIN inspection_records rec ON rec.task_id = t.id";

json::value OptIntJson(const storage::ResultSet& rs, size_t i, const char* c) {
  return rs.IsNull(i, c) ? json::value(nullptr) : json::value(rs.Int(i, c));
}

const char* SourceOf(const std::string& source_key) {
  if (source_key.starts_with("m")) return "measure";
  if (source_key.starts_with("h")) return "major_hazard";
  return "duty";
}

json::object TaskRow(const storage::ResultSet& rs, size_t i) {
  return json::object{{"id", rs.Int(i, "id")},
                      {"enterprise_id", rs.Int(i, "enterprise_id")},
                      {"enterprise_name", rs.Text(i, "enterprise_name")},
                      {"source", SourceOf(rs.Text(i, "source_key"))},
                      {"control_measure_id", OptIntJson(rs, i, "control_measure_id")},
                      {"duty_id", OptIntJson(rs, i, "duty_id")},
                      {"major_hazard_id", OptIntJson(rs, i, "major_hazard_id")},
                      {"checklist_id", OptIntJson(rs, i, "checklist_id")},
                      {"title", rs.Text(i, "title")},
                      {"frequency", rs.Text(i, "frequency")},
                      {"period_key", rs.Text(i, "period_key")},
                      {"period_start", rs.Text(i, "period_start")},
                      {"due_at", rs.Text(i, "due_at")},
                      {"assignee_user_id", OptIntJson(rs, i, "assignee_user_id")},
                      {"assignee_name", rs.Text(i, "assignee_name")},
                      {"status", rs.Text(i, "status")},
                      {"record_id", OptIntJson(rs, i, "record_id")},
                      {"done_at", api::NullableStr(rs.OptText(i, "done_at"))},
                      {"missed_at", api::NullableStr(rs.OptText(i, "missed_at"))}};
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

}  // namespace

std::optional<json::object> FindTask(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = api::ScopeSql(s, "t.region_path", "t.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto rs = conn.Query(std::string(kTaskSelect) + " WHERE t.id = ? AND " + f.sql, params);
  if (rs.empty()) return std::nullopt;
  return TaskRow(rs, 0);
}

json::array TaskItems(storage::Connection& conn, const json::object& task) {
  json::array items;
  if (task.at("checklist_id").is_int64()) {
    auto rs = conn.Query("SELECT id, position, content, requires_photo FROM checklist_items "
                         "WHERE checklist_id = ? AND active = 1 ORDER BY position",
                         {task.at("checklist_id").as_int64()});
    for (size_t i = 0; i < rs.size(); ++i)
      items.push_back(json::object{{"position", rs.Int(i, "position")},
                                   {"checklist_item_id", rs.Int(i, "id")},
                                   {"content", rs.Text(i, "content")},
                                   {"requires_photo", rs.Int(i, "requires_photo") != 0}});
  } else if (task.at("control_measure_id").is_int64()) {
    auto rs = conn.Query("SELECT description FROM control_measures WHERE id = ?",
                         {task.at("control_measure_id").as_int64()});
    items.push_back(json::object{{"position", 1},
                                 {"checklist_item_id", nullptr},
                                 {"content", rs.empty() ? "" : rs.Text(0, "description")},
                                 {"requires_photo", false}});
  } else if (task.contains("major_hazard_id") && task.at("major_hazard_id").is_int64()) {
    // The accountable person's check of the installation is one item: the installation itself.
    items.push_back(json::object{{"position", 1},
                                 {"checklist_item_id", nullptr},
                                 {"content", task.at("title")},
                                 {"requires_photo", false}});
  }
  return items;
}

std::pair<json::array, int64_t> ListTasks(storage::Connection& conn, const api::Scope& s,
                                          const TaskFilter& f, int64_t limit, int64_t offset) {
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
  json::array items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(TaskRow(rs, i));
  return {std::move(items), count.Int(0, "n")};
}

json::object TaskCounts(storage::Connection& conn, const api::Scope& s, TaskFilter f) {
  f.status.clear();
  auto [w, p] = TaskWhere(s, f);
  auto rs = conn.Query("SELECT t.status, COUNT(*) AS n FROM inspection_tasks t" + w +
                           " GROUP BY t.status",
                       p);
  json::object out{{"open", 0}, {"done", 0}, {"missed", 0}};
  for (size_t i = 0; i < rs.size(); ++i) out[rs.Text(i, "status")] = rs.Int(i, "n");
  return out;
}

int64_t InsertRecord(storage::Connection& conn, int64_t enterprise_id, const std::string& region_path,
                     std::optional<int64_t> task_id, std::optional<int64_t> checklist_id,
                     const std::string& title, int64_t inspector,
                     const std::string& inspector_name, const std::string& at,
                     const std::string& note, const std::vector<RecordItem>& items) {
  int64_t failed = 0;
  for (const auto& it : items) failed += it.outcome == "fail";
  int64_t id = conn.Query("INSERT INTO inspection_records (enterprise_id, region_path, task_id, "
                          "checklist_id, title, inspector_user_id, inspector_name, inspected_at, "
                          "failed_count, note) VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id",
                          {enterprise_id, region_path, storage::Nullable(task_id),
                           storage::Nullable(checklist_id), title, inspector,
                           inspector_name, at, failed, note})
                   .Int(0, "id");
  for (const auto& it : items) {
    json::array photos;
    for (auto p : it.photo_ids) photos.emplace_back(p);
    conn.Exec("INSERT INTO inspection_record_items (record_id, position, checklist_item_id, "
              "content, outcome, note, photo_ids_json) VALUES (?,?,?,?,?,?,?)",
              {id, it.position,
               storage::Nullable(it.checklist_item_id), it.content,
               it.outcome, it.note, json::serialize(photos)});
    // The link the file route checks: a photo is shown to whoever may read the record.
    for (auto p : std::set<int64_t>(it.photo_ids.begin(), it.photo_ids.end()))
      conn.Exec("INSERT INTO inspection_record_photos (record_id, position, file_id) VALUES "
                "(?,?,?)",
                {id, it.position, p});
  }
  if (task_id)
    conn.Exec("UPDATE inspection_tasks SET status = 'done', done_at = ? WHERE id = ?",
              {at, *task_id});
  return id;
}

namespace {

const char* kRecordSelect =
    "SELECT r.id, r.enterprise_id, e.name AS enterprise_name, r.task_id, r.checklist_id, r.title, "
    "r.inspector_user_id, r.inspector_name, r.inspected_at, r.failed_count, "
    "r.note, COALESCE(c.name, '') AS checklist_name, COALESCE(c.kind, '') AS checklist_kind "
    "FROM inspection_records r JOIN enterprises e ON e.id = r.enterprise_id LEFT JOIN "
    "checklists c ON c.id = r.checklist_id";

json::object RecordRow(const storage::ResultSet& rs, size_t i) {
  return json::object{{"id", rs.Int(i, "id")},
                      {"enterprise_id", rs.Int(i, "enterprise_id")},
                      {"enterprise_name", rs.Text(i, "enterprise_name")},
                      {"task_id", OptIntJson(rs, i, "task_id")},
                      {"checklist_id", OptIntJson(rs, i, "checklist_id")},
                      {"checklist_name", rs.Text(i, "checklist_name")},
                      {"checklist_kind", rs.Text(i, "checklist_kind")},
                      {"source", rs.IsNull(i, "task_id") ? "ad_hoc" : "task"},
                      {"title", rs.Text(i, "title")},
                      {"inspector_user_id", OptIntJson(rs, i, "inspector_user_id")},
                      {"inspector_name", rs.Text(i, "inspector_name")},
                      {"inspected_at", rs.Text(i, "inspected_at")},
                      {"failed_count", rs.Int(i, "failed_count")},
                      {"note", rs.Text(i, "note")}};
}

}  // namespace

std::optional<json::object> FindRecord(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto f = api::ScopeSql(s, "r.region_path", "r.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto rs = conn.Query(std::string(kRecordSelect) + " WHERE r.id = ? AND " + f.sql, params);
  if (rs.empty()) return std::nullopt;
  auto out = RecordRow(rs, 0);
  auto items = conn.Query("SELECT position, checklist_item_id, content, outcome, note, "
                          "photo_ids_json, hidden_danger_id FROM inspection_record_items WHERE "
                          "record_id = ? ORDER BY position",
                          {id});
  json::array arr;
  for (size_t i = 0; i < items.size(); ++i) {
    boost::system::error_code ec;
    auto photos = json::parse(items.Text(i, "photo_ids_json"), ec);
    arr.push_back(json::object{{"position", items.Int(i, "position")},
                               {"checklist_item_id", OptIntJson(items, i, "checklist_item_id")},
                               {"content", items.Text(i, "content")},
                               {"outcome", items.Text(i, "outcome")},
                               {"note", items.Text(i, "note")},
                               {"photo_ids", ec ? json::value(json::array{}) : photos},
                               {"hidden_danger_id", OptIntJson(items, i, "hidden_danger_id")}});
  }
  out["items"] = std::move(arr);
  return out;
}

std::pair<json::array, int64_t> ListRecords(storage::Connection& conn, const api::Scope& s,
                                            const RecordFilter& f, int64_t limit, int64_t offset) {
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
  json::array items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(RecordRow(rs, i));
  return {std::move(items), count.Int(0, "n")};
}

}  // namespace anjian::inspection
