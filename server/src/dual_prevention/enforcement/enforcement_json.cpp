#include "dual_prevention/enforcement/enforcement_json.hpp"

#include <boost/json.hpp>

#include "dual_prevention/enforcement/enforcement_rules.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_json.hpp"
#include "platform/api/json.hpp"

namespace anjian::enforcement {

namespace json = boost::json;

json::object EnforcementInspectionJson(const EnforcementInspectionRecord& r) {
  const auto* kind = FindInspectionKind(r.kind);
  return json::object{{"id", r.id},
                      {"number", r.number},
                      {"kind", r.kind},
                      {"kind_label_zh", kind ? kind->label_zh : r.kind},
                      {"kind_label_en", kind ? kind->label_en : r.kind},
                      {"clean", r.findings_count == 0},
                      {"recheck_required", r.recheck_required},
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
        {"legal_basis", a.legal_basis},
        {"legal_basis_label_zh",
         a.legal_basis == kOtherLegalBasis || a.legal_basis.empty()
             ? a.legal_basis_text
             : std::string(FindLegalBasis(a.legal_basis) ? FindLegalBasis(a.legal_basis)->label_zh
                                                         : a.legal_basis)},
        {"legal_basis_text", a.legal_basis_text},
        {"created_at", a.created_at}});
  o["actions"] = std::move(actions);
  return o;
}

json::object EnforcementReferenceJson() {
  json::array kinds, bases;
  for (const auto& k : InspectionKinds())
    kinds.push_back(json::object{{"value", k.code}, {"label_zh", k.label_zh}, {"label_en", k.label_en}});
  for (const auto& b : LegalBases())
    bases.push_back(json::object{{"value", b.code}, {"label_zh", b.label_zh}, {"label_en", b.label_en}});
  return json::object{{"kinds", std::move(kinds)}, {"legal_bases", std::move(bases)}};
}

}  // namespace anjian::enforcement
