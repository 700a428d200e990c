// Posting restricted to a store's assigned storekeepers (and the two-person rule), and the daily
// close (日清): signing a day's summary, corrections appended, the month's days and the
// regulator's missing-daily-close alert, and the buyer's purchase filing (Art.24), on SQLite and
// PostgreSQL.
#include <atomic>
#include <map>
#include <set>

#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "platform/office/table_file.hpp"

namespace anjian::test {
namespace {

std::atomic<int> store_counter{1};

class LedgerCustodyTest : public ApiTest {
 protected:
  int64_t MakeStore(TestApp& a) {
    json::object body{{"name", "专人库" + std::to_string(store_counter.fetch_add(1))},
                      {"kind", "main_magazine"},
                      {"rated_net_mass_kg", 1000}};
    auto r = a.As("mb.principal", "POST", "/api/v1/stores", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  static std::string Voucher(int64_t store, double kg, const std::string& second = "mb.safety",
                             const std::string& direction = "in") {
    return json::serialize(json::object{
        {"store_id", store}, {"direction", direction},
        {"reason", direction == "in" ? "purchase" : "issue"},
        {"counterparty", TestCounterparty(direction, direction == "in" ? "purchase" : "issue")},
        {"lines", json::array{json::object{{"product_id", "industrial_explosive"},
                                           {"quantity", kg}, {"condition", "normal"},
                                           {"batch", "B1"}}}},
        {"second_person", json::object{{"username", second}, {"password", "Demo@2026"}}}});
  }
  int64_t UserId(TestApp& a, const std::string& username) {
    auto rs = a.Db()->Query("SELECT id FROM users WHERE username = ?", {username});
    return rs.Int(0, "id");
  }
  int64_t Vouchers(TestApp& a, int64_t store) {
    return a.Db()->Query("SELECT COUNT(*) AS n FROM vouchers WHERE store_id = ?", {store}).Int(0, "n");
  }
  // Today in China by the app's clock.
  static std::string Today(TestApp& a) { return core::ChinaIsoDate(a.clock.Now()); }
};

TEST_P(LedgerCustodyTest, OnlyAnAssignedStorekeeperPostsAStoresVouchers) {
  auto& a = app();
  const int64_t store = MakeStore(a);
  const std::string keepers = "/api/v1/stores/" + std::to_string(store) + "/storekeepers";

  // Nobody assigned: nothing is booked, whoever asks.
  auto r = a.As("mb.keeper", "POST", "/api/v1/vouchers", Voucher(store, 10));
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"storekeeper:store_has_no_storekeeper"});
  const auto& e = r.obj().at("errors").as_array()[0].as_object();
  EXPECT_FALSE(e.at("message").as_string().empty());
  EXPECT_FALSE(e.at("message_zh").as_string().empty());
  EXPECT_EQ(Vouchers(a, store), 0);

  ASSERT_EQ(a.As("mb.principal", "POST", keepers,
                 R"({"user_id":)" + std::to_string(UserId(a, "mb.keeper")) + "}").status, 201);
  r = a.As("mb.keeper", "POST", "/api/v1/vouchers", Voucher(store, 10));
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string voucher_id = std::to_string(r.obj().at("id").as_int64());

  // The safety officer holds ledger:write but is not this store's storekeeper.
  r = a.As("mb.safety", "POST", "/api/v1/vouchers", Voucher(store, 5, "mb.keeper"));
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"storekeeper_not_assigned"});
  r = a.As("mb.safety", "POST", "/api/v1/vouchers/" + voucher_id + "/reversal",
           R"({"second_person":{"username":"mb.keeper","password":"Demo@2026"}})");
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"storekeeper_not_assigned"});
  // The second person is someone else than the storekeeper.
  r = a.As("mb.keeper", "POST", "/api/v1/vouchers", Voucher(store, 5, "mb.keeper"));
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"second_person_same"});
  EXPECT_EQ(Vouchers(a, store), 1);

  // Unassigned again: the store takes nothing until someone is assigned.
  ASSERT_EQ(a.As("mb.principal", "POST",
                 keepers + "/" + std::to_string(UserId(a, "mb.keeper")) + "/unassignment", "{}")
                .status,
            200);
  r = a.As("mb.keeper", "POST", "/api/v1/vouchers", Voucher(store, 1, "mb.safety", "out"));
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"store_has_no_storekeeper"});
  EXPECT_EQ(Vouchers(a, store), 1);
}

TEST_P(LedgerCustodyTest, StocktakeAdjustmentsNeedTheCounterToBeTheStorekeeper) {
  auto& a = app();
  const int64_t store = MakeStore(a);
  AssignStorekeeperRow(a, store, "mb.keeper");
  ASSERT_EQ(a.As("mb.keeper", "POST", "/api/v1/vouchers", Voucher(store, 10)).status, 201);
  auto count = a.As("mb.keeper", "POST", "/api/v1/stocktakes",
                    json::serialize(json::object{{"store_id", store},
                                                 {"codes", json::array{}},
                                                 {"quantities", {{"industrial_explosive", 9}}}}));
  ASSERT_EQ(count.status, 201) << count.body;
  const std::string approval =
      "/api/v1/stocktakes/" + std::to_string(count.obj().at("id").as_int64()) + "/approval";
  a.Db()->Exec("UPDATE store_storekeepers SET unassigned_at = ? WHERE store_id = ?",
               {a.clock.NowIso(), store});
  auto r = a.As("mb.safety", "POST", approval, "{}");
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"store_has_no_storekeeper"});
  EXPECT_EQ(Vouchers(a, store), 1);
  AssignStorekeeperRow(a, store, "mb.keeper");
  r = a.As("mb.safety", "POST", approval, "{}");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Vouchers(a, store), 2);
}

TEST_P(LedgerCustodyTest, OnlyAnAssignedStorekeeperCountsAStore) {
  auto& a = app();
  const int64_t store = MakeStore(a);
  auto stocktakes = [&] {
    return a.Db()->Query("SELECT COUNT(*) AS n FROM stocktakes WHERE store_id = ?", {store}).Int(0, "n");
  };
  const std::string typed = json::serialize(json::object{
      {"store_id", store}, {"codes", json::array{}}, {"quantities", json::object{}}});
  // Nobody assigned: the store is counted by nobody, typed or uploaded.
  auto r = a.As("mb.keeper", "POST", "/api/v1/stocktakes", typed);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"store_id:store_has_no_storekeeper"});
  r = a.Call("POST", "/api/v1/stocktakes?store_id=" + std::to_string(store), "", a.Token("mb.keeper"),
             {{"Content-Type", "text/plain"}, {"X-Filename", "count.txt"}});
  ASSERT_EQ(r.status, 422) << r.body;  // the empty file is reported first, before any lookup
  r = a.Call("POST", "/api/v1/stocktakes?store_id=" + std::to_string(store), "3760420S99999\n",
             a.Token("mb.keeper"), {{"Content-Type", "text/plain"}, {"X-Filename", "count.txt"}});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"store_has_no_storekeeper"});

  AssignStorekeeperRow(a, store, "mb.keeper");
  ASSERT_EQ(a.As("mb.keeper", "POST", "/api/v1/vouchers", Voucher(store, 10)).status, 201);
  const std::string counted = json::serialize(json::object{
      {"store_id", store}, {"codes", json::array{}},
      {"quantities", json::object{{"industrial_explosive", 10}}}});
  // The safety officer holds ledger:write but is not this store's storekeeper.
  r = a.As("mb.safety", "POST", "/api/v1/stocktakes", counted);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"store_id:storekeeper_not_assigned"});
  const auto& e = r.obj().at("errors").as_array()[0].as_object();
  EXPECT_NE(std::string(e.at("message").as_string()).find("storekeeper"), std::string::npos);
  EXPECT_NE(std::string(e.at("message_zh").as_string()).find("保管员"), std::string::npos);
  r = a.Call("POST", "/api/v1/stocktakes?store_id=" + std::to_string(store) +
                 "&quantities=%7B%22industrial_explosive%22%3A10%7D",
             "\n", a.Token("mb.safety"), {{"Content-Type", "text/plain"}, {"X-Filename", "c.txt"}});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"storekeeper_not_assigned"});
  EXPECT_EQ(stocktakes(), 0);

  // The assigned storekeeper counts; unassigned, not any more.
  r = a.As("mb.keeper", "POST", "/api/v1/stocktakes", counted);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(stocktakes(), 1);
  ASSERT_EQ(a.As("mb.principal", "POST",
                 "/api/v1/stores/" + std::to_string(store) + "/storekeepers/" +
                     std::to_string(UserId(a, "mb.keeper")) + "/unassignment",
                 "{}").status,
            200);
  r = a.As("mb.keeper", "POST", "/api/v1/stocktakes", counted);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"store_has_no_storekeeper"});
  EXPECT_EQ(stocktakes(), 1);
}

TEST_P(LedgerCustodyTest, ADailySummaryIsSignedAndACorrectionIsAppended) {
  auto& a = app();
  const int64_t store = MakeStore(a);
  AssignStorekeeperRow(a, store, "mb.keeper");
  const std::string base = "/api/v1/stores/" + std::to_string(store) + "/daily-closes";
  const std::string today = Today(a);
  ASSERT_EQ(a.As("mb.keeper", "POST", "/api/v1/vouchers", Voucher(store, 10)).status, 201);

  auto r = a.As("mb.keeper", "GET", base + "/" + today);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(r.obj().at("signed").as_bool());

  const std::string sign = json::serialize(json::object{{"date", today}, {"note", "日清无误"}});
  EXPECT_EQ(a.As("mb.duty", "POST", base, sign).status, 403);
  EXPECT_EQ(a.As("hc.safety", "POST", base, sign).status, 404);
  r = a.As("mb.principal", "POST", base, sign);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"daily_close_not_authorised"});

  r = a.As("mb.keeper", "POST", base, sign);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_TRUE(r.obj().at("signed").as_bool());
  EXPECT_TRUE(r.obj().at("matches").as_bool());
  const auto& first = r.obj().at("latest").as_object();
  EXPECT_EQ(first.at("voucher_count").as_int64(), 1);
  EXPECT_EQ(first.at("signed_by").at("id").as_int64(), UserId(a, "mb.keeper"));
  EXPECT_TRUE(first.at("supersedes_id").is_null());
  const int64_t first_id = first.at("id").as_int64();

  // A later movement makes the signed figures stale; the safety officer signs again.
  ASSERT_EQ(a.As("mb.keeper", "POST", "/api/v1/vouchers", Voucher(store, 2)).status, 201);
  r = a.As("zoucheng", "GET", base + "/" + today);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.obj().at("signed").as_bool());
  EXPECT_FALSE(r.obj().at("matches").as_bool());
  r = a.As("mb.safety", "POST", base, json::serialize(json::object{{"date", today}}));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_TRUE(r.obj().at("matches").as_bool());
  EXPECT_EQ(r.obj().at("latest").at("supersedes_id").as_int64(), first_id);
  EXPECT_EQ(r.obj().at("latest").at("voucher_count").as_int64(), 2);
  EXPECT_EQ(r.obj().at("history").as_array().size(), 2u);

  // Bad and future dates.
  r = a.As("mb.keeper", "POST", base, R"({"date":"2026-02-30"})");
  EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"date:date_invalid"});
  r = a.As("mb.keeper", "POST", base,
           json::serialize(json::object{
               {"date", core::ChinaIsoDate(a.clock.Now() + 2 * 86400)}}));
  EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"date:date_in_future"});

  // The month lists today as signed with its two vouchers.
  r = a.As("mb.keeper", "GET", base + "?month=" + today.substr(0, 7));
  ASSERT_EQ(r.status, 200) << r.body;
  const auto& days = r.obj().at("items").as_array();
  ASSERT_FALSE(days.empty());
  const auto& last = days.back().as_object();
  EXPECT_EQ(last.at("date").as_string(), today);
  EXPECT_TRUE(last.at("signed").as_bool());
  EXPECT_EQ(last.at("voucher_count").as_int64(), 2);
  EXPECT_FALSE(last.at("overdue").as_bool());
  EXPECT_EQ(FieldRulesOf(a.As("mb.keeper", "GET", base + "?month=2026-13")),
            std::set<std::string>{"month:month_invalid"});
  EXPECT_EQ(a.As("rencheng", "GET", base + "?month=" + today.substr(0, 7)).status, 404);

  auto audit = a.Db()->Query(
      "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'sign_daily_close' AND entity_id = ?",
      {std::to_string(store)});
  EXPECT_EQ(audit.Int(0, "n"), 2);
  auto rows = a.Db()->Query("SELECT COUNT(*) AS n FROM store_daily_closes WHERE store_id = ?",
                            {store});
  EXPECT_EQ(rows.Int(0, "n"), 2);
}

// The printed daily summary (and its Excel file) names who signed the day, in which capacity and
// when; after a correction, the latest signature and how many it superseded.
TEST_P(LedgerCustodyTest, TheDailySummaryShowsItsSignature) {
  auto& a = app();
  const int64_t store = MakeStore(a);
  AssignStorekeeperRow(a, store, "mb.keeper");
  const std::string today = Today(a);
  const std::string summary =
      "/api/v1/stores/" + std::to_string(store) + "/summary?period=day&date=" + today;
  const std::string sign = "/api/v1/stores/" + std::to_string(store) + "/daily-closes";
  auto name = [&](const std::string& user) {
    return a.Db()->Query("SELECT display_name FROM users WHERE username = ?", {user})
        .Text(0, "display_name");
  };
  auto sheet = [&] {
    auto x = a.As("zoucheng", "GET",
                  "/api/v1/stores/" + std::to_string(store) + "/summary/export?period=day&date=" + today);
    EXPECT_EQ(x.status, 200) << x.body;
    std::map<std::string, std::string> labelled;  // first column -> second, below the figures
    for (const auto& row : office::ReadTableFile("s.xlsx", x.body))
      if (row.size() >= 2) labelled[row[0]] = row[1];
    return labelled;
  };
  ASSERT_EQ(a.As("mb.keeper", "POST", "/api/v1/vouchers", Voucher(store, 10)).status, 201);

  auto r = a.As("zoucheng", "GET", summary);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto& unsigned_close = r.obj().at("daily_close").as_object();
  EXPECT_FALSE(unsigned_close.at("signed").as_bool());
  EXPECT_TRUE(unsigned_close.at("latest").is_null());
  EXPECT_EQ(sheet()["日清签字"], "未签字");

  ASSERT_EQ(a.As("mb.keeper", "POST", sign, json::serialize(json::object{{"date", today}})).status, 201);
  r = a.As("zoucheng", "GET", summary);
  ASSERT_EQ(r.status, 200) << r.body;
  {
    const auto& c = r.obj().at("daily_close").as_object();
    EXPECT_TRUE(c.at("signed").as_bool());
    EXPECT_TRUE(c.at("matches").as_bool());
    EXPECT_EQ(c.at("correction_count").as_int64(), 0);
    EXPECT_EQ(c.at("latest").at("signed_by").at("display_name").as_string(), name("mb.keeper"));
    EXPECT_EQ(c.at("latest").at("signed_as").as_string(), "storekeeper");
    EXPECT_FALSE(c.at("latest").at("signed_at").as_string().empty());
  }
  auto x = sheet();
  EXPECT_EQ(x["日清签字"], "已签字");
  EXPECT_EQ(x["签字人"], name("mb.keeper"));
  EXPECT_EQ(x["身份"], "保管员");
  EXPECT_EQ(x["签字时间"].substr(0, 10), today);
  EXPECT_EQ(x.count("更正"), 0u);

  // A later movement, and the safety officer's correction: the latest signature is shown.
  ASSERT_EQ(a.As("mb.keeper", "POST", "/api/v1/vouchers", Voucher(store, 1)).status, 201);
  r = a.As("zoucheng", "GET", summary);
  EXPECT_FALSE(r.obj().at("daily_close").at("matches").as_bool());
  EXPECT_EQ(sheet()["日清签字"], "已签字（签字后账目有变动）");
  ASSERT_EQ(a.As("mb.safety", "POST", sign,
                 json::serialize(json::object{{"date", today}, {"note", "补录后复核"}})).status,
            201);
  r = a.As("mb.keeper", "GET", summary);
  ASSERT_EQ(r.status, 200) << r.body;
  {
    const auto& c = r.obj().at("daily_close").as_object();
    EXPECT_TRUE(c.at("matches").as_bool());
    EXPECT_EQ(c.at("correction_count").as_int64(), 1);
    EXPECT_EQ(c.at("latest").at("signed_by").at("display_name").as_string(), name("mb.safety"));
    EXPECT_EQ(c.at("latest").at("signed_as").as_string(), "safety_officer");
    EXPECT_EQ(c.at("history").as_array().size(), 2u);
    EXPECT_EQ(c.at("history").as_array()[1].at("signed_as").as_string(), "storekeeper");
  }
  x = sheet();
  EXPECT_EQ(x["签字人"], name("mb.safety"));
  EXPECT_EQ(x["身份"], "安全管理人员");
  EXPECT_EQ(x["更正"], "已更正 1 次，以上为最新签字");
  EXPECT_EQ(x["备注"], "补录后复核");
  // The month's days carry the capacity too; a month's summary has no daily close of its own.
  r = a.As("mb.keeper", "GET", sign + "?month=" + today.substr(0, 7));
  EXPECT_EQ(r.obj().at("items").as_array().back().at("signed_as").as_string(), "safety_officer");
  r = a.As("mb.keeper", "GET", "/api/v1/stores/" + std::to_string(store) +
                                   "/summary?period=month&date=" + today.substr(0, 7));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.obj().at("daily_close").is_null());
  // The signature's capacity is in its audit entry.
  auto audit = a.Db()->Query(
      "SELECT after_json FROM audit_log WHERE action = 'sign_daily_close' AND entity_id = ? "
      "ORDER BY id DESC LIMIT 1",
      {std::to_string(store)});
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_NE(audit.Text(0, "after_json").find("safety_officer"), std::string::npos);
}

// The overview's look-back reads a time window of vouchers through V014's indexes, not the
// scope's whole region_path range or every voucher of a store (the plans the planners choose on
// the demo data; PostgreSQL is told to avoid sequential scans, which it prefers on so few rows).
TEST_P(LedgerCustodyTest, LookBackQueriesUseTheirIndexes) {
  auto& a = app();
  auto conn = a.Db();
  const bool sqlite = GetParam() == "sqlite";
  auto plan = [&](const std::string& sql, const std::vector<storage::Value>& params) {
    std::string out;
    if (!sqlite) conn->Exec("SET enable_seqscan = off");
    auto rs = conn->Query((sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql, params);
    if (!sqlite) conn->Exec("RESET enable_seqscan");
    for (size_t i = 0; i < rs.size(); ++i) out += rs.Text(i, sqlite ? "detail" : "QUERY PLAN") + "\n";
    return out;
  };
  const std::string since = storage::IsoFromUnix(a.clock.Now() - 31 * 86400);
  const std::string until = storage::IsoFromUnix(a.clock.Now() + 86400);
  const std::string window =
      "SELECT v.store_id, v.target_store_id, v.posted_at FROM vouchers v WHERE ";
  auto p = plan(window + "v.region_path >= ? AND v.region_path < ? AND v.posted_at >= ? AND v.posted_at < ?",
                {std::string("/370000/370800/"), std::string("/370000/3708000"), since, until});
  EXPECT_NE(p.find("ix_vouchers_posted_path"), std::string::npos) << p;
  p = plan(window + "v.enterprise_id = ? AND v.posted_at >= ? AND v.posted_at < ?",
           {int64_t{1}, since, until});
  EXPECT_NE(p.find("ix_vouchers_enterprise_posted"), std::string::npos) << p;
  p = plan("SELECT v.store_id FROM vouchers v WHERE v.region_path >= ? AND v.region_path < ? AND "
           "v.direction = 'out' AND v.reason = 'sale' AND v.posted_at < ?",
           {std::string("/370000/370800/"), std::string("/370000/3708000"), since});
  EXPECT_NE(p.find("ix_vouchers_reason_posted"), std::string::npos) << p;
  if (sqlite) {
    p = plan("SELECT posted_at FROM vouchers WHERE (store_id = ? OR target_store_id = ?) "
             "AND posted_at >= ? AND posted_at < ?",
             {int64_t{1}, int64_t{1}, since, until});
    EXPECT_NE(p.find("ix_vouchers_store_posted"), std::string::npos) << p;
    EXPECT_NE(p.find("ix_vouchers_target_posted"), std::string::npos) << p;
  }
}

// The demo leaves the latest fortnight unsigned: the regulator sees the alert until the
// storekeeper signs those days.
TEST_P(LedgerCustodyTest, TheOverviewAlertsADayWithoutItsDailySummary) {
  TestApp a(GetParam());
  auto find = [&](const std::string& name) -> json::object {
    auto r = a.As("zoucheng", "GET", "/api/v1/ledger-overview");
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& s : r.obj().at("items").as_array())
      if (s.at("name").as_string() == name) return s.as_object();
    return {};
  };
  auto store = find("2号雷管库");
  ASSERT_FALSE(store.empty());
  std::set<std::string> alerts;
  for (const auto& x : store.at("alerts").as_array()) alerts.emplace(x.as_string());
  EXPECT_TRUE(alerts.count("daily_close_missing"));
  const auto& days = store.at("unsigned_daily_closes").as_array();
  ASSERT_FALSE(days.empty());
  const std::string base = "/api/v1/stores/" + std::to_string(store.at("id").as_int64()) + "/daily-closes";
  for (const auto& d : days) {
    auto r = a.As("mb.keeper", "POST", base, json::serialize(json::object{{"date", d}}));
    ASSERT_EQ(r.status, 201) << r.body;
  }
  store = find("2号雷管库");
  alerts.clear();
  for (const auto& x : store.at("alerts").as_array()) alerts.emplace(x.as_string());
  EXPECT_FALSE(alerts.count("daily_close_missing"));
  EXPECT_TRUE(store.at("unsigned_daily_closes").as_array().empty());
  // The grace period comes from the settings key ledger_alerts.
  a.Db()->Exec("DELETE FROM settings WHERE key = 'ledger_alerts'");
  a.Db()->Exec("INSERT INTO settings (key, value) VALUES ('ledger_alerts', ?)",
               {std::string(R"({"daily_close_grace_days": 30})")});
  auto r = a.As("zoucheng", "GET", "/api/v1/ledger-overview");
  EXPECT_EQ(r.obj().at("daily_close_grace_days").as_int64(), 30);
  for (const auto& s : r.obj().at("items").as_array())
    EXPECT_TRUE(s.at("unsigned_daily_closes").as_array().empty()) << s.at("name");
}

TEST_P(LedgerCustodyTest, ThePurchaserFilesEachPurchaseWithThePolice) {
  auto& a = app();
  const int64_t store = MakeStore(a);
  AssignStorekeeperRow(a, store, "mb.keeper");
  auto bought = a.As("mb.keeper", "POST", "/api/v1/vouchers", Voucher(store, 10));
  ASSERT_EQ(bought.status, 201) << bought.body;
  const int64_t id = bought.obj().at("id").as_int64();
  const std::string posted_at(bought.obj().at("posted_at").as_string());
  auto produced = a.As("mb.keeper", "POST", "/api/v1/vouchers",
                       json::serialize(json::object{
                           {"store_id", store}, {"direction", "in"}, {"reason", "production"},
                           {"lines", json::array{json::object{{"product_id", "industrial_explosive"},
                                                              {"quantity", 1}}}},
                           {"second_person", json::object{{"username", "mb.safety"},
                                                          {"password", "Demo@2026"}}}}));
  ASSERT_EQ(produced.status, 201) << produced.body;

  auto listed = [&](const std::string& user, const std::string& query) {
    auto r = a.As(user, "GET", "/api/v1/purchase-filings?page_size=100" + query);
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& i : r.obj().at("items").as_array())
      if (i.at("voucher_id").as_int64() == id) return i.as_object();
    return json::object{};
  };
  auto item = listed("mb.keeper", "&status=pending");
  ASSERT_FALSE(item.empty());
  EXPECT_EQ(item.at("status").as_string(), "pending");
  EXPECT_TRUE(item.at("police_filing").is_null());
  EXPECT_FALSE(listed("zoucheng", "").empty());
  EXPECT_TRUE(listed("rencheng", "").empty());

  const std::string path = "/api/v1/vouchers/" + std::to_string(id) + "/purchase-filing";
  const std::string before = storage::IsoFromUnix(storage::UnixFromIso(posted_at) - 3600);
  auto r = a.As("mb.keeper", "POST", path,
                json::serialize(json::object{{"filed_at", before}, {"reference", "公安购备-1"}}));
  EXPECT_EQ(FieldRulesOf(r), std::set<std::string>{"filed_at:filed_before_purchase"});
  // Filed at the production voucher's own time: a second may have passed since the purchase.
  r = a.As("mb.keeper", "POST",
           "/api/v1/vouchers/" + std::to_string(produced.obj().at("id").as_int64()) + "/purchase-filing",
           json::serialize(json::object{
               {"filed_at", std::string(produced.obj().at("posted_at").as_string())},
               {"reference", "x"}}));
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"not_a_purchase"});
  EXPECT_EQ(a.As("hc.safety", "POST", path,
                 json::serialize(json::object{{"filed_at", posted_at}, {"reference", "x"}}))
                .status,
            404);
  r = a.As("mb.keeper", "POST", path,
           json::serialize(json::object{{"filed_at", posted_at}, {"reference", "公安购备-1"}}));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.obj().at("status").as_string(), "filed");
  EXPECT_EQ(r.obj().at("police_filing").at("reference").as_string(), "公安购备-1");
  EXPECT_FALSE(listed("mb.keeper", "&status=filed").empty());
  EXPECT_TRUE(listed("mb.keeper", "&status=pending").empty());
  EXPECT_EQ(FieldRulesOf(a.As("mb.keeper", "GET", "/api/v1/purchase-filings?status=x")),
            std::set<std::string>{"status:status_invalid"});
  auto xlsx = a.As("zoucheng", "GET", "/api/v1/purchase-filings/export?status=filed");
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_NE(xlsx.Header("Content-Disposition").find("attachment"), std::string::npos);

  // The demo sellers' latest purchases are not filed: late, and alerted on the overview.
  auto late = a.As("zoucheng", "GET", "/api/v1/purchase-filings?status=late");
  ASSERT_EQ(late.status, 200);
  EXPECT_GT(late.obj().at("total").as_int64(), 0);
  auto overview = a.As("zoucheng", "GET", "/api/v1/ledger-overview");
  bool alerted = false;
  for (const auto& s : overview.obj().at("items").as_array())
    for (const auto& x : s.at("alerts").as_array()) alerted |= x.as_string() == "purchase_filing_late";
  EXPECT_TRUE(alerted);
}

ANJIAN_BACKENDS(LedgerCustodyTest);

}  // namespace
}  // namespace anjian::test
