// Which storage classes may share a magazine (同库存放). Kept as data because the national defaults
// (GB 6722 §14.1, rules.md §2a, an [S] source) may be tightened by a province or by GB 50089
// once its text is obtained; the voucher check only asks MayShareMagazine.
#pragma once

#include <boost/json/value.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace anjian::magazine {

struct StorageClass {
  std::string id;  // [a-z][a-z0-9_]*, e.g. "detonator"
  std::string label_zh, label_en;
};

struct StorageRulesConfig {
  std::vector<StorageClass> classes;
  // Classes listed together in one group may share a magazine. A class in no group may share a
  // magazine only with itself ("stored alone"; ammonium nitrate "with nothing" is the same thing).
  // The relation is pairwise, not transitive: a class in two groups mixes with both groups'
  // members, but those members do not thereby mix with each other.
  std::vector<std::vector<std::string>> mixing_groups;
};

// Defaults of GB 6722 §14.1.4 (rules.md §2a): explosive, perforating_charge, detonating_cord and
// shock_tube together; detonator, black_powder, ammonium_nitrate and semi_finished alone (the
// standard names no partner for semi-finished products, and its default is one type per
// magazine).
StorageRulesConfig DefaultStorageRulesConfig();

// The rules in force: the national defaults (DefaultStorageRulesConfig), built once.
const StorageRulesConfig& StorageRulesInForce();

const StorageClass* FindStorageClass(const StorageRulesConfig& config, std::string_view id);

// True when a == b or some mixing group holds both.
bool MayShareMagazine(const StorageRulesConfig& config, std::string_view a, std::string_view b);

// Rules: storage_class_id (field classes[i].id), storage_class_duplicate,
// storage_class_label (classes[i].label_zh / label_en missing), mixing_group_size (fewer than 2
// classes: such a group says nothing, probably a mistake), mixing_group_unknown_class
// (mixing_groups[g][k]), mixing_group_duplicate_class.
std::vector<FieldError> ValidateStorageRulesConfig(const StorageRulesConfig& config);

// {"classes": [{"id", "label_zh", "label_en"}], "mixing_groups": [["explosive", ...], ...]}
boost::json::value StorageRulesConfigToJson(const StorageRulesConfig& config);
// Shape errors use rule config_format with the JSON path as field; when the shape is right the
// ValidateStorageRulesConfig errors follow, so `errors` empty means a usable config.
StorageRulesConfig StorageRulesConfigFromJson(const boost::json::value& json,
                                              std::vector<FieldError>& errors);

}  // namespace anjian::magazine
