// The annual enforcement inspection plan and its random draw (双随机一公开, issue 11 §3): a county
// agency plans its year, draws enterprises of its scope and inspectors of its own staff with a
// recorded seed that re-runs to the same result, the draw creates planned inspections which are
// done when an enforcement inspection is recorded for them, completion is counted by month,
// quarter and inspector, and the superior agency reads its subordinates' plans.
#include <algorithm>
#include <set>

#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "dual_prevention/enforcement/enforcement_plan_rules.hpp"
#include "dual_prevention/enforcement/enforcement_plan_service.hpp"
#include "credit/dishonesty_list/dishonesty_listing_repository.hpp"

namespace anjian::test {
namespace {

std::set<std::string> FieldsOf(const Resp& r) {
  std::set<std::string> out;
  if (!r.json.is_object() || !r.obj().contains("errors")) return out;
  for (const auto& e : r.obj().at("errors").as_array())
    out.insert(std::string(e.at("field").as_string()));
  return out;
}

class EnforcementPlanTest : public ApiTest {
 protected:
  int64_t Year() { return core::ChinaDate(app().clock.Now()).year; }
  std::string Today(int64_t plus_days = 0) {
    return core::FormatIsoDate(core::AddDays(core::ChinaDate(app().clock.Now()), plus_days));
  }
  // A due date `plus_days` ahead, kept inside this year's plan (a draw's due date must be).
  std::string DueInYear(int64_t plus_days) {
    return std::min(Today(plus_days), std::to_string(Year()) + "-12-31");
  }
  // The county's plan for this year (created once per database: the app is shared).
  int64_t PlanOf(const std::string& user) {
    auto list = app().As(user, "GET", "/api/v1/enforcement-plans?year=" + std::to_string(Year()));
    EXPECT_EQ(list.status, 200) << list.body;
    for (const auto& p : list.obj().at("items").as_array())
      if (p.at("created_by_name").as_string().find(user == "rencheng" ? "任城" : "邹城") !=
          std::string::npos)
        return p.at("id").as_int64();
    json::object body{{"year", Year()},
                      {"title", std::to_string(Year()) + " 年度监督检查计划"},
                      {"targets", json::array{json::object{{"kind", "routine"}, {"quarter", 4},
                                                           {"target_count", 6}},
                                              json::object{{"kind", "duty_emergency"},
                                                           {"quarter", 4},
                                                           {"target_count", 2}}}}};
    auto r = app().As(user, "POST", "/api/v1/enforcement-plans", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  std::set<int64_t> AgencyUsers(const std::string& username) {
    auto db = app().Db();
    auto rs = db->Query("SELECT u.id FROM users u JOIN users me ON me.agency_id = u.agency_id "
                        "WHERE me.username = ?",
                        {username});
    std::set<int64_t> out;
    for (size_t i = 0; i < rs.size(); ++i) out.insert(rs.Int(i, "id"));
    return out;
  }
};

TEST_P(EnforcementPlanTest, PlanRefusesBadInputAndDuplicates) {
  auto bad = app().As("rencheng", "POST", "/api/v1/enforcement-plans",
                      json::serialize(json::object{
                          {"year", Year() + 5},
                          {"title", ""},
                          {"targets", json::array{json::object{{"kind", "x"}, {"quarter", 1},
                                                               {"target_count", 1}},
                                                  json::object{{"kind", "routine"},
                                                               {"quarter", 5},
                                                               {"target_count", 1}}}}}));
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(FieldsOf(bad),
            (std::set<std::string>{"year", "title", "targets[0].kind", "targets[1]"}))
      << bad.body;
  EXPECT_TRUE(RulesOf(bad).count("plan_year_invalid"));
  EXPECT_TRUE(RulesOf(bad).count("plan_target_invalid"));
  const int64_t plan = PlanOf("rencheng");
  ASSERT_GT(plan, 0);
  auto again = app().As("rencheng", "POST", "/api/v1/enforcement-plans",
                        json::serialize(json::object{{"year", Year()}, {"title", "重复"}}));
  EXPECT_EQ(again.status, 422) << again.body;
  EXPECT_TRUE(RulesOf(again).count("plan_exists")) << again.body;
  // Read-only regulators and enterprises cannot plan; enterprises cannot read plans.
  EXPECT_EQ(app().As("jining.viewer", "POST", "/api/v1/enforcement-plans",
                     json::serialize(json::object{{"year", Year()}, {"title", "x"}}))
                .status,
            403);
  auto ent_list = app().As("hc.safety", "GET", "/api/v1/enforcement-plans");
  ASSERT_EQ(ent_list.status, 200) << ent_list.body;
  EXPECT_TRUE(ent_list.obj().at("items").as_array().empty());
  EXPECT_FALSE(ent_list.obj().at("can_create").as_bool());
  EXPECT_EQ(app().As("hc.safety", "GET", "/api/v1/enforcement-plans/" + std::to_string(plan)).status,
            404);
}

TEST_P(EnforcementPlanTest, DrawIsRecordedReproducibleAndCreatesPlannedInspections) {
  const int64_t plan = PlanOf("rencheng");
  ASSERT_GT(plan, 0);
  const std::string path = "/api/v1/enforcement-plans/" + std::to_string(plan);
  auto bad = app().As("rencheng", "POST", path + "/draws",
                      R"({"enterprise_count":0,"inspector_count":1,"kind":"nope","due_on":"明天",)"
                      R"("industry":"x","risk_level":"purple","region_code":"999999"})");
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(FieldsOf(bad), (std::set<std::string>{"enterprise_count", "inspector_count", "kind",
                                                  "due_on", "industry", "risk_level",
                                                  "region_code"}))
      << bad.body;
  // Another county's regulator: 404 like a missing plan, whatever the body.
  EXPECT_EQ(app().As("zoucheng", "POST", path + "/draws", "{}").status, 404);
  // The superior city reads the plan but does not draw on it.
  EXPECT_EQ(app().As("jining", "GET", path).status, 200);
  auto not_own = app().As("jining", "POST", path + "/draws",
                          json::serialize(json::object{{"enterprise_count", 2},
                                                       {"inspector_count", 2},
                                                       {"due_on", DueInYear(20)}}));
  EXPECT_EQ(not_own.status, 422) << not_own.body;
  EXPECT_TRUE(RulesOf(not_own).count("plan_not_own")) << not_own.body;

  const std::string due = DueInYear(20);
  auto r = app().As("rencheng", "POST", path + "/draws",
                    json::serialize(json::object{{"enterprise_count", 5},
                                                 {"inspector_count", 2},
                                                 {"kind", "duty_emergency"},
                                                 {"due_on", due}}));
  ASSERT_EQ(r.status, 201) << r.body;
  const auto& draw = r.obj();
  const std::string seed(draw.at("seed").as_string());
  EXPECT_EQ(seed.size(), 16u);
  EXPECT_TRUE(draw.at("reproduced").as_bool());
  const auto& items = draw.at("planned_inspections").as_array();
  ASSERT_GE(items.size(), 5u);
  // Every enterprise of the county, the key ones (civil explosives) first; two inspectors of
  // 任城's own staff on each.
  const auto staff = AgencyUsers("rencheng");
  {
    auto db = app().Db();
    for (const auto& it : items) {
      auto e = db->Query("SELECT region_path, industry FROM enterprises WHERE id = ?",
                         {it.at("enterprise_id").as_int64()});
      EXPECT_EQ(e.Text(0, "region_path").rfind("/370000/370800/370811/", 0), 0u);
      EXPECT_EQ(it.at("kind").as_string(), "duty_emergency");
      EXPECT_EQ(it.at("due_on").as_string(), due);
      ASSERT_EQ(it.at("inspectors").as_array().size(), 2u);
      for (const auto& u : it.at("inspectors").as_array())
        EXPECT_TRUE(staff.count(u.at("id").as_int64())) << it;
    }
    // Key: civil explosives, and (issue 15 §4) enterprises on the dishonesty list today.
    const int64_t keys =
        db->Query("SELECT COUNT(*) AS n FROM enterprises e WHERE e.status = 'active' "
                  "AND e.region_path LIKE '/370000/370800/370811/%' AND (e.industry "
                  "IN ('civil_explosives_production', 'civil_explosives_sales') OR " +
                      dishonesty_list::ListedSql("e.id") + ")",
                  {core::ChinaIsoDate(app().clock.Now())})
            .Int(0, "n");
    int64_t drawn_keys = 0;
    for (const auto& it : items) drawn_keys += it.at("key").as_bool() ? 1 : 0;
    EXPECT_EQ(drawn_keys, keys);
    EXPECT_EQ(draw.at("key_enterprise_count").as_int64(), keys);
  }
  // The published draw: anyone in scope re-runs it from the seed and gets the same result.
  const int64_t draw_id = draw.at("id").as_int64();
  auto pub = app().As("jining.viewer", "GET", "/api/v1/enforcement-draws/" + std::to_string(draw_id));
  ASSERT_EQ(pub.status, 200) << pub.body;
  EXPECT_EQ(pub.obj().at("seed").as_string(), seed);
  EXPECT_TRUE(pub.obj().at("reproduced").as_bool());
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/enforcement-draws/" + std::to_string(draw_id)).status,
            404);
  {
    auto db = app().Db();
    auto rec = db->Query("SELECT seed, enterprise_pool, key_pool, inspector_pool, enterprise_count, "
                         "inspector_count FROM enforcement_draws WHERE id = ?",
                         {draw_id});
    enforcement::DrawInput in;
    in.seed = *enforcement::ParseSeed(rec.Text(0, "seed"));
    in.enterprise_pool = enforcement::SplitIds(rec.Text(0, "enterprise_pool"));
    in.key_enterprises = enforcement::SplitIds(rec.Text(0, "key_pool"));
    in.inspector_pool = enforcement::SplitIds(rec.Text(0, "inspector_pool"));
    in.enterprise_count = rec.Int(0, "enterprise_count");
    in.inspector_count = rec.Int(0, "inspector_count");
    const auto again = enforcement::RunDraw(in);
    ASSERT_EQ(again.inspections.size(), items.size());
    for (size_t i = 0; i < items.size(); ++i)
      EXPECT_EQ(again.inspections[i].enterprise_id, items[i].at("enterprise_id").as_int64());
    EXPECT_EQ(db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'enforcement_plan' AND "
                        "entity_id = ? AND action = 'draw'",
                        {std::to_string(plan)})
                  .Int(0, "n"),
              1);
  }
  // A re-draw is a new, recorded draw: the first stays.
  auto second = app().As("rencheng", "POST", path + "/draws",
                         json::serialize(json::object{{"enterprise_count", 3},
                                                      {"inspector_count", 2},
                                                      {"industry", "general"},
                                                      {"due_on", Today()}}));
  ASSERT_EQ(second.status, 201) << second.body;
  // A draw due yesterday is refused: it would be overdue the moment it is made.
  auto past = app().As("rencheng", "POST", path + "/draws",
                       json::serialize(json::object{{"enterprise_count", 3},
                                                    {"inspector_count", 2},
                                                    {"due_on", Today(-1)}}));
  ASSERT_EQ(past.status, 422) << past.body;
  EXPECT_EQ(FieldsOf(past), std::set<std::string>{"due_on"});
  EXPECT_NE(past.body.find("draw_due_on_invalid"), std::string::npos) << past.body;
  // A day later the second draw (due today) is overdue.
  app().clock.Advance(86400);
  app().ForgetTokens();  // the idle sessions ended over the day
  auto detail = app().As("rencheng", "GET", path);
  app().clock.Advance(-86400);
  app().ForgetTokens();
  ASSERT_EQ(detail.status, 200) << detail.body;
  EXPECT_EQ(detail.obj().at("draws").as_array().size(), 2u);
  const int64_t planned = static_cast<int64_t>(items.size() +
                                               second.obj().at("planned_inspections").as_array().size());
  const auto& completion = detail.obj().at("completion").as_object();
  EXPECT_EQ(completion.at("total").at("planned").as_int64(), planned);
  EXPECT_EQ(completion.at("total").at("done").as_int64(), 0);
  // The second draw was due the day before: overdue.
  EXPECT_EQ(completion.at("total").at("overdue").as_int64(),
            static_cast<int64_t>(second.obj().at("planned_inspections").as_array().size()));
  EXPECT_EQ(completion.at("by_month").as_array().size(), 12u);
  EXPECT_EQ(completion.at("by_quarter").as_array().size(), 4u);
  EXPECT_GE(completion.at("by_inspector").as_array().size(), 2u);

  // Recording the enforcement inspection of a planned one completes it.
  const auto& first = items[0].as_object();
  const int64_t pid = first.at("id").as_int64();
  const int64_t ent = first.at("enterprise_id").as_int64();
  auto wrong = app().As("rencheng", "POST", "/api/v1/enforcement-inspections",
                        json::serialize(json::object{{"enterprise_id", ent + 100000},
                                                     {"inspectors", "李强、陈刚"},
                                                     {"planned_inspection_id", pid}}));
  EXPECT_EQ(wrong.status, 422) << wrong.body;
  auto done = app().As("rencheng", "POST", "/api/v1/enforcement-inspections",
                       json::serialize(json::object{{"enterprise_id", ent},
                                                    {"kind", "duty_emergency"},
                                                    {"inspectors", "李强、陈刚"},
                                                    {"summary", "值班值守和应急管理专项检查，未发现问题"},
                                                    {"planned_inspection_id", pid}}));
  ASSERT_EQ(done.status, 201) << done.body;
  auto twice = app().As("rencheng", "POST", "/api/v1/enforcement-inspections",
                        json::serialize(json::object{{"enterprise_id", ent},
                                                     {"inspectors", "李强、陈刚"},
                                                     {"planned_inspection_id", pid}}));
  EXPECT_EQ(twice.status, 422) << twice.body;
  EXPECT_TRUE(RulesOf(twice).count("planned_inspection_unknown")) << twice.body;
  detail = app().As("jining", "GET", path);
  EXPECT_EQ(detail.obj().at("completion").at("total").at("done").as_int64(), 1);
  EXPECT_FALSE(detail.obj().at("can_draw").as_bool());
  // The city sees its counties' plans with their completion.
  auto list = app().As("jining", "GET", "/api/v1/enforcement-plans");
  bool seen = false;
  for (const auto& p : list.obj().at("items").as_array())
    if (p.at("id").as_int64() == plan) {
      seen = true;
      EXPECT_EQ(p.at("done").as_int64(), 1);
      EXPECT_EQ(p.at("planned").as_int64(), planned);
    }
  EXPECT_TRUE(seen) << list.body;
  // 邹城 has one enforcement officer: a draw needs two.
  const int64_t zc = PlanOf("zoucheng");
  auto short_staff = app().As("zoucheng", "POST",
                              "/api/v1/enforcement-plans/" + std::to_string(zc) + "/draws",
                              json::serialize(json::object{{"enterprise_count", 2},
                                                           {"inspector_count", 2},
                                                           {"due_on", DueInYear(10)}}));
  EXPECT_EQ(short_staff.status, 422) << short_staff.body;
  EXPECT_TRUE(RulesOf(short_staff).count("draw_inspectors_short")) << short_staff.body;
}

}  // namespace

ANJIAN_BACKENDS(EnforcementPlanTest);

}  // namespace anjian::test
