// Licences (issue 15 §1) on both databases: the regulator records a licence with its scope
// (validity computed as 3 years when not given, history appended, audited, the enterprise
// notified), 暂扣 / 恢复 / 吊销 with their refusals, the enterprise's renewal refused in writing
// for an open major hidden danger (the refusal names it) and granted once it is closed (validity
// extended, "without re-review" shown), the art. 6 checklist computed from the data, safety
// evaluations, lists with filters and export, expiry reminders sent once per threshold,
// validation naming field and rule, and out-of-scope 404.
#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "licensing/licences/licence_service.hpp"

namespace anjian::test {
namespace {

class LicencesTest : public ApiTest {
 protected:
  std::string Day(int plus_days) {
    return core::FormatIsoDate(core::AddDays(core::ChinaDate(app().clock.Now()), plus_days));
  }
  int64_t Upload(const std::string& user, const std::string& name = "licence.pdf") {
    auto r = app().Call("POST", "/api/v1/files", std::string("%PDF-1.4\n% licence\n"),
                        app().Token(user),
                        {{"X-Filename", name}, {"Content-Type", "application/pdf"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  int64_t Hc() { return app().EnterpriseIdByName("济宁润泽化工有限公司"); }
  int64_t Mb() { return app().EnterpriseIdByName("邹城恒安民爆器材有限公司"); }
  int64_t UserId(const std::string& username) {
    auto db = app().Db();
    return db->Query("SELECT id FROM users WHERE username = ?", {username}).Int(0, "id");
  }
  // The facts of the art. 6 checklist made good for the enterprise, by the tables their areas
  // own: a safety department with a full-time safety manager, nobody unexamined, a filed plan,
  // a passed and current safety evaluation, no open major hidden danger, not listed.
  void MakeConditionsGood(int64_t enterprise_id, const std::string& user) {
    auto db = app().Db();
    const std::string now = app().clock.NowIso();
    const int64_t uid = UserId(user);
    db->Exec("UPDATE qualified_people SET left_on = '2000-01-02' WHERE enterprise_id = ?",
             {enterprise_id});
    db->Exec("DELETE FROM safety_departments WHERE enterprise_id = ?", {enterprise_id});
    db->Exec("INSERT INTO safety_departments (enterprise_id, name, established_on, updated_by, "
             "updated_at) VALUES (?, '安全环保部', '2020-01-01', ?, ?)",
             {enterprise_id, uid, now});
    const auto path =
        db->Query("SELECT region_path FROM enterprises WHERE id = ?", {enterprise_id})
            .Text(0, "region_path");
    db->Exec("INSERT INTO qualified_people (enterprise_id, region_path, name, role, full_time, "
             "appointed_on, created_at, updated_at) VALUES (?, ?, '专职安全员甲', "
             "'safety_manager', 1, '2020-01-01', ?, ?)",
             {enterprise_id, path, now, now});
    db->Exec("UPDATE emergency_plans SET status = 'draft' WHERE enterprise_id = ?", {enterprise_id});
    db->Exec("INSERT INTO emergency_plans (enterprise_id, region_path, kind, title, status, "
             "current_version, published_on, filed_on, created_by, created_at, updated_at) "
             "VALUES (?, ?, 'comprehensive', '综合应急预案（许可测试）', 'filed', 1, ?, ?, ?, ?, ?)",
             {enterprise_id, path, Day(-30), Day(-10), uid, now, now});
    db->Exec("UPDATE hidden_dangers SET is_open = 0 WHERE enterprise_id = ? AND level = 'major'",
             {enterprise_id});
    db->Exec("UPDATE dishonesty_entries SET removed_on = '2000-01-02' WHERE enterprise_id = ?",
             {enterprise_id});
    auto ev = app().As(user, "POST", "/api/v1/safety-evaluations",
                       json::serialize(json::object{{"agency_name", "山东安泰安全评价有限公司"},
                                                    {"evaluated_on", Day(-60)},
                                                    {"conclusion", "pass"},
                                                    {"valid_until", Day(3 * 365)},
                                                    {"report_file_id", Upload(user, "eval.pdf")}}));
    ASSERT_EQ(ev.status, 201) << ev.body;
  }
  Resp Register(const std::string& regulator, int64_t enterprise_id, const std::string& kind,
                const std::string& number, const std::string& valid_from,
                json::object extra = {}) {
    json::object body{{"enterprise_id", enterprise_id},
                      {"kind", kind},
                      {"number", number},
                      {"issuer_name", "山东省应急管理厅"},
                      {"valid_from", valid_from}};
    for (auto& [k, v] : extra) body[k] = v;
    return app().As(regulator, "POST", "/api/v1/licences", json::serialize(body));
  }
  int64_t AuditCount(const std::string& entity, int64_t id, const std::string& action) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ? AND "
                     "action = ?",
                     {entity, std::to_string(id), action})
        .Int(0, "n");
  }
  static const json::object* ConditionOf(const json::value& list, const std::string& id) {
    for (const auto& c : list.as_array())
      if (c.at("id").as_string() == id) return &c.as_object();
    return nullptr;
  }
};

TEST_P(LicencesTest, RegulatorRecordsALicenceWithValidityAndHistory) {
  const int64_t hc = Hc();
  auto r = Register("rencheng", hc, "hazardous_chemicals_trading", "鲁危化经字〔2026〕T001", Day(-10),
                    {{"scope", json::object{{"work_days", "12345"}, {"work_from", "08:00"},
                                            {"work_to", "17:30"}}},
                     {"document_file_id", Upload("rencheng")}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto& o = r.obj();
  const int64_t id = o.at("id").as_int64();
  EXPECT_EQ(o.at("status").as_string(), "valid");
  EXPECT_EQ(o.at("kind_zh").as_string(), "危险化学品经营许可证");
  // 3 years less a day (安全生产许可证条例 art. 9), computed when not given.
  const auto from = core::AddDays(core::ChinaDate(app().clock.Now()), -10);
  EXPECT_EQ(o.at("valid_to").as_string(),
            core::FormatIsoDate(core::AddDays(core::Date{from.year + 3, from.month, from.day}, -1)));
  EXPECT_NE(std::string(o.at("validity_source").as_string()).find("第九条"), std::string::npos);
  EXPECT_EQ(o.at("scope").at("work_days").as_string(), "12345");
  ASSERT_EQ(o.at("events").as_array().size(), 1u);
  EXPECT_EQ(o.at("events").as_array()[0].at("kind").as_string(), "registered");
  EXPECT_EQ(AuditCount("licence", id, "create"), 1);
  // The enterprise sees it and was told; another county does not see it.
  EXPECT_EQ(app().As("hc.safety", "GET", "/api/v1/licences/" + std::to_string(id)).status, 200);
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/licences/" + std::to_string(id)).status, 404);
  auto db = app().Db();
  EXPECT_GT(db->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                      "WHERE u.username = 'hc.safety' AND n.link = ?",
                      {"/licensing/licences/" + std::to_string(id)})
                .Int(0, "n"),
            0);
  // The same number twice, an enterprise recording its own, a foreign enterprise.
  auto twice = Register("rencheng", hc, "hazardous_chemicals_trading", "鲁危化经字〔2026〕T001", Day(0));
  EXPECT_EQ(twice.status, 422);
  EXPECT_TRUE(FieldRulesOf(twice).count("number:licence_number_taken")) << twice.body;
  EXPECT_EQ(Register("hc.principal", hc, "safety_production", "X-1", Day(0)).status, 403);
  EXPECT_EQ(Register("zoucheng", hc, "safety_production", "X-2", Day(0)).status, 404);
}

TEST_P(LicencesTest, BadInputNamesFieldAndRule) {
  const int64_t hc = Hc();
  auto r = Register("rencheng", hc, "driving_licence", "", "2026-02-30",
                    {{"valid_to", "2020-01-01"},
                     {"scope", json::object{{"work_days", "1289"}, {"work_from", "25:00"},
                                            {"products", json::array{json::object{
                                                             {"product_code", "NOPE"},
                                                             {"annual_quantity", -1}}}}}}});
  ASSERT_EQ(r.status, 422) << r.body;
  const auto rules = FieldRulesOf(r);
  EXPECT_TRUE(rules.count("kind:kind_invalid")) << r.body;
  EXPECT_TRUE(rules.count("number:required")) << r.body;
  EXPECT_TRUE(rules.count("valid_from:date_invalid")) << r.body;
  EXPECT_TRUE(rules.count("scope.work_days:weekdays_invalid")) << r.body;
  EXPECT_TRUE(rules.count("scope.work_from:time_of_day_invalid")) << r.body;
  EXPECT_TRUE(rules.count("scope.work_to:time_window_incomplete")) << r.body;
  EXPECT_TRUE(rules.count("scope.products[0].annual_quantity:quantity_positive")) << r.body;
  EXPECT_TRUE(rules.count("scope.products[0].product_code:product_unknown")) << r.body;
  for (const auto& e : r.obj().at("errors").as_array())
    EXPECT_FALSE(e.at("message_zh").as_string().empty());
  // Product types belong to the 民爆 licences; the dates in order.
  auto db = app().Db();
  const auto code = db->Query("SELECT code FROM products WHERE owner_enterprise_id IS NULL "
                              "ORDER BY id LIMIT 1").Text(0, "code");
  auto s = Register("rencheng", hc, "safety_production", "鲁安证T-9", Day(0),
                    {{"valid_to", Day(-1)},
                     {"scope", json::object{{"products", json::array{json::object{
                                                             {"product_code", code},
                                                             {"annual_quantity", 10}}}}}}});
  ASSERT_EQ(s.status, 422) << s.body;
  EXPECT_TRUE(FieldRulesOf(s).count("scope.products:licence_kind_scope")) << s.body;
  EXPECT_TRUE(FieldRulesOf(s).count("valid_to:licence_validity_order")) << s.body;
}

TEST_P(LicencesTest, ExplosivesLicenceCarriesProductsMagazinesAndIsReadByOtherAreas) {
  const int64_t mb = Mb();
  auto db = app().Db();
  const auto code = db->Query("SELECT code FROM products WHERE owner_enterprise_id IS NULL "
                              "ORDER BY id LIMIT 1").Text(0, "code");
  const int64_t store =
      db->Query("SELECT id FROM stores WHERE enterprise_id = ? ORDER BY id LIMIT 1", {mb}).Int(0, "id");
  const int64_t other_store =
      db->Query("SELECT id FROM stores WHERE enterprise_id <> ? ORDER BY id LIMIT 1", {mb}).Int(0, "id");
  auto bad = Register("zoucheng", mb, "explosives_production", "MB-T-0", Day(-5),
                      {{"scope", json::object{{"magazines", json::array{
                                                   json::object{{"store_id", other_store},
                                                                {"net_mass_kg", 100}},
                                                   json::object{{"store_id", store}}}}}}});
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("scope.magazines[0].store_id:licence_store_unknown")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("scope.magazines[1].net_mass_kg:licence_capacity_required"))
      << bad.body;
  auto r = Register("zoucheng", mb, "explosives_production", "MB-T-1", Day(-5),
                    {{"scope", json::object{{"products", json::array{json::object{
                                                             {"product_code", code},
                                                             {"annual_quantity", 1500.5}}}},
                                            {"magazines", json::array{json::object{
                                                              {"store_id", store},
                                                              {"net_mass_kg", 5000},
                                                              {"pieces", 20000}}}}}}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto& scope = r.obj().at("scope").as_object();
  ASSERT_EQ(scope.at("products").as_array().size(), 1u);
  EXPECT_EQ(scope.at("products").as_array()[0].at("annual_quantity_milli").as_int64(), 1500500);
  EXPECT_FALSE(scope.at("products").as_array()[0].at("unit").as_string().empty());
  EXPECT_EQ(scope.at("magazines").as_array()[0].at("net_mass_g").as_int64(), 5'000'000);
  // The reads the other areas use.
  const auto today = core::ChinaDate(app().clock.Now());
  auto in_force = licences::LicenceInForce(*db, mb, "explosives_production", today);
  ASSERT_TRUE(in_force.has_value());
  EXPECT_EQ(in_force->status, "valid");
  ASSERT_EQ(in_force->scope.products.size(), 1u);
  EXPECT_EQ(in_force->scope.products[0].product_code, code);
  EXPECT_EQ(in_force->scope.magazines.at(0).pieces.value_or(0), 20000);
  EXPECT_EQ(licences::LicenceInForce(*db, mb, "explosives_production",
                                     core::AddDays(today, 4 * 366))->status, "expired");
  // Before it was issued it does not govern (the demo's own licence of that kind may).
  auto before = licences::LicenceInForce(*db, mb, "explosives_production", core::AddDays(today, -6));
  EXPECT_TRUE(!before || before->number != "MB-T-1");
  bool found = false;
  for (const auto& l : licences::LicencesOf(*db, mb, today)) found = found || l.number == "MB-T-1";
  EXPECT_TRUE(found);
}

TEST_P(LicencesTest, SuspendReinstateRevokeWithReasonsAndRefusals) {
  const int64_t hc = Hc();
  auto r = Register("rencheng", hc, "safety_production", "鲁安证T-SRR", Day(-100));
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string path = "/api/v1/licences/" + std::to_string(r.obj().at("id").as_int64());
  // A suspension needs its reason and document.
  auto missing = app().As("rencheng", "POST", path + "/suspend", "{}");
  EXPECT_EQ(missing.status, 422);
  EXPECT_TRUE(FieldRulesOf(missing).count("reason:required")) << missing.body;
  EXPECT_TRUE(FieldRulesOf(missing).count("document_file_id:required")) << missing.body;
  const auto doc = json::serialize(json::object{{"reason", "重大事故隐患未整改"},
                                                {"document_file_id", Upload("rencheng", "暂扣决定.pdf")}});
  auto s = app().As("rencheng", "POST", path + "/suspend", doc);
  ASSERT_EQ(s.status, 200) << s.body;
  EXPECT_EQ(s.obj().at("status").as_string(), "suspended");
  EXPECT_EQ(s.obj().at("status_reason").as_string(), "重大事故隐患未整改");
  EXPECT_EQ(app().As("rencheng", "POST", path + "/suspend", doc).status, 409);
  EXPECT_EQ(app().As("hc.principal", "POST", path + "/suspend", doc).status, 403);
  auto back = app().As("rencheng", "POST", path + "/reinstate", R"({"reason":"整改完成"})");
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(back.obj().at("status").as_string(), "valid");
  auto rv = app().As("rencheng", "POST", path + "/revoke",
                     json::serialize(json::object{{"reason", "以欺骗手段取得"},
                                                  {"document_file_id", Upload("rencheng", "吊销.pdf")}}));
  ASSERT_EQ(rv.status, 200) << rv.body;
  EXPECT_EQ(rv.obj().at("status").as_string(), "revoked");
  auto again = app().As("rencheng", "POST", path + "/reinstate", R"({"reason":"x"})");
  EXPECT_EQ(again.status, 409);
  EXPECT_NE(std::string(again.obj().at("message_zh").as_string()).find("不能恢复"), std::string::npos) << again.body;
  std::vector<std::string> kinds;
  for (const auto& e : rv.obj().at("events").as_array())
    kinds.emplace_back(e.at("kind").as_string());
  EXPECT_EQ(kinds, (std::vector<std::string>{"registered", "suspended", "reinstated", "revoked"}));
  const int64_t id = rv.obj().at("id").as_int64();
  EXPECT_EQ(AuditCount("licence", id, "licence_suspend"), 1);
  EXPECT_EQ(AuditCount("licence", id, "licence_reinstate"), 1);
  EXPECT_EQ(AuditCount("licence", id, "licence_revoke"), 1);
  // The revocation document is readable by the enterprise through the licence.
  const auto file_id = rv.obj().at("status_document_file_id").as_int64();
  EXPECT_EQ(app().As("hc.safety", "GET", "/api/v1/files/" + std::to_string(file_id)).status, 200);
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/files/" + std::to_string(file_id)).status, 404);
  // A revoked licence cannot be renewed.
  auto renew = app().As("hc.safety", "POST", "/api/v1/licence-applications",
                        json::serialize(json::object{{"application_type", "renewal"},
                                                     {"licence_id", id}}));
  EXPECT_EQ(renew.status, 409) << renew.body;
}

TEST_P(LicencesTest, RenewalRefusedForAnOpenMajorHiddenDangerThenGrantedOnceClosed) {
  const int64_t hc = Hc();
  MakeConditionsGood(hc, "hc.safety");
  // A licence ending in 40 days: inside the 3-month window.
  const auto today = core::ChinaDate(app().clock.Now());
  const auto end = core::AddDays(today, 40);
  const auto from = core::AddDays(core::Date{end.year - 3, end.month, end.day}, 1);
  auto reg = Register("rencheng", hc, "safety_production", "（鲁）FM安许证字〔2023〕T01",
                      core::FormatIsoDate(from), {{"valid_to", core::FormatIsoDate(end)}});
  ASSERT_EQ(reg.status, 201) << reg.body;
  const int64_t licence = reg.obj().at("id").as_int64();
  EXPECT_TRUE(reg.obj().at("renewal").at("open").as_bool());
  EXPECT_TRUE(reg.obj().at("without_review").at("eligible").as_bool());
  // Every condition met.
  auto cond = app().As("hc.safety", "GET", "/api/v1/licence-conditions");
  ASSERT_EQ(cond.status, 200) << cond.body;
  EXPECT_TRUE(cond.obj().at("all_passed").as_bool()) << cond.body;
  // An open major hidden danger.
  auto db = app().Db();
  auto hd = db->Query("SELECT id, number FROM hidden_dangers WHERE enterprise_id = ? ORDER BY id LIMIT 1",
                      {hc});
  ASSERT_FALSE(hd.empty());
  const int64_t hd_id = hd.Int(0, "id");
  db->Exec("UPDATE hidden_dangers SET level = 'major', is_open = 1 WHERE id = ?", {hd_id});
  const auto renewal = json::serialize(json::object{{"application_type", "renewal"},
                                                    {"licence_id", licence},
                                                    {"note", "申请延期"}});
  auto a = app().As("hc.safety", "POST", "/api/v1/licence-applications", renewal);
  ASSERT_EQ(a.status, 201) << a.body;
  const int64_t app_id = a.obj().at("id").as_int64();
  const std::string path = "/api/v1/licence-applications/" + std::to_string(app_id);
  EXPECT_TRUE(a.obj().at("without_review").as_bool());
  EXPECT_EQ(a.obj().at("failed_conditions_at_submission").as_int64(), 1);
  // The 45-day clock counted from the submission day (art. 7).
  const auto& due = a.obj().at("decision_due").as_object();
  EXPECT_GE(due.at("days_left").as_int64(), 45);
  EXPECT_NE(std::string(due.at("source").as_string()).find("第七条"), std::string::npos);
  const auto* failed = ConditionOf(a.obj().at("conditions"), "no_major_hidden_danger");
  ASSERT_NE(failed, nullptr);
  EXPECT_FALSE(failed->at("passed").as_bool());
  EXPECT_EQ(failed->at("records").as_array()[0].at("id").as_int64(), hd_id);
  EXPECT_EQ(failed->at("records").as_array()[0].at("kind").as_string(), "hidden_danger");
  // A second application while this one is pending.
  EXPECT_EQ(app().As("hc.safety", "POST", "/api/v1/licence-applications", renewal).status, 409);
  // The regulator cannot approve it; a refusal needs its written reasons.
  auto approve = app().As("rencheng", "POST", path + "/decision", R"({"approve": true})");
  ASSERT_EQ(approve.status, 422) << approve.body;
  EXPECT_TRUE(FieldRulesOf(approve).count("approve:approval_conditions_failed")) << approve.body;
  auto bare = app().As("rencheng", "POST", path + "/decision", R"({"approve": false})");
  EXPECT_TRUE(FieldRulesOf(bare).count("note:refusal_reason_required")) << bare.body;
  EXPECT_EQ(app().As("zoucheng", "POST", path + "/decision", R"({"approve": false, "note": "x"})").status,
            404);
  auto refuse = app().As("rencheng", "POST", path + "/decision",
                         R"({"approve": false, "note": "存在未整改的重大事故隐患"})");
  ASSERT_EQ(refuse.status, 200) << refuse.body;
  EXPECT_EQ(refuse.obj().at("status").as_string(), "refused");
  const auto* named = ConditionOf(refuse.obj().at("conditions"), "no_major_hidden_danger");
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->at("records").as_array()[0].at("id").as_int64(), hd_id);
  EXPECT_EQ(AuditCount("licence_application", app_id, "licence_refuse"), 1);
  EXPECT_EQ(app().As("rencheng", "POST", path + "/decision", R"({"approve": false, "note": "x"})").status,
            409);
  EXPECT_GT(db->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                      "WHERE u.username = 'hc.principal' AND n.link = ? AND n.body LIKE ?",
                      {"/licensing/applications/" + std::to_string(app_id), "%重大事故隐患%"})
                .Int(0, "n"),
            0);
  // The hidden danger closed, a new renewal is granted: validity extended by 3 years.
  db->Exec("UPDATE hidden_dangers SET is_open = 0 WHERE id = ?", {hd_id});
  auto b = app().As("hc.safety", "POST", "/api/v1/licence-applications", renewal);
  ASSERT_EQ(b.status, 201) << b.body;
  EXPECT_EQ(b.obj().at("failed_conditions_at_submission").as_int64(), 0);
  auto grant = app().As("rencheng", "POST",
                        "/api/v1/licence-applications/" + std::to_string(b.obj().at("id").as_int64()) +
                            "/decision",
                        R"({"approve": true, "note": "有效期内未发生死亡事故，延期不再审查"})");
  ASSERT_EQ(grant.status, 200) << grant.body;
  EXPECT_EQ(grant.obj().at("status").as_string(), "approved");
  const auto new_from = core::AddDays(end, 1);
  EXPECT_EQ(grant.obj().at("licence").at("valid_to").as_string(),
            core::FormatIsoDate(core::AddDays(core::Date{new_from.year + 3, new_from.month, new_from.day}, -1)));
  auto l = app().As("hc.safety", "GET", "/api/v1/licences/" + std::to_string(licence));
  std::vector<std::string> kinds;
  for (const auto& e : l.obj().at("events").as_array()) kinds.emplace_back(e.at("kind").as_string());
  EXPECT_EQ(kinds, (std::vector<std::string>{"registered", "renewed"}));
  EXPECT_EQ(l.obj().at("applications").as_array().size(), 2u);
}

TEST_P(LicencesTest, RenewalWindowAndNewApplicationRules) {
  const int64_t hc = Hc();
  auto far = Register("rencheng", hc, "explosives_sales", "鲁民爆销T-far", Day(-10));
  ASSERT_EQ(far.status, 201) << far.body;
  auto early = app().As("hc.safety", "POST", "/api/v1/licence-applications",
                        json::serialize(json::object{{"application_type", "renewal"},
                                                     {"licence_id", far.obj().at("id").as_int64()}}));
  ASSERT_EQ(early.status, 409) << early.body;
  EXPECT_NE(std::string(early.obj().at("message_zh").as_string()).find("延期申请自"), std::string::npos) << early.body;
  // A new application for a kind it already holds; a renewal without a licence; another's licence.
  auto held = app().As("hc.safety", "POST", "/api/v1/licence-applications",
                       R"({"application_type":"new","kind":"explosives_sales"})");
  EXPECT_EQ(held.status, 409) << held.body;
  auto none = app().As("hc.safety", "POST", "/api/v1/licence-applications",
                       R"({"application_type":"renewal"})");
  EXPECT_TRUE(FieldRulesOf(none).count("licence_id:licence_required")) << none.body;
  auto foreign = app().As("mb.safety", "POST", "/api/v1/licence-applications",
                          json::serialize(json::object{{"application_type", "renewal"},
                                                       {"licence_id", far.obj().at("id").as_int64()}}));
  EXPECT_EQ(foreign.status, 404);
  // A new licence: submitted, approved with its number, issued from today for 3 years.
  MakeConditionsGood(hc, "hc.principal");
  {
    // Whatever safety production licence other tests or the demo gave it is gone.
    auto db = app().Db();
    db->Exec("UPDATE licences SET status = 'revoked' WHERE enterprise_id = ? AND "
             "kind = 'safety_production'",
             {hc});
  }
  auto a = app().As("hc.principal", "POST", "/api/v1/licence-applications",
                    R"({"application_type":"new","kind":"safety_production","note":"首次申请"})");
  ASSERT_EQ(a.status, 201) << a.body;
  const std::string path = "/api/v1/licence-applications/" + std::to_string(a.obj().at("id").as_int64());
  auto no_number = app().As("rencheng", "POST", path + "/decision", R"({"approve": true})");
  EXPECT_TRUE(FieldRulesOf(no_number).count("number:required")) << no_number.body;
  auto ok = app().As("rencheng", "POST", path + "/decision",
                     R"({"approve": true, "number": "（鲁）安许证字〔2026〕T77"})");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.obj().at("licence").at("valid_from").as_string(), Day(0));
  EXPECT_EQ(ok.obj().at("licence").at("issuer_name").as_string().empty(), false);
  // Withdrawal of a pending one.
  auto c = app().As("hc.principal", "POST", "/api/v1/licence-applications",
                    json::serialize(json::object{{"application_type", "change"},
                                                 {"licence_id", ok.obj().at("licence_id").as_int64()},
                                                 {"scope", json::object{{"note", "增加经营场所"}}}}));
  ASSERT_EQ(c.status, 201) << c.body;
  auto w = app().As("hc.principal", "POST",
                    "/api/v1/licence-applications/" + std::to_string(c.obj().at("id").as_int64()) +
                        "/withdraw",
                    "{}");
  ASSERT_EQ(w.status, 200) << w.body;
  EXPECT_EQ(w.obj().at("status").as_string(), "withdrawn");
}

TEST_P(LicencesTest, SafetyEvaluationsAreCheckedAndDecideTheCondition) {
  const int64_t hc = Hc();
  auto bad = app().As("hc.safety", "POST", "/api/v1/safety-evaluations",
                      json::serialize(json::object{{"agency_name", ""},
                                                   {"evaluated_on", Day(2)},
                                                   {"conclusion", "ok"},
                                                   {"valid_until", Day(1)},
                                                   {"report_file_id", 999999}}));
  ASSERT_EQ(bad.status, 422) << bad.body;
  const auto rules = FieldRulesOf(bad);
  EXPECT_TRUE(rules.count("agency_name:required")) << bad.body;
  EXPECT_TRUE(rules.count("evaluated_on:evaluation_date_future")) << bad.body;
  EXPECT_TRUE(rules.count("conclusion:status_invalid")) << bad.body;
  EXPECT_TRUE(rules.count("valid_until:evaluation_valid_until_order")) << bad.body;
  EXPECT_TRUE(rules.count("report_file_id:file_unknown")) << bad.body;
  auto failed = app().As("hc.safety", "POST", "/api/v1/safety-evaluations",
                         json::serialize(json::object{{"agency_name", "某评价机构"},
                                                      {"evaluated_on", Day(0)},
                                                      {"conclusion", "fail"},
                                                      {"valid_until", Day(365)},
                                                      {"report_file_id", Upload("hc.safety", "e.pdf")}}));
  ASSERT_EQ(failed.status, 201) << failed.body;
  auto cond = app().As("rencheng", "GET", "/api/v1/licence-conditions?enterprise_id=" + std::to_string(hc));
  ASSERT_EQ(cond.status, 200) << cond.body;
  const auto* eval = ConditionOf(cond.obj().at("conditions"), "safety_evaluation");
  ASSERT_NE(eval, nullptr);
  EXPECT_FALSE(eval->at("passed").as_bool());
  EXPECT_EQ(eval->at("records").as_array()[0].at("id").as_int64(), failed.obj().at("id").as_int64());
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/licence-conditions?enterprise_id=" + std::to_string(hc)).status,
            404);
  auto list = app().As("rencheng", "GET", "/api/v1/safety-evaluations?enterprise_id=" + std::to_string(hc));
  ASSERT_EQ(list.status, 200);
  EXPECT_GE(list.obj().at("total").as_int64(), 1);
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/safety-evaluations/export").status, 200);
}

TEST_P(LicencesTest, ListsFilterAndExport) {
  const int64_t hc = Hc();
  ASSERT_EQ(Register("rencheng", hc, "safety_production", "鲁安证T-exp", Day(-1200),
                     {{"valid_to", Day(-5)}}).status, 201);
  ASSERT_EQ(Register("rencheng", hc, "safety_production", "鲁安证T-soon", Day(-1000),
                     {{"valid_to", Day(20)}}).status, 201);
  auto expired = app().As("rencheng", "GET", "/api/v1/licences?status=expired&number=" +
                                                 api::PercentEncode("鲁安证T-exp"));
  ASSERT_EQ(expired.status, 200) << expired.body;
  EXPECT_EQ(expired.obj().at("total").as_int64(), 1);
  auto soon = app().As("rencheng", "GET", "/api/v1/licences?expiring_within_days=30&kind=safety_production");
  ASSERT_EQ(soon.status, 200);
  bool found = false;
  for (const auto& i : soon.obj().at("items").as_array())
    found = found || i.at("number").as_string() == "鲁安证T-soon";
  EXPECT_TRUE(found);
  auto bad = app().As("rencheng", "GET", "/api/v1/licences?status=lost&expiring_within_days=x&region=999999");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("status:status_invalid")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("expiring_within_days:type")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("region:region_unknown")) << bad.body;
  // Out of scope: zoucheng does not list 任城区's licences.
  auto other = app().As("zoucheng", "GET", "/api/v1/licences?number=" + api::PercentEncode("鲁安证T-soon"));
  EXPECT_EQ(other.obj().at("total").as_int64(), 0);
  auto x = app().As("rencheng", "GET", "/api/v1/licences/export?kind=safety_production");
  EXPECT_EQ(x.status, 200);
  EXPECT_NE(x.Header("Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/licence-applications/export").status, 200);
  auto kinds = app().As("hc.safety", "GET", "/api/v1/licences/kinds");
  ASSERT_EQ(kinds.status, 200);
  EXPECT_EQ(kinds.obj().at("decision_days").as_int64(), 45);
}

TEST_P(LicencesTest, ExpiryRemindersOncePerThreshold) {
  const int64_t hc = Hc();
  auto r = Register("rencheng", hc, "explosives_production", "鲁民爆生T-rem", Day(-1000),
                    {{"valid_to", Day(25)}});
  ASSERT_EQ(r.status, 201) << r.body;
  const int64_t id = r.obj().at("id").as_int64();
  auto db = app().Db();
  licences::RunLicenceReminders(*db, nullptr, app().clock.Now());
  auto rows = [&] {
    return db->Query("SELECT COUNT(*) AS n FROM licence_reminders WHERE licence_id = ?", {id}).Int(0, "n");
  };
  EXPECT_EQ(rows(), 2);  // 90 and 30 reached, 7 not yet
  EXPECT_EQ(AuditCount("licence", id, "licence_reminder"), 1);
  licences::RunLicenceReminders(*db, nullptr, app().clock.Now());
  EXPECT_EQ(AuditCount("licence", id, "licence_reminder"), 1);  // sent once
  EXPECT_GT(db->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                      "WHERE u.username = 'rencheng' AND n.link = ?",
                      {"/licensing/licences/" + std::to_string(id)})
                .Int(0, "n"),
            0);
}

}  // namespace

ANJIAN_BACKENDS(LicencesTest);

}  // namespace anjian::test
