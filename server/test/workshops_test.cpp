// Hazardous workshops and 四超 (issue 15 §3) on both databases: the demo's over-storage case open
// as a major hidden danger the regulator was told of; a workshop entered with its design file
// (every field checked at once), edited with its versions kept, its intermediate stores checked;
// check-in counts over the maximum opening a staffing case once and clearing it when back within;
// out-of-scope 404; exports; the audit entries.
#include "api_harness.hpp"
#include "core/clock.hpp"
#include "explosives/workshops/four_over_service.hpp"

namespace anjian::test {
namespace {

class WorkshopsTest : public ApiTest {
 protected:
  int64_t UploadPdf(const std::string& user) {
    const std::string pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
    auto r = app().Call("POST", "/api/v1/files", pdf, app().Token(user),
                        {{"X-Filename", "design.pdf"}, {"Content-Type", "application/pdf"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  json::object Body(int64_t file, const std::string& building = "C-09") {
    return json::object{{"name", "导爆索制索工房"},
                        {"building_number", building},
                        {"hazard_class", "1.1"},
                        {"production_line", "导爆索生产线"},
                        {"operating_staff", 2},
                        {"max_allowed_people", 3},
                        {"quantity_limit", 50.5},
                        {"quantity_unit", "kg"},
                        {"standard_annex", "D"},
                        {"design_document", "设计编号 HA-2025-003"},
                        {"design_file_id", file},
                        {"store_ids", json::array{}}};
  }
  json::array Cases(const std::string& user, const std::string& query) {
    auto r = app().As(user, "GET", "/api/v1/four-over-cases?page_size=100" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? r.obj().at("items").as_array() : json::array{};
  }
  int64_t Audit(const std::string& entity, const std::string& id, const std::string& action) {
    return app()
        .Db()
        ->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ? AND action = ?",
                {entity, id, action})
        .Int(0, "n");
  }
};

TEST_P(WorkshopsTest, DemoOverStorageCaseIsAMajorHiddenDangerTheRegulatorWasToldOf) {
  auto list = app().As("mb.safety", "GET", "/api/v1/workshops");
  ASSERT_EQ(list.status, 200) << list.body;
  const auto& items = list.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  const json::object* charging = nullptr;
  for (const auto& w : items)
    if (w.at("building_number").as_string() == "A-03") charging = &w.as_object();
  ASSERT_NE(charging, nullptr);
  EXPECT_EQ(charging->at("quantity_unit").as_string(), "kg");
  EXPECT_EQ(charging->at("stock").to_number<double>(), 150.0);
  EXPECT_EQ(charging->at("quantity_limit").to_number<double>(), 100.0);
  EXPECT_TRUE(charging->at("over_quantity").as_bool());
  EXPECT_EQ(charging->at("standard_label").as_string(), "GB 28263-2024 附录D");
  EXPECT_FALSE(charging->at("standard_figures_verified").as_bool());
  EXPECT_EQ(charging->at("stores").as_array().size(), 1u);

  auto open = Cases("zoucheng", "&state=open&criterion=storage");
  ASSERT_EQ(open.size(), 1u);
  const auto& c = open[0].as_object();
  EXPECT_EQ(c.at("subject").as_string(), "workshop:" + std::to_string(charging->at("id").as_int64()));
  EXPECT_EQ(c.at("measured").as_string(), "150 kg");
  EXPECT_EQ(c.at("limit").as_string(), "100 kg");
  ASSERT_TRUE(c.at("hidden_danger_id").is_int64());
  const std::string hd = std::to_string(c.at("hidden_danger_id").as_int64());
  auto h = app().As("zoucheng", "GET", "/api/v1/hidden-dangers/" + hd);
  ASSERT_EQ(h.status, 200) << h.body;
  EXPECT_EQ(h.obj().at("level").as_string(), "major");
  EXPECT_EQ(h.obj().at("source").as_string(), "derived");
  // Reported to the regulator at once: the county regulator has a notification about it.
  EXPECT_GT(app().Db()->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = "
                              "n.user_id WHERE u.username = 'zoucheng' AND n.title LIKE ?",
                              {std::string("%四超%")})
                .Int(0, "n"),
            0);
  // Another county sees neither the workshops nor the case.
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/workshops/" +
                                            std::to_string(charging->at("id").as_int64()))
                .status,
            404);
  EXPECT_TRUE(Cases("rencheng", "").empty());
  // Exports.
  auto x = app().As("zoucheng", "GET", "/api/v1/four-over-cases/export");
  EXPECT_EQ(x.status, 200);
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/workshops/export").status, 200);
  // The periodic job finds the same case open and opens nothing twice.
  const auto before = Cases("zoucheng", "").size();
  {
    auto db = app().Db();
    const core::ManualClock clock(app().clock.Now());
    notifications::PendingPushes pushes(clock);
    workshops::RunFourOverJob(*db, pushes, app().clock.Now());
  }
  EXPECT_EQ(Cases("zoucheng", "").size(), before);
}

TEST_P(WorkshopsTest, EveryBadFieldAtOnce) {
  auto r = app().As("mb.safety", "POST", "/api/v1/workshops",
                    json::serialize(json::object{{"name", "x"},
                                                 {"building_number", "Z-1"},
                                                 {"hazard_class", "2.1"},
                                                 {"operating_staff", 5},
                                                 {"max_allowed_people", 3},
                                                 {"quantity_limit", 0},
                                                 {"quantity_unit", "t"},
                                                 {"standard_annex", "E"},
                                                 {"design_document", "d"},
                                                 {"store_ids", json::array{"a"}}}));
  ASSERT_EQ(r.status, 422) << r.body;
  std::set<std::string> got;
  for (const auto& e : r.obj().at("errors").as_array())
    got.insert(std::string(e.at("field").as_string()) + ":" + std::string(e.at("rule").as_string()));
  for (const char* want :
       {"hazard_class:level_invalid", "max_allowed_people:workshop_max_below_staff",
        "quantity_unit:kind_invalid", "standard_annex:kind_invalid",
        "design_file_id:workshop_design_file_required", "store_ids[0]:type"})
    EXPECT_TRUE(got.count(want)) << want << " in " << r.body;
  // A seller keeps no hazardous workshops.
  const int64_t file = UploadPdf("ms1.safety");
  auto s = app().As("ms1.safety", "POST", "/api/v1/workshops", json::serialize(Body(file)));
  EXPECT_EQ(s.status, 403) << s.body;
  // A regulator does not enter them.
  EXPECT_EQ(app().As("zoucheng", "POST", "/api/v1/workshops", json::serialize(Body(file))).status,
            403);
}

TEST_P(WorkshopsTest, EnteredEditedAndCountedOverTheMaximumOnce) {
  const int64_t file = UploadPdf("mb.principal");
  auto c = app().As("mb.principal", "POST", "/api/v1/workshops", json::serialize(Body(file)));
  ASSERT_EQ(c.status, 201) << c.body;
  const int64_t id = c.obj().at("id").as_int64();
  const std::string path = "/api/v1/workshops/" + std::to_string(id);
  EXPECT_EQ(c.obj().at("quantity_limit").to_number<double>(), 50.5);
  EXPECT_EQ(c.obj().at("design_file").at("id").as_int64(), file);
  EXPECT_EQ(c.obj().at("versions").as_array().size(), 1u);
  // The regulator sees the workshop and its design file.
  EXPECT_EQ(app().As("zoucheng", "GET", path).status, 200);
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/files/" + std::to_string(file)).status, 200);
  // The same building number twice is refused.
  auto dup = app().As("mb.principal", "POST", "/api/v1/workshops", json::serialize(Body(file)));
  EXPECT_EQ(dup.status, 422) << dup.body;
  // A store already serving the demo's charging workshop cannot serve this one.
  auto taken = app().Db()->Query("SELECT store_id FROM workshop_stores ORDER BY store_id LIMIT 1");
  auto body = Body(file);
  body["store_ids"] = json::array{taken.Int(0, "store_id")};
  auto t = app().As("mb.principal", "PUT", path, json::serialize(body));
  EXPECT_EQ(t.status, 422) << t.body;
  EXPECT_NE(t.body.find("workshop_store_taken"), std::string::npos);
  // Edit: a new version appended, the old one kept.
  body = Body(file);
  body["max_allowed_people"] = 4;
  auto e = app().As("mb.principal", "PUT", path, json::serialize(body));
  ASSERT_EQ(e.status, 200) << e.body;
  EXPECT_EQ(e.obj().at("version").as_int64(), 2);
  EXPECT_EQ(e.obj().at("versions").as_array().size(), 2u);
  EXPECT_EQ(Audit("workshop", std::to_string(id), "update"), 1);

  // Check-in counts: within, then over (a case and a major hidden danger), over again (nothing
  // new), then back within (the case clears).
  auto count = [&](int people) {
    return app().As("mb.keeper", "POST", path + "/headcounts",
                    json::serialize(json::object{{"people", people}}));
  };
  EXPECT_EQ(count(4).status, 201);
  EXPECT_TRUE(Cases("mb.safety", "&criterion=staffing").empty());
  auto over = count(5);
  ASSERT_EQ(over.status, 201) << over.body;
  EXPECT_TRUE(over.obj().at("over_staffing").as_bool());
  auto cases = Cases("zoucheng", "&criterion=staffing&state=open");
  ASSERT_EQ(cases.size(), 1u);
  EXPECT_EQ(cases[0].at("measured").as_string(), "5 人");
  EXPECT_EQ(cases[0].at("limit").as_string(), "4 人");
  const int64_t hd = cases[0].at("hidden_danger_id").as_int64();
  auto h = app().As("zoucheng", "GET", "/api/v1/hidden-dangers/" + std::to_string(hd));
  EXPECT_EQ(h.obj().at("level").as_string(), "major");
  EXPECT_EQ(count(6).status, 201);
  EXPECT_EQ(Cases("zoucheng", "&criterion=staffing").size(), 1u);
  EXPECT_EQ(count(2).status, 201);
  auto cleared = Cases("zoucheng", "&criterion=staffing&state=cleared");
  ASSERT_EQ(cleared.size(), 1u);
  EXPECT_FALSE(cleared[0].at("cleared_at").is_null());
  EXPECT_EQ(Audit("workshop", std::to_string(id), "workshop_headcount"), 4);
  EXPECT_EQ(Audit("four_over_case", std::to_string(cases[0].at("id").as_int64()),
                  "four_over_detected"),
            1);
  // Counts are whole people; out-of-scope 404.
  auto bad = count(-1);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(app().As("rencheng", "POST", path + "/headcounts", R"({"people":1})").status, 403);
  // Retired: no more counts.
  EXPECT_EQ(app().As("mb.principal", "POST", path + "/deactivate").status, 200);
  EXPECT_EQ(count(1).status, 409);
  EXPECT_EQ(app().As("mb.principal", "POST", path + "/reactivate").status, 200);
}

}  // namespace

ANJIAN_BACKENDS(WorkshopsTest);

}  // namespace anjian::test
