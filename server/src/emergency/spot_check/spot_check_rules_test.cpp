#include "emergency/spot_check/spot_check_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace anjian::spot_check {
namespace {

core::Date D(std::string_view text) { return core::ParseIsoDate(text).value(); }

std::set<std::string> Rules(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.rule);
  return out;
}

// 2026 National Day as the State Council's notice lists it: 1–7 October off, Saturday 10 October
// worked (and Sunday 20 September).
calendar::WorkingCalendar NationalDay2026() {
  std::vector<calendar::CalendarDay> days;
  for (core::Date d = D("2026-10-01"); d <= D("2026-10-07"); d = core::AddDays(d, 1))
    days.push_back({d, calendar::DayKind::kHoliday, "国庆节"});
  days.push_back({D("2026-09-20"), calendar::DayKind::kWorkday, "国庆节"});
  days.push_back({D("2026-10-10"), calendar::DayKind::kWorkday, "国庆节"});
  return calendar::WorkingCalendar(std::move(days));
}

TEST(SpotCheckDraw, ReproducibleFromSeedWhateverThePoolOrder) {
  const std::vector<std::int64_t> pool = {41, 7, 19, 3, 88, 23, 56, 12, 64, 30};
  std::vector<std::int64_t> reversed(pool.rbegin(), pool.rend());
  const auto a = DrawUnits(0x5eed5eed12345678ULL, pool, 4);
  const auto b = DrawUnits(0x5eed5eed12345678ULL, reversed, 4);
  EXPECT_EQ(a, b);
  ASSERT_EQ(a.size(), 4u);
  std::set<std::int64_t> unique(a.begin(), a.end());
  EXPECT_EQ(unique.size(), 4u);
  for (auto id : a) EXPECT_NE(std::find(pool.begin(), pool.end(), id), pool.end());
  // Recorded pool text re-runs it.
  EXPECT_EQ(PoolText(reversed), "3,7,12,19,23,30,41,56,64,88");
  EXPECT_EQ(DrawUnits(0x5eed5eed12345678ULL, ParsePool(PoolText(reversed)), 4), a);
  // Another seed draws differently (for these seeds).
  EXPECT_NE(DrawUnits(1, pool, 4), DrawUnits(2, pool, 4));
}

TEST(SpotCheckDraw, Table) {
  struct Row {
    std::vector<std::int64_t> pool;
    std::int64_t count;
    std::size_t size;
  };
  const Row rows[] = {
      {{1, 2, 3}, 5, 3},          // more than the pool: all of it
      {{1, 2, 3}, 3, 3},
      {{1, 1, 2, 2, 3}, 3, 3},    // duplicates count once
      {{}, 3, 0},
      {{9, 8}, 0, 0},
      {{9, 8}, -1, 0},
  };
  for (const auto& r : rows) {
    const auto got = DrawUnits(42, r.pool, r.count);
    EXPECT_EQ(got.size(), r.size);
    std::set<std::int64_t> u(got.begin(), got.end());
    EXPECT_EQ(u.size(), got.size());
  }
  EXPECT_TRUE(CheckDrawCount(1).empty());
  EXPECT_TRUE(CheckDrawCount(kMaxDrawCount).empty());
  EXPECT_EQ(Rules(CheckDrawCount(0)), std::set<std::string>{"count:spot_check_draw_count"});
  EXPECT_EQ(Rules(CheckDrawCount(kMaxDrawCount + 1)),
            std::set<std::string>{"count:spot_check_draw_count"});
  EXPECT_EQ(ParsePool(""), std::vector<std::int64_t>{});
  EXPECT_EQ(ParsePool("5,12"), (std::vector<std::int64_t>{5, 12}));
}

// Issue 15 §4: enterprises on the dishonesty list are always drawn, first; the rest is the
// ordinary draw over the pool without them.
TEST(SpotCheckDraw, ListedEnterprisesFirstTable) {
  const std::vector<std::int64_t> pool = {41, 7, 19, 3, 88, 23};
  struct Row {
    std::vector<std::int64_t> always;
    std::int64_t count;
    std::size_t size;
    std::vector<std::int64_t> head;
  };
  const Row rows[] = {
      {{}, 3, 3, {}},                 // nobody listed: the ordinary draw
      {{88}, 3, 3, {88}},             // one listed: first, two more drawn
      {{88, 7}, 1, 2, {7, 88}},       // beyond the count: every listed unit still drawn
      {{500}, 2, 2, {}},              // listed but not in the pool (other filters): not added
      {{19, 19}, 6, 6, {19}},         // the whole pool
  };
  for (const auto& r : rows) {
    const auto got = DrawUnitsListedFirst(7, pool, r.count, r.always);
    EXPECT_EQ(got.size(), r.size);
    EXPECT_TRUE(std::equal(r.head.begin(), r.head.end(), got.begin()));
    std::set<std::int64_t> u(got.begin(), got.end());
    EXPECT_EQ(u.size(), got.size());
    for (auto id : got) EXPECT_NE(std::find(pool.begin(), pool.end(), id), pool.end());
  }
  EXPECT_EQ(DrawUnitsListedFirst(9, pool, 3, {}), DrawUnits(9, pool, 3));
}

TEST(SpotCheckDeadline, AnswerDueOnTheCalendar) {
  const auto cal = NationalDay2026();
  struct Row {
    const char* checked_on;
    std::int64_t days, working;
    const char* due;
  };
  const Row rows[] = {
      {"2026-12-07", 5, 1, "2026-12-14"},  // Monday + 5 working days: next Monday
      {"2026-12-04", 5, 1, "2026-12-11"},  // Friday: the check day itself never counts
      {"2026-12-05", 1, 1, "2026-12-07"},  // Saturday: the first working day after
      {"2026-09-30", 5, 1, "2026-10-13"},  // 8, 9, 10 (worked Saturday), 12, 13 October
      {"2026-09-30", 1, 1, "2026-10-08"},
      {"2026-09-30", 5, 0, "2026-10-08"},  // 5 calendar days end 5 Oct, a holiday: moved (art. 203)
      {"2026-12-07", 5, 0, "2026-12-14"},  // 12 Dec a Saturday: moved to Monday
      {"2026-12-07", 3, 0, "2026-12-10"},
  };
  for (const auto& r : rows) {
    SpotCheckConfig c;
    c.answer_days = r.days;
    c.working_days = r.working;
    EXPECT_EQ(core::FormatIsoDate(AnswerDueOn(D(r.checked_on), c, cal)), r.due)
        << r.checked_on << " " << r.days << " " << r.working;
  }
}

TEST(SpotCheckConfig, DefaultsParseAndRanges) {
  EXPECT_EQ(SpotCheckConfigToJson(SpotCheckConfig{}), R"({"answer_days":5,"working_days":1})");
  auto c = SpotCheckConfigFromJson(R"({"answer_days": 10, "working_days": 0})");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->answer_days, 10);
  EXPECT_EQ(c->working_days, 0);
  auto bad = ParseSpotCheckConfig(R"({"answer_days": 0, "working_days": 2})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  EXPECT_EQ(Rules(std::get<std::vector<FieldError>>(bad)),
            (std::set<std::string>{"answer_days:range", "working_days:range"}));
  EXPECT_FALSE(SpotCheckConfigFromJson(R"({"answer_days": 61})"));
}

TEST(SpotCheckCall, Table) {
  struct Row {
    CallFacts call;
    std::set<std::string> rules;
  };
  const Row rows[] = {
      {{true, 3, 40, "张三", Result::kPass}, {}},
      {{true, std::nullopt, std::nullopt, "张三", Result::kFail}, {}},
      {{false, 10, 0, "", Result::kFail}, {}},
      {{false, 10, 0, "", Result::kPass}, {"result:spot_check_unanswered_pass"}},
      {{false, 10, 0, "李四", Result::kFail}, {"answerer_name:spot_check_unanswered_answerer"}},
      {{true, 1, 5, "  ", Result::kPass}, {"answerer_name:required"}},
      {{true, 101, 3601, "王五", Result::kPass}, {"rings:range", "seconds:range"}},
      {{true, -1, -1, "王五", Result::kPass}, {"rings:range", "seconds:range"}},
  };
  for (const auto& r : rows) EXPECT_EQ(Rules(CheckCall(r.call)), r.rules) << r.call.answerer_name;
}

TEST(SpotCheckCall, AnswererOnDuty) {
  const std::vector<std::string> duty = {"张 三", "李四"};
  EXPECT_EQ(AnswererOnDuty("张三", duty), std::optional<bool>(true));
  EXPECT_EQ(AnswererOnDuty("李四\u3000", duty), std::optional<bool>(true));
  EXPECT_EQ(AnswererOnDuty("王五", duty), std::optional<bool>(false));
  EXPECT_EQ(AnswererOnDuty("", duty), std::nullopt);
  EXPECT_EQ(AnswererOnDuty("张三", {}), std::nullopt);
}

TEST(SpotCheckFinding, StateMachine) {
  using S = FindingState;
  using A = FindingAction;
  struct Row {
    S from;
    A action;
    std::optional<S> to;
  };
  const Row rows[] = {
      {S::kOpen, A::kAnswer, S::kAnswered},     {S::kOpen, A::kAccept, std::nullopt},
      {S::kOpen, A::kReturn, std::nullopt},     {S::kAnswered, A::kAccept, S::kAccepted},
      {S::kAnswered, A::kReturn, S::kReturned}, {S::kAnswered, A::kAnswer, std::nullopt},
      {S::kReturned, A::kAnswer, S::kAnswered}, {S::kReturned, A::kAccept, std::nullopt},
      {S::kAccepted, A::kAnswer, std::nullopt}, {S::kAccepted, A::kReturn, std::nullopt},
  };
  for (const auto& r : rows)
    EXPECT_EQ(Next(r.from, r.action), r.to)
        << FindingStateValue(r.from) << " " << FindingActionValue(r.action);
  for (auto s : {S::kOpen, S::kAnswered, S::kAccepted, S::kReturned})
    EXPECT_EQ(ParseFindingState(FindingStateValue(s)), s);
  // Overdue: waiting for the unit after its due day (the due day itself is in time).
  EXPECT_FALSE(FindingOverdue(S::kOpen, "2026-12-14", "2026-12-14"));
  EXPECT_TRUE(FindingOverdue(S::kOpen, "2026-12-14", "2026-12-15"));
  EXPECT_TRUE(FindingOverdue(S::kReturned, "2026-12-14", "2026-12-15"));
  EXPECT_FALSE(FindingOverdue(S::kAnswered, "2026-12-14", "2026-12-15"));
  EXPECT_FALSE(FindingOverdue(S::kAccepted, "2026-12-14", "2026-12-15"));
}

}  // namespace
}  // namespace anjian::spot_check
