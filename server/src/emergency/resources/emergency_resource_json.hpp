// The one JSON of an emergency resource: in lists, details, write answers and audit entries.
#pragma once

#include <boost/json.hpp>
#include <string>

#include "emergency/resources/emergency_resource_repository.hpp"

namespace anjian::emergency_resources {

// The fields as entered (audit entries, history rows).
boost::json::object InputJson(const ResourceInput& r);
// The row with its owner and its alerts on `today` (alert_level: "" | due_soon | past_due).
boost::json::object ResourceJson(const ResourceRow& row, const std::string& today,
                                 const ResourceAlertConfig& c);

}  // namespace anjian::emergency_resources
