// The company-level daily inspection of civil-explosives enterprises (seed 000 §3(2), rules.md
// §12; issue 11 §3) through the API on SQLite and PostgreSQL: the duty exists from registration
// and from an industry change, existing enterprises are repaired by the task job, it can be
// neither deactivated nor set below daily, it has one task per area (production, each magazine),
// and a missed day reaches the regulator in charge the next morning, once.
#include "api_harness.hpp"

#include <fstream>
#include <sstream>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "dual_prevention/investigation/task_generation_service.hpp"
#include "dual_prevention/risk/risk_codes_rules.hpp"
#include "platform/storage/migrations.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::test {
namespace {

class CompanyDailyInspectionTest : public ApiTest {
 protected:
  // A fresh valid USCC per call (the shared app keeps its enterprises between tests).
  std::string NewUscc() {
    static int n = 0;
    char body[18];
    std::snprintf(body, sizeof body, "91370811MA%07d", 4100 + n++ + (GetParam() == "postgres" ? 500 : 0));
    return registry::MakeUscc(std::string(body, 17));
  }
  std::string Body(const std::string& name, const std::string& uscc, const std::string& industry) {
    return R"({"name":")" + name + R"(","uscc":")" + uscc +
           R"(","region_code":"370811","industry":")" + industry + R"("})";
  }
  // The enterprise's company-level daily duty as the county regulator sees it (null if none).
  json::value DailyDuty(int64_t enterprise_id, const std::string& user = "rencheng") {
    auto r = app().As(user, "GET", "/api/v1/inspection-duties");
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& d : r.obj().at("items").as_array())
      if (d.at("enterprise_id").as_int64() == enterprise_id &&
          d.at("checklist_name").as_string().find("公司级每日检查") != std::string::npos)
        return d;
    return nullptr;
  }
  int64_t DailyChecklistId() {
    return app().Db()->Query("SELECT id FROM checklists WHERE code = 'company_daily'").Int(0, "id");
  }
  void RunJob() {
    auto conn = app().Db();
    storage::Transaction tx(*conn);
    investigation::RunTaskGeneration(*conn, app().clock.Now());
    tx.Commit();
  }
};

TEST_P(CompanyDailyInspectionTest, DutyFromRegistrationAndIndustryChange) {
  auto& a = app();
  auto c = a.As("rencheng", "POST", "/api/v1/enterprises",
                Body("测试民爆器材经营有限公司", NewUscc(), "civil_explosives_sales"));
  ASSERT_EQ(c.status, 201) << c.body;
  const int64_t seller = c.obj().at("id").as_int64();
  auto duty = DailyDuty(seller);
  ASSERT_TRUE(duty.is_object()) << "registered without its daily inspection";
  EXPECT_EQ(duty.at("frequency").as_string(), "daily");
  EXPECT_TRUE(duty.at("active").as_bool());
  EXPECT_TRUE(duty.at("mandatory").as_bool());
  {
    auto conn = a.Db();
    EXPECT_EQ(conn->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'inspection_duty' "
                          "AND entity_id = ? AND action = 'create'",
                          {std::to_string(duty.at("id").as_int64())})
                  .Int(0, "n"),
              1);
  }

  // Another industry has none, until it becomes a civil-explosives producer.
  const std::string uscc = NewUscc();
  auto g = a.As("rencheng", "POST", "/api/v1/enterprises", Body("测试机械有限公司", uscc, "general"));
  ASSERT_EQ(g.status, 201) << g.body;
  const int64_t other = g.obj().at("id").as_int64();
  EXPECT_TRUE(DailyDuty(other).is_null());
  auto u = a.As("rencheng", "PUT", "/api/v1/enterprises/" + std::to_string(other),
                Body("测试机械有限公司", uscc, "civil_explosives_production"));
  ASSERT_EQ(u.status, 200) << u.body;
  auto later = DailyDuty(other);
  ASSERT_TRUE(later.is_object());
  EXPECT_TRUE(later.at("mandatory").as_bool());
}

TEST_P(CompanyDailyInspectionTest, ExistingDutiesRepairedByTheJob) {
  auto& a = app();
  const int64_t mb = a.Db()->Query("SELECT enterprise_id FROM users WHERE username = 'mb.safety'")
                         .Int(0, "enterprise_id");
  const int64_t checklist = DailyChecklistId();
  {
    auto conn = a.Db();
    conn->Exec("UPDATE inspection_duties SET active = 0, frequency = 'monthly' WHERE "
               "enterprise_id = ? AND checklist_id = ?",
               {mb, checklist});
  }
  RunJob();
  auto duty = DailyDuty(mb, "mb.safety");
  ASSERT_TRUE(duty.is_object());
  EXPECT_TRUE(duty.at("active").as_bool());
  EXPECT_EQ(duty.at("frequency").as_string(), "daily");
  auto conn = a.Db();
  auto audit = conn->Query("SELECT actor_name, before_json FROM audit_log WHERE entity = "
                           "'inspection_duty' AND entity_id = ? AND action = 'update' ORDER BY id DESC",
                           {std::to_string(duty.at("id").as_int64())});
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit.Text(0, "actor_name"), "system");
  EXPECT_NE(audit.Text(0, "before_json").find("monthly"), std::string::npos);
}

TEST_P(CompanyDailyInspectionTest, MandatoryDutyStaysActiveAndDaily) {
  auto& a = app();
  const std::string checklist = std::to_string(DailyChecklistId());
  auto put = [&](const std::string& user, const std::string& frequency, bool active) {
    return a.As(user, "PUT", "/api/v1/inspection-duties",
                R"({"checklist_id":)" + checklist + R"(,"frequency":")" + frequency +
                    R"(","active":)" + (active ? "true" : "false") + "}");
  };
  auto weekly = put("mb.safety", "weekly", true);
  ASSERT_EQ(weekly.status, 422) << weekly.body;
  EXPECT_EQ(FieldRulesOf(weekly), (std::set<std::string>{"frequency:mandatory_duty_frequency"}));
  EXPECT_NE(weekly.body.find("每周"), std::string::npos) << weekly.body;
  auto off = put("mb.safety", "daily", false);
  ASSERT_EQ(off.status, 422) << off.body;
  EXPECT_EQ(FieldRulesOf(off), (std::set<std::string>{"active:mandatory_duty_inactive"}));
  auto shift = put("mb.safety", "per_shift", true);
  EXPECT_EQ(shift.status, 200) << shift.body;
  EXPECT_EQ(put("mb.safety", "daily", true).status, 200);
  // A chemical plant's daily check of the same checklist is its own choice.
  auto chem = put("hc.safety", "weekly", true);
  EXPECT_EQ(chem.status, 200) << chem.body;
  EXPECT_FALSE(chem.obj().at("mandatory").as_bool());
  EXPECT_EQ(put("hc.safety", "daily", true).status, 200);
}

TEST_P(CompanyDailyInspectionTest, MissedDayReachesTheRegulatorNextMorning) {
  auto& a = app();
  auto c = a.As("rencheng", "POST", "/api/v1/enterprises",
                Body("测试爆破器材生产有限公司", NewUscc(), "civil_explosives_production"));
  ASSERT_EQ(c.status, 201) << c.body;
  const int64_t ent = c.obj().at("id").as_int64();
  int64_t store = 0;
  {
    auto conn = a.Db();
    const std::string path =
        conn->Query("SELECT region_path FROM enterprises WHERE id = ?", {ent}).Text(0, "region_path");
    store = conn->Query("INSERT INTO stores (enterprise_id, region_path, name, kind, "
                        "product_limits_json, status, created_at, updated_at) VALUES "
                        "(?, ?, '1号雷管库', 'detonator', '{}', 'active', ?, ?) RETURNING id",
                        {ent, path, a.clock.NowIso(), a.clock.NowIso()})
                .Int(0, "id");
  }
  RunJob();
  const std::string today = core::ChinaIsoDate(a.clock.Now());
  {
    auto conn = a.Db();
    auto tasks = conn->Query("SELECT source_key, title FROM inspection_tasks WHERE enterprise_id = ? "
                             "AND period_key = ? ORDER BY source_key",
                             {ent, today});
    ASSERT_EQ(tasks.size(), 2u) << "one task per area";
    EXPECT_NE(tasks.Text(0, "title").find("生产区"), std::string::npos);
    EXPECT_NE(tasks.Text(1, "title").find("1号雷管库"), std::string::npos);
    EXPECT_NE(tasks.Text(1, "source_key").find("-s" + std::to_string(store)), std::string::npos);
  }
  auto missed_notes = [&](const std::string& user) {
    auto r = a.As(user, "GET", "/api/v1/notifications?page_size=100");
    EXPECT_EQ(r.status, 200) << r.body;
    int n = 0;
    for (const auto& x : r.obj().at("items").as_array())
      if (x.at("kind").as_string() == "missed_daily_inspection" &&
          x.at("title").as_string().find("测试爆破器材生产有限公司") != std::string::npos) {
        ++n;
        EXPECT_EQ(x.at("body").as_string(), "生产区；库区：1号雷管库");
      }
    return n;
  };
  EXPECT_EQ(missed_notes("rencheng"), 0) << "not before the day has ended";

  // The next morning: the day closed undone; the county regulator is told, once.
  a.clock.Advance(86400);
  a.ForgetTokens();
  RunJob();
  RunJob();
  EXPECT_EQ(missed_notes("rencheng"), 1);
  EXPECT_EQ(missed_notes("jining"), 0) << "the regulator in direct charge, not every level";
  {
    // A chemical plant runs the same checklist by choice: its missed days are not reported.
    auto conn = a.Db();
    EXPECT_EQ(conn->Query("SELECT COUNT(*) AS n FROM inspection_tasks t JOIN enterprises e ON e.id "
                          "= t.enterprise_id WHERE e.industry = 'hazardous_chemicals' AND "
                          "t.regulator_notified_at IS NOT NULL")
                  .Int(0, "n"),
              0);
  }
  auto d = a.As("rencheng", "GET", "/api/v1/dashboard");
  ASSERT_EQ(d.status, 200) << d.body;
  const auto& m = d.obj().at("missed_daily_inspections").as_object();
  EXPECT_EQ(m.at("date").as_string(), today);
  bool listed = false;
  for (const auto& e : m.at("items").as_array()) listed |= e.at("enterprise_id").as_int64() == ent;
  EXPECT_TRUE(listed);
}

// Seed 000 §3(1): 全员防火教育 and 突发事件处置预案 were missing from the built-in fire-prevention
// checklist; V023 adds them after the six items it had, without a photo requirement.
TEST_P(CompanyDailyInspectionTest, FireChecklistHasTheSeedsEightItems) {
  auto list = app().As("mb.safety", "GET", "/api/v1/checklists");
  ASSERT_EQ(list.status, 200) << list.body;
  int64_t fire = 0;
  for (const auto& c : list.obj().at("items").as_array())
    if (c.at("code").as_string() == "fire_special") fire = c.at("id").as_int64();
  auto cl = app().As("mb.safety", "GET", "/api/v1/checklists/" + std::to_string(fire));
  ASSERT_EQ(cl.status, 200) << cl.body;
  const auto& items = cl.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 8u) << cl.body;
  std::vector<std::string> contents;
  for (const auto& it : items) contents.emplace_back(it.at("content").as_string());
  EXPECT_NE(contents[0].find("电路"), std::string::npos);
  EXPECT_NE(contents[5].find("巡防"), std::string::npos);
  EXPECT_NE(contents[6].find("全员防火教育"), std::string::npos);
  EXPECT_NE(contents[7].find("突发事件"), std::string::npos);
  EXPECT_NE(contents[7].find("处置预案"), std::string::npos);
  EXPECT_EQ(items[6].at("position").as_int64(), 7);
  EXPECT_EQ(items[7].at("position").as_int64(), 8);
  EXPECT_FALSE(items[6].at("requires_photo").as_bool());
}

// The migration's insert is guarded: run again, it adds nothing (and no record is touched).
TEST_P(CompanyDailyInspectionTest, FireItemsMigrationIsIdempotent) {
  auto conn = app().Db();
  auto count = [&] {
    return conn->Query("SELECT COUNT(*) AS n FROM checklist_items i JOIN checklists c ON c.id = "
                       "i.checklist_id WHERE c.code = 'fire_special' AND c.enterprise_id IS NULL")
        .Int(0, "n");
  };
  const int64_t records = conn->Query("SELECT COUNT(*) AS n FROM inspection_record_items").Int(0, "n");
  const int64_t before = count();
  std::ifstream in(std::string(ANJIAN_SOURCE_DIR) +
                   "/server/migrations/V023__company_daily_inspection.sql");
  std::stringstream text;
  text << in.rdbuf();
  const std::string sql = text.str();
  ASSERT_FALSE(sql.empty());
  const auto fire = sql.find("INSERT INTO checklist_items");
  ASSERT_NE(fire, std::string::npos);
  storage::Transaction tx(*conn);
  conn->ExecScript(storage::RenderMigration(sql.substr(fire), conn->dialect()));
  tx.Commit();
  EXPECT_EQ(count(), before);
  EXPECT_EQ(conn->Query("SELECT COUNT(*) AS n FROM inspection_record_items").Int(0, "n"), records);
}

// GB/T 13861-2022 (issue 11 §3): the table the server validates against is the data file's
// (scripts/gen-hazard-factors.py regenerates it), and a risk event takes any code of the tree.
TEST_P(CompanyDailyInspectionTest, HazardFactorTreeFromTheDataFile) {
  std::ifstream in(std::string(ANJIAN_SOURCE_DIR) + "/server/reference/hazard_factors_gbt13861.tsv");
  ASSERT_TRUE(in.good());
  std::vector<std::string> rows, table;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
    ASSERT_EQ(cols.size(), 5u) << line;
    rows.push_back(cols[0] + "|" + cols[1] + "|" + cols[2] + "|" + cols[3]);
  }
  for (const auto& e : risk::HazardFactors())
    table.push_back(e.code + "|" + e.parent + "|" + e.label_zh + "|" + e.label_en);
  EXPECT_EQ(rows, table) << "run scripts/gen-hazard-factors.py";

  auto ref = app().As("hc.safety", "GET", "/api/v1/risk-reference");
  ASSERT_EQ(ref.status, 200) << ref.body;
  EXPECT_EQ(ref.obj().at("hazard_factors").as_array().size(), table.size());

  auto o = app().As("hc.safety", "POST", "/api/v1/risk-objects", R"({"name":"静电对象"})");
  ASSERT_EQ(o.status, 201) << o.body;
  auto u = app().As("hc.safety", "POST", "/api/v1/risk-units",
                    R"({"risk_object_id":)" + std::to_string(o.obj().at("id").as_int64()) +
                        R"(,"name":"装卸栈台","unit_type":"area"})");
  ASSERT_EQ(u.status, 201) << u.body;
  const std::string events = "/api/v1/risk-units/" + std::to_string(u.obj().at("id").as_int64()) + "/events";
  auto item = app().As("hc.safety", "POST", events,
                       R"({"name":"静电引燃","accident_type":"08","hazard_factor":"210303"})");
  ASSERT_EQ(item.status, 201) << item.body;
  EXPECT_EQ(item.obj().at("hazard_factor").as_string(), "210303");
  auto bad = app().As("hc.safety", "POST", events,
                      R"({"name":"x","accident_type":"08","hazard_factor":"219999"})");
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(FieldRulesOf(bad), (std::set<std::string>{"hazard_factor:hazard_factor_invalid"}));
  EXPECT_NE(bad.body.find("GB/T 13861-2022"), std::string::npos) << bad.body;
}

ANJIAN_BACKENDS(CompanyDailyInspectionTest);

}  // namespace
}  // namespace anjian::test
