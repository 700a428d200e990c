// The product catalogue as data (issue 11 §2), on SQLite and PostgreSQL: an enterprise's own
// product is seen by its supervising regulators and by nobody else's enterprise; the deployment's
// catalogue is the system administrator's; a product a voucher names is deactivated, never
// deleted; a deactivated or foreign product is refused on a voucher line; every change is kept.
#include <atomic>
#include <set>

#include "api_harness.hpp"

namespace anjian::test {
namespace {

std::atomic<int> counter{1};

std::string Unique(const std::string& prefix) { return prefix + std::to_string(counter++); }

json::object EmulsionBody(const std::string& name) {
  return json::object{{"name", name},
                      {"kind", "industrial_explosive"},
                      {"brand", "测试牌"},
                      {"specification", "Φ32mm×200g"},
                      {"manufacturer", "济宁市测试民爆器材厂"},
                      {"unit", "kg"},
                      {"net_mass_per_unit_g", 1000},
                      {"storage_class", "explosive"}};
}

class ProductCatalogueTest : public ApiTest {
 protected:
  json::object Create(TestApp& a, const std::string& user, const json::object& body) {
    auto r = a.As(user, "POST", "/api/v1/products", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj() : json::object{};
  }
  // A store of 恒安民爆 for explosives, kept by mb.keeper.
  int64_t ExplosiveStore(TestApp& a) {
    auto r = a.As("mb.principal", "POST", "/api/v1/stores",
                  json::serialize(json::object{{"name", Unique("品种库")},
                                               {"kind", "main_magazine"},
                                               {"rated_net_mass_kg", 1000}}));
    EXPECT_EQ(r.status, 201) << r.body;
    const int64_t id = r.obj().at("id").as_int64();
    AssignStorekeeperRow(a, id, "mb.keeper");
    return id;
  }
  Resp Voucher(TestApp& a, const std::string& keeper, const std::string& safety, int64_t store,
               const std::string& direction, const std::string& reason,
               const std::string& product, double quantity) {
    json::object body{
        {"store_id", store},
        {"direction", direction},
        {"reason", reason},
        {"counterparty", TestCounterparty(direction, reason)},
        {"lines", json::array{json::object{{"product_id", product},
                                           {"quantity", quantity},
                                           {"condition", "normal"},
                                           {"batch", "B1"}}}},
        {"second_person", json::object{{"username", safety}, {"password", "Demo@2026"}}}};
    return a.As(keeper, "POST", "/api/v1/vouchers", json::serialize(body));
  }
  bool Listed(TestApp& a, const std::string& user, int64_t id) {
    auto r = a.As(user, "GET", "/api/v1/products?page_size=500");
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& it : r.obj().at("items").as_array())
      if (it.at("id").as_int64() == id) return true;
    return false;
  }
};

TEST_P(ProductCatalogueTest, TheBuiltInSevenAndTheDemoProductsAreData) {
  auto& a = app();
  auto r = a.As("zoucheng", "GET", "/api/v1/products?owner=deployment&page_size=500");
  ASSERT_EQ(r.status, 200) << r.body;
  std::set<std::string> codes;
  for (const auto& it : r.obj().at("items").as_array())
    codes.insert(std::string(it.at("code").as_string()));
  for (const char* c : {"industrial_explosive", "electronic_detonator", "detonating_cord",
                        "shock_tube", "black_powder", "ammonium_nitrate", "semi_finished",
                        "emulsion_rock_32", "shock_tube_detonator_ms", "sodium_nitrate_raw"})
    EXPECT_TRUE(codes.count(c)) << c;
  // The form's list names brand and specification where a person reads them.
  auto form = a.As("mb.keeper", "GET", "/api/v1/explosive-products");
  ASSERT_EQ(form.status, 200) << form.body;
  bool seen = false;
  for (const auto& it : form.obj().at("items").as_array())
    if (it.at("id").as_string() == "emulsion_rock_32") {
      seen = true;
      EXPECT_EQ(it.at("display_name").as_string(), "岩石乳化炸药（Φ32mm×200g 药卷）");
      EXPECT_EQ(it.at("storage_class").as_string(), "explosive");
    }
  EXPECT_TRUE(seen);
  // Filters.
  r = a.As("zoucheng", "GET", "/api/v1/products?kind=raw_material&page_size=500");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_GE(r.obj().at("total").as_int64(), 3);
  for (const auto& it : r.obj().at("items").as_array())
    EXPECT_EQ(it.at("kind").as_string(), "raw_material");
  EXPECT_EQ(a.As("zoucheng", "GET", "/api/v1/products?kind=castle").status, 422);
  auto xlsx = a.As("zoucheng", "GET", "/api/v1/products/export?keyword=%E4%B9%B3%E5%8C%96");
  EXPECT_EQ(xlsx.status, 200);
}

TEST_P(ProductCatalogueTest, AnEnterpriseProductIsSeenByItsRegulatorsOnly) {
  auto& a = app();
  auto p = Create(a, "mb.principal", EmulsionBody(Unique("自有乳化炸药")));
  ASSERT_FALSE(p.empty());
  const int64_t id = p.at("id").as_int64();
  EXPECT_EQ(p.at("owner").as_string(), "enterprise");
  EXPECT_EQ(p.at("owner_name").as_string(), "邹城恒安民爆器材有限公司");
  const std::string path = "/api/v1/products/" + std::to_string(id);
  for (const char* user : {"mb.keeper", "zoucheng", "jining", "shandong", "jining.viewer"}) {
    EXPECT_EQ(a.As(user, "GET", path).status, 200) << user;
    EXPECT_EQ(a.As(user, "GET", path + "/history").status, 200) << user;
    EXPECT_TRUE(Listed(a, user, id)) << user;
  }
  // Another county's regulator and another enterprise: as if it did not exist.
  for (const char* user : {"rencheng", "hc.principal", "ms2.keeper"}) {
    EXPECT_EQ(a.As(user, "GET", path).status, 404) << user;
    EXPECT_EQ(a.As(user, "GET", path + "/history").status, 404) << user;
    EXPECT_FALSE(Listed(a, user, id)) << user;
  }
  auto form = a.As("ms2.keeper", "GET", "/api/v1/explosive-products");
  for (const auto& it : form.obj().at("items").as_array())
    EXPECT_NE(it.at("catalogue_id").as_int64(), id);
  // Nobody else writes it: another enterprise 404, a regulator 403 (no write permission).
  EXPECT_EQ(a.As("hc.principal", "POST", path + "/deactivate").status, 404);
  EXPECT_EQ(a.As("hc.principal", "DELETE", path).status, 404);
  EXPECT_EQ(a.As("zoucheng", "PUT", path, json::serialize(EmulsionBody("改名"))).status, 403);
  EXPECT_EQ(a.As("mb.keeper", "POST", "/api/v1/products",
                 json::serialize(EmulsionBody("保管员不能加"))).status, 403);
}

TEST_P(ProductCatalogueTest, TheDeploymentCatalogueIsTheAdministrators) {
  auto& a = app();
  auto p = Create(a, "sysadmin", EmulsionBody(Unique("系统目录乳化炸药")));
  ASSERT_FALSE(p.empty());
  EXPECT_EQ(p.at("owner").as_string(), "deployment");
  const std::string path = "/api/v1/products/" + std::to_string(p.at("id").as_int64());
  // Every enterprise sees it; none edits it.
  EXPECT_EQ(a.As("ms2.keeper", "GET", path).status, 200);
  auto r = a.As("mb.principal", "PUT", path, json::serialize(EmulsionBody("企业改系统目录")));
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"product_deployment_only"}) << r.body;
  EXPECT_EQ(RulesOf(a.As("mb.principal", "POST", path + "/deactivate")),
            std::set<std::string>{"product_deployment_only"});
  auto body = EmulsionBody("系统目录乳化炸药（改）");
  body["specification"] = "Φ35mm×300g";
  r = a.As("sysadmin", "PUT", path, json::serialize(body));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("specification").as_string(), "Φ35mm×300g");
  // Unused: deleted, with its history kept in the audit log.
  r = a.As("sysadmin", "DELETE", path);
  EXPECT_EQ(r.status, 204) << r.body;
  EXPECT_EQ(a.As("sysadmin", "GET", path).status, 404);
}

TEST_P(ProductCatalogueTest, AUsedProductIsDeactivatedNeverDeleted) {
  auto& a = app();
  auto p = Create(a, "mb.principal", EmulsionBody(Unique("停用乳化炸药")));
  ASSERT_FALSE(p.empty());
  const int64_t id = p.at("id").as_int64();
  const std::string code(p.at("code").as_string());
  const std::string path = "/api/v1/products/" + std::to_string(id);
  const int64_t store = ExplosiveStore(a);

  // Booked in: the voucher names it with its specification.
  auto v = Voucher(a, "mb.keeper", "mb.safety", store, "in", "purchase", code, 50);
  ASSERT_EQ(v.status, 201) << v.body;
  auto got = a.As("mb.keeper", "GET", "/api/v1/vouchers/" + std::to_string(v.obj().at("id").as_int64()));
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_NE(std::string(got.obj().at("lines").at(0).at("label_zh").as_string()).find("Φ32mm×200g"),
            std::string::npos);

  // Named by a voucher: no deletion (and the built-in products neither).
  auto r = a.As("mb.principal", "DELETE", path);
  EXPECT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(a.As("mb.principal", "GET", path).status, 200);
  // Its unit of count no longer changes.
  auto body = EmulsionBody("停用乳化炸药");
  body["unit"] = "piece";
  EXPECT_EQ(RulesOf(a.As("mb.principal", "PUT", path, json::serialize(body))),
            std::set<std::string>{"product_in_use_unit"});

  r = a.As("mb.principal", "POST", path + "/deactivate");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("status").as_string(), "inactive");
  // No longer received into a store: 422 naming the line and the rule, zh and en.
  r = Voucher(a, "mb.keeper", "mb.safety", store, "in", "purchase", code, 10);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"lines[0].product:product_inactive"});
  const auto& err = r.obj().at("errors").at(0).as_object();
  EXPECT_NE(std::string(err.at("message_zh").as_string()).find("已停用"), std::string::npos);
  EXPECT_NE(std::string(err.at("message").as_string()).find("deactivated"), std::string::npos);
  // Its stock still leaves.
  r = Voucher(a, "mb.keeper", "mb.safety", store, "out", "sale", code, 20);
  EXPECT_EQ(r.status, 201) << r.body;

  // Reactivated, received again.
  ASSERT_EQ(a.As("mb.principal", "POST", path + "/activate").status, 200);
  EXPECT_EQ(Voucher(a, "mb.keeper", "mb.safety", store, "in", "purchase", code, 5).status, 201);

  // The history: create, update? (refused: not kept), deactivate, reactivate — newest first,
  // each with the row before and after.
  auto h = a.As("zoucheng", "GET", path + "/history");
  ASSERT_EQ(h.status, 200) << h.body;
  const auto& items = h.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 3u) << h.body;
  EXPECT_EQ(items[0].at("action").as_string(), "reactivate");
  EXPECT_EQ(items[1].at("action").as_string(), "deactivate");
  EXPECT_EQ(items[1].at("before").at("status").as_string(), "active");
  EXPECT_EQ(items[1].at("after").at("status").as_string(), "inactive");
  EXPECT_EQ(items[2].at("action").as_string(), "create");
  EXPECT_TRUE(items[2].at("before").is_null());
  // And the audit log.
  auto audit = a.Db()->Query(
      "SELECT action FROM audit_log WHERE entity = 'product' AND entity_id = ? ORDER BY id",
      {std::to_string(id)});
  ASSERT_EQ(audit.size(), 3u);
  EXPECT_EQ(audit.Text(1, "action"), "deactivate");

  // A built-in product named by the demo's vouchers.
  auto builtin = a.Db()->Query("SELECT id FROM products WHERE code = 'industrial_explosive'");
  r = a.As("sysadmin", "DELETE", "/api/v1/products/" + std::to_string(builtin.Int(0, "id")));
  EXPECT_EQ(r.status, 409) << r.body;
}

TEST_P(ProductCatalogueTest, AnotherEnterprisesProductIsRefusedOnAVoucher) {
  auto& a = app();
  auto p = Create(a, "mb.principal", EmulsionBody(Unique("他企乳化炸药")));
  ASSERT_FALSE(p.empty());
  // A store 同力民爆's storekeeper keeps (the demo assigns one).
  const int64_t store = a.Db()->Query(
      "SELECT k.store_id AS id FROM store_storekeepers k JOIN users u ON u.id = k.user_id WHERE "
      "u.username = 'ms2.keeper' AND k.unassigned_at IS NULL ORDER BY k.store_id").Int(0, "id");
  ASSERT_GT(store, 0);
  auto r = Voucher(a, "ms2.keeper", "ms2.safety", store, "in", "purchase",
                   std::string(p.at("code").as_string()), 10);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(FieldRulesOf(r).count("lines[0].product:product_foreign")) << r.body;
}

TEST_P(ProductCatalogueTest, BadInputIsNamedFieldByField) {
  auto& a = app();
  auto r = a.As("mb.principal", "POST", "/api/v1/products",
                R"({"kind":"castle","unit":"barrel","storage_class":"attic","net_mass_per_unit_g":-1})");
  ASSERT_EQ(r.status, 422) << r.body;
  auto rules = FieldRulesOf(r);
  for (const char* want : {"name:required", "kind:product_kind", "unit:product_unit",
                           "storage_class:product_storage_class",
                           "net_mass_per_unit_g:product_mass_g"})
    EXPECT_TRUE(rules.count(want)) << want << " in " << r.body;
  // A detonator is coded, counted in pieces.
  auto body = EmulsionBody("导爆管雷管");
  body["kind"] = "detonator";
  body["storage_class"] = "detonator";
  r = a.As("mb.principal", "POST", "/api/v1/products", json::serialize(body));
  EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"coded:product_coded_kind"}) << r.body;
  body["coded"] = true;
  r = a.As("mb.principal", "POST", "/api/v1/products", json::serialize(body));
  EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"unit:product_coded_unit"}) << r.body;
  // A code already in the catalogue.
  body = EmulsionBody("重复代码");
  body["code"] = "industrial_explosive";
  r = a.As("mb.principal", "POST", "/api/v1/products", json::serialize(body));
  EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"code:product_code_taken"}) << r.body;
}

}  // namespace

ANJIAN_BACKENDS(ProductCatalogueTest);

}  // namespace anjian::test
