// People's qualifications (issue 15 §2) on both databases: people in post with their examination
// due day (234号 item 3, 6 months on the calendar), the job opening one major hidden danger per
// unexamined principal and per special-operation worker without a certificate, certificate
// reminders sent once per threshold, the reads other areas use, validation naming field and
// rule, out-of-scope 404, enforcement staff of an agency, exports and audit entries.
#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "notifications/notification_service.hpp"
#include "qualifications/people/people_repository.hpp"
#include "qualifications/people/people_service.hpp"
#include "qualifications/people/qualification_rules.hpp"

namespace anjian::test {
namespace {

class QualificationsTest : public ApiTest {
 protected:
  std::string Today() { return core::ChinaIsoDate(app().clock.Now()); }
  std::string MonthsAgo(int months) {
    return core::FormatIsoDate(
        qualifications::AddMonthsCivil(*core::ParseIsoDate(Today()), -months));
  }
  std::string DaysFromToday(int days) {
    return core::FormatIsoDate(core::AddDays(*core::ParseIsoDate(Today()), days));
  }
  int64_t CreatePerson(const std::string& user, json::object body) {
    auto r = app().As(user, "POST", "/api/v1/qualification-people", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  qualifications::QualificationJobResult RunJob() {
    auto db = app().Db();
    notifications::PendingPushes pushes(app().clock);
    return qualifications::RunQualificationJob(*db, pushes, app().clock.Now());
  }
  int64_t DerivedCount(const std::string& key) {
    auto db = app().Db();
    return db
        ->Query("SELECT COUNT(*) AS n FROM hidden_danger_derivations WHERE derived_key = ?",
                {key})
        .Int(0, "n");
  }
  int64_t AuditCount(const std::string& entity, const std::string& action) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND action = ?",
                     {entity, action})
        .Int(0, "n");
  }
  static std::string P(int64_t id) { return "/api/v1/qualification-people/" + std::to_string(id); }
};

TEST_P(QualificationsTest, UnexaminedPrincipalPastSixMonthsOpensOneMajorHiddenDanger) {
  const std::string appointed = MonthsAgo(7);
  const int64_t id = CreatePerson("mb.safety", {{"name", "考核测试甲"},
                                                {"role", "principal"},
                                                {"post", "总经理"},
                                                {"appointed_on", appointed}});
  auto r = app().As("mb.safety", "GET", P(id));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("exam_state").as_string(), "overdue");
  EXPECT_FALSE(r.obj().at("exam_due_on").is_null());
  EXPECT_LT(std::string(r.obj().at("exam_due_on").as_string()), Today());
  EXPECT_EQ(AuditCount("qualified_person", "create") > 0, true);

  // The enterprise's gaps name the person (the read the licence conditions use).
  const int64_t mb = r.obj().at("enterprise_id").as_int64();
  {
    auto db = app().Db();
    bool found = false;
    for (const auto& g : qualifications::ExaminationGaps(*db, mb, Today()))
      if (g.person_id == id) {
        found = true;
        EXPECT_EQ(g.kind, "not_examined");
        EXPECT_EQ(g.derived_key,
                  "qualification:exam:" + std::to_string(id) + ":" + appointed);
      }
    EXPECT_TRUE(found);
  }
  auto overdue = app().As("zoucheng", "GET", "/api/v1/qualification-people?exam=overdue&name=" +
                                                 api::PercentEncode("考核测试甲"));
  ASSERT_EQ(overdue.status, 200) << overdue.body;
  EXPECT_EQ(overdue.obj().at("total").as_int64(), 1);

  // The job opens the major hidden danger once, reported to the regulator at once.
  const std::string key = "qualification:exam:" + std::to_string(id) + ":" + appointed;
  RunJob();
  EXPECT_EQ(DerivedCount(key), 1);
  RunJob();
  EXPECT_EQ(DerivedCount(key), 1);
  {
    auto db = app().Db();
    auto hd = db->Query("SELECT h.level, h.source, d.origin_kind, d.origin_id, d.basis FROM "
                        "hidden_danger_derivations d JOIN hidden_dangers h ON "
                        "h.id = d.hidden_danger_id WHERE d.derived_key = ?",
                        {key});
    ASSERT_EQ(hd.size(), 1u);
    EXPECT_EQ(hd.Text(0, "level"), "major");
    EXPECT_EQ(hd.Text(0, "source"), "derived");
    EXPECT_EQ(hd.Text(0, "origin_kind"), "person");
    EXPECT_EQ(hd.Int(0, "origin_id"), id);
    EXPECT_EQ(hd.Text(0, "basis"), "234-3");
  }

  // An examination before the appointment is refused; a pass recorded today clears the gap.
  auto early = app().As("mb.safety", "POST", P(id) + "/examinations",
                        json::serialize(json::object{{"examined_on", MonthsAgo(8)},
                                                     {"passed", true},
                                                     {"authority", "济宁市应急管理局"}}));
  EXPECT_EQ(early.status, 422);
  EXPECT_TRUE(FieldRulesOf(early).count("examined_on:examination_before_appointment"))
      << early.body;
  auto pass = app().As("mb.safety", "POST", P(id) + "/examinations",
                       json::serialize(json::object{{"examined_on", Today()},
                                                    {"passed", true},
                                                    {"authority", "济宁市应急管理局"},
                                                    {"certificate_no", "KH-2026-001"}}));
  ASSERT_EQ(pass.status, 201) << pass.body;
  EXPECT_EQ(pass.obj().at("exam_state").as_string(), "passed");
  EXPECT_EQ(pass.obj().at("examinations").as_array().size(), 1u);
  {
    auto db = app().Db();
    for (const auto& g : qualifications::ExaminationGaps(*db, mb, Today()))
      EXPECT_NE(g.person_id, id);
  }
  EXPECT_GT(AuditCount("person_examination", "qualification_examination"), 0);
}

TEST_P(QualificationsTest, SpecialWorkerWithoutCertificateIsAGapUntilCertified) {
  const int64_t id = CreatePerson("mb.safety", {{"name", "电工乙"},
                                                {"role", "special_worker"},
                                                {"appointed_on", MonthsAgo(1)}});
  const std::string key = "qualification:certificate:" + std::to_string(id);
  RunJob();
  EXPECT_EQ(DerivedCount(key), 1);
  auto c = app().As("mb.safety", "POST", P(id) + "/certificates",
                    json::serialize(json::object{{"kind", "special_operation"},
                                                 {"number", "T370800000001"},
                                                 {"issuer", "山东省应急管理厅"},
                                                 {"valid_from", MonthsAgo(2)},
                                                 {"valid_to", DaysFromToday(2000)}}));
  ASSERT_EQ(c.status, 201) << c.body;
  auto db = app().Db();
  const int64_t mb = c.obj().at("enterprise_id").as_int64();
  for (const auto& g : qualifications::ExaminationGaps(*db, mb, Today()))
    EXPECT_NE(g.person_id, id);
}

TEST_P(QualificationsTest, CertificateRemindersAreSentOncePerThresholdAndRevocationEndsValidity) {
  // A storekeeper linked to the mb.keeper account, certificate ending in 20 days.
  auto db = app().Db();
  const int64_t keeper =
      db->Query("SELECT id FROM users WHERE username = 'mb.keeper'").Int(0, "id");
  // The demo may have linked mb.keeper already: link a fresh person only when it has not.
  int64_t id = 0;
  auto linked = db->Query("SELECT id FROM qualified_people WHERE user_id = ? AND left_on IS NULL",
                          {keeper});
  if (linked.empty()) {
    id = CreatePerson("mb.safety", {{"name", "保管员丙"},
                                    {"role", "storekeeper"},
                                    {"appointed_on", MonthsAgo(12)},
                                    {"user_id", keeper}});
  } else {
    id = linked.Int(0, "id");
  }
  ASSERT_GT(id, 0);
  // The same account cannot be linked to a second person.
  auto twice = app().As("mb.safety", "POST", "/api/v1/qualification-people",
                        json::serialize(json::object{{"name", "重复关联"},
                                                     {"role", "guard"},
                                                     {"appointed_on", MonthsAgo(1)},
                                                     {"user_id", keeper}}));
  EXPECT_EQ(twice.status, 422);
  EXPECT_TRUE(FieldRulesOf(twice).count("user_id:person_user_taken")) << twice.body;

  // Start from no valid storekeeper certificate (the demo's is revoked through the API).
  auto existing = app().As("mb.safety", "GET", P(id));
  ASSERT_EQ(existing.status, 200) << existing.body;
  for (const auto& x : existing.obj().at("certificates").as_array())
    if (x.at("kind").as_string() == "storekeeper" && x.at("revoked_on").is_null())
      ASSERT_EQ(app().As("mb.safety", "POST",
                         "/api/v1/qualification-certificates/" +
                             std::to_string(x.at("id").as_int64()) + "/revoke",
                         R"({"reason": "换发新证"})")
                    .status,
                200);
  auto c = app().As("mb.safety", "POST", P(id) + "/certificates",
                    json::serialize(json::object{{"kind", "storekeeper"},
                                                 {"number", "BG-2026-0020"},
                                                 {"issuer", "济宁市公安局"},
                                                 {"valid_from", MonthsAgo(30)},
                                                 {"valid_to", DaysFromToday(20)}}));
  ASSERT_EQ(c.status, 201) << c.body;
  int64_t cert = 0;
  for (const auto& x : c.obj().at("certificates").as_array())
    if (x.at("number").as_string() == "BG-2026-0020") {
      cert = x.at("id").as_int64();
      EXPECT_EQ(x.at("state").as_string(), "expiring");
      EXPECT_EQ(x.at("days_left").as_int64(), 20);
    }
  ASSERT_GT(cert, 0);
  EXPECT_TRUE(qualifications::HoldsValidQualification(*db, keeper, "storekeeper", Today()));
  EXPECT_FALSE(qualifications::HoldsValidQualification(*db, keeper, "storekeeper",
                                                       DaysFromToday(21)));
  RunJob();
  auto sent = db->Query(
      "SELECT threshold_days FROM certificate_reminders WHERE certificate_id = ? "
      "ORDER BY threshold_days",
      {cert});
  ASSERT_EQ(sent.size(), 2u);  // 30 and 60 recorded, one notice
  EXPECT_EQ(sent.Int(0, "threshold_days"), 30);
  EXPECT_EQ(sent.Int(1, "threshold_days"), 60);
  const auto notices = [&] {
    return db->Query("SELECT COUNT(*) AS n FROM notifications WHERE kind = 'certificate_expiry' "
                     "AND link = ?",
                     {"/qualifications/people/" + std::to_string(id)})
        .Int(0, "n");
  };
  const int64_t first = notices();
  EXPECT_GT(first, 0);
  RunJob();
  EXPECT_EQ(notices(), first);  // nothing twice

  // The expiring list and its export.
  auto list = app().As("zoucheng", "GET",
                       "/api/v1/qualification-certificates?kind=storekeeper&expires_before=" +
                           DaysFromToday(30));
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_GE(list.obj().at("total").as_int64(), 1);
  auto xlsx = app().As("zoucheng", "GET", "/api/v1/qualification-certificates/export");
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");  // an xlsx (zip) workbook

  // With the setting on, custody refuses a second person without a valid certificate.
  auto on = app().As("sysadmin", "PUT", "/api/v1/settings/people_qualifications",
                     R"({"value": {"custody_requires_storekeeper_certificate": 1}})");
  ASSERT_EQ(on.status, 200) << on.body;
  EXPECT_NO_THROW(qualifications::RequireStorekeeperQualification(*db, keeper, "保管员丙",
                                                                 "second_person",
                                                                 app().clock.Now()));
  auto revoke = app().As("mb.safety", "POST",
                         "/api/v1/qualification-certificates/" + std::to_string(cert) + "/revoke",
                         R"({"reason": "调离保管岗位"})");
  ASSERT_EQ(revoke.status, 200) << revoke.body;
  EXPECT_EQ(revoke.obj().at("state").as_string(), "revoked");
  EXPECT_FALSE(qualifications::HoldsValidQualification(*db, keeper, "storekeeper", Today()));
  bool refused = false;
  try {
    qualifications::RequireStorekeeperQualification(*db, keeper, "保管员丙", "second_person",
                                                    app().clock.Now());
  } catch (const ApiException& e) {
    refused = true;
    ASSERT_FALSE(e.error.errors.empty());
    EXPECT_EQ(e.error.errors[0].rule, "storekeeper_certificate_missing");
    EXPECT_EQ(e.error.errors[0].field, "second_person");
  }
  EXPECT_TRUE(refused);
  auto again = app().As("mb.safety", "POST",
                        "/api/v1/qualification-certificates/" + std::to_string(cert) + "/revoke",
                        R"({"reason": "again"})");
  EXPECT_EQ(again.status, 422);
  auto off = app().As("sysadmin", "PUT", "/api/v1/settings/people_qualifications",
                      R"({"value": {"custody_requires_storekeeper_certificate": 0}})");
  ASSERT_EQ(off.status, 200) << off.body;
}

TEST_P(QualificationsTest, SafetyDepartmentAndFullTimeManagerAreTheFacts) {
  auto db = app().Db();
  const int64_t hc = app().EnterpriseIdByName("济宁润泽化工有限公司");
  const auto before = qualifications::SafetyDepartmentFactsOf(*db, hc, Today());
  auto put = app().As("hc.safety", "PUT", "/api/v1/safety-department",
                      json::serialize(json::object{{"name", "安全环保部"},
                                                   {"established_on", MonthsAgo(24)},
                                                   {"document_no", "润泽发〔2024〕3号"}}));
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_TRUE(put.obj().at("safety_department").at("has_department").as_bool());
  CreatePerson("hc.safety", {{"name", "专职安全员丁"},
                             {"role", "safety_manager"},
                             {"full_time", true},
                             {"appointed_on", MonthsAgo(3)}});
  const auto after = qualifications::SafetyDepartmentFactsOf(*db, hc, Today());
  EXPECT_TRUE(after.has_department);
  EXPECT_EQ(after.full_time_safety_managers, before.full_time_safety_managers + 1);
  EXPECT_TRUE(after.Satisfied());
  EXPECT_TRUE(qualifications::HasSafetyDepartment(*db, hc, Today()));
  auto summary = app().As("rencheng", "GET",
                          "/api/v1/qualification-summary?enterprise_id=" + std::to_string(hc));
  ASSERT_EQ(summary.status, 200) << summary.body;
  EXPECT_TRUE(summary.obj().at("safety_department").at("satisfied").as_bool());
  // Another county's regulator: 404 as for a missing enterprise.
  EXPECT_EQ(app().As("zoucheng", "GET",
                     "/api/v1/qualification-summary?enterprise_id=" + std::to_string(hc))
                .status,
            404);
  EXPECT_GT(AuditCount("safety_department", "qualification_safety_department"), 0);
}

TEST_P(QualificationsTest, BadInputNamesFieldAndRule) {
  auto r = app().As("mb.safety", "POST", "/api/v1/qualification-people",
                    R"({"name": "", "role": "wizard", "appointed_on": "2026-02-30"})");
  ASSERT_EQ(r.status, 422) << r.body;
  auto rules = FieldRulesOf(r);
  EXPECT_TRUE(rules.count("name:required")) << r.body;
  EXPECT_TRUE(rules.count("role:role_invalid")) << r.body;
  EXPECT_TRUE(rules.count("appointed_on:date_invalid")) << r.body;
  const int64_t id = CreatePerson("mb.safety", {{"name", "守护员戊"},
                                                {"role", "guard"},
                                                {"appointed_on", MonthsAgo(2)}});
  auto cert = app().As("mb.safety", "POST", P(id) + "/certificates",
                       json::serialize(json::object{{"kind", "guard"},
                                                    {"number", "SH-1"},
                                                    {"issuer", "邹城市公安局"},
                                                    {"valid_from", "2026-05-01"},
                                                    {"valid_to", "2026-04-30"}}));
  EXPECT_TRUE(FieldRulesOf(cert).count("valid_to:certificate_dates_invalid")) << cert.body;
  auto exam = app().As("mb.safety", "POST", P(id) + "/examinations",
                       json::serialize(json::object{{"examined_on", Today()},
                                                    {"passed", true},
                                                    {"authority", "x"}}));
  EXPECT_TRUE(RulesOf(exam).count("examination_not_required")) << exam.body;
  auto training = app().As("mb.safety", "POST", P(id) + "/training",
                           json::serialize(json::object{{"course", "民爆物品安全知识"},
                                                        {"trained_on", DaysFromToday(1)},
                                                        {"class_hours", 0},
                                                        {"exam_result", "maybe"}}));
  auto tr = FieldRulesOf(training);
  EXPECT_TRUE(tr.count("class_hours:range")) << training.body;
  EXPECT_TRUE(tr.count("trained_on:qualification_date_future")) << training.body;
  EXPECT_TRUE(tr.count("exam_result:kind_invalid")) << training.body;
  // A regulator account cannot add enterprise people (no qualification:write).
  EXPECT_EQ(app().As("zoucheng", "POST", "/api/v1/qualification-people",
                     R"({"name": "x", "role": "guard", "appointed_on": "2026-01-01"})")
                .status,
            403);
  // Training counts toward the year's hours.
  auto ok = app().As("mb.safety", "POST", P(id) + "/training",
                     json::serialize(json::object{{"course", "民爆物品安全知识"},
                                                  {"trained_on", Today()},
                                                  {"class_hours", 8},
                                                  {"exam_result", "pass"},
                                                  {"score", 92}}));
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(ok.obj().at("annual_hours").at("done").as_int64(), 8);
  EXPECT_EQ(ok.obj().at("annual_hours").at("required").as_int64(), 20);
  EXPECT_EQ(ok.obj().at("annual_hours").at("shortfall").as_int64(), 12);
  // Leaving the post ends it; a second leave is refused.
  auto leave = app().As("mb.safety", "POST", P(id) + "/leave",
                        json::serialize(json::object{{"left_on", Today()}}));
  ASSERT_EQ(leave.status, 200) << leave.body;
  EXPECT_FALSE(leave.obj().at("in_post").as_bool());
  auto again = app().As("mb.safety", "POST", P(id) + "/leave",
                        json::serialize(json::object{{"left_on", Today()}}));
  EXPECT_TRUE(RulesOf(again).count("person_left")) << again.body;
}

TEST_P(QualificationsTest, OutOfScopeIsNotFound) {
  const int64_t id = CreatePerson("mb.safety", {{"name", "范围测试己"},
                                                {"role", "escort"},
                                                {"appointed_on", MonthsAgo(2)}});
  EXPECT_EQ(app().As("zoucheng", "GET", P(id)).status, 200);
  EXPECT_EQ(app().As("jining", "GET", P(id)).status, 200);
  EXPECT_EQ(app().As("rencheng", "GET", P(id)).status, 404);
  EXPECT_EQ(app().As("hc.safety", "GET", P(id)).status, 404);
  EXPECT_EQ(app().As("hc.safety", "PUT", P(id),
                     R"({"name": "x", "role": "guard", "appointed_on": "2026-01-01"})")
                .status,
            404);
  EXPECT_EQ(app().As("hc.safety", "POST", P(id) + "/training",
                     R"({"course": "x", "trained_on": "2026-01-01", "class_hours": 2})")
                .status,
            404);
  auto list = app().As("rencheng", "GET", "/api/v1/qualification-people?name=" +
                                              api::PercentEncode("范围测试己"));
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.obj().at("total").as_int64(), 0);
  auto xlsx = app().As("zoucheng", "GET", "/api/v1/qualification-people/export?role=escort");
  EXPECT_EQ(xlsx.status, 200);
}

TEST_P(QualificationsTest, AgenciesKeepTheirEnforcementStaffTraining) {
  auto r = app().As("zoucheng", "POST", "/api/v1/enforcement-staff",
                    json::serialize(json::object{{"name", "执法员庚"},
                                                 {"post", "安全生产监督科科员"},
                                                 {"appointed_on", MonthsAgo(10)}}));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.obj().at("role").as_string(), "enforcement");
  const int64_t id = r.obj().at("id").as_int64();
  auto t = app().As("zoucheng", "POST",
                    "/api/v1/enforcement-staff/" + std::to_string(id) + "/training",
                    json::serialize(json::object{{"course", "安全生产行政执法规范"},
                                                 {"provider", "山东省工业和信息化厅"},
                                                 {"trained_on", Today()},
                                                 {"class_hours", 16},
                                                 {"exam_result", "pass"}}));
  ASSERT_EQ(t.status, 201) << t.body;
  EXPECT_EQ(t.obj().at("annual_hours").at("required").as_int64(), 40);
  // Another county cannot record this agency's staff training, nor see them.
  EXPECT_EQ(app().As("rencheng", "POST",
                     "/api/v1/enforcement-staff/" + std::to_string(id) + "/training",
                     R"({"course": "x", "trained_on": "2026-01-01", "class_hours": 2})")
                .status,
            404);
  auto rl = app().As("rencheng", "GET", "/api/v1/enforcement-staff?name=" +
                                            api::PercentEncode("执法员庚"));
  EXPECT_EQ(rl.obj().at("total").as_int64(), 0);
  auto zl = app().As("jining", "GET", "/api/v1/enforcement-staff?name=" +
                                          api::PercentEncode("执法员庚"));
  ASSERT_EQ(zl.status, 200) << zl.body;
  EXPECT_EQ(zl.obj().at("total").as_int64(), 1);
  EXPECT_EQ(zl.obj().at("items").as_array()[0].at("annual_hours").at("done").as_int64(), 16);
  // Enterprises hold no staff_training:manage.
  EXPECT_EQ(app().As("mb.safety", "POST", "/api/v1/enforcement-staff",
                     R"({"name": "x", "appointed_on": "2026-01-01"})")
                .status,
            403);
  // The agency edits its staff member (name, post, phone); audited; history of training kept.
  const std::string staff = "/api/v1/enforcement-staff/" + std::to_string(id);
  auto bad = app().As("zoucheng", "PUT", staff, R"({"name": "", "appointed_on": "2026-13-01"})");
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("name:required")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("appointed_on:date_invalid")) << bad.body;
  const std::string edit = json::serialize(json::object{{"name", "执法员庚（已更名）"},
                                                        {"post", "执法监察大队副队长"},
                                                        {"phone", "0537-5212345"},
                                                        {"role", "enforcement"},
                                                        {"appointed_on", MonthsAgo(10)}});
  EXPECT_EQ(app().As("rencheng", "PUT", staff, edit).status, 404);  // another county
  EXPECT_EQ(app().As("jining", "PUT", staff, edit).status, 404);    // not the city's own staff
  EXPECT_EQ(app().As("mb.safety", "PUT", staff, edit).status, 403);
  // The staff form sends its fixed role; any other role is refused naming the field.
  auto wrong_role = app().As("zoucheng", "PUT", staff,
                             json::serialize(json::object{{"name", "执法员庚"},
                                                          {"role", "principal"},
                                                          {"appointed_on", MonthsAgo(10)}}));
  EXPECT_EQ(wrong_role.status, 422) << wrong_role.body;
  EXPECT_TRUE(FieldRulesOf(wrong_role).count("role:kind_invalid")) << wrong_role.body;
  auto ed = app().As("zoucheng", "PUT", staff, edit);
  ASSERT_EQ(ed.status, 200) << ed.body;
  EXPECT_EQ(ed.obj().at("name").as_string(), "执法员庚（已更名）");
  EXPECT_EQ(ed.obj().at("post").as_string(), "执法监察大队副队长");
  EXPECT_EQ(ed.obj().at("role").as_string(), "enforcement");
  EXPECT_EQ(ed.obj().at("annual_hours").at("done").as_int64(), 16);
  {
    auto db = app().Db();
    EXPECT_EQ(db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'qualified_person' AND "
                        "entity_id = ? AND action = 'update'",
                        {std::to_string(id)})
                  .Int(0, "n"),
              1);
  }
  auto tl = app().As("jining", "GET", "/api/v1/training-records?staff=agency");
  ASSERT_EQ(tl.status, 200) << tl.body;
  EXPECT_GE(tl.obj().at("total").as_int64(), 1);
  EXPECT_GT(AuditCount("training_record", "qualification_training"), 0);
}

TEST_P(QualificationsTest, DutyLeaderMustBeAManagerWhereTheUnitKeepsPeople) {
  auto db = app().Db();
  const int64_t duty =
      db->Query("SELECT id FROM users WHERE username = 'hc.principal'").Int(0, "id");
  // hc keeps people (the test above added some): an unlinked account is refused, naming it.
  CreatePerson("hc.safety", {{"name", "人员记录"},
                             {"role", "guard"},
                             {"appointed_on", MonthsAgo(3)}});
  auto linked = db->Query("SELECT id FROM qualified_people WHERE user_id = ?", {duty});
  if (linked.empty()) {
    EXPECT_THROW(qualifications::RequireManager(*db, duty, "润泽负责人", "leader_user_id",
                                                app().clock.Now()),
                 ApiException);
    CreatePerson("hc.safety", {{"name", "润泽负责人"},
                               {"role", "principal"},
                               {"appointed_on", MonthsAgo(3)},
                               {"user_id", duty}});
  }
  EXPECT_NO_THROW(qualifications::RequireManager(*db, duty, "润泽负责人", "leader_user_id",
                                                 app().clock.Now()));
}

TEST_P(QualificationsTest, RosterRefusesALeaderWhoIsNotAManager) {
  // 恒安民爆 keeps people records (demo): its storekeeper account cannot lead a duty shift.
  auto db = app().Db();
  const auto uid = [&](const char* u) {
    return db->Query("SELECT id FROM users WHERE username = ?", {std::string(u)}).Int(0, "id");
  };
  const std::string unit =
      "enterprise-" + std::to_string(app().EnterpriseIdByName("邹城恒安民爆器材有限公司"));
  auto shift = [&](const char* leader) {
    return app().As(
        "mb.principal", "POST", "/api/v1/duty-rosters/units/" + unit + "/shifts",
        json::serialize(json::object{
            {"duty_date", DaysFromToday(45)},
            {"start", "08:00"},
            {"end", "20:00"},
            {"label", "资格测试班"},
            {"phone", "0537-5550001"},
            {"members", json::array{json::object{{"user_id", uid(leader)}, {"role", "leader"}},
                                    json::object{{"user_id", uid("mb.duty")}, {"role", "officer"}}}}}));
  };
  auto refused = shift("mb.keeper");
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_TRUE(FieldRulesOf(refused).count("members[0].user_id:duty_leader_not_manager"))
      << refused.body;
  auto ok = shift("mb.principal");  // linked to the principal 孙建国 (demo)
  EXPECT_EQ(ok.status, 201) << ok.body;
}

}  // namespace

ANJIAN_BACKENDS(QualificationsTest);

}  // namespace anjian::test
