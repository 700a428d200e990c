#include "registry/responsibility_rules.hpp"

namespace anjian::registry {

const std::vector<ResponsibilityKind>& AllResponsibilityKinds() {
  static const std::vector<ResponsibilityKind> kKinds = {
      {"principal", "主要负责人", "Principal"},
      {"deputy", "分管负责人", "Deputy in charge"},
      {"safety_officer", "安全管理人员", "Safety officer"},
      {"internal_unit", "内设机构", "Internal unit"},
      {"accountable_person", "包保责任人", "Accountable person"},
      {"other", "其他", "Other"},
  };
  return kKinds;
}

const std::vector<std::string>& ResponsibilityKindValues() {
  static const std::vector<std::string> kValues = [] {
    std::vector<std::string> v;
    for (const auto& k : AllResponsibilityKinds()) v.emplace_back(k.value);
    return v;
  }();
  return kValues;
}

std::optional<std::string_view> ResponsibilityKindLabelZh(std::string_view value) {
  for (const auto& k : AllResponsibilityKinds())
    if (k.value == value) return k.label_zh;
  return std::nullopt;
}

const std::vector<std::string>& ResponsibilityOwnerKinds() {
  static const std::vector<std::string> kOwners = {"agency", "enterprise"};
  return kOwners;
}

std::string_view OwnerKindLabelZh(std::string_view owner_kind) {
  return owner_kind == "agency" ? "监管部门" : "企业";
}

}  // namespace anjian::registry
