// Loss incident decisions (丢失被盗, Art.41(四)), pure: the incident's number, the office a report
// goes to, and which events an incident still accepts.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace anjian::loss_incident {

// "DS" + the discovery date (YYYYMMDD of an ISO time) + "-" + the id on six digits.
std::string IncidentNumber(std::string_view discovered_at, std::int64_t id);

// The event kind of a report to `office`: police → reported_police, regulator →
// reported_regulator; nullopt for any other office.
std::optional<std::string> ReportKindOf(std::string_view office);

// Whether an incident whose events so far are `seen` accepts an event of `kind`
// (reported_police | reported_regulator | closed): nothing after it is closed, and closing needs
// both reports recorded.
enum class EventCheck { kAccepted, kClosed, kReportsMissing };
EventCheck CheckEvent(const std::set<std::string>& seen, std::string_view kind);

}  // namespace anjian::loss_incident
