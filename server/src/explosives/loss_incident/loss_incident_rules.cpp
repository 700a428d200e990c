#include "explosives/loss_incident/loss_incident_rules.hpp"

namespace anjian::loss_incident {

std::string IncidentNumber(std::string_view discovered_at, std::int64_t id) {
  std::string date;
  for (char c : discovered_at.substr(0, 10))
    if (c != '-') date += c;
  std::string n = std::to_string(id);
  if (n.size() < 6) n.insert(0, 6 - n.size(), '0');
  return "DS" + date + "-" + n;
}

std::optional<std::string> ReportKindOf(std::string_view office) {
  if (office == "police") return "reported_police";
  if (office == "regulator") return "reported_regulator";
  return std::nullopt;
}

EventCheck CheckEvent(const std::set<std::string>& seen, std::string_view kind) {
  if (seen.count("closed")) return EventCheck::kClosed;
  if (kind == "closed" && (!seen.count("reported_police") || !seen.count("reported_regulator")))
    return EventCheck::kReportsMissing;
  return EventCheck::kAccepted;
}

}  // namespace anjian::loss_incident
