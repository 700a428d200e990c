// Accidents (issue 14 §4) on both databases: the interface POST /api/v1/accidents (an enterprise
// account omits enterprise_id) answering the computed grade and deadlines, PUT and follow-ups
// re-grading with every version kept, each agency forwarding up on its own clock with late steps
// in minutes, the follow-up windows, validation naming the field and rule, out-of-scope 404, and
// the audit entries.
#include "api_harness.hpp"
#include "core/clock.hpp"

namespace anjian::test {
namespace {

class AccidentsTest : public ApiTest {
 protected:
  std::string Ago(int64_t seconds) { return core::IsoFromUnix(app().clock.Now() - seconds); }
  int64_t Report(const std::string& user, const std::string& body) {
    auto r = app().As(user, "POST", "/api/v1/accidents", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  static const json::object* Step(const Resp& r, const std::string& key) {
    for (const auto& d : r.obj().at("deadlines").as_array())
      if (d.at("key").as_string() == key) return &d.as_object();
    return nullptr;
  }
  int64_t AuditCount(int64_t id, const std::string& action) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'accident' AND "
                     "entity_id = ? AND action = ?",
                     {std::to_string(id), action})
        .Int(0, "n");
  }
};

TEST_P(AccidentsTest, EnterpriseReportsFromThePhoneAndGetsGradeAndDeadlines) {
  auto r = app().As("mb.safety", "POST", "/api/v1/accidents",
                    json::serialize(json::object{{"occurred_at", Ago(10 * 60)},
                                                 {"title", "装药工房一名工人被机械夹伤"},
                                                 {"accident_type", "03"},
                                                 {"address", "邹城市恒安民爆装药工房"},
                                                 {"latitude", 35.4},
                                                 {"longitude", 116.97},
                                                 {"deaths", 0},
                                                 {"serious_injuries", 1},
                                                 {"missing", 0},
                                                 {"direct_loss_yuan", 200000}}));
  ASSERT_EQ(r.status, 201) << r.body;
  const auto& o = r.obj();
  EXPECT_EQ(o.at("grade").as_string(), "ordinary");
  EXPECT_FALSE(o.at("number").as_string().empty());
  const auto* unit = Step(r, "unit_to_county");
  ASSERT_NE(unit, nullptr);
  EXPECT_EQ(unit->at("to").as_string(), "county");
  EXPECT_FALSE(unit->at("done_at").is_null());
  EXPECT_EQ(unit->at("late_minutes").as_int64(), 0);
  EXPECT_FALSE(unit->at("due_at").as_string().empty());
  // Shandong is the default: the county's 30-minute direct report to the province.
  const auto* direct = Step(r, "county_to_province_direct");
  ASSERT_NE(direct, nullptr);
  EXPECT_TRUE(direct->at("done_at").is_null());
  EXPECT_EQ(direct->at("status").as_string(), "pending");
  EXPECT_EQ(Step(r, "city_to_province"), nullptr);  // 一般 stops at the city
  const int64_t id = o.at("id").as_int64();
  EXPECT_EQ(AuditCount(id, "report"), 1);
  // The county regulator sees it and was notified.
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/accidents/" + std::to_string(id)).status, 200);
  auto db = app().Db();
  EXPECT_GT(db->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                      "WHERE u.username = 'zoucheng' AND n.link = ?",
                      {"/emergency/accidents/" + std::to_string(id)})
                .Int(0, "n"),
            0);
}

TEST_P(AccidentsTest, PutAndFollowUpsReGradeAndKeepEveryVersion) {
  const int64_t id = Report("mb.principal",
                            json::serialize(json::object{{"occurred_at", Ago(20 * 60)},
                                                         {"title", "成品库房附近发生爆炸"}}));
  const std::string path = "/api/v1/accidents/" + std::to_string(id);
  auto put = app().As("mb.principal", "PUT", path, R"({"deaths": 3, "course": "初步核实"})");
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.obj().at("grade").as_string(), "large");
  EXPECT_EQ(put.obj().at("course").as_string(), "初步核实");
  EXPECT_EQ(put.obj().at("title").as_string(), "成品库房附近发生爆炸");  // kept
  EXPECT_NE(Step(put, "city_to_province"), nullptr);
  EXPECT_NE(Step(put, "county_written_to_province"), nullptr);
  EXPECT_NE(Step(put, "province_to_ministry"), nullptr);  // MIIT express for 较大
  auto fu = app().As("mb.principal", "POST", path + "/follow-ups",
                     R"({"serious_injuries": 50, "note": "伤员转院"})");
  ASSERT_EQ(fu.status, 201) << fu.body;
  EXPECT_EQ(fu.obj().at("grade").as_string(), "serious");
  const auto& reports = fu.obj().at("reports").as_array();
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[0].at("kind").as_string(), "first");
  EXPECT_EQ(reports[0].at("grade").as_string(), "ordinary");
  EXPECT_EQ(reports[1].at("facts").at("deaths").as_int64(), 3);
  EXPECT_EQ(reports[2].at("kind").as_string(), "follow_up");
  EXPECT_EQ(reports[2].at("version").as_int64(), 3);
  EXPECT_EQ(AuditCount(id, "accident_correct"), 1);
  EXPECT_EQ(AuditCount(id, "accident_follow_up"), 1);
  // A correction back down re-grades too.
  auto down = app().As("mb.principal", "PUT", path, R"({"deaths": 0, "serious_injuries": 9})");
  ASSERT_EQ(down.status, 200) << down.body;
  EXPECT_EQ(down.obj().at("grade").as_string(), "ordinary");
}

TEST_P(AccidentsTest, EachAgencyForwardsUpOnItsOwnClock) {
  const int64_t id = Report("mb.safety",
                            json::serialize(json::object{{"occurred_at", Ago(5 * 3600)},
                                                         {"title", "运输车辆侧翻"},
                                                         {"deaths", 3}}));
  const std::string path = "/api/v1/accidents/" + std::to_string(id);
  auto got = app().As("zoucheng", "GET", path);
  ASSERT_EQ(got.status, 200);
  // Reported 5 hours after the accident: 4 hours (240 minutes) late.
  EXPECT_EQ(Step(got, "unit_to_county")->at("status").as_string(), "late_done");
  EXPECT_EQ(Step(got, "unit_to_county")->at("late_minutes").as_int64(), 240);
  // An enterprise does not forward; a county of another region does not see it.
  EXPECT_EQ(app().As("mb.safety", "POST", path + "/forward").status, 403);
  EXPECT_EQ(app().As("rencheng", "POST", path + "/forward").status, 404);
  // The county forwards at once: its steps are done on time.
  auto fw = app().As("zoucheng", "POST", path + "/forward", R"({"note": "已电话报告市局"})");
  ASSERT_EQ(fw.status, 200) << fw.body;
  EXPECT_EQ(Step(fw, "county_to_city")->at("status").as_string(), "done");
  EXPECT_EQ(Step(fw, "county_to_province_direct")->at("late_minutes").as_int64(), 0);
  EXPECT_EQ(Step(fw, "county_written_to_province")->at("status").as_string(), "done");
  EXPECT_EQ(Step(fw, "city_to_province")->at("status").as_string(), "pending");
  EXPECT_EQ(fw.obj().at("forwards").as_array().size(), 1u);
  EXPECT_EQ(app().As("zoucheng", "POST", path + "/forward").status, 409);
  EXPECT_EQ(AuditCount(id, "accident_forward"), 1);
  // The city forwards; the province then forwards to the ministry (MIIT express for 较大).
  auto city = app().As("jining", "POST", path + "/forward");
  ASSERT_EQ(city.status, 200) << city.body;
  EXPECT_EQ(Step(city, "city_to_province")->at("status").as_string(), "done");
  auto prov = app().As("shandong", "POST", path + "/forward");
  ASSERT_EQ(prov.status, 200) << prov.body;
  EXPECT_EQ(Step(prov, "province_to_ministry")->at("status").as_string(), "done");
}

TEST_P(AccidentsTest, NothingToForwardAtALevelTheGradeDoesNotReach) {
  const int64_t id = Report("mb.safety", json::serialize(json::object{
                                             {"occurred_at", Ago(600)}, {"title", "轻微烫伤"}}));
  // 一般 under Shandong rules: the province receives it (30-minute direct) but sends nothing up.
  auto r = app().As("shandong", "POST", "/api/v1/accidents/" + std::to_string(id) + "/forward");
  EXPECT_EQ(r.status, 409) << r.body;
}

TEST_P(AccidentsTest, FollowUpWindowsAreThirtyOrSevenDays) {
  const int64_t late = Report("mb.safety", json::serialize(json::object{
                                               {"occurred_at", Ago(40 * 86400)}, {"title", "坍塌"}}));
  auto r = app().As("mb.safety", "POST",
                    "/api/v1/accidents/" + std::to_string(late) + "/follow-ups", R"({"deaths": 1})");
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(RulesOf(r).count("follow_up_window_closed")) << r.body;
  const int64_t fire = Report("mb.safety", json::serialize(json::object{
                                               {"occurred_at", Ago(8 * 86400)},
                                               {"title", "包装车间火灾"},
                                               {"accident_type", "08"}}));
  EXPECT_EQ(app().As("mb.safety", "POST",
                     "/api/v1/accidents/" + std::to_string(fire) + "/follow-ups",
                     R"({"serious_injuries": 2})")
                .status,
            422);
  const int64_t recent = Report("mb.safety", json::serialize(json::object{
                                                 {"occurred_at", Ago(5 * 86400)},
                                                 {"title", "道路运输事故"},
                                                 {"accident_type", "02"},
                                                 {"road_traffic", true}}));
  auto ok = app().As("mb.safety", "POST",
                     "/api/v1/accidents/" + std::to_string(recent) + "/follow-ups",
                     R"({"serious_injuries": 2})");
  EXPECT_EQ(ok.status, 201) << ok.body;
  EXPECT_TRUE(ok.obj().at("follow_up_open").as_bool());
}

TEST_P(AccidentsTest, BadInputNamesTheFieldAndTheRule) {
  auto r = app().As("mb.safety", "POST", "/api/v1/accidents",
                    R"({"deaths": -1, "accident_type": "meteor", "latitude": 95})");
  ASSERT_EQ(r.status, 422) << r.body;
  auto rules = FieldRulesOf(r);
  EXPECT_TRUE(rules.count("title:required")) << r.body;
  EXPECT_TRUE(rules.count("occurred_at:required")) << r.body;
  EXPECT_TRUE(rules.count("deaths:range")) << r.body;
  EXPECT_TRUE(rules.count("accident_type:kind_invalid")) << r.body;
  EXPECT_TRUE(rules.count("latitude:range")) << r.body;
  auto future = app().As("mb.safety", "POST", "/api/v1/accidents",
                         json::serialize(json::object{{"occurred_at", Ago(-3600)}, {"title", "x"}}));
  EXPECT_TRUE(FieldRulesOf(future).count("occurred_at:time_future")) << future.body;
  // A regulator names the enterprise.
  auto reg = app().As("zoucheng", "POST", "/api/v1/accidents",
                      json::serialize(json::object{{"occurred_at", Ago(60)}, {"title", "x"}}));
  EXPECT_TRUE(FieldRulesOf(reg).count("enterprise_id:required")) << reg.body;
  auto list = app().As("jining", "GET", "/api/v1/accidents?grade=huge");
  EXPECT_TRUE(FieldRulesOf(list).count("grade:level_invalid")) << list.body;
}

TEST_P(AccidentsTest, OutOfScopeAccidentsAndEnterprisesAnswer404) {
  const int64_t id = Report("mb.safety", json::serialize(json::object{
                                             {"occurred_at", Ago(600)}, {"title", "触电"}}));
  const std::string path = "/api/v1/accidents/" + std::to_string(id);
  for (const char* who : {"hc.safety", "rencheng"}) {
    EXPECT_EQ(app().As(who, "GET", path).status, 404) << who;
    EXPECT_EQ(app().As(who, "PUT", path, R"({"deaths": 1})").status, 404) << who;
    EXPECT_EQ(app().As(who, "POST", path + "/follow-ups", R"({"deaths": 1})").status, 404) << who;
  }
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  // Another enterprise's id from an enterprise account, or outside a county's region: 404.
  auto other = app().As("hc.safety", "POST", "/api/v1/accidents",
                        json::serialize(json::object{{"enterprise_id", mb},
                                                     {"occurred_at", Ago(60)},
                                                     {"title", "x"}}));
  EXPECT_EQ(other.status, 404) << other.body;
  auto county = app().As("rencheng", "POST", "/api/v1/accidents",
                         json::serialize(json::object{{"enterprise_id", mb},
                                                      {"occurred_at", Ago(60)},
                                                      {"title", "x"}}));
  EXPECT_EQ(county.status, 404) << county.body;
  // The regulator in scope records one told by phone.
  auto phone = app().As("zoucheng", "POST", "/api/v1/accidents",
                        json::serialize(json::object{{"enterprise_id", mb},
                                                     {"occurred_at", Ago(60)},
                                                     {"title", "电话报告：库区起火"}}));
  EXPECT_EQ(phone.status, 201) << phone.body;
  // The list is scoped: 任城 sees none of 恒安民爆's.
  auto list = app().As("rencheng", "GET",
                       "/api/v1/accidents?enterprise_id=" + std::to_string(mb));
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.obj().at("total").as_int64(), 0);
  auto mine = app().As("mb.safety", "GET", "/api/v1/accidents?page_size=100");
  ASSERT_EQ(mine.status, 200);
  for (const auto& i : mine.obj().at("items").as_array())
    EXPECT_EQ(i.at("enterprise_id").as_int64(), mb);
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/accidents/export").status, 200);
}

TEST_P(AccidentsTest, ALossOfCivilExplosivesOpensAnEventLinkedBothWays) {
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  int64_t store = 0;
  {
    auto db = app().Db();
    store = db->Query("SELECT MIN(id) AS id FROM stores WHERE enterprise_id = ?", {mb}).Int(0, "id");
  }
  auto loss = app().As("mb.keeper", "POST", "/api/v1/loss-incidents",
                       json::serialize(json::object{{"store_id", store},
                                                    {"description", "库房巡查发现炸药短少"},
                                                    {"quantities", {{"industrial_explosive", 1.5}}}}));
  ASSERT_EQ(loss.status, 201) << loss.body;
  ASSERT_TRUE(loss.obj().at("accident_id").is_int64()) << loss.body;
  const int64_t id = loss.obj().at("accident_id").as_int64();
  auto a = app().As("zoucheng", "GET", "/api/v1/accidents/" + std::to_string(id));
  ASSERT_EQ(a.status, 200) << a.body;
  EXPECT_EQ(a.obj().at("loss_incident_id").as_int64(), loss.obj().at("id").as_int64());
  EXPECT_EQ(a.obj().at("course").as_string(), "库房巡查发现炸药短少");
  EXPECT_EQ(a.obj().at("enterprise_id").as_int64(), mb);
  EXPECT_EQ(AuditCount(id, "report"), 1);
  // The loss incident's own detail links back.
  auto back = app().As("zoucheng", "GET",
                       "/api/v1/loss-incidents/" + std::to_string(loss.obj().at("id").as_int64()));
  EXPECT_EQ(back.obj().at("accident_id").as_int64(), id);
}

}  // namespace

ANJIAN_BACKENDS(AccidentsTest);

}  // namespace anjian::test
