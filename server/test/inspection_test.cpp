// Inspections through the API on SQLite and PostgreSQL: checklists (built-ins read-only, own
// ones with replaced items), task generation from control measures and duties across a year end
// with missed marking (a fixed "now", not the wall clock), executing a checklist item by item
// with the photo rule, and the regulator's dashboard list of missed daily inspections.
#include "api_harness.hpp"
#include "core/civil_date.hpp"
#include "core/china_time.hpp"
#include "dual_prevention/investigation/task_generation_service.hpp"

namespace anjian::test {
namespace {


class InspectionTest : public ApiTest {};

TEST_P(InspectionTest, BuiltinChecklistsFromTheSeedAndOwnChecklists) {
  auto list = app().As("rencheng", "GET", "/api/v1/checklists");
  ASSERT_EQ(list.status, 200) << list.body;
  std::map<std::string, int64_t> builtin;
  for (const auto& c : list.obj().at("items").as_array())
    if (c.at("builtin").as_bool()) builtin[std::string(c.at("code").as_string())] = c.at("id").as_int64();
  ASSERT_EQ(builtin.size(), 3u);
  auto fire = app().As("hc.safety", "GET", "/api/v1/checklists/" + std::to_string(builtin["fire_special"]));
  ASSERT_EQ(fire.status, 200);
  std::string all;
  for (const auto& i : fire.obj().at("items").as_array()) all += std::string(i.at("content").as_string());
  for (const char* want : {"电路", "消防器材", "枯草", "用火", "火种"})
    EXPECT_NE(all.find(want), std::string::npos) << want;
  auto ro = app().As("hc.safety", "PUT", "/api/v1/checklists/" + std::to_string(builtin["fire_special"]),
                     R"({"name":"x","items":[{"content":"y"}]})");
  EXPECT_EQ(ro.status, 422);
  EXPECT_TRUE(FieldRulesOf(ro).count(":builtin_readonly")) << ro.body;

  auto own = app().As("hc.safety", "POST", "/api/v1/checklists",
                      R"({"name":"储罐区周检","kind":"routine","items":[{"content":"呼吸阀","requires_photo":true},{"content":"防火堤"}]})");
  ASSERT_EQ(own.status, 201) << own.body;
  int64_t id = own.obj().at("id").as_int64();
  auto upd = app().As("hc.safety", "PUT", "/api/v1/checklists/" + std::to_string(id),
                      R"({"name":"储罐区周检","items":[{"content":"呼吸阀"}]})");
  ASSERT_EQ(upd.status, 200) << upd.body;
  EXPECT_EQ(upd.obj().at("items").as_array().size(), 1u);
  {
    auto conn = app().Db();
    EXPECT_EQ(conn->Query("SELECT COUNT(*) AS n FROM checklist_items WHERE checklist_id = ?", {id}).Int(0, "n"), 3)
        << "retired items stay for past records";
  }
  EXPECT_EQ(app().As("mb.safety", "GET", "/api/v1/checklists/" + std::to_string(id)).status, 404);
  EXPECT_EQ(app().As("rencheng", "POST", "/api/v1/checklists", R"({"name":"x","items":[{"content":"y"}]})").status, 403);
  auto empty = app().As("hc.safety", "POST", "/api/v1/checklists", R"({"name":"x","items":[]})");
  EXPECT_TRUE(FieldRulesOf(empty).count("items:items_required"));
}

// Weekly and monthly measures and a daily duty over 2020-12-28 … 2021-01-04: ISO weeks 2020-W53
// and 2021-W01, months 2020-12 and 2021-01; re-running creates nothing; at a "now" after the
// period ends the open tasks become missed, done ones stay done.
TEST_P(InspectionTest, TaskGenerationAcrossYearEndAndMissedMarking) {
  auto& a = app();
  auto o = a.As("hc.safety", "POST", "/api/v1/risk-objects", R"({"name":"跨年对象"})");
  auto u = a.As("hc.safety", "POST", "/api/v1/risk-units",
                R"({"risk_object_id":)" + std::to_string(o.obj().at("id").as_int64()) +
                    R"(,"name":"跨年单元","unit_type":"area"})");
  auto e = a.As("hc.safety", "POST", "/api/v1/risk-units/" + std::to_string(u.obj().at("id").as_int64()) + "/events",
                R"({"name":"火灾","accident_type":"08","hazard_factor":"22"})");
  auto ev = "/api/v1/risk-events/" + std::to_string(e.obj().at("id").as_int64()) + "/measures";
  int64_t me = a.Db()->Query("SELECT id FROM users WHERE username = 'hc.safety'").Int(0, "id");
  auto weekly = a.As("hc.safety", "POST", ev,
                     R"({"kind":"management","control_level":"team","description":"周检","frequency":"weekly","owner_user_id":)" +
                         std::to_string(me) + "}");
  ASSERT_EQ(weekly.status, 201) << weekly.body;
  auto monthly = a.As("hc.safety", "POST", ev,
                      R"({"kind":"management","control_level":"team","description":"月检","frequency":"monthly"})");
  ASSERT_EQ(monthly.status, 201);
  auto foreign = a.As("hc.safety", "POST", ev,
                      R"({"kind":"management","control_level":"team","description":"x","frequency":"daily","owner_user_id":1})");
  EXPECT_TRUE(FieldRulesOf(foreign).count("owner_user_id:user_unknown")) << foreign.body;
  int64_t hc = a.EnterpriseIdByName("济宁润泽化工有限公司");
  std::string wk = "m" + std::to_string(weekly.obj().at("id").as_int64());
  std::string mo = "m" + std::to_string(monthly.obj().at("id").as_int64());

  auto conn = a.Db();
  const auto from = core::ParseIsoDate("2020-12-28").value(), to = core::ParseIsoDate("2021-01-04").value();
  const int64_t during = core::UnixFromLocal(core::ParseIsoDate("2020-12-30").value(), 9 * 60);
  auto first = investigation::GenerateTasks(*conn, from, to, during, hc);
  EXPECT_GT(first.created, 0);
  auto keys = [&](const std::string& source) {
    std::vector<std::string> out;
    auto rs = conn->Query("SELECT period_key FROM inspection_tasks WHERE enterprise_id = ? AND "
                          "source_key = ? AND period_key < '2022' ORDER BY period_key",
                          {hc, source});
    for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Text(i, "period_key"));
    return out;
  };
  EXPECT_EQ(keys(wk), (std::vector<std::string>{"2020-W53", "2021-W01"}));
  EXPECT_EQ(keys(mo), (std::vector<std::string>{"2020-12", "2021-01"}));
  auto daily = conn->Query("SELECT COUNT(*) AS n FROM inspection_tasks t JOIN inspection_duties d "
                           "ON d.id = t.duty_id WHERE t.enterprise_id = ? AND t.period_key >= "
                           "'2020-12-28' AND t.period_key <= '2021-01-04'",
                           {hc});
  EXPECT_EQ(daily.Int(0, "n"), 8);
  // The 28th and 29th closed before "during".
  EXPECT_EQ(conn->Query("SELECT COUNT(*) AS n FROM inspection_tasks WHERE enterprise_id = ? AND "
                        "status = 'missed' AND period_key IN ('2020-12-28', '2020-12-29')",
                        {hc})
                .Int(0, "n"),
            2);
  EXPECT_EQ(investigation::GenerateTasks(*conn, from, to, during, hc).created, 0) << "idempotent";

  // Do the 2020-W53 weekly task through the API, then jump past the year end.
  auto task = conn->Query("SELECT id, assignee_user_id, due_at FROM inspection_tasks WHERE "
                          "enterprise_id = ? AND source_key = ? AND period_key = '2020-W53'",
                          {hc, wk});
  EXPECT_EQ(task.Int(0, "assignee_user_id"), me);
  EXPECT_EQ(task.Text(0, "due_at"), "2021-01-03T16:00:00Z");  // Monday 00:00 in China
  int64_t task_id = task.Int(0, "id");
  auto done = a.As("hc.safety", "POST", "/api/v1/inspection-tasks/" + std::to_string(task_id) + "/records",
                   R"({"items":[{"position":1,"outcome":"pass"}]})");
  ASSERT_EQ(done.status, 201) << done.body;
  const int64_t after = core::UnixFromLocal(core::ParseIsoDate("2021-02-01").value(), 0);
  investigation::MarkMissed(*conn, after);
  auto status = [&](const std::string& source, const std::string& period) {
    return conn->Query("SELECT status FROM inspection_tasks WHERE enterprise_id = ? AND "
                       "source_key = ? AND period_key = ?",
                       {hc, source, period})
        .Text(0, "status");
  };
  EXPECT_EQ(status(wk, "2020-W53"), "done");
  EXPECT_EQ(status(wk, "2021-W01"), "missed");
  EXPECT_EQ(status(mo, "2021-01"), "missed");
  auto counts = a.As("hc.safety", "GET", "/api/v1/inspection-tasks?from=2020-12-01&to=2021-01-31&source=measure");
  ASSERT_EQ(counts.status, 200) << counts.body;
  EXPECT_GE(counts.obj().at("counts").at("missed").as_int64(), 3);
  EXPECT_GE(counts.obj().at("counts").at("done").as_int64(), 1);
  // A missed task takes no record.
  auto late = a.As("hc.safety", "GET", "/api/v1/inspection-tasks?status=missed&source=measure&from=2021-01-04&to=2021-01-04");
  ASSERT_GE(late.obj().at("items").as_array().size(), 1u);
  auto refused = a.As("hc.safety", "POST",
                      "/api/v1/inspection-tasks/" + std::to_string(late.obj().at("items").at(0).at("id").as_int64()) + "/records",
                      R"({"items":[{"position":1,"outcome":"pass"}]})");
  EXPECT_EQ(refused.status, 409);
}

TEST_P(InspectionTest, ExecuteDailyChecklistWithPhotoRule) {
  auto& a = app();
  auto todo = a.As("hc.safety", "GET", "/api/v1/inspection-tasks?status=open&mine=true&source=duty");
  ASSERT_EQ(todo.status, 200) << todo.body;
  ASSERT_GE(todo.obj().at("items").as_array().size(), 1u) << "today's daily inspection";
  int64_t task_id = todo.obj().at("items").at(0).at("id").as_int64();
  auto path = "/api/v1/inspection-tasks/" + std::to_string(task_id);
  auto task = a.As("hc.safety", "GET", path);
  ASSERT_EQ(task.status, 200);
  const auto& items = task.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 7u);
  EXPECT_TRUE(items.at(0).at("requires_photo").as_bool());

  auto photo = a.Call("POST", "/api/v1/files", std::string("\xff\xd8\xff\xe0jpeg", 8), a.Token("hc.safety"),
                      {{"X-Filename", "现场.jpg"}, {"Content-Type", "image/jpeg"}});
  ASSERT_EQ(photo.status, 201);
  int64_t photo_id = photo.obj().at("id").as_int64();
  auto answers = [&](bool with_photo, bool complete) {
    json::array arr;
    for (const auto& it : items) {
      int64_t pos = it.at("position").as_int64();
      if (!complete && pos == 7) continue;
      json::object o{{"position", pos}, {"outcome", pos == 2 ? "fail" : pos == 6 ? "not_applicable" : "pass"}};
      if (pos == 2) o["note"] = "设备带病运转";
      if (it.at("requires_photo").as_bool() && with_photo) o["photo_ids"] = json::array{photo_id};
      arr.push_back(std::move(o));
    }
    return json::serialize(json::object{{"items", arr}, {"note", "公司级检查"}});
  };
  auto bad = a.As("hc.safety", "POST", path + "/records", answers(false, false));
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("items[position=1].photo_ids:photo_required")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("items[position=7]:item_unanswered")) << bad.body;
  EXPECT_EQ(a.As("rencheng", "POST", path + "/records", answers(true, true)).status, 403);
  EXPECT_EQ(a.As("mb.safety", "POST", path + "/records", answers(true, true)).status, 404);
  auto ok = a.As("hc.safety", "POST", path + "/records", answers(true, true));
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(ok.obj().at("failed_count").as_int64(), 1);
  EXPECT_EQ(ok.obj().at("items").at(1).at("outcome").as_string(), "fail");
  EXPECT_EQ(ok.obj().at("items").at(0).at("photo_ids").at(0).as_int64(), photo_id);
  auto again = a.As("hc.safety", "GET", path);
  EXPECT_EQ(again.obj().at("status").as_string(), "done");
  EXPECT_EQ(again.obj().at("record").at("id").as_int64(), ok.obj().at("id").as_int64());
  EXPECT_EQ(a.As("hc.safety", "POST", path + "/records", answers(true, true)).status, 409);
  // The county sees the record; another county does not.
  auto rec = "/api/v1/inspection-records/" + std::to_string(ok.obj().at("id").as_int64());
  EXPECT_EQ(a.As("rencheng", "GET", rec).status, 200);
  EXPECT_EQ(a.As("zoucheng", "GET", rec).status, 404);

  // The failed item becomes a hidden danger in one step; the pass item does not; only once.
  auto rec_id = std::to_string(ok.obj().at("id").as_int64());
  auto finding = "/api/v1/inspection-records/" + rec_id + "/items/2/hidden-danger";
  EXPECT_EQ(a.As("rencheng", "POST", finding).status, 403);
  EXPECT_EQ(a.As("mb.safety", "POST", finding).status, 404);
  auto passed = a.As("hc.safety", "POST", "/api/v1/inspection-records/" + rec_id + "/items/1/hidden-danger");
  EXPECT_EQ(passed.status, 422);
  EXPECT_TRUE(FieldRulesOf(passed).count("outcome:item_not_failed")) << passed.body;
  auto hd = a.As("hc.safety", "POST", finding);
  ASSERT_EQ(hd.status, 201) << hd.body;
  int64_t hd_id = hd.obj().at("hidden_danger_id").as_int64();
  auto got = a.As("hc.safety", "GET", "/api/v1/hidden-dangers/" + std::to_string(hd_id));
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.obj().at("source").as_string(), "inspection");
  EXPECT_EQ(got.obj().at("state").as_string(), "reported");
  EXPECT_EQ(got.obj().at("inspection_record_id").as_int64(), ok.obj().at("id").as_int64());
  EXPECT_EQ(got.obj().at("description").as_string(), "设备带病运转");
  EXPECT_EQ(a.As("rencheng", "GET", "/api/v1/hidden-dangers/" + std::to_string(hd_id)).status, 200);
  EXPECT_EQ(a.As("hc.safety", "POST", finding).status, 409);
  auto linked = a.As("hc.safety", "GET", "/api/v1/inspection-records/" + rec_id);
  EXPECT_EQ(linked.obj().at("items").at(1).at("hidden_danger_id").as_int64(), hd_id);
  EXPECT_TRUE(linked.obj().at("items").at(0).at("hidden_danger_id").is_null());

  auto x = a.As("rencheng", "GET", "/api/v1/inspection-tasks/export?status=missed");
  EXPECT_EQ(x.status, 200);
  EXPECT_EQ(x.body.substr(0, 2), "PK");

  // The records list exports with the same filters; the list itself sees the failed record.
  auto failed = a.As("hc.safety", "GET", "/api/v1/inspection-records?failed=true");
  ASSERT_EQ(failed.status, 200);
  EXPECT_GE(failed.obj().at("total").as_int64(), 1);
  auto rx = a.As("rencheng", "GET", "/api/v1/inspection-records/export?failed=true");
  EXPECT_EQ(rx.status, 200);
  EXPECT_EQ(rx.body.substr(0, 2), "PK");
  EXPECT_EQ(a.As("hc.safety", "GET", "/api/v1/inspection-records/export").status, 200);
}

TEST_P(InspectionTest, AdHocSpecialInspection) {
  auto list = app().As("mb.safety", "GET", "/api/v1/checklists");
  int64_t fire = 0;
  for (const auto& c : list.obj().at("items").as_array())
    if (c.at("code").as_string() == "fire_special") fire = c.at("id").as_int64();
  auto cl = app().As("mb.safety", "GET", "/api/v1/checklists/" + std::to_string(fire));
  auto photo = app().Call("POST", "/api/v1/files", std::string("\x89PNG\r\n\x1a\nx", 9), app().Token("mb.safety"),
                          {{"X-Filename", "p.png"}, {"Content-Type", "image/png"}});
  json::array arr;
  for (const auto& it : cl.obj().at("items").as_array()) {
    json::object o{{"position", it.at("position")}, {"outcome", "pass"}};
    if (it.at("requires_photo").as_bool()) o["photo_ids"] = json::array{photo.obj().at("id")};
    arr.push_back(std::move(o));
  }
  auto r = app().As("mb.safety", "POST", "/api/v1/inspection-records",
                    json::serialize(json::object{{"checklist_id", fire}, {"items", arr}}));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.obj().at("title").as_string(), "防火专项排查");
  // A photo the caller cannot see is not attachable: another enterprise's, or a colleague's
  // upload not attached to anything yet. (Once in a record, a photo is visible to whoever may
  // read the record — issue 10 C — so the colleague could cite that one.)
  auto other_ent = app().Call("POST", "/api/v1/files", std::string("\x89PNG\r\n\x1a\nx", 9),
                              app().Token("hc.safety"), {{"X-Filename", "p.png"}, {"Content-Type", "image/png"}});
  auto loose = app().Call("POST", "/api/v1/files", std::string("\x89PNG\r\n\x1a\nx", 9),
                          app().Token("mb.safety"), {{"X-Filename", "p.png"}, {"Content-Type", "image/png"}});
  for (const auto* file : {&other_ent, &loose}) {
    arr.at(0).as_object()["photo_ids"] = json::array{file->obj().at("id")};
    auto foreign = app().As("mb.duty", "POST", "/api/v1/inspection-records",
                            json::serialize(json::object{{"checklist_id", fire}, {"items", arr}}));
    EXPECT_EQ(foreign.status, 422);
    EXPECT_TRUE(FieldRulesOf(foreign).count("items[position=1].photo_ids:file_unknown")) << foreign.body;
  }
}

TEST_P(InspectionTest, MissedDailyInspectionOnRegulatorDashboard) {
  int64_t hc = app().EnterpriseIdByName("济宁润泽化工有限公司");
  auto yesterday = core::FormatIsoDate(core::AddDays(core::ChinaDate(app().clock.Now()), -1));
  {
    auto conn = app().Db();
    conn->Exec("UPDATE inspection_tasks SET status = 'missed' WHERE enterprise_id = ? AND "
               "period_key = ? AND duty_id IS NOT NULL",
               {hc, yesterday});
  }
  auto has_hc = [&](const std::string& user) {
    auto d = app().As(user, "GET", "/api/v1/dashboard");
    EXPECT_EQ(d.status, 200) << d.body;
    const auto& m = d.obj().at("missed_daily_inspections").as_object();
    EXPECT_EQ(m.at("date").as_string(), yesterday);
    for (const auto& e : m.at("items").as_array())
      if (e.at("enterprise_id").as_int64() == hc) return true;
    return false;
  };
  EXPECT_TRUE(has_hc("rencheng"));
  EXPECT_TRUE(has_hc("jining"));
  EXPECT_FALSE(has_hc("zoucheng"));
}

ANJIAN_BACKENDS(InspectionTest);

}  // namespace
}  // namespace anjian::test
