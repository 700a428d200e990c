// The pure rules of an enforcement inspection (执法检查): its kind (a routine check, the duty and
// emergency special check of seed 000 §3(3), another special check), the shape of its
// rectification order (an inspection without findings is a clean one: no order), and the legal
// basis a penalty names (an article from the data list below, or "other" with the text).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::enforcement {

struct Named {
  std::string_view code, label_zh, label_en;
};

// routine (日常检查) | duty_emergency (值班值守和应急管理专项检查, seed 000 §3(3)) | special (其他专项检查)
const std::vector<Named>& InspectionKinds();
const Named* FindInspectionKind(std::string_view code);
inline constexpr std::string_view kInspectionKindsEn = "routine, duty_emergency, special";
inline constexpr std::string_view kInspectionKindsZh = "日常检查、值班值守和应急管理专项检查、其他专项检查";

// The articles a penalty may cite, as data; "other" takes a free text.
const std::vector<Named>& LegalBases();
const Named* FindLegalBasis(std::string_view code);
inline constexpr std::string_view kOtherLegalBasis = "other";

// With findings the order needs its deadline (required, field order_deadline); without findings
// (a clean inspection) no order may be given: order_without_findings on each order field set.
std::vector<FieldError> CheckOrderShape(bool has_findings, std::string_view order_deadline,
                                        std::string_view order_text, std::string_view order_no);

// A penalty names its legal basis: required (legal_basis), legal_basis_invalid (not in the
// list), and for "other" required (legal_basis_text). Other kinds may name one too (checked
// alike when given).
std::vector<FieldError> CheckLegalBasis(std::string_view action_kind, std::string_view code,
                                        std::string_view text);

// The inspection's business number (执法检查编号): "ZF", the inspection date as YYYYMMDD, "-",
// the id in at least six digits (ZF20261206-000007). Assigned when the inspection is recorded;
// migration V033 gave older inspections the same number.
std::string EnforcementInspectionNumber(std::string_view inspected_on, int64_t id);

}  // namespace anjian::enforcement
