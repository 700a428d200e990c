// Issue 11 §2 (条例 art. 43) through the API on SQLite and PostgreSQL: a destruction voucher
// executes a destruction plan reported to the province-level civil-explosives authority and to
// the county public-security organ; without a plan, with one report only, or beyond the plan's
// goods it is refused (422 naming the field and the rule); the full flow closes the plan with its
// supervisor, tells the regulators, and writes the audit log; other jurisdictions see nothing.
#include <atomic>

#include "api_harness.hpp"
#include "core/china_time.hpp"

namespace anjian::test {
namespace {

const char* kPassword = "Demo@2026";
std::atomic<int> counter{1};

class DestructionPlanTest : public ApiTest {
 protected:
  std::string Today() { return core::ChinaIsoDate(app().clock.Now()); }

  // A store of 邹城恒安民爆 holding 30 kg of explosive, or (with `codes`) a detonator store holding
  // those detonators: the mixing rules keep the two apart.
  int64_t StockedStore(TestApp& a, const std::vector<std::string>& codes = {}) {
    json::object body{{"name", "销毁测试库" + std::to_string(counter.fetch_add(1))},
                      {"kind", "main_magazine"},
                      {"rated_net_mass_kg", 100000},
                      {"rated_pieces", 100000}};
    auto r = a.As("mb.principal", "POST", "/api/v1/stores", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    const int64_t store = r.obj().at("id").as_int64();
    AssignStorekeeperRow(a, store, "mb.keeper");
    json::object in{{"store_id", store},
                    {"direction", "in"},
                    {"reason", "purchase"},
                    {"counterparty", TestCounterparty("in", "purchase")},
                    {"lines", Lines(codes.empty() ? 30 : 0, codes)},
                    {"second_person", {{"username", "mb.safety"}, {"password", kPassword}}}};
    auto p = a.As("mb.keeper", "POST", "/api/v1/vouchers", json::serialize(in));
    EXPECT_EQ(p.status, 201) << p.body;
    return store;
  }

  // Lines (or plan items) of `kg` explosive and the detonators `codes`, each when there is any.
  json::array Lines(double kg, const std::vector<std::string>& codes) {
    json::array lines;
    if (kg > 0)
      lines.push_back(json::object{{"product_id", "industrial_explosive"}, {"quantity", kg}});
    if (!codes.empty()) {
      json::array code_list;
      for (const auto& c : codes) code_list.push_back(json::value(c));
      lines.push_back(json::object{{"product_id", "electronic_detonator"}, {"codes", code_list}});
    }
    return lines;
  }

  Resp CreatePlan(TestApp& a, double kg, const std::vector<std::string>& codes) {
    json::object body{{"reason", "expired"},
                      {"description", "超过保质期的乳化炸药和电子雷管"},
                      {"method", "炸毁法"},
                      {"place", "邹城市石墙镇销毁场"},
                      {"planned_on", Today()},
                      {"items", Lines(kg, codes)}};
    return a.As("mb.keeper", "POST", "/api/v1/destruction-plans", json::serialize(body));
  }

  Resp Report(TestApp& a, int64_t plan, const std::string& office) {
    json::object body{{"office", office},
                      {"reported_on", Today()},
                      {"receiving_unit", office == "police" ? "邹城市公安局" : "山东省工业和信息化厅"},
                      {"document_number", office == "police" ? "邹公治备〔2026〕12号" : "鲁工信民爆备〔2026〕7号"}};
    return a.As("mb.keeper", "POST", "/api/v1/destruction-plans/" + std::to_string(plan) + "/reports",
                json::serialize(body));
  }

  Resp Destroy(TestApp& a, int64_t store, double kg, const std::vector<std::string>& codes,
               const json::value& destruction) {
    json::object body{{"store_id", store},
                      {"direction", "out"},
                      {"reason", "destruction"},
                      {"lines", Lines(kg, codes)},
                      {"second_person", {{"username", "mb.safety"}, {"password", kPassword}}}};
    if (!destruction.is_null()) body["destruction"] = destruction;
    return a.As("mb.keeper", "POST", "/api/v1/vouchers", json::serialize(body));
  }

  json::object Execution(int64_t plan) {
    return {{"plan_id", plan},
            {"supervisor_name", "王警官"},
            {"supervisor_unit", "邹城市公安局治安大队"},
            {"destroyed_on", Today()},
            {"result", "全部销毁，现场清理完毕"}};
  }

  double StockOf(TestApp& a, int64_t store, const std::string& product) {
    auto r = a.As("mb.keeper", "GET", "/api/v1/stores/" + std::to_string(store) + "/stock");
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& q : r.obj().at("items").as_array())
      if (q.at("product_id").as_string() == product) return q.at("quantity").to_number<double>();
    return 0;
  }

  std::vector<std::string> Codes(int n) {
    std::vector<std::string> out;
    const int base = 80000 + counter.fetch_add(n + 1) * 10;
    for (int i = 0; i < n; ++i) out.push_back("3760315A" + std::to_string(base + i));
    return out;
  }
};

TEST_P(DestructionPlanTest, ADestructionVoucherWithoutAPlanIsRefused) {
  auto& a = app();
  const int64_t store = StockedStore(a);
  auto r = Destroy(a, store, 5, {}, nullptr);
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(FieldRulesOf(r).count("destruction.plan_id:destruction_plan_required")) << r.body;
  EXPECT_NE(r.body.find("第四十三条"), std::string::npos) << "the Chinese message names the rule";
  // Without a supervisor the record is refused too, naming each missing field.
  auto no_supervisor = Destroy(a, store, 5, {}, json::object{{"plan_id", 1}});
  EXPECT_EQ(no_supervisor.status, 422);
  EXPECT_TRUE(FieldRulesOf(no_supervisor).count("destruction.supervisor_name:required"));
  EXPECT_TRUE(FieldRulesOf(no_supervisor).count("destruction.destroyed_on:required"));
  // Another voucher may not carry a destruction record.
  json::object sale{{"store_id", store}, {"direction", "out"}, {"reason", "issue"},
                    {"lines", json::array{json::object{{"product_id", "industrial_explosive"},
                                                       {"quantity", 1}}}},
                    {"destruction", Execution(1)},
                    {"second_person", {{"username", "mb.safety"}, {"password", kPassword}}}};
  auto other = a.As("mb.keeper", "POST", "/api/v1/vouchers", json::serialize(sale));
  EXPECT_EQ(other.status, 422);
  EXPECT_TRUE(FieldRulesOf(other).count("destruction:destruction_only_for_destruction"));
  EXPECT_DOUBLE_EQ(StockOf(a, store, "industrial_explosive"), 30);
}

TEST_P(DestructionPlanTest, APlanListsKnownGoodsWithTheirCodes) {
  auto& a = app();
  json::object bad{{"reason", "lost"},
                   {"method", ""},
                   {"planned_on", "2026-13-01"},
                   {"items", json::array{json::object{{"product_id", "electronic_detonator"},
                                                      {"quantity", 5}},
                                         json::object{{"product_id", "plutonium"},
                                                      {"quantity", 1}}}}};
  auto r = a.As("mb.keeper", "POST", "/api/v1/destruction-plans", json::serialize(bad));
  EXPECT_EQ(r.status, 422) << r.body;
  auto rules = FieldRulesOf(r);
  EXPECT_TRUE(rules.count("reason:kind_invalid")) << r.body;
  EXPECT_TRUE(rules.count("method:required")) << r.body;
  EXPECT_TRUE(rules.count("place:required")) << r.body;
  EXPECT_TRUE(rules.count("planned_on:date_invalid")) << r.body;
  EXPECT_TRUE(rules.count("items[0].codes:destruction_codes_required")) << r.body;
  EXPECT_TRUE(rules.count("items[1].product_id:product_unknown")) << r.body;
  // A regulator does not write plans.
  EXPECT_EQ(a.As("zoucheng", "POST", "/api/v1/destruction-plans", "{}").status, 403);
}

TEST_P(DestructionPlanTest, OneReportOnlyIsNotEnough) {
  auto& a = app();
  const std::vector<std::string> codes;
  const int64_t store = StockedStore(a);
  auto plan = CreatePlan(a, 20, codes);
  ASSERT_EQ(plan.status, 201) << plan.body;
  const int64_t id = plan.obj().at("id").as_int64();
  EXPECT_EQ(plan.obj().at("status").as_string(), "draft");
  auto none = Destroy(a, store, 20, codes, Execution(id));
  EXPECT_EQ(none.status, 422);
  EXPECT_TRUE(FieldRulesOf(none).count("destruction.plan_id:destruction_province_report_missing"));
  EXPECT_TRUE(FieldRulesOf(none).count("destruction.plan_id:destruction_police_report_missing"));

  auto police = Report(a, id, "police");
  ASSERT_EQ(police.status, 201) << police.body;
  EXPECT_EQ(police.obj().at("status").as_string(), "reporting");
  auto one = Destroy(a, store, 20, codes, Execution(id));
  EXPECT_EQ(one.status, 422) << one.body;
  EXPECT_EQ(FieldRulesOf(one),
            std::set<std::string>{"destruction.plan_id:destruction_province_report_missing"});
  EXPECT_NE(one.body.find("省级民爆行业主管部门"), std::string::npos);
  // Nothing was booked: the stock and the plan are as they were.
  EXPECT_DOUBLE_EQ(StockOf(a, store, "industrial_explosive"), 30);
  auto detail = a.As("mb.keeper", "GET", "/api/v1/destruction-plans/" + std::to_string(id));
  EXPECT_EQ(detail.obj().at("status").as_string(), "reporting");
  EXPECT_TRUE(detail.obj().at("execution").is_null());
  // A bad report names its fields.
  auto bad = a.As("mb.keeper", "POST", "/api/v1/destruction-plans/" + std::to_string(id) + "/reports",
                  R"({"office":"city","reported_on":"2999-01-01"})");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("office:office_invalid")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("reported_on:destruction_date_future")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("document_number:required")) << bad.body;
}

TEST_P(DestructionPlanTest, MoreThanThePlanOrGoodsOutsideItAreRefused) {
  auto& a = app();
  const int64_t store = StockedStore(a);
  auto plan = CreatePlan(a, 20, {});
  ASSERT_EQ(plan.status, 201) << plan.body;
  const int64_t id = plan.obj().at("id").as_int64();
  ASSERT_EQ(Report(a, id, "province").status, 201);
  ASSERT_EQ(Report(a, id, "police").status, 201);
  auto over = Destroy(a, store, 25, {}, Execution(id));
  EXPECT_EQ(over.status, 422) << over.body;
  EXPECT_EQ(FieldRulesOf(over),
            std::set<std::string>{"lines[0].quantity:destruction_quantity_over_plan"});
  EXPECT_DOUBLE_EQ(StockOf(a, store, "industrial_explosive"), 30);

  // Detonators by code: a code outside the plan is named; the explosive is not in this plan.
  const auto codes = Codes(3);
  const int64_t detonators = StockedStore(a, codes);
  auto coded = CreatePlan(a, 0, {codes[0], codes[1]});
  ASSERT_EQ(coded.status, 201) << coded.body;
  const int64_t coded_id = coded.obj().at("id").as_int64();
  ASSERT_EQ(Report(a, coded_id, "province").status, 201);
  ASSERT_EQ(Report(a, coded_id, "police").status, 201);
  auto code = Destroy(a, detonators, 0, {codes[0], codes[2]}, Execution(coded_id));
  EXPECT_EQ(code.status, 422) << code.body;
  EXPECT_EQ(FieldRulesOf(code),
            std::set<std::string>{"lines[0].codes[1]:destruction_code_outside_plan"});
  auto goods = Destroy(a, store, 5, {}, Execution(coded_id));
  EXPECT_EQ(goods.status, 422) << goods.body;
  EXPECT_EQ(FieldRulesOf(goods),
            std::set<std::string>{"lines[0].product_id:destruction_goods_outside_plan"});
  // Within the plan the codes are destroyed and leave the books.
  auto done = Destroy(a, detonators, 0, {codes[0], codes[1]}, Execution(coded_id));
  EXPECT_EQ(done.status, 201) << done.body;
  EXPECT_DOUBLE_EQ(StockOf(a, detonators, "electronic_detonator"), 1);
}

TEST_P(DestructionPlanTest, TheFullFlowClosesThePlanWithItsSupervisor) {
  auto& a = app();
  const std::vector<std::string> codes;
  const int64_t store = StockedStore(a);
  auto plan = CreatePlan(a, 20, codes);
  ASSERT_EQ(plan.status, 201) << plan.body;
  const int64_t id = plan.obj().at("id").as_int64();
  const std::string number(plan.obj().at("number").as_string());
  EXPECT_EQ(number.rfind("XH", 0), 0u) << number;
  ASSERT_EQ(plan.obj().at("items").as_array().size(), 1u);
  EXPECT_EQ(plan.obj().at("items").at(0).at("product_name").as_string(), "工业炸药");

  ASSERT_EQ(Report(a, id, "province").status, 201);
  auto reported = Report(a, id, "police");
  ASSERT_EQ(reported.status, 201) << reported.body;
  EXPECT_EQ(reported.obj().at("status").as_string(), "reported");
  EXPECT_EQ(reported.obj().at("police_report").at("document_number").as_string(),
            "邹公治备〔2026〕12号");

  // The county regulator was told of each report and sees the plan in its list and detail.
  auto notes = a.As("zoucheng", "GET", "/api/v1/notifications?page_size=100");
  int told = 0;
  for (const auto& n : notes.obj().at("items").as_array())
    if (n.at("kind").as_string() == "destruction_plan_reported" &&
        n.at("title").as_string().find(number) != std::string::npos)
      ++told;
  EXPECT_EQ(told, 2) << notes.body;
  auto list = a.As("zoucheng", "GET", "/api/v1/destruction-plans?status=reported&page_size=100");
  ASSERT_EQ(list.status, 200) << list.body;
  bool listed = false;
  for (const auto& p : list.obj().at("items").as_array()) listed |= p.at("id").as_int64() == id;
  EXPECT_TRUE(listed);
  EXPECT_EQ(a.As("jining.viewer", "GET", "/api/v1/destruction-plans/" + std::to_string(id)).status, 200);

  // Part of the plan destroyed by one voucher executes (closes) it.
  auto voucher = Destroy(a, store, 20, codes, Execution(id));
  ASSERT_EQ(voucher.status, 201) << voucher.body;
  EXPECT_DOUBLE_EQ(StockOf(a, store, "industrial_explosive"), 10);
  auto closed = a.As("zoucheng", "GET", "/api/v1/destruction-plans/" + std::to_string(id));
  ASSERT_EQ(closed.status, 200);
  const auto& d = closed.obj();
  EXPECT_EQ(d.at("status").as_string(), "closed");
  EXPECT_EQ(d.at("execution").at("supervisor_name").as_string(), "王警官");
  EXPECT_EQ(d.at("execution").at("supervisor_unit").as_string(), "邹城市公安局治安大队");
  EXPECT_EQ(d.at("execution").at("voucher_id").as_int64(), voucher.obj().at("id").as_int64());
  EXPECT_EQ(d.at("execution").at("destroyed_on").as_string(), Today());
  std::vector<std::string> kinds;
  for (const auto& e : d.at("events").as_array()) kinds.emplace_back(e.at("kind").as_string());
  EXPECT_EQ(kinds, (std::vector<std::string>{"created", "reported_province", "reported_police",
                                             "closed"}));
  // A closed plan executes nothing more and takes no further report.
  auto again = Destroy(a, store, 1, {}, Execution(id));
  EXPECT_EQ(again.status, 409) << again.body;
  EXPECT_EQ(Report(a, id, "police").status, 409);
  // Every write is in the audit log.
  auto audit = a.As("auditadmin", "GET",
                    "/api/v1/audit-log?entity=destruction_plan&entity_id=" + std::to_string(id));
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_EQ(audit.obj().at("total").as_int64(), 4);
  // The export lists it.
  auto xlsx = a.As("zoucheng", "GET", "/api/v1/destruction-plans/export");
  EXPECT_EQ(xlsx.status, 200);
}

TEST_P(DestructionPlanTest, OtherJurisdictionsAndEnterprisesSeeNothing) {
  auto& a = app();
  StockedStore(a);
  auto plan = CreatePlan(a, 5, {});
  ASSERT_EQ(plan.status, 201) << plan.body;
  const std::string path = "/api/v1/destruction-plans/" + std::to_string(plan.obj().at("id").as_int64());
  EXPECT_EQ(a.As("rencheng", "GET", path).status, 404);
  EXPECT_EQ(a.As("hc.safety", "GET", path).status, 404);
  EXPECT_EQ(a.As("hc.safety", "POST", path + "/reports",
                 R"({"office":"police","reported_on":"2026-01-05","receiving_unit":"x","document_number":"y"})")
                .status,
            404);
  auto others = a.As("rencheng", "GET", "/api/v1/destruction-plans?page_size=100");
  ASSERT_EQ(others.status, 200);
  for (const auto& p : others.obj().at("items").as_array())
    EXPECT_NE(p.at("enterprise_name").as_string(), "邹城恒安民爆器材有限公司");
  // Another enterprise's voucher cannot execute it (as if it did not exist).
  const int64_t store2 = a.Db()->Query(
      "SELECT s.id FROM stores s JOIN users u ON u.enterprise_id = s.enterprise_id WHERE "
      "u.username = 'ms2.keeper' AND s.rated_net_mass_g > 0 ORDER BY s.id").Int(0, "id");
  auto line = json::array{json::object{{"product_id", "industrial_explosive"}, {"quantity", 1}}};
  json::object in{{"store_id", store2}, {"direction", "in"}, {"reason", "purchase"},
                  {"counterparty", TestCounterparty("in", "purchase")}, {"lines", line},
                  {"second_person", {{"username", "ms2.safety"}, {"password", kPassword}}}};
  auto bought = a.As("ms2.keeper", "POST", "/api/v1/vouchers", json::serialize(in));
  ASSERT_EQ(bought.status, 201) << bought.body;
  json::object body{{"store_id", store2},
                    {"direction", "out"},
                    {"reason", "destruction"},
                    {"lines", line},
                    {"destruction", Execution(plan.obj().at("id").as_int64())},
                    {"second_person", {{"username", "ms2.safety"}, {"password", kPassword}}}};
  auto r = a.As("ms2.keeper", "POST", "/api/v1/vouchers", json::serialize(body));
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(FieldRulesOf(r),
            std::set<std::string>{"destruction.plan_id:destruction_plan_unknown"});
}

ANJIAN_BACKENDS(DestructionPlanTest);

}  // namespace
}  // namespace anjian::test
