#include "emergency/resources/emergency_resource_json.hpp"

namespace anjian::emergency_resources {

namespace json = boost::json;

json::object InputJson(const ResourceInput& r) {
  return json::object{{"category", r.category},
                      {"name", r.name},
                      {"kind", r.kind},
                      {"members", r.members},
                      {"leader", r.leader},
                      {"phone", r.phone},
                      {"field", r.field},
                      {"title", r.title},
                      {"unit", r.unit},
                      {"material_type", r.material_type},
                      {"quantity", r.quantity},
                      {"quantity_unit", r.quantity_unit},
                      {"location", r.location},
                      {"expires_on", r.expires_on},
                      {"last_inspected_on", r.last_inspected_on},
                      {"next_inspection_on", r.next_inspection_on},
                      {"note", r.note}};
}

json::object ResourceJson(const ResourceRow& row, const std::string& today,
                          const ResourceAlertConfig& c) {
  json::object o = InputJson(row.r);
  o["id"] = row.id;
  o["owner"] = json::object{
      {"kind", row.enterprise_id ? "enterprise" : "agency"},
      {"id", row.enterprise_id ? *row.enterprise_id : row.agency_id.value_or(0)},
      {"name", row.owner_name}};
  o["enterprise_id"] = row.enterprise_id ? json::value(*row.enterprise_id) : json::value(nullptr);
  o["agency_id"] = row.agency_id ? json::value(*row.agency_id) : json::value(nullptr);
  o["region_path"] = row.region_path;
  o["version"] = row.version;
  o["created_at"] = row.created_at;
  o["updated_at"] = row.updated_at;
  json::array alerts;
  const auto list = AlertsOf(row.r.expires_on, row.r.next_inspection_on, today, c);
  for (const auto& a : list)
    alerts.push_back(json::object{{"kind", a.kind},
                                  {"due_on", a.due_on},
                                  {"level", a.level},
                                  {"days_left", a.days_left}});
  o["alerts"] = std::move(alerts);
  o["alert_level"] = WorstLevel(list);
  return o;
}

}  // namespace anjian::emergency_resources
