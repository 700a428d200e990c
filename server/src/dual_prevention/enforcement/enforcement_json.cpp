#include "dual_prevention/enforcement/enforcement_json.hpp"

#include <boost/json.hpp>

#include "dual_prevention/hidden_danger/hidden_danger_json.hpp"
#include "platform/api/json.hpp"

namespace anjian::enforcement {

namespace json = boost::json;

json::object EnforcementInspectionJson(const EnforcementInspectionRecord& r) {
  return json::object{{"id", r.id},
                      {"enterprise_id", r.enterprise_id},
                      {"enterprise_name", r.enterprise_name},
                      {"enterprise_address", r.enterprise_address},
                      {"legal_representative", r.legal_representative},
                      {"agency_name", r.agency_name},
                      {"inspected_on", r.inspected_on},
                      {"inspectors", r.inspectors},
                      {"summary", r.summary},
                      {"order_no", r.order_no},
                      {"order_text", r.order_text},
                      {"order_deadline", r.order_deadline},
                      {"created_by_name", r.created_by_name},
                      {"created_at", r.created_at},
                      {"findings_count", r.findings_count},
                      {"open_findings_count", r.open_findings_count}};
}

json::object EnforcementInspectionDetailJson(const EnforcementInspectionDetail& d,
                                             const std::string& today) {
  auto o = EnforcementInspectionJson(d.inspection);
  json::array findings;
  for (const auto& h : d.findings) findings.push_back(hidden_danger::HiddenDangerJson(h, today));
  o["findings"] = std::move(findings);
  json::array actions;
  for (const auto& a : d.actions)
    actions.push_back(json::object{
        {"id", a.id},
        {"kind", a.kind},
        {"amount_fen", a.amount_fen ? json::value(*a.amount_fen) : nullptr},
        {"suspension_from", api::NullableStr(a.suspension_from)},
        {"suspension_to", api::NullableStr(a.suspension_to)},
        {"decision_no", a.decision_no},
        {"description", a.description},
        {"decided_on", a.decided_on},
        {"created_at", a.created_at}});
  o["actions"] = std::move(actions);
  return o;
}

}  // namespace anjian::enforcement
