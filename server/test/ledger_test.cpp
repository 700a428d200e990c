// Civil-explosives stores ledger through the API: posting in/out/transfer, every refusal rule,
// two-person custody, reversal, scoping, trace, chain verification and racing posters, on
// SQLite and PostgreSQL.
#include <atomic>
#include <chrono>
#include <iostream>
#include <algorithm>
#include <thread>

#include "api_harness.hpp"
#include "identity/roles_rules.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "platform/storage/migrations.hpp"

namespace anjian::test {
namespace {

const char* kPassword = "Demo@2026";
std::atomic<int> serial{1};
std::atomic<int> store_counter{1};

// Fresh valid GA 441 codes (enterprise 37, 2026-03-15, feature A), unique within the binary.
std::vector<std::string> NewCodes(int n) {
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) {
    std::string s = std::to_string(serial.fetch_add(1));
    out.push_back("3760315A" + std::string(5 - s.size(), '0') + s);
  }
  return out;
}

json::array CodeArray(const std::vector<std::string>& codes) {
  json::array a;
  for (const auto& c : codes) a.emplace_back(c);
  return a;
}

class LedgerTest : public ApiTest {
 protected:
  int64_t MakeStore(TestApp& a, const std::string& user, const std::string& kind,
                    json::object extra = {}) {
    json::object body{{"name", "库房" + std::to_string(store_counter.fetch_add(1))},
                      {"kind", kind}};
    for (auto& kv : extra) body[kv.key()] = kv.value();
    auto r = a.As(user, "POST", "/api/v1/stores", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    if (r.status != 201) return 0;
    const int64_t id = r.obj().at("id").as_int64();
    AssignStorekeeperRow(a, id, user.rfind("mb.", 0) == 0 ? "mb.keeper" : "hc.safety");
    return id;
  }
  Resp Post(TestApp& a, json::object body, const std::string& user = "mb.keeper",
            const std::string& second = "mb.safety") {
    if (!body.contains("second_person"))
      body["second_person"] = json::object{{"username", second}, {"password", kPassword}};
    return a.As(user, "POST", "/api/v1/vouchers", json::serialize(body));
  }
  static json::object Line(const std::string& product, double quantity,
                           const std::vector<std::string>& codes = {},
                           const std::string& condition = "normal") {
    json::object l{{"product_id", product}, {"condition", condition}, {"batch", "B1"}};
    if (quantity > 0) l["quantity"] = quantity;
    if (!codes.empty()) l["codes"] = CodeArray(codes);
    return l;
  }
  static json::object In(int64_t store, json::array lines, const std::string& reason = "purchase") {
    return json::object{{"store_id", store}, {"direction", "in"}, {"reason", reason},
                        {"counterparty", TestCounterparty("in", reason)},
                        {"lines", std::move(lines)}};
  }
  static json::object Out(int64_t store, json::array lines, const std::string& reason = "issue") {
    return json::object{{"store_id", store}, {"direction", "out"}, {"reason", reason},
                        {"counterparty", TestCounterparty("out", reason)},
                        {"lines", std::move(lines)}};
  }
  json::object Stock(TestApp& a, int64_t store, const std::string& user = "mb.keeper") {
    auto r = a.As(user, "GET", "/api/v1/stores/" + std::to_string(store) + "/stock");
    EXPECT_EQ(r.status, 200) << r.body;
    return r.obj();
  }
  static double Qty(const json::object& stock, const std::string& product) {
    for (const auto& i : stock.at("items").as_array())
      if (i.at("product_id").as_string() == product) return i.at("quantity").to_number<double>();
    return 0;
  }
};

TEST_P(LedgerTest, CatalogueListsProductsWithUnitClassAndCoding) {
  auto r = app().As("mb.duty", "GET", "/api/v1/explosive-products");
  ASSERT_EQ(r.status, 200) << r.body;
  bool det = false;
  for (const auto& p : r.obj().at("items").as_array()) {
    if (p.at("id").as_string() == "electronic_detonator") {
      det = true;
      EXPECT_EQ(p.at("unit").as_string(), "piece");
      EXPECT_TRUE(p.at("coded").as_bool());
      EXPECT_EQ(p.at("storage_class").as_string(), "detonator");
    }
  }
  EXPECT_TRUE(det);
  EXPECT_EQ(app().As("jining.viewer", "GET", "/api/v1/explosive-products").status, 200);
  EXPECT_EQ(app().As("sysadmin", "GET", "/api/v1/explosive-products").status, 403);
}

TEST_P(LedgerTest, StoreCreationIsValidated) {
  auto& a = app();
  auto r = a.As("mb.principal", "POST", "/api/v1/stores",
                R"({"name":"","kind":"castle","rated_pieces":-1,"product_limits":{"gold":1},"x":1})");
  ASSERT_EQ(r.status, 422) << r.body;
  auto rules = RulesOf(r);
  for (const char* rule : {"required", "store_kind_invalid", "rating_invalid", "product_unknown",
                           "unknown_field"})
    EXPECT_TRUE(rules.count(rule)) << rule << " " << r.body;
  r = a.As("mb.principal", "POST", "/api/v1/stores", R"({"name":"无定额库","kind":"main_magazine"})");
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"rating_required"}) << r.body;
  // Every store is rated, a quarantine store too.
  r = a.As("mb.principal", "POST", "/api/v1/stores", R"({"name":"无定额隔离库","kind":"quarantine_store"})");
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"rating_required"}) << r.body;
  int64_t q = MakeStore(a, "mb.safety", "quarantine_store", {{"rated_net_mass_kg", 1000}});
  EXPECT_GT(q, 0);
  EXPECT_EQ(a.As("mb.keeper", "POST", "/api/v1/stores", R"({"name":"x","kind":"main_magazine"})").status, 403);
  EXPECT_EQ(a.As("jining", "POST", "/api/v1/stores", R"({"name":"x","kind":"main_magazine"})").status, 403);
}

TEST_P(LedgerTest, InOutTransferKeepStockAndCodes) {
  auto& a = app();
  int64_t main = MakeStore(a, "mb.principal", "main_magazine", {{"rated_net_mass_kg", 1000}});
  int64_t small = MakeStore(a, "mb.principal", "small_magazine",
                            {{"product_limits", json::object{{"industrial_explosive", 5000}}}});
  int64_t det = MakeStore(a, "mb.principal", "main_magazine", {{"rated_pieces", 100}});

  auto r = Post(a, In(main, {Line("industrial_explosive", 500)}, "production"));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.obj().at("direction").as_string(), "in");
  EXPECT_EQ(r.obj().at("second_person").at("display_name").as_string(), "恒安民爆 安全员");
  EXPECT_EQ(std::string(r.obj().at("number").as_string()).substr(0, 2), "RK");
  EXPECT_EQ(Qty(Stock(a, main), "industrial_explosive"), 500);

  auto codes = NewCodes(3);
  r = Post(a, In(det, {Line("electronic_detonator", 0, codes)}));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.obj().at("lines").at(0).at("quantity").to_number<double>(), 3);
  auto st = Stock(a, det);
  EXPECT_EQ(st.at("pieces").as_int64(), 3);
  EXPECT_EQ(st.at("code_count").as_int64(), 3);
  EXPECT_DOUBLE_EQ(st.at("capacity_use_percent").as_double(), 3.0);

  json::object transfer{{"store_id", main}, {"direction", "transfer"}, {"reason", "transfer_out"},
                        {"target_store_id", small},
                        {"lines", json::array{Line("industrial_explosive", 200.5)}}};
  r = Post(a, transfer);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Qty(Stock(a, main), "industrial_explosive"), 299.5);
  EXPECT_EQ(Qty(Stock(a, small), "industrial_explosive"), 200.5);

  // The list carries the same totals as the store's own stock.
  auto stores = a.As("zoucheng", "GET", "/api/v1/stores");
  ASSERT_EQ(stores.status, 200);
  int found = 0;
  for (const auto& st_item : stores.obj().at("items").as_array()) {
    if (st_item.at("id").as_int64() == main) {
      ++found;
      EXPECT_EQ(st_item.at("net_mass_kg").to_number<double>(), 299.5);
      EXPECT_DOUBLE_EQ(st_item.at("capacity_use_percent").as_double(), 29.95);
    }
    if (st_item.at("id").as_int64() == det) {
      ++found;
      EXPECT_EQ(st_item.at("pieces").as_int64(), 3);
    }
  }
  EXPECT_EQ(found, 2);
  r = Post(a, Out(small, {Line("industrial_explosive", 100)}));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Qty(Stock(a, small), "industrial_explosive"), 100.5);

  r = Post(a, Out(det, {Line("electronic_detonator", 0, {codes[0]})}, "sale"));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Stock(a, det).at("code_count").as_int64(), 2);

  auto list = a.As("mb.duty", "GET", "/api/v1/vouchers?store_id=" + std::to_string(small));
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(list.obj().at("total").as_int64(), 2);
  auto det_list = a.As("mb.duty", "GET", "/api/v1/vouchers?store_id=" + std::to_string(det));
  ASSERT_EQ(det_list.obj().at("items").as_array().size(), 2u);
  EXPECT_EQ(det_list.obj().at("items").at(0).at("code_count").as_int64(), 1);  // newest: the sale
  EXPECT_EQ(det_list.obj().at("items").at(1).at("code_count").as_int64(), 3);
  EXPECT_EQ(det_list.obj().at("items").at(1).at("line_count").as_int64(), 1);
  auto sales = a.As("mb.duty", "GET", "/api/v1/vouchers?reason=sale&direction=out&from=2000-01-01&to=2999-12-31");
  ASSERT_EQ(sales.status, 200) << sales.body;
  EXPECT_GE(sales.obj().at("total").as_int64(), 1);
  for (const auto& v : sales.obj().at("items").as_array())
    EXPECT_EQ(v.at("reason").as_string(), "sale");
  auto one = a.As("mb.duty", "GET",
                  "/api/v1/vouchers/" + std::to_string(r.obj().at("id").as_int64()));
  ASSERT_EQ(one.status, 200);
  EXPECT_EQ(one.obj().at("lines").at(0).at("codes").at(0).as_string(), codes[0]);
  EXPECT_EQ(a.As("mb.duty", "GET", "/api/v1/vouchers?direction=sideways").status, 422);
}

TEST_P(LedgerTest, EveryRefusalRuleIsReachableAndNothingIsBooked) {
  auto& a = app();
  int64_t main = MakeStore(a, "mb.principal", "main_magazine", {{"rated_net_mass_kg", 1000}});
  int64_t det = MakeStore(a, "mb.principal", "main_magazine", {{"rated_pieces", 10}});
  int64_t other_det = MakeStore(a, "mb.principal", "main_magazine", {{"rated_pieces", 10}});
  int64_t quarantine =
      MakeStore(a, "mb.principal", "quarantine_store", {{"rated_net_mass_kg", 1000}});
  ASSERT_EQ(Post(a, In(main, {Line("industrial_explosive", 900)})).status, 201);
  auto codes = NewCodes(2);
  ASSERT_EQ(Post(a, In(det, {Line("electronic_detonator", 0, codes)})).status, 201);

  auto expect_rule = [&](json::object body, const std::string& rule) {
    auto r = Post(a, std::move(body));
    EXPECT_EQ(r.status, 422) << rule << " " << r.body;
    EXPECT_TRUE(RulesOf(r).count(rule)) << rule << " " << r.body;
  };
  expect_rule(In(main, {Line("industrial_explosive", 200)}), "capacity_net_mass");
  expect_rule(In(det, {Line("electronic_detonator", 0, NewCodes(9))}), "capacity_pieces");
  expect_rule(In(main, {Line("black_powder", 1)}), "incompatible_storage");
  expect_rule(In(main, {Line("industrial_explosive", 1, {}, "waste")}),
              "non_normal_goods_outside_quarantine");
  ASSERT_EQ(Post(a, In(quarantine, {Line("industrial_explosive", 5, {}, "seized")})).status, 201);
  expect_rule(In(quarantine, {Line("industrial_explosive", 1)}),
              "normal_goods_into_contaminated_quarantine");
  expect_rule(In(other_det, {Line("electronic_detonator", 0, {codes[0]})}), "code_in_stock");
  auto fresh = NewCodes(1);
  expect_rule(In(other_det, {Line("electronic_detonator", 0, {fresh[0], fresh[0]})}),
              "code_duplicate_in_voucher");
  expect_rule(Out(other_det, {Line("electronic_detonator", 0, {codes[1]})}), "code_not_in_store");
  expect_rule(Out(main, {Line("industrial_explosive", 901)}), "quantity_negative");
  expect_rule(In(main, {Line("gold", 1)}), "product_unknown");
  expect_rule(json::object{{"store_id", main}, {"direction", "in"}, {"reason", "sale"}, {"counterparty", TestCounterparty("in", "sale")},
                           {"lines", json::array{Line("industrial_explosive", 1)}}},
              "reason_direction_mismatch");
  expect_rule(In(main, {Line("electronic_detonator", 0, {"not-a-code"})}), "code_invalid");

  // Every refusal left the books as they were.
  EXPECT_EQ(Qty(Stock(a, main), "industrial_explosive"), 900);
  EXPECT_EQ(Stock(a, det).at("code_count").as_int64(), 2);
  EXPECT_EQ(Stock(a, other_det).at("code_count").as_int64(), 0);
  // Malformed input: every field error at once.
  auto r = a.As("mb.keeper", "POST", "/api/v1/vouchers",
                R"({"store_id":"x","direction":"up","lines":[{"quantity":"a"}, 3]})");
  ASSERT_EQ(r.status, 422);
  auto rules = RulesOf(r);
  for (const char* rule : {"type", "direction_invalid", "required", "second_person_required"})
    EXPECT_TRUE(rules.count(rule)) << rule << " " << r.body;
}

TEST_P(LedgerTest, ThousandCodeVouchersInOutAndTransfer) {
  auto& a = app();
  int64_t s1 = MakeStore(a, "mb.principal", "main_magazine", {{"rated_pieces", 5000}});
  int64_t s2 = MakeStore(a, "mb.principal", "small_magazine", {{"rated_pieces", 5000}});
  auto codes = NewCodes(1000);
  auto start = std::chrono::steady_clock::now();
  auto r = Post(a, In(s1, {Line("electronic_detonator", 0, codes)}));
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(r.status, 201) << r.body.substr(0, 300);
  std::cout << "1,000-code voucher posted in " << ms << " ms (debug build, password check included)\n";
  EXPECT_EQ(r.obj().at("code_count").as_int64(), 1000);
  // The same codes again: one refusal per code, summarised after the first 100.
  auto again = Post(a, In(s2, {Line("electronic_detonator", 0, codes)}));
  ASSERT_EQ(again.status, 422);
  EXPECT_LE(again.obj().at("errors").as_array().size(), 102u);
  std::vector<std::string> half(codes.begin(), codes.begin() + 500);
  json::object transfer{{"store_id", s1}, {"direction", "transfer"}, {"reason", "transfer_out"},
                        {"target_store_id", s2},
                        {"lines", json::array{Line("electronic_detonator", 0, half)}}};
  ASSERT_EQ(Post(a, transfer).status, 201);
  EXPECT_EQ(Stock(a, s1).at("code_count").as_int64(), 500);
  EXPECT_EQ(Stock(a, s2).at("code_count").as_int64(), 500);
  ASSERT_EQ(Post(a, Out(s2, {Line("electronic_detonator", 0, half)}, "sale")).status, 201);
  EXPECT_EQ(Stock(a, s2).at("code_count").as_int64(), 0);
  EXPECT_EQ(Stock(a, s2).at("pieces").as_int64(), 0);
  auto t = a.As("mb.duty", "GET", "/api/v1/detonator-codes/" + codes[499]);
  ASSERT_EQ(t.status, 200);
  EXPECT_EQ(t.obj().at("history").as_array().size(), 3u);
}

TEST_P(LedgerTest, TwoPersonCustodyIsEnforced) {
  auto& a = app();
  int64_t main = MakeStore(a, "mb.principal", "main_magazine", {{"rated_net_mass_kg", 100}});
  auto body = In(main, {Line("industrial_explosive", 1)});
  auto with = [&](const std::string& user, const std::string& pw) {
    auto b = body;
    b["second_person"] = json::object{{"username", user}, {"password", pw}};
    return a.As("mb.keeper", "POST", "/api/v1/vouchers", json::serialize(b));
  };
  auto no_second = a.As("mb.keeper", "POST", "/api/v1/vouchers", json::serialize(body));
  EXPECT_EQ(RulesOf(no_second), std::set<std::string>{"second_person_required"}) << no_second.body;
  // A wrong password, an unknown name and an account that may not confirm (another
  // enterprise's officer; this enterprise's duty officer without ledger:write) get ONE answer:
  // the same status and the same body, so the answer tells nothing about accounts or rights.
  auto wrong = with("mb.safety", "wrong");
  EXPECT_EQ(RulesOf(wrong), std::set<std::string>{"second_person_invalid"}) << wrong.body;
  for (const auto& [user, pw] : std::vector<std::pair<std::string, std::string>>{
           {"nobody", kPassword}, {"hc.safety", kPassword}, {"mb.duty", kPassword}}) {
    auto r = with(user, pw);
    EXPECT_EQ(r.status, wrong.status) << user;
    EXPECT_EQ(r.body, wrong.body) << user;
  }
  EXPECT_EQ(RulesOf(with("mb.keeper", kPassword)), std::set<std::string>{"second_person_same"});
  EXPECT_EQ(Qty(Stock(a, main), "industrial_explosive"), 0);
  auto ok = with("mb.principal", kPassword);
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(ok.obj().at("storekeeper").at("display_name").as_string(), "恒安民爆 保管员");
  // The duty officer reads the ledger but cannot post.
  EXPECT_EQ(a.As("mb.duty", "POST", "/api/v1/vouchers", json::serialize(body)).status, 403);
}

TEST_P(LedgerTest, ReversalUndoesAVoucherOnce) {
  auto& a = app();
  int64_t det = MakeStore(a, "mb.principal", "main_magazine", {{"rated_pieces", 100}});
  auto codes = NewCodes(2);
  auto r = Post(a, In(det, {Line("electronic_detonator", 0, codes)}));
  ASSERT_EQ(r.status, 201) << r.body;
  std::string id = std::to_string(r.obj().at("id").as_int64());
  std::string second = R"({"second_person":{"username":"mb.safety","password":"Demo@2026"}})";
  auto rev = a.As("mb.keeper", "POST", "/api/v1/vouchers/" + id + "/reversal", second);
  ASSERT_EQ(rev.status, 201) << rev.body;
  EXPECT_TRUE(rev.obj().at("reversal").as_bool());
  EXPECT_EQ(rev.obj().at("direction").as_string(), "out");
  EXPECT_EQ(rev.obj().at("reverses_voucher_id").as_int64(), r.obj().at("id").as_int64());
  EXPECT_EQ(Stock(a, det).at("code_count").as_int64(), 0);
  EXPECT_EQ(a.As("mb.keeper", "POST", "/api/v1/vouchers/" + id + "/reversal", second).status, 409);
  std::string rev_id = std::to_string(rev.obj().at("id").as_int64());
  EXPECT_EQ(a.As("mb.keeper", "POST", "/api/v1/vouchers/" + rev_id + "/reversal", second).status,
            409);
  auto orig = a.As("mb.duty", "GET", "/api/v1/vouchers/" + id);
  EXPECT_EQ(orig.obj().at("reversed_by_voucher_id").as_int64(), rev.obj().at("id").as_int64());

  // A reversal is checked like any voucher: codes already issued cannot come back out.
  auto codes2 = NewCodes(1);
  auto in = Post(a, In(det, {Line("electronic_detonator", 0, codes2)}));
  ASSERT_EQ(in.status, 201);
  ASSERT_EQ(Post(a, Out(det, {Line("electronic_detonator", 0, codes2)})).status, 201);
  auto bad = a.As("mb.keeper", "POST",
                  "/api/v1/vouchers/" + std::to_string(in.obj().at("id").as_int64()) + "/reversal",
                  second);
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(RulesOf(bad).count("code_not_in_store")) << bad.body;
  EXPECT_EQ(a.As("mb.keeper", "POST", "/api/v1/vouchers/999999/reversal", second).status, 404);
}

TEST_P(LedgerTest, ScopeHidesOtherEnterprisesAndRegions) {
  auto& a = app();
  int64_t mine = MakeStore(a, "mb.principal", "main_magazine", {{"rated_net_mass_kg", 100}});
  int64_t theirs = MakeStore(a, "hc.safety", "raw_material_store", {{"rated_net_mass_kg", 100}});
  std::string mine_path = "/api/v1/stores/" + std::to_string(mine);
  std::string theirs_path = "/api/v1/stores/" + std::to_string(theirs);
  EXPECT_EQ(a.As("mb.keeper", "GET", theirs_path).status, 404);
  EXPECT_EQ(a.As("mb.keeper", "GET", theirs_path + "/stock").status, 404);
  EXPECT_EQ(a.As("mb.keeper", "GET", "/api/v1/stores/99999999").status, 404);
  EXPECT_EQ(Post(a, In(theirs, {Line("ammonium_nitrate", 1)})).status, 404);
  json::object transfer{{"store_id", mine}, {"direction", "transfer"}, {"reason", "transfer_out"},
                        {"target_store_id", theirs},
                        {"lines", json::array{Line("industrial_explosive", 1)}}};
  EXPECT_TRUE(RulesOf(Post(a, transfer)).count("target_store_unknown"));
  auto list = a.As("mb.keeper", "GET", "/api/v1/stores");
  ASSERT_EQ(list.status, 200);
  for (const auto& s : list.obj().at("items").as_array())
    EXPECT_NE(s.at("id").as_int64(), theirs);
  // 邹城 (mb) is outside 任城's jurisdiction; the city and 邹城 see it.
  EXPECT_EQ(a.As("rencheng", "GET", mine_path).status, 404);
  EXPECT_EQ(a.As("zoucheng", "GET", mine_path).status, 200);
  EXPECT_EQ(a.As("jining.viewer", "GET", mine_path + "/stock").status, 200);
  auto rl = a.As("rencheng", "GET", "/api/v1/stores");
  for (const auto& s : rl.obj().at("items").as_array()) EXPECT_NE(s.at("id").as_int64(), mine);
  auto r = Post(a, In(mine, {Line("industrial_explosive", 1)}));
  ASSERT_EQ(r.status, 201);
  std::string v = "/api/v1/vouchers/" + std::to_string(r.obj().at("id").as_int64());
  EXPECT_EQ(a.As("rencheng", "GET", v).status, 404);
  EXPECT_EQ(a.As("hc.safety", "GET", v).status, 404);
  EXPECT_EQ(a.As("zoucheng", "GET", v).status, 200);
  EXPECT_EQ(a.As("zoucheng", "POST", "/api/v1/vouchers", "{}").status, 403);
}

TEST_P(LedgerTest, TraceShowsEveryMoveOfACode) {
  auto& a = app();
  int64_t s1 = MakeStore(a, "mb.principal", "main_magazine", {{"rated_pieces", 100}});
  int64_t s2 = MakeStore(a, "mb.principal", "small_magazine", {{"rated_pieces", 100}});
  auto codes = NewCodes(2);
  ASSERT_EQ(Post(a, In(s1, {Line("electronic_detonator", 0, codes)}), "mb.keeper").status, 201);
  json::object transfer{{"store_id", s1}, {"direction", "transfer"}, {"reason", "transfer_out"},
                        {"target_store_id", s2},
                        {"lines", json::array{Line("electronic_detonator", 0, {codes[0]})}}};
  ASSERT_EQ(Post(a, transfer).status, 201);
  auto t = a.As("mb.duty", "GET", "/api/v1/detonator-codes/" + codes[0]);
  ASSERT_EQ(t.status, 200) << t.body;
  EXPECT_TRUE(t.obj().at("in_stock").as_bool());
  EXPECT_EQ(t.obj().at("current_store").at("id").as_int64(), s2);
  ASSERT_EQ(Post(a, Out(s2, {Line("electronic_detonator", 0, {codes[0]})}, "sale")).status, 201);
  t = a.As("zoucheng", "GET", "/api/v1/detonator-codes/" + codes[0]);
  ASSERT_EQ(t.status, 200) << t.body;
  const auto& h = t.obj().at("history").as_array();
  ASSERT_EQ(h.size(), 3u);
  EXPECT_EQ(h[0].at("direction").as_string(), "in");
  EXPECT_TRUE(h[0].at("from_store").is_null());
  EXPECT_EQ(h[1].at("to_store").at("id").as_int64(), s2);
  EXPECT_EQ(h[2].at("direction").as_string(), "out");
  EXPECT_FALSE(t.obj().at("in_stock").as_bool());
  EXPECT_EQ(a.As("hc.safety", "GET", "/api/v1/detonator-codes/" + codes[0]).status, 404);
  EXPECT_EQ(a.As("rencheng", "GET", "/api/v1/detonator-codes/" + codes[0]).status, 404);
  // Sold to another enterprise, which books it in: the city sees the whole path, each
  // enterprise only its own part.
  int64_t hc = MakeStore(a, "hc.safety", "small_magazine", {{"rated_pieces", 100}});
  auto in_hc = Post(a, In(hc, {Line("electronic_detonator", 0, {codes[0]})}), "hc.safety",
                    "hc.principal");
  ASSERT_EQ(in_hc.status, 201) << in_hc.body;
  auto city = a.As("jining", "GET", "/api/v1/detonator-codes/" + codes[0]);
  ASSERT_EQ(city.status, 200);
  EXPECT_EQ(city.obj().at("history").as_array().size(), 4u);
  EXPECT_EQ(city.obj().at("current_store").at("id").as_int64(), hc);
  auto seller = a.As("mb.duty", "GET", "/api/v1/detonator-codes/" + codes[0]);
  EXPECT_EQ(seller.obj().at("history").as_array().size(), 3u);
  EXPECT_FALSE(seller.obj().at("in_stock").as_bool());
  auto buyer = a.As("hc.safety", "GET", "/api/v1/detonator-codes/" + codes[0]);
  ASSERT_EQ(buyer.status, 200);
  EXPECT_EQ(buyer.obj().at("history").as_array().size(), 1u);
  EXPECT_TRUE(buyer.obj().at("in_stock").as_bool());
  // 任城 supervises the buyer (370811), not the seller (邹城).
  auto county = a.As("rencheng", "GET", "/api/v1/detonator-codes/" + codes[0]);
  ASSERT_EQ(county.status, 200);
  EXPECT_EQ(county.obj().at("history").as_array().size(), 1u);
  EXPECT_EQ(a.As("mb.duty", "GET", "/api/v1/detonator-codes/3760315A99998").status, 404);
}

TEST_P(LedgerTest, ChainVerifyDetectsTampering) {
  TestApp a(GetParam());  // private database: this test edits the books behind the API
  int64_t demo_vouchers = 0;
  {
    auto conn = a.Db();
    auto demo = voucher::VerifyLedger(*conn);
    EXPECT_FALSE(demo.first_bad_voucher) << demo.reason;  // the seeded demo ledger
    demo_vouchers = demo.vouchers;
  }
  int64_t s = MakeStore(a, "mb.principal", "main_magazine", {{"rated_net_mass_kg", 100}});
  std::vector<int64_t> ids;
  for (int i = 0; i < 3; ++i) {
    auto r = Post(a, In(s, {Line("industrial_explosive", 1 + i)}));
    ASSERT_EQ(r.status, 201) << r.body;
    ids.push_back(r.obj().at("id").as_int64());
  }
  auto codes = NewCodes(2);
  int64_t det = MakeStore(a, "mb.principal", "main_magazine", {{"rated_pieces", 100}});
  auto cr = Post(a, In(det, {Line("electronic_detonator", 0, codes)}));
  ASSERT_EQ(cr.status, 201);
  auto conn = a.Db();
  auto ok = voucher::VerifyLedger(*conn);
  EXPECT_TRUE(ok.ok()) << ok.reason << (ok.book_errors.empty() ? "" : ok.book_errors[0]);
  EXPECT_EQ(ok.vouchers, demo_vouchers + 4);
  // Books edited behind the vouchers: a balance, a code location.
  conn->Exec("UPDATE stock_balances SET quantity_milli = quantity_milli + 1 WHERE store_id = ?", {s});
  auto books = voucher::VerifyLedger(*conn);
  EXPECT_FALSE(books.first_bad_voucher);
  ASSERT_EQ(books.book_errors.size(), 1u);
  EXPECT_NE(books.book_errors[0].find("store " + std::to_string(s)), std::string::npos);
  conn->Exec("UPDATE stock_balances SET quantity_milli = quantity_milli - 1 WHERE store_id = ?", {s});
  conn->Exec("DELETE FROM detonator_codes WHERE code = ?", {codes[1]});
  books = voucher::VerifyLedger(*conn);
  ASSERT_EQ(books.book_errors.size(), 1u);
  EXPECT_NE(books.book_errors[0].find("1 codes"), std::string::npos) << books.book_errors[0];
  conn->Exec("INSERT INTO detonator_codes (code, store_id, enterprise_id, product_id) "
             "SELECT ?, id, enterprise_id, 'electronic_detonator' FROM stores WHERE id = ?",
             {codes[1], det});
  EXPECT_TRUE(voucher::VerifyLedger(*conn).ok());
  // The per-code tables have no foreign keys; verify names rows pointing nowhere.
  conn->Exec("UPDATE detonator_codes SET store_id = 999999 WHERE code = ?", {codes[1]});
  books = voucher::VerifyLedger(*conn);
  EXPECT_FALSE(books.ok());
  EXPECT_TRUE(std::any_of(books.book_errors.begin(), books.book_errors.end(), [](const auto& e) {
    return e.find("store that does not exist") != std::string::npos;
  }));
  conn->Exec("UPDATE detonator_codes SET store_id = ? WHERE code = ?", {det, codes[1]});
  conn->Exec("INSERT INTO code_movements (code, voucher_id, line_no) "
             "VALUES ('3760315A99998', 999999, 1)");
  books = voucher::VerifyLedger(*conn);
  EXPECT_TRUE(std::any_of(books.book_errors.begin(), books.book_errors.end(), [](const auto& e) {
    return e.find("belong to no voucher") != std::string::npos;
  }));
  conn->Exec("DELETE FROM code_movements WHERE voucher_id = 999999");
  EXPECT_TRUE(voucher::VerifyLedger(*conn).ok());
  conn->Exec("UPDATE voucher_lines SET quantity_milli = 99000 WHERE voucher_id = ?", {ids[1]});
  auto bad = voucher::VerifyLedger(*conn);
  ASSERT_TRUE(bad.first_bad_voucher);
  EXPECT_EQ(*bad.first_bad_voucher, ids[1]);
  EXPECT_FALSE(bad.ok());
  conn->Exec("UPDATE voucher_lines SET quantity_milli = 2000 WHERE voucher_id = ?", {ids[1]});
  EXPECT_FALSE(voucher::VerifyLedger(*conn).first_bad_voucher);
  // A code swapped in the movement records breaks the voucher that moved it.
  conn->Exec("UPDATE code_movements SET code = ? WHERE code = ?",
             {std::string("3760315A99999"), codes[0]});
  bad = voucher::VerifyLedger(*conn);
  ASSERT_TRUE(bad.first_bad_voucher);
  EXPECT_EQ(*bad.first_bad_voucher, cr.obj().at("id").as_int64());
}

TEST_P(LedgerTest, ConcurrentPostersOfTheSameCodesNeverBothSucceed) {
  TestApp a(GetParam());
  int64_t mb_store = MakeStore(a, "mb.principal", "main_magazine", {{"rated_pieces", 10000}});
  int64_t mb_store2 = MakeStore(a, "mb.principal", "small_magazine", {{"rated_pieces", 10000}});
  int64_t hc_store = MakeStore(a, "hc.safety", "main_magazine", {{"rated_pieces", 10000}});
  a.Token("mb.keeper");
  a.Token("hc.safety");
  for (int round = 0; round < 4; ++round) {
    auto codes = NewCodes(50);
    // Same enterprise (serialised by its chain head) in even rounds, two enterprises (only the
    // unique key on the code stands between them) in odd rounds.
    bool cross = round % 2 == 1;
    std::atomic<int> created{0}, refused{0}, other{0};
    // The second poster lists the codes in the opposite order (lock order must not matter).
    auto reversed = std::vector<std::string>(codes.rbegin(), codes.rend());
    auto run = [&](const std::string& user, const std::string& second, int64_t store) {
      const auto& mine = user == "mb.keeper" && store == mb_store ? codes : reversed;
      auto r = Post(a, In(store, {Line("electronic_detonator", 0, mine)}), user, second);
      if (r.status == 201) ++created;
      else if (r.status == 409 || r.status == 422) ++refused;
      else ++other;
    };
    std::thread t1(run, "mb.keeper", "mb.safety", mb_store);
    std::thread t2(run, cross ? "hc.safety" : "mb.keeper", cross ? "hc.principal" : "mb.principal",
                   cross ? hc_store : mb_store2);
    t1.join();
    t2.join();
    EXPECT_EQ(created.load(), 1) << "round " << round;
    EXPECT_EQ(refused.load(), 1) << "round " << round;
    EXPECT_EQ(other.load(), 0) << "round " << round;
    auto conn = a.Db();
    auto n = conn->Query("SELECT COUNT(*) AS n FROM detonator_codes WHERE code >= ? AND code <= ?",
                         {codes.front(), codes.back()});
    EXPECT_EQ(n.Int(0, "n"), 50);
  }
  auto conn = a.Db();
  auto verified = voucher::VerifyLedger(*conn);
  EXPECT_TRUE(verified.ok()) << verified.reason
                             << (verified.book_errors.empty() ? "" : verified.book_errors[0]);
}

// A database from before the ledger (schema 2, permissions already filled) gets the ledger
// permissions from migration 3; a fresh database gets them from start-up instead.
TEST_P(LedgerTest, MigrationGrantsLedgerPermissionsToExistingDatabases) {
  TestApp a(GetParam());
  auto conn = a.Db();
  auto expected = [] {
    std::set<std::pair<std::string, std::string>> out;
    for (const auto& role : identity::BuiltinRoles())
      for (const auto& p : identity::DefaultPermissions(role.code))
        if (p.rfind("ledger:", 0) == 0) out.insert({std::string(role.code), p});
    return out;
  }();
  auto ledger_rows = [&] {
    std::set<std::pair<std::string, std::string>> out;
    auto rs = conn->Query(
        "SELECT role, permission FROM role_permissions WHERE permission LIKE 'ledger:%'");
    for (size_t i = 0; i < rs.size(); ++i)
      out.insert({rs.Text(i, "role"), rs.Text(i, "permission")});
    return out;
  };
  EXPECT_EQ(ledger_rows(), expected);
  EXPECT_EQ(expected.size(), 11u);
  // Back to schema 2.
  conn->Exec("DELETE FROM role_permissions WHERE permission LIKE 'ledger:%'");
  // Later ledger migrations (4: stocktakes, 9: storekeepers, 11: daily closes and purchase
  // filings, 22: voucher counterparties, 28: capacity changes) reference these tables: they go
  // first, and 9, 11, 22 and 28 are applied again after 3 and 4.
  const int latest = static_cast<int>(
      conn->Query("SELECT MAX(version) AS v FROM schema_migrations").Int(0, "v"));
  // Later areas (destruction plans V030, planned inspections V032, daily-close reminders V033)
  // refer to these tables too; on PostgreSQL their foreign keys go with the drop (CASCADE drops
  // the constraints, not the tables). SQLite has no CASCADE and does not check on DROP.
  const std::string cascade = std::string(GetParam()) == "postgres" ? " CASCADE" : "";
  for (const char* t : {"store_capacity_changes", "voucher_counterparties", "store_daily_closes", "purchase_filings", "store_storekeepers", "sale_filings", "package_codes", "packages", "loss_incident_events",
                        "loss_incident_codes", "loss_incidents",
                        "stocktake_events", "stocktake_quantities", "stocktake_codes", "stocktakes",
                        "ledger_heads", "stock_balances", "code_movements", "detonator_codes",
                        "voucher_lines", "vouchers", "stores"})
    conn->ExecScript(std::string("DROP TABLE ") + t + cascade);
  conn->Exec("DELETE FROM schema_migrations WHERE version IN (3, 4, 9, 11, 22, 28)");
  EXPECT_EQ(storage::Migrate(*conn), latest);
  EXPECT_EQ(conn->Query("SELECT COUNT(*) AS n FROM schema_migrations WHERE version IN (3, 4)").Int(0, "n"), 2);
  EXPECT_EQ(ledger_rows(), expected);
}

ANJIAN_BACKENDS(LedgerTest);

}  // namespace
}  // namespace anjian::test
