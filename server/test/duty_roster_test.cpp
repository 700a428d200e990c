// Duty rosters (issue 14 §1) on both databases: the demo's one gap found 14 days ahead and
// alerted once to the principal (the job is idempotent), fixed by editing the shift; overlaps
// and too-long stretches answered by the coverage endpoint; the pattern and shifts made from it;
// a month copied onto another with the counts the confirmation shows; shifts made by hand with
// every bad field named (422); swaps requested, approved (people moved, history kept), refused
// and withdrawn; scoping (another county, another enterprise, an agency: 404; a regulator may
// not edit an enterprise's roster: 403); the subtree's coverage for the regulator; audit entries.
#include "api_harness.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "emergency/duty/duty_coverage_service.hpp"
#include "notifications/notification_service.hpp"

namespace anjian::test {
namespace {

class DutyRosterTest : public ApiTest {
 protected:
  std::string Mb() { return "enterprise-" + std::to_string(app().EnterpriseIdByName("邹城恒安民爆器材有限公司")); }
  std::string Hc() { return "enterprise-" + std::to_string(app().EnterpriseIdByName("济宁润泽化工有限公司")); }
  std::string Unit(const std::string& key) { return "/api/v1/duty-rosters/units/" + key; }
  int64_t UserId(const std::string& username) {
    return app().Db()->Query("SELECT id FROM users WHERE username = ?", {username}).Int(0, "id");
  }
  // "YYYY-MM" `months` after the current China month.
  std::string MonthAhead(int months) {
    auto d = core::ChinaDate(app().clock.Now());
    int m = d.month - 1 + months;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year + m / 12, m % 12 + 1);
    return buf;
  }
  std::string DayAhead(int days) {
    return core::FormatIsoDate(core::AddDays(core::ChinaDate(app().clock.Now()), days));
  }
  int64_t AuditCount(const std::string& entity, const std::string& action) {
    return app().Db()->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = ? AND action = ?",
                             {entity, action}).Int(0, "n");
  }
  int64_t RunJob() {
    auto conn = app().Db();
    notifications::PendingPushes pushes(app().clock);
    return duty::RunCoverageAlerts(*conn, pushes, app().clock.Now());
  }
  static json::object Member(int64_t user, const char* role) {
    return json::object{{"user_id", user}, {"role", role}};
  }
  Resp CreateShift(const std::string& user, const std::string& unit, const std::string& date,
                   const char* start, const char* end, json::array members) {
    return app().As(user, "POST", Unit(unit) + "/shifts",
                    json::serialize(json::object{{"duty_date", date},
                                                 {"start", start},
                                                 {"end", end},
                                                 {"label", "测试班"},
                                                 {"phone", "0537-5550001"},
                                                 {"members", std::move(members)}}));
  }
};

TEST_P(DutyRosterTest, TheDemosOneGapIsAlertedOnceAndFixed) {
  auto cov = app().As("mb.principal", "GET", Unit(Mb()) + "/coverage");
  ASSERT_EQ(cov.status, 200) << cov.body;
  const auto& gaps = cov.obj().at("gaps").as_array();
  ASSERT_EQ(gaps.size(), 1u) << cov.body;
  EXPECT_EQ(gaps[0].at("kind").as_string(), "officer");
  EXPECT_EQ(gaps[0].at("hours").as_int64(), 12);
  EXPECT_EQ(gaps[0].at("start_local").as_string(), DayAhead(6) + "T08:00");
  EXPECT_EQ(cov.obj().at("settings").at("max_consecutive_hours").as_int64(), 24);
  // The job alerts it once (the only gap of the demo city), not again on the next run.
  EXPECT_EQ(RunJob(), 1);
  EXPECT_EQ(RunJob(), 0);
  auto db = app().Db();
  EXPECT_EQ(db->Query("SELECT COUNT(*) AS n FROM notifications n JOIN users u ON u.id = n.user_id "
                      "WHERE u.username = 'mb.principal' AND n.kind = 'duty_coverage_gap'")
                .Int(0, "n"),
            1);
  EXPECT_EQ(db->Query("SELECT COUNT(*) AS n FROM duty_coverage_alerts").Int(0, "n"), 1);
  EXPECT_EQ(AuditCount("duty_coverage_alert", "duty_coverage_alert"), 1);
  // Fixed: the day shift gets its duty officer (the day officer is free that day).
  auto cal = app().As("mb.principal", "GET", Unit(Mb()) + "?month=" + DayAhead(6).substr(0, 7));
  ASSERT_EQ(cal.status, 200) << cal.body;
  const json::object* shift = nullptr;
  for (const auto& s : cal.obj().at("shifts").as_array())
    if (s.at("duty_date").as_string() == DayAhead(6) && s.at("officers").as_array().empty())
      shift = &s.as_object();
  ASSERT_NE(shift, nullptr);
  const int64_t leader = shift->at("leaders").at(0).at("user_id").as_int64();
  auto fix = app().As(
      "mb.principal", "PUT", "/api/v1/duty-rosters/shifts/" + std::to_string(shift->at("id").as_int64()),
      json::serialize(json::object{{"duty_date", DayAhead(6)}, {"start", "08:00"}, {"end", "20:00"},
                                   {"label", "白班"}, {"phone", shift->at("phone")},
                                   {"members", json::array{Member(leader, "leader"),
                                                           Member(UserId("mb.keeper"), "officer")}}}));
  ASSERT_EQ(fix.status, 200) << fix.body;
  EXPECT_EQ(fix.obj().at("version").as_int64(), 2);
  auto after = app().As("mb.principal", "GET", Unit(Mb()) + "/coverage");
  EXPECT_TRUE(after.obj().at("clean").as_bool()) << after.body;
  EXPECT_GE(AuditCount("duty_shift", "update"), 1);
}

TEST_P(DutyRosterTest, OverlapsAndTooLongStretchesAreAnswered) {
  // 恒安民爆's principal leads the day shift four days ahead (after the demo's exchange two days
  // ahead); a second shift 10:00–12:00 overlaps.
  auto extra = CreateShift("mb.principal", Mb(), DayAhead(4), "10:00", "12:00",
                           json::array{Member(UserId("mb.principal"), "officer")});
  ASSERT_EQ(extra.status, 201) << extra.body;
  auto cov = app().As("mb.principal", "GET", Unit(Mb()) + "/coverage");
  const auto& overlaps = cov.obj().at("overlaps").as_array();
  ASSERT_EQ(overlaps.size(), 1u) << cov.body;
  EXPECT_EQ(overlaps[0].at("user_id").as_int64(), UserId("mb.principal"));
  EXPECT_EQ(overlaps[0].at("start_local").as_string(), DayAhead(4) + "T10:00");
  const std::string id = std::to_string(extra.obj().at("id").as_int64());
  ASSERT_EQ(app().As("mb.principal", "POST", "/api/v1/duty-rosters/shifts/" + id + "/cancel",
                     R"({"reason":"排错"})").status, 200);
  // The night officer also on that day shift: 20:00 the day before to 20:00 is 24 h (allowed),
  // on to 08:00 the day after (36 h) is not.
  auto longer = CreateShift("mb.principal", Mb(), DayAhead(4), "08:00", "20:00",
                            json::array{Member(UserId("mb.duty"), "officer")});
  ASSERT_EQ(longer.status, 201) << longer.body;
  cov = app().As("mb.principal", "GET", Unit(Mb()) + "/coverage");
  bool found = false;
  for (const auto& t : cov.obj().at("too_long").as_array())
    found |= t.at("user_id").as_int64() == UserId("mb.duty") && t.at("hours").as_int64() == 36;
  EXPECT_TRUE(found) << cov.body;
  ASSERT_EQ(app().As("mb.principal", "POST",
                     "/api/v1/duty-rosters/shifts/" +
                         std::to_string(longer.obj().at("id").as_int64()) + "/cancel",
                     "{}").status, 200);
  cov = app().As("mb.principal", "GET", Unit(Mb()) + "/coverage");
  EXPECT_TRUE(cov.obj().at("overlaps").as_array().empty());
  EXPECT_TRUE(cov.obj().at("too_long").as_array().empty());
  EXPECT_GE(AuditCount("duty_shift", "duty_cancel_shift"), 2);
}

TEST_P(DutyRosterTest, ShiftsNameEveryBadField) {
  const int64_t foreign = UserId("hc.safety");
  auto r = CreateShift("mb.principal", Mb(), DayAhead(40), "25:00", "08:00",
                       json::array{Member(UserId("mb.principal"), "leader"),
                                   Member(UserId("mb.safety"), "leader")});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(FieldRulesOf(r).count("start:duty_clock_invalid")) << r.body;
  r = CreateShift("mb.principal", Mb(), DayAhead(40), "08:00", "20:00",
                  json::array{Member(UserId("mb.principal"), "leader"),
                              Member(UserId("mb.safety"), "leader"),
                              Member(UserId("mb.principal"), "officer"),
                              Member(UserId("mb.keeper"), "boss")});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(FieldRulesOf(r).count("members[1].role:duty_one_leader")) << r.body;
  EXPECT_TRUE(FieldRulesOf(r).count("members[2].user_id:duty_member_twice")) << r.body;
  EXPECT_TRUE(FieldRulesOf(r).count("members[3].role:kind_invalid")) << r.body;
  r = CreateShift("mb.principal", Mb(), DayAhead(40), "08:00", "20:00",
                  json::array{Member(foreign, "officer")});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(FieldRulesOf(r).count("members[0].user_id:duty_member_not_of_unit")) << r.body;
  // The message in both languages.
  EXPECT_NE(r.body.find("不是本单位的在用账号"), std::string::npos);
  r = CreateShift("mb.principal", Mb(), DayAhead(-3), "08:00", "20:00", json::array{});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(RulesOf(r).count("duty_shift_ended")) << r.body;
  auto missing = app().As("mb.principal", "POST", Unit(Mb()) + "/shifts", "{}");
  ASSERT_EQ(missing.status, 422);
  for (const char* f : {"duty_date:required", "start:required", "end:required", "phone:required"})
    EXPECT_TRUE(FieldRulesOf(missing).count(f)) << f << " " << missing.body;
  // A night shift ends the next morning.
  r = CreateShift("mb.principal", Mb(), DayAhead(40), "20:00", "08:00",
                  json::array{Member(UserId("mb.safety"), "leader"), Member(UserId("mb.keeper"), "officer")});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.obj().at("ends_local").as_string(), DayAhead(41) + "T08:00");
  EXPECT_EQ(r.obj().at("hours").as_double(), 12.0);
  EXPECT_EQ(r.obj().at("leaders").at(0).at("name").as_string(), "恒安民爆 安全员");
}

TEST_P(DutyRosterTest, PatternGenerateAndCopyMonth) {
  const std::string m3 = MonthAhead(3), m4 = MonthAhead(4);
  auto bad = app().As("hc.principal", "PUT", Unit(Hc()) + "/pattern",
                      R"({"phone":"0537-2220000","slots":[{"label":"","start":"8:00","end":"16:00"}]})");
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("slots[0].label:required")) << bad.body;
  EXPECT_TRUE(FieldRulesOf(bad).count("slots[0].start:duty_clock_invalid")) << bad.body;
  auto p = app().As("hc.principal", "PUT", Unit(Hc()) + "/pattern",
                    R"({"phone":"0537-2220000","slots":[{"label":"早班","start":"00:00","end":"08:00"},)"
                    R"({"label":"中班","start":"08:00","end":"16:00"},{"label":"晚班","start":"16:00","end":"00:00"}]})");
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_EQ(p.obj().at("pattern").at("slots").as_array().size(), 3u);
  EXPECT_EQ(p.obj().at("pattern").at("slots").at(2).at("duration_minutes").as_int64(), 480);
  EXPECT_EQ(AuditCount("duty_pattern", "duty_set_pattern"), 1);
  auto gen = app().As("hc.principal", "POST", Unit(Hc()) + "/generate", R"({"month":")" + m3 + R"("})");
  ASSERT_EQ(gen.status, 201) << gen.body;
  const auto days = core::DaysInMonth(std::stoi(m3.substr(0, 4)), std::stoi(m3.substr(5, 2)));
  EXPECT_EQ(gen.obj().at("created").as_int64(), 3 * days);
  // Generating again adds nothing: every slot of every day has its shift.
  auto again = app().As("hc.principal", "POST", Unit(Hc()) + "/generate", R"({"month":")" + m3 + R"("})");
  EXPECT_EQ(again.obj().at("created").as_int64(), 0);
  // The copy's confirmation figures, then the copy; a second copy overwrites as many.
  const std::string body = R"({"from":")" + m3 + R"(","to":")" + m4 + R"(")";
  auto plan = app().As("hc.principal", "POST", Unit(Hc()) + "/copy-month", body + R"(,"dry_run":true})");
  ASSERT_EQ(plan.status, 200) << plan.body;
  const auto days4 = core::DaysInMonth(std::stoi(m4.substr(0, 4)), std::stoi(m4.substr(5, 2)));
  EXPECT_EQ(plan.obj().at("create").as_int64(), 3 * days4);
  EXPECT_EQ(plan.obj().at("overwrite").as_int64(), 0);
  auto copy = app().As("hc.principal", "POST", Unit(Hc()) + "/copy-month", body + "}");
  ASSERT_EQ(copy.status, 201) << copy.body;
  EXPECT_EQ(copy.obj().at("create").as_int64(), 3 * days4);
  auto plan2 = app().As("hc.principal", "POST", Unit(Hc()) + "/copy-month", body + R"(,"dry_run":true})");
  EXPECT_EQ(plan2.obj().at("overwrite").as_int64(), 3 * days4);
  auto cal = app().As("hc.safety", "GET", Unit(Hc()) + "?month=" + m4);
  ASSERT_EQ(cal.status, 200);
  EXPECT_EQ(cal.obj().at("shifts").as_array().size(), static_cast<size_t>(3 * days4));
  EXPECT_EQ(AuditCount("duty_shift", "duty_copy_month"), 1);
  auto same = app().As("hc.principal", "POST", Unit(Hc()) + "/copy-month",
                       R"({"from":")" + m3 + R"(","to":")" + m3 + R"("})");
  EXPECT_TRUE(RulesOf(same).count("duty_copy_same_month")) << same.body;
  auto month = app().As("hc.principal", "POST", Unit(Hc()) + "/generate", R"({"month":"2026-13"})");
  EXPECT_TRUE(FieldRulesOf(month).count("month:duty_month_invalid")) << month.body;
  // The export of the month.
  auto x = app().As("hc.safety", "GET", Unit(Hc()) + "/export?month=" + m4);
  EXPECT_EQ(x.status, 200);
  EXPECT_EQ(x.body.substr(0, 2), "PK");  // an xlsx (zip) workbook
}

TEST_P(DutyRosterTest, SwapsAreRequestedDecidedAndKeptInHistory) {
  const std::string day = DayAhead(50);
  const int64_t principal = UserId("mb.principal"), safety = UserId("mb.safety"),
                keeper = UserId("mb.keeper"), duty = UserId("mb.duty");
  auto d = CreateShift("mb.principal", Mb(), day, "08:00", "20:00",
                       json::array{Member(principal, "leader"), Member(duty, "officer")});
  auto n = CreateShift("mb.principal", Mb(), day, "20:00", "08:00",
                       json::array{Member(safety, "leader"), Member(keeper, "officer")});
  ASSERT_EQ(d.status, 201) << d.body;
  ASSERT_EQ(n.status, 201) << n.body;
  const std::string day_id = std::to_string(d.obj().at("id").as_int64());
  const std::string night_id = std::to_string(n.obj().at("id").as_int64());
  // Not on the shift → 422; the replacement already on it → 422.
  auto r = app().As("mb.keeper", "POST", "/api/v1/duty-rosters/shifts/" + day_id + "/swaps",
                    R"({"to_user_id":)" + std::to_string(safety) + R"(,"reason":"有事"})");
  EXPECT_TRUE(RulesOf(r).count("duty_swap_not_member")) << r.body;
  r = app().As("mb.duty", "POST", "/api/v1/duty-rosters/shifts/" + day_id + "/swaps",
               R"({"to_user_id":)" + std::to_string(principal) + R"(,"reason":"有事"})");
  EXPECT_TRUE(RulesOf(r).count("duty_swap_to_member")) << r.body;
  // An exchange: mb.duty (day) and mb.keeper (night).
  r = app().As("mb.duty", "POST", "/api/v1/duty-rosters/shifts/" + day_id + "/swaps",
               R"({"to_user_id":)" + std::to_string(keeper) + R"(,"with_shift_id":)" + night_id +
                   R"(,"reason":"白班家中有事，与夜班对调"})");
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string swap = "/api/v1/duty-rosters/swaps/" + std::to_string(r.obj().at("id").as_int64());
  EXPECT_EQ(r.obj().at("status").as_string(), "requested");
  EXPECT_TRUE(r.obj().at("can_withdraw").as_bool());
  // Only the unit's manager decides: the keeper and a regulator may not.
  EXPECT_EQ(app().As("mb.keeper", "POST", swap + "/approve", "{}").status, 403);
  EXPECT_EQ(app().As("zoucheng", "POST", swap + "/approve", "{}").status, 403);
  EXPECT_EQ(app().As("mb.keeper", "POST", swap + "/withdraw", "{}").status, 403);
  auto ok = app().As("mb.principal", "POST", swap + "/approve", R"({"note":"同意"})");
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.obj().at("status").as_string(), "approved");
  ASSERT_EQ(ok.obj().at("events").as_array().size(), 2u);
  EXPECT_EQ(ok.obj().at("events").at(1).at("event").as_string(), "approved");
  auto day_after = app().As("mb.principal", "GET", "/api/v1/duty-rosters/shifts/" + day_id);
  EXPECT_EQ(day_after.obj().at("officers").at(0).at("user_id").as_int64(), keeper);
  auto night_after = app().As("mb.principal", "GET", "/api/v1/duty-rosters/shifts/" + night_id);
  EXPECT_EQ(night_after.obj().at("officers").at(0).at("user_id").as_int64(), duty);
  auto twice = app().As("mb.principal", "POST", swap + "/refuse", R"({"note":"x"})");
  EXPECT_EQ(twice.status, 409) << twice.body;
  EXPECT_EQ(AuditCount("duty_swap", "approve"), 1);
  // A refusal needs its reason; a withdrawal is the requester's.
  r = app().As("mb.duty", "POST", "/api/v1/duty-rosters/shifts/" + night_id + "/swaps",
               R"({"to_user_id":)" + std::to_string(keeper) + R"(,"reason":"再换"})");
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string swap2 = "/api/v1/duty-rosters/swaps/" + std::to_string(r.obj().at("id").as_int64());
  EXPECT_TRUE(FieldRulesOf(app().As("mb.principal", "POST", swap2 + "/refuse", "{}"))
                  .count("note:required"));
  auto refused = app().As("mb.principal", "POST", swap2 + "/refuse", R"({"note":"人手不足"})");
  EXPECT_EQ(refused.obj().at("status").as_string(), "refused");
  r = app().As("mb.duty", "POST", "/api/v1/duty-rosters/shifts/" + night_id + "/swaps",
               R"({"to_user_id":)" + std::to_string(keeper) + R"(,"reason":"第三次"})");
  const std::string swap3 = "/api/v1/duty-rosters/swaps/" + std::to_string(r.obj().at("id").as_int64());
  auto withdrawn = app().As("mb.duty", "POST", swap3 + "/withdraw", "{}");
  EXPECT_EQ(withdrawn.obj().at("status").as_string(), "withdrawn");
  auto list = app().As("mb.keeper", "GET", Unit(Mb()) + "/swaps?status=refused");
  ASSERT_EQ(list.status, 200);
  EXPECT_GE(list.obj().at("total").as_int64(), 1);
  EXPECT_TRUE(RulesOf(app().As("mb.keeper", "GET", Unit(Mb()) + "/swaps?status=maybe"))
                  .count("status_invalid"));
  // The people were told.
  EXPECT_GE(app().Db()->Query("SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND "
                              "kind = 'duty_swap_decided'", {duty}).Int(0, "n"), 2);
}

TEST_P(DutyRosterTest, ScopedInSqlAndEditedOnlyByTheUnit) {
  const std::string agency =
      "agency-" + std::to_string(app().Db()->Query("SELECT agency_id FROM users WHERE username = "
                                                  "'zoucheng'").Int(0, "agency_id"));
  EXPECT_EQ(app().As("zoucheng", "GET", Unit(Mb())).status, 200);   // its county
  EXPECT_EQ(app().As("jining", "GET", Unit(Mb())).status, 200);     // the city above
  EXPECT_EQ(app().As("rencheng", "GET", Unit(Mb())).status, 404);   // another county
  EXPECT_EQ(app().As("hc.principal", "GET", Unit(Mb())).status, 404);  // another enterprise
  EXPECT_EQ(app().As("mb.principal", "GET", Unit(agency)).status, 404);  // an agency
  EXPECT_EQ(app().As("mb.principal", "GET", Unit("enterprise-999999")).status, 404);
  EXPECT_EQ(app().As("mb.principal", "GET", Unit("nothing-1")).status, 404);
  // A regulator sees an enterprise's roster but does not edit it; its own agency's it does.
  auto cal = app().As("zoucheng", "GET", Unit(Mb()));
  EXPECT_FALSE(cal.obj().at("can_manage").as_bool());
  EXPECT_EQ(app().As("zoucheng", "POST", Unit(Mb()) + "/generate",
                     R"({"month":")" + MonthAhead(2) + R"("})").status,
            403);
  auto own = app().As("zoucheng", "GET", Unit(agency));
  ASSERT_EQ(own.status, 200);
  EXPECT_TRUE(own.obj().at("can_manage").as_bool());
  EXPECT_EQ(own.obj().at("pattern").at("slots").as_array().size(), 3u);
  // The city sees its subtree's agencies (its own and the counties') but not the province.
  auto units = app().As("jining", "GET", "/api/v1/duty-rosters/units?page_size=500");
  ASSERT_EQ(units.status, 200);
  bool county_agency = false, province = false;
  for (const auto& u : units.obj().at("items").as_array()) {
    county_agency |= u.at("key").as_string() == agency;
    province |= u.at("region_path").as_string() == "/370000/";
  }
  EXPECT_TRUE(county_agency);
  EXPECT_FALSE(province);
  EXPECT_TRUE(units.obj().at("items").at(0).at("own").as_bool());
  // An enterprise account lists only its own unit; the duty officer may not edit.
  auto mine = app().As("mb.duty", "GET", "/api/v1/duty-rosters/units");
  EXPECT_EQ(mine.obj().at("total").as_int64(), 1);
  EXPECT_EQ(app().As("mb.duty", "POST", Unit(Mb()) + "/shifts", "{}").status, 403);
  // The regulator's subtree coverage: every unit, clean or not, and the problems only.
  auto all = app().As("zoucheng", "GET", "/api/v1/duty-rosters/coverage?problems=0&page_size=500");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_GT(all.obj().at("total").as_int64(), 3);
  for (const auto& u : all.obj().at("items").as_array())
    EXPECT_EQ(std::string(u.at("unit").at("region_path").as_string()).substr(0, 22),
              "/370000/370800/370883/");
  auto x = app().As("zoucheng", "GET", "/api/v1/duty-rosters/coverage/export?problems=0");
  EXPECT_EQ(x.status, 200);
  EXPECT_TRUE(RulesOf(app().As("zoucheng", "GET", "/api/v1/duty-rosters/coverage?unit_kind=x"))
                  .count("kind_invalid"));
}

ANJIAN_BACKENDS(DutyRosterTest);

}  // namespace
}  // namespace anjian::test
