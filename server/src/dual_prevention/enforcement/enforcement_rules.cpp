#include "dual_prevention/enforcement/enforcement_rules.hpp"

#include "core/core_errors.hpp"
#include "dual_prevention/enforcement/enforcement_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_number_rules.hpp"

namespace anjian::enforcement {
namespace {

bool Blank(std::string_view v) { return v.find_first_not_of(" \t\r\n") == std::string_view::npos; }

const Named* Find(const std::vector<Named>& list, std::string_view code) {
  for (const auto& n : list)
    if (n.code == code) return &n;
  return nullptr;
}

}  // namespace

const std::vector<Named>& InspectionKinds() {
  static const std::vector<Named> kKinds = {
      {"routine", "日常检查", "Routine inspection"},
      {"duty_emergency", "值班值守和应急管理专项检查", "Duty and emergency special check"},
      {"special", "其他专项检查", "Other special check"},
  };
  return kKinds;
}
const Named* FindInspectionKind(std::string_view code) { return Find(InspectionKinds(), code); }

// 民用爆炸物品安全管理条例 Art.49 (rules.md §1: storage violations, 5–20万元) and the penalty articles
// of 安全生产法 (2021) used against hidden dangers and safety management; "other" for the rest.
const std::vector<Named>& LegalBases() {
  static const std::vector<Named> kBases = {
      {"explosives_reg_49", "《民用爆炸物品安全管理条例》第四十九条（储存违规：技防、出入库登记、账物不符、超量储存等）",
       "Civil Explosives Regulations Art.49 (storage violations)"},
      {"work_safety_law_97", "《安全生产法》第九十七条（安全生产管理机构、人员、培训等）",
       "Work Safety Law Art.97 (safety organisation, staff, training)"},
      {"work_safety_law_99", "《安全生产法》第九十九条（安全设备、警示标志等）",
       "Work Safety Law Art.99 (safety equipment, warning signs)"},
      {"work_safety_law_101", "《安全生产法》第一百零一条（危险物品、重大危险源、隐患排查治理制度等）",
       "Work Safety Law Art.101 (dangerous goods, major hazards, hidden-danger system)"},
      {"work_safety_law_102", "《安全生产法》第一百零二条（未采取措施消除事故隐患）",
       "Work Safety Law Art.102 (hidden danger not eliminated)"},
      {"work_safety_law_114", "《安全生产法》第一百一十四条（发生生产安全事故）",
       "Work Safety Law Art.114 (production safety accident)"},
      {"other", "其他（填写依据）", "Other (state the basis)"},
  };
  return kBases;
}
const Named* FindLegalBasis(std::string_view code) { return Find(LegalBases(), code); }

std::vector<FieldError> CheckOrderShape(bool has_findings, std::string_view order_deadline,
                                        std::string_view order_text, std::string_view order_no) {
  std::vector<FieldError> errors;
  if (has_findings) {
    if (order_deadline.empty()) errors.push_back(core::CoreErr("required").At("order_deadline"));
    return errors;
  }
  if (!order_deadline.empty()) errors.push_back(Err("order_without_findings").At("order_deadline"));
  if (!Blank(order_text)) errors.push_back(Err("order_without_findings").At("order_text"));
  if (!Blank(order_no)) errors.push_back(Err("order_without_findings").At("order_no"));
  return errors;
}

std::vector<FieldError> CheckLegalBasis(std::string_view action_kind, std::string_view code,
                                        std::string_view text) {
  std::vector<FieldError> errors;
  if (code.empty()) {
    if (action_kind == "penalty") errors.push_back(Err("legal_basis_required").At("legal_basis"));
    return errors;
  }
  if (!FindLegalBasis(code)) {
    errors.push_back(Err("legal_basis_invalid").At("legal_basis", code));
  } else if (code == kOtherLegalBasis && Blank(text)) {
    errors.push_back(core::CoreErr("required").At("legal_basis_text"));
  }
  return errors;
}

std::string EnforcementInspectionNumber(std::string_view inspected_on, int64_t id) {
  return hidden_danger::DatedNumber("ZF", inspected_on, id);
}

}  // namespace anjian::enforcement
