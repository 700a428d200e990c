// The quarterly and annual hidden-danger report (隐患排查治理情况统计分析报告, 16号令): figures
// computed by the server that match the hidden-danger list, the principal's signature (any other
// account 403), submission to the regulator in direct charge (notified), corrections as new
// versions, the regulator's overview of its subtree with late ones marked, reminders and export,
// and out-of-scope reports answering 404. Both databases.
#include "api_harness.hpp"

#include "core/china_time.hpp"
#include "platform/api/request.hpp"

namespace anjian::test {
namespace {

constexpr const char* kQ3 = R"({"period_kind":"quarter","year":2026,"quarter":3})";

class HiddenDangerReportTest : public ApiTest {
 protected:
  int64_t EnterpriseOf(const std::string& username) {
    auto db = app().Db();
    return db->Query("SELECT enterprise_id FROM users WHERE username = ?", {username})
        .Int(0, "enterprise_id");
  }
  int64_t UserId(const std::string& username) {
    auto db = app().Db();
    return db->Query("SELECT id FROM users WHERE username = ?", {username}).Int(0, "id");
  }
  int64_t NotificationsOf(const std::string& username, const std::string& kind) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND kind = ?",
                     {UserId(username), kind})
        .Int(0, "n");
  }
  int64_t Audits(const std::string& action) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'hidden_danger_report' "
                     "AND action = ?",
                     {action})
        .Int(0, "n");
  }
  // The county regulator whose subtree does not hold the enterprise.
  std::string ForeignCounty(int64_t enterprise_id) {
    auto db = app().Db();
    const std::string path =
        db->Query("SELECT region_path FROM enterprises WHERE id = ?", {enterprise_id})
            .Text(0, "region_path");
    return path.find("/370811/") != std::string::npos ? "zoucheng" : "rencheng";
  }
  int64_t ListTotal(const std::string& user, const std::string& query) {
    auto r = app().As(user, "GET", "/api/v1/hidden-dangers?page_size=1&" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.obj().at("total").as_int64();
  }
  // A draft for 2026 Q3 of the user's enterprise (generated, or the one already open).
  json::object Draft(const std::string& user) {
    auto r = app().As(user, "POST", "/api/v1/hidden-danger-reports", kQ3);
    if (r.status == 409) {
      auto list = app().As(user, "GET", "/api/v1/hidden-danger-reports?period_key=2026-Q3");
      for (const auto& i : list.obj().at("items").as_array())
        if (i.at("state") == "draft")
          return app()
              .As(user, "GET", "/api/v1/hidden-danger-reports/" +
                                   std::to_string(i.at("id").as_int64()))
              .obj();
    }
    EXPECT_EQ(r.status, 201) << r.body;
    return r.obj();
  }
};

TEST_P(HiddenDangerReportTest, FiguresAreComputedAndMatchTheHiddenDangerList) {
  const int64_t ent = EnterpriseOf("mb.safety");
  // One hidden danger found inside the quarter, so the figures are not all zero.
  auto hd = app().As("mb.safety", "POST", "/api/v1/hidden-dangers",
                     R"({"title":"报告测试：避雷设施检测过期","hazard_factor":"2","found_on":"2026-08-10"})");
  ASSERT_EQ(hd.status, 201) << hd.body;
  auto d = Draft("mb.safety");
  EXPECT_EQ(d.at("state"), "draft");
  EXPECT_EQ(d.at("period").at("label_zh"), "2026年第三季度");
  EXPECT_EQ(d.at("content_hash").as_string().size(), 64u);
  // Deadline: 15 days after 2026-09-30 (a setting, with its source).
  EXPECT_EQ(d.at("deadline").at("last_day"), "2026-10-15");
  EXPECT_NE(std::string(d.at("deadline").at("source_zh").as_string()).find("第二百零一条"),
            std::string::npos);
  const auto& f = d.at("figures").as_object();
  const std::string e = "enterprise_id=" + std::to_string(ent);
  const std::string in_q = "found_from=2026-07-01&found_to=2026-09-30";
  EXPECT_GE(f.at("found").at("total").as_int64(), 1);
  EXPECT_EQ(f.at("found").at("total").as_int64(), ListTotal("mb.safety", e + "&" + in_q));
  for (const char* level : {"major", "ordinary", "unassessed"})
    EXPECT_EQ(f.at("found").at(level).as_int64(),
              ListTotal("mb.safety", e + "&" + in_q + "&level=" + level))
        << level;
  EXPECT_EQ(f.at("closed").at("total").as_int64(),
            ListTotal("mb.safety", e + "&closed_from=2026-07-01&closed_to=2026-09-30"));
  EXPECT_EQ(f.at("open").at("total").as_int64(),
            ListTotal("mb.safety", e + "&open=true&found_to=2026-09-30"));
  EXPECT_EQ(f.at("overdue").at("total").as_int64(),
            ListTotal("mb.safety", e + "&overdue=true&found_to=2026-09-30"));
  // The regulator sees the same figures in its own list of the enterprise.
  EXPECT_EQ(f.at("found").at("total").as_int64(), ListTotal("jining", e + "&" + in_q));
  // A period not ended yet, bad periods, and a regulator generating: refused.
  const std::string next_year = std::to_string(core::ChinaDate(app().clock.Now()).year + 1);
  auto early = app().As("mb.safety", "POST", "/api/v1/hidden-danger-reports",
                        R"({"period_kind":"year","year":)" + next_year + "}");
  EXPECT_EQ(early.status, 422) << early.body;
  EXPECT_TRUE(FieldRulesOf(early).count("year:period_not_ended")) << early.body;
  auto bad = app().As("mb.safety", "POST", "/api/v1/hidden-danger-reports",
                      R"({"period_kind":"month","year":1999,"quarter":2})");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("period_kind:kind_invalid")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("year:range")) << bad.body;
  auto year_q = app().As("mb.safety", "POST", "/api/v1/hidden-danger-reports",
                         R"({"period_kind":"year","year":2025,"quarter":1})");
  EXPECT_TRUE(FieldRulesOf(year_q).count("quarter:quarter_not_allowed")) << year_q.body;
  EXPECT_EQ(app().As("jining", "POST", "/api/v1/hidden-danger-reports", kQ3).status, 403);
  // A second draft of the same period: 409 naming the open one.
  EXPECT_EQ(app().As("mb.safety", "POST", "/api/v1/hidden-danger-reports", kQ3).status, 409);
}

TEST_P(HiddenDangerReportTest, OnlyThePrincipalSignsAndTheRegulatorIsNotified) {
  auto d = Draft("mb.safety");
  const std::string id = std::to_string(d.at("id").as_int64());
  const std::string path = "/api/v1/hidden-danger-reports/" + id;
  const std::string hash(d.at("content_hash").as_string());
  // Out of scope: another enterprise, a foreign county, and a regulator before submission.
  const int64_t ent = d.at("enterprise_id").as_int64();
  EXPECT_EQ(app().As("hc.principal", "GET", path).status, 404);
  EXPECT_EQ(app().As("hc.principal", "POST", path + "/sign", R"({"content_hash":")" + hash + "\"}")
                .status,
            404);
  EXPECT_EQ(app().As(ForeignCounty(ent), "GET", path).status, 404);
  EXPECT_EQ(app().As("jining", "GET", path).status, 404);  // a draft is the enterprise's own
  // The safety officer is not the principal: 403 with the rule and both languages.
  auto officer = app().As("mb.safety", "POST", path + "/sign",
                          R"({"content_hash":")" + hash + "\"}");
  EXPECT_EQ(officer.status, 403) << officer.body;
  EXPECT_NE(officer.body.find("only the enterprise's principal"), std::string::npos);
  EXPECT_NE(officer.body.find("主要负责人"), std::string::npos);
  // The principal cannot sign without the analysis and next measures.
  if (d.at("analysis").as_string().empty()) {
    auto empty = app().As("mb.principal", "POST", path + "/sign",
                          R"({"content_hash":")" + hash + "\"}");
    EXPECT_EQ(empty.status, 422) << empty.body;
    EXPECT_TRUE(FieldRulesOf(empty).count("analysis:required")) << empty.body;
  }
  auto edit = app().As("mb.safety", "PUT", path,
                       R"({"analysis":"本季度排查发现隐患已按期整改。","next_measures":"加强防雷设施检测。"})");
  ASSERT_EQ(edit.status, 200) << edit.body;
  const std::string new_hash(edit.obj().at("content_hash").as_string());
  EXPECT_NE(new_hash, hash);
  // The hash the principal was shown must be the current one.
  auto stale = app().As("mb.principal", "POST", path + "/sign", R"({"content_hash":")" + hash + "\"}");
  EXPECT_EQ(stale.status, 422);
  EXPECT_TRUE(FieldRulesOf(stale).count("content_hash:report_content_changed")) << stale.body;
  // Submitting before the signature: 409.
  EXPECT_EQ(app().As("mb.safety", "POST", path + "/submit").status, 409);
  const int64_t signs = Audits("sign_hidden_danger_report");
  auto signed_ = app().As("mb.principal", "POST", path + "/sign",
                          R"({"content_hash":")" + new_hash + "\"}");
  ASSERT_EQ(signed_.status, 200) << signed_.body;
  EXPECT_EQ(signed_.obj().at("state"), "signed");
  EXPECT_EQ(std::string(signed_.obj().at("signed_hash").as_string()), new_hash);
  EXPECT_FALSE(signed_.obj().at("signed_at").is_null());
  EXPECT_EQ(Audits("sign_hidden_danger_report"), signs + 1);
  // Signed content is frozen.
  EXPECT_EQ(app().As("mb.safety", "PUT", path, R"({"analysis":"改","next_measures":"改"})").status,
            409);
  // Submitted: the regulator in direct charge is notified and now reads it.
  const int64_t regulator_before =
      NotificationsOf("jining", "hidden_danger_report") +
      NotificationsOf("rencheng", "hidden_danger_report") +
      NotificationsOf("zoucheng", "hidden_danger_report");
  auto sub = app().As("mb.safety", "POST", path + "/submit");
  ASSERT_EQ(sub.status, 200) << sub.body;
  EXPECT_EQ(sub.obj().at("state"), "submitted");
  EXPECT_EQ(sub.obj().at("submission_status"), "late");  // after 2026-10-15
  EXPECT_GT(NotificationsOf("jining", "hidden_danger_report") +
                NotificationsOf("rencheng", "hidden_danger_report") +
                NotificationsOf("zoucheng", "hidden_danger_report"),
            regulator_before);
  auto seen = app().As("jining", "GET", path);
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(std::string(seen.obj().at("signed_hash").as_string()), new_hash);
  EXPECT_FALSE(seen.obj().at("can_sign").as_bool());
  EXPECT_EQ(app().As(ForeignCounty(ent), "GET", path).status, 404);
  // The history: generate, update, sign, submit.
  std::vector<std::string> actions;
  for (const auto& e : sub.obj().at("events").as_array())
    actions.push_back(std::string(e.at("action").as_string()));
  ASSERT_GE(actions.size(), 4u);
  EXPECT_EQ(actions.front(), "generate");
  EXPECT_EQ(actions.back(), "submit");
  // A correction is a new version; the submitted one stays as it was.
  auto v2 = app().As("mb.safety", "POST", "/api/v1/hidden-danger-reports", kQ3);
  ASSERT_EQ(v2.status, 201) << v2.body;
  EXPECT_EQ(v2.obj().at("version").as_int64(), sub.obj().at("version").as_int64() + 1);
  EXPECT_EQ(v2.obj().at("analysis"), "本季度排查发现隐患已按期整改。");
  auto old = app().As("mb.safety", "GET", path);
  EXPECT_EQ(old.obj().at("state"), "submitted");
  EXPECT_EQ(std::string(old.obj().at("content_hash").as_string()), new_hash);
  // The regulator's view of the versions holds only submitted ones.
  auto reg = app().As("jining", "GET", path);
  for (const auto& v : reg.obj().at("versions").as_array()) EXPECT_EQ(v.at("state"), "submitted");
}

TEST_P(HiddenDangerReportTest, TheRegulatorSeesWhoSubmittedRemindsAndExports) {
  // Make sure 恒安民爆 has submitted 2026 Q3 (the other test may run first or not).
  auto list = app().As("mb.safety", "GET", "/api/v1/hidden-danger-reports?period_key=2026-Q3");
  bool submitted = false;
  for (const auto& i : list.obj().at("items").as_array())
    submitted = submitted || i.at("state") == "submitted";
  if (!submitted) {
    auto d = Draft("mb.safety");
    const std::string path = "/api/v1/hidden-danger-reports/" + std::to_string(d.at("id").as_int64());
    auto e = app().As("mb.safety", "PUT", path, R"({"analysis":"分析","next_measures":"措施"})");
    ASSERT_EQ(e.status, 200) << e.body;
    ASSERT_EQ(app().As("mb.principal", "POST", path + "/sign",
                       R"({"content_hash":")" + std::string(e.obj().at("content_hash").as_string()) + "\"}")
                  .status,
              200);
    ASSERT_EQ(app().As("mb.safety", "POST", path + "/submit").status, 200);
  }
  const int64_t mb = EnterpriseOf("mb.safety"), hc = EnterpriseOf("hc.principal");
  const std::string q = "/api/v1/hidden-danger-reports/overview?period_kind=quarter&year=2026&quarter=3";
  auto r = app().As("jining", "GET", q + "&page_size=200");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("deadline").at("last_day"), "2026-10-15");
  const auto& counts = r.obj().at("counts").as_object();
  EXPECT_EQ(counts.at("enterprises").as_int64(),
            counts.at("on_time").as_int64() + counts.at("late").as_int64() +
                counts.at("unsubmitted").as_int64());
  EXPECT_GE(counts.at("late").as_int64(), 1);
  // Unsubmitted first: look each enterprise up by its name.
  auto status_of = [&](int64_t ent) {
    auto db = app().Db();
    const std::string name =
        db->Query("SELECT name FROM enterprises WHERE id = ?", {ent}).Text(0, "name");
    auto one = app().As("jining", "GET", q + "&q=" + api::PercentEncode(name));
    EXPECT_EQ(one.status, 200) << one.body;
    for (const auto& i : one.obj().at("items").as_array())
      if (i.at("enterprise_id").as_int64() == ent) return std::string(i.at("status").as_string());
    return std::string();
  };
  EXPECT_EQ(status_of(mb), "late");
  EXPECT_EQ(status_of(hc), "missing");
  // Filters: late ones, missing ones.
  auto late = app().As("jining", "GET", q + "&status=late");
  ASSERT_EQ(late.status, 200);
  for (const auto& i : late.obj().at("items").as_array()) EXPECT_EQ(i.at("status"), "late");
  EXPECT_EQ(late.obj().at("total").as_int64(), counts.at("late").as_int64());
  auto bad = app().As("jining", "GET", q + "&status=done");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("status:status_invalid")) << bad.body;
  // Without a period: the last ended quarter.
  auto dflt = app().As("jining", "GET", "/api/v1/hidden-danger-reports/overview");
  ASSERT_EQ(dflt.status, 200) << dflt.body;
  EXPECT_EQ(dflt.obj().at("period").at("kind"), "quarter");
  EXPECT_LT(std::string(dflt.obj().at("period").at("to").as_string()),
            core::FormatIsoDate(core::ChinaDate(app().clock.Now())));
  auto no_kind = app().As("jining", "GET", "/api/v1/hidden-danger-reports/overview?year=2026");
  EXPECT_TRUE(FieldRulesOf(no_kind).count("period_kind:required")) << no_kind.body;
  // A county sees only its own subtree (scoped in SQL).
  auto county = app().As(ForeignCounty(mb), "GET", q + "&page_size=200");
  ASSERT_EQ(county.status, 200);
  EXPECT_LT(county.obj().at("counts").at("enterprises").as_int64(), counts.at("enterprises").as_int64());
  for (const auto& i : county.obj().at("items").as_array())
    EXPECT_NE(i.at("enterprise_id").as_int64(), mb);
  // The annual deadline of 2025 falls on Saturday 31 January 2026: moved to Monday 2 February.
  auto annual = app().As("jining", "GET", "/api/v1/hidden-danger-reports/overview?period_kind=year&year=2025");
  ASSERT_EQ(annual.status, 200) << annual.body;
  EXPECT_EQ(annual.obj().at("deadline").at("last_day"), "2026-02-02");
  EXPECT_TRUE(annual.obj().at("deadline").at("moved").as_bool());
  // Reminder: the unsubmitted enterprises' principals are notified; a submitted one is not.
  const int64_t hc_before = NotificationsOf("hc.principal", "hidden_danger_report_reminder");
  const int64_t mb_before = NotificationsOf("mb.principal", "hidden_danger_report_reminder");
  const int64_t reminds = Audits("remind");
  EXPECT_EQ(app().As("jining.viewer", "POST", "/api/v1/hidden-danger-reports/reminders", kQ3).status, 403);
  auto remind = app().As("jining", "POST", "/api/v1/hidden-danger-reports/reminders",
                         R"({"period_kind":"quarter","year":2026,"quarter":3,"enterprise_ids":[)" +
                             std::to_string(hc) + "," + std::to_string(mb) + "]}");
  ASSERT_EQ(remind.status, 200) << remind.body;
  EXPECT_EQ(remind.obj().at("reminded_enterprises").as_int64(), 1);
  EXPECT_EQ(NotificationsOf("hc.principal", "hidden_danger_report_reminder"), hc_before + 1);
  EXPECT_EQ(NotificationsOf("mb.principal", "hidden_danger_report_reminder"), mb_before);
  EXPECT_EQ(Audits("remind"), reminds + 1);
  // Export: an xlsx of the same rows.
  auto x = app().As("jining", "GET", "/api/v1/hidden-danger-reports/overview/export?period_kind=quarter&year=2026&quarter=3");
  EXPECT_EQ(x.status, 200);
  EXPECT_EQ(x.body.substr(0, 2), "PK");
  // An enterprise account sees only itself in the overview.
  auto own = app().As("hc.principal", "GET", q);
  ASSERT_EQ(own.status, 200);
  EXPECT_EQ(own.obj().at("counts").at("enterprises").as_int64(), 1);
}

ANJIAN_BACKENDS(HiddenDangerReportTest);

}  // namespace
}  // namespace anjian::test
