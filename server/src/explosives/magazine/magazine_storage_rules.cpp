#include "explosives/magazine/magazine_storage_rules.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <set>

#include "explosives/magazine/magazine_errors.hpp"

namespace anjian::magazine {
namespace {

namespace json = boost::json;

bool IsClassId(std::string_view id) {
  if (id.empty() || id.size() > 40 || id[0] < 'a' || id[0] > 'z') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

void FormatError(std::vector<FieldError>& errors, const std::string& field, const Shape& want) {
  errors.push_back(Err("config_format").At(field, field, want.en, want.zh));
}

}  // namespace

StorageRulesConfig DefaultStorageRulesConfig() {
  StorageRulesConfig config;
  config.classes = {
      {"explosive", "工业炸药及制品", "Industrial explosives and articles"},
      {"perforating_charge", "射孔弹", "Perforating charges"},
      {"detonating_cord", "工业导爆索", "Detonating cord"},
      {"shock_tube", "塑料导爆管", "Shock tube"},
      {"detonator", "工业雷管", "Detonators"},
      {"black_powder", "黑火药", "Black powder"},
      {"ammonium_nitrate", "硝酸铵", "Ammonium nitrate"},
      {"semi_finished", "半成品", "Semi-finished products"},
      // Raw materials other than ammonium nitrate (sodium nitrate, TNT for blending, …): kept
      // apart from finished goods until a regulator's rules group them.
      {"raw_material", "其他原材料", "Other raw materials"},
  };
  config.mixing_groups = {{"explosive", "perforating_charge", "detonating_cord", "shock_tube"}};
  return config;
}

const StorageRulesConfig& StorageRulesInForce() {
  static const StorageRulesConfig kRules = DefaultStorageRulesConfig();
  return kRules;
}

const StorageClass* FindStorageClass(const StorageRulesConfig& config, std::string_view id) {
  for (const auto& c : config.classes) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

bool MayShareMagazine(const StorageRulesConfig& config, std::string_view a, std::string_view b) {
  if (a == b) return true;
  for (const auto& group : config.mixing_groups) {
    const bool has_a = std::find(group.begin(), group.end(), a) != group.end();
    if (has_a && std::find(group.begin(), group.end(), b) != group.end()) return true;
  }
  return false;
}

std::vector<FieldError> ValidateStorageRulesConfig(const StorageRulesConfig& config) {
  std::vector<FieldError> errors;
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < config.classes.size(); ++i) {
    const auto& c = config.classes[i];
    const std::string prefix = "classes[" + std::to_string(i) + "]";
    if (!IsClassId(c.id)) {
      errors.push_back(Err("storage_class_id").At(prefix + ".id", c.id));
    } else if (!seen.insert(c.id).second) {
      errors.push_back(Err("storage_class_duplicate").At(prefix + ".id", c.id));
    }
    for (const auto& [label, name, name_zh] :
         {std::tuple{&c.label_zh, "label_zh", "中文名称"},
          std::tuple{&c.label_en, "label_en", "英文名称"}}) {
      if (label->empty()) {
        errors.push_back(Err("storage_class_label").At(prefix + "." + name, c.id, name, name_zh));
      }
    }
  }
  for (std::size_t g = 0; g < config.mixing_groups.size(); ++g) {
    const auto& group = config.mixing_groups[g];
    const std::string prefix = "mixing_groups[" + std::to_string(g) + "]";
    if (group.size() < 2) {
      errors.push_back(Err("mixing_group_size").At(prefix, group.size()));
    }
    std::set<std::string, std::less<>> in_group;
    for (std::size_t k = 0; k < group.size(); ++k) {
      const std::string field = prefix + "[" + std::to_string(k) + "]";
      if (!FindStorageClass(config, group[k])) {
        errors.push_back(Err("mixing_group_unknown_class").At(field, group[k]));
      } else if (!in_group.insert(group[k]).second) {
        errors.push_back(Err("mixing_group_duplicate_class").At(field, group[k]));
      }
    }
  }
  return errors;
}

boost::json::value StorageRulesConfigToJson(const StorageRulesConfig& config) {
  json::array classes;
  for (const auto& c : config.classes) {
    classes.push_back(json::object{{"id", c.id}, {"label_zh", c.label_zh}, {"label_en", c.label_en}});
  }
  json::array groups;
  for (const auto& group : config.mixing_groups) {
    json::array members;
    for (const auto& id : group) members.push_back(json::string(id));
    groups.push_back(std::move(members));
  }
  return json::object{{"classes", std::move(classes)}, {"mixing_groups", std::move(groups)}};
}

StorageRulesConfig StorageRulesConfigFromJson(const boost::json::value& value,
                                              std::vector<FieldError>& errors) {
  StorageRulesConfig config;
  const std::size_t errors_before = errors.size();
  const auto* root = value.if_object();
  if (!root) {
    FormatError(errors, "config", kAnObject);
    return config;
  }
  const auto* classes = root->if_contains("classes");
  if (!classes || !classes->is_array()) {
    FormatError(errors, "classes", kAnArray);
  } else {
    const auto& items = classes->get_array();
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string prefix = "classes[" + std::to_string(i) + "]";
      const auto* item = items[i].if_object();
      if (!item) {
        FormatError(errors, prefix, kAnObject);
        continue;
      }
      StorageClass c;
      for (const auto& [key, target] : {std::pair{"id", &c.id}, std::pair{"label_zh", &c.label_zh},
                                        std::pair{"label_en", &c.label_en}}) {
        const auto* field = item->if_contains(key);
        if (!field || !field->is_string()) {
          FormatError(errors, prefix + "." + key, kAString);
        } else {
          *target = std::string(field->get_string());
        }
      }
      config.classes.push_back(std::move(c));
    }
  }
  const auto* groups = root->if_contains("mixing_groups");
  if (!groups || !groups->is_array()) {
    FormatError(errors, "mixing_groups", kAnArray);
  } else {
    const auto& items = groups->get_array();
    for (std::size_t g = 0; g < items.size(); ++g) {
      const std::string prefix = "mixing_groups[" + std::to_string(g) + "]";
      const auto* members = items[g].if_array();
      if (!members) {
        FormatError(errors, prefix, kClassIdArray);
        continue;
      }
      std::vector<std::string> group;
      for (std::size_t k = 0; k < members->size(); ++k) {
        const auto* id = (*members)[k].if_string();
        if (!id) {
          FormatError(errors, prefix + "[" + std::to_string(k) + "]", kAString);
        } else {
          group.emplace_back(*id);
        }
      }
      config.mixing_groups.push_back(std::move(group));
    }
  }
  if (errors.size() == errors_before) {
    for (auto& e : ValidateStorageRulesConfig(config)) errors.push_back(std::move(e));
  }
  return config;
}

}  // namespace anjian::magazine
