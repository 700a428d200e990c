// The JSON of 隐患排查's rows: one shape for the API's answers and the audit log's before/after
// entries.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "dual_prevention/investigation/investigation_repository.hpp"

namespace anjian::investigation {

namespace json = boost::json;

// Without "items" (lists), or with them (one checklist).
json::object ChecklistJson(const Checklist& c, bool with_items);
json::object DutyJson(const Duty& d);
json::object TaskJson(const Task& t);
json::object ExpectedItemJson(const ExpectedItem& i);
// With "items" when `with_items` (one record), without in lists.
json::object RecordJson(const Record& r, bool with_items);
// {"open": n, "done": n, "missed": n}.
json::object TaskCountsJson(const std::vector<std::pair<std::string, int64_t>>& counts);
// measure | duty | major_hazard, from the task's source key.
const char* TaskSourceOf(const std::string& source_key);
// The stored photo ids of a record item ([] when unreadable).
json::value PhotoIdsJson(const std::string& text);

}  // namespace anjian::investigation
