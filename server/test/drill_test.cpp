// Drills (issue 14 §3) on both databases: POST /api/v1/drills with plans, photos (judged by
// content) and problems; the results report submitted and acknowledged by the county; a problem
// turned into a hidden danger (ReportHiddenDanger) or a plan revision trigger in one step, each
// once; validation naming the field and rule; the compliance calendar per enterprise and the
// regulator's subtree; out-of-scope 404; the audit entries and the append-only history.
#include "api_harness.hpp"
#include "core/civil_date.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"

namespace anjian::test {
namespace {

class DrillTest : public ApiTest {
 protected:
  std::string Today(int64_t plus_days = 0) {
    return core::FormatIsoDate(core::AddDays(core::ChinaDate(app().clock.Now()), plus_days));
  }
  int64_t Upload(const std::string& user, const std::string& bytes, const std::string& name,
                 const std::string& mime) {
    auto r = app().Call("POST", "/api/v1/files", bytes, app().Token(user),
                        {{"X-Filename", name}, {"Content-Type", mime}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  int64_t Photo(const std::string& user) {
    return Upload(user, std::string("\x89PNG\r\n\x1a\n fake", 13), "drill.png", "image/png");
  }
  // The enterprise's plans as drills see them (emergency plans area, V041).
  std::vector<std::pair<int64_t, std::string>> Plans(const std::string& user) {
    auto r = app().As(user, "GET", "/api/v1/drills/plans");
    EXPECT_EQ(r.status, 200) << r.body;
    std::vector<std::pair<int64_t, std::string>> out;
    if (r.status != 200) return out;
    for (const auto& p : r.obj().at("items").as_array())
      out.push_back({p.at("id").as_int64(), std::string(p.at("kind").as_string())});
    return out;
  }
  int64_t PlanOfKind(const std::string& user, const std::string& kind) {
    for (const auto& [id, k] : Plans(user))
      if (k == kind) return id;
    ADD_FAILURE() << user << " has no " << kind << " plan";
    return 0;
  }
  json::object Body(const std::string& user, json::object extra = {}) {
    json::object b{{"plan_ids", json::array{PlanOfKind(user, "comprehensive")}},
                   {"drill_type", "functional"},
                   {"scenario", "成品库房火灾初期处置"},
                   {"drilled_on", Today(-3)},
                   {"place", "成品库区"},
                   {"participant_count", 12},
                   {"participant_names", "张三、李四、王五"},
                   {"evaluation", "响应及时，通讯畅通；灭火器材取用较慢"},
                   {"effective", true},
                   {"problems", json::array{"应急广播在库区东侧听不清", "消防通道被叉车占用"}}};
    for (auto& kv : extra) b[kv.key()] = kv.value();
    return b;
  }
  Resp Record(const std::string& user, json::object body) {
    return app().As(user, "POST", "/api/v1/drills", json::serialize(body));
  }
  bool PlanRequiresRevisionFromDrill(int64_t plan, int64_t drill) {
    return app()
               .Db()
               ->Query("SELECT COUNT(*) AS n FROM emergency_plan_events WHERE plan_id = ? AND "
                       "to_status = 'revision_required' AND source_kind = 'drill' AND source_id = ?",
                       {plan, drill})
               .Int(0, "n") > 0 &&
           app().Db()->Query("SELECT status FROM emergency_plans WHERE id = ?", {plan}).Text(0, "status") ==
               "revision_required";
  }
  int64_t AuditCount(int64_t id, const std::string& action) {
    return app()
        .Db()
        ->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'drill' AND entity_id = ? AND "
                "action = ?",
                {std::to_string(id), action})
        .Int(0, "n");
  }
};

TEST_P(DrillTest, EnterpriseRecordsADrillWithPlansPhotosAndProblems) {
  const int64_t photo = Photo("mb.safety");
  auto r = Record("mb.safety", Body("mb.safety", {{"photo_file_ids", json::array{photo}}}));
  ASSERT_EQ(r.status, 201) << r.body;
  const auto& o = r.obj();
  const int64_t id = o.at("id").as_int64();
  EXPECT_EQ(o.at("drill_type").as_string(), "functional");
  EXPECT_EQ(o.at("drill_type_zh").as_string(), "功能演练");
  EXPECT_EQ(std::string(o.at("number").as_string()).substr(0, 3), "YL-");
  EXPECT_EQ(o.at("plans").as_array().size(), 1u);
  EXPECT_EQ(o.at("plans").at(0).at("kind").as_string(), "comprehensive");
  EXPECT_EQ(o.at("participant_count").as_int64(), 12);
  EXPECT_EQ(o.at("photo_file_ids").as_array().size(), 1u);
  ASSERT_EQ(o.at("problems").as_array().size(), 2u);
  EXPECT_EQ(o.at("problems").at(0).at("description").as_string(), "应急广播在库区东侧听不清");
  EXPECT_EQ(o.at("problems").at(0).at("action").as_string(), "");
  EXPECT_TRUE(o.at("report_required").as_bool());  // 应急条例 art. 8: 民爆
  EXPECT_EQ(o.at("report_status").as_string(), "none");
  EXPECT_TRUE(o.at("can_submit_report").as_bool());
  ASSERT_EQ(o.at("history").as_array().size(), 1u);
  EXPECT_EQ(o.at("history").at(0).at("kind").as_string(), "recorded");
  EXPECT_EQ(AuditCount(id, "create"), 1);
  // The photo is seen with the drill's read permission and scope.
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/files/" + std::to_string(photo)).status, 200);
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/files/" + std::to_string(photo)).status, 404);
  // The county sees it in its list; the list filters.
  auto list = app().As("zoucheng", "GET", "/api/v1/drills?drill_type=functional&page_size=100");
  ASSERT_EQ(list.status, 200) << list.body;
  bool found = false;
  for (const auto& i : list.obj().at("items").as_array()) found |= i.at("id").as_int64() == id;
  EXPECT_TRUE(found);
  auto none = app().As("zoucheng", "GET", "/api/v1/drills?drill_type=tabletop&page_size=100");
  for (const auto& i : none.obj().at("items").as_array()) EXPECT_NE(i.at("id").as_int64(), id);
  auto xlsx = app().As("zoucheng", "GET", "/api/v1/drills/export");
  EXPECT_EQ(xlsx.status, 200);
}

TEST_P(DrillTest, ResultsReportIsSubmittedAndAcknowledgedOnce) {
  auto r = Record("mb.safety", Body("mb.safety"));
  ASSERT_EQ(r.status, 201) << r.body;
  const int64_t id = r.obj().at("id").as_int64();
  const std::string path = "/api/v1/drills/" + std::to_string(id);
  // Acknowledging before submission: 409.
  EXPECT_EQ(app().As("zoucheng", "POST", path + "/report/acknowledge", "{}").status, 409);
  auto sub = app().As("mb.safety", "POST", path + "/report",
                      R"({"summary": "演练总结：响应时间 4 分钟，发现 2 个问题，已制定整改措施。"})");
  ASSERT_EQ(sub.status, 200) << sub.body;
  EXPECT_EQ(sub.obj().at("report_status").as_string(), "submitted");
  EXPECT_FALSE(sub.obj().at("can_submit_report").as_bool());
  auto again = app().As("mb.safety", "POST", path + "/report", R"({"summary": "再报一次"})");
  EXPECT_EQ(again.status, 409) << again.body;
  // The county was notified.
  EXPECT_GT(app()
                .Db()
                ->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = "
                        "n.user_id WHERE u.username = 'zoucheng' AND n.link = ?",
                        {"/emergency/drills/" + std::to_string(id)})
                .Int(0, "n"),
            0);
  auto seen = app().As("zoucheng", "GET", path);
  EXPECT_TRUE(seen.obj().at("can_acknowledge").as_bool());
  auto ack = app().As("zoucheng", "POST", path + "/report/acknowledge", R"({"note": "已阅，按期整改"})");
  ASSERT_EQ(ack.status, 200) << ack.body;
  EXPECT_EQ(ack.obj().at("report_status").as_string(), "acknowledged");
  EXPECT_EQ(ack.obj().at("report").at("note").as_string(), "已阅，按期整改");
  EXPECT_FALSE(ack.obj().at("report").at("agency_name").as_string().empty());
  EXPECT_EQ(app().As("zoucheng", "POST", path + "/report/acknowledge", "{}").status, 409);
  // The history keeps every step, in order; each write audited.
  const auto& h = ack.obj().at("history").as_array();
  ASSERT_EQ(h.size(), 3u);
  EXPECT_EQ(h.at(1).at("kind").as_string(), "report_submitted");
  EXPECT_EQ(h.at(2).at("kind").as_string(), "report_acknowledged");
  EXPECT_EQ(AuditCount(id, "drill_report_submit"), 1);
  EXPECT_EQ(AuditCount(id, "drill_report_acknowledge"), 1);
  // The list filters by report status.
  auto ackd = app().As("zoucheng", "GET", "/api/v1/drills?report_status=acknowledged&page_size=100");
  bool found = false;
  for (const auto& i : ackd.obj().at("items").as_array()) found |= i.at("id").as_int64() == id;
  EXPECT_TRUE(found);
}

TEST_P(DrillTest, AProblemBecomesAHiddenDangerOrARevisionTriggerOnce) {
  const int64_t special = PlanOfKind("mb.safety", "special");
  auto r = Record("mb.safety",
                  Body("mb.safety", {{"plan_ids", json::array{special}}, {"drill_type", "full_scale"}}));
  ASSERT_EQ(r.status, 201) << r.body;
  const int64_t id = r.obj().at("id").as_int64();
  const std::string path = "/api/v1/drills/" + std::to_string(id);
  const auto p1 = r.obj().at("problems").at(0).at("id").as_int64();
  const auto p2 = r.obj().at("problems").at(1).at("id").as_int64();
  auto hd = app().As("mb.safety", "POST",
                     path + "/problems/" + std::to_string(p1) + "/hidden-danger", "{}");
  ASSERT_EQ(hd.status, 201) << hd.body;
  const auto& prob = hd.obj().at("problems").at(0);
  EXPECT_EQ(prob.at("action").as_string(), "hidden_danger");
  ASSERT_TRUE(prob.at("hidden_danger_id").is_int64());
  const int64_t hd_id = prob.at("hidden_danger_id").as_int64();
  // The hidden danger: the enterprise's, found on the drill's date, in state reported.
  auto h = app().As("zoucheng", "GET", "/api/v1/hidden-dangers/" + std::to_string(hd_id));
  ASSERT_EQ(h.status, 200) << h.body;
  EXPECT_EQ(h.obj().at("title").as_string(), "应急广播在库区东侧听不清");
  EXPECT_EQ(h.obj().at("found_on").as_string(), Today(-3));
  EXPECT_NE(std::string(h.obj().at("description").as_string()).find(r.obj().at("number").as_string()),
            std::string::npos);
  // Once only.
  auto twice = app().As("mb.safety", "POST",
                        path + "/problems/" + std::to_string(p1) + "/hidden-danger", "{}");
  EXPECT_EQ(twice.status, 409) << twice.body;
  auto rev_same = app().As("mb.safety", "POST", path + "/problems/" + std::to_string(p1) + "/revision",
                           json::serialize(json::object{{"plan_id", special}}));
  EXPECT_EQ(rev_same.status, 409) << rev_same.body;
  // A plan that was not drilled is refused; the drilled one is set to revision required.
  const int64_t other = PlanOfKind("mb.safety", "comprehensive");
  auto bad = app().As("mb.safety", "POST", path + "/problems/" + std::to_string(p2) + "/revision",
                      json::serialize(json::object{{"plan_id", other}}));
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("plan_id:drill_revision_plan_required")) << bad.body;
  auto rev = app().As("mb.safety", "POST", path + "/problems/" + std::to_string(p2) + "/revision",
                      json::serialize(json::object{{"plan_id", special}}));
  ASSERT_EQ(rev.status, 200) << rev.body;
  EXPECT_EQ(rev.obj().at("problems").at(1).at("action").as_string(), "revision");
  EXPECT_EQ(rev.obj().at("problems").at(1).at("plan_id").as_int64(), special);
  EXPECT_TRUE(PlanRequiresRevisionFromDrill(special, id));
  EXPECT_EQ(AuditCount(id, "drill_problem_hidden_danger"), 1);
  EXPECT_EQ(AuditCount(id, "drill_problem_revision"), 1);
  EXPECT_EQ(rev.obj().at("history").as_array().size(), 3u);
  // A regulator cannot act for the enterprise (no drill:write): 403.
  EXPECT_EQ(app().As("zoucheng", "POST", path + "/problems/" + std::to_string(p2) + "/revision",
                     json::serialize(json::object{{"plan_id", special}}))
                .status,
            403);
}

TEST_P(DrillTest, BadInputNamesTheFieldAndTheRule) {
  auto r = Record("mb.safety", json::object{{"drill_type", "imaginary"},
                                            {"drilled_on", Today(2)},
                                            {"participant_count", 0}});
  ASSERT_EQ(r.status, 422) << r.body;
  auto rules = FieldRulesOf(r);
  EXPECT_TRUE(rules.count("plan_ids:drill_plan_required")) << r.body;
  EXPECT_TRUE(rules.count("drill_type:kind_invalid")) << r.body;
  EXPECT_TRUE(rules.count("scenario:required")) << r.body;
  EXPECT_TRUE(rules.count("drilled_on:drill_date_future")) << r.body;
  EXPECT_TRUE(rules.count("participant_count:range")) << r.body;
  auto names = Record("mb.safety", Body("mb.safety", {{"participant_count", 2}}));
  EXPECT_TRUE(FieldRulesOf(names).count("participant_names:drill_participants_names")) << names.body;
  // Another enterprise's plan, and a file that is not an image (judged by content).
  const int64_t foreign = PlanOfKind("hc.safety", "comprehensive");
  const int64_t text = Upload("mb.safety", "plain text", "fake.png", "text/plain");
  auto plan = Record("mb.safety", Body("mb.safety", {{"plan_ids", json::array{foreign}},
                                                     {"photo_file_ids", json::array{text}}}));
  ASSERT_EQ(plan.status, 422) << plan.body;
  EXPECT_TRUE(FieldRulesOf(plan).count("plan_ids:drill_plan_unknown")) << plan.body;
  EXPECT_TRUE(FieldRulesOf(plan).count("photo_file_ids:image_required")) << plan.body;
  // Nothing was written.
  auto list = app().As("jining", "GET", "/api/v1/drills?drill_type=imaginary");
  EXPECT_TRUE(FieldRulesOf(list).count("drill_type:kind_invalid")) << list.body;
  auto year = app().As("jining", "GET", "/api/v1/drills/compliance?year=1999");
  EXPECT_TRUE(FieldRulesOf(year).count("year:range")) << year.body;
}

TEST_P(DrillTest, OutOfScopeDrillsAndEnterprisesAnswer404) {
  auto r = Record("mb.safety", Body("mb.safety"));
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string path = "/api/v1/drills/" + std::to_string(r.obj().at("id").as_int64());
  const std::string pid = std::to_string(r.obj().at("problems").at(0).at("id").as_int64());
  for (const char* who : {"hc.safety", "rencheng"}) {
    EXPECT_EQ(app().As(who, "GET", path).status, 404) << who;
  }
  EXPECT_EQ(app().As("hc.safety", "POST", path + "/report", R"({"summary":"x"})").status, 404);
  EXPECT_EQ(app().As("hc.safety", "POST", path + "/problems/" + pid + "/hidden-danger", "{}").status,
            404);
  EXPECT_EQ(app().As("rencheng", "POST", path + "/report/acknowledge", "{}").status, 404);
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  EXPECT_EQ(app().As("rencheng", "GET",
                     "/api/v1/drills/compliance/enterprises/" + std::to_string(mb)).status,
            404);
  EXPECT_EQ(app().As("hc.safety", "GET",
                     "/api/v1/drills/compliance/enterprises/" + std::to_string(mb)).status,
            404);
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/drills/plans?enterprise_id=" + std::to_string(mb))
                .status,
            404);
  auto list = app().As("rencheng", "GET", "/api/v1/drills?enterprise_id=" + std::to_string(mb));
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.obj().at("total").as_int64(), 0);
}

TEST_P(DrillTest, ComplianceCalendarPerEnterpriseAndForTheSubtree) {
  Record("mb.safety", Body("mb.safety"));
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  auto c = app().As("zoucheng", "GET", "/api/v1/drills/compliance/enterprises/" + std::to_string(mb));
  ASSERT_EQ(c.status, 200) << c.body;
  EXPECT_EQ(c.obj().at("regime").as_string(), "shandong_high_risk");
  EXPECT_TRUE(c.obj().at("report_required").as_bool());
  const auto& reqs = c.obj().at("requirements").as_array();
  ASSERT_EQ(reqs.size(), 3u);
  EXPECT_NE(std::string(reqs.at(0).at("source").as_string()).find("第六十三条"), std::string::npos);
  bool general_done = false;
  for (const auto& o : c.obj().at("obligations").as_array()) {
    EXPECT_FALSE(o.at("due").as_string().empty());
    if (o.at("rule").as_string() == "general" && o.at("status").as_string() == "done" &&
        o.at("window_end").as_string() >= Today(-3) && o.at("window_start").as_string() <= Today(-3))
      general_done = true;
  }
  EXPECT_TRUE(general_done) << c.body;
  // The enterprise sees its own calendar at /drills/compliance.
  auto own = app().As("mb.safety", "GET", "/api/v1/drills/compliance");
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(own.obj().at("enterprise_id").as_int64(), mb);
  // The city sees its counties; the county only itself.
  auto city = app().As("jining", "GET", "/api/v1/drills/compliance");
  ASSERT_EQ(city.status, 200) << city.body;
  EXPECT_GE(city.obj().at("totals").at("enterprises").as_int64(), 2);
  bool zoucheng = false;
  for (const auto& rg : city.obj().at("regions").as_array())
    zoucheng |= rg.at("region_code").as_string() == "370883";
  EXPECT_TRUE(zoucheng) << city.body;
  // 民爆 and hazardous-chemicals enterprises without a published plan are counted and listed apart
  // (the demo gives plans to two of them); an enterprise with plans is never in that list, and a
  // general-industry one never (it owes no plan here).
  const auto& without = city.obj().at("without_plan_enterprises").as_array();
  EXPECT_GE(without.size(), 1u) << city.body;
  EXPECT_EQ(city.obj().at("totals").at("without_plan").as_int64(),
            static_cast<int64_t>(without.size()));
  int64_t by_region = 0;
  for (const auto& rg : city.obj().at("regions").as_array()) by_region += rg.at("without_plan").as_int64();
  EXPECT_EQ(by_region, static_cast<int64_t>(without.size()));
  for (const auto& e : without) {
    EXPECT_NE(e.at("enterprise_id").as_int64(), mb);
    const std::string industry(e.at("industry").as_string());
    EXPECT_TRUE(industry == "civil_explosives_production" || industry == "civil_explosives_sales" ||
                industry == "hazardous_chemicals") << industry;
    EXPECT_FALSE(e.at("region_name").as_string().empty());
  }
  auto xlsx = app().As("jining", "GET", "/api/v1/drills/compliance/export");
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.compare(0, 2, "PK"), 0);
  auto county = app().As("rencheng", "GET", "/api/v1/drills/compliance");
  ASSERT_EQ(county.status, 200) << county.body;
  for (const auto& e : county.obj().at("late_enterprises").as_array())
    EXPECT_NE(e.at("enterprise_id").as_int64(), mb);
  // National rules selectable: the regime follows the setting.
  auto put = app().As("sysadmin", "PUT", "/api/v1/settings/drill_frequency",
                      R"({"value": {"shandong_rules": 0}})");
  ASSERT_EQ(put.status, 200) << put.body;
  auto nat = app().As("zoucheng", "GET", "/api/v1/drills/compliance/enterprises/" + std::to_string(mb));
  EXPECT_EQ(nat.obj().at("regime").as_string(), "national_hazardous");
  app().As("sysadmin", "POST", "/api/v1/settings/drill_frequency/reset");
}

}  // namespace

ANJIAN_BACKENDS(DrillTest);

}  // namespace anjian::test
