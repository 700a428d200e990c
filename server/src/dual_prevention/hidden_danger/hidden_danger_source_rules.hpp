// Where a hidden danger came from (rules.md §10 DANGER_SRC). Its GB/T 13861 hazard factor (any
// code of the tree) and GB 6441 accident type are risk's code lists (risk_codes_rules.hpp).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace anjian::hidden_danger {

enum class HiddenDangerSource {
  kInspection,   // a failed checklist item of an inspection (隐患排查)
  kAdHoc,        // 随手拍: anyone in the enterprise, from a phone
  kEnforcement,  // a finding of a regulator's enforcement inspection (执法检查)
  kReferral,     // referred by another department, registered by a regulator (转办)
  // 系统判定: a major hidden danger the system itself determined from the data (an expired
  // licence, an unexamined principal, 四超 …: 工信部安全〔2024〕234号), opened only through
  // OpenDerivedMajorHiddenDanger, never through the API.
  kDerived,
};

const std::vector<HiddenDangerSource>& AllHiddenDangerSources();
// inspection | ad_hoc | enforcement | referral
std::string_view HiddenDangerSourceValue(HiddenDangerSource source);
std::optional<HiddenDangerSource> ParseHiddenDangerSource(std::string_view value);
std::string_view HiddenDangerSourceLabelZh(HiddenDangerSource source);
std::string_view HiddenDangerSourceLabelEn(HiddenDangerSource source);
// Enforcement findings and referrals are registered by a regulator for an enterprise, derived
// ones by the system: the enterprise may not dismiss them (hidden_danger_fsm_rules.hpp
// regulator_finding).
bool RegisteredByRegulator(HiddenDangerSource source);
// Every source: the allowed values of core's source_invalid, in English and in Chinese.
inline constexpr std::string_view kSourcesEn =
    "inspection, ad_hoc, enforcement, referral, derived";
inline constexpr std::string_view kSourcesZh = "隐患排查、随手拍、执法检查、部门转办、系统判定";

}  // namespace anjian::hidden_danger
