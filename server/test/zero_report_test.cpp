// The daily zero report (issue 14 §1) on both databases: a county regulator declares a period
// (POST /api/v1/zero-report-periods) and the enterprises in scope are notified; an enterprise
// reports (POST /api/v1/zero-reports) on time, late (minutes), and corrects (a version
// appended); the board lists who has not reported, scoped in SQL (another county: 404; the city
// above sees it), with counts by region; one click reminds the missing; the job reminds once a
// day and, after the deadline, tells the agency and its superior once; every write audited.
#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "emergency/zero_report/zero_report_service.hpp"

namespace anjian::test {
namespace {

class ZeroReportTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped()) return;
    // 06:00 China time today: today's 09:00 deadline is ahead, yesterday's behind.
    today_ = core::ChinaDate(core::SystemClockInstance().Now());
    app().clock.Set(core::ChinaDayStart(today_) + 6 * 3600);
    app().ForgetTokens();
  }
  std::string Day(int plus) { return core::FormatIsoDate(core::AddDays(today_, plus)); }
  int64_t Declare(const std::string& user, json::object body) {
    auto r = app().As(user, "POST", "/api/v1/zero-report-periods", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  json::object ZouchengMb(const std::string& title) {
    return json::object{{"title", title},
                        {"reason", "holiday"},
                        {"first_date", Day(-1)},
                        {"last_date", Day(3)},
                        {"deadline_time", "09:00"},
                        {"industries", json::array{"civil_explosives_production", "hazardous_chemicals"}}};
  }
  int64_t Count(const std::string& sql, std::vector<storage::Value> params = {}) {
    auto db = app().Db();
    return db->Query(sql, params).Int(0, "n");
  }
  int64_t MbId() {
    return Count("SELECT e.id AS n FROM enterprises e JOIN users u ON u.enterprise_id = e.id "
                 "WHERE u.username = 'mb.principal'");
  }
  int64_t ZouchengMbCount() {
    return Count("SELECT COUNT(*) AS n FROM enterprises WHERE region_code = '370883' AND "
                 "industry IN ('civil_explosives_production', 'hazardous_chemicals') AND "
                 "status = 'active'");
  }
  Resp Report(const std::string& user, int64_t period, json::object body) {
    body["period_id"] = period;
    return app().As(user, "POST", "/api/v1/zero-reports", json::serialize(body));
  }
  core::Date today_;
};

TEST_P(ZeroReportTest, ARegulatorDeclaresAndTheEnterprisesInScopeAreNotified) {
  auto r = app().As("zoucheng", "POST", "/api/v1/zero-report-periods",
                    json::serialize(ZouchengMb("国庆假期零报告")));
  ASSERT_EQ(r.status, 201) << r.body;
  const int64_t id = r.obj().at("id").as_int64();
  EXPECT_EQ(r.obj().at("region_code").as_string(), "370883");  // its own county by default
  EXPECT_EQ(r.obj().at("state").as_string(), "current");
  EXPECT_EQ(r.obj().at("notified_enterprises").as_int64(), ZouchengMbCount());
  EXPECT_GT(ZouchengMbCount(), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                  "WHERE u.username = 'mb.principal' AND n.kind = 'zero_report_declared' AND "
                  "n.title LIKE '%国庆假期零报告%'"),
            1);
  // 润泽化工 (hazardous chemicals, 任城) is in neither the region nor the industries.
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                  "WHERE u.username = 'hc.principal' AND n.title LIKE '%国庆假期零报告%'"),
            0);
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'zero_report_period' AND "
                  "entity_id = ? AND action = 'zero_report_declare'",
                  {std::to_string(id)}),
            1);
  // Visible to the city above, not to another county; enterprises see their own day only.
  const std::string path = "/api/v1/zero-report-periods/" + std::to_string(id);
  EXPECT_EQ(app().As("jining", "GET", path).status, 200);
  EXPECT_EQ(app().As("jining.viewer", "GET", path).status, 200);
  EXPECT_EQ(app().As("rencheng", "GET", path).status, 404);
  EXPECT_EQ(app().As("mb.principal", "GET", path).status, 403);
  // Only regulators declare.
  EXPECT_EQ(app().As("mb.principal", "POST", "/api/v1/zero-report-periods",
                     json::serialize(ZouchengMb("x")))
                .status,
            403);
}

TEST_P(ZeroReportTest, DeclarationErrorsNameFieldAndRule) {
  const int64_t before = Count("SELECT COUNT(*) AS n FROM zero_report_periods");
  auto r = app().As("zoucheng", "POST", "/api/v1/zero-report-periods",
                    json::serialize(json::object{{"title", "两会零报告"},
                                                 {"reason", "meeting"},
                                                 {"first_date", Day(3)},
                                                 {"last_date", Day(1)},
                                                 {"deadline_time", "9:00"},
                                                 {"remind_minutes", 5000},
                                                 {"region_code", "370811"},
                                                 {"industries", json::array{"mining"}}}));
  ASSERT_EQ(r.status, 422) << r.body;
  const auto rules = FieldRulesOf(r);
  for (const char* fr : {"reason:kind_invalid", "last_date:zero_report_dates_order",
                         "deadline_time:zero_report_deadline_time_invalid",
                         "remind_minutes:range", "region_code:region_out_of_scope",
                         "industries:industry_invalid"})
    EXPECT_TRUE(rules.count(fr)) << fr << " in " << r.body;
  auto past = app().As("zoucheng", "POST", "/api/v1/zero-report-periods",
                       json::serialize(json::object{{"title", "过去"},
                                                    {"reason", "other"},
                                                    {"first_date", Day(-5)},
                                                    {"last_date", Day(-1)},
                                                    {"deadline_time", "09:00"}}));
  ASSERT_EQ(past.status, 422) << past.body;
  EXPECT_TRUE(FieldRulesOf(past).count("last_date:zero_report_period_past")) << past.body;
  auto missing = app().As("zoucheng", "POST", "/api/v1/zero-report-periods", "{}");
  ASSERT_EQ(missing.status, 422);
  for (const char* fr : {"title:required", "reason:required", "first_date:required",
                         "last_date:required", "deadline_time:required"})
    EXPECT_TRUE(FieldRulesOf(missing).count(fr)) << fr << " in " << missing.body;
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM zero_report_periods"), before);  // nothing written
}

TEST_P(ZeroReportTest, AnEnterpriseReportsOnTimeLateAndCorrectionsAreAppended) {
  const int64_t id = Declare("zoucheng", ZouchengMb("汛期零报告"));
  // Today at 06:00, before the 09:00 deadline: on time.
  auto r = Report("mb.principal", id, json::object{{"kind", "nothing_abnormal"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.obj().at("report_date").as_string(), Day(0));
  EXPECT_EQ(r.obj().at("status").as_string(), "nothing_abnormal");
  EXPECT_EQ(r.obj().at("late_minutes").as_int64(), 0);
  EXPECT_EQ(r.obj().at("version").as_int64(), 1);
  // Yesterday's, reported now: 21 hours after yesterday's 09:00.
  auto late = Report("mb.principal", id, json::object{{"kind", "nothing_abnormal"},
                                                      {"report_date", Day(-1)}});
  ASSERT_EQ(late.status, 201) << late.body;
  EXPECT_EQ(late.obj().at("late_minutes").as_int64(), 21 * 60);
  // A correction: an event, appended as version 2; the first version stays.
  auto fix = Report("mb.safety", id, json::object{{"kind", "event"},
                                                  {"content", "夜间库房报警一次，经查为误报"}});
  ASSERT_EQ(fix.status, 201) << fix.body;
  EXPECT_EQ(fix.obj().at("version").as_int64(), 2);
  EXPECT_EQ(fix.obj().at("status").as_string(), "event");
  EXPECT_EQ(fix.obj().at("late_minutes").as_int64(), 0);  // the day's first report was on time
  const auto& versions = fix.obj().at("versions").as_array();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].at("kind").as_string(), "nothing_abnormal");
  EXPECT_EQ(versions[1].at("kind").as_string(), "event");
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'zero_report_period' AND "
                  "entity_id = ? AND action = 'zero_report_correct'",
                  {std::to_string(id)}),
            1);
  // The event reaches the declaring agency.
  EXPECT_GE(Count("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                  "WHERE u.username = 'zoucheng' AND n.kind = 'zero_report_event' AND n.link = ?",
                  {"/emergency/zero-report/" + std::to_string(id)}),
            1);
  // The enterprise's card.
  auto today = app().As("mb.principal", "GET", "/api/v1/zero-reports/today");
  ASSERT_EQ(today.status, 200) << today.body;
  bool found = false;
  for (const auto& p : today.obj().at("items").as_array())
    if (p.at("id").as_int64() == id) {
      found = true;
      EXPECT_EQ(p.at("day").at("status").as_string(), "event");
      EXPECT_TRUE(p.at("missing_days").as_array().empty());
    }
  EXPECT_TRUE(found) << today.body;
  // Bad input: an event without text, a day not begun, a day outside, an unknown kind.
  auto bad = Report("mb.principal", id, json::object{{"kind", "event"}, {"content", " "}});
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("content:zero_report_event_text_required")) << bad.body;
  auto future = Report("mb.principal", id, json::object{{"kind", "nothing_abnormal"},
                                                        {"report_date", Day(1)}});
  ASSERT_EQ(future.status, 422);
  EXPECT_TRUE(FieldRulesOf(future).count("report_date:zero_report_day_not_begun")) << future.body;
  auto outside = Report("mb.principal", id, json::object{{"kind", "nothing_abnormal"},
                                                         {"report_date", Day(-2)}});
  ASSERT_EQ(outside.status, 422);
  EXPECT_TRUE(FieldRulesOf(outside).count("report_date:zero_report_day_outside_period"))
      << outside.body;
  auto kind = Report("mb.principal", id, json::object{{"kind", "fine"}});
  ASSERT_EQ(kind.status, 422);
  EXPECT_TRUE(FieldRulesOf(kind).count("kind:kind_invalid")) << kind.body;
  // An enterprise outside the scope cannot report on it.
  EXPECT_EQ(Report("hc.principal", id, json::object{{"kind", "nothing_abnormal"}}).status, 404);
  // The county records one told by phone (电话代报); another county cannot.
  const int64_t other = Count(
      "SELECT MIN(id) AS n FROM enterprises WHERE region_code = '370883' AND "
      "industry = 'hazardous_chemicals' AND id <> ?", {MbId()});
  auto phone = Report("zoucheng", id, json::object{{"kind", "nothing_abnormal"},
                                                   {"enterprise_id", other}});
  ASSERT_EQ(phone.status, 201) << phone.body;
  EXPECT_EQ(phone.obj().at("versions").as_array()[0].at("channel").as_string(), "phone");
  EXPECT_EQ(Report("zoucheng", id, json::object{{"kind", "nothing_abnormal"}}).status, 422);
  EXPECT_EQ(Report("rencheng", id, json::object{{"kind", "nothing_abnormal"},
                                                {"enterprise_id", other}})
                .status,
            404);
}

TEST_P(ZeroReportTest, TheBoardListsTheMissingAndOneClickRemindsThem) {
  const int64_t id = Declare("zoucheng", ZouchengMb("两会期间零报告"));
  const int64_t total = ZouchengMbCount();
  ASSERT_EQ(Report("mb.principal", id, json::object{{"kind", "nothing_abnormal"}}).status, 201);
  const std::string board = "/api/v1/zero-report-periods/" + std::to_string(id) + "/board";
  auto b = app().As("zoucheng", "GET", board + "?status=missing&page_size=100");
  ASSERT_EQ(b.status, 200) << b.body;
  const auto& counts = b.obj().at("counts").as_object();
  EXPECT_EQ(counts.at("total").as_int64(), total);
  EXPECT_EQ(counts.at("reported").as_int64(), 1);
  EXPECT_EQ(counts.at("missing").as_int64(), total - 1);
  EXPECT_EQ(b.obj().at("total").as_int64(), total - 1);
  EXPECT_FALSE(b.obj().at("overdue").as_bool());
  for (const auto& i : b.obj().at("items").as_array()) {
    EXPECT_EQ(i.at("status").as_string(), "missing");
    EXPECT_NE(i.at("enterprise").at("id").as_int64(), MbId());
  }
  int64_t by_region = 0;
  for (const auto& g : b.obj().at("by_region").as_array()) by_region += g.at("total").as_int64();
  EXPECT_EQ(by_region, total);
  // The city above sees the same board; another county does not.
  auto city = app().As("jining", "GET", board + "?status=missing");
  ASSERT_EQ(city.status, 200);
  EXPECT_EQ(city.obj().at("total").as_int64(), total - 1);
  EXPECT_EQ(app().As("rencheng", "GET", board).status, 404);
  // One click: one notification per missing enterprise.
  const std::string remind = "/api/v1/zero-report-periods/" + std::to_string(id) + "/remind";
  auto rm = app().As("zoucheng", "POST", remind, "{}");
  ASSERT_EQ(rm.status, 200) << rm.body;
  EXPECT_EQ(rm.obj().at("reminded").as_int64(), total - 1);
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                  "WHERE u.username = 'mb.principal' AND n.kind = 'zero_report_reminder' AND "
                  "n.title LIKE '%两会期间零报告%'"),
            0);  // 恒安民爆 has reported
  EXPECT_EQ(Count("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'zero_report_period' AND "
                  "entity_id = ? AND action = 'zero_report_remind'",
                  {std::to_string(id)}),
            1);
  EXPECT_EQ(app().As("rencheng", "POST", remind, "{}").status, 404);
  EXPECT_EQ(app().As("jining.viewer", "POST", remind, "{}").status, 403);
  // Export of the day's board.
  auto x = app().As("zoucheng", "GET", board + "/export");
  ASSERT_EQ(x.status, 200);
  EXPECT_NE(x.Header("Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_EQ(x.body.substr(0, 2), "PK");  // an xlsx is a zip
  // The period's history: yesterday all missing, today one reported.
  auto d = app().As("zoucheng", "GET", "/api/v1/zero-report-periods/" + std::to_string(id));
  ASSERT_EQ(d.status, 200);
  const auto& days = d.obj().at("days").as_array();
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0].at("missing").as_int64(), total);
  EXPECT_TRUE(days[0].at("overdue").as_bool());
  EXPECT_EQ(days[1].at("reported").as_int64(), 1);
}

TEST_P(ZeroReportTest, TheJobRemindsOnceADayAndTellsTheSuperiorAfterTheDeadline) {
  const int64_t id = Declare("zoucheng", ZouchengMb("预警期间零报告"));
  const int64_t total = ZouchengMbCount();
  const int64_t deadline = core::ChinaDayStart(today_) + 9 * 3600;
  auto conn = app().Db();
  auto run = [&](int64_t at) {
    core::ManualClock clock(at);
    notifications::PendingPushes pushes(clock);
    return zero_report::RunZeroReportJob(*conn, pushes, at);
  };
  auto reminders = [&] {
    return conn->Query("SELECT COUNT(*) AS n FROM zero_report_reminders WHERE period_id = ?", {id})
        .Int(0, "n");
  };
  auto escalations = [&](const std::string& day) {
    return conn
        ->Query("SELECT COUNT(*) AS n FROM zero_report_escalations WHERE period_id = ? AND "
                "report_date = ?",
                {id, day})
        .Int(0, "n");
  };
  // Before the window (more than 2 hours ahead): no reminder for today.
  run(deadline - 3 * 3600);
  EXPECT_EQ(reminders(), 0);
  // Yesterday's deadline has passed: the county and the city above are told once.
  EXPECT_EQ(escalations(Day(-1)), 2);
  ASSERT_EQ(Report("mb.principal", id, json::object{{"kind", "nothing_abnormal"}}).status, 201);
  run(deadline - 60 * 60);
  EXPECT_EQ(reminders(), total - 1);  // every enterprise not reported yet, once
  run(deadline - 30 * 60);
  EXPECT_EQ(reminders(), total - 1);  // nothing sent twice
  EXPECT_EQ(escalations(Day(0)), 0);
  run(deadline + 60);
  EXPECT_EQ(escalations(Day(0)), total > 1 ? 2 : 0);
  run(deadline + 3600);
  EXPECT_EQ(escalations(Day(0)), total > 1 ? 2 : 0);
  EXPECT_EQ(conn->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = "
                        "n.user_id WHERE u.username = 'jining' AND n.kind = 'zero_report_overdue' "
                        "AND n.body LIKE ?",
                        {"%预警期间零报告%"})
                .Int(0, "n"),
            total > 1 ? 2 : 1);
}

}  // namespace

ANJIAN_BACKENDS(ZeroReportTest);

}  // namespace anjian::test
