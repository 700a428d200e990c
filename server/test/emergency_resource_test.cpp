// Emergency resources (issue 14 §2) on both databases: an enterprise keeps its teams, experts and
// equipment/materials (history appended, audited), an agency its own; the rules name their
// fields; regulators see the subtree (overview by region, expiring and expired items) and may
// not change an enterprise's items; out-of-scope ids answer 404; the alert job notifies the owner
// once per item, kind, due date and threshold, on the app's clock.
#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "emergency/resources/emergency_resource_service.hpp"
#include "notifications/notification_service.hpp"

namespace anjian::test {
namespace {

class EmergencyResourceTest : public ApiTest {
 protected:
  std::string Day(int64_t days) { return core::ChinaIsoDate(app().clock.Now() + days * 86400); }
  int64_t AuditCount(int64_t id, const std::string& action) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'emergency_resource' "
                     "AND entity_id = ? AND action = ?",
                     {std::to_string(id), action})
        .Int(0, "n");
  }
  int64_t Notifications(const std::string& username, const std::string& kind) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                     "WHERE u.username = ? AND n.kind = ?",
                     {username, kind})
        .Int(0, "n");
  }
  json::object Material(const std::string& name, int64_t expires_in_days) {
    return json::object{{"category", "material"},
                        {"name", name},
                        {"kind", "equipment"},
                        {"quantity", 4},
                        {"quantity_unit", "套"},
                        {"location", "应急物资库"},
                        {"expires_on", Day(expires_in_days)},
                        {"last_inspected_on", Day(-100)},
                        {"next_inspection_on", Day(200)}};
  }
};

TEST_P(EmergencyResourceTest, EnterpriseKeepsItsResourcesWithHistoryAndAudit) {
  auto team = app().As("hc.safety", "POST", "/api/v1/emergency-resources",
                       json::serialize(json::object{{"category", "team"},
                                                    {"name", "测试兼职救援队"},
                                                    {"kind", "part_time"},
                                                    {"members", 8},
                                                    {"leader", "刘队长"},
                                                    {"phone", "13805370000"}}));
  ASSERT_EQ(team.status, 201) << team.body;
  const int64_t id = team.obj().at("id").as_int64();
  EXPECT_EQ(team.obj().at("owner").at("kind").as_string(), "enterprise");
  EXPECT_TRUE(team.obj().at("can_edit").as_bool());
  const std::string path = "/api/v1/emergency-resources/" + std::to_string(id);
  auto put = app().As("hc.principal", "PUT", path,
                      json::serialize(json::object{{"category", "team"},
                                                   {"name", "测试兼职救援队"},
                                                   {"kind", "full_time"},
                                                   {"members", 10},
                                                   {"leader", "刘队长"},
                                                   {"phone", "13805370000"}}));
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.obj().at("version").as_int64(), 2);
  ASSERT_EQ(put.obj().at("history").as_array().size(), 2u);
  EXPECT_EQ(put.obj().at("history").as_array()[0].at("data").at("members").as_int64(), 8);
  EXPECT_EQ(AuditCount(id, "create"), 1);
  EXPECT_EQ(AuditCount(id, "update"), 1);
  // Rules name the field.
  auto bad = app().As("hc.safety", "POST", "/api/v1/emergency-resources",
                      json::serialize(json::object{{"category", "team"},
                                                   {"name", "缺人"},
                                                   {"kind", "volunteer"},
                                                   {"members", 0},
                                                   {"phone", "123"}}));
  ASSERT_EQ(bad.status, 422) << bad.body;
  const auto rules = FieldRulesOf(bad);
  EXPECT_TRUE(rules.count("kind:kind_invalid")) << bad.body;
  EXPECT_TRUE(rules.count("members:range")) << bad.body;
  EXPECT_TRUE(rules.count("leader:required")) << bad.body;
  EXPECT_TRUE(rules.count("phone:phone_format")) << bad.body;
  auto bad_dates = app().As("hc.safety", "POST", "/api/v1/emergency-resources",
                            json::serialize(json::object{{"category", "material"},
                                                         {"name", "呼吸器"},
                                                         {"kind", "equipment"},
                                                         {"quantity", 1},
                                                         {"quantity_unit", "套"},
                                                         {"location", "库"},
                                                         {"expires_on", "2026-02-30"},
                                                         {"last_inspected_on", Day(10)}}));
  ASSERT_EQ(bad_dates.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad_dates).count("expires_on:date_invalid")) << bad_dates.body;
  EXPECT_TRUE(FieldRulesOf(bad_dates).count("last_inspected_on:resource_date_future")) << bad_dates.body;
  // Another county sees nothing; a regulator of the county reads it but may not change it.
  EXPECT_EQ(app().As("zoucheng", "GET", path).status, 404);
  EXPECT_EQ(app().As("mb.safety", "GET", path).status, 404);
  auto ren = app().As("rencheng", "GET", path);
  ASSERT_EQ(ren.status, 200);
  EXPECT_FALSE(ren.obj().at("can_edit").as_bool());
  EXPECT_EQ(app().As("rencheng", "PUT", path, put.body).status, 409);
  EXPECT_EQ(app().As("hc.safety", "DELETE", path).status, 200);
  EXPECT_EQ(app().As("hc.safety", "GET", path).status, 404);
  EXPECT_EQ(AuditCount(id, "delete"), 1);
  // The read-only roles may not write.
  EXPECT_EQ(app().As("jining.viewer", "POST", "/api/v1/emergency-resources", "{}").status, 403);
  EXPECT_EQ(app().As("mb.keeper", "POST", "/api/v1/emergency-resources", "{}").status, 403);
}

TEST_P(EmergencyResourceTest, ListsShowAlertsAndRegulatorsSeeTheSubtree) {
  auto soon = app().As("mb.safety", "POST", "/api/v1/emergency-resources",
                       json::serialize(Material("测试临期呼吸器", 10)));
  ASSERT_EQ(soon.status, 201) << soon.body;
  EXPECT_EQ(soon.obj().at("alert_level").as_string(), "due_soon");
  auto past = app().As("mb.safety", "POST", "/api/v1/emergency-resources",
                       json::serialize(Material("测试过期防毒面具", -3)));
  ASSERT_EQ(past.status, 201) << past.body;
  EXPECT_EQ(past.obj().at("alert_level").as_string(), "past_due");
  EXPECT_EQ(past.obj().at("alerts").as_array()[0].at("days_left").as_int64(), -3);
  auto ok = app().As("mb.safety", "POST", "/api/v1/emergency-resources",
                     json::serialize(Material("测试正常灭火器", 300)));
  EXPECT_EQ(ok.obj().at("alert_level").as_string(), "");
  // The filters.
  auto expiring = app().As("mb.safety", "GET",
                           "/api/v1/emergency-resources?category=material&alert=due_soon&page_size=100");
  ASSERT_EQ(expiring.status, 200) << expiring.body;
  bool found = false;
  for (const auto& i : expiring.obj().at("items").as_array()) {
    EXPECT_EQ(i.at("alert_level").as_string(), "due_soon") << i.at("name").as_string();
    found |= i.at("name").as_string() == "测试临期呼吸器";
  }
  EXPECT_TRUE(found);
  auto expired = app().As("zoucheng", "GET", "/api/v1/emergency-resources?alert=past_due&page_size=100");
  found = false;
  for (const auto& i : expired.obj().at("items").as_array()) {
    EXPECT_EQ(i.at("alert_level").as_string(), "past_due");
    found |= i.at("name").as_string() == "测试过期防毒面具";
  }
  EXPECT_TRUE(found);
  auto q = app().As("mb.safety", "GET", "/api/v1/emergency-resources?q=%E6%B5%8B%E8%AF%95%E6%AD%A3%E5%B8%B8");
  EXPECT_EQ(q.obj().at("total").as_int64(), 1);
  // 任城 sees none of 邹城's items.
  auto ren = app().As("rencheng", "GET", "/api/v1/emergency-resources?page_size=100&q=%E6%B5%8B%E8%AF%95");
  for (const auto& i : ren.obj().at("items").as_array())
    EXPECT_NE(i.at("owner").at("name").as_string(), "邹城恒安民爆器材有限公司");
  // The city's overview by county, with the expiring and expired counts.
  auto ov = app().As("jining", "GET", "/api/v1/emergency-resources/overview");
  ASSERT_EQ(ov.status, 200) << ov.body;
  bool zoucheng = false;
  for (const auto& r : ov.obj().at("regions").as_array())
    if (r.at("region_name").as_string() == "邹城市") {
      zoucheng = true;
      EXPECT_GE(r.at("past_due").as_int64(), 1);
      EXPECT_GE(r.at("due_soon").as_int64(), 1);
      EXPECT_GE(r.at("materials").as_int64(), 3);
    }
  EXPECT_TRUE(zoucheng) << ov.body;
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/emergency-resources/export").status, 200);
  auto bad = app().As("jining", "GET", "/api/v1/emergency-resources?category=car&alert=soon");
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("category:kind_invalid"));
  EXPECT_TRUE(FieldRulesOf(bad).count("alert:status_invalid"));
}

TEST_P(EmergencyResourceTest, AgencyKeepsItsOwnResources) {
  auto r = app().As("zoucheng", "POST", "/api/v1/emergency-resources",
                    json::serialize(json::object{{"category", "expert"},
                                                 {"name", "测试专家"},
                                                 {"field", "危险化学品"},
                                                 {"title", "高级工程师"},
                                                 {"phone", "0537-5123456"},
                                                 {"unit", "邹城市专家库"}}));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.obj().at("owner").at("kind").as_string(), "agency");
  const std::string path = "/api/v1/emergency-resources/" + std::to_string(r.obj().at("id").as_int64());
  EXPECT_EQ(app().As("jining", "GET", path).status, 200);     // the city above sees it
  EXPECT_EQ(app().As("jining", "PUT", path, r.body).status, 409);  // but it is the county's
  EXPECT_EQ(app().As("mb.safety", "GET", path).status, 404);  // enterprises see only their own
}

TEST_P(EmergencyResourceTest, AlertJobNotifiesOncePerItemAndThreshold) {
  auto r = app().As("hc.safety", "POST", "/api/v1/emergency-resources",
                    json::serialize(Material("测试提醒呼吸器", 5)));
  ASSERT_EQ(r.status, 201) << r.body;
  const int64_t id = r.obj().at("id").as_int64();
  const int64_t before = Notifications("hc.principal", emergency_resources::kResourceAlertNotification);
  auto run = [&] {
    auto conn = app().Db();
    notifications::PendingPushes pushes(app().clock);
    return emergency_resources::RunResourceAlerts(*conn, pushes, app().clock.Now());
  };
  EXPECT_GE(run(), 1);
  EXPECT_EQ(Notifications("hc.principal", emergency_resources::kResourceAlertNotification), before + 1);
  EXPECT_EQ(AuditCount(id, "emergency_resource_alert"), 1);
  // Idempotent: the same day again sends nothing for it.
  run();
  EXPECT_EQ(AuditCount(id, "emergency_resource_alert"), 1);
  // A week later it has expired: the second threshold is sent once.
  app().clock.Advance(7 * 86400);
  run();
  run();
  EXPECT_EQ(AuditCount(id, "emergency_resource_alert"), 2);
  EXPECT_EQ(Notifications("hc.principal", emergency_resources::kResourceAlertNotification), before + 2);
  app().clock.Advance(-7 * 86400);
}

}  // namespace

ANJIAN_BACKENDS(EmergencyResourceTest);

}  // namespace anjian::test
