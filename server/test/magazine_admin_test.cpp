// Store editing (limits never below the stock), storekeeper assignment with its history, and
// the Excel exports of the stocktake, loss-incident and sales-filing lists, on SQLite and
// PostgreSQL.
#include <atomic>
#include <map>
#include <set>

#include "api_harness.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "platform/office/table_file.hpp"

namespace anjian::test {
namespace {

std::atomic<int> store_counter{1};

// The approving document of a capacity change (a past date, no scan).
json::object ApprovalDocument() {
  return json::object{{"document_number", "鲁工信民爆〔2026〕3号"},
                      {"issuer", "山东省工业和信息化厅"},
                      {"approved_on", "2026-01-05"}};
}

class MagazineAdminTest : public ApiTest {
 protected:
  int64_t MakeStore(TestApp& a, const std::string& user, json::object body) {
    body["name"] = "改库" + std::to_string(store_counter.fetch_add(1));
    auto r = a.As(user, "POST", "/api/v1/stores", json::serialize(body));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  int64_t UserId(TestApp& a, const std::string& username) {
    auto rs = a.Db()->Query("SELECT id FROM users WHERE username = ?", {username});
    return rs.empty() ? 0 : rs.Int(0, "id");
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

  auto r = a.As("mb.principal", "PUT", path,
                json::serialize(json::object{{"name", "一号库"},
                                             {"kind", "main_magazine"},
                                             {"rated_net_mass_kg", 30},
                                             {"capacity_approval", ApprovalDocument()}}));
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(RulesOf(r), std::set<std::string>{"limit_below_stock"});
  std::string msg(r.obj().at("errors").as_array()[0].at("message").as_string());
  EXPECT_NE(msg.find("30"), std::string::npos) << msg;
  EXPECT_NE(msg.find("40"), std::string::npos) << msg;
  // Nothing changed.
  EXPECT_EQ(a.As("mb.keeper", "GET", path).obj().at("rated_net_mass_kg").to_number<double>(), 100);

  std::string name = "已改名" + std::to_string(id);
  r = a.As("mb.safety", "PUT", path,
           json::serialize(json::object{{"name", name},
                                        {"kind", "small_magazine"},
                                        {"rated_net_mass_kg", 40},
                                        {"rated_pieces", 1000},
                                        {"capacity_approval", ApprovalDocument()}}));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("name").as_string(), name);
  EXPECT_EQ(r.obj().at("kind").as_string(), "small_magazine");
  EXPECT_EQ(r.obj().at("rated_pieces").as_int64(), 1000);

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
  ASSERT_EQ(audit.size(), 3u);
  EXPECT_EQ(audit.Text(1, "action"), "update");
  EXPECT_EQ(audit.Text(2, "action"), "change_capacity");
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
  // Editing it still needs a rating; rating it needs the approving document.
  EXPECT_EQ(FieldRules(a.As("mb.principal", "PUT", path,
                            R"({"name":"待核定","kind":"quarantine_store"})")),
            std::set<std::string>{"rated_net_mass_kg:rating_required"});
  json::object rate{{"name", "已核定"}, {"kind", "quarantine_store"}, {"rated_net_mass_kg", 10},
                    {"capacity_approval", ApprovalDocument()}};
  r = a.As("mb.principal", "PUT", path, json::serialize(rate));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(r.obj().at("rating_missing").as_bool());
}

TEST_P(MagazineAdminTest, CapacityChangesNeedTheirDocumentAndReachTheRegulator) {
  auto& a = app();
  int64_t id = MakeStore(a, "mb.principal",
                         json::object{{"kind", "main_magazine"}, {"rated_net_mass_kg", 100}});
  std::string path = "/api/v1/stores/" + std::to_string(id);
  std::string history = path + "/capacity-history";
  std::string name = "扩容库" + std::to_string(id);
  auto edit = [&](json::object extra) {
    json::object body{{"name", name}, {"kind", "main_magazine"}, {"rated_net_mass_kg", 200}};
    for (auto& kv : extra) body[kv.key()] = kv.value();
    return a.As("mb.principal", "PUT", path, json::serialize(body));
  };
  auto with = [](const char* key, json::value v) {
    json::object doc = ApprovalDocument();
    doc[key] = v;
    return json::object{{"capacity_approval", doc}};
  };
  // Refusals: no document, each part missing, a date in the future or not a date, a file the
  // caller cannot see.
  EXPECT_EQ(FieldRules(edit({})),
            std::set<std::string>{"capacity_approval:capacity_approval_required"});
  EXPECT_EQ(FieldRules(edit(with("document_number", ""))),
            std::set<std::string>{"capacity_approval.document_number:required"});
  EXPECT_EQ(FieldRules(edit(with("issuer", ""))),
            std::set<std::string>{"capacity_approval.issuer:required"});
  EXPECT_EQ(FieldRules(edit(with("approved_on", ""))),
            std::set<std::string>{"capacity_approval.approved_on:required"});
  EXPECT_EQ(FieldRules(edit(with("approved_on", "2999-01-01"))),
            std::set<std::string>{"capacity_approval.approved_on:approval_date_future"});
  EXPECT_EQ(FieldRules(edit(with("approved_on", "2026-02-30"))),
            std::set<std::string>{"capacity_approval.approved_on:date_invalid"});
  EXPECT_EQ(FieldRules(edit(with("file_id", 999999999))),
            std::set<std::string>{"capacity_approval.file_id:file_unknown"});
  // Nothing was written.
  EXPECT_EQ(a.As("mb.keeper", "GET", path).obj().at("rated_net_mass_kg").to_number<double>(), 100);
  EXPECT_TRUE(a.As("mb.keeper", "GET", history).obj().at("items").as_array().empty());

  // Unchanged limits need no document (a rename) and append nothing.
  auto r = a.As("mb.principal", "PUT", path,
                json::serialize(json::object{
                    {"name", name}, {"kind", "main_magazine"}, {"rated_net_mass_kg", 100}}));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(a.As("mb.keeper", "GET", history).obj().at("items").as_array().empty());

  // Raised with its document: appended, audited, the regulator told.
  const int64_t zoucheng = UserId(a, "zoucheng"), rencheng = UserId(a, "rencheng");
  auto notices = [&](int64_t user) {
    return a.Db()
        ->Query("SELECT id FROM notifications WHERE user_id = ? AND kind = ? AND link = ?",
                {user, std::string(magazine::kStoreCapacityChanged), "/ledger/stores/" + std::to_string(id)})
        .size();
  };
  r = edit(json::object{{"capacity_approval", ApprovalDocument()}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("rated_net_mass_kg").to_number<double>(), 200);
  r = a.As("zoucheng", "GET", history);
  ASSERT_EQ(r.status, 200) << r.body;
  const auto& items = r.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 1u);
  const auto& c = items[0].as_object();
  EXPECT_EQ(c.at("old").at("rated_net_mass_kg").to_number<double>(), 100);
  EXPECT_EQ(c.at("new").at("rated_net_mass_kg").to_number<double>(), 200);
  EXPECT_EQ(c.at("document_number").as_string(), "鲁工信民爆〔2026〕3号");
  EXPECT_EQ(c.at("issuer").as_string(), "山东省工业和信息化厅");
  EXPECT_EQ(c.at("approved_on").as_string(), "2026-01-05");
  EXPECT_EQ(c.at("changed_by").as_int64(), UserId(a, "mb.principal"));
  EXPECT_FALSE(c.at("changed_at").as_string().empty());
  EXPECT_EQ(notices(zoucheng), 1u);
  EXPECT_EQ(notices(rencheng), 0u);
  auto audit = a.Db()->Query(
      "SELECT action FROM audit_log WHERE entity = 'store' AND entity_id = ? ORDER BY id",
      {std::to_string(id)});
  ASSERT_GE(audit.size(), 1u);
  EXPECT_EQ(audit.Text(audit.size() - 1, "action"), "change_capacity");

  // A second change is appended after the first; the first is never rewritten.
  r = a.As("mb.safety", "PUT", path,
           json::serialize(json::object{{"name", name},
                                        {"kind", "main_magazine"},
                                        {"rated_net_mass_kg", 200},
                                        {"rated_pieces", 5000},
                                        {"capacity_approval", ApprovalDocument()}}));
  ASSERT_EQ(r.status, 200) << r.body;
  r = a.As("mb.keeper", "GET", history);
  ASSERT_EQ(r.obj().at("items").as_array().size(), 2u);
  EXPECT_EQ(r.obj().at("items").as_array()[0].at("new").at("rated_net_mass_kg").to_number<double>(),
            200);
  EXPECT_TRUE(r.obj().at("items").as_array()[0].at("new").at("rated_pieces").is_null());
  EXPECT_EQ(r.obj().at("items").as_array()[1].at("new").at("rated_pieces").as_int64(), 5000);
  EXPECT_EQ(notices(zoucheng), 2u);

  // Out of scope: another enterprise, another county's regulator.
  EXPECT_EQ(a.As("hc.safety", "GET", history).status, 404);
  EXPECT_EQ(a.As("rencheng", "GET", history).status, 404);
  EXPECT_EQ(a.As("mb.keeper", "GET", "/api/v1/stores/999999999/capacity-history").status, 404);
}

TEST_P(MagazineAdminTest, StorekeepersAreAssignedAndUnassignedWithHistory) {
  auto& a = app();
  int64_t id = MakeStore(a, "mb.principal",
                         json::object{{"kind", "main_magazine"}, {"rated_net_mass_kg", 100}});
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
