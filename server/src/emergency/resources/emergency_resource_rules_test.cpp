// Emergency resources: each category's field rules, and the alert thresholds (due within the
// setting's days → due_soon, past → past_due) for expiry and inspection dates, at every bound.
#include "emergency/resources/emergency_resource_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::emergency_resources {
namespace {

constexpr const char* kToday = "2026-12-06";

ResourceInput Team() {
  ResourceInput r;
  r.category = "team";
  r.name = "企业专职应急救援队";
  r.kind = "full_time";
  r.members = 12;
  r.leader = "张队长";
  r.phone = "13805371234";
  return r;
}
ResourceInput Expert() {
  ResourceInput r;
  r.category = "expert";
  r.name = "李工";
  r.field = "爆破安全";
  r.phone = "0537-2345678";
  return r;
}
ResourceInput Material() {
  ResourceInput r;
  r.category = "material";
  r.name = "正压式空气呼吸器";
  r.kind = "equipment";
  r.quantity = 6;
  r.quantity_unit = "套";
  r.location = "应急物资库";
  r.expires_on = "2027-06-30";
  r.last_inspected_on = "2026-06-01";
  r.next_inspection_on = "2026-12-01";
  return r;
}

TEST(EmergencyResourceRules, FieldRulesPerCategory) {
  struct Case {
    const char* name;
    ResourceInput r;
    const char *field, *rule;  // nullptr: valid
  };
  auto with = [](ResourceInput r, auto f) { f(r); return r; };
  const Case cases[] = {
      {"team ok", Team(), nullptr, nullptr},
      {"expert ok", Expert(), nullptr, nullptr},
      {"material ok", Material(), nullptr, nullptr},
      {"category", with(Team(), [](auto& r) { r.category = "vehicle"; }), "category", "kind_invalid"},
      {"team kind", with(Team(), [](auto& r) { r.kind = "volunteer"; }), "kind", "kind_invalid"},
      {"members 0", with(Team(), [](auto& r) { r.members = 0; }), "members", "range"},
      {"leader", with(Team(), [](auto& r) { r.leader = ""; }), "leader", "required"},
      {"phone", with(Team(), [](auto& r) { r.phone = "12345"; }), "phone", "phone_format"},
      {"expert field", with(Expert(), [](auto& r) { r.field = ""; }), "field", "required"},
      {"expert phone", with(Expert(), [](auto& r) { r.phone = ""; }), "phone", "required"},
      {"name", with(Expert(), [](auto& r) { r.name = ""; }), "name", "required"},
      {"quantity", with(Material(), [](auto& r) { r.quantity = -1; }), "quantity", "range"},
      {"unit", with(Material(), [](auto& r) { r.quantity_unit = ""; }), "quantity_unit", "required"},
      {"location", with(Material(), [](auto& r) { r.location = ""; }), "location", "required"},
      {"expiry", with(Material(), [](auto& r) { r.expires_on = "2027-02-30"; }), "expires_on", "date_invalid"},
      {"last future", with(Material(), [](auto& r) { r.last_inspected_on = "2026-12-07"; r.next_inspection_on = "2027-12-07"; }),
       "last_inspected_on", "resource_date_future"},
      {"next before last", with(Material(), [](auto& r) { r.next_inspection_on = "2026-06-01"; }),
       "next_inspection_on", "resource_next_inspection_before_last"},
      {"material kind", with(Material(), [](auto& r) { r.kind = ""; }), "kind", "kind_invalid"},
  };
  for (const auto& c : cases) {
    auto errors = CheckResource(c.r, kToday);
    if (!c.field) {
      EXPECT_TRUE(errors.empty()) << c.name << ": " << (errors.empty() ? "" : errors[0].field);
      continue;
    }
    ASSERT_EQ(errors.size(), 1u) << c.name;
    EXPECT_EQ(errors[0].field, c.field) << c.name;
    EXPECT_EQ(errors[0].rule, c.rule) << c.name;
  }
}

TEST(EmergencyResourceRules, AlertThresholds) {
  const ResourceAlertConfig thirty;  // default 30 days
  struct Case {
    const char *expires, *next, *level;
    std::int64_t days_left;
    std::size_t count;
  } cases[] = {
      {"2027-01-05", "", "due_soon", 30, 1},   // exactly 30 days: within
      {"2027-01-06", "", "", 0, 0},            // 31 days: not yet
      {"2026-12-06", "", "due_soon", 0, 1},    // today
      {"2026-12-05", "", "past_due", -1, 1},   // yesterday
      {"", "2026-12-20", "due_soon", 14, 1},   // inspection due
      {"", "", "", 0, 0},
      {"bad", "", "", 0, 0},
  };
  for (const auto& c : cases) {
    auto alerts = AlertsOf(c.expires, c.next, kToday, thirty);
    ASSERT_EQ(alerts.size(), c.count) << c.expires << c.next;
    EXPECT_EQ(WorstLevel(alerts), c.level) << c.expires << c.next;
    if (c.count) {
      EXPECT_EQ(alerts[0].days_left, c.days_left) << c.expires << c.next;
    }
  }
  auto both = AlertsOf("2026-11-30", "2026-12-10", kToday, thirty);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].kind, "expiry");
  EXPECT_EQ(both[1].kind, "inspection");
  EXPECT_EQ(WorstLevel(both), "past_due");
  // A shorter setting narrows the window.
  ResourceAlertConfig seven{7};
  EXPECT_TRUE(AlertsOf("2026-12-14", "", kToday, seven).empty());
  EXPECT_EQ(AlertsOf("2026-12-13", "", kToday, seven).size(), 1u);
}

TEST(EmergencyResourceRules, AlertSettingParsesAndValidates) {
  auto ok = ParseResourceAlertConfig(R"({"due_soon_days": 45})");
  ASSERT_TRUE(std::holds_alternative<ResourceAlertConfig>(ok));
  EXPECT_EQ(std::get<ResourceAlertConfig>(ok).due_soon_days, 45);
  auto bad = ParseResourceAlertConfig(R"({"due_soon_days": 0})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  EXPECT_EQ(std::get<std::vector<FieldError>>(bad)[0].field, "due_soon_days");
  EXPECT_EQ(ResourceAlertConfigToJson({}), R"({"due_soon_days":30})");
}

}  // namespace
}  // namespace anjian::emergency_resources
