// Notices, inbox, files, notifications and dashboard over the API: the whole loop (draft →
// send → read → acknowledge → feedback → sender view → remind → forward chain), refusals,
// file visibility and live pushes — on SQLite and PostgreSQL.
#include <algorithm>
#include <mutex>
#include <set>

#include "api_harness.hpp"
#include "core/hash_chain.hpp"
#include "core/china_time.hpp"
#include "platform/office/xlsx_reader.hpp"

namespace anjian::test {
namespace {

class NoticesTest : public ApiTest {
 protected:
  int64_t Agency(const std::string& region_code) {
    auto db = app().Db();
    return db->Query("SELECT id FROM agencies WHERE region_code = ?", {region_code}).Int(0, "id");
  }
  std::string Date(int days_from_today) {
    return core::ChinaIsoDate(app().clock.Now() + days_from_today * 86400);
  }
  Resp Upload(const std::string& user, const std::string& name, const std::string& mime,
              const std::string& bytes) {
    return app().Call("POST", "/api/v1/files", bytes, app().Token(user),
                      {{"X-Filename", name}, {"Content-Type", mime}});
  }
  int64_t Unread(const std::string& user) {
    return app().As(user, "GET", "/api/v1/notifications/unread-count").obj().at("unread").as_int64();
  }
  // The caller's inbox item for a notice (0 when absent).
  int64_t InboxItem(const std::string& user, int64_t notice_id) {
    auto r = app().As(user, "GET", "/api/v1/inbox?page_size=500");
    EXPECT_EQ(r.status, 200) << r.body;
    for (const auto& it : r.obj().at("items").as_array())
      if (it.at("notice").at("id").as_int64() == notice_id) return it.at("id").as_int64();
    return 0;
  }
  // Creates and sends a notice from `user` to the given agencies; returns its id.
  int64_t SendTo(const std::string& user, const std::vector<int64_t>& agencies,
                 const std::string& title) {
    std::string ids;
    for (auto a : agencies) ids += (ids.empty() ? "" : ",") + std::to_string(a);
    auto c = app().As(user, "POST", "/api/v1/notices",
                      R"({"title":")" + title + R"(","body":"正文","feedback_deadline":")" +
                          Date(5) + R"(","recipients":{"agency_ids":[)" + ids + "]}}");
    EXPECT_EQ(c.status, 201) << c.body;
    int64_t id = c.obj().at("id").as_int64();
    auto s = app().As(user, "POST", "/api/v1/notices/" + std::to_string(id) + "/send");
    EXPECT_EQ(s.status, 200) << s.body;
    return id;
  }
  static const json::object& FindRecipient(const Resp& notice, int64_t agency_id) {
    for (const auto& r : notice.obj().at("recipients").as_array())
      if (r.at("agency_id").is_int64() && r.at("agency_id").as_int64() == agency_id)
        return r.as_object();
    throw std::runtime_error("recipient not found");
  }
  static std::string Rule(const Resp& r) {
    if (!r.json.is_object() || r.obj().at("errors").as_array().empty()) return "";
    return std::string(r.obj().at("errors").as_array()[0].at("rule").as_string());
  }
};

struct FakeNotifier : api::Notifier {
  std::mutex mu;
  std::vector<std::pair<int64_t, std::string>> sent;
  void Push(int64_t user_id, std::string text) override {
    std::lock_guard lock(mu);
    sent.emplace_back(user_id, std::move(text));
  }
};

TEST_P(NoticesTest, WholeLoopFromDraftToForwardChain) {
  int64_t rencheng = Agency("370811"), zoucheng = Agency("370883");
  int64_t rencheng_unread = Unread("rencheng"), jining_unread = Unread("jining");

  // An attachment, then a draft carrying it.
  auto file = Upload("jining", "%E5%AE%89%E5%85%A8%E8%A6%81%E6%B1%82.pdf", "application/pdf",
                     "%PDF-1.4 demo");
  ASSERT_EQ(file.status, 201) << file.body;
  EXPECT_EQ(file.obj().at("name").as_string(), "安全要求.pdf");
  EXPECT_EQ(file.obj().at("sha256").as_string(), core::Sha256Hex("%PDF-1.4 demo"));
  int64_t file_id = file.obj().at("id").as_int64();
  auto draft = app().As(
      "jining", "POST", "/api/v1/notices",
      R"({"title":"关于开展汛期安全检查的通知","body":"各县区：请开展检查。","required_actions":"报送检查情况",)"
      R"("feedback_deadline":")" + Date(7) + R"(","attachment_ids":[)" + std::to_string(file_id) +
          R"(],"recipients":{"agency_ids":[)" + std::to_string(rencheng) + "," +
          std::to_string(zoucheng) + "]}}");
  ASSERT_EQ(draft.status, 201) << draft.body;
  int64_t id = draft.obj().at("id").as_int64();
  std::string path = "/api/v1/notices/" + std::to_string(id);
  EXPECT_EQ(draft.obj().at("status").as_string(), "draft");
  EXPECT_EQ(draft.obj().at("attachments").as_array().size(), 1u);
  EXPECT_EQ(draft.obj().at("stats").at("total").as_int64(), 0);
  EXPECT_EQ(draft.obj().at("recipient_selection").at("agency_ids").as_array().size(), 2u);
  // A recipient cannot see a draft's attachment yet.
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/files/" + std::to_string(file_id)).status, 404);

  auto edit = app().As("jining", "PUT", path,
                       R"({"title":"关于开展汛期安全大检查的通知","body":"各县区：请开展检查。",)"
                       R"("required_actions":"报送检查情况","feedback_deadline":")" + Date(7) +
                           R"(","attachment_ids":[)" + std::to_string(file_id) +
                           R"(],"recipients":{"agency_ids":[)" + std::to_string(rencheng) + "," +
                           std::to_string(zoucheng) + "]}}");
  ASSERT_EQ(edit.status, 200) << edit.body;
  EXPECT_EQ(edit.obj().at("title").as_string(), "关于开展汛期安全大检查的通知");

  // Send: recipients materialised, users notified (and pushed live after the commit).
  FakeNotifier fake;
  app().svc.notifier = &fake;
  auto sent = app().As("jining", "POST", path + "/send");
  app().svc.notifier = nullptr;
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_EQ(sent.obj().at("status").as_string(), "sent");
  EXPECT_EQ(sent.obj().at("stats").at("total").as_int64(), 2);
  EXPECT_EQ(sent.obj().at("stats").at("unread").as_int64(), 2);
  EXPECT_EQ(Unread("rencheng"), rencheng_unread + 1);
  ASSERT_FALSE(fake.sent.empty());
  auto push = json::parse(fake.sent[0].second).as_object();
  EXPECT_EQ(push.at("type").as_string(), "notification");
  EXPECT_EQ(push.at("notification").at("kind").as_string(), "notice_received");
  EXPECT_GE(push.at("unread").as_int64(), 1);
  EXPECT_EQ(app().As("jining", "POST", path + "/send").status, 409);
  EXPECT_EQ(app().As("jining", "PUT", path, R"({"title":"x","body":"y"})").status, 409);

  // Recipient side: read once, acknowledge once, feedback once.
  int64_t rid = InboxItem("rencheng", id);
  ASSERT_GT(rid, 0);
  std::string inbox = "/api/v1/inbox/" + std::to_string(rid);
  auto opened = app().As("rencheng", "GET", inbox);
  ASSERT_EQ(opened.status, 200) << opened.body;
  EXPECT_EQ(opened.obj().at("recipient").at("status").as_string(), "read");
  EXPECT_EQ(opened.obj().at("notice").at("attachments").as_array().size(), 1u);
  EXPECT_FALSE(opened.obj().at("notice").as_object().contains("stats"));
  auto dl = app().As("rencheng", "GET", "/api/v1/files/" + std::to_string(file_id));
  EXPECT_EQ(dl.status, 200);
  EXPECT_EQ(dl.body, "%PDF-1.4 demo");
  EXPECT_NE(dl.Header("Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_EQ(app().As("hc.safety", "GET", "/api/v1/files/" + std::to_string(file_id)).status, 404);
  EXPECT_EQ(app().As("hc.safety", "GET", inbox).status, 404);
  EXPECT_EQ(app().As("zoucheng", "GET", inbox).status, 404);

  auto ack = app().As("rencheng", "POST", inbox + "/acknowledge");
  ASSERT_EQ(ack.status, 200) << ack.body;
  EXPECT_EQ(ack.obj().at("status").as_string(), "acknowledged");
  auto again = app().As("rencheng", "POST", inbox + "/acknowledge");
  EXPECT_EQ(again.status, 409);
  EXPECT_FALSE(again.obj().at("message_zh").as_string().empty());

  auto report = Upload("rencheng", "检查报告.docx",
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       std::string("PK\x03\x04", 4) + "[Content_Types].xml word/document.xml");
  ASSERT_EQ(report.status, 201) << report.body;
  int64_t report_id = report.obj().at("id").as_int64();
  auto fb = app().As("rencheng", "POST", inbox + "/feedback",
                     R"({"text":"已完成检查，未发现重大隐患。","attachment_ids":[)" +
                         std::to_string(report_id) + "]}");
  ASSERT_EQ(fb.status, 200) << fb.body;
  EXPECT_EQ(fb.obj().at("status").as_string(), "feedback_submitted");
  EXPECT_EQ(fb.obj().at("feedback_attachments").as_array().size(), 1u);
  EXPECT_EQ(app().As("rencheng", "POST", inbox + "/feedback", R"({"text":"再次"})").status, 409);
  EXPECT_GE(Unread("jining"), jining_unread + 1);
  auto latest = app().As("jining", "GET", "/api/v1/notifications?unread_only=1&page_size=1");
  EXPECT_EQ(latest.obj().at("items").as_array()[0].at("kind").as_string(), "notice_feedback");

  // Sender view: per-recipient status, stats; feedback files visible to the sender agency only.
  auto view = app().As("jining", "GET", path);
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_EQ(FindRecipient(view, rencheng).at("status").as_string(), "feedback_submitted");
  EXPECT_EQ(FindRecipient(view, zoucheng).at("status").as_string(), "unread");
  EXPECT_EQ(view.obj().at("stats").at("feedback_submitted").as_int64(), 1);
  EXPECT_EQ(view.obj().at("stats").at("unread").as_int64(), 1);
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/files/" + std::to_string(report_id)).status, 200);
  EXPECT_EQ(app().As("zoucheng", "GET", "/api/v1/files/" + std::to_string(report_id)).status, 404);
  // Other agencies do not see the sender view; the province (above) does.
  auto other = app().As("zoucheng", "GET", path);
  auto missing = app().As("zoucheng", "GET", "/api/v1/notices/99999999");
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(other.body, missing.body);
  EXPECT_EQ(app().As("shandong", "GET", path).status, 200);

  // Remind: only 邹城 is not done.
  int64_t zoucheng_unread = Unread("zoucheng");
  auto remind = app().As("jining", "POST", path + "/remind", "{}");
  ASSERT_EQ(remind.status, 200) << remind.body;
  EXPECT_EQ(remind.obj().at("reminded").as_int64(), 1);
  EXPECT_EQ(Unread("zoucheng"), zoucheng_unread + 1);
  auto after_remind = app().As("jining", "GET", path);
  EXPECT_EQ(FindRecipient(after_remind, zoucheng).at("reminded_count").as_int64(), 1);
  EXPECT_TRUE(FindRecipient(after_remind, zoucheng).at("last_reminded_at").is_string());
  EXPECT_EQ(app().As("jining", "POST", path + "/remind", R"({"recipient_ids":[99999999]})").status, 422);

  // Export of the recipient table.
  auto xlsx = app().As("jining", "GET", path + "/recipients/export");
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_EQ(app().As("zoucheng", "GET", path + "/recipients/export").status, 404);

  // Forward: 邹城 passes it on to its explosives enterprise at once.
  int64_t zrid = InboxItem("zoucheng", id);
  int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  auto fwd = app().As("zoucheng", "POST", "/api/v1/inbox/" + std::to_string(zrid) + "/forward",
                      R"({"recipients":{"enterprise_ids":[)" + std::to_string(mb) +
                          R"(]},"send":true})");
  ASSERT_EQ(fwd.status, 201) << fwd.body;
  int64_t child = fwd.obj().at("id").as_int64();
  EXPECT_EQ(fwd.obj().at("parent_notice_id").as_int64(), id);
  EXPECT_EQ(fwd.obj().at("status").as_string(), "sent");
  EXPECT_EQ(fwd.obj().at("title").as_string(), "关于开展汛期安全大检查的通知");
  EXPECT_EQ(fwd.obj().at("attachments").as_array().size(), 1u);
  ASSERT_EQ(fwd.obj().at("chain").as_array().size(), 1u);
  EXPECT_EQ(fwd.obj().at("chain").as_array()[0].at("id").as_int64(), id);
  EXPECT_GT(InboxItem("mb.principal", child), 0);
  EXPECT_EQ(app().As("mb.principal", "GET", "/api/v1/files/" + std::to_string(file_id)).status, 200);
  auto parent = app().As("jining", "GET", path);
  ASSERT_EQ(parent.obj().at("children").as_array().size(), 1u);
  EXPECT_EQ(parent.obj().at("children").as_array()[0].at("id").as_int64(), child);
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/notices/" + std::to_string(child)).status, 200);
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/notices/" + std::to_string(child)).status, 404);
  // The city sees the county's notice but only the sender reminds.
  EXPECT_EQ(app().As("jining", "POST", "/api/v1/notices/" + std::to_string(child) + "/remind").status,
            403);

  // History: events and audit entries.
  auto db = app().Db();
  auto ev = db->Query("SELECT event FROM notice_events WHERE notice_id = ? ORDER BY id", {id});
  std::vector<std::string> events;
  for (size_t i = 0; i < ev.size(); ++i) events.push_back(ev.Text(i, "event"));
  for (const char* e : {"created", "sent", "read", "acknowledged", "feedback", "reminded", "forwarded"})
    EXPECT_NE(std::find(events.begin(), events.end(), e), events.end()) << e;
  auto audit = db->Query(
      "SELECT action FROM audit_log WHERE entity = 'notice' AND entity_id = ? ORDER BY id",
      {std::to_string(id)});
  std::vector<std::string> actions;
  for (size_t i = 0; i < audit.size(); ++i) actions.push_back(audit.Text(i, "action"));
  EXPECT_EQ(actions, (std::vector<std::string>{"create", "update", "send", "remind"}));
}

TEST_P(NoticesTest, RecipientsMustBeInsideTheSendersJurisdiction) {
  int64_t zoucheng = Agency("370883"), jining = Agency("370800");
  auto out = app().As("rencheng", "POST", "/api/v1/notices",
                      R"({"title":"t","body":"b","recipients":{"agency_ids":[)" +
                          std::to_string(zoucheng) + "]}}");
  EXPECT_EQ(out.status, 422);
  EXPECT_EQ(out.obj().at("errors").as_array()[0].at("field").as_string(), "recipients");
  EXPECT_EQ(Rule(out), "recipient_out_of_scope");
  auto unknown = app().As("jining", "POST", "/api/v1/notices",
                          R"({"title":"t","body":"b","recipients":{"enterprise_ids":[99999999]}})");
  EXPECT_EQ(Rule(unknown), "recipient_out_of_scope");
  auto region = app().As("rencheng", "POST", "/api/v1/notices",
                         R"({"title":"t","body":"b","recipients":{"region_codes":["370883"]}})");
  EXPECT_EQ(Rule(region), "recipient_out_of_scope");
  auto hc = app().EnterpriseIdByName("济宁润泽化工有限公司");
  auto zou_to_hc = app().As("zoucheng", "POST", "/api/v1/notices",
                            R"({"title":"t","body":"b","recipients":{"enterprise_ids":[)" +
                                std::to_string(hc) + "]}}");
  EXPECT_EQ(Rule(zou_to_hc), "recipient_out_of_scope");
  auto self = app().As("jining", "POST", "/api/v1/notices",
                       R"({"title":"t","body":"b","recipients":{"agency_ids":[)" +
                           std::to_string(jining) + "]}}");
  EXPECT_EQ(Rule(self), "recipient_self");
  auto industry = app().As("jining", "POST", "/api/v1/notices",
                           R"({"title":"t","body":"b","recipients":{"region_codes":["370800"],"industries":["bakery"]}})");
  EXPECT_EQ(Rule(industry), "industry_invalid");

  // Region + industry selection resolves to active enterprises of that subtree only.
  auto sel = app().As("zoucheng", "POST", "/api/v1/notices",
                      R"({"title":"防火","body":"b","recipients":{"region_codes":["370883"],)"
                      R"("industries":["civil_explosives_production","civil_explosives_sales"]}})");
  ASSERT_EQ(sel.status, 201) << sel.body;
  auto s = app().As("zoucheng", "POST", "/api/v1/notices/" + std::to_string(sel.obj().at("id").as_int64()) + "/send");
  ASSERT_EQ(s.status, 200) << s.body;
  for (const auto& r : s.obj().at("recipients").as_array()) {
    EXPECT_EQ(r.at("recipient_kind").as_string(), "enterprise");
    EXPECT_EQ(r.at("region_code").as_string(), "370883");
  }
  EXPECT_GE(s.obj().at("recipients").as_array().size(), 1u);
  // The city selecting its own region with include_agencies reaches the counties, not itself.
  auto city = app().As("jining", "POST", "/api/v1/notices",
                       R"({"title":"全市","body":"b","recipients":{"region_codes":["370800"],)"
                       R"("industries":["civil_aircraft"],"include_agencies":true}})");
  ASSERT_EQ(city.status, 201) << city.body;
  auto cs = app().As("jining", "POST", "/api/v1/notices/" + std::to_string(city.obj().at("id").as_int64()) + "/send");
  ASSERT_EQ(cs.status, 200) << cs.body;
  int agencies = 0, enterprises = 0;
  for (const auto& r : cs.obj().at("recipients").as_array()) {
    if (r.at("recipient_kind").as_string() == "agency") {
      ++agencies;
      EXPECT_NE(r.at("agency_id").as_int64(), jining);
    } else {
      ++enterprises;
    }
  }
  EXPECT_EQ(agencies, 14);
  EXPECT_EQ(enterprises, 3);
}

// Issue 12: the notice form's 文号 and 紧急程度 (GB/T 9704): stored, edited on a draft, shown to
// the sender and in the recipients' inbox, kept by a forward; a bad urgency is refused by field.
TEST_P(NoticesTest, DocumentNumberAndUrgency) {
  const std::string rc = std::to_string(Agency("370811"));
  auto bad = app().As("jining", "POST", "/api/v1/notices",
                      R"({"title":"t","body":"b","urgency":"asap","recipients":{"agency_ids":[)" + rc + "]}}");
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("urgency:urgency_invalid")) << bad.body;
  auto c = app().As("jining", "POST", "/api/v1/notices",
                    R"({"title":"文号测试","body":"正文","document_number":"济工信安〔2026〕12号","urgency":"urgent","recipients":{"agency_ids":[)" + rc + "]}}");
  ASSERT_EQ(c.status, 201) << c.body;
  EXPECT_EQ(c.obj().at("document_number").as_string(), "济工信安〔2026〕12号");
  EXPECT_EQ(c.obj().at("urgency").as_string(), "urgent");
  const std::string path = "/api/v1/notices/" + std::to_string(c.obj().at("id").as_int64());
  auto e = app().As("jining", "PUT", path,
                    R"({"title":"文号测试","body":"正文","document_number":"济工信安〔2026〕13号","urgency":"extra_urgent","recipients":{"agency_ids":[)" + rc + "]}}");
  ASSERT_EQ(e.status, 200) << e.body;
  auto got = app().As("jining", "GET", path);
  EXPECT_EQ(got.obj().at("document_number").as_string(), "济工信安〔2026〕13号");
  EXPECT_EQ(got.obj().at("urgency").as_string(), "extra_urgent");
  ASSERT_EQ(app().As("jining", "POST", path + "/send").status, 200);
  auto inbox = app().As("rencheng", "GET", "/api/v1/inbox?page_size=500");
  bool seen = false;
  for (const auto& it : inbox.obj().at("items").as_array())
    if (it.at("notice").at("id").as_int64() == c.obj().at("id").as_int64()) {
      seen = true;
      EXPECT_EQ(it.at("notice").at("document_number").as_string(), "济工信安〔2026〕13号");
      EXPECT_EQ(it.at("notice").at("urgency").as_string(), "extra_urgent");
    }
  EXPECT_TRUE(seen);
  // Without the fields: no number, an ordinary document.
  auto plain = app().As("jining", "POST", "/api/v1/notices",
                        R"({"title":"平件","body":"正文","recipients":{"agency_ids":[)" + rc + "]}}");
  ASSERT_EQ(plain.status, 201) << plain.body;
  EXPECT_EQ(plain.obj().at("document_number").as_string(), "");
  EXPECT_EQ(plain.obj().at("urgency").as_string(), "normal");
}

TEST_P(NoticesTest, RefusalsAndValidation) {
  EXPECT_EQ(app().As("mb.principal", "POST", "/api/v1/notices", R"({"title":"t","body":"b"})").status, 403);
  EXPECT_EQ(app().As("jining.viewer", "POST", "/api/v1/notices", R"({"title":"t","body":"b"})").status, 403);
  EXPECT_EQ(app().As("auditadmin", "GET", "/api/v1/notices").status, 403);
  auto bad = app().As("jining", "POST", "/api/v1/notices",
                      R"({"title":"","body":"b","feedback_deadline":"2026-02-30","colour":"red"})");
  ASSERT_EQ(bad.status, 422);
  std::set<std::string> rules;
  for (const auto& e : bad.obj().at("errors").as_array()) {
    rules.insert(std::string(e.at("rule").as_string()));
    EXPECT_FALSE(e.at("message_zh").as_string().empty());
  }
  EXPECT_TRUE(rules.count("required") && rules.count("date_invalid") && rules.count("unknown_field"));
  auto past = app().As("jining", "POST", "/api/v1/notices",
                       R"({"title":"t","body":"b","feedback_deadline":")" + Date(-2) + R"("})");
  EXPECT_EQ(Rule(past), "feedback_deadline_past");
  // A draft without recipients cannot be sent.
  auto empty = app().As("jining", "POST", "/api/v1/notices", R"({"title":"空","body":"b"})");
  ASSERT_EQ(empty.status, 201);
  auto send = app().As("jining", "POST", "/api/v1/notices/" + std::to_string(empty.obj().at("id").as_int64()) + "/send");
  EXPECT_EQ(send.status, 422);
  EXPECT_EQ(Rule(send), "recipients_empty");
  // Another agency cannot edit or send it; enterprises cannot forward.
  EXPECT_EQ(app().As("rencheng", "POST", "/api/v1/notices/" + std::to_string(empty.obj().at("id").as_int64()) + "/send").status, 404);
  auto ent_fwd = app().As("mb.principal", "POST", "/api/v1/inbox/1/forward", R"({"recipients":{}})");
  EXPECT_EQ(ent_fwd.status, 403);
  auto status = app().As("rencheng", "GET", "/api/v1/inbox?status=bogus");
  EXPECT_EQ(status.status, 422);
}

// "Overdue" is derived from the clock, never stored: the same unanswered notice is pending on
// its deadline day and overdue the day after, for the recipient and in the sender's figures;
// a draft whose deadline has passed by then can no longer be sent.
TEST_P(NoticesTest, OverdueFollowsTheClock) {
  int64_t rencheng = Agency("370811");
  int64_t id = SendTo("jining", {rencheng}, "逾期随时钟");  // deadline: today + 5
  auto draft = app().As("jining", "POST", "/api/v1/notices",
                        R"({"title":"草稿","body":"b","feedback_deadline":")" + Date(5) +
                            R"(","recipients":{"agency_ids":[)" + std::to_string(rencheng) + "]}}");
  ASSERT_EQ(draft.status, 201) << draft.body;
  const std::string path = "/api/v1/notices/" + std::to_string(id);
  auto status_of = [&] {
    auto n = app().As("jining", "GET", path);
    EXPECT_EQ(n.status, 200) << n.body;
    return std::string(FindRecipient(n, rencheng).at("status").as_string());
  };
  const int64_t rid = InboxItem("rencheng", id);
  ASSERT_GT(rid, 0);
  // The app is shared by the whole binary: put its clock back. Sessions signed in at another
  // time are signed in again (they may expire by the clock).
  struct ClockBack {
    TestApp& a;
    int64_t moved = 0;
    void Advance(int64_t s) {
      moved += s;
      a.clock.Advance(s);
      a.ForgetToken("jining");
      a.ForgetToken("rencheng");
    }
    ~ClockBack() { Advance(-moved); }
  } back{app()};
  back.Advance(5 * 86400);  // the deadline day itself: not overdue yet
  EXPECT_EQ(status_of(), "unread");
  back.Advance(86400);
  EXPECT_EQ(status_of(), "overdue");
  auto n = app().As("jining", "GET", path);
  EXPECT_EQ(n.obj().at("stats").at("overdue").as_int64(), 1);
  auto item = app().As("rencheng", "GET", "/api/v1/inbox/" + std::to_string(rid));
  ASSERT_EQ(item.status, 200) << item.body;
  EXPECT_EQ(item.obj().at("recipient").at("status").as_string(), "overdue");
  auto send = app().As(
      "jining", "POST", "/api/v1/notices/" + std::to_string(draft.obj().at("id").as_int64()) + "/send");
  EXPECT_EQ(send.status, 422);
  EXPECT_EQ(Rule(send), "feedback_deadline_past");
}

TEST_P(NoticesTest, FileUploadRules) {
  EXPECT_EQ(Rule(Upload("jining", "", "application/pdf", "x")), "filename_missing");
  EXPECT_EQ(Rule(Upload("jining", "a.exe", "application/x-msdownload", "MZ")), "file_type");
  EXPECT_EQ(Rule(Upload("jining", "a.pdf", "application/pdf", "")), "file_empty");
  auto stripped = Upload("jining", "..%2F..%2Fetc%2Freport.txt", "text/plain; charset=utf-8", "hello");
  ASSERT_EQ(stripped.status, 201) << stripped.body;
  EXPECT_EQ(stripped.obj().at("name").as_string(), "report.txt");
  EXPECT_EQ(stripped.obj().at("mime").as_string(), "text/plain");
  EXPECT_EQ(stripped.obj().at("size").as_int64(), 5);
  std::string long_name(201, 'a');
  EXPECT_EQ(Rule(Upload("jining", long_name + ".txt", "text/plain", "x")), "filename_too_long");
  int64_t id = stripped.obj().at("id").as_int64();
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/files/" + std::to_string(id)).status, 200);
  auto other = app().As("rencheng", "GET", "/api/v1/files/" + std::to_string(id));
  auto missing = app().As("rencheng", "GET", "/api/v1/files/99999999");
  EXPECT_EQ(other.status, 404);
  EXPECT_EQ(other.body, missing.body);
  // Someone else's file cannot be attached.
  auto attach = app().As("rencheng", "POST", "/api/v1/notices",
                         R"({"title":"t","body":"b","attachment_ids":[)" + std::to_string(id) + "]}");
  EXPECT_EQ(Rule(attach), "file_unknown");
}

TEST_P(NoticesTest, NotificationsAreOwnAndCanBeRead) {
  SendTo("jining", {Agency("370811")}, "通知提醒测试");
  auto list = app().As("rencheng", "GET", "/api/v1/notifications?unread_only=1");
  ASSERT_EQ(list.status, 200);
  ASSERT_FALSE(list.obj().at("items").as_array().empty());
  int64_t nid = list.obj().at("items").as_array()[0].at("id").as_int64();
  for (const char* k : {"id", "kind", "title", "body", "link", "created_at", "read_at"})
    EXPECT_TRUE(list.obj().at("items").as_array()[0].as_object().contains(k)) << k;
  EXPECT_EQ(app().As("zoucheng", "POST", "/api/v1/notifications/" + std::to_string(nid) + "/read").status, 404);
  int64_t before = Unread("rencheng");
  auto read = app().As("rencheng", "POST", "/api/v1/notifications/" + std::to_string(nid) + "/read");
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_TRUE(read.obj().at("read_at").is_string());
  EXPECT_EQ(Unread("rencheng"), before - 1);
  EXPECT_EQ(app().As("rencheng", "POST", "/api/v1/notifications/read-all").status, 200);
  EXPECT_EQ(Unread("rencheng"), 0);
  EXPECT_EQ(app().As("rencheng", "GET", "/api/v1/notifications?unread_only=yes").status, 422);
}

TEST_P(NoticesTest, DemoNoticesTellTheSeedStory) {
  auto list = app().As("jining", "GET", "/api/v1/notices?status=sent&q=" +
                                            api::PercentEncode("指导意见"));
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.obj().at("total").as_int64(), 1);
  const auto& fwd = list.obj().at("items").as_array()[0].as_object();
  EXPECT_EQ(fwd.at("stats").at("total").as_int64(), 14);
  EXPECT_EQ(fwd.at("stats").at("overdue").as_int64(), 1);
  EXPECT_TRUE(fwd.at("parent_notice_id").is_int64());
  auto detail = app().As("jining", "GET", "/api/v1/notices/" + std::to_string(fwd.at("id").as_int64()));
  ASSERT_EQ(detail.obj().at("chain").as_array().size(), 1u);
  EXPECT_EQ(detail.obj().at("chain").as_array()[0].at("sender_agency").at("name").as_string(),
            "山东省工业和信息化厅");
  // The province's notice sits in the city's inbox; 邹城's fire notice reached the explosives firm.
  auto inbox = app().As("jining", "GET", "/api/v1/inbox");
  EXPECT_GE(inbox.obj().at("total").as_int64(), 1);
  auto mb = app().As("mb.principal", "GET", "/api/v1/inbox?q=" + api::PercentEncode("防火"));
  ASSERT_GE(mb.obj().at("total").as_int64(), 1);
  EXPECT_EQ(mb.obj().at("items").as_array()[0].at("notice").at("sender_agency").at("name").as_string(),
            "邹城市工业和信息化局");
}

TEST_P(NoticesTest, DashboardIsScoped) {
  auto city = app().As("jining", "GET", "/api/v1/dashboard");
  ASSERT_EQ(city.status, 200) << city.body;
  const auto& c = city.obj().at("counts").as_object();
  EXPECT_GE(c.at("enterprises").as_int64(), 330);
  EXPECT_EQ(c.at("supervision").as_int64() + c.at("industry_management").as_int64(),
            c.at("active_enterprises").as_int64());
  EXPECT_EQ(city.obj().at("enterprises_by_region").as_array().size(), 14u);
  EXPECT_FALSE(city.obj().at("notices_awaiting").as_array().empty());
  EXPECT_GE(c.at("notices_sent_30d").as_int64(), 2);
  auto county = app().As("rencheng", "GET", "/api/v1/dashboard");
  ASSERT_EQ(county.obj().at("enterprises_by_region").as_array().size(), 1u);
  EXPECT_EQ(county.obj().at("enterprises_by_region").as_array()[0].at("region_code").as_string(), "370811");
  auto ent = app().As("hc.safety", "GET", "/api/v1/dashboard");
  ASSERT_EQ(ent.status, 200);
  EXPECT_EQ(ent.obj().at("counts").at("enterprises").as_int64(), 1);
  EXPECT_EQ(app().As("auditadmin", "GET", "/api/v1/dashboard").status, 403);
}

TEST_P(NoticesTest, SentNoticesAndInboxExportAsXlsx) {
  auto list = app().As("jining", "GET", "/api/v1/notices?page_size=1");
  auto sent = app().As("jining", "GET", "/api/v1/notices/export");
  ASSERT_EQ(sent.status, 200);
  auto rows = office::ReadFirstSheet(sent.body);
  EXPECT_EQ(rows[0][0], "标题");
  EXPECT_EQ(static_cast<int64_t>(rows.size()) - 1, list.obj().at("total").as_int64());
  auto inbox = app().As("rencheng", "GET", "/api/v1/inbox?page_size=1");
  auto in_x = app().As("rencheng", "GET", "/api/v1/inbox/export");
  ASSERT_EQ(in_x.status, 200);
  auto in_rows = office::ReadFirstSheet(in_x.body);
  EXPECT_EQ(static_cast<int64_t>(in_rows.size()) - 1, inbox.obj().at("total").as_int64());
  ASSERT_GT(in_rows.size(), 1u);
  EXPECT_FALSE(in_rows[1][0].empty());  // title
  EXPECT_FALSE(in_rows[1][1].empty());  // sender agency
}

ANJIAN_BACKENDS(NoticesTest);

}  // namespace
}  // namespace anjian::test
