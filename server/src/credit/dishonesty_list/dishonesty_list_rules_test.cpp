#include "credit/dishonesty_list/dishonesty_list_rules.hpp"

#include <gtest/gtest.h>

#include <set>

namespace anjian::dishonesty_list {
namespace {

core::Date D(std::string_view text) { return core::ParseIsoDate(text).value(); }

std::set<std::string> Rules(const std::vector<FieldError>& errors) {
  std::set<std::string> out;
  for (const auto& e : errors) out.insert(e.field + ":" + e.rule);
  return out;
}

AccidentFact A(std::int64_t id, std::int64_t ent, const char* grade, const char* day) {
  return AccidentFact{id, ent, grade, D(day), "SG-" + std::to_string(id), "事故"};
}

TEST(DishonestyCriteria, NineCasesWithTheirArticles) {
  ASSERT_EQ(Criteria().size(), 9u);
  EXPECT_EQ(FindCriterion("major_accident")->article_zh, "第八条第（一）项");
  EXPECT_EQ(FindCriterion("unlicensed_operation")->article_zh, "第九条第（一）项");
  EXPECT_TRUE(FindCriterion("concealed_accident")->detected);
  EXPECT_FALSE(FindCriterion("rescue_failure")->detected);
  EXPECT_EQ(FindCriterion("nope"), nullptr);
}

TEST(DishonestyCandidates, MajorAccidentsEachAndOrdinaryOrLargeAloneNever) {
  const DishonestyListConfig c;
  const auto out = DetectAccidentCandidates(
      {A(1, 10, "serious", "2026-01-05"), A(2, 10, "especially_serious", "2026-02-01"),
       A(3, 11, "ordinary", "2026-02-01"), A(4, 12, "large", "2026-03-01")},
      c);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].detection_key, "major_accident:1");
  EXPECT_EQ(out[0].criterion, "major_accident");
  EXPECT_EQ(out[1].detection_key, "major_accident:2");
  EXPECT_NE(out[1].facts_zh.find("特别重大"), std::string::npos);
}

// ≥ 2 较大 accidents within 12 months: the window ending on an accident runs from the day after
// the corresponding day 12 months earlier, so exactly 12 months apart is outside it.
TEST(DishonestyCandidates, TwoLargerAccidentsWithinTwelveMonthsTable) {
  struct Row {
    std::vector<AccidentFact> accidents;
    std::vector<std::string> keys;
  };
  const Row rows[] = {
      {{A(1, 10, "large", "2025-03-01"), A(2, 10, "large", "2026-02-28")},
       {"repeated_larger_accidents:1-2"}},
      {{A(1, 10, "large", "2025-03-01"), A(2, 10, "large", "2026-03-01")}, {}},  // 12 months apart
      {{A(1, 10, "large", "2025-03-02"), A(2, 10, "large", "2026-03-01")},
       {"repeated_larger_accidents:1-2"}},
      {{A(1, 10, "large", "2025-03-01"), A(2, 11, "large", "2025-04-01")}, {}},  // two enterprises
      {{A(1, 10, "large", "2025-03-01"), A(2, 10, "ordinary", "2025-04-01")}, {}},
      // A third within the same run adds no second candidate…
      {{A(1, 10, "large", "2025-01-10"), A(2, 10, "large", "2025-02-10"),
        A(3, 10, "large", "2025-06-10")},
       {"repeated_larger_accidents:1-2"}},
      // …but a new pair after the trigger has left the window does.
      {{A(1, 10, "large", "2024-01-10"), A(2, 10, "large", "2024-02-10"),
        A(3, 10, "large", "2025-03-10"), A(4, 10, "large", "2025-04-10")},
       {"repeated_larger_accidents:1-2", "repeated_larger_accidents:3-4"}},
  };
  const DishonestyListConfig c;
  for (const auto& row : rows) {
    std::vector<std::string> keys;
    for (const auto& d : DetectAccidentCandidates(row.accidents, c)) keys.push_back(d.detection_key);
    EXPECT_EQ(keys, row.keys);
  }
  // The setting moves both numbers: three within 24 months.
  DishonestyListConfig three;
  three.larger_accident_count = 3;
  three.larger_accident_window_months = 24;
  EXPECT_TRUE(DetectAccidentCandidates({A(1, 10, "large", "2024-01-10"), A(2, 10, "large", "2025-01-10")},
                                       three)
                  .empty());
  EXPECT_EQ(DetectAccidentCandidates({A(1, 10, "large", "2024-01-10"), A(2, 10, "large", "2025-01-10"),
                                      A(3, 10, "large", "2025-12-10")},
                                     three)
                .size(),
            1u);
}

TEST(DishonestyCandidates, ConcealmentAndUnlicensedOperation) {
  auto c = DetectConcealmentCandidates({{7, 3, 10, "false_report", "SG-3"}});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].detection_key, "concealed_accident:7");
  EXPECT_EQ(c[0].source_ids, std::vector<std::int64_t>{3});
  EXPECT_NE(c[0].facts_zh.find("谎报"), std::string::npos);
  auto u = DetectUnlicensedCandidates(
      {{10, "production", "民用爆炸物品生产许可证", D("2026-05-01"), 3, "suspended"},
       {11, "sale", "销售许可证", D("2026-05-01"), 0, "missing"}});
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].detection_key, "unlicensed_operation:10:production:2026-05-01");
  EXPECT_NE(u[0].facts_zh.find("暂扣"), std::string::npos);
}

TEST(DishonestyTerm, ThreeYearsFromTheDayAfterTheDecision) {
  const DishonestyListConfig c;
  struct Row {
    const char* decided;
    const char* from;
    const char* until;
    const char* repair;
  };
  const Row rows[] = {
      {"2026-12-07", "2026-12-08", "2029-12-07", "2027-12-08"},
      {"2024-02-29", "2024-03-01", "2027-02-28", "2025-03-01"},  // no 29 February: month's last day
      {"2026-01-31", "2026-02-01", "2029-01-31", "2027-02-01"},
      {"2026-12-31", "2027-01-01", "2029-12-31", "2028-01-01"},
  };
  for (const auto& r : rows) {
    const auto t = TermOf(D(r.decided), c);
    EXPECT_EQ(core::FormatIsoDate(t.listed_from), r.from) << r.decided;
    EXPECT_EQ(core::FormatIsoDate(t.listed_until), r.until) << r.decided;
    EXPECT_EQ(core::FormatIsoDate(RepairOpensOn(D(r.decided), c)), r.repair) << r.decided;
  }
  DishonestyListConfig one;
  one.term_years = 1;
  one.repair_after_months = 6;
  EXPECT_EQ(core::FormatIsoDate(TermOf(D("2026-08-31"), one).listed_until), "2027-08-31");
  EXPECT_EQ(core::FormatIsoDate(RepairOpensOn(D("2026-08-31"), one)), "2027-03-01");
  EXPECT_EQ(core::FormatIsoDate(AddMonthsClamped(D("2026-03-31"), -1)), "2026-02-28");
  // The expiry job ends the term the day after its last day.
  EXPECT_FALSE(TermOver(State::kListed, D("2029-12-07"), D("2029-12-07")));
  EXPECT_TRUE(TermOver(State::kListed, D("2029-12-07"), D("2029-12-08")));
  EXPECT_FALSE(TermOver(State::kRemoved, D("2029-12-07"), D("2030-01-01")));
}

TEST(DishonestyTerm, DefenceAndPublicationInWorkingDays) {
  const DishonestyListConfig c;
  // 2026 National Day: 1–7 October off, Saturday 10 October worked (8, 9, 10, 12, 13 October).
  std::vector<calendar::CalendarDay> days;
  for (core::Date d = D("2026-10-01"); d <= D("2026-10-07"); d = core::AddDays(d, 1))
    days.push_back({d, calendar::DayKind::kHoliday, "国庆节"});
  days.push_back({D("2026-10-10"), calendar::DayKind::kWorkday, "国庆节"});
  const calendar::WorkingCalendar cal(std::move(days));
  EXPECT_EQ(core::FormatIsoDate(DefenceDueOn(D("2026-09-30"), c, cal)), "2026-10-13");
  EXPECT_EQ(core::FormatIsoDate(DefenceDueOn(D("2026-12-07"), c, cal)), "2026-12-14");
  EXPECT_EQ(core::FormatIsoDate(PublishDueOn(D("2026-12-07"), c, cal)), "2026-12-16");
}

TEST(DishonestyProcedure, StateMachineTable) {
  struct Row {
    State from;
    Action action;
    std::optional<State> to;
  };
  const Row rows[] = {
      {State::kCandidate, Action::kNotice, State::kNoticed},
      {State::kCandidate, Action::kDecide, std::nullopt},  // never without the prior notice
      {State::kNoticed, Action::kDefence, State::kNoticed},
      {State::kNoticed, Action::kDecide, State::kListed},
      {State::kCandidate, Action::kDismiss, State::kDismissed},
      {State::kNoticed, Action::kDismiss, State::kDismissed},
      {State::kListed, Action::kDismiss, std::nullopt},
      {State::kListed, Action::kPublish, State::kListed},
      {State::kNoticed, Action::kPublish, std::nullopt},
      {State::kListed, Action::kExpire, State::kExpired},
      {State::kListed, Action::kRepairApprove, State::kRemoved},
      {State::kRemoved, Action::kRepairRevoke, State::kListed},
      {State::kExpired, Action::kRepairApprove, std::nullopt},
      {State::kDismissed, Action::kNotice, std::nullopt},
  };
  for (const auto& r : rows)
    EXPECT_EQ(Next(r.from, r.action), r.to) << StateValue(r.from) << " " << ActionValue(r.action);
  for (auto s : {State::kCandidate, State::kNoticed, State::kListed, State::kExpired,
                 State::kRemoved, State::kDismissed})
    EXPECT_EQ(ParseState(StateValue(s)), s);
  EXPECT_EQ(StateAfterRevocation(D("2029-12-07"), D("2028-01-01")), State::kListed);
  EXPECT_EQ(StateAfterRevocation(D("2029-12-07"), D("2029-12-08")), State::kExpired);
}

TEST(DishonestyProcedure, DecisionWaitsForTheDefenceAndRepairForTwelveMonths) {
  EXPECT_EQ(Rules(CheckDecisionAllowed(false, D("2026-12-14"), D("2026-12-14"))),
            std::set<std::string>{"decided_on:dishonesty_defence_open"});
  EXPECT_TRUE(CheckDecisionAllowed(false, D("2026-12-14"), D("2026-12-15")).empty());
  EXPECT_TRUE(CheckDecisionAllowed(true, D("2026-12-14"), D("2026-12-08")).empty());
  // The party's own defence: accepted up to and including the last day, refused naming it after.
  EXPECT_TRUE(CheckOwnDefenceOpen(D("2026-12-14"), D("2026-12-14")).empty());
  auto closed = CheckOwnDefenceOpen(D("2026-12-14"), D("2026-12-15"));
  ASSERT_EQ(Rules(closed), std::set<std::string>{"defence:dishonesty_defence_closed"});
  EXPECT_NE(closed[0].message_zh.find("2026-12-14"), std::string::npos);
  EXPECT_NE(closed[0].message.find("2026-12-14"), std::string::npos);
  EXPECT_EQ(Rules(CheckDecidedOn(D("2026-12-06"), D("2026-12-07"), D("2026-12-20"))),
            std::set<std::string>{"decided_on:dishonesty_decided_on"});
  EXPECT_EQ(Rules(CheckDecidedOn(D("2026-12-21"), D("2026-12-07"), D("2026-12-20"))),
            std::set<std::string>{"decided_on:dishonesty_decided_on"});
  EXPECT_TRUE(CheckDecidedOn(D("2026-12-20"), D("2026-12-07"), D("2026-12-20")).empty());
  const auto opens = D("2027-12-08");
  auto early = CheckRepairApplication(State::kListed, opens, D("2027-12-07"), false, 12);
  ASSERT_EQ(Rules(early), std::set<std::string>{"applied_on:dishonesty_repair_too_early"});
  EXPECT_NE(early[0].message_zh.find("2027-12-08"), std::string::npos);
  EXPECT_TRUE(CheckRepairApplication(State::kListed, opens, D("2027-12-08"), false, 12).empty());
  EXPECT_EQ(Rules(CheckRepairApplication(State::kListed, opens, D("2028-01-08"), true, 12)),
            std::set<std::string>{"reason:dishonesty_repair_pending"});
}

TEST(DishonestyConfig, DefaultsRoundTripAndRanges) {
  const DishonestyListConfig c;
  auto back = DishonestyListConfigFromJson(DishonestyListConfigToJson(c));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->term_years, 3);
  EXPECT_EQ(back->repair_after_months, 12);
  EXPECT_EQ(back->larger_accident_count, 2);
  auto bad = ParseDishonestyListConfig(R"({"term_years": 0})");
  ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(bad));
  EXPECT_EQ(Rules(std::get<std::vector<FieldError>>(bad)), std::set<std::string>{"term_years:range"});
}

}  // namespace
}  // namespace anjian::dishonesty_list
