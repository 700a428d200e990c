// Inspection tasks and records: scoped reads (JSON) and the recording of an executed checklist.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::inspection {

namespace json = boost::json;

struct TaskFilter {
  std::string region_path;
  std::optional<int64_t> enterprise_id;
  std::string status;        // open | done | missed
  std::string source;        // measure | duty | major_hazard
  std::optional<int64_t> assignee_user_id;
  std::string from, to;      // period_start dates, inclusive
};

std::optional<json::object> FindTask(storage::Connection& conn, const api::Scope& s, int64_t id);
// Items of the task's checklist, or the control measure as the single item.
json::array TaskItems(storage::Connection& conn, const json::object& task);
std::pair<json::array, int64_t> ListTasks(storage::Connection& conn, const api::Scope& s,
                                          const TaskFilter& f, int64_t limit, int64_t offset);
// {"open","done","missed"} under the filter without its status.
json::object TaskCounts(storage::Connection& conn, const api::Scope& s, TaskFilter f);

struct RecordItem {
  int64_t position = 0;
  std::optional<int64_t> checklist_item_id;
  std::string content, outcome, note;
  std::vector<int64_t> photo_ids;
};

int64_t InsertRecord(storage::Connection& conn, int64_t enterprise_id, const std::string& region_path,
                     std::optional<int64_t> task_id, std::optional<int64_t> checklist_id,
                     const std::string& title, int64_t inspector,
                     const std::string& inspector_name, const std::string& at,
                     const std::string& note, const std::vector<RecordItem>& items);

std::optional<json::object> FindRecord(storage::Connection& conn, const api::Scope& s, int64_t id);
// Every filter of the records list, each applied in SQL inside the caller's scope.
struct RecordFilter {
  std::string region_path;                 // regulators: a subtree of their jurisdiction
  std::optional<int64_t> enterprise_id;
  std::optional<int64_t> checklist_id;
  std::string source;                      // task (scheduled) | ad_hoc
  std::string checklist_kind;              // company_daily | special | ... (checklists.kind)
  std::string from, to;                    // inspected_at dates (UTC), inclusive
  std::optional<int64_t> inspector_user_id;
  std::string inspector;                   // part of the inspector's name
  std::string result;                      // pass (no failed item) | fail (some failed item)
};

std::pair<json::array, int64_t> ListRecords(storage::Connection& conn, const api::Scope& s,
                                            const RecordFilter& f, int64_t limit, int64_t offset);

}  // namespace anjian::inspection
