#include "emergency/resources/emergency_resource_rules.hpp"

#include <algorithm>

#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"
#include "emergency/resources/emergency_resources_errors.hpp"
#include "registry/enterprise_rules.hpp"

namespace anjian::emergency_resources {

bool IsCategory(std::string_view v) {
  return std::find(std::begin(kCategories), std::end(kCategories), v) != std::end(kCategories);
}

std::vector<FieldError> CheckResource(const ResourceInput& r, const std::string& today) {
  std::vector<FieldError> e;
  auto required = [&](const char* field, const std::string& v) {
    if (v.empty()) e.push_back(core::CoreErr("required").At(field));
  };
  auto phone = [&](const std::string& v) {
    if (v.empty()) e.push_back(core::CoreErr("required").At("phone"));
    else if (!registry::IsValidPhone(v)) e.push_back(core::CoreErr("phone_format").At("phone"));
  };
  auto date = [&](const char* field, const std::string& v) -> bool {
    if (v.empty()) return false;
    if (!core::ParseIsoDate(v)) {
      e.push_back(core::CoreErr("date_invalid").At(field));
      return false;
    }
    return true;
  };
  if (!IsCategory(r.category)) {
    e.push_back(core::CoreErr("kind_invalid")
                    .At("category", std::string(kCategoriesEn), std::string(kCategoriesZh)));
    return e;
  }
  required("name", r.name);
  if (r.category == "team") {
    if (r.kind != "full_time" && r.kind != "part_time")
      e.push_back(core::CoreErr("kind_invalid")
                      .At("kind", std::string(kTeamKindsEn), std::string(kTeamKindsZh)));
    if (r.members < 1 || r.members > 100000)
      e.push_back(core::CoreErr("range").At("members", 1, 100000));
    required("leader", r.leader);
    phone(r.phone);
  } else if (r.category == "expert") {
    required("field", r.field);
    phone(r.phone);
  } else {
    if (r.kind != "equipment" && r.kind != "material")
      e.push_back(core::CoreErr("kind_invalid")
                      .At("kind", std::string(kMaterialKindsEn), std::string(kMaterialKindsZh)));
    if (r.quantity < 0 || r.quantity > 1e9)
      e.push_back(core::CoreErr("range").At("quantity", 0, 1000000000));
    required("quantity_unit", r.quantity_unit);
    required("location", r.location);
    date("expires_on", r.expires_on);
    const bool last = date("last_inspected_on", r.last_inspected_on);
    const bool next = date("next_inspection_on", r.next_inspection_on);
    if (last && r.last_inspected_on > today)
      e.push_back(Err("resource_date_future").At("last_inspected_on"));
    if (last && next && r.next_inspection_on <= r.last_inspected_on)
      e.push_back(Err("resource_next_inspection_before_last").At("next_inspection_on"));
  }
  return e;
}

namespace {
const std::vector<core::FlatField<ResourceAlertConfig>>& Fields() {
  static const std::vector<core::FlatField<ResourceAlertConfig>> kFields = {
      {"due_soon_days", &ResourceAlertConfig::due_soon_days}};
  return kFields;
}
}  // namespace

std::vector<FieldError> ValidateResourceAlertConfig(const ResourceAlertConfig& c) {
  std::vector<FieldError> e;
  if (c.due_soon_days < 1 || c.due_soon_days > 365)
    e.push_back(core::CoreErr("range").At("due_soon_days", 1, 365));
  return e;
}

std::string ResourceAlertConfigToJson(const ResourceAlertConfig& c) {
  return core::FlatConfigToJson(c, Fields());
}

std::variant<ResourceAlertConfig, std::vector<FieldError>> ParseResourceAlertConfig(
    std::string_view text) {
  ResourceAlertConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateResourceAlertConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<ResourceAlertConfig> ResourceAlertConfigFromJson(std::string_view text) {
  auto parsed = ParseResourceAlertConfig(text);
  if (auto* c = std::get_if<ResourceAlertConfig>(&parsed)) return *c;
  return std::nullopt;
}

std::vector<ResourceAlert> AlertsOf(const std::string& expires_on,
                                    const std::string& next_inspection_on,
                                    const std::string& today, const ResourceAlertConfig& c) {
  std::vector<ResourceAlert> out;
  const auto t = core::ParseIsoDate(today);
  if (!t) return out;
  auto add = [&](const char* kind, const std::string& due) {
    const auto d = core::ParseIsoDate(due);
    if (!d) return;
    const std::int64_t left = core::DaysBetween(*t, *d);
    if (left < 0) out.push_back({kind, due, "past_due", left});
    else if (left <= c.due_soon_days) out.push_back({kind, due, "due_soon", left});
  };
  add("expiry", expires_on);
  add("inspection", next_inspection_on);
  return out;
}

std::string WorstLevel(const std::vector<ResourceAlert>& alerts) {
  std::string worst;
  for (const auto& a : alerts) {
    if (a.level == "past_due") return "past_due";
    worst = "due_soon";
  }
  return worst;
}

}  // namespace anjian::emergency_resources
