// Emergency plans (issue 14 §2) on both databases: an enterprise drafts a plan, adds a version
// (document, risk assessment, resource survey), records its review (评审 for 民爆, decided by the
// industry), the principal signs and publishes, the enterprise submits the filing package (every
// file required), the county regulator accepts with a filing number or returns with reasons;
// deadlines with their sources; revision triggers from the API, from a drill (the hand-off
// function) and from the registry's principal change; validation naming field and rule;
// out-of-scope 404; every write audited.
#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "emergency/plans/plan_service.hpp"

namespace anjian::test {
namespace {

class EmergencyPlanTest : public ApiTest {
 protected:
  std::string Today(int64_t plus_days = 0) {
    return core::FormatIsoDate(core::AddDays(core::ChinaDate(app().clock.Now()), plus_days));
  }
  int64_t Upload(const std::string& user, const std::string& name = "plan.pdf") {
    auto r = app().Call("POST", "/api/v1/files", std::string("%PDF-1.4\n% plan\n"),
                        app().Token(user),
                        {{"X-Filename", name}, {"Content-Type", "application/pdf"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  int64_t Create(const std::string& user, const std::string& kind, const std::string& title) {
    auto r = app().As(user, "POST", "/api/v1/emergency-plans",
                      json::serialize(json::object{{"kind", kind}, {"title", title}}));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  std::string Path(int64_t id) { return "/api/v1/emergency-plans/" + std::to_string(id); }
  Resp AddVersion(const std::string& user, int64_t id) {
    return app().As(user, "POST", Path(id) + "/versions",
                    json::serialize(json::object{{"document_file_id", Upload(user)},
                                                 {"risk_assessment_file_id", Upload(user, "risk.pdf")},
                                                 {"resource_survey_file_id", Upload(user, "res.pdf")},
                                                 {"summary", "首次编制"}}));
  }
  Resp Review(const std::string& user, int64_t id, const std::string& day) {
    return app().As(
        user, "POST", Path(id) + "/reviews",
        json::serialize(json::object{
            {"reviewed_on", day},
            {"minutes_file_id", Upload(user, "minutes.pdf")},
            {"conclusion", "通过"},
            {"experts", json::array{json::object{{"name", "李专家"}, {"organization", "省安科院"}},
                                    json::object{{"name", "赵专家"},
                                                 {"conflict_declared", true},
                                                 {"conflict_note", "曾参与编制"}}}}}));
  }
  Resp Submit(const std::string& user, int64_t id) {
    return app().As(user, "POST", Path(id) + "/filings",
                    json::serialize(json::object{{"application_file_id", Upload(user, "app.pdf")},
                                                 {"review_opinion_file_id", Upload(user, "op.pdf")},
                                                 {"plan_file_id", Upload(user)},
                                                 {"risk_assessment_file_id", Upload(user, "r.pdf")},
                                                 {"resource_survey_file_id", Upload(user, "s.pdf")}}));
  }
  // Draft → version → review → published by the principal.
  int64_t Published(const std::string& prefix, const std::string& kind, const std::string& day) {
    const int64_t id = Create(prefix + ".safety", kind, "测试预案 " + kind);
    EXPECT_EQ(AddVersion(prefix + ".safety", id).status, 201);
    EXPECT_EQ(Review(prefix + ".safety", id, day).status, 201);
    auto p = app().As(prefix + ".principal", "POST", Path(id) + "/publish",
                      json::serialize(json::object{{"published_on", day}}));
    EXPECT_EQ(p.status, 200) << p.body;
    return id;
  }
  static const json::object* Deadline(const Resp& r, const std::string& key) {
    for (const auto& d : r.obj().at("deadlines").as_array())
      if (d.at("key").as_string() == key) return &d.as_object();
    return nullptr;
  }
  int64_t AuditCount(int64_t id, const std::string& action) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'emergency_plan' AND "
                     "entity_id = ? AND action = ?",
                     {std::to_string(id), action})
        .Int(0, "n");
  }
};

TEST_P(EmergencyPlanTest, EnterprisePublishesAndFilesRegulatorAcceptsWithANumber) {
  const int64_t id = Create("mb.safety", "comprehensive", "恒安民爆综合应急预案（测试）");
  auto draft = app().As("mb.safety", "GET", Path(id));
  ASSERT_EQ(draft.status, 200) << draft.body;
  EXPECT_EQ(draft.obj().at("status").as_string(), "draft");
  EXPECT_EQ(draft.obj().at("review_kind").as_string(), "review");  // 民爆: 评审
  // Publishing needs a version and its review.
  EXPECT_EQ(app().As("mb.principal", "POST", Path(id) + "/publish",
                     json::serialize(json::object{{"published_on", Today()}}))
                .status,
            409);
  ASSERT_EQ(AddVersion("mb.safety", id).status, 201);
  auto rv = Review("mb.safety", id, Today(-3));
  ASSERT_EQ(rv.status, 201) << rv.body;
  const auto& review = rv.obj().at("reviews").as_array()[0];
  EXPECT_EQ(review.at("review_kind").as_string(), "review");
  EXPECT_TRUE(review.at("experts").as_array()[1].at("withdrawn").as_bool());
  // Only the principal signs (art. 24): the safety officer lacks the permission.
  EXPECT_EQ(app().As("mb.safety", "POST", Path(id) + "/publish",
                     json::serialize(json::object{{"published_on", Today()}}))
                .status,
            403);
  auto pub = app().As("mb.principal", "POST", Path(id) + "/publish",
                      json::serialize(json::object{{"published_on", Today(-1)}}));
  ASSERT_EQ(pub.status, 200) << pub.body;
  EXPECT_EQ(pub.obj().at("status").as_string(), "published");
  EXPECT_EQ(pub.obj().at("signed_by_name").as_string(), "恒安民爆 主要负责人");
  const auto* filing = Deadline(pub, "filing");
  ASSERT_NE(filing, nullptr);
  EXPECT_EQ(filing->at("status").as_string(), "pending");
  EXPECT_NE(std::string(filing->at("source").as_string()).find("20个工作日"), std::string::npos);
  ASSERT_NE(Deadline(pub, "evaluation"), nullptr);
  // The filing package: every file is required.
  auto missing = app().As("mb.safety", "POST", Path(id) + "/filings",
                          json::serialize(json::object{{"plan_file_id", Upload("mb.safety")}}));
  ASSERT_EQ(missing.status, 422) << missing.body;
  auto fr = FieldRulesOf(missing);
  for (const char* f : {"application_file_id", "review_opinion_file_id", "risk_assessment_file_id",
                        "resource_survey_file_id"})
    EXPECT_TRUE(fr.count(std::string(f) + ":required")) << f;
  auto sub = Submit("mb.safety", id);
  ASSERT_EQ(sub.status, 201) << sub.body;
  EXPECT_EQ(sub.obj().at("status").as_string(), "filing_submitted");
  EXPECT_EQ(Deadline(sub, "filing")->at("status").as_string(), "done");
  ASSERT_NE(Deadline(sub, "check"), nullptr);
  const int64_t filing_id = sub.obj().at("pending_filing_id").as_int64();
  // The county in direct charge is told; the city is not.
  auto Notified = [&](const std::string& user, const std::string& kind) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                     "WHERE u.username = ? AND n.kind = ? AND n.link = ?",
                     {user, kind, "/emergency/plans/" + std::to_string(id)})
        .Int(0, "n");
  };
  EXPECT_EQ(Notified("zoucheng", "plan_filing_submitted"), 1);
  EXPECT_EQ(Notified("jining", "plan_filing_submitted"), 0);
  const std::string accept = Path(id) + "/filings/" + std::to_string(filing_id) + "/accept";
  // Not the enterprise, not another county: 403 / 404.
  EXPECT_EQ(app().As("mb.principal", "POST", accept).status, 403);
  EXPECT_EQ(app().As("rencheng", "POST", accept).status, 404);
  auto county = app().As("zoucheng", "GET", Path(id));
  ASSERT_EQ(county.status, 200);
  EXPECT_TRUE(county.obj().at("actions").at("decide_filing").as_bool());
  auto ok = app().As("zoucheng", "POST", accept);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.obj().at("status").as_string(), "filed");
  const std::string number(ok.obj().at("filing_number").as_string());
  EXPECT_EQ(number.substr(0, 12), "370883-" + Today().substr(0, 4) + "-");
  EXPECT_EQ(ok.obj().at("filed_on").as_string(), Today());
  EXPECT_EQ(Notified("mb.safety", "plan_filing_decided"), 1);
  const auto& f0 = ok.obj().at("filings").as_array()[0];
  EXPECT_EQ(f0.at("status").as_string(), "accepted");
  EXPECT_EQ(f0.at("filing_number").as_string(), number);
  EXPECT_EQ(f0.at("agency_name").as_string(), "邹城市工业和信息化局");
  // Deciding twice: 409.
  EXPECT_EQ(app().As("zoucheng", "POST", accept).status, 409);
  // The files of the package are visible to the regulator through the plan.
  EXPECT_EQ(app().Call("GET", "/api/v1/files/" + std::to_string(f0.at("plan_file_id").as_int64()),
                       "", app().Token("zoucheng"))
                .status,
            200);
  EXPECT_EQ(app().Call("GET", "/api/v1/files/" + std::to_string(f0.at("plan_file_id").as_int64()),
                       "", app().Token("rencheng"))
                .status,
            404);
  // The history: create, version, review, publish, filing_submit, filing_accept.
  std::vector<std::string> actions;
  for (const auto& e : ok.obj().at("events").as_array())
    actions.emplace_back(e.at("action").as_string());
  EXPECT_EQ(actions, (std::vector<std::string>{"create", "version", "review", "publish",
                                               "filing_submit", "filing_accept"}));
  for (const char* a : {"create", "plan_version_add", "plan_review", "plan_publish",
                        "plan_filing_submit", "plan_filing_accept"})
    EXPECT_EQ(AuditCount(id, a), 1) << a;
}

TEST_P(EmergencyPlanTest, ReturnedWithReasonsThenResubmitted) {
  const int64_t id = Published("hc", "special", Today(-2));
  auto sub = Submit("hc.safety", id);
  ASSERT_EQ(sub.status, 201) << sub.body;
  const int64_t fid = sub.obj().at("pending_filing_id").as_int64();
  const std::string ret = Path(id) + "/filings/" + std::to_string(fid) + "/return";
  auto bad = app().As("rencheng", "POST", ret, "{}");
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("reasons:required"));
  auto r = app().As("rencheng", "POST", ret, R"({"reasons": "缺少评审专家签字"})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("status").as_string(), "returned");
  EXPECT_EQ(r.obj().at("filings").as_array()[0].at("reasons").as_string(), "缺少评审专家签字");
  EXPECT_EQ(AuditCount(id, "plan_filing_return"), 1);
  auto again = Submit("hc.safety", id);
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.obj().at("filings").as_array().size(), 2u);
  // 论证 vs 评审: the chemical enterprise is reviewed (评审) too.
  EXPECT_EQ(again.obj().at("review_kind").as_string(), "review");
}

// The hand-off licences and the veto read: is the enterprise's comprehensive plan filed (or deemed
// filed after the regulator's 5 working days, art. 26) and current?
TEST_P(EmergencyPlanTest, StandingCountsADeemedFilingAsFiled) {
  auto ent = [&] {
    auto db = app().Db();
    return db->Query("SELECT enterprise_id FROM users WHERE username = 'hc.safety'")
        .Int(0, "enterprise_id");
  }();
  // Judged at now + `days` (the app's clock is shared by the binary's tests: it is not moved).
  auto standing = [&](int64_t days = 0) {
    auto db = app().Db();
    const int64_t at = app().clock.Now() + days * 86400;
    auto all = emergency_plans::PlanStandings(*db, std::nullopt, at);
    auto one = emergency_plans::PlanStandings(*db, ent, at);
    EXPECT_EQ(all.count(ent), one.count(ent));
    if (all.count(ent)) EXPECT_EQ(all.at(ent).standing, one.at(ent).standing);
    return one.count(ent) ? one.at(ent).standing : emergency_plans::PlanStanding::kNoPlan;
  };
  // The demo's comprehensive plans of the enterprise are put into revision first, so the new plan
  // decides the standing.
  {
    auto db = app().Db();
    storage::Transaction tx(*db);
    for (const auto& p : emergency_plans::ListEnterprisePlans(*db, ent))
      if (p.kind == "comprehensive")
        emergency_plans::RequireRevision(
            *db, {p.id, emergency_plans::RevisionCause::kUnitDecision, "manual", std::nullopt, "测试"},
            audit::Actor(std::nullopt, "plan-test", "127.0.0.1", app().clock.Now()));
    tx.Commit();
  }
  const auto before = standing();
  EXPECT_TRUE(before == emergency_plans::PlanStanding::kNoPlan ||
              before == emergency_plans::PlanStanding::kRevisionRequired);
  const int64_t id = Published("hc", "comprehensive", Today(-2));
  EXPECT_EQ(standing(), emergency_plans::PlanStanding::kNotFiled);
  ASSERT_EQ(Submit("hc.safety", id).status, 201);
  EXPECT_EQ(standing(), emergency_plans::PlanStanding::kNotFiled);
  // No decision within 5 working days (at most 9 calendar days even across a weekend and a
  // 3-day holiday): deemed filed.
  EXPECT_EQ(standing(14), emergency_plans::PlanStanding::kCurrent);
}

TEST_P(EmergencyPlanTest, LateFilingShowsDaysLate) {
  // Published 60 days ago: 20 working days have passed whatever the holidays.
  const int64_t id = Published("mb", "onsite", Today(-60));
  auto g = app().As("mb.safety", "GET", Path(id));
  ASSERT_EQ(g.status, 200);
  EXPECT_TRUE(g.obj().at("filing_late").as_bool());
  EXPECT_GT(g.obj().at("filing_days_late").as_int64(), 0);
  EXPECT_EQ(Deadline(g, "filing")->at("status").as_string(), "overdue");
  auto list = app().As("zoucheng", "GET", "/api/v1/emergency-plans?status=published&kind=onsite");
  ASSERT_EQ(list.status, 200) << list.body;
  bool found = false;
  for (const auto& i : list.obj().at("items").as_array())
    if (i.at("id").as_int64() == id) found = i.at("filing_late").as_bool();
  EXPECT_TRUE(found);
  auto x = app().As("zoucheng", "GET", "/api/v1/emergency-plans/export?status=published");
  EXPECT_EQ(x.status, 200);
  EXPECT_EQ(x.body.substr(0, 2), "PK");  // an xlsx (zip) workbook
}

TEST_P(EmergencyPlanTest, RevisionTriggersFromTheApiADrillAndThePrincipalChange) {
  const int64_t a = Published("hc", "comprehensive", Today(-5));
  // The API names one of the six causes (art. 36).
  auto bad = app().As("hc.safety", "POST", Path(a) + "/revision-triggers",
                      R"({"cause": "whim", "note": "x"})");
  ASSERT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("cause:kind_invalid"));
  auto t = app().As("hc.safety", "POST", Path(a) + "/revision-triggers",
                    R"({"cause": "risks_changed", "note": "新增罐区"})");
  ASSERT_EQ(t.status, 201) << t.body;
  EXPECT_EQ(t.obj().at("status").as_string(), "revision_required");
  EXPECT_EQ(t.obj().at("revision").at("cause").as_string(), "risks_changed");
  EXPECT_EQ(t.obj().at("revision").at("source_kind").as_string(), "manual");
  // A filed plan cannot take a new version until a trigger; a revision-required one can and
  // returns to draft.
  auto v = AddVersion("hc.safety", a);
  ASSERT_EQ(v.status, 201) << v.body;
  EXPECT_EQ(v.obj().at("status").as_string(), "draft");
  EXPECT_EQ(v.obj().at("current_version").as_int64(), 2);

  // The drill helper's call: in its own transaction, source kind drill.
  const int64_t b = Published("hc", "onsite", Today(-5));
  {
    auto db = app().Db();
    const int64_t hc = app().EnterpriseIdByName("济宁润泽化工有限公司");
    bool listed = false;
    for (const auto& p : emergency_plans::ListEnterprisePlans(*db, hc))
      listed |= p.id == b && p.kind == "onsite" && p.status == "published";
    EXPECT_TRUE(listed);
    storage::Transaction tx(*db);
    emergency_plans::RequireRevision(
        *db,
        {b, emergency_plans::RevisionCause::kDrillOrResponse, "drill", 4242, "演练暴露通讯中断"},
        audit::Actor(std::nullopt, "drill-test", "127.0.0.1", app().clock.Now()));
    tx.Commit();
  }
  auto d = app().As("rencheng", "GET", Path(b));
  ASSERT_EQ(d.status, 200);
  EXPECT_EQ(d.obj().at("status").as_string(), "revision_required");
  EXPECT_EQ(d.obj().at("revision").at("source_kind").as_string(), "drill");
  EXPECT_EQ(d.obj().at("revision").at("source_id").as_int64(), 4242);
  EXPECT_EQ(d.obj().at("events").as_array().back().at("cause").as_string(), "drill_or_response");
  EXPECT_EQ(AuditCount(b, "plan_revision_required"), 1);

  // The registry: a new principal puts every plan in force into revision (art. 36(二)).
  const int64_t c = Published("mb", "special", Today(-5));
  auto me = app().As("zoucheng", "GET", "/api/v1/enterprises/" +
                                            std::to_string(app().EnterpriseIdByName("邹城恒安民爆器材有限公司")));
  ASSERT_EQ(me.status, 200) << me.body;
  json::object body;
  for (const char* k : {"name", "uscc", "region_code", "industry", "industry_code", "scale",
                        "address", "contact_phone"})
    if (me.obj().contains(k) && !me.obj().at(k).is_null()) body[k] = me.obj().at(k);
  body["legal_representative"] = "新任负责人";
  auto up = app().As("zoucheng", "PUT",
                     "/api/v1/enterprises/" + std::to_string(me.obj().at("id").as_int64()),
                     json::serialize(body));
  ASSERT_EQ(up.status, 200) << up.body;
  auto cc = app().As("mb.safety", "GET", Path(c));
  EXPECT_EQ(cc.obj().at("status").as_string(), "revision_required");
  EXPECT_EQ(cc.obj().at("revision").at("cause").as_string(), "command_changed");
  EXPECT_EQ(cc.obj().at("revision").at("source_kind").as_string(), "enterprise");
  EXPECT_NE(std::string(cc.obj().at("revision").at("note").as_string()).find("新任负责人"),
            std::string::npos);
}

TEST_P(EmergencyPlanTest, EvaluationRecordedAndItsConclusionCanTrigger) {
  const int64_t id = Published("mb", "comprehensive", Today(-10));
  auto bad = app().As("mb.safety", "POST", Path(id) + "/evaluations",
                      json::serialize(json::object{{"evaluated_on", Today(1)},
                                                   {"conclusion", "revision_required"},
                                                   {"report_file_id", Upload("mb.safety")}}));
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("cause:required"));
  auto ok = app().As("mb.safety", "POST", Path(id) + "/evaluations",
                     json::serialize(json::object{{"evaluated_on", Today()},
                                                  {"conclusion", "no_revision"},
                                                  {"report_file_id", Upload("mb.safety")}}));
  ASSERT_EQ(ok.status, 201) << ok.body;
  const auto* ev = Deadline(ok, "evaluation");
  ASSERT_NE(ev, nullptr);
  // 3 years from today's evaluation.
  EXPECT_EQ(std::string(ev->at("due_on").as_string()).substr(0, 4),
            std::to_string(std::stoi(Today().substr(0, 4)) + 3));
  auto rev = app().As("mb.safety", "POST", Path(id) + "/evaluations",
                      json::serialize(json::object{{"evaluated_on", Today()},
                                                   {"conclusion", "revision_required"},
                                                   {"cause", "resources_changed"},
                                                   {"report_file_id", Upload("mb.safety")}}));
  ASSERT_EQ(rev.status, 201) << rev.body;
  EXPECT_EQ(rev.obj().at("status").as_string(), "revision_required");
  EXPECT_EQ(rev.obj().at("revision").at("source_kind").as_string(), "evaluation");
  EXPECT_EQ(AuditCount(id, "plan_evaluate"), 2);
}

TEST_P(EmergencyPlanTest, ValidationAndScope) {
  auto bad = app().As("mb.safety", "POST", "/api/v1/emergency-plans",
                      R"({"kind": "weekly", "title": ""})");
  ASSERT_EQ(bad.status, 422);
  auto fr = FieldRulesOf(bad);
  EXPECT_TRUE(fr.count("kind:kind_invalid"));
  EXPECT_TRUE(fr.count("title:required"));
  // A regulator does not draft an enterprise's plan.
  EXPECT_EQ(app().As("zoucheng", "POST", "/api/v1/emergency-plans",
                     R"({"kind": "special", "title": "x"})")
                .status,
            403);
  const int64_t id = Create("mb.safety", "special", "火灾专项应急预案（测试）");
  // Another enterprise, another county: 404.
  EXPECT_EQ(app().As("hc.safety", "GET", Path(id)).status, 404);
  EXPECT_EQ(app().As("rencheng", "GET", Path(id)).status, 404);
  EXPECT_EQ(app().As("hc.safety", "POST", Path(id) + "/versions", "{}").status, 404);
  // A file the caller cannot see is refused by field.
  const int64_t foreign = Upload("hc.safety");
  auto v = app().As("mb.safety", "POST", Path(id) + "/versions",
                    json::serialize(json::object{{"document_file_id", foreign},
                                                 {"risk_assessment_file_id", Upload("mb.safety")},
                                                 {"resource_survey_file_id", Upload("mb.safety")}}));
  ASSERT_EQ(v.status, 422) << v.body;
  EXPECT_TRUE(FieldRulesOf(v).count("document_file_id:file_unknown"));
  // The review needs one expert without a conflict; dates are dates and not in the future.
  ASSERT_EQ(AddVersion("mb.safety", id).status, 201);
  auto r = app().As("mb.safety", "POST", Path(id) + "/reviews",
                    json::serialize(json::object{
                        {"reviewed_on", Today(2)},
                        {"minutes_file_id", Upload("mb.safety")},
                        {"experts", json::array{json::object{{"name", "甲"}, {"conflict_declared", true}}}}}));
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(FieldRulesOf(r).count("reviewed_on:date_future"));
  auto r2 = app().As("mb.safety", "POST", Path(id) + "/reviews",
                     json::serialize(json::object{
                         {"reviewed_on", Today()},
                         {"minutes_file_id", Upload("mb.safety")},
                         {"experts", json::array{json::object{{"name", "甲"}, {"conflict_declared", true}}}}}));
  ASSERT_EQ(r2.status, 422) << r2.body;
  EXPECT_TRUE(FieldRulesOf(r2).count("experts:plan_review_expert_required"));
  // Editing the title of a draft.
  auto put = app().As("mb.safety", "PUT", Path(id),
                      R"({"kind": "special", "title": "火灾事故专项应急预案"})");
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.obj().at("title").as_string(), "火灾事故专项应急预案");
  EXPECT_EQ(AuditCount(id, "update"), 1);
  // Lists are scoped: an enterprise sees only its own.
  auto mine = app().As("hc.safety", "GET", "/api/v1/emergency-plans?page_size=100");
  ASSERT_EQ(mine.status, 200);
  for (const auto& i : mine.obj().at("items").as_array())
    EXPECT_EQ(i.at("enterprise_name").as_string(), "济宁润泽化工有限公司");
  EXPECT_EQ(app().As("mb.safety", "GET", "/api/v1/emergency-plans?status=nope").status, 422);
}

}  // namespace

ANJIAN_BACKENDS(EmergencyPlanTest);

}  // namespace anjian::test
