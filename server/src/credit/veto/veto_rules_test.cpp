#include "credit/veto/veto_rules.hpp"

#include <gtest/gtest.h>

#include <set>

namespace anjian::veto {
namespace {

core::Date D(std::string_view text) { return core::ParseIsoDate(text).value(); }

std::vector<std::string> Codes(const std::vector<Reason>& r) {
  std::vector<std::string> out;
  for (const auto& x : r) out.push_back(x.code + ":" + std::to_string(x.record_id));
  return out;
}

const Period kYear{D("2025-12-07"), D("2026-12-06")};
const core::Date kToday = D("2026-12-07");

TEST(VetoRules, DefaultPeriodPerKindFromTheSetting) {
  VetoConfig c;
  auto p = DefaultPeriod(Kind::kAwardEnterprise, c, kToday);
  EXPECT_EQ(core::FormatIsoDate(p.from), "2025-12-07");
  EXPECT_EQ(core::FormatIsoDate(p.to), "2026-12-06");
  p = DefaultPeriod(Kind::kDemoBase, c, kToday);
  EXPECT_EQ(core::FormatIsoDate(p.from), "2023-12-07");
  c.tech_fund_months = 0;  // the preceding calendar year
  p = DefaultPeriod(Kind::kTechFund, c, kToday);
  EXPECT_EQ(core::FormatIsoDate(p.from), "2025-01-01");
  EXPECT_EQ(core::FormatIsoDate(p.to), "2025-12-31");
  c.safety_fund_months = 1;  // 31 March − 1 month: clamped to 28 February
  p = DefaultPeriod(Kind::kSafetyFund, c, D("2026-03-31"));
  EXPECT_EQ(core::FormatIsoDate(p.from), "2026-02-28");
}

TEST(VetoRules, PeriodChecks) {
  EXPECT_TRUE(CheckPeriod(kYear, kToday).empty());
  EXPECT_TRUE(CheckPeriod({D("2026-01-01"), D("2026-12-07")}, kToday).empty());  // to today
  EXPECT_FALSE(CheckPeriod({D("2026-02-01"), D("2026-01-31")}, kToday).empty());
  EXPECT_FALSE(CheckPeriod({D("2026-01-01"), D("2026-12-08")}, kToday).empty());  // future
  EXPECT_FALSE(CheckPeriod({D("2020-01-01"), D("2026-01-01")}, kToday).empty());  // > 5 years
  EXPECT_EQ(CheckPeriod({D("2026-02-01"), D("2026-01-31")}, kToday)[0].rule, "veto_period_invalid");
}

TEST(VetoRules, KindsAndConfig) {
  for (auto k : {Kind::kAwardEnterprise, Kind::kAwardEntrepreneur, Kind::kSafetyFund,
                 Kind::kTechFund, Kind::kDemoBase})
    EXPECT_EQ(ParseKind(KindValue(k)), k);
  EXPECT_FALSE(ParseKind("lottery"));
  VetoConfig c;
  EXPECT_EQ(VetoConfigFromJson(VetoConfigToJson(c))->accident_min_grade, 2);
  c.accident_min_grade = 5;
  c.award_enterprise_months = 61;
  std::set<std::string> fields;
  for (const auto& e : ValidateVetoConfig(c)) fields.insert(e.field);
  EXPECT_EQ(fields, (std::set<std::string>{"accident_min_grade", "award_enterprise_months"}));
}

TEST(VetoRules, DishonestyListOverlappingThePeriod) {
  struct Case {
    const char* listed;
    const char* ended;  // "" open
    bool vetoes;
  } cases[] = {
      {"2024-03-01", "", true},             // listed before, still listed
      {"2026-06-01", "", true},             // listed inside
      {"2023-01-01", "2025-12-06", false},  // removed the day before the period
      {"2023-01-01", "2025-12-07", true},   // removed on its first day
      {"2026-12-07", "", false},            // listed after the period
  };
  for (const auto& c : cases) {
    EnterpriseFacts f;
    ListingFact l{7, "鲁应急失信〔2026〕3号", D(c.listed), std::nullopt};
    if (*c.ended) l.ended_on = D(c.ended);
    f.listings.push_back(l);
    auto r = VetoReasons(f, kYear, kToday, {});
    EXPECT_EQ(r.size(), c.vetoes ? 1u : 0u) << c.listed << " " << c.ended;
    if (!r.empty()) {
      EXPECT_EQ(r[0].record_type, "credit_listing");
      EXPECT_EQ(r[0].record_id, 7);
      EXPECT_NE(r[0].text_zh.find("严重失信主体名单"), std::string::npos);
    }
  }
}

TEST(VetoRules, AccidentsByDeathsOrGrade) {
  struct Case {
    const char* on;
    int grade;
    int64_t deaths;
    int64_t min_deaths, min_grade;
    bool vetoes;
  } cases[] = {
      {"2026-05-01", 0, 0, 1, 2, false},  // 一般, no death: default keeps it
      {"2026-05-01", 0, 1, 1, 2, true},   // 一般 with a death
      {"2026-05-01", 1, 0, 1, 2, true},   // 较大 by grade (e.g. 10 serious injuries)
      {"2026-05-01", 0, 1, 0, 2, false},  // deaths alone switched off
      {"2026-05-01", 1, 3, 0, 3, false},  // only 重大+ vetoes
      {"2026-05-01", 2, 10, 0, 3, true},
      {"2026-05-01", 0, 0, 1, 1, true},   // every accident vetoes
      {"2025-12-06", 3, 30, 1, 2, false}, // before the period
      {"2025-12-07", 1, 3, 1, 2, true},   // first day
      {"2026-12-06", 1, 3, 1, 2, true},   // last day
  };
  for (const auto& c : cases) {
    EnterpriseFacts f;
    f.accidents.push_back({11, "AQ-1", "爆炸", D(c.on), c.grade, c.deaths});
    VetoConfig cfg;
    cfg.accident_min_deaths = c.min_deaths;
    cfg.accident_min_grade = c.min_grade;
    auto r = VetoReasons(f, kYear, kToday, cfg);
    EXPECT_EQ(r.size(), c.vetoes ? 1u : 0u) << c.on << " grade " << c.grade << " deaths " << c.deaths;
    if (!r.empty()) EXPECT_EQ(Codes(r)[0], "accident:11");
  }
}

TEST(VetoRules, MajorHiddenDangersOverdueOrUnrectified) {
  struct Case {
    const char* found;
    const char* deadline;  // "" none
    const char* closed;    // "" open
    int64_t unrectified_vetoes;
    const char* code;      // "" no veto
  } cases[] = {
      {"2026-03-01", "2026-04-01", "", 1, "hidden_danger_overdue"},        // open past deadline
      {"2026-03-01", "2026-04-01", "2026-04-01", 1, ""},                   // closed on the deadline
      {"2026-03-01", "2026-04-01", "2026-04-02", 1, "hidden_danger_overdue"},  // closed a day late
      {"2026-11-20", "2026-12-20", "", 1, "hidden_danger_unrectified"},    // open, not yet due
      {"2026-11-20", "2026-12-20", "", 0, ""},                             // … allowed by setting
      {"2026-11-20", "2026-12-20", "2026-12-01", 1, ""},                   // rectified in time
      {"2024-01-01", "2024-02-01", "2025-06-01", 1, ""},                   // closed before the period
      {"2024-01-01", "2024-02-01", "2026-01-10", 1, "hidden_danger_overdue"},  // late into it
      {"2026-12-07", "2027-01-07", "", 1, ""},                             // found after the period
      {"2026-10-01", "", "", 1, "hidden_danger_unrectified"},              // no deadline yet
  };
  for (const auto& c : cases) {
    EnterpriseFacts f;
    HiddenDangerFact h{21, "YH-1", "库房防雷失效", D(c.found), std::nullopt, std::nullopt};
    if (*c.deadline) h.deadline = D(c.deadline);
    if (*c.closed) h.closed_on = D(c.closed);
    f.hidden_dangers.push_back(h);
    VetoConfig cfg;
    cfg.unrectified_major_vetoes = c.unrectified_vetoes;
    auto r = VetoReasons(f, kYear, kToday, cfg);
    if (!*c.code) {
      EXPECT_TRUE(r.empty()) << c.found << " " << c.deadline << " " << c.closed;
    } else {
      ASSERT_EQ(r.size(), 1u) << c.found << " " << c.deadline << " " << c.closed;
      EXPECT_EQ(r[0].code, c.code) << c.found << " " << c.deadline << " " << c.closed;
      EXPECT_EQ(r[0].record_type, "hidden_danger");
    }
  }
}

TEST(VetoRules, LicencesInForceEveryDay) {
  auto lic = [](int64_t id, const char* from, const char* to, const char* status,
                const char* since) {
    LicenceFact l{id, "production", "民用爆炸物品生产许可证", "MB-" + std::to_string(id),
                  D(from), D(to), status, std::nullopt};
    if (*since) l.status_on = D(since);
    return l;
  };
  struct Case {
    std::vector<LicenceFact> licences;
    std::vector<std::string> codes;
  } cases[] = {
      {{lic(1, "2024-01-01", "2026-12-31", "valid", "")}, {}},
      {{lic(1, "2023-07-01", "2026-06-30", "expired", "")}, {"licence_lapsed:1"}},
      // renewed the day after: no gap
      {{lic(1, "2023-07-01", "2026-06-30", "expired", ""),
        lic(2, "2026-07-01", "2029-06-30", "valid", "")},
       {}},
      // renewed a week late
      {{lic(1, "2023-07-01", "2026-06-30", "expired", ""),
        lic(2, "2026-07-08", "2029-07-07", "valid", "")},
       {"licence_lapsed:1"}},
      {{lic(1, "2024-01-01", "2026-12-31", "suspended", "2026-09-01")}, {"licence_suspended:1"}},
      {{lic(1, "2024-01-01", "2026-12-31", "revoked", "2026-02-01")}, {"licence_revoked:1"}},
      // lapsed before the period began: the gap's first day lies outside it
      {{lic(1, "2022-01-01", "2024-12-31", "expired", "")}, {}},
      // expires after today
      {{lic(1, "2024-01-01", "2026-12-07", "valid", "")}, {}},
      // suspended in the period and reinstated before the check (from the licence's history)
      {{[&] {
         auto l = lic(1, "2024-01-01", "2026-12-31", "valid", "");
         l.suspensions.push_back({D("2026-04-01"), D("2026-05-01")});
         return l;
       }()},
       {"licence_suspended:1"}},
      // suspended and reinstated before the period began
      {{[&] {
         auto l = lic(1, "2024-01-01", "2026-12-31", "valid", "");
         l.suspensions.push_back({D("2025-04-01"), D("2025-05-01")});
         return l;
       }()},
       {}},
      // still suspended: named once, not twice
      {{[&] {
         auto l = lic(1, "2024-01-01", "2026-12-31", "suspended", "2026-09-01");
         l.suspensions.push_back({D("2026-09-01"), std::nullopt});
         return l;
       }()},
       {"licence_suspended:1"}},
  };
  for (const auto& c : cases) {
    EnterpriseFacts f;
    f.licences = c.licences;
    EXPECT_EQ(Codes(VetoReasons(f, kYear, kToday, {})), c.codes) << c.licences[0].status;
  }
}

TEST(VetoRules, EveryReasonIsNamed) {
  EnterpriseFacts f;
  f.listings.push_back({1, "决定", D("2026-01-01"), std::nullopt});
  f.accidents.push_back({2, "AQ-2", "中毒", D("2026-02-01"), 0, 1});
  f.hidden_dangers.push_back({3, "YH-3", "超量储存", D("2026-03-01"), D("2026-03-31"), std::nullopt});
  f.licences.push_back({4, "sales", "民用爆炸物品销售许可证", "XS-4", D("2023-01-01"),
                        D("2026-05-31"), "expired", std::nullopt});
  EXPECT_EQ(Codes(VetoReasons(f, kYear, kToday, {})),
            (std::vector<std::string>{"dishonesty_list:1", "accident:2", "hidden_danger_overdue:3",
                                      "licence_lapsed:4"}));
}

TEST(VetoRules, FrozenTextIsOrderIndependent) {
  std::vector<FrozenResult> a{{2, 9, "vetoed", "[1]"}, {1, 8, "passed", "[]"}};
  std::vector<FrozenResult> b{{1, 8, "passed", "[]"}, {2, 9, "vetoed", "[1]"}};
  EXPECT_EQ(FrozenText(5, kYear, a), FrozenText(5, kYear, b));
  b[1].result = "passed";
  EXPECT_NE(FrozenText(5, kYear, a), FrozenText(5, kYear, b));
}

}  // namespace
}  // namespace anjian::veto
