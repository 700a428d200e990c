// Risk register and inspection tasks on SQLite and PostgreSQL: major hazard accountable people get generated
// inspection tasks (and lose them to a successor), every inspection-record filter in SQL with
// its refusals, a duty's new assignee takes over its open tasks, register rows are reactivated
// with an audit entry, and the 风险分级管控清单 workbook has its two-row merged header.
#include "api_harness.hpp"
#include "core/civil_date.hpp"
#include "core/china_time.hpp"
#include "dual_prevention/investigation/task_generation_service.hpp"
#include "platform/office/xlsx_reader.hpp"
#include "platform/office/zip.hpp"

namespace anjian::test {
namespace {


class RiskRegisterAndTasksTest : public ApiTest {};

int64_t UserId(TestApp& a, const std::string& username) {
  return a.Db()->Query("SELECT id FROM users WHERE username = ?", {username}).Int(0, "id");
}

int64_t AuditCount(TestApp& a, const std::string& action, const std::string& entity,
                   int64_t id) {
  return a.Db()
      ->Query("SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND entity = ? AND "
              "entity_id = ?",
              {action, entity, std::to_string(id)})
      .Int(0, "n");
}

TEST_P(RiskRegisterAndTasksTest, MajorHazardPeopleGetTasksAtTheirFrequencies) {
  auto& a = app();
  const int64_t principal = UserId(a, "hc.principal"), safety = UserId(a, "hc.safety");
  auto body = [&](int64_t p) {
    return R"({"name":"液氯储罐区","grade":"2","principal_name":"张主任","principal_frequency":"quarterly","principal_user_id":)" +
           std::to_string(p) +
           R"(,"technical_name":"李工","technical_frequency":"monthly","technical_user_id":)" +
           std::to_string(safety) +
           R"(,"operational_name":"王班长","operational_frequency":"weekly"})";
  };
  auto foreign = a.As("hc.safety", "POST", "/api/v1/major-hazards", body(UserId(a, "mb.safety")));
  ASSERT_EQ(foreign.status, 422) << foreign.body;
  EXPECT_TRUE(FieldRulesOf(foreign).count("principal_user_id:user_unknown")) << foreign.body;

  auto created = a.As("hc.safety", "POST", "/api/v1/major-hazards", body(principal));
  ASSERT_EQ(created.status, 201) << created.body;
  const int64_t id = created.obj().at("id").as_int64();
  EXPECT_EQ(created.obj().at("principal_user_id").as_int64(), principal);
  EXPECT_TRUE(created.obj().at("operational_user_id").is_null());
  const int64_t hc = a.EnterpriseIdByName("济宁润泽化工有限公司");

  // 2021-03-29 … 2021-04-04 spans a quarter and a month end.
  auto conn = a.Db();
  const auto from = core::ParseIsoDate("2021-03-29").value(), to = core::ParseIsoDate("2021-04-04").value();
  const int64_t during = core::UnixFromLocal(core::ParseIsoDate("2021-04-02").value(), 9 * 60);
  investigation::GenerateTasks(*conn, from, to, during, hc);
  auto keys = [&](const std::string& suffix) {
    std::vector<std::string> out;
    auto rs = conn->Query("SELECT period_key, assignee_user_id, major_hazard_id FROM "
                          "inspection_tasks WHERE source_key = ? AND period_key < '2022' "
                          "ORDER BY period_key",
                          {"h" + std::to_string(id) + suffix});
    for (size_t i = 0; i < rs.size(); ++i) {
      out.push_back(rs.Text(i, "period_key"));
      EXPECT_EQ(rs.Int(i, "major_hazard_id"), id);
    }
    return out;
  };
  EXPECT_EQ(keys("p"), (std::vector<std::string>{"2021-Q1", "2021-Q2"}));
  EXPECT_EQ(keys("t"), (std::vector<std::string>{"2021-03", "2021-04"}));
  EXPECT_TRUE(keys("o").empty()) << "no account, no task";
  // The first quarter closed before "during": missed and counted. (Demo data gives the
  // principal other installations' tasks, hence the look for this installation's.)
  auto mine = [&](const std::string& status) {
    auto r = a.As("hc.principal", "GET",
                  "/api/v1/inspection-tasks?mine=true&source=major_hazard&page_size=100&status=" + status);
    EXPECT_EQ(r.status, 200) << r.body;
    json::array out;
    for (const auto& t : r.obj().at("items").as_array())
      if (t.at("major_hazard_id").as_int64() == id) out.push_back(t);
    EXPECT_GE(r.obj().at("counts").at(status).as_int64(), static_cast<int64_t>(out.size()));
    return out;
  };
  auto missed = mine("missed");
  ASSERT_EQ(missed.size(), 1u);
  EXPECT_EQ(missed[0].at("period_key").as_string(), "2021-Q1");

  // The principal's to-do list holds the open quarter; executing it takes the one item.
  auto todo = mine("open");
  ASSERT_EQ(todo.size(), 1u);
  const auto& task = todo[0].as_object();
  EXPECT_EQ(task.at("source").as_string(), "major_hazard");
  EXPECT_NE(std::string(task.at("title").as_string()).find("液氯储罐区"), std::string::npos);
  const std::string path = "/api/v1/inspection-tasks/" + std::to_string(task.at("id").as_int64());
  auto detail = a.As("hc.principal", "GET", path);
  ASSERT_EQ(detail.obj().at("items").as_array().size(), 1u) << detail.body;
  auto done = a.As("hc.principal", "POST", path + "/records",
                   R"({"items":[{"position":1,"outcome":"pass"}]})");
  ASSERT_EQ(done.status, 201) << done.body;

  // A new technical person takes over the open technical task; done/missed ones stay.
  auto plain = R"({"name":"液氯储罐区","grade":"2","principal_name":"张主任","principal_frequency":"quarterly","principal_user_id":)" +
               std::to_string(principal) +
               R"(,"technical_name":"赵工","technical_frequency":"monthly","technical_user_id":)" +
               std::to_string(principal) +
               R"(,"operational_name":"王班长","operational_frequency":"weekly"})";
  auto upd = a.As("hc.safety", "PUT", "/api/v1/major-hazards/" + std::to_string(id), plain);
  ASSERT_EQ(upd.status, 200) << upd.body;
  EXPECT_EQ(conn->Query("SELECT assignee_user_id FROM inspection_tasks WHERE source_key = ? AND "
                        "status = 'open'",
                        {"h" + std::to_string(id) + "t"})
                .Int(0, "assignee_user_id"),
            principal);
  EXPECT_EQ(conn->Query("SELECT assignee_user_id FROM inspection_tasks WHERE source_key = ? AND "
                        "status = 'missed'",
                        {"h" + std::to_string(id) + "t"})
                .Int(0, "assignee_user_id"),
            safety);
  // The regulator sees the tasks in the subtree; another county does not.
  auto reg = a.As("rencheng", "GET", "/api/v1/inspection-tasks?source=major_hazard");
  EXPECT_GE(reg.obj().at("total").as_int64(), 4) << reg.body;
  EXPECT_EQ(a.As("zoucheng", "GET", "/api/v1/inspection-tasks?source=major_hazard&enterprise_id=" +
                                        std::to_string(hc))
                .obj()
                .at("total")
                .as_int64(),
            0);
  // Deactivated: no more tasks; reactivated (audited): generated again.
  ASSERT_EQ(a.As("hc.safety", "POST", "/api/v1/major-hazards/" + std::to_string(id) + "/deactivate").status, 200);
  const auto later = core::ParseIsoDate("2021-07-05").value();
  investigation::GenerateTasks(*conn, later, later, during, hc, false);
  EXPECT_EQ(keys("p").size(), 2u);
  auto re = a.As("hc.safety", "POST", "/api/v1/major-hazards/" + std::to_string(id) + "/reactivate");
  ASSERT_EQ(re.status, 200) << re.body;
  EXPECT_TRUE(re.obj().at("active").as_bool());
  EXPECT_EQ(AuditCount(a, "reactivate", "major_hazard", id), 1);
  investigation::GenerateTasks(*conn, later, later, during, hc, false);
  EXPECT_EQ(keys("p").back(), "2021-Q3");
}

TEST_P(RiskRegisterAndTasksTest, InspectionRecordFiltersInSql) {
  auto& a = app();
  auto lists = a.As("hc.safety", "GET", "/api/v1/checklists");
  int64_t fire = 0;
  for (const auto& c : lists.obj().at("items").as_array())
    if (c.at("code").as_string() == "fire_special") fire = c.at("id").as_int64();
  ASSERT_GT(fire, 0);
  auto items = a.As("hc.safety", "GET", "/api/v1/checklists/" + std::to_string(fire));
  // A photo of one's own for the items that require one.
  auto photo_of = [&](const std::string& user) {
    auto photo = a.Call("POST", "/api/v1/files", std::string("\xff\xd8\xff\xe0jpeg", 8), a.Token(user),
                        {{"Content-Type", "image/jpeg"}, {"X-Filename", "a.jpg"}});
    EXPECT_EQ(photo.status, 201) << photo.body;
    return std::to_string(photo.obj().at("id").as_int64());
  };
  auto answers = [&](bool fail_first, const std::string& photo_id) {
    std::string out = R"({"checklist_id":)" + std::to_string(fire) + R"(,"items":[)";
    bool first = true;
    for (const auto& it : items.obj().at("items").as_array()) {
      const int64_t pos = it.at("position").as_int64();
      if (!first) out += ",";
      first = false;
      const bool fail = fail_first && pos == 1;
      out += R"({"position":)" + std::to_string(pos) + R"(,"outcome":")" + (fail ? "fail" : "pass") +
             "\"" + (fail ? R"(,"note":"配电箱破损")" : "") +
             (it.at("requires_photo").as_bool() ? R"(,"photo_ids":[)" + photo_id + "]" : "") + "}";
    }
    return out + "]}";
  };
  auto first = a.As("hc.safety", "POST", "/api/v1/inspection-records", answers(true, photo_of("hc.safety")));
  ASSERT_EQ(first.status, 201) << first.body;
  auto second = a.As("hc.principal", "POST", "/api/v1/inspection-records",
                     answers(false, photo_of("hc.principal")));
  ASSERT_EQ(second.status, 201) << second.body;
  const int64_t hc = a.EnterpriseIdByName("济宁润泽化工有限公司");
  const std::string today = a.clock.NowIso().substr(0, 10);
  const std::string base = "/api/v1/inspection-records?enterprise_id=" + std::to_string(hc) +
                           "&checklist_id=" + std::to_string(fire) + "&from=" + today + "&to=" + today;
  auto total = [&](const std::string& user, const std::string& query) {
    auto r = a.As(user, "GET", query);
    EXPECT_EQ(r.status, 200) << query << " " << r.body;
    return r.status == 200 ? r.obj().at("total").as_int64() : -1;
  };
  EXPECT_EQ(total("hc.safety", base), 2);
  EXPECT_EQ(total("hc.safety", base + "&result=fail"), 1);
  EXPECT_EQ(total("hc.safety", base + "&failed=true"), 1);
  EXPECT_EQ(total("hc.safety", base + "&result=pass"), 1);
  EXPECT_EQ(total("hc.safety", base + "&source=ad_hoc"), 2);
  EXPECT_EQ(total("hc.safety", base + "&source=task"), 0);
  EXPECT_EQ(total("hc.safety", base + "&kind=special"), 2);
  EXPECT_EQ(total("hc.safety", base + "&kind=company_daily"), 0);
  EXPECT_EQ(total("hc.safety", base + "&inspector_user_id=" + std::to_string(UserId(a, "hc.principal"))), 1);
  EXPECT_EQ(total("hc.safety", base + "&from=2000-01-01&to=2000-01-02"), 0);
  // Regulators: region inside the jurisdiction narrows, another county's enterprise is empty.
  EXPECT_EQ(total("jining", base + "&region=370811"), 2);
  EXPECT_EQ(total("jining", base + "&region=370883"), 0);
  EXPECT_EQ(total("zoucheng", base), 0);
  auto page = a.As("jining", "GET", base + "&page=2&page_size=1");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.obj().at("items").as_array().size(), 1u);
  const auto& row = page.obj().at("items").as_array()[0].as_object();
  EXPECT_EQ(row.at("source").as_string(), "ad_hoc");
  EXPECT_EQ(row.at("checklist_kind").as_string(), "special");

  auto bad = a.As("jining", "GET",
                  "/api/v1/inspection-records?result=maybe&source=x&from=2021-13-01&region=999999");
  ASSERT_EQ(bad.status, 422);
  for (const char* want : {"result:result_invalid", "source:source_invalid", "from:date_invalid",
                           "region:region_unknown"})
    EXPECT_TRUE(FieldRulesOf(bad).count(want)) << want << " " << bad.body;
  auto range = a.As("jining", "GET", "/api/v1/inspection-records?from=2021-02-01&to=2021-01-01");
  EXPECT_TRUE(FieldRulesOf(range).count("to:range_invalid")) << range.body;

  auto x = a.As("jining", "GET", "/api/v1/inspection-records/export?" + base.substr(base.find('?') + 1) + "&result=fail");
  ASSERT_EQ(x.status, 200);
  auto sheet = office::ReadFirstSheet(x.body);
  ASSERT_EQ(sheet.size(), 2u);
  EXPECT_EQ(sheet[1][7], "不合格");
}

TEST_P(RiskRegisterAndTasksTest, DutyAssigneeChangeTakesOverOpenTasks) {
  auto& a = app();
  auto duties = a.As("hc.safety", "GET", "/api/v1/inspection-duties");
  ASSERT_EQ(duties.status, 200);
  ASSERT_FALSE(duties.obj().at("items").as_array().empty()) << duties.body;
  const auto& d = duties.obj().at("items").as_array()[0].as_object();
  const int64_t duty = d.at("id").as_int64();
  auto conn = a.Db();
  const int64_t hc = a.EnterpriseIdByName("济宁润泽化工有限公司");
  const auto day = core::ParseIsoDate("2030-06-03").value();
  investigation::GenerateTasks(*conn, day, day, core::UnixFromLocal(day, 60), hc, false);
  const int64_t principal = UserId(a, "hc.principal");
  auto put = a.As("hc.safety", "PUT", "/api/v1/inspection-duties",
                  R"({"checklist_id":)" + std::to_string(d.at("checklist_id").as_int64()) +
                      R"(,"frequency":")" + std::string(d.at("frequency").as_string()) +
                      R"(","assignee_user_id":)" + std::to_string(principal) + R"(,"active":true})");
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.obj().at("assignee_user_id").as_int64(), principal);
  EXPECT_EQ(conn->Query("SELECT COUNT(*) AS n FROM inspection_tasks WHERE duty_id = ? AND "
                        "status = 'open' AND (assignee_user_id IS NULL OR assignee_user_id <> ?)",
                        {duty, principal})
                .Int(0, "n"),
            0);
  EXPECT_GE(conn->Query("SELECT COUNT(*) AS n FROM inspection_tasks WHERE duty_id = ? AND "
                        "period_key = '2030-06-03' AND assignee_user_id = ?",
                        {duty, principal})
                .Int(0, "n"),
            1);
  // The change is in the audit log with who had it before.
  auto audit = conn->Query("SELECT before_json, after_json FROM audit_log WHERE action = 'update' "
                           "AND entity = 'inspection_duty' AND entity_id = ? ORDER BY id DESC",
                           {std::to_string(duty)});
  ASSERT_FALSE(audit.empty());
  EXPECT_NE(audit.Text(0, "after_json").find("\"assignee_user_id\":" + std::to_string(principal)),
            std::string::npos);
  auto foreign = a.As("hc.safety", "PUT", "/api/v1/inspection-duties",
                      R"({"checklist_id":)" + std::to_string(d.at("checklist_id").as_int64()) +
                          R"(,"frequency":"daily","assignee_user_id":)" +
                          std::to_string(UserId(a, "mb.safety")) + "}");
  EXPECT_TRUE(FieldRulesOf(foreign).count("assignee_user_id:user_unknown")) << foreign.body;
  EXPECT_EQ(a.As("rencheng", "PUT", "/api/v1/inspection-duties", put.body).status, 403);
  // Who can be chosen: the enterprise's own active accounts only.
  auto people = a.As("hc.safety", "GET", "/api/v1/inspection-assignees");
  ASSERT_EQ(people.status, 200) << people.body;
  std::set<std::string> names;
  for (const auto& p : people.obj().at("items").as_array())
    names.insert(std::string(p.at("username").as_string()));
  EXPECT_TRUE(names.count("hc.principal"));
  EXPECT_FALSE(names.count("mb.safety"));
  EXPECT_EQ(a.As("rencheng", "GET", "/api/v1/inspection-assignees").status, 422);
}

TEST_P(RiskRegisterAndTasksTest, RegisterRowsAreReactivatedWithAudit) {
  auto& a = app();
  auto o = a.As("hc.safety", "POST", "/api/v1/risk-objects", R"({"name":"复用对象"})");
  ASSERT_EQ(o.status, 201) << o.body;
  const int64_t oid = o.obj().at("id").as_int64();
  auto u = a.As("hc.safety", "POST", "/api/v1/risk-units",
                R"({"risk_object_id":)" + std::to_string(oid) + R"(,"name":"复用单元","unit_type":"area"})");
  const int64_t uid = u.obj().at("id").as_int64();
  auto e = a.As("hc.safety", "POST", "/api/v1/risk-units/" + std::to_string(uid) + "/events",
                R"({"name":"火灾","accident_type":"08","hazard_factor":"22"})");
  const int64_t eid = e.obj().at("id").as_int64();
  auto m = a.As("hc.safety", "POST", "/api/v1/risk-events/" + std::to_string(eid) + "/measures",
                R"({"kind":"management","control_level":"team","description":"巡查","frequency":"daily"})");
  ASSERT_EQ(m.status, 201) << m.body;
  const int64_t mid = m.obj().at("id").as_int64();
  struct Row {
    const char* route;
    const char* entity;
    int64_t id;
  };
  for (const Row& r : {Row{"risk-objects", "risk_object", oid}, Row{"risk-units", "risk_unit", uid},
                       Row{"risk-events", "risk_event", eid},
                       Row{"control-measures", "control_measure", mid}}) {
    const std::string base = std::string("/api/v1/") + r.route + "/" + std::to_string(r.id);
    auto off = a.As("hc.safety", "POST", base + "/deactivate");
    ASSERT_EQ(off.status, 200) << r.route << off.body;
    EXPECT_FALSE(off.obj().at("active").as_bool());
    EXPECT_EQ(a.As("rencheng", "POST", base + "/reactivate").status, 403) << r.route;
    EXPECT_EQ(a.As("mb.safety", "POST", base + "/reactivate").status, 404) << r.route;
    auto on = a.As("hc.safety", "POST", base + "/reactivate");
    ASSERT_EQ(on.status, 200) << r.route << on.body;
    EXPECT_TRUE(on.obj().at("active").as_bool()) << r.route;
    EXPECT_EQ(AuditCount(a, "reactivate", r.entity, r.id), 1) << r.route;
  }
  EXPECT_EQ(a.As("hc.safety", "POST", "/api/v1/risk-units/99999999/reactivate").status, 404);
}

TEST_P(RiskRegisterAndTasksTest, RiskRegisterWorkbookHasTheGroupedHeader) {
  auto& a = app();
  auto o = a.As("hc.safety", "POST", "/api/v1/risk-objects", R"({"name":"清单对象"})");
  auto u = a.As("hc.safety", "POST", "/api/v1/risk-units",
                R"({"risk_object_id":)" + std::to_string(o.obj().at("id").as_int64()) +
                    R"(,"name":"清单单元","unit_type":"area","department":"安全部"})");
  const std::string unit = std::to_string(u.obj().at("id").as_int64());
  ASSERT_EQ(a.As("hc.safety", "POST", "/api/v1/risk-units/" + unit + "/assessments",
                 R"({"method":"LEC","L":3,"E":6,"C":15})")
                .status,
            201);
  auto e = a.As("hc.safety", "POST", "/api/v1/risk-units/" + unit + "/events",
                R"({"name":"储罐泄漏火灾","accident_type":"08","hazard_factor":"22"})");
  a.As("hc.safety", "POST", "/api/v1/risk-events/" + std::to_string(e.obj().at("id").as_int64()) + "/measures",
       R"({"kind":"engineering","control_level":"company","description":"可燃气体报警联锁","frequency":"daily"})");
  auto x = a.As("hc.safety", "GET", "/api/v1/risk-register/export");
  ASSERT_EQ(x.status, 200) << x.body;
  auto sheet = office::ReadFirstSheet(x.body);
  ASSERT_GE(sheet.size(), 3u);
  EXPECT_EQ(sheet[0][0], "序号");
  EXPECT_EQ(sheet[0][1], "风险点");
  EXPECT_EQ(sheet[1][2], "风险单元");
  EXPECT_EQ(sheet[0][6], "风险事件");
  EXPECT_EQ(sheet[0][9], "风险评价");
  EXPECT_EQ(sheet[0][12], "管控措施");
  EXPECT_EQ(sheet[1][13], "管控措施");
  bool found = false;
  for (size_t i = 2; i < sheet.size(); ++i)
    if (sheet[i].size() > 13 && sheet[i][2] == "清单单元") {
      found = true;
      EXPECT_EQ(sheet[i][7], "08 火灾");
      EXPECT_EQ(sheet[i][11].rfind("较大风险", 0), 0u) << sheet[i][11];  // 270 in the LEC bands
      EXPECT_EQ(sheet[i][13], "可燃气体报警联锁");
    }
  EXPECT_TRUE(found);
  const std::string xml = office::ReadZip(x.body).at("xl/worksheets/sheet1.xml");
  EXPECT_NE(xml.find("<mergeCell ref=\"A1:A2\"/>"), std::string::npos);
  EXPECT_NE(xml.find("<mergeCell ref=\"B1:F1\"/>"), std::string::npos);
  EXPECT_NE(xml.find("<mergeCell ref=\"M1:Q1\"/>"), std::string::npos);
  // Regulators name an enterprise in their scope; another county's answers 404.
  const std::string hc = std::to_string(a.EnterpriseIdByName("济宁润泽化工有限公司"));
  EXPECT_EQ(a.As("rencheng", "GET", "/api/v1/risk-register/export?enterprise_id=" + hc).status, 200);
  EXPECT_EQ(a.As("zoucheng", "GET", "/api/v1/risk-register/export?enterprise_id=" + hc).status, 404);
  auto none = a.As("rencheng", "GET", "/api/v1/risk-register/export");
  EXPECT_TRUE(FieldRulesOf(none).count("enterprise_id:required")) << none.body;
}

ANJIAN_BACKENDS(RiskRegisterAndTasksTest);

}  // namespace
}  // namespace anjian::test
