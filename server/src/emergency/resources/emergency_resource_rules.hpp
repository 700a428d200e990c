// Emergency resources (应急资源, 应急预案管理办法 的 应急资源调查清单; issue 14 §2), pure: the three
// categories and their fields' rules — teams (name, full-time/part-time, members, leader, phone),
// experts (name, field, title, phone, unit), equipment and materials (name, type, quantity with
// unit, location, expiry date, last and next inspection) — and the alerts: an expiry or an
// inspection due within `due_soon_days` (settings key emergency_resource_alerts, default 30) is
// due_soon (orange), one already past is past_due (red).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"

namespace anjian::emergency_resources {

inline constexpr std::string_view kCategories[] = {"team", "expert", "material"};
inline constexpr std::string_view kCategoriesEn = "team, expert, material";
inline constexpr std::string_view kCategoriesZh = "team（应急队伍）、expert（应急专家）、material（物资装备）";
bool IsCategory(std::string_view v);
// Team kinds (专职 / 兼职) and material kinds (装备 / 物资).
inline constexpr std::string_view kTeamKindsEn = "full_time, part_time";
inline constexpr std::string_view kTeamKindsZh = "full_time（专职）、part_time（兼职）";
inline constexpr std::string_view kMaterialKindsEn = "equipment, material";
inline constexpr std::string_view kMaterialKindsZh = "equipment（装备）、material（物资）";

struct ResourceInput {
  std::string category, name, kind, leader, phone, field, title, unit, material_type,
      quantity_unit, location, expires_on, last_inspected_on, next_inspection_on, note;
  std::int64_t members = 0;
  double quantity = 0;
};
// Every broken rule with its field; `today` is the China date "YYYY-MM-DD".
std::vector<FieldError> CheckResource(const ResourceInput& r, const std::string& today);

struct ResourceAlertConfig {
  std::int64_t due_soon_days = 30;
};
std::vector<FieldError> ValidateResourceAlertConfig(const ResourceAlertConfig& c);
std::string ResourceAlertConfigToJson(const ResourceAlertConfig& c);
std::variant<ResourceAlertConfig, std::vector<FieldError>> ParseResourceAlertConfig(
    std::string_view text);
std::optional<ResourceAlertConfig> ResourceAlertConfigFromJson(std::string_view text);

struct ResourceAlert {
  std::string kind;       // expiry | inspection
  std::string due_on;     // YYYY-MM-DD
  std::string level;      // due_soon | past_due
  std::int64_t days_left = 0;  // negative when past
};
// The alerts of one item on `today` (both YYYY-MM-DD); an empty or invalid date gives none.
std::vector<ResourceAlert> AlertsOf(const std::string& expires_on,
                                    const std::string& next_inspection_on,
                                    const std::string& today, const ResourceAlertConfig& c);
// The worst level of the alerts: "" (none), "due_soon" or "past_due".
std::string WorstLevel(const std::vector<ResourceAlert>& alerts);

}  // namespace anjian::emergency_resources
