// The responsibility matrix (三管三必须, seed 003 §2(2)): the kinds of people and units a record
// names, with their labels, and the owner kinds a record belongs to.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anjian::registry {

struct ResponsibilityKind {
  std::string_view value, label_zh, label_en;
};

// principal, deputy, safety_officer, internal_unit, accountable_person, other — in that order.
const std::vector<ResponsibilityKind>& AllResponsibilityKinds();
const std::vector<std::string>& ResponsibilityKindValues();
// The Chinese label of a kind value; nullopt for an unknown value.
std::optional<std::string_view> ResponsibilityKindLabelZh(std::string_view value);

// An owner is an agency (监管部门) or an enterprise (企业).
const std::vector<std::string>& ResponsibilityOwnerKinds();
std::string_view OwnerKindLabelZh(std::string_view owner_kind);

}  // namespace anjian::registry
