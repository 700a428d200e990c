// Accident investigation and statistics (issue 14 §4) on both databases: who leads and may record
// the investigation by grade, the 60 (+60) day report and 15-day approval deadlines in the answer,
// the rules naming their fields, every version kept and audited, a finding that becomes a hidden
// danger in one click (through ReportHiddenDanger, flagged for the credit list, once), scoping
// (404 outside), and the statistics by grade, type, industry, region and month with the
// timeliness per agency, aggregated in the caller's scope.
#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"

namespace anjian::test {
namespace {

class AccidentInvestigationTest : public ApiTest {
 protected:
  std::string Ago(int64_t seconds) { return core::IsoFromUnix(app().clock.Now() - seconds); }
  std::string DayAgo(int64_t days) { return core::ChinaIsoDate(app().clock.Now() - days * 86400); }
  int64_t Report(const std::string& user, const json::object& body) {
    auto r = app().As(user, "POST", "/api/v1/accidents", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  int64_t AuditCount(int64_t id, const std::string& action) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'accident' AND "
                     "entity_id = ? AND action = ?",
                     {std::to_string(id), action})
        .Int(0, "n");
  }
};

TEST_P(AccidentInvestigationTest, CountyRecordsTheInvestigationOfAnOrdinaryAccident) {
  const int64_t id = Report("mb.safety", json::object{{"occurred_at", Ago(3 * 86400)},
                                                      {"title", "调查测试：工人手部压伤"},
                                                      {"accident_type", "03"},
                                                      {"serious_injuries", 1}});
  const std::string path = "/api/v1/accidents/" + std::to_string(id) + "/investigation";
  auto empty = app().As("mb.safety", "GET", path);
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_EQ(empty.obj().at("leader").as_string(), "county");
  EXPECT_TRUE(empty.obj().at("record").is_null());
  EXPECT_FALSE(empty.obj().at("may_record").as_bool());
  EXPECT_EQ(empty.obj().at("report_deadline").at("status").as_string(), "pending");
  // 60 days from the accident's day, to 24:00.
  EXPECT_EQ(empty.obj().at("report_deadline").at("last_day").as_string(),
            core::ChinaIsoDate(app().clock.Now() - 3 * 86400 + 60 * 86400));
  EXPECT_TRUE(empty.obj().at("approval_deadline").is_null());
  // An enterprise may not record; another county does not see it.
  EXPECT_EQ(app().As("mb.principal", "PUT", path, R"({"team_leader":"甲"})").status, 403);
  EXPECT_EQ(app().As("rencheng", "GET", path).status, 404);
  EXPECT_EQ(app().As("rencheng", "PUT", path, R"({"team_leader":"甲"})").status, 404);
  // The rules name their fields.
  auto bad = app().As("zoucheng", "PUT", path,
                      json::serialize(json::object{{"team_leader", ""},
                                                   {"started_on", DayAgo(5)},
                                                   {"extension_days", 61},
                                                   {"approved_on", DayAgo(0)}}));
  ASSERT_EQ(bad.status, 422) << bad.body;
  const auto rules = FieldRulesOf(bad);
  EXPECT_TRUE(rules.count("team_leader:required")) << bad.body;
  EXPECT_TRUE(rules.count("started_on:investigation_date_before_accident")) << bad.body;
  EXPECT_TRUE(rules.count("extension_days:investigation_extension_too_long")) << bad.body;
  EXPECT_TRUE(rules.count("extension_reason:required")) << bad.body;
  EXPECT_TRUE(rules.count("approved_on:investigation_approval_needs_report")) << bad.body;
  EXPECT_EQ(AuditCount(id, "accident_investigation"), 0);
  // The county records it, then extends it and submits the report: the approval clock starts.
  auto put = app().As("zoucheng", "PUT", path,
                      json::serialize(json::object{{"team_leader", "邹城市应急局 副局长"},
                                                   {"team_members", "应急、公安、工会、工信"},
                                                   {"started_on", DayAgo(2)},
                                                   {"report_file_id", nullptr}}));
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_TRUE(put.obj().at("may_record").as_bool());
  EXPECT_EQ(put.obj().at("record").at("version").as_int64(), 1);
  EXPECT_FALSE(put.obj().at("record").at("lead_agency").is_null());
  auto ext = app().As("zoucheng", "PUT", path,
                      json::serialize(json::object{{"team_leader", "邹城市应急局 副局长"},
                                                   {"started_on", DayAgo(2)},
                                                   {"extension_days", 30},
                                                   {"extension_reason", "技术鉴定"},
                                                   {"report_submitted_on", DayAgo(1)},
                                                   {"cause", "违章作业"},
                                                   {"measures", "停产整顿"}}));
  ASSERT_EQ(ext.status, 200) << ext.body;
  EXPECT_EQ(ext.obj().at("record").at("version").as_int64(), 2);
  EXPECT_EQ(ext.obj().at("report_deadline").at("status").as_string(), "done");
  EXPECT_EQ(ext.obj().at("report_deadline").at("last_day").as_string(),
            core::ChinaIsoDate(app().clock.Now() - 3 * 86400 + 90 * 86400));
  ASSERT_TRUE(ext.obj().at("approval_deadline").is_object());
  EXPECT_EQ(ext.obj().at("approval_deadline").at("last_day").as_string(),
            core::ChinaIsoDate(app().clock.Now() - 86400 + 15 * 86400));
  EXPECT_EQ(ext.obj().at("changes").as_array().size(), 2u);
  EXPECT_EQ(AuditCount(id, "accident_investigation"), 2);
  // The city above may read and record it too; the enterprise reads it.
  EXPECT_EQ(app().As("jining", "GET", path).status, 200);
  EXPECT_EQ(app().As("mb.safety", "GET", path).obj().at("record").at("cause").as_string(),
            "违章作业");
}

TEST_P(AccidentInvestigationTest, ALargeAccidentIsLedByTheCityNotTheCounty) {
  const int64_t id = Report("mb.safety", json::object{{"occurred_at", Ago(86400)},
                                                      {"title", "调查测试：爆炸三人死亡"},
                                                      {"deaths", 3}});
  const std::string path = "/api/v1/accidents/" + std::to_string(id) + "/investigation";
  auto got = app().As("zoucheng", "GET", path);
  EXPECT_EQ(got.obj().at("leader").as_string(), "city");
  EXPECT_FALSE(got.obj().at("may_record").as_bool());
  auto county = app().As("zoucheng", "PUT", path,
                         json::serialize(json::object{{"team_leader", "甲"}, {"started_on", DayAgo(0)}}));
  EXPECT_EQ(county.status, 409) << county.body;
  EXPECT_NE(county.obj().at("message_zh").as_string().find("设区的市级"), std::string::npos)
      << county.body;
  auto city = app().As("jining", "PUT", path,
                       json::serialize(json::object{{"team_leader", "济宁市政府 副市长"}, {"started_on", DayAgo(0)}}));
  EXPECT_EQ(city.status, 200) << city.body;
}

TEST_P(AccidentInvestigationTest, AFindingBecomesAHiddenDangerInOneClickOnce) {
  const int64_t id = Report("mb.safety", json::object{{"occurred_at", Ago(2 * 86400)},
                                                      {"title", "调查测试：装药机故障伤人"},
                                                      {"accident_type", "04"},
                                                      {"address", "装药工房"},
                                                      {"serious_injuries", 2}});
  const std::string path = "/api/v1/accidents/" + std::to_string(id) + "/investigation";
  // No finding before the investigation is recorded.
  auto early = app().As("zoucheng", "POST", path + "/findings",
                        R"({"kind":"direct_cause","title":"防护装置被拆除"})");
  EXPECT_EQ(early.status, 409) << early.body;
  ASSERT_EQ(app().As("zoucheng", "PUT", path,
                     json::serialize(json::object{{"team_leader", "乙"}, {"started_on", DayAgo(1)}}))
                .status,
            200);
  auto bad = app().As("zoucheng", "POST", path + "/findings", R"({"kind":"cause","title":""})");
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("kind:kind_invalid")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("title:required")) << bad.body;
  auto f = app().As("zoucheng", "POST", path + "/findings",
                    json::serialize(json::object{{"kind", "violation"},
                                                 {"title", "装药机防护联锁装置被拆除"},
                                                 {"description", "为提高产量擅自拆除联锁"},
                                                 {"responsible", "生产车间主任"},
                                                 {"credit_relevant", true}}));
  ASSERT_EQ(f.status, 201) << f.body;
  const auto& finding = f.obj().at("findings").as_array().at(0).as_object();
  EXPECT_TRUE(finding.at("credit_relevant").as_bool());
  EXPECT_TRUE(finding.at("hidden_danger_id").is_null());
  const std::string fid = std::to_string(finding.at("id").as_int64());
  // Another county: 404; the enterprise: 403.
  EXPECT_EQ(app().As("rencheng", "POST", path + "/findings/" + fid + "/hidden-danger").status, 404);
  EXPECT_EQ(app().As("mb.safety", "POST", path + "/findings/" + fid + "/hidden-danger").status, 403);
  auto hd = app().As("zoucheng", "POST", path + "/findings/" + fid + "/hidden-danger");
  ASSERT_EQ(hd.status, 201) << hd.body;
  const int64_t hd_id = hd.obj().at("hidden_danger_id").as_int64();
  EXPECT_EQ(hd.obj().at("findings").as_array().at(0).at("hidden_danger_id").as_int64(), hd_id);
  EXPECT_FALSE(hd.obj().at("findings").as_array().at(0).at("hidden_danger_number").as_string().empty());
  // The hidden danger is the enterprise's, registered by the regulator (referral from the team).
  auto h = app().As("mb.safety", "GET", "/api/v1/hidden-dangers/" + std::to_string(hd_id));
  ASSERT_EQ(h.status, 200) << h.body;
  EXPECT_EQ(h.obj().at("title").as_string(), "装药机防护联锁装置被拆除");
  EXPECT_EQ(h.obj().at("source").as_string(), "referral");
  EXPECT_EQ(h.obj().at("accident_type").as_string(), "04");
  // Once only.
  auto again = app().As("zoucheng", "POST", path + "/findings/" + fid + "/hidden-danger");
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(AuditCount(id, "accident_finding"), 1);
  EXPECT_EQ(AuditCount(id, "accident_finding_hidden_danger"), 1);
  auto db = app().Db();
  EXPECT_EQ(db->Query("SELECT COUNT(*) AS n FROM hidden_dangers WHERE id = ?", {hd_id}).Int(0, "n"), 1);
}

// 88号令 art. 36(五): the rescue revealed a major problem of the plans — every plan of the enterprise
// in force requires revision, the accident named as the source, and the investigation lists them.
TEST_P(AccidentInvestigationTest, AnEmergencyResponseFindingRequiresThePlansRevision) {
  const int64_t id = Report("mb.safety", json::object{{"occurred_at", Ago(2 * 86400)},
                                                      {"title", "调查测试：库房起火处置迟缓"},
                                                      {"accident_type", "12"},
                                                      {"serious_injuries", 1}});
  const std::string path = "/api/v1/accidents/" + std::to_string(id) + "/investigation";
  ASSERT_EQ(app().As("zoucheng", "PUT", path,
                     json::serialize(json::object{{"team_leader", "丙"}, {"started_on", DayAgo(1)}}))
                .status,
            200);
  auto in_force = [&] {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM emergency_plans p JOIN users u ON "
                     "u.enterprise_id = p.enterprise_id WHERE u.username = 'mb.safety' AND "
                     "p.status IN ('published', 'filing_submitted', 'returned', 'filed')")
        .Int(0, "n");
  };
  const int64_t plans = in_force();
  ASSERT_GT(plans, 0);  // the demo's plans of 恒安民爆
  auto f = app().As("zoucheng", "POST", path + "/findings",
                    json::serialize(json::object{{"kind", "emergency_response"},
                                                 {"title", "现场处置方案未明确断电程序"}}));
  ASSERT_EQ(f.status, 201) << f.body;
  EXPECT_EQ(in_force(), 0);
  const auto& revised = f.obj().at("revised_plans").as_array();
  EXPECT_EQ(static_cast<int64_t>(revised.size()), plans);
  ASSERT_FALSE(revised.empty());
  EXPECT_EQ(revised[0].at("status").as_string(), "revision_required");
  auto plan = app().As("mb.safety", "GET",
                       "/api/v1/emergency-plans/" + std::to_string(revised[0].at("id").as_int64()));
  ASSERT_EQ(plan.status, 200) << plan.body;
  const auto& revision = plan.obj().at("revision");
  EXPECT_EQ(revision.at("source_kind").as_string(), "response");
  EXPECT_EQ(revision.at("source_id").as_int64(), id);
  EXPECT_EQ(revision.at("cause").as_string(), "drill_or_response");
  EXPECT_NE(revision.at("note").as_string().find("现场处置方案未明确断电程序"), std::string::npos)
      << plan.body;
}

TEST_P(AccidentInvestigationTest, TheReportFileIsVisibleWithTheAccident) {
  const int64_t id = Report("mb.safety", json::object{{"occurred_at", Ago(86400)},
                                                      {"title", "调查测试：报告附件"}});
  const std::string png(
      "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00"
      "\x00\x01\x08\x00\x00\x00\x00\x3a\x7e\x9b\x55\x00\x00\x00\x0a\x49\x44\x41\x54\x78\x9c\x63"
      "\x60\x00\x00\x00\x02\x00\x01\x48\xaf\xa4\x71\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60"
      "\x82",
      67);
  auto up = app().Call("POST", "/api/v1/files", png, app().Token("zoucheng"),
                       {{"X-Filename", "report-scan.png"}, {"Content-Type", "image/png"}});
  ASSERT_EQ(up.status, 201) << up.body;
  const int64_t file = up.obj().at("id").as_int64();
  const std::string path = "/api/v1/accidents/" + std::to_string(id) + "/investigation";
  auto put = app().As("zoucheng", "PUT", path,
                      json::serialize(json::object{{"team_leader", "丙"},
                                                   {"started_on", DayAgo(0)},
                                                   {"report_submitted_on", DayAgo(0)},
                                                   {"report_file_id", file}}));
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.obj().at("record").at("report_file").at("id").as_int64(), file);
  EXPECT_EQ(app().As("mb.safety", "GET", "/api/v1/files/" + std::to_string(file)).status, 200);
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/files/" + std::to_string(file)).status, 404);
}

TEST_P(AccidentInvestigationTest, StatisticsByGradeTypeIndustryRegionMonthAndTimeliness) {
  // A 较大 fire in 邹城 today, forwarded by the county 3 hours late.
  const int64_t id = Report("mb.safety", json::object{{"occurred_at", Ago(6 * 3600)},
                                                      {"title", "统计测试：仓库火灾"},
                                                      {"accident_type", "08"},
                                                      {"deaths", 3}});
  ASSERT_NE(id, 0);
  ASSERT_EQ(app().As("zoucheng", "POST", "/api/v1/accidents/" + std::to_string(id) + "/forward").status, 200);
  auto city = app().As("jining", "GET", "/api/v1/accidents/statistics");
  ASSERT_EQ(city.status, 200) << city.body;
  const auto& o = city.obj();
  const int64_t total = o.at("totals").at("count").as_int64();
  EXPECT_GE(total, 1);
  int64_t by_grade = 0, by_month = 0, by_type = 0, by_region = 0, large = 0;
  for (const auto& g : o.at("by_grade").as_array()) {
    by_grade += g.at("count").as_int64();
    if (g.at("grade").as_string() == "large") large = g.at("count").as_int64();
  }
  for (const auto& g : o.at("by_month").as_array()) by_month += g.at("count").as_int64();
  for (const auto& g : o.at("by_type").as_array()) by_type += g.at("count").as_int64();
  bool zoucheng_named = false;
  for (const auto& g : o.at("by_region").as_array()) {
    by_region += g.at("count").as_int64();
    zoucheng_named |= g.at("label").as_string() == "邹城市";
  }
  EXPECT_EQ(by_grade, total);
  EXPECT_EQ(by_month, total);
  EXPECT_EQ(by_type, total);
  EXPECT_EQ(by_region, total);
  EXPECT_GE(large, 1);
  EXPECT_TRUE(zoucheng_named) << city.body;
  EXPECT_EQ(o.at("by_month").as_array().size(), 12u);
  EXPECT_EQ(o.at("by_grade").as_array().size(), 4u);
  bool county_row = false;
  for (const auto& t : o.at("timeliness").as_array())
    if (t.at("agency_name").as_string() == "邹城市工业和信息化局") {
      county_row = true;
      EXPECT_GE(t.at("steps").as_int64(), 1);
    }
  EXPECT_TRUE(county_row) << city.body;
  // Scoped in SQL: 任城 counts none of 邹城's; an enterprise only its own.
  auto ren = app().As("rencheng", "GET", "/api/v1/accidents/statistics");
  ASSERT_EQ(ren.status, 200);
  for (const auto& g : ren.obj().at("by_region").as_array())
    EXPECT_NE(g.at("label").as_string(), "邹城市");
  EXPECT_LT(ren.obj().at("totals").at("count").as_int64(), total);
  auto own = app().As("hc.safety", "GET", "/api/v1/accidents/statistics");
  ASSERT_EQ(own.status, 200);
  EXPECT_LE(own.obj().at("totals").at("count").as_int64(), ren.obj().at("totals").at("count").as_int64());
  // The region filter and the period.
  auto zc = app().As("jining", "GET", "/api/v1/accidents/statistics?region=370883");
  ASSERT_EQ(zc.status, 200);
  EXPECT_EQ(zc.obj().at("by_region").as_array().size(), 1u);
  const std::string day_of = core::ChinaIsoDate(app().clock.Now() - 6 * 3600);  // the fire's China day
  auto day = app().As("jining", "GET", "/api/v1/accidents/statistics?from=" + day_of + "&to=" + day_of);
  ASSERT_EQ(day.status, 200);
  EXPECT_EQ(day.obj().at("by_month").as_array().size(), 1u);
  EXPECT_GE(day.obj().at("totals").at("count").as_int64(), 1);
  // Bad filters name the field.
  auto bad = app().As("jining", "GET", "/api/v1/accidents/statistics?from=2026-13-01&region=999999");
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("from:date_invalid")) << bad.body;
  auto reversed = app().As("jining", "GET", "/api/v1/accidents/statistics?from=2026-05-02&to=2026-05-01");
  EXPECT_TRUE(FieldRulesOf(reversed).count("from:statistics_period_invalid")) << reversed.body;
  auto unknown = app().As("jining", "GET", "/api/v1/accidents/statistics?region=999999");
  EXPECT_TRUE(FieldRulesOf(unknown).count("region:region_unknown")) << unknown.body;
  auto x = app().As("jining", "GET", "/api/v1/accidents/statistics/export");
  EXPECT_EQ(x.status, 200);
  EXPECT_EQ(app().As("sysadmin", "GET", "/api/v1/accidents/statistics").status, 403);
}

}  // namespace

ANJIAN_BACKENDS(AccidentInvestigationTest);

}  // namespace anjian::test
