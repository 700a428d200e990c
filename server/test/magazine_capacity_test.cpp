// Issue 15 §1: a magazine's rated capacity comes from the approved design. The enterprise files a
// capacity change request (库房核定储量变更申请) with its design document and reason; a regulator
// over the store's region approves it with the approving document or rejects it; until then the
// store keeps its rating, and the voucher's over-capacity check follows the approved one. On
// SQLite and PostgreSQL.
#include <atomic>
#include <set>

#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "explosives/magazine/capacity_request_service.hpp"
#include "platform/office/table_file.hpp"

namespace anjian::test {
namespace {

std::atomic<int> counter{1};

class MagazineCapacityTest : public ApiTest {
 protected:
  int64_t Upload(const std::string& user, const std::string& name) {
    auto r = app().Call("POST", "/api/v1/files", std::string("%PDF-1.4\n% capacity\n"),
                        app().Token(user),
                        {{"X-Filename", name}, {"Content-Type", "application/pdf"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  std::string Today() { return core::FormatIsoDate(core::ChinaDate(app().clock.Now())); }
  std::string StorePath(int64_t id) { return "/api/v1/stores/" + std::to_string(id); }
  std::string DecisionPath(int64_t id) {
    return "/api/v1/store-capacity-requests/" + std::to_string(id) + "/decision";
  }
  int64_t UserId(const std::string& username) {
    return app().Db()->Query("SELECT id FROM users WHERE username = ?", {username}).Int(0, "id");
  }
  // A store of 邹城恒安民爆 created through the API (its first rating 待核定).
  int64_t NewStore(double kg) {
    auto r = app().As("mb.principal", "POST", "/api/v1/stores",
                      json::serialize(json::object{
                          {"name", "核定库" + std::to_string(counter.fetch_add(1))},
                          {"kind", "main_magazine"},
                          {"rated_net_mass_kg", kg},
                          {"design_file_id", Upload("mb.principal", "设计图.pdf")}}));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  json::object Approval() {
    return json::object{{"decision", "approve"},
                        {"document_number", "邹应急民爆〔2026〕7号"},
                        {"approved_on", Today()},
                        {"file_id", Upload("zoucheng", "批复.pdf")}};
  }
  // The id of the store's pending request, 0 for none (as the regulator's list shows it).
  int64_t PendingOf(int64_t store) {
    auto r = app().As("zoucheng", "GET",
                      "/api/v1/store-capacity-requests?status=pending&store_id=" +
                          std::to_string(store));
    EXPECT_EQ(r.status, 200) << r.body;
    const auto& items = r.obj().at("items").as_array();
    return items.empty() ? 0 : items[0].at("id").as_int64();
  }
  Resp Request(int64_t store, json::object body) {
    return app().As("mb.principal", "POST", StorePath(store) + "/capacity-requests",
                    json::serialize(body));
  }
  json::object ValidRequest(double kg) {
    return json::object{{"rated_net_mass_kg", kg},
                        {"design_file_id", Upload("mb.principal", "扩建设计.pdf")},
                        {"reason", "扩建后按批准的设计核定"}};
  }
  double RatedKg(int64_t store) {
    return app().As("mb.keeper", "GET", StorePath(store)).obj().at("rated_net_mass_kg")
        .to_number<double>();
  }
  Resp PostIn(int64_t store, double kg) {
    json::object in{{"store_id", store}, {"direction", "in"}, {"reason", "purchase"},
                    {"counterparty", TestCounterparty("in", "purchase")},
                    {"lines", json::array{json::object{{"product_id", "industrial_explosive"},
                                                       {"quantity", kg},
                                                       {"condition", "normal"},
                                                       {"batch", "C1"}}}},
                    {"second_person", json::object{{"username", "mb.safety"},
                                                   {"password", "Demo@2026"}}}};
    return app().As("mb.keeper", "POST", "/api/v1/vouchers", json::serialize(in));
  }
  size_t Notices(const std::string& user, const char* kind) {
    return app().Db()->Query("SELECT id FROM notifications WHERE user_id = ? AND kind = ?",
                             {UserId(user), std::string(kind)}).size();
  }
};

std::set<std::string> FieldRules(const Resp& r) {
  std::set<std::string> out;
  if (r.status != 422) return out;
  for (const auto& e : r.obj().at("errors").as_array())
    out.insert(std::string(e.at("field").as_string()) + ":" + std::string(e.at("rule").as_string()));
  return out;
}

TEST_P(MagazineCapacityTest, ANewStoresRatingIsPendingUntilTheRegulatorApprovesIt) {
  auto& a = app();
  const int64_t store = NewStore(100);
  auto r = a.As("mb.keeper", "GET", StorePath(store));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.obj().at("rating_pending").as_bool());
  const int64_t initial = PendingOf(store);
  ASSERT_NE(initial, 0);
  r = a.As("zoucheng", "GET", "/api/v1/store-capacity-requests/" + std::to_string(initial));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("kind").as_string(), "initial");
  EXPECT_EQ(r.obj().at("new").at("rated_net_mass_kg").to_number<double>(), 100);
  EXPECT_FALSE(r.obj().at("design_file_id").is_null());
  r = a.As("zoucheng", "POST", DecisionPath(initial), json::serialize(Approval()));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("status").as_string(), "approved");
  EXPECT_FALSE(a.As("mb.keeper", "GET", StorePath(store)).obj().at("rating_pending").as_bool());
  r = a.As("mb.keeper", "GET", StorePath(store) + "/capacity-history");
  ASSERT_EQ(r.obj().at("items").as_array().size(), 1u);
  EXPECT_TRUE(r.obj().at("items").as_array()[0].at("old").at("rated_net_mass_kg").is_null());
}

TEST_P(MagazineCapacityTest, ARejectedFirstRatingStaysPendingAndIsFiledAgainAsItStands) {
  auto& a = app();
  const int64_t store = NewStore(80);
  auto r = a.As("zoucheng", "POST", DecisionPath(PendingOf(store)),
                R"({"decision":"reject","reason":"设计文件未盖章"})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(a.As("mb.keeper", "GET", StorePath(store)).obj().at("rating_pending").as_bool());
  r = Request(store, ValidRequest(80));  // the same figures, with a stamped design
  ASSERT_EQ(r.status, 201) << r.body;
  r = a.As("zoucheng", "POST", DecisionPath(r.obj().at("id").as_int64()),
           json::serialize(Approval()));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(a.As("mb.keeper", "GET", StorePath(store)).obj().at("rating_pending").as_bool());
  EXPECT_EQ(RatedKg(store), 80);
}

TEST_P(MagazineCapacityTest, TheRegulatorApprovesOrRejectsAndTheStoreKeepsItsRatingUntilThen) {
  auto& a = app();
  const int64_t store = NewStore(100);
  ASSERT_EQ(a.As("zoucheng", "POST", DecisionPath(PendingOf(store)), json::serialize(Approval()))
                .status, 200);

  // The request's refusals: no design document or reason, unchanged limits, a file the caller
  // cannot see, not the enterprise's (permission) or out of scope.
  EXPECT_EQ(FieldRules(Request(store, json::object{{"rated_net_mass_kg", 150}})),
            (std::set<std::string>{"design_file_id:required", "reason:required"}));
  auto same = ValidRequest(100);
  EXPECT_EQ(FieldRules(Request(store, same)),
            std::set<std::string>{"rated_net_mass_kg:capacity_unchanged"});
  auto hidden = ValidRequest(150);
  hidden["design_file_id"] = Upload("hc.safety", "别人的.pdf");
  EXPECT_EQ(FieldRules(Request(store, hidden)),
            std::set<std::string>{"design_file_id:file_unknown"});
  EXPECT_EQ(a.As("mb.keeper", "POST", StorePath(store) + "/capacity-requests",
                 json::serialize(ValidRequest(150))).status, 403);
  EXPECT_EQ(a.As("hc.safety", "POST", StorePath(store) + "/capacity-requests",
                 json::serialize(ValidRequest(150))).status, 404);

  // Filed: the store keeps 100 kg; the county's regulator is told, the other county's is not; a
  // second request waits for the first.
  const size_t told = Notices("zoucheng", magazine::kStoreCapacityRequested);
  const size_t other = Notices("rencheng", magazine::kStoreCapacityRequested);
  auto r = Request(store, ValidRequest(150));
  ASSERT_EQ(r.status, 201) << r.body;
  const int64_t first = r.obj().at("id").as_int64();
  EXPECT_EQ(r.obj().at("status").as_string(), "pending");
  EXPECT_EQ(r.obj().at("old").at("rated_net_mass_kg").to_number<double>(), 100);
  EXPECT_EQ(r.obj().at("new").at("rated_net_mass_kg").to_number<double>(), 150);
  EXPECT_EQ(RatedKg(store), 100);
  EXPECT_EQ(Notices("zoucheng", magazine::kStoreCapacityRequested), told + 1);
  EXPECT_EQ(Notices("rencheng", magazine::kStoreCapacityRequested), other);
  EXPECT_EQ(FieldRules(Request(store, ValidRequest(160))),
            std::set<std::string>{"store_id:capacity_request_pending"});

  // The decision: only a regulator holding store_capacity:decide, only in scope.
  EXPECT_EQ(a.As("mb.principal", "POST", DecisionPath(first), json::serialize(Approval())).status,
            403);
  EXPECT_EQ(a.As("rencheng", "POST", DecisionPath(first), json::serialize(Approval())).status, 404);
  EXPECT_EQ(a.As("hc.safety", "GET", "/api/v1/store-capacity-requests/" + std::to_string(first))
                .status, 404);
  // An approval needs its number, date and scan, dated neither in the future nor before the
  // request; a rejection needs its reasons.
  EXPECT_EQ(FieldRules(a.As("zoucheng", "POST", DecisionPath(first), R"({"decision":"approve"})")),
            (std::set<std::string>{"document_number:required", "approved_on:required",
                                   "file_id:required"}));
  auto future = Approval();
  future["approved_on"] = "2999-01-01";
  EXPECT_EQ(FieldRules(a.As("zoucheng", "POST", DecisionPath(first), json::serialize(future))),
            std::set<std::string>{"approved_on:approval_date_future"});
  auto early = Approval();
  early["approved_on"] = "2001-01-01";
  EXPECT_EQ(FieldRules(a.As("zoucheng", "POST", DecisionPath(first), json::serialize(early))),
            std::set<std::string>{"approved_on:approval_before_request"});
  EXPECT_EQ(FieldRules(a.As("zoucheng", "POST", DecisionPath(first), R"({"decision":"maybe"})")),
            std::set<std::string>{"decision:kind_invalid"});
  EXPECT_EQ(FieldRules(a.As("zoucheng", "POST", DecisionPath(first), R"({"decision":"reject"})")),
            std::set<std::string>{"reason:required"});
  EXPECT_EQ(RatedKg(store), 100);

  // Rejected: the store keeps its rating, the enterprise is told, the request cannot be decided
  // again.
  const size_t decided = Notices("mb.principal", magazine::kStoreCapacityDecided);
  r = a.As("zoucheng", "POST", DecisionPath(first),
           R"({"decision":"reject","reason":"设计未经安全评价"})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("status").as_string(), "rejected");
  EXPECT_EQ(r.obj().at("rejection_reason").as_string(), "设计未经安全评价");
  EXPECT_EQ(RatedKg(store), 100);
  EXPECT_EQ(Notices("mb.principal", magazine::kStoreCapacityDecided), decided + 1);
  EXPECT_EQ(FieldRules(a.As("zoucheng", "POST", DecisionPath(first), json::serialize(Approval()))),
            std::set<std::string>{"status:capacity_request_decided"});

  // Filed again and approved: the rating changes, the history names the regulator's document.
  r = Request(store, ValidRequest(150));
  ASSERT_EQ(r.status, 201) << r.body;
  const int64_t second = r.obj().at("id").as_int64();
  auto approval = Approval();
  r = a.As("zoucheng", "POST", DecisionPath(second), json::serialize(approval));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("status").as_string(), "approved");
  EXPECT_EQ(r.obj().at("document_number").as_string(), "邹应急民爆〔2026〕7号");
  EXPECT_FALSE(r.obj().at("decision_agency_name").as_string().empty());
  EXPECT_EQ(RatedKg(store), 150);
  EXPECT_EQ(Notices("mb.principal", magazine::kStoreCapacityDecided), decided + 2);
  r = a.As("mb.keeper", "GET", StorePath(store) + "/capacity-history");
  const auto& history = r.obj().at("items").as_array();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[1].at("old").at("rated_net_mass_kg").to_number<double>(), 100);
  EXPECT_EQ(history[1].at("new").at("rated_net_mass_kg").to_number<double>(), 150);
  EXPECT_EQ(history[1].at("document_number").as_string(), "邹应急民爆〔2026〕7号");
  EXPECT_EQ(history[1].at("file_id").as_int64(), approval.at("file_id").as_int64());
  EXPECT_EQ(history[1].at("changed_by").as_int64(), UserId("zoucheng"));
  // The store's request history, newest first, for the enterprise.
  r = a.As("mb.keeper", "GET", StorePath(store) + "/capacity-requests");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(r.obj().at("items").as_array().size(), 3u);
  EXPECT_EQ(r.obj().at("items").as_array()[0].at("id").as_int64(), second);

  // Audited: filed, rejected, filed, approved (and the store's change_capacity).
  auto audit = a.Db()->Query(
      "SELECT action, entity_id FROM audit_log WHERE entity = 'store_capacity_request' AND "
      "(entity_id = ? OR entity_id = ?) ORDER BY id",
      {std::to_string(first), std::to_string(second)});
  std::vector<std::string> actions;
  for (size_t i = 0; i < audit.size(); ++i) actions.push_back(audit.Text(i, "action"));
  EXPECT_EQ(actions, (std::vector<std::string>{"request_capacity_change", "reject",
                                               "request_capacity_change", "approve"}));
}

TEST_P(MagazineCapacityTest, TheVouchersOverCapacityCheckFollowsTheApprovedRating) {
  auto& a = app();
  const int64_t store = NewStore(100);
  ASSERT_EQ(a.As("zoucheng", "POST", DecisionPath(PendingOf(store)), json::serialize(Approval()))
                .status, 200);
  AssignStorekeeperRow(a, store, "mb.keeper");
  ASSERT_EQ(PostIn(store, 90).status, 201);
  auto over = PostIn(store, 20);
  ASSERT_EQ(over.status, 422) << over.body;
  EXPECT_TRUE(RulesOf(over).count("capacity_net_mass"));
  // Requested, not yet approved: still refused.
  auto r = Request(store, ValidRequest(150));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_TRUE(RulesOf(PostIn(store, 20)).count("capacity_net_mass"));
  ASSERT_EQ(a.As("zoucheng", "POST", DecisionPath(r.obj().at("id").as_int64()),
                 json::serialize(Approval())).status, 200);
  EXPECT_EQ(PostIn(store, 20).status, 201);

  // A lower rating requested while the store held less is refused at approval once the stock
  // has grown above it; nothing changes.
  r = Request(store, ValidRequest(120));
  ASSERT_EQ(r.status, 201) << r.body;
  ASSERT_EQ(PostIn(store, 20).status, 201);  // 130 kg now
  auto refused = a.As("zoucheng", "POST", DecisionPath(r.obj().at("id").as_int64()),
                      json::serialize(Approval()));
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(RulesOf(refused), std::set<std::string>{"limit_below_stock"});
  EXPECT_EQ(RatedKg(store), 150);
  EXPECT_EQ(PendingOf(store), r.obj().at("id").as_int64());
}

TEST_P(MagazineCapacityTest, TheRegulatorsListFiltersPaginatesAndExportsWithinItsScope) {
  auto& a = app();
  const int64_t store = NewStore(100);
  const int64_t pending = PendingOf(store);
  ASSERT_NE(pending, 0);
  auto r = a.As("zoucheng", "GET", "/api/v1/store-capacity-requests?status=pending&page_size=1");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("items").as_array().size(), 1u);
  EXPECT_GE(r.obj().at("total").as_int64(), 1);
  r = a.As("zoucheng", "GET",
           "/api/v1/store-capacity-requests?status=approved&store_id=" + std::to_string(store));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("total").as_int64(), 0);
  EXPECT_EQ(FieldRules(a.As("zoucheng", "GET", "/api/v1/store-capacity-requests?status=done")),
            std::set<std::string>{"status:status_invalid"});
  // Another county's regulator and another enterprise see none of it.
  r = a.As("rencheng", "GET", "/api/v1/store-capacity-requests?store_id=" + std::to_string(store));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("total").as_int64(), 0);
  r = a.As("hc.safety", "GET", "/api/v1/store-capacity-requests?store_id=" + std::to_string(store));
  EXPECT_EQ(r.obj().at("total").as_int64(), 0);
  // The regulator's to-do list counts the pending requests; an enterprise account has no such item.
  auto todo_count = [&](const std::string& user) {
    int64_t n = -1;
    auto t = a.As(user, "GET", "/api/v1/todo");
    EXPECT_EQ(t.status, 200) << t.body;
    for (const auto& i : t.obj().at("items").as_array())
      if (i.at("key").as_string() == "store_capacity_requests_to_decide") n = i.at("count").as_int64();
    return n;
  };
  EXPECT_GE(todo_count("zoucheng"), 1);
  EXPECT_EQ(todo_count("mb.principal"), -1);
  // The Excel export lists the same rows.
  auto x = a.As("zoucheng", "GET", "/api/v1/store-capacity-requests/export?status=pending");
  ASSERT_EQ(x.status, 200) << x.body;
  auto rows = office::ReadTableFile("x.xlsx", x.body);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0][0], "申请编号");
  bool listed = false;
  for (const auto& row : rows)
    if (!row.empty() && row[0] == std::to_string(pending)) listed = row[9] == "待审批";
  EXPECT_TRUE(listed);
  x = a.As("rencheng", "GET", "/api/v1/store-capacity-requests/export?status=pending");
  for (const auto& row : office::ReadTableFile("x.xlsx", x.body))
    EXPECT_NE(row.empty() ? "" : row[0], std::to_string(pending));
}

// The demo: 恒安民爆's detonator store asks for 60,000 pieces, which its production licence
// already lists as the design capacity; the store shows the licence's figure beside its rating and
// flags the difference.
TEST_P(MagazineCapacityTest, TheStoreShowsTheLicencesDesignCapacityBesideItsRating) {
  auto& a = app();
  const int64_t store = a.Db()->Query("SELECT id FROM stores WHERE name = '2号雷管库'").Int(0, "id");
  auto r = a.As("mb.keeper", "GET", StorePath(store));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.obj().at("rated_pieces").as_int64(), 50000);
  ASSERT_TRUE(r.obj().at("licence_design").is_object()) << r.body;
  const auto& design = r.obj().at("licence_design").as_object();
  EXPECT_EQ(design.at("rated_pieces").as_int64(), 60000);
  EXPECT_TRUE(design.at("differs").as_bool());
  EXPECT_FALSE(design.at("licence_number").as_string().empty());
  // The demo request is pending for the regulator; a store no licence lists has none.
  auto pending = a.As("zoucheng", "GET",
                      "/api/v1/store-capacity-requests?status=pending&store_id=" +
                          std::to_string(store));
  ASSERT_EQ(pending.status, 200) << pending.body;
  EXPECT_EQ(pending.obj().at("total").as_int64(), 1);
  const int64_t fresh = NewStore(10);
  EXPECT_TRUE(a.As("mb.keeper", "GET", StorePath(fresh)).obj().at("licence_design").is_null());
}

}  // namespace

ANJIAN_BACKENDS(MagazineCapacityTest);

}  // namespace anjian::test
