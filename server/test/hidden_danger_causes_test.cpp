// Issue 11 §3: hidden dangers carry any code of the GB/T 13861 tree (not only its four classes)
// and a GB 6441 accident type, set at reporting or at assessment; the statistics count them by
// hazard factor (rolled up by class, drilled down one level at a time) and by accident type,
// scoped to the caller's subtree, and the rows add up to the totals. SQLite and PostgreSQL.
#include <map>
#include <set>

#include "api_harness.hpp"
#include "core/china_time.hpp"

namespace anjian::test {
namespace {

class HiddenDangerCausesTest : public ApiTest {
 protected:
  int64_t Report(const std::string& user, json::object body) {
    if (!body.contains("title")) body["title"] = "静电接地线断开";
    auto r = app().As(user, "POST", "/api/v1/hidden-dangers", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  Resp Stats(const std::string& user, const std::string& query = "") {
    return app().As(user, "GET", "/api/v1/hidden-dangers/statistics" + query);
  }
  // code → found of a breakdown ("by_hazard_factor" or "by_accident_type").
  static std::map<std::string, int64_t> Found(const Resp& r, const char* key) {
    std::map<std::string, int64_t> out;
    for (const auto& row : r.obj().at(key).as_array())
      out[std::string(row.at("code").as_string())] += row.at("figures").at("found").as_int64();
    return out;
  }
  static int64_t Sum(const std::map<std::string, int64_t>& m) {
    int64_t n = 0;
    for (const auto& [k, v] : m) n += v;
    return n;
  }
};

TEST_P(HiddenDangerCausesTest, ReportTakesAnyCodeOfTheTreeAndAnAccidentType) {
  // A leaf (item), a group, a sub-class and a class: each stored as given.
  for (const char* code : {"210303", "2103", "21", "2", "4505"}) {
    int64_t id = Report("hc.safety", {{"hazard_factor", code}, {"accident_type", "14"}});
    auto got = app().As("hc.safety", "GET", "/api/v1/hidden-dangers/" + std::to_string(id));
    ASSERT_EQ(got.status, 200) << got.body;
    EXPECT_EQ(got.obj().at("hazard_factor"), code);
    EXPECT_EQ(got.obj().at("accident_type"), "14");
  }
  // Codes not in the tree, and accident types outside GB 6441's twenty: 422 naming field and rule.
  for (const char* code : {"5", "21030", "2103011", "99", "x"}) {
    auto r = app().As("hc.safety", "POST", "/api/v1/hidden-dangers",
                      json::serialize(json::object{{"title", "x"}, {"hazard_factor", code}}));
    EXPECT_EQ(r.status, 422) << code << r.body;
    EXPECT_TRUE(FieldRulesOf(r).count("hazard_factor:hazard_factor_invalid")) << code << r.body;
    EXPECT_NE(r.body.find("GB/T 13861-2022"), std::string::npos) << r.body;
    EXPECT_NE(r.body.find("危险和有害因素代码"), std::string::npos) << r.body;
  }
  for (const char* type : {"00", "21", "1"}) {
    auto r = app().As("hc.safety", "POST", "/api/v1/hidden-dangers",
                      json::serialize(json::object{{"title", "x"}, {"accident_type", type}}));
    EXPECT_EQ(r.status, 422) << type << r.body;
    EXPECT_TRUE(FieldRulesOf(r).count("accident_type:accident_type_invalid")) << type << r.body;
  }
  // The reference offers the whole tree, linked by parent, and the twenty accident types.
  auto ref = app().As("hc.safety", "GET", "/api/v1/hidden-dangers/reference");
  ASSERT_EQ(ref.status, 200);
  std::map<std::string, std::string> parent;
  for (const auto& f : ref.obj().at("hazard_factors").as_array())
    parent[std::string(f.at("value").as_string())] = std::string(f.at("parent").as_string());
  EXPECT_GT(parent.size(), 200u);
  EXPECT_EQ(parent.at("210303"), "2103");
  EXPECT_EQ(parent.at("2"), "");
  EXPECT_EQ(ref.obj().at("accident_types").as_array().size(), 20u);
  // The list filter on a code selects its subtree.
  auto list = app().As("hc.safety", "GET", "/api/v1/hidden-dangers?page_size=200&hazard_factor=21");
  ASSERT_EQ(list.status, 200) << list.body;
  std::set<std::string> seen;
  for (const auto& it : list.obj().at("items").as_array()) {
    const std::string c(it.at("hazard_factor").as_string());
    EXPECT_EQ(c.rfind("21", 0), 0u) << c;
    seen.insert(c);
  }
  for (const char* c : {"210303", "2103", "21"}) EXPECT_TRUE(seen.count(c)) << c;
  EXPECT_EQ(app().As("hc.safety", "GET", "/api/v1/hidden-dangers?hazard_factor=77").status, 422);
  auto by_type = app().As("hc.safety", "GET", "/api/v1/hidden-dangers?page_size=200&accident_type=14");
  ASSERT_EQ(by_type.status, 200);
  for (const auto& it : by_type.obj().at("items").as_array())
    EXPECT_EQ(it.at("accident_type"), "14");
  EXPECT_EQ(app().As("hc.safety", "GET", "/api/v1/hidden-dangers?accident_type=42").status, 422);
}

TEST_P(HiddenDangerCausesTest, AssessmentSetsTheClassificationOnlyThere) {
  int64_t id = Report("hc.safety", {{"title", "车间通道堆放杂物"}});
  const std::string path = "/api/v1/hidden-dangers/" + std::to_string(id) + "/transitions";
  auto bad = app().As("hc.safety", "POST", path,
                      R"({"action":"assess","level":"ordinary","hazard_factor":"3","accident_type":"99"})");
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("accident_type:accident_type_invalid")) << bad.body;
  auto ok = app().As("hc.safety", "POST", path,
                     R"({"action":"assess","level":"ordinary","hazard_factor":"3103","accident_type":"01"})");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.obj().at("hazard_factor"), "3103");
  EXPECT_EQ(ok.obj().at("accident_type"), "01");
  // The assess step records them, and the audit entry holds the new values.
  const auto& steps = ok.obj().at("transitions").as_array();
  EXPECT_NE(json::serialize(steps.back()).find("3103"), std::string::npos);
  auto db = app().Db();
  auto audit = db->Query("SELECT after_json FROM audit_log WHERE entity = 'hidden_danger' AND "
                         "entity_id = ? AND action = 'transition:assess'",
                         {std::to_string(id)});
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_NE(audit.Text(0, "after_json").find("\"accident_type\":\"01\""), std::string::npos);
  // Other actions do not reclassify.
  auto later = app().As("hc.safety", "POST", path,
                        R"({"action":"assign","owner_user_id":1,"deadline":"2099-01-01","accident_type":"02"})");
  EXPECT_EQ(later.status, 422) << later.body;
  EXPECT_TRUE(FieldRulesOf(later).count("accident_type:classify_assess_only")) << later.body;
}

TEST_P(HiddenDangerCausesTest, StatisticsByHazardFactorAndAccidentTypeAddUpAndDrillDown) {
  // Known rows of today in one enterprise on top of the demo's.
  for (const char* code : {"210303", "210303", "2103", "22", "4505"})
    Report("hc.safety", {{"hazard_factor", code}, {"accident_type", "14"}});
  Report("hc.safety", {{"title", "未分类的隐患"}});

  auto top = Stats("jining");
  ASSERT_EQ(top.status, 200) << top.body;
  const int64_t found = top.obj().at("totals").at("found").as_int64();
  auto classes = Found(top, "by_hazard_factor");
  // The four classes (zeros included) and the unclassified rows add up to the totals.
  for (const char* c : {"1", "2", "3", "4", ""}) EXPECT_TRUE(classes.count(c)) << c;
  EXPECT_EQ(Sum(classes), found);
  auto types = Found(top, "by_accident_type");
  EXPECT_GE(types.size(), 20u);
  EXPECT_EQ(Sum(types), found);
  EXPECT_GT(types.at("14"), 0);
  for (const auto& row : top.obj().at("by_hazard_factor").as_array()) {
    if (row.at("code") == "2") {
      EXPECT_EQ(row.at("label_zh"), "物的因素");
      EXPECT_TRUE(row.at("has_children").as_bool());
    }
    if (row.at("code") == "") EXPECT_EQ(row.at("label_zh"), "未分类");
  }
  // Each class equals the list filtered to its subtree over the same period.
  const auto& period = top.obj().at("period").as_object();
  const std::string range = "&found_from=" + std::string(period.at("from").as_string()) +
                            "&found_to=" + std::string(period.at("to").as_string());
  auto count = [&](const std::string& user, const std::string& q) {
    return app().As(user, "GET", "/api/v1/hidden-dangers?page_size=1" + range + q)
        .obj().at("total").as_int64();
  };
  for (const char* c : {"1", "2", "3", "4"})
    EXPECT_EQ(classes.at(c), count("jining", std::string("&hazard_factor=") + c)) << c;
  EXPECT_EQ(types.at("14"), count("jining", "&accident_type=14"));

  // Drill down: class 2 → its sub-classes, 21 → groups, 2103 → items plus its own rows.
  auto two = Stats("jining", "?hazard_factor=2");
  ASSERT_EQ(two.status, 200) << two.body;
  auto subs = Found(two, "by_hazard_factor");
  for (const char* c : {"21", "22", "23", "29"}) EXPECT_TRUE(subs.count(c)) << c;
  EXPECT_EQ(Sum(subs), classes.at("2"));
  EXPECT_EQ(two.obj().at("totals").at("found").as_int64(), found);  // totals stay the selection's
  auto group = Stats("jining", "?hazard_factor=2103");
  ASSERT_EQ(group.status, 200) << group.body;
  auto items = Found(group, "by_hazard_factor");
  EXPECT_GE(items.at("210303"), 2);
  bool own_row = false;
  for (const auto& row : group.obj().at("by_hazard_factor").as_array())
    if (row.at("own").as_bool()) {
      own_row = true;
      EXPECT_EQ(row.at("code"), "2103");
      EXPECT_GE(row.at("figures").at("found").as_int64(), 1);
      EXPECT_FALSE(row.at("has_children").as_bool());
    }
  EXPECT_TRUE(own_row);
  EXPECT_EQ(Sum(items), count("jining", "&hazard_factor=2103"));
  const auto& trail = group.obj().at("hazard_factor_path").as_array();
  ASSERT_EQ(trail.size(), 3u);
  EXPECT_EQ(trail.at(0).at("code"), "2");
  EXPECT_EQ(trail.at(2).at("code"), "2103");

  // Scoped in SQL: a county counts its subtree only and adds up to its own totals; the
  // enterprise its own rows.
  auto county = Stats("rencheng", "?hazard_factor=2");
  ASSERT_EQ(county.status, 200);
  EXPECT_LE(Sum(Found(county, "by_hazard_factor")), Sum(subs));
  auto county_top = Stats("rencheng");
  EXPECT_EQ(Sum(Found(county_top, "by_hazard_factor")),
            county_top.obj().at("totals").at("found").as_int64());
  EXPECT_LT(county_top.obj().at("totals").at("found").as_int64(), found);
  auto own = Stats("hc.safety");
  ASSERT_EQ(own.status, 200);
  EXPECT_EQ(Sum(Found(own, "by_accident_type")), own.obj().at("totals").at("found").as_int64());

  // Bad drill node: 422 naming the field and rule.
  auto bad = Stats("jining", "?hazard_factor=9");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("hazard_factor:hazard_factor_invalid")) << bad.body;

  // The export holds the same breakdowns.
  auto x = app().As("jining", "GET", "/api/v1/hidden-dangers/statistics/export?hazard_factor=2");
  ASSERT_EQ(x.status, 200) << x.body;
  EXPECT_EQ(x.body.substr(0, 2), "PK");
  EXPECT_NE(x.Header("Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/hidden-dangers/statistics/export?from=x").status, 422);
}

ANJIAN_BACKENDS(HiddenDangerCausesTest);

}  // namespace
}  // namespace anjian::test
