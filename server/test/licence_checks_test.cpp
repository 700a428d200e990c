// Licences drive the rest (issue 15 §1) on both databases: the ledger's licence gate refusing
// production and sales vouchers without a licence in force, outside its products or beyond its
// annual quantity (422 naming the field, the licence number and the figures; nothing booked), the
// setting that turns it off; the nightly conditions-lapsed sweep opening a major hidden danger for
// an expired licence once, warning of lapsed conditions once, and the 许可条件预警 list and export
// in the regulator's scope.
#include <atomic>

#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "licensing/licence_checks/licence_sweep_service.hpp"
#include "notifications/notification_service.hpp"

namespace anjian::test {
namespace {

const char* kPassword = "Demo@2026";
std::atomic<int> store_counter{1};

class LicenceChecksTest : public ApiTest {
 protected:
  int64_t MakeStore(const std::string& user, const std::string& keeper) {
    json::object body{{"name", "许可测试库" + std::to_string(store_counter.fetch_add(1))},
                      {"kind", "main_magazine"},
                      {"rated_net_mass_kg", 100000}};
    auto r = app().As(user, "POST", "/api/v1/stores", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    if (r.status != 201) return 0;
    const int64_t id = r.obj().at("id").as_int64();
    AssignStorekeeperRow(app(), id, keeper);
    return id;
  }
  static json::object Line(const std::string& product, double quantity) {
    return json::object{{"product_id", product}, {"condition", "normal"}, {"batch", "L1"},
                        {"quantity", quantity}};
  }
  Resp Voucher(const std::string& keeper, const std::string& second, int64_t store,
               const std::string& direction, const std::string& reason, json::array lines) {
    json::object body{{"store_id", store},
                      {"direction", direction},
                      {"reason", reason},
                      {"counterparty", TestCounterparty(direction, reason)},
                      {"lines", std::move(lines)},
                      {"second_person", json::object{{"username", second}, {"password", kPassword}}}};
    return app().As(keeper, "POST", "/api/v1/vouchers", json::serialize(body));
  }
  Resp Produce(int64_t store, const std::string& product, double quantity) {
    return Voucher("mb.keeper", "mb.safety", store, "in", "production", {Line(product, quantity)});
  }
  int64_t EnterpriseOf(const std::string& username) {
    auto db = app().Db();
    return db->Query("SELECT enterprise_id FROM users WHERE username = ?", {username})
        .Int(0, "enterprise_id");
  }
  // The enterprise's licence of `kind` (the demo seeds one of each it needs).
  int64_t LicenceOf(int64_t ent, const std::string& kind) {
    auto db = app().Db();
    auto rs = db->Query("SELECT id FROM licences WHERE enterprise_id = ? AND kind = ? ORDER BY valid_to DESC",
                        {ent, kind});
    return rs.empty() ? 0 : rs.Int(0, "id");
  }
  // Thousandths booked this year by the enterprise with `reason` for `product` (as the gate sums).
  double BookedThisYear(int64_t ent, const std::string& reason, const std::string& product) {
    auto db = app().Db();
    const std::string year = core::ChinaIsoDate(app().clock.Now()).substr(0, 4);
    const std::string from = core::IsoFromUnix(core::ChinaDayStart(core::Date{std::stoi(year), 1, 1}));
    auto rs = db->Query(
        "SELECT COALESCE(SUM(CASE WHEN v.is_reversal = 1 THEN -l.quantity_milli ELSE l.quantity_milli END), 0) AS m "
        "FROM vouchers v JOIN voucher_lines l ON l.voucher_id = v.id WHERE v.enterprise_id = ? AND "
        "v.reason = ? AND v.posted_at >= ? AND l.product_id = ?",
        {ent, reason, from, product});
    return static_cast<double>(rs.Int(0, "m")) / 1000.0;
  }
  void SetAnnual(int64_t licence, const std::string& product, double quantity) {
    auto db = app().Db();
    db->Exec("UPDATE licence_products SET annual_quantity_milli = ? WHERE licence_id = ? AND product_code = ?",
             {static_cast<int64_t>(quantity * 1000), licence, product});
  }
  void SetStatus(int64_t licence, const std::string& status) {
    auto db = app().Db();
    db->Exec("UPDATE licences SET status = ? WHERE id = ?", {status, licence});
  }
  static std::string ZhOf(const Resp& r, const std::string& rule) {
    for (const auto& e : r.obj().at("errors").as_array())
      if (e.at("rule").as_string() == rule) return std::string(e.at("message_zh").as_string());
    return "";
  }
  licence_checks::SweepResult Sweep() {
    auto db = app().Db();
    notifications::PendingPushes pushes(app().clock);
    return licence_checks::RunLicenceSweep(*db, pushes, app().clock.Now());
  }
};

TEST_P(LicenceChecksTest, ProductionWithinTheLicencePostsAndBeyondItsAnnualQuantityIsRefused) {
  const int64_t mb = EnterpriseOf("mb.keeper");
  const int64_t lic = LicenceOf(mb, "explosives_production");
  ASSERT_GT(lic, 0);
  const int64_t store = MakeStore("mb.principal", "mb.keeper");
  auto ok = Produce(store, "industrial_explosive", 10);
  ASSERT_EQ(ok.status, 201) << ok.body;
  // Leave 5 kg of the year's licensed quantity: 6 kg is refused with the figures, 5 kg passes.
  const double booked = BookedThisYear(mb, "production", "industrial_explosive") +
                        BookedThisYear(mb, "production", "hengan_emulsion_rock_70");
  SetAnnual(lic, "industrial_explosive", booked + 5);
  auto over = Produce(store, "industrial_explosive", 6);
  ASSERT_EQ(over.status, 422) << over.body;
  EXPECT_EQ(FieldRulesOf(over), (std::set<std::string>{"lines[0].quantity:licence_gate_quantity"}));
  const std::string zh = ZhOf(over, "licence_gate_quantity");
  EXPECT_NE(zh.find("MB生许证字〔2023〕37001号"), std::string::npos) << zh;
  EXPECT_NE(zh.find("本单 6 千克"), std::string::npos) << zh;
  EXPECT_NE(zh.find("超出许可数量"), std::string::npos) << zh;
  auto db = app().Db();
  EXPECT_EQ(db->Query("SELECT COUNT(*) AS n FROM vouchers WHERE store_id = ?", {store}).Int(0, "n"), 1);
  auto exact = Produce(store, "industrial_explosive", 5);
  EXPECT_EQ(exact.status, 201) << exact.body;
  SetAnnual(lic, "industrial_explosive", 60000);
}

TEST_P(LicenceChecksTest, ProductOutsideTheScopeAndALicenceOutOfForceAreRefused) {
  const int64_t mb = EnterpriseOf("mb.keeper");
  const int64_t lic = LicenceOf(mb, "explosives_production");
  const int64_t store = MakeStore("mb.principal", "mb.keeper");
  auto black = Produce(store, "black_powder", 1);
  ASSERT_EQ(black.status, 422) << black.body;
  EXPECT_TRUE(FieldRulesOf(black).count("lines[0].product:licence_gate_product")) << black.body;
  EXPECT_NE(ZhOf(black, "licence_gate_product").find("黑火药"), std::string::npos);
  for (const char* status : {"suspended", "revoked"}) {
    SetStatus(lic, status);
    auto r = Produce(store, "industrial_explosive", 1);
    EXPECT_EQ(r.status, 422) << r.body;
    EXPECT_TRUE(FieldRulesOf(r).count("reason:licence_gate_not_in_force")) << r.body;
    EXPECT_NE(ZhOf(r, "licence_gate_not_in_force").find(status == std::string("suspended") ? "已暂扣" : "已吊销"),
              std::string::npos);
  }
  SetStatus(lic, "valid");
  EXPECT_EQ(Produce(store, "industrial_explosive", 1).status, 201);
  // Other vouchers (a purchase) are not the gate's.
  const int64_t other = MakeStore("mb.principal", "mb.keeper");
  auto purchase = Voucher("mb.keeper", "mb.safety", other, "in", "purchase", {Line("black_powder", 1)});
  EXPECT_EQ(purchase.status, 201) << purchase.body;
}

TEST_P(LicenceChecksTest, ASaleBeyondTheSalesLicenceIsRefusedAndTheSettingTurnsTheGateOff) {
  const int64_t ms1 = EnterpriseOf("ms1.keeper");
  const int64_t lic = LicenceOf(ms1, "explosives_sales");
  ASSERT_GT(lic, 0);
  const int64_t store = MakeStore("ms1.safety", "ms1.keeper");
  ASSERT_EQ(Voucher("ms1.keeper", "ms1.safety", store, "in", "purchase",
                    {Line("industrial_explosive", 100)}).status, 201);
  SetAnnual(lic, "industrial_explosive", BookedThisYear(ms1, "sale", "industrial_explosive") + 20);
  auto sale = Voucher("ms1.keeper", "ms1.safety", store, "out", "sale", {Line("industrial_explosive", 30)});
  ASSERT_EQ(sale.status, 422) << sale.body;
  EXPECT_EQ(FieldRulesOf(sale), (std::set<std::string>{"lines[0].quantity:licence_gate_quantity"}));
  EXPECT_NE(ZhOf(sale, "licence_gate_quantity").find("鲁民爆销"), std::string::npos);
  EXPECT_NE(ZhOf(sale, "licence_gate_quantity").find("本单 30 千克"), std::string::npos);
  // The deployment may turn the gate off (setting licence_gate); then on again.
  auto off = app().As("sysadmin", "PUT", "/api/v1/settings/licence_gate",
                      R"({"value":{"enabled":0,"producer_sells_own":1}})");
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(Voucher("ms1.keeper", "ms1.safety", store, "out", "sale", {Line("industrial_explosive", 30)}).status, 201);
  EXPECT_EQ(app().As("sysadmin", "POST", "/api/v1/settings/licence_gate/reset").status, 200);
  EXPECT_EQ(Voucher("ms1.keeper", "ms1.safety", store, "out", "sale", {Line("industrial_explosive", 30)}).status, 422);
  SetAnnual(lic, "industrial_explosive", 20000);
}

TEST_P(LicenceChecksTest, SweepOpensTheExpiredLicencesMajorHiddenDangerOnceAndListsIt) {
  Sweep();
  const auto again = Sweep();  // idempotent: nothing new the second time
  EXPECT_EQ(again.hidden_dangers_opened, 0);
  EXPECT_EQ(again.warnings, 0);
  auto list = app().As("jining", "GET", "/api/v1/licence-alerts?finding=expired");
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_GE(list.obj().at("total").as_int64(), 1) << list.body;
  const auto& a = list.obj().at("items").as_array()[0].as_object();
  EXPECT_EQ(a.at("licence_number").as_string(), "鲁民爆销〔2023〕019号");
  ASSERT_TRUE(a.at("hidden_danger_id").is_int64()) << list.body;
  const int64_t hd = a.at("hidden_danger_id").as_int64();
  auto db = app().Db();
  auto h = db->Query("SELECT level, source, is_open FROM hidden_dangers WHERE id = ?", {hd});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h.Text(0, "level"), "major");
  EXPECT_EQ(h.Text(0, "source"), "derived");
  EXPECT_EQ(db->Query("SELECT COUNT(*) AS n FROM hidden_danger_derivations WHERE basis = '234-1' AND origin_kind = 'licence'")
                .Int(0, "n"),
            1);
  EXPECT_EQ(db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'licence_condition_lapsed'")
                .Int(0, "n"),
            db->Query("SELECT COUNT(*) AS n FROM licence_condition_alerts").Int(0, "n"));
  // Export, filters, validation, permission and scope.
  auto xlsx = app().As("jining", "GET", "/api/v1/licence-alerts/export?status=open");
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  auto bad = app().As("jining", "GET", "/api/v1/licence-alerts?finding=x&status=y");
  EXPECT_EQ(FieldRulesOf(bad), (std::set<std::string>{"finding:kind_invalid", "status:status_invalid"}));
  EXPECT_EQ(app().As("mb.principal", "GET", "/api/v1/licence-alerts").status, 403);
  EXPECT_EQ(app().As("jining.viewer", "GET", "/api/v1/licence-alerts").status, 200);
  const int64_t ent = a.at("enterprise_id").as_int64();
  auto all = app().As("shandong", "GET", "/api/v1/licence-alerts?enterprise_id=" + std::to_string(ent));
  EXPECT_GE(all.obj().at("total").as_int64(), 1);
}

TEST_P(LicenceChecksTest, RenewingTheLicenceResolvesTheWarningAndLapsedConditionsNotifyOnce) {
  Sweep();
  auto db = app().Db();
  auto open = db->Query(
      "SELECT id, licence_id FROM licence_condition_alerts WHERE condition_id = 'licence_expired' "
      "AND resolved_on IS NULL");
  ASSERT_EQ(open.size(), 1u);
  const int64_t lic = open.Int(0, "licence_id");
  const std::string valid_to = db->Query("SELECT valid_to FROM licences WHERE id = ?", {lic}).Text(0, "valid_to");
  db->Exec("UPDATE licences SET valid_to = '2099-12-31' WHERE id = ?", {lic});
  const auto r = Sweep();
  EXPECT_GE(r.resolved, 1);
  EXPECT_FALSE(db->Query("SELECT resolved_on FROM licence_condition_alerts WHERE id = ?",
                         {open.Int(0, "id")}).IsNull(0, "resolved_on"));
  db->Exec("UPDATE licences SET valid_to = ? WHERE id = ?", {valid_to, lic});
  Sweep();  // expired again: the same warning reopens, no second hidden danger
  EXPECT_TRUE(db->Query("SELECT resolved_on FROM licence_condition_alerts WHERE id = ?",
                        {open.Int(0, "id")}).IsNull(0, "resolved_on"));
  EXPECT_EQ(db->Query("SELECT COUNT(*) AS n FROM hidden_danger_derivations WHERE basis = '234-1' AND origin_kind = 'licence'")
                .Int(0, "n"),
            1);
  // Lapsed conditions of licences in force (the demo records no safety department, for one): each
  // told once to the enterprise, the same count of notifications after another sweep.
  auto cond = app().As("jining", "GET", "/api/v1/licence-alerts?finding=condition");
  ASSERT_EQ(cond.status, 200);
  if (cond.obj().at("total").as_int64() > 0) {
    const auto& c = cond.obj().at("items").as_array()[0].as_object();
    EXPECT_FALSE(c.at("label_zh").as_string().empty());
    auto count = [&] {
      return db->Query("SELECT COUNT(*) AS n FROM notifications WHERE kind = 'licence_condition_lapsed'")
          .Int(0, "n");
    };
    const int64_t before = count();
    EXPECT_GT(before, 0);
    Sweep();
    EXPECT_EQ(count(), before);
  }
}

TEST_P(LicenceChecksTest, IndustryStructureDerivesTheElectronicDetonatorShareFromProduction) {
  auto r = app().As("jining", "GET", "/api/v1/industry-structure");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto& total = r.obj().at("total").as_object();
  // The demo producer books electronic detonators only (普通雷管 stopped in 2022).
  EXPECT_GT(total.at("electronic").as_int64(), 0) << r.body;
  EXPECT_EQ(total.at("share_permille").as_int64(),
            total.at("other").as_int64() == 0 ? 1000 : total.at("share_permille").as_int64());
  bool zoucheng = false;
  for (const auto& row : r.obj().at("regions").as_array()) {
    const auto& o = row.as_object();
    EXPECT_EQ(std::string(o.at("region_path").as_string()).rfind("/370000/370800/", 0), 0u);
    if (o.at("region_path").as_string() == "/370000/370800/370883/") {
      zoucheng = true;
      EXPECT_EQ(o.at("region_name").as_string(), "邹城市");
      // 恒安民爆's production licence licenses 8,000 t a year of on-site mixing (demo).
      EXPECT_EQ(o.at("on_site_mixing_t").as_int64(), 8000) << r.body;
    }
  }
  EXPECT_TRUE(zoucheng) << r.body;
  EXPECT_EQ(total.at("on_site_mixing_t").as_int64(), 8000) << r.body;
  EXPECT_EQ(total.at("on_site_mixing_licences").as_int64(), 1);
  // A licence's mixing capacity is part of its scope, for production licences only.
  auto lic = app().As("jining", "GET", "/api/v1/licences?kind=explosives_production&page_size=1");
  ASSERT_EQ(lic.status, 200) << lic.body;
  ASSERT_FALSE(lic.obj().at("items").as_array().empty());
  const auto ent = lic.obj().at("items").as_array()[0].at("enterprise_id").as_int64();
  auto bad = app().As("jining", "POST", "/api/v1/licences",
                      json::serialize(json::object{{"kind", "explosives_sales"},
                                                   {"number", "测试混装-1"},
                                                   {"valid_from", "2026-01-01"},
                                                   {"enterprise_id", ent},
                                                   {"scope", json::object{{"on_site_mixing_t", 100}}}}));
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("scope.on_site_mixing_t:licence_mixing_production_only"))
      << bad.body;
  auto huge = app().As("jining", "POST", "/api/v1/licences",
                       json::serialize(json::object{{"kind", "explosives_production"},
                                                    {"number", "测试混装-2"},
                                                    {"valid_from", "2026-01-01"},
                                                    {"enterprise_id", ent},
                                                    {"scope", json::object{{"on_site_mixing_t", 0}}}}));
  EXPECT_TRUE(FieldRulesOf(huge).count("scope.on_site_mixing_t:range")) << huge.body;
  EXPECT_EQ(FieldRulesOf(app().As("jining", "GET", "/api/v1/industry-structure?year=1999")),
            (std::set<std::string>{"year:range"}));
  EXPECT_EQ(app().As("mb.principal", "GET", "/api/v1/industry-structure").status, 403);
  // The province sees its cities.
  auto province = app().As("shandong", "GET", "/api/v1/industry-structure");
  ASSERT_EQ(province.status, 200);
  for (const auto& row : province.obj().at("regions").as_array())
    EXPECT_EQ(row.at("region_path").as_string().size(), 15u);
}

ANJIAN_BACKENDS(LicenceChecksTest);

}  // namespace
}  // namespace anjian::test
