#include "dual_prevention/risk/risk_json.hpp"

#include "dual_prevention/risk/risk_level_rules.hpp"
#include "platform/api/json.hpp"

namespace anjian::risk {

namespace {

json::value NumOrNull(const std::optional<double>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::value IntOrNull(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

const char* kRoles[3] = {"principal", "technical", "operational"};

}  // namespace

json::value PolygonJson(const std::string& text) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_array()) return json::array{};
  return v;
}

json::object ObjectJson(const RiskObject& o) {
  return json::object{{"id", o.id},
                      {"enterprise_id", o.enterprise_id},
                      {"enterprise_name", o.enterprise_name},
                      {"name", o.name},
                      {"hazard_code", o.hazard_code},
                      {"description", o.description},
                      {"unit_count", o.unit_count},
                      {"active", o.active},
                      {"created_at", o.created_at},
                      {"updated_at", o.updated_at}};
}

json::object UnitJson(const RiskUnit& u) {
  json::object o{{"id", u.id},
                 {"enterprise_id", u.enterprise_id},
                 {"enterprise_name", u.enterprise_name},
                 {"region_code", u.region_code},
                 {"risk_object_id", u.risk_object_id},
                 {"risk_object_name", u.risk_object_name},
                 {"name", u.name},
                 {"unit_type", u.unit_type},
                 {"department", u.department},
                 {"responsible_person", u.responsible_person},
                 {"polygon", PolygonJson(u.polygon_json)},
                 {"method", api::NullableStr(u.method)},
                 {"score", NumOrNull(u.score)},
                 {"level", nullptr},
                 {"color", nullptr},
                 {"assessed_at", api::NullableStr(u.assessed_at)},
                 {"active", u.active},
                 {"created_at", u.created_at},
                 {"updated_at", u.updated_at}};
  if (u.level) {
    o["level"] = *u.level;
    if (auto l = ParseRiskLevel(*u.level)) o["color"] = std::string(RiskLevelColor(*l));
  }
  return o;
}

json::object MeasureJson(const ControlMeasure& m) {
  return json::object{{"id", m.id},
                      {"enterprise_id", m.enterprise_id},
                      {"risk_unit_id", m.risk_unit_id},
                      {"risk_event_id", m.risk_event_id},
                      {"kind", m.kind},
                      {"control_level", m.control_level},
                      {"description", m.description},
                      {"owner_user_id", IntOrNull(m.owner_user_id)},
                      {"owner_name", m.owner_name},
                      {"frequency", m.frequency},
                      {"active", m.active}};
}

json::object EventJson(const RiskEvent& e) {
  json::array measures;
  for (const auto& m : e.measures) measures.push_back(MeasureJson(m));
  return json::object{{"id", e.id},
                      {"enterprise_id", e.enterprise_id},
                      {"risk_unit_id", e.risk_unit_id},
                      {"name", e.name},
                      {"accident_type", e.accident_type},
                      {"hazard_factor", e.hazard_factor},
                      {"description", e.description},
                      {"active", e.active},
                      {"measures", std::move(measures)}};
}

json::object AssessmentJson(const AssessmentRow& a) {
  json::object o{{"id", a.id},
                 {"method", a.method},
                 {"L", NumOrNull(a.L)},
                 {"E", NumOrNull(a.E)},
                 {"C", NumOrNull(a.C)},
                 {"S", NumOrNull(a.S)},
                 {"score", a.score},
                 {"level", a.level},
                 {"assessed_by", IntOrNull(a.assessed_by)},
                 {"assessed_by_name", a.assessed_by_name},
                 {"assessed_at", a.assessed_at}};
  if (auto l = ParseRiskLevel(a.level)) o["color"] = std::string(RiskLevelColor(*l));
  return o;
}

json::object RecordedAssessmentJson(const RecordedAssessment& a) {
  return json::object{{"id", a.id},
                      {"risk_unit_id", a.risk_unit_id},
                      {"method", AssessmentMethodValue(a.method)},
                      {"L", NumOrNull(a.inputs.L)},
                      {"E", NumOrNull(a.inputs.E)},
                      {"C", NumOrNull(a.inputs.C)},
                      {"S", NumOrNull(a.inputs.S)},
                      {"score", a.result.score},
                      {"level", RiskLevelValue(a.result.level)},
                      {"color", RiskLevelColor(a.result.level)},
                      {"assessed_by", a.assessed_by},
                      {"assessed_by_name", a.assessed_by_name},
                      {"assessed_at", a.assessed_at}};
}

json::object UnitDetailJson(const UnitDetail& d) {
  json::object out = UnitJson(d.unit);
  json::array events, history;
  for (const auto& e : d.events) events.push_back(EventJson(e));
  for (const auto& a : d.assessments) history.push_back(AssessmentJson(a));
  out["events"] = std::move(events);
  out["assessments"] = std::move(history);
  return out;
}

json::object MajorHazardJson(const MajorHazard& h) {
  json::object o{{"id", h.id},
                 {"enterprise_id", h.enterprise_id},
                 {"enterprise_name", h.enterprise_name},
                 {"name", h.name},
                 {"grade", h.grade},
                 {"risk_object_id", IntOrNull(h.risk_object_id)},
                 {"risk_object_name", h.risk_object_name},
                 {"active", h.active},
                 {"updated_at", h.updated_at}};
  for (int r = 0; r < 3; ++r) {
    const std::string role(kRoles[r]);
    o[role + "_name"] = h.people[r].name;
    o[role + "_frequency"] = h.people[r].frequency;
    o[role + "_user_id"] = IntOrNull(h.people[r].user_id);
  }
  return o;
}

}  // namespace anjian::risk
