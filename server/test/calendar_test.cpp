// The China working-day calendar (/api/v1/calendar): the seeded State Council notices read by
// every signed-in user, the administrator's replacement of a year with validation naming the
// field and rule, its history and audit entry, and the permission refusals.
#include "api_harness.hpp"

namespace anjian::test {
namespace {

class CalendarTest : public ApiTest {
 protected:
  int64_t AuditCount(const std::string& year) {
    auto db = app().Db();
    return db
        ->Query("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'working_calendar' AND "
                "entity_id = ?",
                {year})
        .Int(0, "n");
  }
};

std::string KindOf(const Resp& r, std::string_view date) {
  for (const auto& d : r.obj().at("days").as_array())
    if (d.at("date").as_string() == date) return std::string(d.at("kind").as_string());
  return "";
}

TEST_P(CalendarTest, TheStateCouncilsNoticesAreSeededAndReadByEveryone) {
  // An enterprise account reads it (deadlines everywhere are counted on it).
  auto r = app().As("mb.keeper", "GET", "/api/v1/calendar?year=2026");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.obj().at("published").as_bool());
  EXPECT_NE(std::string(r.obj().at("source").as_string()).find("2026年部分节假日安排"),
            std::string::npos);
  // 2026: 33 days off in seven holidays, six adjusted working days, 248 working days.
  EXPECT_EQ(r.obj().at("holiday_count").as_int64(), 33);
  EXPECT_EQ(r.obj().at("workday_count").as_int64(), 6);
  EXPECT_EQ(r.obj().at("working_days").as_int64(), 248);
  EXPECT_EQ(KindOf(r, "2026-02-15"), "holiday");  // 春节
  EXPECT_EQ(KindOf(r, "2026-10-07"), "holiday");  // 国庆节
  EXPECT_EQ(KindOf(r, "2026-10-10"), "workday");  // Saturday worked
  EXPECT_EQ(KindOf(r, "2026-01-04"), "workday");  // Sunday worked
  EXPECT_EQ(KindOf(r, "2026-12-07"), "");         // an ordinary Monday
  for (const char* year : {"2024", "2025"}) {
    auto y = app().As("jining.viewer", "GET", std::string("/api/v1/calendar?year=") + year);
    ASSERT_EQ(y.status, 200) << y.body;
    EXPECT_TRUE(y.obj().at("published").as_bool()) << year;
    EXPECT_EQ(y.obj().at("holiday_count").as_int64(), 28) << year;
  }
  // No notice for 2027 in the seed: shown as not published, weekends only.
  auto later = app().As("jining", "GET", "/api/v1/calendar?year=2099");
  ASSERT_EQ(later.status, 200) << later.body;
  EXPECT_FALSE(later.obj().at("published").as_bool());
  EXPECT_TRUE(later.obj().at("days").as_array().empty());
  EXPECT_TRUE(later.obj().at("source").is_null());
  // Without a year: the current China year.
  EXPECT_EQ(app().As("jining", "GET", "/api/v1/calendar").status, 200);
  for (const char* bad : {"abc", "1999", "2101", "20260"}) {
    auto e = app().As("jining", "GET", std::string("/api/v1/calendar?year=") + bad);
    EXPECT_EQ(e.status, 422) << bad;
    EXPECT_TRUE(FieldRulesOf(e).count("year:range")) << e.body;
  }
  EXPECT_EQ(app().Call("GET", "/api/v1/calendar?year=2026").status, 401);
}

TEST_P(CalendarTest, TheAdministratorReplacesAYearWithHistoryAndAudit) {
  const std::string year = "2098";
  const std::string body = R"({"year": 2098, "source": "《国务院办公厅关于2098年部分节假日安排的通知》",
    "days": [{"date": "2098-01-01", "kind": "holiday", "name": "元旦"},
             {"date": "2098-01-04", "kind": "workday", "name": "元旦"}]})";
  // Regulators and enterprises read but never change it.
  auto refused = app().As("jining", "PUT", "/api/v1/calendar", body);
  EXPECT_EQ(refused.status, 403);
  // The Chinese message names the permission in words, never its id.
  const std::string zh(refused.obj().at("message_zh").as_string());
  EXPECT_NE(zh.find("「"), std::string::npos) << zh;
  EXPECT_EQ(zh.find("settings:"), std::string::npos) << zh;
  EXPECT_EQ(app().As("mb.keeper", "PUT", "/api/v1/calendar", body).status, 403);
  const int64_t audits = AuditCount(year);
  auto put = app().As("sysadmin", "PUT", "/api/v1/calendar", body);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_TRUE(put.obj().at("published").as_bool());
  EXPECT_EQ(KindOf(put, "2098-01-01"), "holiday");
  EXPECT_EQ(KindOf(put, "2098-01-04"), "workday");  // a Saturday
  ASSERT_EQ(put.obj().at("history").as_array().size(), 1u);
  const auto& change = put.obj().at("history").as_array()[0].as_object();
  EXPECT_TRUE(change.at("before").as_object().empty());
  EXPECT_EQ(change.at("after").at("days").as_array().size(), 2u);
  EXPECT_FALSE(change.at("changed_by_name").as_string().empty());
  EXPECT_EQ(AuditCount(year), audits + 1);
  // The same days again record nothing.
  ASSERT_EQ(app().As("sysadmin", "PUT", "/api/v1/calendar", body).status, 200);
  EXPECT_EQ(AuditCount(year), audits + 1);
  // A second replacement keeps the first in the history (latest first).
  auto second = app().As("sysadmin", "PUT", "/api/v1/calendar",
                         R"({"year": 2098, "source": "更正", "days": []})");
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_TRUE(second.obj().at("days").as_array().empty());
  const auto& history = second.obj().at("history").as_array();
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].at("before").at("days").as_array().size(), 2u);
  EXPECT_EQ(history[1].at("after").at("source").as_string(),
            "《国务院办公厅关于2098年部分节假日安排的通知》");
  EXPECT_EQ(AuditCount(year), audits + 2);
  // Everyone reads the new days at once.
  auto read = app().As("mb.keeper", "GET", "/api/v1/calendar?year=2098");
  EXPECT_EQ(read.obj().at("source").as_string(), "更正");
}

TEST_P(CalendarTest, BadDaysAreRefusedNamingTheFieldAndRule) {
  struct Case {
    std::string body, field_rule;
  };
  const Case cases[] = {
      {R"({"year": 2097, "days": []})", "source:required"},
      {R"({"year": 2097, "source": "x"})", "days:required"},
      {R"({"year": 1999, "source": "x", "days": []})", "year:range"},
      {R"({"year": 2097, "source": "x", "days": [{"date": "2096-12-31", "kind": "holiday", "name": "元旦"}]})",
       "days[0].date:day_outside_year"},
      {R"({"year": 2097, "source": "x", "days": [{"date": "2097-02-31", "kind": "holiday", "name": "a"}]})",
       "days[0].date:date_invalid"},
      {R"({"year": 2097, "source": "x", "days": [{"date": "2097-01-01", "kind": "rest", "name": "元旦"}]})",
       "days[0].kind:kind_invalid"},
      // 2097-01-07 is a Monday: only a weekend day is made a working day.
      {R"({"year": 2097, "source": "x", "days": [{"date": "2097-01-07", "kind": "workday", "name": "元旦"}]})",
       "days[0].kind:workday_not_weekend"},
      {R"({"year": 2097, "source": "x", "days": [{"date": "2097-01-01", "kind": "holiday", "name": "元旦"},
                                                 {"date": "2097-01-01", "kind": "holiday", "name": "元旦"}]})",
       "days[1].date:day_duplicate"},
      {R"({"year": 2097, "source": "x", "days": [{"date": "2097-01-01", "kind": "holiday"}]})",
       "days[0].name:required"},
      {R"({"year": 2097, "source": "x", "days": [{"date": "2097-01-01", "kind": "holiday", "name": "元旦", "x": 1}]})",
       "days[0].x:unknown_field"},
  };
  for (const auto& c : cases) {
    auto r = app().As("sysadmin", "PUT", "/api/v1/calendar", c.body);
    EXPECT_EQ(r.status, 422) << c.body << r.body;
    EXPECT_TRUE(FieldRulesOf(r).count(c.field_rule)) << c.field_rule << " " << r.body;
    EXPECT_NE(r.body.find("message_zh"), std::string::npos);
  }
  // Nothing was written.
  auto read = app().As("sysadmin", "GET", "/api/v1/calendar?year=2097");
  EXPECT_FALSE(read.obj().at("published").as_bool());
  EXPECT_TRUE(read.obj().at("history").as_array().empty());
}

}  // namespace

ANJIAN_BACKENDS(CalendarTest);

}  // namespace anjian::test
