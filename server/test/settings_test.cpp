// Business settings (/api/v1/settings): read with default and value in force, change with
// validation naming the field path and rule, reset, history and audit, permission refusals,
// and the readers using a change at once (risk assessment levels, ledger overview alerts).
#include <atomic>

#include "api_harness.hpp"
#include "platform/storage/migrations.hpp"

namespace anjian::test {
namespace {

class SettingsTest : public ApiTest {
 protected:
  void TearDown() override {
    if (!BackendAvailable(GetParam())) return;
    // The app is shared by the binary: leave every key at its default.
    for (const char* key : {"risk_assessment_config", "hidden_danger_escalation", "ledger_alerts",
                            "loss_reporting", "accident_reporting",
                            "hidden_danger_report_deadlines", "emergency_resource_alerts",
                            "emergency_plans", "drill_frequency", "duty_shift",
                            "duty_spot_check", "licences",
                            "licence_gate",
                            "veto", "people_qualifications",
                            "dishonesty_list"})
      app().As("sysadmin", "POST", std::string("/api/v1/settings/") + key + "/reset");
  }
  int64_t AuditCount(const std::string& key) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'settings' AND entity_id = ?",
                     {key})
        .Int(0, "n");
  }
};

std::string Body(const json::value& value) {
  return json::serialize(json::object{{"value", value}});
}

TEST_P(SettingsTest, ListsEveryKeyWithDefaultAndValueInForce) {
  auto r = app().As("sysadmin", "GET", "/api/v1/settings");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto& items = r.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 17u);
  std::set<std::string> keys;
  for (const auto& i : items) {
    keys.insert(std::string(i.at("key").as_string()));
    EXPECT_EQ(i.at("value"), i.at("default")) << i;
    EXPECT_FALSE(i.at("overridden").as_bool());
    EXPECT_TRUE(i.at("changed_at").is_null());
    EXPECT_FALSE(i.at("label_zh").as_string().empty());
  }
  EXPECT_TRUE(keys.count("ledger_alerts"));
  auto one = app().As("jining.viewer", "GET", "/api/v1/settings/ledger_alerts");
  ASSERT_EQ(one.status, 200) << one.body;
  EXPECT_EQ(one.obj().at("value").at("stocktake_overdue_days").as_int64(), 90);
  EXPECT_TRUE(one.obj().at("history").as_array().empty());
  EXPECT_EQ(app().As("sysadmin", "GET", "/api/v1/settings/security_policy").status, 404);
  EXPECT_EQ(app().As("sysadmin", "PUT", "/api/v1/settings/nope", Body(json::object{})).status, 404);
}

TEST_P(SettingsTest, ChangeTakesEffectInTheLedgerOverviewAndResetRestoresTheDefault) {
  auto over_capacity = [&] {
    auto o = app().As("jining", "GET", "/api/v1/ledger-overview");
    EXPECT_EQ(o.status, 200) << o.body;
    int n = 0;
    for (const auto& s : o.obj().at("items").as_array())
      for (const auto& a : s.at("alerts").as_array()) n += a.as_string() == "capacity_over_90";
    return std::pair{o.obj().at("capacity_alert_percent").to_number<double>(), n};
  };
  const auto before = over_capacity();
  EXPECT_EQ(before.first, 90);
  const int64_t audits = AuditCount("ledger_alerts");
  const size_t changes =
      app().As("sysadmin", "GET", "/api/v1/settings/ledger_alerts").obj().at("history").as_array().size();

  auto put = app().As("sysadmin", "PUT", "/api/v1/settings/ledger_alerts",
                      R"({"value": {"stocktake_overdue_days": 30, "capacity_alert_percent": 1}})");
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_TRUE(put.obj().at("overridden").as_bool());
  EXPECT_EQ(put.obj().at("value").at("capacity_alert_percent").to_number<double>(), 1);
  EXPECT_EQ(put.obj().at("default").at("capacity_alert_percent").to_number<double>(), 90);
  EXPECT_FALSE(put.obj().at("changed_by_name").as_string().empty());
  EXPECT_EQ(put.obj().at("history").as_array().size(), changes + 1);
  EXPECT_EQ(AuditCount("ledger_alerts"), audits + 1);

  // No restart: the next overview uses 1 %, and every store with any stock is now flagged.
  const auto after = over_capacity();
  EXPECT_EQ(after.first, 1);
  EXPECT_GT(after.second, before.second);
  auto o = app().As("jining", "GET", "/api/v1/ledger-overview");
  EXPECT_EQ(o.obj().at("stocktake_overdue_days").as_int64(), 30);

  auto reset = app().As("sysadmin", "POST", "/api/v1/settings/ledger_alerts/reset");
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_FALSE(reset.obj().at("overridden").as_bool());
  EXPECT_EQ(reset.obj().at("value"), reset.obj().at("default"));
  // History keeps both the change and the reset, latest first.
  const auto& history = reset.obj().at("history").as_array();
  ASSERT_EQ(history.size(), changes + 2);
  EXPECT_EQ(history[0].at("action").as_string(), "reset");
  EXPECT_TRUE(history[0].at("value").is_null());
  EXPECT_EQ(history[1].at("action").as_string(), "update");
  EXPECT_EQ(history[1].at("value").at("stocktake_overdue_days").as_int64(), 30);
  EXPECT_EQ(AuditCount("ledger_alerts"), audits + 2);
  EXPECT_EQ(over_capacity().first, 90);
  // Resetting again changes nothing and records nothing.
  auto again = app().As("sysadmin", "POST", "/api/v1/settings/ledger_alerts/reset");
  EXPECT_EQ(again.obj().at("history").as_array().size(), changes + 2);
  EXPECT_EQ(AuditCount("ledger_alerts"), audits + 2);
}

TEST_P(SettingsTest, InvalidValuesAnswer422NamingFieldAndRuleAndChangeNothing) {
  const int64_t risk_audits = AuditCount("risk_assessment_config");
  auto bad = app().As("sysadmin", "PUT", "/api/v1/settings/ledger_alerts",
                      R"({"value": {"stocktake_overdue_days": 0, "capacity_alert_percent": 101}})");
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("value.stocktake_overdue_days:days_range")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("value.capacity_alert_percent:percent_range")) << bad.body;
  const auto& e = bad.obj().at("errors").as_array().at(0).as_object();
  EXPECT_FALSE(e.at("message").as_string().empty());
  EXPECT_FALSE(e.at("message_zh").as_string().empty());

  bad = app().As("sysadmin", "PUT", "/api/v1/settings/ledger_alerts",
                 R"({"value": {"capacity_alert_percent": "high", "typo": 1}})");
  EXPECT_EQ(FieldRulesOf(bad), (std::set<std::string>{"value.capacity_alert_percent:config_field_type",
                                                      "value.typo:config_field_unknown"}));
  EXPECT_EQ(FieldRulesOf(app().As("sysadmin", "PUT", "/api/v1/settings/ledger_alerts", "{}")),
            std::set<std::string>{"value:required"});
  EXPECT_TRUE(FieldRulesOf(app().As("sysadmin", "PUT", "/api/v1/settings/ledger_alerts",
                                    R"({"value": 5})")).count("value:type"));

  bad = app().As("sysadmin", "PUT", "/api/v1/settings/hidden_danger_escalation",
                 R"({"value": {"superior_after_days_overdue": 5, "regulator_after_days_overdue": 3}})");
  // The regulator step must come after the superior step (its own rule; out of range is
  // regulator_days_invalid).
  EXPECT_EQ(FieldRulesOf(bad), std::set<std::string>{"value.regulator_after_days_overdue:regulator_days_order"});

  // Bands that overlap and bands that leave a producible score uncovered.
  auto cfg = app().As("sysadmin", "GET", "/api/v1/settings/risk_assessment_config").obj().at("value");
  auto overlap = cfg;
  overlap.at("ls").at("bands").as_array().at(0).as_object()["min"] = 5;  // major band down to 5
  bad = app().As("sysadmin", "PUT", "/api/v1/settings/risk_assessment_config", Body(overlap));
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("value.ls.bands:bands_overlap")) << bad.body;
  auto gap = cfg;
  auto& lec_bands = gap.at("lec").at("bands").as_array();
  lec_bands.erase(lec_bands.end() - 1);  // drop the band of the lowest scores
  bad = app().As("sysadmin", "PUT", "/api/v1/settings/risk_assessment_config", Body(gap));
  EXPECT_EQ(bad.status, 422);
  EXPECT_FALSE(FieldRulesOf(bad).empty()) << bad.body;
  for (const auto& fr : FieldRulesOf(bad)) EXPECT_EQ(fr.rfind("value.lec.bands:", 0), 0u) << fr;

  auto list = app().As("sysadmin", "GET", "/api/v1/settings");
  for (const auto& i : list.obj().at("items").as_array()) EXPECT_FALSE(i.at("overridden").as_bool());
  EXPECT_EQ(AuditCount("risk_assessment_config"), risk_audits);
}

TEST_P(SettingsTest, NewBandsGiveTheNewLevelAtTheNextAssessment) {
  static std::atomic<int> counter{0};
  const std::string n = std::to_string(counter++) + GetParam();
  auto o = app().As("hc.safety", "POST", "/api/v1/risk-objects",
                    R"({"name":"参数测试对象)" + n + R"(","hazard_code":"ST-)" + n + R"("})");
  ASSERT_EQ(o.status, 201) << o.body;
  auto u = app().As("hc.safety", "POST", "/api/v1/risk-units",
                    R"({"risk_object_id":)" + std::to_string(o.obj().at("id").as_int64()) +
                        R"(,"name":"参数测试单元)" + n + R"(","unit_type":"equipment"})");
  ASSERT_EQ(u.status, 201) << u.body;
  const auto path = "/api/v1/risk-units/" + std::to_string(u.obj().at("id").as_int64()) + "/assessments";
  const std::string ls12 = R"({"method":"LS","L":3,"S":4})";
  auto first = app().As("hc.safety", "POST", path, ls12);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.obj().at("level").as_string(), "high");

  // LS: major from 12 (was 20), high 9-11: still no gaps for L, S in 1-5.
  auto cfg = app().As("sysadmin", "GET", "/api/v1/settings/risk_assessment_config").obj().at("value");
  json::array bands;
  auto band = [](const char* level, int min, int max) {
    return json::object{{"level", level}, {"min", min}, {"min_inclusive", true},
                        {"max", max},     {"max_inclusive", true}};
  };
  bands.push_back(band("major", 12, 25));
  bands.push_back(band("high", 9, 11));
  bands.push_back(band("moderate", 4, 8));
  bands.push_back(band("low", 1, 3));
  cfg.at("ls").as_object()["bands"] = bands;
  auto put = app().As("sysadmin", "PUT", "/api/v1/settings/risk_assessment_config", Body(cfg));
  ASSERT_EQ(put.status, 200) << put.body;

  auto second = app().As("hc.safety", "POST", path, ls12);
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(second.obj().at("level").as_string(), "major");
  // The reference data the assessment form reads shows the new bands too.
  auto ref = app().As("hc.safety", "GET", "/api/v1/risk-reference");
  ASSERT_EQ(ref.status, 200) << ref.body;
  EXPECT_EQ(ref.obj().at("assessment_config").at("ls").at("bands").at(0).at("min").to_number<double>(), 12);
}

TEST_P(SettingsTest, EscalationTimingsAreStoredAndRead) {
  auto put = app().As("sysadmin", "PUT", "/api/v1/settings/hidden_danger_escalation",
                      R"({"value": {"reminder_days_before": 5, "superior_after_days_overdue": 2,
                                    "regulator_after_days_overdue": 10}})");
  ASSERT_EQ(put.status, 200) << put.body;
  auto db = app().Db();
  auto stored = db->Query("SELECT value FROM settings WHERE key = 'hidden_danger_escalation'");
  ASSERT_FALSE(stored.empty());
  auto v = json::parse(stored.Text(0, "value"));
  EXPECT_EQ(v.at("reminder_days_before").as_int64(), 5);
  EXPECT_EQ(v.at("regulator_after_days_overdue").as_int64(), 10);
}

TEST_P(SettingsTest, PermissionsFollowTheThreeAdministratorSeparation) {
  const std::string body = R"({"value": {"capacity_alert_percent": 50}})";
  for (const char* user : {"secadmin", "auditadmin", "jining", "jining.viewer", "mb.principal"})
    EXPECT_EQ(app().As(user, "PUT", "/api/v1/settings/ledger_alerts", body).status, 403) << user;
  for (const char* user : {"secadmin", "auditadmin", "jining"})
    EXPECT_EQ(app().As(user, "POST", "/api/v1/settings/ledger_alerts/reset").status, 403) << user;
  for (const char* user : {"secadmin", "auditadmin", "mb.principal", "hc.safety"})
    EXPECT_EQ(app().As(user, "GET", "/api/v1/settings").status, 403) << user;
  for (const char* user : {"sysadmin", "jining", "jining.viewer"})
    EXPECT_EQ(app().As(user, "GET", "/api/v1/settings").status, 200) << user;
  EXPECT_EQ(app().Call("GET", "/api/v1/settings").status, 401);
}

TEST_P(SettingsTest, MigrationGrantsTheNewPermissionsToExistingDatabases) {
  auto conn = app().Db();
  auto settings_rows = [&] {
    std::set<std::pair<std::string, std::string>> out;
    auto rs = conn->Query(
        "SELECT role, permission FROM role_permissions WHERE permission LIKE 'settings:%'");
    for (size_t i = 0; i < rs.size(); ++i) out.insert({rs.Text(i, "role"), rs.Text(i, "permission")});
    return out;
  };
  const std::set<std::pair<std::string, std::string>> expected = {
      {"sys_admin", "settings:read"}, {"sys_admin", "settings:manage"},
      {"regulator_rw", "settings:read"}, {"regulator_ro", "settings:read"}};
  EXPECT_EQ(settings_rows(), expected);
  // Back to the schema before V013 on a database whose roles are already filled.
  conn->Exec("DELETE FROM role_permissions WHERE permission LIKE 'settings:%'");
  conn->ExecScript("DROP TABLE settings_history");
  conn->Exec("DELETE FROM schema_migrations WHERE version = 13");
  storage::Migrate(*conn);
  EXPECT_EQ(settings_rows(), expected);
  EXPECT_EQ(conn->Query("SELECT COUNT(*) AS n FROM settings_history").Int(0, "n"), 0);
}

}  // namespace

ANJIAN_BACKENDS(SettingsTest);

}  // namespace anjian::test
