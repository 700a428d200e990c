// Issue 11 §2 item 3 through the API on SQLite and PostgreSQL: a sale names its buyer (name,
// GB 32100 USCC, purchase licence), a purchase its seller, a transfer out of the ledger its
// transport licence; the sale and purchase filings show 品种、数量 and the counterparty, in the
// list and the Excel export, with the deadline counted as 民法典 art. 201 counts.
#include <atomic>
#include <map>

#include "api_harness.hpp"
#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "platform/office/table_file.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::test {
namespace {

const char* kPassword = "Demo@2026";
std::atomic<int> store_counter{1};
const std::string kBuyerUscc = registry::MakeUscc("91370811MA3C12345");
const std::string kSellerUscc = registry::MakeUscc("91370800MA3D54321");

std::map<std::string, std::string> SheetRow(const Resp& r, const std::string& key) {
  auto rows = office::ReadTableFile("x.xlsx", r.body);
  std::map<std::string, std::string> out;
  for (const auto& row : rows)
    if (!row.empty() && row[0] == key)
      for (size_t c = 0; c < row.size() && c < rows[0].size(); ++c) out[rows[0][c]] = row[c];
  return out;
}

class CounterpartyTest : public ApiTest {
 protected:
  int64_t MakeStore(TestApp& a) {
    json::object body{{"name", "往来库" + std::to_string(store_counter.fetch_add(1))},
                      {"kind", "main_magazine"},
                      {"rated_net_mass_kg", 100000}};
    auto r = a.As("mb.principal", "POST", "/api/v1/stores", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    if (r.status != 201) return 0;
    AssignStorekeeperRow(a, r.obj().at("id").as_int64(), "mb.keeper");
    return r.obj().at("id").as_int64();
  }
  Resp Post(TestApp& a, int64_t store, const std::string& direction, const std::string& reason,
            double kg, const json::value& counterparty) {
    json::object body{
        {"store_id", store},
        {"direction", direction},
        {"reason", reason},
        {"lines",
         json::array{json::object{{"product_id", "industrial_explosive"}, {"quantity", kg}}}},
        {"second_person", {{"username", "mb.safety"}, {"password", kPassword}}}};
    if (!counterparty.is_null()) body["counterparty"] = counterparty;
    return a.As("mb.keeper", "POST", "/api/v1/vouchers", json::serialize(body));
  }
  json::object ItemOf(TestApp& a, const std::string& list, int64_t id) {
    auto r = a.As("zoucheng", "GET", list + "?page_size=500");
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& i : r.obj().at("items").as_array())
      if (i.at("voucher_id").as_int64() == id) return i.as_object();
    ADD_FAILURE() << "voucher " << id << " not in " << list;
    return {};
  }
};

TEST_P(CounterpartyTest, ASaleNamesItsBuyerAndTheFilingShowsIt) {
  auto& a = app();
  const int64_t store = MakeStore(a);
  const json::object seller{{"name", "山东银光化工集团有限公司"},
                            {"uscc", kSellerUscc},
                            {"licence_no", "鲁民爆销2026-003"}};
  auto in = Post(a, store, "in", "purchase", 10, seller);
  ASSERT_EQ(in.status, 201) << in.body;
  EXPECT_EQ(in.obj().at("counterparty").at("role").as_string(), "seller");

  // A sale without its buyer, and one with a bad USCC and no licence, are refused naming fields.
  auto none = Post(a, store, "out", "sale", 2, nullptr);
  EXPECT_EQ(none.status, 422);
  EXPECT_TRUE(FieldRulesOf(none).count("counterparty:counterparty_required")) << none.body;
  std::string bad_uscc = kBuyerUscc;
  bad_uscc.back() = bad_uscc.back() == '0' ? '1' : '0';
  auto bad = Post(a, store, "out", "sale", 2,
                  json::object{{"name", "济宁矿业爆破有限公司"}, {"uscc", bad_uscc}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("counterparty.uscc:uscc_check_char")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("counterparty.licence_no:required")) << bad.body;
  // Nothing was booked by the refusals.
  auto issue = Post(a, store, "out", "issue", 1,
                    json::object{{"name", "x"}, {"uscc", kBuyerUscc}, {"licence_no", "y"}});
  EXPECT_TRUE(FieldRulesOf(issue).count("counterparty:counterparty_unexpected")) << issue.body;

  // Lower case and spaces are normalised as on the enterprise form.
  std::string typed = kBuyerUscc;
  for (auto& ch : typed) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  auto sale = Post(a, store, "out", "sale", 2,
                   json::object{{"name", "济宁矿业爆破有限公司"},
                                {"uscc", " " + typed + " "},
                                {"licence_no", "鲁公购2026-0012"},
                                {"transport_licence_no", "鲁公运2026-0456"}});
  ASSERT_EQ(sale.status, 201) << sale.body;
  const int64_t sale_id = sale.obj().at("id").as_int64();
  const auto& cp = sale.obj().at("counterparty").as_object();
  EXPECT_EQ(cp.at("role").as_string(), "buyer");
  EXPECT_EQ(cp.at("uscc").as_string(), kBuyerUscc);
  EXPECT_EQ(cp.at("licence_no").as_string(), "鲁公购2026-0012");
  auto got = a.As("mb.keeper", "GET", "/api/v1/vouchers/" + std::to_string(sale_id));
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.obj().at("counterparty").at("name").as_string(), "济宁矿业爆破有限公司");

  // The regulator's filing view: 品种、数量、购买单位 and the deadline with its source.
  auto item = ItemOf(a, "/api/v1/sale-filings", sale_id);
  EXPECT_EQ(item.at("products_zh").as_string().find("2 千克") != std::string::npos, true)
      << json::serialize(item);
  EXPECT_EQ(item.at("counterparty").at("name").as_string(), "济宁矿业爆破有限公司");
  EXPECT_EQ(item.at("counterparty").at("licence_no").as_string(), "鲁公购2026-0012");
  const core::Date last = calendar::CountDays(
      core::ChinaDate(core::UnixFromIso(std::string(sale.obj().at("posted_at").as_string()))), 3,
      calendar::LoadWorkingCalendar(*a.Db())).last_day;
  EXPECT_EQ(item.at("deadline_label").as_string(),
            std::to_string(last.month) + "月" + std::to_string(last.day) + "日24时前");
  auto x = a.As("zoucheng", "GET", "/api/v1/sale-filings/export");
  ASSERT_EQ(x.status, 200);
  auto row = SheetRow(x, std::string(sale.obj().at("number").as_string()));
  EXPECT_EQ(row["购买单位"], "济宁矿业爆破有限公司");
  EXPECT_EQ(row["购买单位统一社会信用代码"], kBuyerUscc);
  EXPECT_EQ(row["购买许可证号"], "鲁公购2026-0012");
  EXPECT_EQ(row["运输许可证号"], "鲁公运2026-0456");
  EXPECT_NE(row["品种数量"].find("2 千克"), std::string::npos) << row["品种数量"];
  EXPECT_EQ(row["备案期限"], std::to_string(last.year) + "年" + std::to_string(last.month) + "月" +
                                 std::to_string(last.day) + "日24时前");

  // The purchase filing names the seller.
  auto bought = ItemOf(a, "/api/v1/purchase-filings", in.obj().at("id").as_int64());
  EXPECT_EQ(bought.at("counterparty").at("uscc").as_string(), kSellerUscc);
  auto px = a.As("zoucheng", "GET", "/api/v1/purchase-filings/export");
  EXPECT_EQ(SheetRow(px, std::string(in.obj().at("number").as_string()))["销售许可证号"],
            "鲁民爆销2026-003");

  // A reversal undoes the sale without a counterparty of its own; the original keeps its buyer.
  auto rev = a.As("mb.keeper", "POST", "/api/v1/vouchers/" + std::to_string(sale_id) + "/reversal",
                  json::serialize(json::object{
                      {"second_person", {{"username", "mb.safety"}, {"password", kPassword}}}}));
  ASSERT_EQ(rev.status, 201) << rev.body;
  EXPECT_TRUE(rev.obj().at("counterparty").is_null());
  auto again = a.As("mb.keeper", "GET", "/api/v1/vouchers/" + std::to_string(sale_id));
  EXPECT_EQ(again.obj().at("counterparty").at("role").as_string(), "buyer");
}

TEST_P(CounterpartyTest, ATransferOutOfTheLedgerNamesItsTransportLicence) {
  auto& a = app();
  const int64_t store = MakeStore(a);
  auto in = Post(a, store, "in", "production", 5, nullptr);
  ASSERT_EQ(in.status, 201) << in.body;
  auto missing = Post(a, store, "out", "transfer_out", 1, json::object{{"name", "兖州分库"}});
  EXPECT_TRUE(FieldRulesOf(missing).count("counterparty.transport_licence_no:required"))
      << missing.body;
  auto out = Post(a, store, "out", "transfer_out", 1,
                  json::object{{"name", "兖州分库"}, {"transport_licence_no", "鲁公运2026-0999"}});
  ASSERT_EQ(out.status, 201) << out.body;
  EXPECT_EQ(out.obj().at("counterparty").at("role").as_string(), "transport");
  EXPECT_EQ(out.obj().at("counterparty").at("transport_licence_no").as_string(),
            "鲁公运2026-0999");
  // The audit entry of the posting carries it.
  auto conn = a.Db();
  auto rs = conn->Query(
      "SELECT after_json FROM audit_log WHERE entity = 'voucher' AND entity_id = ? "
      "AND action = 'post'",
      {std::to_string(out.obj().at("id").as_int64())});
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_NE(rs.Text(0, "after_json").find("鲁公运2026-0999"), std::string::npos);
}

ANJIAN_BACKENDS(CounterpartyTest);

}  // namespace
}  // namespace anjian::test
