// Store editing (limits never below the stock), storekeeper assignment with its history, and
// the Excel exports of the stocktake, loss-incident and sales-filing lists, on SQLite and
// PostgreSQL.
#include <atomic>
#include <map>
#include <set>

#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "explosives/magazine/capacity_request_service.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "platform/office/table_file.hpp"

namespace anjian::test {
namespace {

std::atomic<int> store_counter{1};

// The regulator's approving document of a capacity change (issue 15 §1): number, a past date
// (the day the request was filed, the test clock's), the scan uploaded by the regulator.
json::object ApprovalDocument(int64_t file_id, const std::string& date) {
  return json::object{{"decision", "approve"},
                      {"document_number", "鲁工信民爆〔2026〕3号"},
                      {"approved_on", date},
                      {"file_id", file_id}};
}

class MagazineAdminTest : public ApiTest {
 protected:
  // A new store; its first rating (待核定) approved by the regulator unless `approve` is false.
  int64_t MakeStore(TestApp& a, const std::string& user, json::object body, bool approve = true) {
    body["name"] = "改库" + std::to_string(store_counter.fetch_add(1));
    auto r = a.As(user, "POST", "/api/v1/stores", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    if (r.status != 201) return 0;
    const int64_t id = r.obj().at("id").as_int64();
    if (approve) ApprovePending(a, id);
    return id;
  }
  int64_t UserId(TestApp& a, const std::string& username) {
    auto rs = a.Db()->Query("SELECT id FROM users WHERE username = ?", {username});
    return rs.empty() ? 0 : rs.Int(0, "id");
  }
  int64_t Upload(TestApp& a, const std::string& user, const std::string& name) {
    auto r = a.Call("POST", "/api/v1/files", std::string("%PDF-1.4\n% design\n"), a.Token(user),
                    {{"X-Filename", name}, {"Content-Type", "application/pdf"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  std::string Today(TestApp& a) { return core::FormatIsoDate(core::ChinaDate(a.clock.Now())); }
  // The enterprise `user` requests `limits` for the store with its design document; the answer.
  Resp RequestRating(TestApp& a, const std::string& user, int64_t store, json::object limits) {
    limits["design_file_id"] = Upload(a, user, "设计.pdf");
    limits["reason"] = "扩建后按批准的设计核定";
    return a.As(user, "POST", "/api/v1/stores/" + std::to_string(store) + "/capacity-requests",
                json::serialize(limits));
  }
  // The store's pending requests approved by zoucheng's regulator, with its document.
  void ApprovePending(TestApp& a, int64_t store) {
    auto list = a.As("zoucheng", "GET",
                     "/api/v1/store-capacity-requests?status=pending&store_id=" +
                         std::to_string(store));
    ASSERT_EQ(list.status, 200) << list.body;
    for (const auto& item : list.obj().at("items").as_array()) {
      auto r = a.As("zoucheng", "POST",
                    "/api/v1/store-capacity-requests/" +
                        std::to_string(item.at("id").as_int64()) + "/decision",
                    json::serialize(ApprovalDocument(Upload(a, "zoucheng", "批复.pdf"), Today(a))));
      ASSERT_EQ(r.status, 200) << r.body;
    }
  }
  // The rating changed the only way left: requested, then approved by the regulator.
  void ChangeRating(TestApp& a, const std::string& user, int64_t store, json::object limits) {
    auto r = RequestRating(a, user, store, std::move(limits));
    ASSERT_EQ(r.status, 201) << r.body;
    ApprovePending(a, store);
  }
};

TEST_P(MagazineAdminTest, EditingAStoreRefusesLimitsBelowTheStock) {
  auto& a = app();
  int64_t id = MakeStore(a, "mb.principal",
                         json::object{{"kind", "main_magazine"}, {"rated_net_mass_kg", 100}});
  std::string path = "/api/v1/stores/" + std::to_string(id);
  AssignStorekeeperRow(a, id, "mb.keeper");
  json::object in{{"store_id", id}, {"direction", "in"}, {"reason", "purchase"}, {"counterparty", TestCounterparty("in", "purchase")},
                  {"lines", json::array{json::object{{"product_id", "industrial_explosive"},
                                                     {"quantity", 40},
                                                     {"condition", "normal"},
                                                     {"batch", "B1"}}}},
                  {"second_person", json::object{{"username", "mb.safety"},
                                                 {"password", "Demo@2026"}}}};
  ASSERT_EQ(a.As("mb.keeper", "POST", "/api/v1/vouchers", json::serialize(in)).status, 201);

  // A rating below the stock is refused when requested (issue 15 §1: the rating changes only
  // through the regulator's approval, and never below what the store holds).
  auto r = RequestRating(a, "mb.principal", id, json::object{{"rated_net_mass_kg", 30}});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"limit_below_stock"});
  std::string msg(r.obj().at("errors").as_array()[0].at("message").as_string());
  EXPECT_NE(msg.find("30"), std::string::npos) << msg;
  EXPECT_NE(msg.find("40"), std::string::npos) << msg;
  // Nothing changed.
  EXPECT_EQ(a.As("mb.keeper", "GET", path).obj().at("rated_net_mass_kg").to_number<double>(), 100);

  // Lowered to the stock exactly, with pieces added: requested and approved.
  ChangeRating(a, "mb.safety", id, json::object{{"rated_net_mass_kg", 40}, {"rated_pieces", 1000}});
  std::string name = "已改名" + std::to_string(id);
  r = a.As("mb.safety", "PUT", path,
           json::serialize(json::object{{"name", name},
                                        {"kind", "small_magazine"},
                                        {"rated_net_mass_kg", 40},
                                        {"rated_pieces", 1000}}));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("name").as_string(), name);
  EXPECT_EQ(r.obj().at("kind").as_string(), "small_magazine");
  EXPECT_EQ(r.obj().at("rated_pieces").as_int64(), 1000);
  EXPECT_EQ(r.obj().at("rated_net_mass_kg").to_number<double>(), 40);

  // Validation, permission and scope.
  EXPECT_TRUE(RulesOf(a.As("mb.principal", "PUT", path, R"({"name":"x","kind":"castle"})"))
                  .count("store_kind_invalid"));
  EXPECT_EQ(a.As("mb.keeper", "PUT", path, R"({"name":"x","kind":"main_magazine"})").status, 403);
  EXPECT_EQ(a.As("zoucheng", "PUT", path, R"({"name":"x","kind":"main_magazine"})").status, 403);
  EXPECT_EQ(a.As("hc.safety", "PUT", path,
                 R"({"name":"x","kind":"main_magazine","rated_net_mass_kg":1000})").status,
            404);

  auto audit = a.Db()->Query(
      "SELECT action FROM audit_log WHERE entity = 'store' AND entity_id = ? ORDER BY id",
      {std::to_string(id)});
  ASSERT_EQ(audit.size(), 4u);
  EXPECT_EQ(audit.Text(0, "action"), "create");
  EXPECT_EQ(audit.Text(1, "action"), "change_capacity");  // the first rating approved
  EXPECT_EQ(audit.Text(2, "action"), "change_capacity");  // 40 kg and 1000 pieces approved
  EXPECT_EQ(audit.Text(3, "action"), "update");
}

// The fields of a 422 answer, each as "field:rule".
std::set<std::string> FieldRules(const Resp& r) {
  std::set<std::string> out;
  if (r.status != 422) return out;
  for (const auto& e : r.obj().at("errors").as_array())
    out.insert(std::string(e.at("field").as_string()) + ":" + std::string(e.at("rule").as_string()));
  return out;
}

TEST_P(MagazineAdminTest, EveryStoreIsRatedQuarantineIncluded) {
  auto& a = app();
  auto r = a.As("mb.principal", "POST", "/api/v1/stores",
                R"({"name":"无库容隔离库","kind":"quarantine_store"})");
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(FieldRules(r), std::set<std::string>{"rated_net_mass_kg:rating_required"});
  const auto& e = r.obj().at("errors").as_array()[0].as_object();
  EXPECT_NE(std::string(e.at("message_zh").as_string()).find("隔离库"), std::string::npos);
  EXPECT_TRUE(a.Db()->Query("SELECT id FROM stores WHERE name = '无库容隔离库'").empty());
  // A rated quarantine store is created.
  int64_t id = MakeStore(a, "mb.principal",
                         json::object{{"kind", "quarantine_store"}, {"rated_net_mass_kg", 10}});
  ASSERT_NE(id, 0);
  std::string path = "/api/v1/stores/" + std::to_string(id);
  EXPECT_FALSE(a.As("mb.keeper", "GET", path).obj().at("rating_missing").as_bool());

  // A store left unrated by the migration is kept, flagged, and counted for the regulator.
  a.Db()->Exec("UPDATE stores SET rated_net_mass_g = NULL WHERE id = ?", {id});
  r = a.As("mb.keeper", "GET", path);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.obj().at("rating_missing").as_bool());
  r = a.As("zoucheng", "GET", "/api/v1/ledger-overview");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_GE(r.obj().at("unrated_stores").as_int64(), 1);
  bool listed = false;
  for (const auto& s : r.obj().at("items").as_array())
    if (s.at("id").as_int64() == id) listed = s.at("rating_missing").as_bool();
  EXPECT_TRUE(listed);
  // The enterprise cannot rate it by editing; the regulator's approval rates it.
  EXPECT_EQ(FieldRules(a.As("mb.principal", "PUT", path,
                            R"({"name":"待核定","kind":"quarantine_store","rated_net_mass_kg":10})")),
            std::set<std::string>{"rated_net_mass_kg:capacity_regulator_approval_required"});
  ChangeRating(a, "mb.principal", id, json::object{{"rated_net_mass_kg", 10}});
  r = a.As("mb.keeper", "GET", path);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(r.obj().at("rating_missing").as_bool());
  EXPECT_EQ(r.obj().at("rated_net_mass_kg").to_number<double>(), 10);
}

TEST_P(MagazineAdminTest, CapacityChangesNeedTheRegulatorsApprovalAndReachTheRegulator) {
  auto& a = app();
  int64_t id = MakeStore(a, "mb.principal",
                         json::object{{"kind", "main_magazine"}, {"rated_net_mass_kg", 100}});
  std::string path = "/api/v1/stores/" + std::to_string(id);
  std::string history = path + "/capacity-history";
  std::string name = "扩容库" + std::to_string(id);
  const size_t first = a.As("mb.keeper", "GET", history).obj().at("items").as_array().size();
  EXPECT_EQ(first, 1u);

  // The enterprise's edit may not change the rating: 422 naming the field and the rule.
  auto r = a.As("mb.principal", "PUT", path,
                json::serialize(json::object{
                    {"name", name}, {"kind", "main_magazine"}, {"rated_net_mass_kg", 200}}));
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(FieldRules(r),
            std::set<std::string>{"rated_net_mass_kg:capacity_regulator_approval_required"});
  EXPECT_NE(std::string(r.obj().at("errors").as_array()[0].at("message_zh").as_string())
                .find("核定储量须经监管部门批准"),
            std::string::npos)
      << r.body;
  // Nothing was written.
  EXPECT_EQ(a.As("mb.keeper", "GET", path).obj().at("rated_net_mass_kg").to_number<double>(), 100);
  EXPECT_EQ(a.As("mb.keeper", "GET", history).obj().at("items").as_array().size(), first);

  // Unchanged limits (a rename) need nothing and append nothing.
  r = a.As("mb.principal", "PUT", path,
           json::serialize(json::object{
               {"name", name}, {"kind", "main_magazine"}, {"rated_net_mass_kg", 100}}));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(a.As("mb.keeper", "GET", history).obj().at("items").as_array().size(), first);

  // Requested: the store keeps its rating and the regulator is told; approved: appended with the
  // regulator's document, audited.
  const int64_t zoucheng = UserId(a, "zoucheng"), rencheng = UserId(a, "rencheng");
  auto notices = [&](int64_t user) {
    return a.Db()
        ->Query("SELECT id FROM notifications WHERE user_id = ? AND kind = ?",
                {user, std::string(magazine::kStoreCapacityRequested)})
        .size();
  };
  const size_t before_z = notices(zoucheng), before_r = notices(rencheng);
  r = RequestRating(a, "mb.principal", id, json::object{{"rated_net_mass_kg", 200}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(a.As("mb.keeper", "GET", path).obj().at("rated_net_mass_kg").to_number<double>(), 100);
  EXPECT_EQ(notices(zoucheng), before_z + 1);
  EXPECT_EQ(notices(rencheng), before_r);
  ApprovePending(a, id);
  EXPECT_EQ(a.As("mb.keeper", "GET", path).obj().at("rated_net_mass_kg").to_number<double>(), 200);
  r = a.As("zoucheng", "GET", history);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto& items = r.obj().at("items").as_array();
  ASSERT_EQ(items.size(), first + 1);
  const auto& c = items.back().as_object();
  EXPECT_EQ(c.at("old").at("rated_net_mass_kg").to_number<double>(), 100);
  EXPECT_EQ(c.at("new").at("rated_net_mass_kg").to_number<double>(), 200);
  EXPECT_EQ(c.at("document_number").as_string(), "鲁工信民爆〔2026〕3号");
  EXPECT_FALSE(c.at("issuer").as_string().empty());
  EXPECT_EQ(c.at("approved_on").as_string(), Today(a));
  EXPECT_EQ(c.at("changed_by").as_int64(), zoucheng);
  EXPECT_FALSE(c.at("changed_at").as_string().empty());
  auto audit = a.Db()->Query(
      "SELECT action FROM audit_log WHERE entity = 'store' AND entity_id = ? ORDER BY id",
      {std::to_string(id)});
  ASSERT_GE(audit.size(), 1u);
  EXPECT_EQ(audit.Text(audit.size() - 1, "action"), "change_capacity");

  // A second change is appended after the first; the first is never rewritten.
  ChangeRating(a, "mb.safety", id, json::object{{"rated_net_mass_kg", 200}, {"rated_pieces", 5000}});
  r = a.As("mb.keeper", "GET", history);
  const auto& all = r.obj().at("items").as_array();
  ASSERT_EQ(all.size(), first + 2);
  EXPECT_EQ(all[first].at("new").at("rated_net_mass_kg").to_number<double>(), 200);
  EXPECT_TRUE(all[first].at("new").at("rated_pieces").is_null());
  EXPECT_EQ(all[first + 1].at("new").at("rated_pieces").as_int64(), 5000);
  EXPECT_EQ(notices(zoucheng), before_z + 2);

  // Out of scope: another enterprise, another county's regulator.
  EXPECT_EQ(a.As("hc.safety", "GET", history).status, 404);
  EXPECT_EQ(a.As("rencheng", "GET", history).status, 404);
  EXPECT_EQ(a.As("mb.keeper", "GET", "/api/v1/stores/999999999/capacity-history").status, 404);
}

TEST_P(MagazineAdminTest, StorekeepersAreAssignedAndUnassignedWithHistory) {
  auto& a = app();
  // Its first rating stays 待核定 (not approved): only the storekeeper entries are audited here.
  int64_t id = MakeStore(a, "mb.principal",
                         json::object{{"kind", "main_magazine"}, {"rated_net_mass_kg", 100}},
                         /*approve=*/false);
  std::string path = "/api/v1/stores/" + std::to_string(id) + "/storekeepers";
  int64_t keeper = UserId(a, "mb.keeper"), safety = UserId(a, "mb.safety"),
          other = UserId(a, "hc.safety");
  auto r = a.As("mb.keeper", "GET", path);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.obj().at("items").as_array().empty());
  bool candidate = false;
  for (const auto& c : r.obj().at("candidates").as_array())
    candidate |= c.at("user_id").as_int64() == keeper;
  EXPECT_TRUE(candidate);

  std::string body = R"({"user_id":)" + std::to_string(keeper) + "}";
  r = a.As("mb.principal", "POST", path, body);
  ASSERT_EQ(r.status, 201) << r.body;
  ASSERT_EQ(r.obj().at("items").as_array().size(), 1u);
  EXPECT_EQ(RulesOf(a.As("mb.principal", "POST", path, body)),
            std::set<std::string>{"storekeeper_already_assigned"});
  // Not a storekeeper, or of another enterprise.
  for (int64_t u : {safety, other})
    EXPECT_EQ(RulesOf(a.As("mb.principal", "POST", path,
                           R"({"user_id":)" + std::to_string(u) + "}")),
              std::set<std::string>{"storekeeper_invalid"});
  EXPECT_EQ(a.As("mb.keeper", "POST", path, body).status, 403);
  EXPECT_EQ(a.As("hc.safety", "POST", path, body).status, 404);
  EXPECT_EQ(a.As("rencheng", "GET", path).status, 404);
  EXPECT_EQ(a.As("zoucheng", "GET", path).status, 200);

  std::string un = path + "/" + std::to_string(keeper) + "/unassignment";
  r = a.As("mb.safety", "POST", un, "{}");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.obj().at("items").as_array().empty());
  ASSERT_EQ(r.obj().at("history").as_array().size(), 1u);
  EXPECT_FALSE(r.obj().at("history").as_array()[0].at("unassigned_at").is_null());
  EXPECT_EQ(a.As("mb.safety", "POST", un, "{}").status, 404);
  // Assigned again: a new row, the old one stays.
  ASSERT_EQ(a.As("mb.principal", "POST", path, body).status, 201);
  r = a.As("mb.keeper", "GET", path);
  EXPECT_EQ(r.obj().at("items").as_array().size(), 1u);
  EXPECT_EQ(r.obj().at("history").as_array().size(), 2u);

  auto audit = a.Db()->Query(
      "SELECT action FROM audit_log WHERE entity = 'store' AND entity_id = ? ORDER BY id",
      {std::to_string(id)});
  std::vector<std::string> actions;
  for (size_t i = 0; i < audit.size(); ++i) actions.push_back(audit.Text(i, "action"));
  EXPECT_EQ(actions, (std::vector<std::string>{"create", "assign_storekeeper",
                                               "unassign_storekeeper", "assign_storekeeper"}));
}


// Every cell of the first column of an exported sheet (header row included).
std::set<std::string> FirstColumn(const Resp& r) {
  std::set<std::string> out;
  for (const auto& row : office::ReadTableFile("x.xlsx", r.body))
    if (!row.empty()) out.insert(row[0]);
  return out;
}

// The row of an exported sheet whose first cell is `key`, keyed by the header row's titles.
std::map<std::string, std::string> RowOf(const Resp& r, const std::string& key) {
  auto rows = office::ReadTableFile("x.xlsx", r.body);
  std::map<std::string, std::string> out;
  for (const auto& row : rows)
    if (!row.empty() && row[0] == key && !rows.empty())
      for (size_t c = 0; c < row.size() && c < rows[0].size(); ++c) out[rows[0][c]] = row[c];
  return out;
}

TEST_P(MagazineAdminTest, ListsExportToExcelWithinTheCallersScope) {
  auto& a = app();
  int64_t id = MakeStore(a, "mb.principal",
                         json::object{{"kind", "main_magazine"}, {"rated_net_mass_kg", 100}});
  auto line = [](double q) {
    return json::array{json::object{{"product_id", "industrial_explosive"}, {"quantity", q},
                                    {"condition", "normal"}, {"batch", "B1"}}};
  };
  AssignStorekeeperRow(a, id, "mb.keeper");
  json::object second{{"username", "mb.safety"}, {"password", "Demo@2026"}};
  auto in = a.As("mb.keeper", "POST", "/api/v1/vouchers",
                 json::serialize(json::object{{"store_id", id}, {"direction", "in"},
                                              {"reason", "purchase"}, {"lines", line(10)},
                                              {"counterparty", TestCounterparty("in", "purchase")},
                                              {"second_person", second}}));
  ASSERT_EQ(in.status, 201) << in.body;
  auto sale = a.As("mb.keeper", "POST", "/api/v1/vouchers",
                   json::serialize(json::object{{"store_id", id}, {"direction", "out"},
                                                {"reason", "sale"}, {"lines", line(2)},
                                                {"counterparty", TestCounterparty("out", "sale")},
                                                {"second_person", second}}));
  ASSERT_EQ(sale.status, 201) << sale.body;
  auto count = a.As("mb.keeper", "POST", "/api/v1/stocktakes",
                    json::serialize(json::object{
                        {"store_id", id},
                        {"quantities", json::object{{"industrial_explosive", 7}}}}));
  ASSERT_EQ(count.status, 201) << count.body;
  auto loss = a.As("mb.keeper", "POST", "/api/v1/loss-incidents",
                   json::serialize(json::object{
                       {"store_id", id},
                       {"description", "门锁被撬"},
                       {"quantities", json::object{{"industrial_explosive", 1}}}}));
  ASSERT_EQ(loss.status, 201) << loss.body;

  struct Case {
    std::string path, number;
  } cases[] = {
      {"/api/v1/stocktakes/export?store_id=" + std::to_string(id),
       std::string(count.obj().at("number").as_string())},
      {"/api/v1/loss-incidents/export?status=open",
       std::string(loss.obj().at("number").as_string())},
      {"/api/v1/sale-filings/export?status=pending",
       std::string(sale.obj().at("number").as_string())},
  };
  for (const auto& c : cases) {
    for (const char* user : {"mb.keeper", "zoucheng"}) {
      auto x = a.As(user, "GET", c.path);
      ASSERT_EQ(x.status, 200) << user << " " << c.path << " " << x.body;
      EXPECT_NE(x.Header("Content-Disposition").find("attachment"), std::string::npos);
      EXPECT_EQ(x.body.substr(0, 2), "PK");
      EXPECT_TRUE(FirstColumn(x).count(c.number)) << user << " " << c.path;
    }
    for (const char* user : {"hc.principal", "rencheng"}) {
      auto x = a.As(user, "GET", c.path);
      ASSERT_EQ(x.status, 200) << user << " " << c.path;
      EXPECT_FALSE(FirstColumn(x).count(c.number)) << user << " " << c.path;
    }
    EXPECT_EQ(a.As("sysadmin", "GET", c.path).status, 403);
  }
  // Each row names the products it concerns, in Chinese like the rest of the sheet.
  const std::string explosive = catalogue::InForce().Find("industrial_explosive")->label_zh;
  EXPECT_EQ(RowOf(a.As("zoucheng", "GET", cases[0].path), cases[0].number)["差异产品"],
            explosive + " 盘亏 1 千克");
  EXPECT_EQ(RowOf(a.As("zoucheng", "GET", cases[1].path), cases[1].number)["涉及产品"],
            explosive + " 1 千克");
  // The same filter checks as the lists.
  EXPECT_EQ(a.As("mb.keeper", "GET", "/api/v1/stocktakes/export?status=lost").status, 422);
  EXPECT_EQ(a.As("mb.keeper", "GET", "/api/v1/loss-incidents/export?status=lost").status, 422);
  EXPECT_EQ(a.As("mb.keeper", "GET", "/api/v1/sale-filings/export?status=lost").status, 422);
  // A filter that excludes the rows leaves them out.
  auto closed = a.As("mb.keeper", "GET", "/api/v1/loss-incidents/export?status=closed");
  EXPECT_FALSE(FirstColumn(closed).count(cases[1].number));
}

TEST_P(MagazineAdminTest, StocktakeOverduePeriodComesFromTheSettings) {
  auto& a = app();
  auto db = a.Db();
  auto r = a.As("jining", "GET", "/api/v1/ledger-overview");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("stocktake_overdue_days").as_int64(), 90);
  EXPECT_EQ(r.obj().at("capacity_alert_percent").to_number<double>(), 90);
  db->Exec("INSERT INTO settings (key, value) VALUES ('ledger_alerts', ?)",
           {std::string(R"({"stocktake_overdue_days": 30, "capacity_alert_percent": 80})")});
  r = a.As("jining", "GET", "/api/v1/ledger-overview");
  EXPECT_EQ(r.obj().at("stocktake_overdue_days").as_int64(), 30);
  EXPECT_EQ(r.obj().at("capacity_alert_percent").to_number<double>(), 80);
  // The query still looks at another period; a bad setting falls back to the defaults.
  r = a.As("jining", "GET", "/api/v1/ledger-overview?stocktake_overdue_days=7");
  EXPECT_EQ(r.obj().at("stocktake_overdue_days").as_int64(), 7);
  db->Exec("UPDATE settings SET value = ? WHERE key = 'ledger_alerts'",
           {std::string(R"({"stocktake_overdue_days": 0})")});
  r = a.As("jining", "GET", "/api/v1/ledger-overview");
  EXPECT_EQ(r.obj().at("stocktake_overdue_days").as_int64(), 90);
  db->Exec("DELETE FROM settings WHERE key = 'ledger_alerts'");
}

}  // namespace

ANJIAN_BACKENDS(MagazineAdminTest);

}  // namespace anjian::test
