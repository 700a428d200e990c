// Duty spot checks (值班抽查, issue 14 §1) on both databases: a county draws enterprises at random
// with the seed shown and stored (the draw re-runs from it), picks by hand, records calls (an
// unanswered call cannot pass), a failure opens a finding due on the working-day calendar that
// only the enterprise checked sees and answers, the county returns and accepts; a city checks its
// counties' own duty the same way; validation names field and rule; out-of-scope ids answer 404;
// every write is audited.
#include "api_harness.hpp"
#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "emergency/spot_check/spot_check_rules.hpp"
#include "emergency/spot_check/spot_check_service.hpp"

namespace anjian::test {
namespace {

class DutySpotCheckTest : public ApiTest {
 protected:
  int64_t Create(const std::string& user, const json::object& body) {
    auto r = app().As(user, "POST", "/api/v1/duty-spot-checks", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  int64_t AuditCount(const std::string& entity, int64_t id, const std::string& action) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ? AND "
                     "action = ?",
                     {entity, std::to_string(id), action})
        .Int(0, "n");
  }
  std::string PathOf(int64_t enterprise) {
    auto db = app().Db();
    return db->Query("SELECT region_path FROM enterprises WHERE id = ?", {enterprise})
        .Text(0, "region_path");
  }
  static int64_t FirstItem(const Resp& r) {
    return r.obj().at("items").as_array().at(0).at("id").as_int64();
  }
};

TEST_P(DutySpotCheckTest, CountyDrawsAtRandomWithTheSeedShownAndReproducible) {
  auto r = app().As("zoucheng", "POST", "/api/v1/duty-spot-checks",
                    json::serialize(json::object{{"title", "十二月值班电话抽查"},
                                                 {"selection", "random"},
                                                 {"count", 3}}));
  ASSERT_EQ(r.status, 201) << r.body;
  const auto& o = r.obj();
  EXPECT_EQ(o.at("selection").as_string(), "random");
  EXPECT_EQ(o.at("seed").as_string().size(), 16u);
  EXPECT_EQ(o.at("count").as_int64(), 3);
  EXPECT_GE(o.at("pool_size").as_int64(), 3);
  EXPECT_TRUE(o.at("reproduced").as_bool());
  const auto& items = o.at("items").as_array();
  ASSERT_EQ(items.size(), 3u);
  // The stored pool and seed re-run the draw here too: the same units in the same order.
  std::vector<int64_t> drawn;
  for (const auto& it : items) {
    EXPECT_EQ(it.at("unit").at("kind").as_string(), "enterprise");
    EXPECT_EQ(it.at("unit").at("region_path").as_string().rfind("/370000/370800/370883/", 0), 0u);
    drawn.push_back(it.at("unit").at("id").as_int64());
  }
  const int64_t id = o.at("id").as_int64();
  {
    auto db = app().Db();
    auto row = db->Query("SELECT seed, pool_ids FROM duty_spot_check_rounds WHERE id = ?", {id});
    const auto seed = std::stoull(row.Text(0, "seed"), nullptr, 16);
    const auto pool = spot_check::ParsePool(row.Text(0, "pool_ids"));
    // Enterprises on the dishonesty list that day come first (issue 15 §4).
    const auto listed = spot_check::ListedInPool(*db, pool, core::ChinaIsoDate(app().clock.Now()));
    EXPECT_EQ(spot_check::DrawUnitsListedFirst(seed, pool, 3, listed), drawn);
  }
  EXPECT_EQ(AuditCount("duty_spot_check_round", id, "create"), 1);
  // A seed announced beforehand: the same seed and pool draw the same units, in the same order.
  auto announced = [&] {
    auto a = app().As("zoucheng", "POST", "/api/v1/duty-spot-checks",
                      R"({"title": "公开种子抽查", "selection": "random", "count": 3, "seed": "2A"})");
    EXPECT_EQ(a.status, 201) << a.body;
    EXPECT_EQ(a.obj().at("seed").as_string(), "000000000000002a");
    std::vector<int64_t> ids;
    for (const auto& it : a.obj().at("items").as_array()) ids.push_back(it.at("unit").at("id").as_int64());
    return ids;
  };
  EXPECT_EQ(announced(), announced());
  EXPECT_EQ(FieldRulesOf(app().As("zoucheng", "POST", "/api/v1/duty-spot-checks",
                                  R"({"title": "x", "selection": "random", "count": 3, "seed": "xyz"})")),
            (std::set<std::string>{"seed:type"}));
  // Filtered by industry: only civil-explosives producers.
  auto f = app().As("zoucheng", "POST", "/api/v1/duty-spot-checks",
                    json::serialize(json::object{{"title", "民爆企业抽查"},
                                                 {"selection", "random"},
                                                 {"count", 50},
                                                 {"industries", {"civil_explosives_production"}}}));
  ASSERT_EQ(f.status, 201) << f.body;
  ASSERT_FALSE(f.obj().at("items").as_array().empty());
  for (const auto& it : f.obj().at("items").as_array())
    EXPECT_EQ(it.at("unit").at("industry").as_string(), "civil_explosives_production");
  // The list shows both, newest first; another county sees neither; an enterprise sees no round.
  auto list = app().As("zoucheng", "GET", "/api/v1/duty-spot-checks?page_size=50");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_GE(list.obj().at("total").as_int64(), 2);
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/duty-spot-checks/" + std::to_string(id)).status, 404);
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/duty-spot-checks/" + std::to_string(id)).status, 200);
  EXPECT_EQ(app().As("mb.principal", "GET", "/api/v1/duty-spot-checks/" + std::to_string(id)).status, 404);
}

TEST_P(DutySpotCheckTest, ValidationNamesFieldAndRule) {
  const std::string path = "/api/v1/duty-spot-checks";
  auto bad = app().As("zoucheng", "POST", path,
                      R"({"selection": "random", "count": 0, "industries": ["steel"],
                          "region_code": "999999", "target_kind": "x"})");
  EXPECT_EQ(bad.status, 422);
  const auto rules = FieldRulesOf(bad);
  for (const char* want : {"title:required", "count:spot_check_draw_count",
                           "industries[0]:industry_invalid", "region_code:region_unknown",
                           "target_kind:kind_invalid"})
    EXPECT_TRUE(rules.count(want)) << want << " " << bad.body;
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  auto twice = app().As("zoucheng", "POST", path,
                        json::serialize(json::object{{"title", "重复"}, {"unit_ids", {mb, mb}}}));
  EXPECT_EQ(FieldRulesOf(twice), (std::set<std::string>{"unit_ids[1]:spot_check_unit_twice"}));
  auto none = app().As("zoucheng", "POST", path, R"({"title": "空"})");
  EXPECT_EQ(FieldRulesOf(none), (std::set<std::string>{"unit_ids:spot_check_units_required"}));
  // An enterprise of another county: 404, nothing written.
  const int64_t hc = app().EnterpriseIdByName("济宁润泽化工有限公司");
  EXPECT_EQ(app().As("zoucheng", "POST", path,
                     json::serialize(json::object{{"title", "越权"}, {"unit_ids", {mb, hc}}}))
                .status,
            404);
  // Enterprises do not make rounds.
  EXPECT_EQ(app().As("mb.principal", "POST", path,
                     json::serialize(json::object{{"title", "x"}, {"unit_ids", {mb}}}))
                .status,
            403);
}

TEST_P(DutySpotCheckTest, UnansweredCallOpensFindingTheEnterpriseAnswers) {
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  auto created = app().As("zoucheng", "POST", "/api/v1/duty-spot-checks",
                          json::serialize(json::object{{"title", "夜间值班抽查"},
                                                       {"unit_ids", {mb}}}));
  ASSERT_EQ(created.status, 201) << created.body;
  const int64_t round = created.obj().at("id").as_int64();
  const int64_t item = FirstItem(created);
  const std::string calls = "/api/v1/duty-spot-checks/" + std::to_string(round) + "/calls";
  // The phone to call is prefilled.
  auto duty = app().As("zoucheng", "GET", "/api/v1/duty-spot-checks/" + std::to_string(round) +
                                              "/on-duty?item_id=" + std::to_string(item));
  ASSERT_EQ(duty.status, 200) << duty.body;
  ASSERT_EQ(duty.obj().at("items").as_array().size(), 1u);
  const std::string prefilled(duty.obj().at("items").as_array()[0].at("phone").as_string());
  // Unanswered cannot pass, and names nobody.
  auto pass = app().As("zoucheng", "POST", calls,
                       json::serialize(json::object{{"item_id", item},
                                                    {"method", "phone"},
                                                    {"answered", false},
                                                    {"answerer_name", "张三"},
                                                    {"result", "pass"}}));
  EXPECT_EQ(FieldRulesOf(pass),
            (std::set<std::string>{"result:spot_check_unanswered_pass",
                                   "answerer_name:spot_check_unanswered_answerer"}));
  // Only the agency that made the round records: the city reads it but gets 403; another
  // county gets 404.
  const json::object call{{"item_id", item},   {"method", "phone"}, {"answered", false},
                          {"rings", 12},       {"seconds", 60},     {"result", "fail"},
                          {"notes", "连续拨打值班电话无人接听"}};
  EXPECT_EQ(app().As("jining", "POST", calls, json::serialize(call)).status, 403);
  EXPECT_EQ(app().As("rencheng", "POST", calls, json::serialize(call)).status, 404);
  auto rec = app().As("zoucheng", "POST", calls, json::serialize(call));
  ASSERT_EQ(rec.status, 201) << rec.body;
  const auto& it = rec.obj().at("items").as_array().at(0);
  EXPECT_EQ(it.at("last_result").as_string(), "fail");
  ASSERT_TRUE(it.at("finding_id").is_int64());
  const int64_t finding = it.at("finding_id").as_int64();
  const auto& recorded = it.at("calls").as_array().at(0);
  EXPECT_FALSE(recorded.at("answered").as_bool());
  EXPECT_EQ(recorded.at("rings").as_int64(), 12);
  EXPECT_EQ(recorded.at("phone").as_string(), prefilled);
  EXPECT_EQ(AuditCount("duty_spot_check_round", round, "duty_spot_check_call"), 1);
  // Due: the configured answer period on the working-day calendar, from the call's China day.
  const std::string fpath = "/api/v1/duty-spot-check-findings/" + std::to_string(finding);
  auto got = app().As("mb.principal", "GET", fpath);
  ASSERT_EQ(got.status, 200) << got.body;
  {
    auto db = app().Db();
    const auto due = spot_check::AnswerDueOn(core::ChinaDate(app().clock.Now()),
                                             spot_check::SpotCheckConfig{},
                                             calendar::LoadWorkingCalendar(*db));
    EXPECT_EQ(got.obj().at("due_on").as_string(), core::FormatIsoDate(due));
  }
  EXPECT_EQ(got.obj().at("state").as_string(), "open");
  EXPECT_TRUE(got.obj().at("can_answer").as_bool());
  EXPECT_FALSE(got.obj().at("overdue").as_bool());
  // The enterprise sees it in its list; another enterprise and another county do not.
  auto mine = app().As("mb.principal", "GET", "/api/v1/duty-spot-check-findings?state=waiting");
  ASSERT_EQ(mine.status, 200);
  bool listed = false;
  for (const auto& f : mine.obj().at("items").as_array()) {
    listed |= f.at("id").as_int64() == finding;
    EXPECT_EQ(f.at("unit").at("id").as_int64(), mb);
  }
  EXPECT_TRUE(listed);
  EXPECT_EQ(app().As("hc.principal", "GET", fpath).status, 404);
  EXPECT_EQ(app().As("rencheng", "GET", fpath).status, 404);
  // The enterprise answers; it cannot review; the county returns (a reason is required).
  EXPECT_EQ(FieldRulesOf(app().As("mb.principal", "POST", fpath + "/answer", "{}")),
            (std::set<std::string>{"text:required"}));
  auto ans = app().As("mb.principal", "POST", fpath + "/answer",
                      R"({"text": "值班员离岗未接听，已通报批评并调整排班"})");
  ASSERT_EQ(ans.status, 200) << ans.body;
  EXPECT_EQ(ans.obj().at("state").as_string(), "answered");
  EXPECT_EQ(app().As("mb.principal", "POST", fpath + "/accept", "{}").status, 403);
  EXPECT_EQ(app().As("mb.principal", "POST", fpath + "/answer", R"({"text": "再次"})").status, 409);
  EXPECT_EQ(FieldRulesOf(app().As("zoucheng", "POST", fpath + "/return", "{}")),
            (std::set<std::string>{"text:required"}));
  auto ret = app().As("zoucheng", "POST", fpath + "/return", R"({"text": "请说明整改措施"})");
  ASSERT_EQ(ret.status, 200) << ret.body;
  EXPECT_EQ(ret.obj().at("state").as_string(), "returned");
  ASSERT_EQ(app().As("mb.principal", "POST", fpath + "/answer",
                     R"({"text": "增设值班备用电话并每日自查"})").status, 200);
  auto acc = app().As("zoucheng", "POST", fpath + "/accept", "{}");
  ASSERT_EQ(acc.status, 200) << acc.body;
  EXPECT_EQ(acc.obj().at("state").as_string(), "accepted");
  EXPECT_EQ(app().As("zoucheng", "POST", fpath + "/return", R"({"text": "x"})").status, 409);
  // Appended history, audited.
  const auto& events = acc.obj().at("events").as_array();
  ASSERT_EQ(events.size(), 5u);
  const char* kinds[] = {"opened", "answered", "returned", "answered", "accepted"};
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(events[i].at("kind").as_string(), kinds[i]);
  EXPECT_EQ(AuditCount("duty_spot_check_finding", finding, "duty_spot_check_answer"), 2);
  EXPECT_EQ(AuditCount("duty_spot_check_finding", finding, "duty_spot_check_return"), 1);
  EXPECT_EQ(AuditCount("duty_spot_check_finding", finding, "duty_spot_check_accept"), 1);
  // The enterprise was told.
  auto db = app().Db();
  EXPECT_GT(db->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                      "WHERE u.username = 'mb.principal' AND n.link = ?",
                      {"/emergency/duty-spot-check-findings/" + std::to_string(finding)})
                .Int(0, "n"),
            0);
  // Exports.
  auto x = app().As("zoucheng", "GET", "/api/v1/duty-spot-checks/export");
  EXPECT_EQ(x.status, 200);
  EXPECT_EQ(x.body.substr(0, 2), "PK");  // an xlsx (zip) file
  EXPECT_EQ(app().As("mb.principal", "GET", "/api/v1/duty-spot-check-findings/export").status, 200);
}

TEST_P(DutySpotCheckTest, PhoneAndPersonOnDutyComeFromTheRosterShift) {
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  // A shift of 恒安民爆 long before the demo's rosters: leader mb.principal, officer mb.duty.
  const std::string from = "2001-03-01T00:00:00Z", to = "2001-03-01T12:00:00Z";
  {
    auto db = app().Db();
    const std::string path = PathOf(mb);
    auto user = [&](const char* name) {
      return db->Query("SELECT id FROM users WHERE username = ?", {std::string(name)}).Int(0, "id");
    };
    const int64_t leader = user("mb.principal"), officer = user("mb.duty");
    auto shift = db->Query(
        "INSERT INTO duty_shifts (unit_kind, unit_id, enterprise_id, region_path, duty_date, "
        "label, starts_at, ends_at, phone, created_by, created_at, updated_by, updated_at) VALUES "
        "('enterprise', ?, ?, ?, '2001-03-01', '白班', ?, ?, '0537-5550001', ?, ?, ?, ?) "
        "RETURNING id",
        {mb, mb, path, from, to, leader, from, leader, from});
    const int64_t id = shift.Int(0, "id");
    db->Exec("INSERT INTO duty_shift_members (shift_id, user_id, role, assigned_by, assigned_at) "
             "VALUES (?, ?, 'leader', ?, ?), (?, ?, 'officer', ?, ?)",
             {id, leader, leader, from, id, officer, leader, from});
  }
  const int64_t round = Create("zoucheng", json::object{{"title", "排班核对"}, {"unit_ids", {mb}}});
  auto got = app().As("zoucheng", "GET", "/api/v1/duty-spot-checks/" + std::to_string(round));
  const int64_t item = FirstItem(got);
  auto duty = app().As("zoucheng", "GET", "/api/v1/duty-spot-checks/" + std::to_string(round) +
                                              "/on-duty?item_id=" + std::to_string(item) +
                                              "&at=2001-03-01T03:00:00Z");
  ASSERT_EQ(duty.status, 200) << duty.body;
  const auto& now = duty.obj().at("items").as_array().at(0);
  EXPECT_EQ(now.at("source").as_string(), "roster");
  EXPECT_EQ(now.at("phone").as_string(), "0537-5550001");
  const auto& names = now.at("names").as_array();
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0].as_string(), "恒安民爆 主要负责人");  // the leader first
  EXPECT_EQ(names[1].as_string(), "恒安民爆 值班员");
  const std::string calls = "/api/v1/duty-spot-checks/" + std::to_string(round) + "/calls";
  auto on = app().As("zoucheng", "POST", calls,
                     json::serialize(json::object{{"item_id", item},
                                                  {"called_at", "2001-03-01T03:00:00Z"},
                                                  {"method", "phone"},
                                                  {"answered", true},
                                                  {"answerer_name", "恒安民爆 值班员"},
                                                  {"result", "pass"}}));
  ASSERT_EQ(on.status, 201) << on.body;
  auto off = app().As("zoucheng", "POST", calls,
                      json::serialize(json::object{{"item_id", item},
                                                   {"called_at", "2001-03-01T04:00:00Z"},
                                                   {"method", "video"},
                                                   {"answered", true},
                                                   {"answerer_name", "门卫老李"},
                                                   {"result", "fail"}}));
  ASSERT_EQ(off.status, 201) << off.body;
  const auto& recorded = off.obj().at("items").as_array().at(0).at("calls").as_array();
  ASSERT_EQ(recorded.size(), 2u);  // appended
  EXPECT_EQ(recorded[0].at("phone").as_string(), "0537-5550001");
  EXPECT_TRUE(recorded[0].at("answerer_on_duty").as_bool());
  EXPECT_EQ(recorded[0].at("on_duty_names").as_array().size(), 2u);
  EXPECT_FALSE(recorded[1].at("answerer_on_duty").as_bool());
  EXPECT_EQ(off.obj().at("items").as_array().at(0).at("last_result").as_string(), "fail");
}

TEST_P(DutySpotCheckTest, CityChecksItsCountiesOwnDuty) {
  auto r = app().As("jining", "POST", "/api/v1/duty-spot-checks",
                    json::serialize(json::object{{"title", "县级监管部门值班抽查"},
                                                 {"target_kind", "agency"},
                                                 {"selection", "random"},
                                                 {"count", 50}}));
  ASSERT_EQ(r.status, 201) << r.body;
  int64_t rencheng_item = 0;
  for (const auto& it : r.obj().at("items").as_array()) {
    EXPECT_EQ(it.at("unit").at("kind").as_string(), "agency");
    EXPECT_NE(it.at("unit").at("region_path").as_string(), "/370000/370800/");
    if (it.at("unit").at("region_path").as_string() == "/370000/370800/370811/")
      rencheng_item = it.at("id").as_int64();
  }
  ASSERT_NE(rencheng_item, 0) << r.body;
  const int64_t round = r.obj().at("id").as_int64();
  // A county does not see the city's round, nor check the city (agencies below it only).
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/duty-spot-checks/" + std::to_string(round)).status, 404);
  auto rec = app().As("jining", "POST",
                      "/api/v1/duty-spot-checks/" + std::to_string(round) + "/calls",
                      json::serialize(json::object{{"item_id", rencheng_item},
                                                   {"method", "video"},
                                                   {"answered", true},
                                                   {"answerer_name", "不在排班的人"},
                                                   {"result", "fail"},
                                                   {"notes", "接听人非当班人员"}}));
  ASSERT_EQ(rec.status, 201) << rec.body;
  int64_t finding = 0;
  for (const auto& it : rec.obj().at("items").as_array())
    if (it.at("id").as_int64() == rencheng_item) finding = it.at("finding_id").as_int64();
  ASSERT_NE(finding, 0);
  const std::string fpath = "/api/v1/duty-spot-check-findings/" + std::to_string(finding);
  // The county answers its own finding; another county sees nothing; the city accepts.
  EXPECT_EQ(app().As("zoucheng", "GET", fpath).status, 404);
  auto got = app().As("rencheng", "GET", fpath);
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_TRUE(got.obj().at("can_answer").as_bool());
  EXPECT_FALSE(got.obj().at("can_review").as_bool());
  EXPECT_EQ(app().As("rencheng", "POST", fpath + "/accept", "{}").status, 403);
  ASSERT_EQ(app().As("rencheng", "POST", fpath + "/answer", R"({"text": "已调整带班领导"})").status,
            200);
  auto acc = app().As("jining", "POST", fpath + "/accept", R"({"text": "同意"})");
  ASSERT_EQ(acc.status, 200) << acc.body;
  EXPECT_EQ(acc.obj().at("state").as_string(), "accepted");
}

}  // namespace

ANJIAN_BACKENDS(DutySpotCheckTest);

}  // namespace anjian::test
