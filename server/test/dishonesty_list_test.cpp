// The dishonesty list (严重失信主体名单, 应急管理部令第11号, issue 15 §4) on both databases: a
// 重大 accident detected as a candidate (once), the regulator's prior notice with the defence
// period, the decision refused while the defence period runs, the written decision with its
// 3-year term, "谁处罚、谁决定" (another agency cannot decide), publication on the public list,
// credit repair refused before 12 months with the day it opens, approved, then revoked (the entry
// comes back with its original end), the term ending by the job; ListedOn and its set forms;
// validation naming field and rule; out-of-scope 404; audit entries.
#include "api_harness.hpp"
#include "core/civil_date.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "credit/dishonesty_list/dishonesty_list_service.hpp"
#include "credit/dishonesty_list/dishonesty_listing_repository.hpp"
#include "dual_prevention/enforcement/enforcement_plan_repository.hpp"

namespace anjian::test {
namespace {

class DishonestyListTest : public ApiTest {
 protected:
  std::string Today(int64_t plus_days = 0) {
    return core::FormatIsoDate(core::AddDays(core::ChinaDate(app().clock.Now()), plus_days));
  }
  int64_t Upload(const std::string& user) {
    auto r = app().Call("POST", "/api/v1/files", std::string("%PDF-1.4\n% evidence\n%%EOF\n"),
                        app().Token(user), {{"X-Filename", "证据.pdf"}, {"Content-Type", "application/pdf"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  int64_t AuditCount(int64_t id, const std::string& action) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'dishonesty_entry' AND "
                     "entity_id = ? AND action = ?",
                     {std::to_string(id), action})
        .Int(0, "n");
  }
  // The candidate whose linked records include the accident, via the list.
  int64_t CandidateOf(int64_t enterprise, int64_t accident) {
    auto r = app().As("zoucheng", "GET",
                      "/api/v1/dishonesty-list?enterprise_id=" + std::to_string(enterprise) +
                          "&criterion=major_accident&page_size=100");
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& e : r.obj().at("items").as_array())
      for (const auto& s : e.at("source_ids").as_array())
        if (s.as_int64() == accident) return e.at("id").as_int64();
    return 0;
  }
};

TEST_P(DishonestyListTest, FromAMajorAccidentToPublicationRepairAndRevocation) {
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  // A 重大 accident (10 deaths, 493号令 art. 3) reported by the enterprise.
  auto acc = app().As("mb.safety", "POST", "/api/v1/accidents",
                      json::serialize(json::object{
                          {"occurred_at", core::IsoFromUnix(app().clock.Now() - 3600)},
                          {"title", "装药工房爆炸"},
                          {"deaths", 10}}));
  ASSERT_EQ(acc.status, 201) << acc.body;
  const int64_t accident = acc.obj().at("id").as_int64();
  auto detect = app().As("zoucheng", "POST", "/api/v1/dishonesty-list/detect", "{}");
  ASSERT_EQ(detect.status, 200) << detect.body;
  EXPECT_GE(detect.obj().at("added").as_int64(), 1);
  const int64_t id = CandidateOf(mb, accident);
  ASSERT_NE(id, 0);
  // Once per fact: detecting again adds nothing for it.
  app().As("zoucheng", "POST", "/api/v1/dishonesty-list/detect", "{}");
  EXPECT_EQ(CandidateOf(mb, accident), id);
  const std::string path = "/api/v1/dishonesty-list/" + std::to_string(id);
  auto cand = app().As("zoucheng", "GET", path);
  ASSERT_EQ(cand.status, 200) << cand.body;
  EXPECT_EQ(cand.obj().at("state").as_string(), "candidate");
  EXPECT_EQ(cand.obj().at("criterion").at("article").as_string(),
            "安全生产严重失信主体名单管理办法（应急管理部令第11号）第八条第（一）项");
  // Out of scope: another county answers 404; the enterprise does not see a candidate yet.
  EXPECT_EQ(app().As("rencheng", "GET", path).status, 404);
  EXPECT_EQ(app().As("mb.principal", "GET", path).status, 404);
  // Decide without notice: refused by the state machine.
  auto early = app().As("zoucheng", "POST", path + "/decide",
                        R"({"decision_number": "邹工信失信〔2026〕1号", "reasons": "重大事故"})");
  EXPECT_EQ(early.status, 422) << early.body;
  EXPECT_TRUE(FieldRulesOf(early).count("state:dishonesty_state")) << early.body;
  // Prior notice (告知): the defence period is 5 working days.
  auto notice = app().As("zoucheng", "POST", path + "/notice",
                         R"({"notice_number": "邹工信告〔2026〕1号", "principal_name": "张三"})");
  ASSERT_EQ(notice.status, 200) << notice.body;
  EXPECT_EQ(notice.obj().at("state").as_string(), "noticed");
  EXPECT_EQ(notice.obj().at("noticed_on").as_string(), Today());
  EXPECT_GT(notice.obj().at("defence_due_on").as_string(), Today());
  EXPECT_EQ(notice.obj().at("principal_name").as_string(), "张三");
  EXPECT_EQ(app().As("mb.principal", "GET", path).status, 200);
  // 谁处罚、谁决定: the city cannot decide on the county's case.
  auto other = app().As("jining", "POST", path + "/decide",
                        R"({"decision_number": "济工信失信〔2026〕9号", "reasons": "x"})");
  EXPECT_EQ(other.status, 422) << other.body;
  EXPECT_TRUE(RulesOf(other).count("dishonesty_not_deciding_agency")) << other.body;
  // The decision waits for the defence (period still open) …
  auto wait = app().As("zoucheng", "POST", path + "/decide",
                       R"({"decision_number": "邹工信失信〔2026〕1号", "reasons": "重大事故"})");
  EXPECT_EQ(wait.status, 422) << wait.body;
  EXPECT_TRUE(FieldRulesOf(wait).count("decided_on:dishonesty_defence_open")) << wait.body;
  // … which is recorded, then the written decision.
  auto missing = app().As("zoucheng", "POST", path + "/defence", "{}");
  EXPECT_TRUE(FieldRulesOf(missing).count("defence:required")) << missing.body;
  ASSERT_EQ(app().As("zoucheng", "POST", path + "/defence",
                     R"({"defence": "企业提出已全面整改，请求从轻处理"})")
                .status,
            200);
  auto decided = app().As("zoucheng", "POST", path + "/decide",
                          R"({"decision_number": "邹工信失信〔2026〕1号", "reasons": "发生重大生产安全事故"})");
  ASSERT_EQ(decided.status, 200) << decided.body;
  const auto& d = decided.obj();
  EXPECT_EQ(d.at("state").as_string(), "listed");
  EXPECT_EQ(d.at("decided_on").as_string(), Today());
  EXPECT_EQ(d.at("listed_from").as_string(), Today(1));
  const auto today = core::ChinaDate(app().clock.Now());
  core::Date until = today;
  until.year += 3;
  if (until.month == 2 && until.day == 29) until.day = 28;
  EXPECT_EQ(d.at("listed_until").as_string(), core::FormatIsoDate(until));
  EXPECT_EQ(AuditCount(id, "dishonesty_decided"), 1);
  EXPECT_EQ(AuditCount(id, "dishonesty_noticed"), 1);
  // ListedOn: from the day after the decision.
  {
    auto db = app().Db();
    EXPECT_FALSE(dishonesty_list::ListedOn(*db, mb, Today()));
    ASSERT_TRUE(dishonesty_list::ListedOn(*db, mb, Today(1)));
    EXPECT_EQ(dishonesty_list::ListedOn(*db, mb, Today(1))->decision_number, "邹工信失信〔2026〕1号");
  }
  // Publication: only by the deciding agency, then on the public list (no sign-in).
  EXPECT_EQ(app().Call("GET", "/api/v1/public/dishonesty-list?keyword=恒安").obj().at("total").as_int64(), 0);
  ASSERT_EQ(app().As("zoucheng", "POST", path + "/publish", "{}").status, 200);
  auto pub = app().Call("GET", "/api/v1/public/dishonesty-list?keyword=恒安");
  ASSERT_EQ(pub.status, 200) << pub.body;
  ASSERT_EQ(pub.obj().at("total").as_int64(), 1);
  EXPECT_EQ(pub.obj().at("items").as_array()[0].at("decision_number").as_string(),
            "邹工信失信〔2026〕1号");
  EXPECT_EQ(app().As("zoucheng", "POST", path + "/publish", "{}").status, 422);  // once
  // Credit repair before 12 months: refused, naming the day it opens.
  const int64_t evidence = Upload("mb.principal");
  const std::string body = json::serialize(
      json::object{{"reason", "已履行行政处罚，完成整改"}, {"file_ids", json::array{evidence}}});
  auto too_early = app().As("mb.principal", "POST", path + "/repairs", body);
  ASSERT_EQ(too_early.status, 422) << too_early.body;
  EXPECT_TRUE(FieldRulesOf(too_early).count("applied_on:dishonesty_repair_too_early"));
  const std::string opens(decided.obj().at("repair_opens_on").as_string());
  EXPECT_NE(too_early.body.find(opens), std::string::npos) << too_early.body;
  EXPECT_EQ(app().As("rencheng", "POST", path + "/repairs", body).status, 403);  // no such permission
  // The evidence file is visible to the regulator once attached; a week later … still refused;
  // after 12 months + 1 day the application goes in.
  app().clock.Advance(400LL * 86400);
  app().ForgetTokens();
  auto applied = app().As("mb.principal", "POST", path + "/repairs", body);
  ASSERT_EQ(applied.status, 201) << applied.body;
  const int64_t repair = applied.obj().at("repairs").as_array().back().at("id").as_int64();
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/files/" + std::to_string(evidence)).status, 200);
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/files/" + std::to_string(evidence)).status, 404);
  auto pending = app().As("mb.principal", "POST", path + "/repairs", body);
  EXPECT_TRUE(FieldRulesOf(pending).count("reason:dishonesty_repair_pending")) << pending.body;
  const std::string rpath = path + "/repairs/" + std::to_string(repair);
  auto approved = app().As("zoucheng", "POST", rpath + "/decide", R"({"approve": true, "note": "同意提前移出"})");
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.obj().at("state").as_string(), "removed");
  const std::string removed_on(approved.obj().at("removed_on").as_string());
  {
    auto db = app().Db();
    EXPECT_FALSE(dishonesty_list::ListedOn(*db, mb, removed_on));
    EXPECT_TRUE(dishonesty_list::ListedAmong(*db, {mb}, removed_on).empty());
  }
  // Found false: revoked, back on the list with the original end.
  auto revoked = app().As("zoucheng", "POST", rpath + "/revoke", R"({"note": "整改材料系伪造"})");
  ASSERT_EQ(revoked.status, 200) << revoked.body;
  EXPECT_EQ(revoked.obj().at("state").as_string(), "listed");
  EXPECT_TRUE(revoked.obj().at("removed_on").is_null());
  EXPECT_EQ(revoked.obj().at("listed_until").as_string(), d.at("listed_until").as_string());
  {
    auto db = app().Db();
    EXPECT_TRUE(dishonesty_list::ListedOn(*db, mb, removed_on));
  }
  EXPECT_EQ(AuditCount(id, "dishonesty_repair_revoked"), 1);
  // Every step appended.
  std::vector<std::string> kinds;
  for (const auto& e : revoked.obj().at("events").as_array()) kinds.push_back(std::string(e.at("kind").as_string()));
  EXPECT_EQ(kinds, (std::vector<std::string>{"detected", "noticed", "defence", "decided", "published",
                                             "repair_applied", "repair_approved", "repair_revoked"}));
  // The term ends by itself (the job, past the last day).
  {
    auto db = app().Db();
    const core::ManualClock later(app().clock.Now() + 3LL * 366 * 86400);
    notifications::PendingPushes pushes(later);
    auto r = dishonesty_list::RunDishonestyListJob(*db, pushes, later.Now());
    EXPECT_GE(r.expired, 1);
  }
  EXPECT_EQ(app().As("zoucheng", "GET", path).obj().at("state").as_string(), "expired");
  app().clock.Advance(-400LL * 86400);
  app().ForgetTokens();
}

TEST_P(DishonestyListTest, EnteredCandidatesNeedEvidenceAndValidCriteria) {
  const int64_t ent = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  auto bad = app().As("zoucheng", "POST", "/api/v1/dishonesty-list",
                      json::serialize(json::object{{"enterprise_id", ent}, {"criterion", "nope"}}));
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("criterion:kind_invalid")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("facts:required")) << bad.body;
  auto no_file = app().As("zoucheng", "POST", "/api/v1/dishonesty-list",
                          json::serialize(json::object{{"enterprise_id", ent},
                                                       {"criterion", "penalty_evasion"},
                                                       {"facts", "有执行能力拒不缴纳罚款"}}));
  EXPECT_TRUE(FieldRulesOf(no_file).count("file_ids:dishonesty_evidence_required")) << no_file.body;
  const int64_t f = Upload("zoucheng");
  auto ok = app().As("zoucheng", "POST", "/api/v1/dishonesty-list",
                     json::serialize(json::object{{"enterprise_id", ent},
                                                  {"criterion", "penalty_evasion"},
                                                  {"facts", "有执行能力拒不缴纳罚款"},
                                                  {"file_ids", json::array{f}}}));
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(ok.obj().at("files").as_array().size(), 1u);
  EXPECT_EQ(ok.obj().at("agency").at("name").as_string(), "邹城市工业和信息化局");
  // Another county cannot enter one for this enterprise (404), nor an enterprise account (403).
  EXPECT_EQ(app().As("rencheng", "POST", "/api/v1/dishonesty-list",
                     json::serialize(json::object{{"enterprise_id", ent},
                                                  {"criterion", "penalty_evasion"},
                                                  {"facts", "x"},
                                                  {"file_ids", json::array{Upload("rencheng")}}}))
                .status,
            404);
  EXPECT_EQ(app().As("mb.principal", "POST", "/api/v1/dishonesty-list", "{}").status, 403);
  // Dismissed: not listed, and no further step.
  const std::string path = "/api/v1/dishonesty-list/" + std::to_string(ok.obj().at("id").as_int64());
  auto dismissed = app().As("zoucheng", "POST", path + "/dismiss", R"({"reason": "已缴纳罚款"})");
  ASSERT_EQ(dismissed.status, 200) << dismissed.body;
  EXPECT_EQ(dismissed.obj().at("state").as_string(), "dismissed");
  EXPECT_EQ(app().As("zoucheng", "POST", path + "/notice", R"({"notice_number": "x"})").status, 422);
  // The criteria and the setting in force, with the source.
  auto crit = app().As("zoucheng", "GET", "/api/v1/dishonesty-list/criteria");
  ASSERT_EQ(crit.status, 200);
  EXPECT_EQ(crit.obj().at("criteria").as_array().size(), 9u);
  EXPECT_EQ(crit.obj().at("config").at("term_years").as_int64(), 3);
  // Export.
  auto x = app().As("zoucheng", "GET", "/api/v1/dishonesty-list/export");
  EXPECT_EQ(x.status, 200);
}

TEST_P(DishonestyListTest, ConcealmentFindingOpensACandidate) {
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  auto acc = app().As("mb.safety", "POST", "/api/v1/accidents",
                      json::serialize(json::object{
                          {"occurred_at", core::IsoFromUnix(app().clock.Now() - 7200)},
                          {"title", "搬运时跌落受伤"}}));
  ASSERT_EQ(acc.status, 201) << acc.body;
  const int64_t accident = acc.obj().at("id").as_int64();
  const std::string body = json::serialize(json::object{{"accident_id", accident},
                                                        {"kind", "concealed"},
                                                        {"finding", "事故发生后未按规定上报，经群众举报查实"},
                                                        {"found_on", Today()}});
  EXPECT_EQ(app().As("rencheng", "POST", "/api/v1/dishonesty-list/accident-findings", body).status, 404);
  auto r = app().As("zoucheng", "POST", "/api/v1/dishonesty-list/accident-findings", body);
  ASSERT_EQ(r.status, 201) << r.body;
  const int64_t candidate = r.obj().at("candidate_id").as_int64();
  auto e = app().As("zoucheng", "GET", "/api/v1/dishonesty-list/" + std::to_string(candidate));
  ASSERT_EQ(e.status, 200) << e.body;
  EXPECT_EQ(e.obj().at("criterion").at("id").as_string(), "concealed_accident");
  EXPECT_EQ(e.obj().at("enterprise_id").as_int64(), mb);
  EXPECT_EQ(e.obj().at("source_ids").as_array()[0].as_int64(), accident);
  auto again = app().As("zoucheng", "POST", "/api/v1/dishonesty-list/accident-findings", body);
  EXPECT_TRUE(FieldRulesOf(again).count("kind:dishonesty_finding_exists")) << again.body;
  auto list = app().As("mb.safety", "GET", "/api/v1/dishonesty-list/accident-findings?accident_id=" +
                                             std::to_string(accident));
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(list.obj().at("items").as_array().size(), 1u);
}

// The party's own defence (陈述申辩): the enterprise named in the notice submits text and evidence
// within the period; the regulator sees it on the case and is notified; after the last day the
// submission is refused naming that day; audited.
TEST_P(DishonestyListTest, EnterpriseSubmitsItsOwnDefenceWithinThePeriod) {
  const int64_t ent = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  auto made = app().As("zoucheng", "POST", "/api/v1/dishonesty-list",
                       json::serialize(json::object{{"enterprise_id", ent},
                                                    {"criterion", "penalty_evasion"},
                                                    {"facts", "有执行能力拒不缴纳罚款"},
                                                    {"file_ids", json::array{Upload("zoucheng")}}}));
  ASSERT_EQ(made.status, 201) << made.body;
  const int64_t id = made.obj().at("id").as_int64();
  const std::string path = "/api/v1/dishonesty-list/" + std::to_string(id);
  const std::string body = R"({"defence": "罚款已于本月缴清，附缴款凭证"})";
  // Before the notice the enterprise does not see the case (404); a regulator may not use the
  // party's route (403).
  EXPECT_EQ(app().As("mb.principal", "POST", path + "/own-defence", body).status, 404);
  EXPECT_EQ(app().As("zoucheng", "POST", path + "/own-defence", body).status, 403);
  auto notice = app().As("zoucheng", "POST", path + "/notice", R"({"notice_number": "邹工信告〔2026〕7号"})");
  ASSERT_EQ(notice.status, 200) << notice.body;
  const std::string due = std::string(notice.obj().at("defence_due_on").as_string());
  auto seen = app().As("mb.principal", "GET", path);
  ASSERT_EQ(seen.status, 200) << seen.body;
  bool offered = false;
  for (const auto& a : seen.obj().at("actions").as_array()) offered |= a.as_string() == "submit_defence";
  EXPECT_TRUE(offered) << seen.body;
  auto missing = app().As("mb.principal", "POST", path + "/own-defence", "{}");
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(FieldRulesOf(missing).count("defence:required")) << missing.body;
  const int64_t f = Upload("mb.principal");
  auto ok = app().As("mb.principal", "POST", path + "/own-defence",
                     json::serialize(json::object{{"defence", "罚款已于本月缴清，附缴款凭证"},
                                                  {"file_ids", json::array{f}}}));
  ASSERT_EQ(ok.status, 200) << ok.body;
  // The regulator sees it on the case: text, time, the file and the event.
  auto r = app().As("zoucheng", "GET", path);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("defence_text").as_string(), "罚款已于本月缴清，附缴款凭证");
  EXPECT_FALSE(r.obj().at("defence_at").is_null());
  bool has_file = false;
  for (const auto& x : r.obj().at("files").as_array()) has_file |= x.at("id").as_int64() == f;
  EXPECT_TRUE(has_file) << r.body;
  bool has_event = false;
  for (const auto& v : r.obj().at("events").as_array())
    has_event |= v.at("kind").as_string() == "defence_submitted" &&
                 v.at("by").at("name").as_string().size() > 0;
  EXPECT_TRUE(has_event) << r.body;
  EXPECT_EQ(AuditCount(id, "dishonesty_defence_submitted"), 1);
  auto db = app().Db();
  EXPECT_GT(db->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                      "WHERE u.username = 'zoucheng' AND n.link = ? AND n.title LIKE ?",
                      {"/credit/dishonesty-list/" + std::to_string(id), "陈述申辩%"})
                .Int(0, "n"),
            0);
  // The decision may now be taken without waiting for the period's end.
  EXPECT_EQ(app().As("zoucheng", "POST", path + "/decide",
                     R"({"decision_number": "邹工信失信〔2026〕7号", "reasons": "拒不缴纳罚款"})")
                .status,
            200);
  // A second case: after the last day the enterprise's submission is refused naming that day.
  auto made2 = app().As("zoucheng", "POST", "/api/v1/dishonesty-list",
                        json::serialize(json::object{{"enterprise_id", ent},
                                                     {"criterion", "penalty_evasion"},
                                                     {"facts", "另一笔罚款拒不缴纳"},
                                                     {"file_ids", json::array{Upload("zoucheng")}}}));
  ASSERT_EQ(made2.status, 201) << made2.body;
  const std::string path2 = "/api/v1/dishonesty-list/" + std::to_string(made2.obj().at("id").as_int64());
  auto notice2 = app().As("zoucheng", "POST", path2 + "/notice", R"({"notice_number": "邹工信告〔2026〕8号"})");
  ASSERT_EQ(notice2.status, 200) << notice2.body;
  const std::string due2 = std::string(notice2.obj().at("defence_due_on").as_string());
  app().clock.Advance(30LL * 86400);
  app().ForgetTokens();
  auto late = app().As("mb.principal", "POST", path2 + "/own-defence", body);
  app().clock.Advance(-30LL * 86400);
  app().ForgetTokens();
  EXPECT_EQ(late.status, 422) << late.body;
  EXPECT_TRUE(FieldRulesOf(late).count("defence:dishonesty_defence_closed")) << late.body;
  EXPECT_NE(late.body.find(due2), std::string::npos) << late.body;
  EXPECT_FALSE(due.empty());
}

// An accident-investigation finding flagged credit-relevant is listed as a basis for the list
// (调查发现，纳入失信依据) and enters, in one click, a candidate of "other serious violations" linked
// to the accident; once per finding; an unflagged finding is refused; out of scope 404.
TEST_P(DishonestyListTest, CreditRelevantInvestigationFindingEntersACandidate) {
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  auto acc = app().As("mb.safety", "POST", "/api/v1/accidents",
                      json::serialize(json::object{
                          {"occurred_at", core::IsoFromUnix(app().clock.Now() - 2 * 86400)},
                          {"title", "装药机故障伤人"},
                          {"serious_injuries", 2}}));
  ASSERT_EQ(acc.status, 201) << acc.body;
  const int64_t accident = acc.obj().at("id").as_int64();
  const std::string inv = "/api/v1/accidents/" + std::to_string(accident) + "/investigation";
  ASSERT_EQ(app().As("zoucheng", "PUT", inv,
                     json::serialize(json::object{{"team_leader", "乙"}, {"started_on", Today(-1)}}))
                .status,
            200);
  auto add = [&](bool relevant, const std::string& title) -> int64_t {
    auto r = app().As("zoucheng", "POST", inv + "/findings",
                      json::serialize(json::object{{"kind", "violation"},
                                                   {"title", title},
                                                   {"description", "为提高产量擅自拆除联锁"},
                                                   {"responsible", "生产车间主任"},
                                                   {"credit_relevant", relevant}}));
    EXPECT_EQ(r.status, 201) << r.body;
    for (const auto& f : r.obj().at("findings").as_array())
      if (f.at("title").as_string() == title) return f.at("id").as_int64();
    return 0;
  };
  const int64_t relevant = add(true, "装药机防护联锁装置被拆除");
  const int64_t plain = add(false, "交接班记录不全");
  ASSERT_NE(relevant, 0);
  // Listed among the bases on the candidate page; not the unflagged one.
  auto list = app().As("zoucheng", "GET", "/api/v1/dishonesty-list/investigation-findings?page_size=100");
  ASSERT_EQ(list.status, 200) << list.body;
  bool listed = false, plain_listed = false;
  for (const auto& f : list.obj().at("items").as_array()) {
    if (f.at("id").as_int64() == relevant) {
      listed = true;
      EXPECT_EQ(f.at("accident").at("id").as_int64(), accident);
      EXPECT_EQ(f.at("enterprise").at("id").as_int64(), mb);
      EXPECT_TRUE(f.at("candidate_id").is_null());
    }
    plain_listed |= f.at("id").as_int64() == plain;
  }
  EXPECT_TRUE(listed) << list.body;
  EXPECT_FALSE(plain_listed);
  auto other = app().As("rencheng", "GET", "/api/v1/dishonesty-list/investigation-findings?page_size=100");
  for (const auto& f : other.obj().at("items").as_array()) EXPECT_NE(f.at("id").as_int64(), relevant);
  EXPECT_EQ(app().As("mb.principal", "GET", "/api/v1/dishonesty-list/investigation-findings").status, 403);
  // One click: the candidate of art. 8 (9), linked to the accident, naming the finding.
  const std::string body = json::serialize(json::object{{"finding_id", relevant}});
  EXPECT_EQ(app().As("rencheng", "POST", "/api/v1/dishonesty-list/investigation-findings", body).status, 404);
  auto refused = app().As("zoucheng", "POST", "/api/v1/dishonesty-list/investigation-findings",
                          json::serialize(json::object{{"finding_id", plain}}));
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(FieldRulesOf(refused).count("finding_id:dishonesty_finding_not_credit_relevant")) << refused.body;
  auto c = app().As("zoucheng", "POST", "/api/v1/dishonesty-list/investigation-findings", body);
  ASSERT_EQ(c.status, 201) << c.body;
  const int64_t candidate = c.obj().at("id").as_int64();
  EXPECT_EQ(c.obj().at("state").as_string(), "candidate");
  EXPECT_EQ(c.obj().at("criterion").at("id").as_string(), "other_serious_violation");
  EXPECT_EQ(c.obj().at("source_kind").as_string(), "investigation_finding");
  EXPECT_EQ(c.obj().at("source_ids").as_array()[0].as_int64(), accident);
  EXPECT_NE(std::string(c.obj().at("facts").as_string()).find("装药机防护联锁装置被拆除"), std::string::npos);
  EXPECT_EQ(AuditCount(candidate, "dishonesty_entered"), 1);
  // Once per finding: the list links the candidate; a second click is refused naming it.
  auto again = app().As("zoucheng", "POST", "/api/v1/dishonesty-list/investigation-findings", body);
  EXPECT_EQ(again.status, 422);
  EXPECT_TRUE(FieldRulesOf(again).count("finding_id:dishonesty_finding_entered")) << again.body;
  EXPECT_NE(again.body.find(std::to_string(candidate)), std::string::npos) << again.body;
  auto after = app().As("zoucheng", "GET", "/api/v1/dishonesty-list/investigation-findings?page_size=100");
  for (const auto& f : after.obj().at("items").as_array())
    if (f.at("id").as_int64() == relevant) EXPECT_EQ(f.at("candidate_id").as_int64(), candidate);
}

// ListedOn / ListedAmong / ListedSql agree on the term's first and last day and on an early
// removal (a removed_on day is no longer listed).
TEST_P(DishonestyListTest, ListedOnCountsTheTermAndAnEarlyRemoval) {
  const int64_t ent = app().EnterpriseIdByName("济宁润泽化工有限公司");
  auto db = app().Db();
  const auto path = db->Query("SELECT region_path FROM enterprises WHERE id = ?", {ent})
                        .Text(0, "region_path");
  const int64_t id =
      db->Query("INSERT INTO dishonesty_entries (enterprise_id, region_path, criterion, state, "
                "decision_number, listed_from, listed_until, created_at, updated_at) VALUES "
                "(?, ?, 'major_accident', 'listed', '测试决定-1', '2000-03-02', '2003-03-01', "
                "'2000-03-01T00:00:00Z', '2000-03-01T00:00:00Z') RETURNING id",
                {ent, path})
          .Int(0, "id");
  using dishonesty_list::ListedAmong;
  using dishonesty_list::ListedOn;
  EXPECT_FALSE(ListedOn(*db, ent, "2000-03-01"));
  ASSERT_TRUE(ListedOn(*db, ent, "2000-03-02"));
  EXPECT_EQ(ListedOn(*db, ent, "2000-03-02")->entry_id, id);
  EXPECT_EQ(ListedOn(*db, ent, "2003-03-01")->decision_number, "测试决定-1");
  EXPECT_FALSE(ListedOn(*db, ent, "2003-03-02"));
  auto among = ListedAmong(*db, {ent, ent + 100000}, "2001-01-01");
  ASSERT_EQ(among.size(), 1u);
  EXPECT_EQ(among.begin()->first, ent);
  auto in_sql = [&](const std::string& day) {
    return db->Query("SELECT COUNT(*) AS n FROM enterprises e WHERE e.id = ? AND " +
                         dishonesty_list::ListedSql("e.id"),
                     {ent, day})
        .Int(0, "n");
  };
  EXPECT_EQ(in_sql("2001-01-01"), 1);
  EXPECT_EQ(in_sql("1999-01-01"), 0);
  // The enforcement draw takes a listed enterprise as a key enterprise (always drawn).
  auto keys = [&](const std::string& day) {
    auto k = enforcement::KeyEnterprises(*db, path, {}, day);
    return std::count(k.begin(), k.end(), ent);
  };
  EXPECT_EQ(keys("2001-01-01"), 1);
  EXPECT_EQ(keys("1999-01-01"), 0);
  db->Exec("UPDATE dishonesty_entries SET removed_on = '2001-06-01' WHERE id = ?", {id});
  EXPECT_TRUE(ListedOn(*db, ent, "2001-05-31"));
  EXPECT_FALSE(ListedOn(*db, ent, "2001-06-01"));
  EXPECT_EQ(in_sql("2001-06-01"), 0);
  EXPECT_TRUE(ListedAmong(*db, {ent}, "2001-06-01").empty());
  db->Exec("DELETE FROM dishonesty_entries WHERE id = ?", {id});
}

}  // namespace

ANJIAN_BACKENDS(DishonestyListTest);

}  // namespace anjian::test
