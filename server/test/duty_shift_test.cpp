// On shift (issue 14 §1, 当班) on both databases: only a member checks in, inside the window,
// late with its minutes; check-out and early leave; the append-only duty log (no update or
// delete route; a correction refers to the earlier entry; the hash chain verifies); the
// handover with open items carried to the next shift until a log entry closes them and the
// incoming shift's acknowledgement (overdue flagged); the absence alert job, idempotent; the
// current-shift view, the list, the Excel export; out-of-scope 404; every write audited.
#include "api_harness.hpp"
#include "core/clock.hpp"
#include "emergency/duty/duty_shift_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/office/xlsx_reader.hpp"

namespace anjian::test {
namespace {

constexpr int64_t kMin = 60;
constexpr int64_t kHour = 60 * kMin;
constexpr int64_t kDay = 24 * kHour;

class DutyShiftTest : public ApiTest {
 protected:
  int64_t mb_ = 0;
  int64_t UserId(const std::string& username) {
    auto db = app().Db();
    return db->Query("SELECT id FROM users WHERE username = ?", {username}).Int(0, "id");
  }
  // A fresh stretch of time after every roster the demo made (and after the previous test's):
  // the clock is moved there; returns the start of the first shift, 10 minutes ahead.
  int64_t FreshStart() {
    auto db = app().Db();
    auto rs = db->Query("SELECT MAX(ends_at) AS m FROM duty_shifts");
    int64_t after = app().clock.Now();
    if (!rs.IsNull(0, "m")) after = std::max(after, core::UnixFromIso(rs.Text(0, "m")));
    const int64_t start = (after / kDay + 2) * kDay;  // 08:00 China time
    Advance(start - 10 * kMin - app().clock.Now());
    mb_ = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
    return start;
  }
  // An 8-hour shift of 恒安民爆 with its leader and officers (usernames).
  int64_t Shift(int64_t start, const std::string& label, const std::string& leader,
                const std::vector<std::string>& officers) {
    const int64_t mb = mb_;
    auto db = app().Db();
    const auto path = db->Query("SELECT region_path FROM enterprises WHERE id = ?", {mb})
                          .Text(0, "region_path");
    const std::string at = core::IsoFromUnix(app().clock.Now());
    const int64_t by = UserId("mb.principal");
    const int64_t id =
        db->Query(
              "INSERT INTO duty_shifts (unit_kind, unit_id, enterprise_id, region_path, duty_date, "
              "label, starts_at, ends_at, phone, status, created_by, created_at, updated_by, "
              "updated_at) VALUES ('enterprise', ?, ?, ?, ?, ?, ?, ?, '0537-5211234', 'active', ?, "
              "?, ?, ?) RETURNING id",
              {mb, mb, path, core::IsoFromUnix(start).substr(0, 10), label,
               core::IsoFromUnix(start), core::IsoFromUnix(start + 8 * kHour), by, at, by, at})
            .Int(0, "id");
    auto member = [&](const std::string& u, const char* role) {
      db->Exec("INSERT INTO duty_shift_members (shift_id, user_id, role, assigned_by, "
               "assigned_at) VALUES (?, ?, ?, ?, ?)",
               {id, UserId(u), role, by, at});
    };
    member(leader, "leader");
    for (const auto& o : officers) member(o, "officer");
    return id;
  }
  // A 409 names its rule in its message (a conflict carries no field errors).
  static bool Says(const Resp& r, const std::string& zh) {
    return r.json.is_object() && std::string(r.obj().at("message_zh").as_string()).find(zh) !=
                                     std::string::npos;
  }
  // Moves the app's clock; the cached sessions have idled out meanwhile.
  void Advance(int64_t seconds) {
    app().clock.Advance(seconds);
    app().ForgetTokens();
  }
  std::string P(int64_t id, const std::string& tail = "") {
    return "/api/v1/duty-shifts/" + std::to_string(id) + tail;
  }
  int64_t Audits(int64_t shift, const std::string& action) {
    auto db = app().Db();
    return db->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'duty_shift' AND "
                     "entity_id = ? AND action = ?",
                     {std::to_string(shift), action})
        .Int(0, "n");
  }
  static const json::object* Member(const Resp& r, const std::string& role, size_t nth = 0) {
    for (const auto& m : r.obj().at("members").as_array())
      if (m.at("role").as_string() == role && nth-- == 0) return &m.as_object();
    return nullptr;
  }
};

TEST_P(DutyShiftTest, OnlyMembersCheckInInsideTheWindowAndLatenessIsRecorded) {
  const int64_t start = FreshStart();
  const int64_t id = Shift(start, "白班", "mb.safety", {"mb.duty"});
  // 10 minutes before the start: inside the default 30-minute window.
  auto r = app().As("mb.duty", "POST", P(id, "/check-in"));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.obj().at("checked_in").as_bool());
  EXPECT_EQ(Member(r, "officer")->at("late_minutes").as_int64(), 0);
  EXPECT_FALSE(r.obj().at("can_check_in").as_bool());
  EXPECT_EQ(Audits(id, "duty_check_in"), 1);
  // Twice: 409 naming when.
  auto twice = app().As("mb.duty", "POST", P(id, "/check-in"));
  EXPECT_EQ(twice.status, 409);
  EXPECT_TRUE(Says(twice, "您已于")) << twice.body;
  // Not a member of this shift (the storekeeper).
  auto other = app().As("mb.keeper", "POST", P(id, "/check-in"));
  EXPECT_EQ(other.status, 409);
  EXPECT_TRUE(Says(other, "只有本班次的带班领导和值班员")) << other.body;
  // The leader arrives 47 minutes after the start: late, 47 minutes.
  Advance(57 * kMin);
  auto late = app().As("mb.safety", "POST", P(id, "/check-in"));
  ASSERT_EQ(late.status, 200) << late.body;
  const auto* leader = Member(late, "leader");
  const int64_t late_min = leader->at("late_minutes").as_int64();
  EXPECT_TRUE(late_min == 47 || late_min == 48) << late_min;  // the clock runs on meanwhile
  EXPECT_EQ(late_min, (core::UnixFromIso(std::string(leader->at("checked_in_at").as_string())) -
                       start + 59) / 60);
  auto db = app().Db();
  EXPECT_EQ(db->Query("SELECT late_minutes FROM duty_shift_attendance WHERE shift_id = ? AND "
                      "role = 'leader'",
                      {id})
                .Int(0, "late_minutes"),
            late_min);
  // The next day's shift: its window has not opened (too early), then closed (too late).
  const int64_t tomorrow = Shift(start + kDay, "次日白班", "mb.safety", {"mb.duty"});
  auto early = app().As("mb.duty", "POST", P(tomorrow, "/check-in"));
  EXPECT_EQ(early.status, 409);
  EXPECT_TRUE(Says(early, "起开放")) << early.body;
  Advance(start + kDay + 121 * kMin - app().clock.Now());
  auto closed = app().As("mb.duty", "POST", P(tomorrow, "/check-in"));
  EXPECT_EQ(closed.status, 409);
  EXPECT_TRUE(Says(closed, "签到已于")) << closed.body;
  // The window follows the business setting.
  auto put = app().As("sysadmin", "PUT", "/api/v1/settings/duty_shift",
                      R"({"value":{"check_in_open_minutes_before":30,"check_in_close_minutes_after":180,)"
                      R"("late_after_minutes":5,"absence_alert_minutes":15,"handover_ack_minutes":30}})");
  ASSERT_EQ(put.status, 200) << put.body;
  auto now_ok = app().As("mb.duty", "POST", P(tomorrow, "/check-in"));
  EXPECT_EQ(now_ok.status, 200) << now_ok.body;
  const int64_t late_next = Member(now_ok, "officer")->at("late_minutes").as_int64();
  EXPECT_TRUE(late_next == 121 || late_next == 122) << late_next;
  app().As("sysadmin", "POST", "/api/v1/settings/duty_shift/reset");
}

TEST_P(DutyShiftTest, CheckOutNeedsACheckInAndRecordsAnEarlyLeave) {
  const int64_t start = FreshStart();
  const int64_t id = Shift(start, "白班", "mb.safety", {"mb.duty"});
  auto no = app().As("mb.duty", "POST", P(id, "/check-out"));
  EXPECT_EQ(no.status, 409);
  EXPECT_TRUE(Says(no, "尚未签到")) << no.body;
  ASSERT_EQ(app().As("mb.duty", "POST", P(id, "/check-in")).status, 200);
  Advance(10 * kMin + 7 * kHour);  // one hour before the end
  auto out = app().As("mb.duty", "POST", P(id, "/check-out"));
  ASSERT_EQ(out.status, 200) << out.body;
  EXPECT_EQ(Member(out, "officer")->at("early_minutes").as_int64(), 60);
  EXPECT_TRUE(out.obj().at("checked_out").as_bool());
  EXPECT_EQ(app().As("mb.duty", "POST", P(id, "/check-out")).status, 409);
  EXPECT_EQ(Audits(id, "duty_check_out"), 1);
}

TEST_P(DutyShiftTest, TheDutyLogIsAppendOnlyChainedAndValidated) {
  const int64_t start = FreshStart();
  const int64_t id = Shift(start, "白班", "mb.safety", {"mb.duty"});
  auto r = app().As("mb.duty", "POST", P(id, "/log"),
                    R"({"kind":"call","caller":"邹城市工信局","phone":"0537-5221234",)"
                    R"("content":"询问节日值班安排","actions":"已报带班领导"})");
  ASSERT_EQ(r.status, 201) << r.body;
  const auto& log = r.obj().at("log").as_array();
  ASSERT_EQ(log.size(), 1u);
  const int64_t first = log[0].at("id").as_int64();
  EXPECT_EQ(log[0].at("at").as_string(), core::IsoFromUnix(app().clock.Now()));  // the clock's
  EXPECT_EQ(log[0].at("by").at("name").as_string().empty(), false);
  // A correction is a new entry referring to the earlier one.
  auto c = app().As("mb.duty", "POST", P(id, "/log"),
                    R"({"kind":"call","content":"更正：询问春节值班安排","corrects_entry_id":)" +
                        std::to_string(first) + "}");
  ASSERT_EQ(c.status, 201) << c.body;
  EXPECT_EQ(c.obj().at("log").as_array().size(), 2u);
  EXPECT_EQ(c.obj().at("log").as_array()[1].at("corrects_entry_id").as_int64(), first);
  EXPECT_TRUE(c.obj().at("log_chain_ok").as_bool());
  // No route changes or removes an entry.
  EXPECT_EQ(app().As("mb.duty", "PUT", P(id, "/log")).status, 405);
  EXPECT_EQ(app().As("mb.duty", "DELETE", P(id, "/log")).status, 405);
  // Bad input: every field named at once.
  auto bad = app().As("mb.duty", "POST", P(id, "/log"), R"({"kind":"gossip","content":""})");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("kind:kind_invalid")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("content:required")) << bad.body;
  auto unknown = app().As("mb.duty", "POST", P(id, "/log"),
                          R"({"kind":"other","content":"x","corrects_entry_id":999999})");
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(FieldRulesOf(unknown).count("corrects_entry_id:duty_log_entry_unknown")) << unknown.body;
  // Writers: members and the unit's duty managers; not another employee.
  EXPECT_EQ(app().As("mb.principal", "POST", P(id, "/log"),
                     R"({"kind":"instruction","content":"落实节日值班"})").status,
            201);
  auto keeper = app().As("mb.keeper", "POST", P(id, "/log"), R"({"kind":"other","content":"x"})");
  EXPECT_EQ(keeper.status, 409);
  EXPECT_TRUE(Says(keeper, "只有本班次值班人员和本单位值班管理人员")) << keeper.body;
  EXPECT_EQ(Audits(id, "duty_log_append"), 3);
  // Tampering with a stored entry breaks the chain the detail verifies.
  {
    auto db = app().Db();
    db->Exec("UPDATE duty_log_entries SET content = '篡改' WHERE id = ?", {first});
  }
  EXPECT_FALSE(app().As("mb.duty", "GET", P(id)).obj().at("log_chain_ok").as_bool());
  {
    auto db = app().Db();
    db->Exec("UPDATE duty_log_entries SET content = '询问节日值班安排' WHERE id = ?", {first});
  }
  EXPECT_TRUE(app().As("mb.duty", "GET", P(id)).obj().at("log_chain_ok").as_bool());
}

TEST_P(DutyShiftTest, HandoverCarriesOpenItemsUntilClosedAndTheNextShiftAcknowledges) {
  const int64_t start = FreshStart();
  const int64_t a = Shift(start, "白班", "mb.safety", {"mb.duty"});
  const int64_t b = Shift(start + 8 * kHour, "中班", "mb.principal", {"mb.keeper"});
  const int64_t c = Shift(start + 16 * kHour, "夜班", "mb.safety", {"mb.duty"});
  ASSERT_EQ(app().As("mb.duty", "POST", P(a, "/check-in")).status, 200);
  auto e = app().As("mb.duty", "POST", P(a, "/log"),
                    R"({"kind":"event","content":"2号库房温湿度计读数异常","actions":"已通知维修"})");
  ASSERT_EQ(e.status, 201) << e.body;
  const int64_t entry = e.obj().at("log").as_array()[0].at("id").as_int64();
  Advance(8 * kHour);  // 10 minutes before the end of A
  auto bad = app().As("mb.duty", "POST", P(a, "/handover"),
                      R"({"summary":"x","open_items":[{"text":""},{"text":"y","from_entry_id":999999}]})");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("open_items[0].text:required")) << bad.body;
  auto h = app().As("mb.duty", "POST", P(a, "/handover"),
                    R"({"summary":"本班正常，遗留一项","open_items":[{"text":"温湿度计待维修，)"
                    R"(每2小时人工记录一次","from_entry_id":)" + std::to_string(entry) +
                        R"(},{"text":"周一前补充灭火器"}]})");
  ASSERT_EQ(h.status, 201) << h.body;
  const auto& ho = h.obj().at("handover").as_object();
  EXPECT_EQ(ho.at("to_shift_id").as_int64(), b);
  EXPECT_EQ(ho.at("open_items").as_array().size(), 2u);
  EXPECT_EQ(ho.at("status").as_string(), "pending");
  EXPECT_FALSE(h.obj().at("can_write").as_bool());
  EXPECT_EQ(Audits(a, "duty_handover"), 1);
  // Once per shift; the log of a shift that handed over is closed.
  EXPECT_EQ(app().As("mb.duty", "POST", P(a, "/handover"), R"({"summary":"again"})").status, 409);
  auto closed = app().As("mb.duty", "POST", P(a, "/log"), R"({"kind":"other","content":"迟到的记录"})");
  EXPECT_EQ(closed.status, 409);
  EXPECT_TRUE(Says(closed, "值班日志和交班记录不能再填写")) << closed.body;
  // The incoming shift was told and sees the items; the outgoing members may not acknowledge.
  {
    auto db = app().Db();
    EXPECT_GT(db->Query("SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND link = ?",
                        {UserId("mb.keeper"), "/emergency/duty-shifts/" + std::to_string(b)})
                  .Int(0, "n"),
              0);
  }
  auto not_incoming = app().As("mb.duty", "POST", P(a, "/handover/ack"), "{}");
  EXPECT_EQ(not_incoming.status, 409);
  EXPECT_TRUE(Says(not_incoming, "只有接班班次")) << not_incoming.body;
  // 45 minutes after the handover: overdue by 15.
  Advance(45 * kMin);
  auto seen = app().As("mb.keeper", "GET", P(b));
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(seen.obj().at("incoming_handover").at("status").as_string(), "overdue");
  const int64_t overdue = seen.obj().at("incoming_handover").at("overdue_minutes").as_int64();
  EXPECT_TRUE(overdue == 15 || overdue == 16) << overdue;
  EXPECT_TRUE(seen.obj().at("can_acknowledge").as_bool());
  ASSERT_EQ(seen.obj().at("open_items").as_array().size(), 2u);
  auto listed = app().As("jining", "GET", "/api/v1/duty-shifts?handover=unacknowledged");
  ASSERT_EQ(listed.status, 200) << listed.body;
  bool found = false;
  for (const auto& i : listed.obj().at("items").as_array())
    if (i.at("id").as_int64() == a) {
      found = true;
      EXPECT_EQ(i.at("handover_status").as_string(), "overdue");
    }
  EXPECT_TRUE(found);
  auto ack = app().As("mb.keeper", "POST", P(a, "/handover/ack"), R"({"note":"已接班"})");
  ASSERT_EQ(ack.status, 200) << ack.body;
  EXPECT_EQ(ack.obj().at("handover").at("status").as_string(), "acknowledged");
  EXPECT_GE(ack.obj().at("handover").at("overdue_minutes").as_int64(), overdue);
  EXPECT_EQ(app().As("mb.keeper", "POST", P(a, "/handover/ack"), "{}").status, 409);
  EXPECT_EQ(Audits(a, "duty_handover_ack"), 1);
  // B closes the first item by a log entry; a closed item cannot be closed twice.
  const int64_t item1 = seen.obj().at("open_items").as_array()[0].at("id").as_int64();
  const int64_t item2 = seen.obj().at("open_items").as_array()[1].at("id").as_int64();
  auto close = app().As("mb.keeper", "POST", P(b, "/log"),
                        R"({"kind":"other","content":"温湿度计已修复","closes_item_id":)" +
                            std::to_string(item1) + "}");
  ASSERT_EQ(close.status, 201) << close.body;
  EXPECT_TRUE(close.obj().at("open_items").as_array()[0].at("closed").as_bool());
  auto again = app().As("mb.keeper", "POST", P(b, "/log"),
                        R"({"kind":"other","content":"x","closes_item_id":)" + std::to_string(item1) + "}");
  EXPECT_EQ(again.status, 422);
  EXPECT_TRUE(FieldRulesOf(again).count("closes_item_id:duty_open_item_unknown")) << again.body;
  // B hands over: item 2 is carried on to C with B's own new item; item 1 is gone.
  auto hb = app().As("mb.principal", "POST", P(b, "/handover"),
                     R"({"summary":"中班交班","open_items":[{"text":"夜间巡查库区围墙"}]})");
  ASSERT_EQ(hb.status, 201) << hb.body;
  EXPECT_EQ(hb.obj().at("handover").at("carried_items").as_int64(), 1);
  EXPECT_EQ(hb.obj().at("handover").at("to_shift_id").as_int64(), c);
  auto cs = app().As("mb.duty", "GET", P(c));
  ASSERT_EQ(cs.status, 200) << cs.body;
  std::set<int64_t> ids;
  for (const auto& i : cs.obj().at("open_items").as_array()) ids.insert(i.at("id").as_int64());
  EXPECT_EQ(ids.size(), 2u);
  EXPECT_TRUE(ids.count(item2));
  EXPECT_FALSE(ids.count(item1));
}

TEST_P(DutyShiftTest, AbsenceAlertReachesThePrincipalOnceAndCurrentShowsMyShift) {
  const int64_t start = FreshStart();
  const int64_t id = Shift(start, "白班", "mb.safety", {"mb.duty"});
  auto cur = app().As("mb.duty", "GET", "/api/v1/duty-shifts/current");
  ASSERT_EQ(cur.status, 200) << cur.body;
  bool mine = false;
  for (const auto& s : cur.obj().at("items").as_array()) mine |= s.at("id").as_int64() == id;
  EXPECT_TRUE(mine) << cur.body;
  ASSERT_EQ(app().As("mb.duty", "POST", P(id, "/check-in")).status, 200);
  auto run = [&] {
    auto conn = app().Db();
    notifications::PendingPushes pushes(app().clock);
    return duty::RemindAbsentDuty(*conn, pushes, app().clock.Now());
  };
  Advance(24 * kMin);  // 14 minutes after the start: not yet
  EXPECT_EQ(run(), 0);
  Advance(1 * kMin);  // 15 minutes: the leader is missing
  EXPECT_GE(run(), 1);
  EXPECT_EQ(run(), 0);  // idempotent
  auto db = app().Db();
  EXPECT_EQ(db->Query("SELECT COUNT(*) AS n FROM duty_shift_alerts WHERE shift_id = ?", {id})
                .Int(0, "n"),
            1);
  EXPECT_EQ(db->Query("SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND link = ?",
                      {UserId("mb.principal"), "/emergency/duty-shifts/" + std::to_string(id)})
                .Int(0, "n"),
            1);
  EXPECT_EQ(Audits(id, "duty_absence_alert"), 1);
}

TEST_P(DutyShiftTest, ScopeExportAndReadOnlyRegulators) {
  const int64_t start = FreshStart();
  const int64_t id = Shift(start, "白班", "mb.safety", {"mb.duty"});
  ASSERT_EQ(app().As("mb.duty", "POST", P(id, "/log"),
                     R"({"kind":"call","caller":"市应急局","content":"抽查值班电话"})").status,
            201);
  // In the county's and city's jurisdiction; not in another county's or enterprise's.
  EXPECT_EQ(app().As("zoucheng", "GET", P(id)).status, 200);
  EXPECT_EQ(app().As("jining.viewer", "GET", P(id)).status, 200);
  EXPECT_EQ(app().As("rencheng", "GET", P(id)).status, 404);
  EXPECT_EQ(app().As("hc.safety", "GET", P(id)).status, 404);
  EXPECT_EQ(app().As("hc.safety", "POST", P(id, "/check-in")).status, 404);
  EXPECT_EQ(app().As("rencheng", "POST", P(id, "/log"), R"({"kind":"other","content":"x"})").status,
            404);
  EXPECT_EQ(app().As("rencheng", "GET", P(999999999)).status, 404);
  // A regulator in jurisdiction reads but is no writer of an enterprise's shift.
  EXPECT_EQ(app().As("zoucheng", "POST", P(id, "/log"), R"({"kind":"other","content":"x"})").status,
            409);
  const int64_t mb = app().EnterpriseIdByName("邹城恒安民爆器材有限公司");
  const std::string day = core::IsoFromUnix(start).substr(0, 10);
  auto x = app().As("zoucheng", "GET",
                    "/api/v1/duty-shifts/log-export?enterprise_id=" + std::to_string(mb) +
                        "&from=" + day + "&to=" + day);
  ASSERT_EQ(x.status, 200) << x.body.substr(0, 200);
  auto rows = office::ReadFirstSheet(x.body);
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0][0], "序号");
  EXPECT_EQ(app().As("rencheng", "GET",
                     "/api/v1/duty-shifts/log-export?enterprise_id=" + std::to_string(mb) +
                         "&from=" + day + "&to=" + day)
                .status,
            404);
  auto bad = app().As("mb.duty", "GET", "/api/v1/duty-shifts/log-export?from=2026-01-01&to=2027-06-01");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(FieldRulesOf(bad).count("to:duty_log_export_range")) << bad.body;
  auto list = app().As("mb.duty", "GET", "/api/v1/duty-shifts?from=" + day + "&to=" + day);
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_GE(list.obj().at("total").as_int64(), 1);
}

}  // namespace

ANJIAN_BACKENDS(DutyShiftTest);

}  // namespace anjian::test
