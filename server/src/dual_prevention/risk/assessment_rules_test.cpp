#include "dual_prevention/risk/assessment_rules.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "core/test_util.hpp"

namespace anjian::risk {
namespace {

using R = RiskLevel;
using core::testing::Rules;
using core::testing::WellFormed;

const AssessmentResult* Ok(const AssessmentOutcome& o) { return std::get_if<AssessmentResult>(&o); }
std::vector<FieldError> Errors(const AssessmentOutcome& o) {
  const auto* e = std::get_if<std::vector<FieldError>>(&o);
  return e ? *e : std::vector<FieldError>{};
}

TEST(AssessmentTest, MethodValues) {
  EXPECT_EQ(AllAssessmentMethods().size(), 2u);
  for (auto m : AllAssessmentMethods()) {
    EXPECT_EQ(ParseAssessmentMethod(AssessmentMethodValue(m)), m);
    EXPECT_FALSE(AssessmentMethodLabelZh(m).empty());
    EXPECT_FALSE(AssessmentMethodLabelEn(m).empty());
  }
  EXPECT_EQ(AssessmentMethodValue(AssessmentMethod::kLec), "LEC");
  EXPECT_EQ(AssessmentMethodValue(AssessmentMethod::kLs), "LS");
  EXPECT_FALSE(ParseAssessmentMethod("lec").has_value());
  EXPECT_FALSE(ParseAssessmentMethod("LEC ").has_value());
  EXPECT_FALSE(ParseAssessmentMethod("").has_value());
}

TEST(AssessmentTest, LecTable) {
  struct Case {
    const char* name;
    double l, e, c;
    double score;
    R level;
  };
  const Case cases[] = {
      {"worst", 10, 10, 100, 10000, R::kMajor},
      {"several deaths, daily", 3, 3, 40, 360, R::kMajor},
      {"one death, daily, quite possible", 6, 6, 15, 540, R::kMajor},
      {"just under major", 10, 2, 15, 300, R::kHigh},
      {"decimal L", 0.5, 6, 100, 300, R::kHigh},
      {"moderate", 1, 10, 15, 150, R::kModerate},
      {"moderate lower edge 70", 10, 1, 7, 70, R::kModerate},
      {"decimal product exactly 80", 0.2, 10, 40, 80, R::kModerate},
      {"low", 6, 1, 7, 42, R::kLow},
      {"least", 0.1, 0.5, 1, 0.05, R::kLow},
  };
  const auto config = DefaultAssessmentConfig();
  for (const auto& c : cases) {
    const auto out = AssessLec(config, {c.l, c.e, c.c});
    const auto* r = Ok(out);
    ASSERT_NE(r, nullptr) << c.name;
    EXPECT_EQ(r->score, c.score) << c.name;
    EXPECT_EQ(r->level, c.level) << c.name;
    const auto via_api = Assess(config, AssessmentMethod::kLec, {c.l, c.e, c.c, std::nullopt});
    ASSERT_NE(Ok(via_api), nullptr) << c.name;
    EXPECT_EQ(Ok(via_api)->score, c.score) << c.name;
    EXPECT_EQ(Ok(via_api)->level, c.level) << c.name;
  }
}

TEST(AssessmentTest, LsEveryCell) {
  const auto config = DefaultAssessmentConfig();
  for (int l = 1; l <= 5; ++l) {
    for (int s = 1; s <= 5; ++s) {
      const auto out = AssessLs(config, {double(l), double(s)});
      const auto* r = Ok(out);
      ASSERT_NE(r, nullptr) << l << "x" << s;
      EXPECT_EQ(r->score, l * s);
      const R expected = l * s >= 20 ? R::kMajor : l * s >= 9 ? R::kHigh
                         : l * s >= 4 ? R::kModerate : R::kLow;
      EXPECT_EQ(r->level, expected) << l << "x" << s;
    }
  }
}

TEST(AssessmentTest, RefusalTable) {
  struct Case {
    const char* name;
    AssessmentMethod method;
    AssessmentInputs in;
    std::set<std::pair<std::string, std::string>> errors;  // {field, rule}
  };
  const auto nan = std::nan("");
  const auto no = std::nullopt;
  const Case cases[] = {
      {"L not in table", AssessmentMethod::kLec, {5, 6, 15, no}, {{"L", "lec_l_invalid"}}},
      {"E not in table", AssessmentMethod::kLec, {6, 4, 15, no}, {{"E", "lec_e_invalid"}}},
      {"C not in table", AssessmentMethod::kLec, {6, 6, 16, no}, {{"C", "lec_c_invalid"}}},
      {"all invalid", AssessmentMethod::kLec, {0, -1, nan, no},
       {{"L", "lec_l_invalid"}, {"E", "lec_e_invalid"}, {"C", "lec_c_invalid"}}},
      {"near miss is not a choice", AssessmentMethod::kLec, {0.51, 6, 15, no},
       {{"L", "lec_l_invalid"}}},
      {"missing E and C", AssessmentMethod::kLec, {6, no, no, no},
       {{"E", "lec_e_required"}, {"C", "lec_c_required"}}},
      {"missing and invalid together", AssessmentMethod::kLec, {7, no, 15, no},
       {{"L", "lec_l_invalid"}, {"E", "lec_e_required"}}},
      {"S with LEC", AssessmentMethod::kLec, {6, 6, 15, 3}, {{"S", "input_not_applicable"}}},
      {"LS L out of range", AssessmentMethod::kLs, {6, no, no, 3}, {{"L", "ls_l_invalid"}}},
      {"LS S zero", AssessmentMethod::kLs, {3, no, no, 0}, {{"S", "ls_s_invalid"}}},
      {"LS fraction", AssessmentMethod::kLs, {2.5, no, no, 3}, {{"L", "ls_l_invalid"}}},
      {"LS missing", AssessmentMethod::kLs, {no, no, no, no},
       {{"L", "ls_l_required"}, {"S", "ls_s_required"}}},
      {"E and C with LS", AssessmentMethod::kLs, {3, 6, 15, 3},
       {{"E", "input_not_applicable"}, {"C", "input_not_applicable"}}},
  };
  const auto config = DefaultAssessmentConfig();
  for (const auto& c : cases) {
    const auto errors = Errors(Assess(config, c.method, c.in));
    std::set<std::pair<std::string, std::string>> got;
    for (const auto& e : errors) got.insert({e.field, e.rule});
    EXPECT_EQ(got, c.errors) << c.name;
    EXPECT_TRUE(WellFormed(errors)) << c.name;
  }
}

TEST(AssessmentTest, InvalidMessageListsTheChoices) {
  const auto errors = Errors(AssessLec(DefaultAssessmentConfig(), {5, 6, 15}));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "L");
  EXPECT_NE(errors[0].message.find("10, 6, 3, 1, 0.5, 0.2, 0.1"), std::string::npos)
      << errors[0].message;
  EXPECT_NE(errors[0].message.find("got 5"), std::string::npos) << errors[0].message;
  EXPECT_NE(errors[0].message_zh.find("10, 6, 3, 1, 0.5, 0.2, 0.1"), std::string::npos);
}

TEST(AssessmentTest, ChoicesMatchDespiteDifferentSpelling) {
  // 0.5 read from "5e-1" or computed as 1/2 is the same choice; rounding noise is tolerated.
  const auto out = AssessLec(DefaultAssessmentConfig(), {1.0 / 2.0, 6, 100 + 1e-12});
  ASSERT_NE(Ok(out), nullptr);
  EXPECT_EQ(Ok(out)->score, 300);
}

TEST(AssessmentTest, UsesTheConfiguredTablesAndBands) {
  auto config = DefaultAssessmentConfig();
  config.ls.bands = {{R::kMajor, 20.0, true, 25.0, true},
                     {R::kHigh, 15.0, true, 16.0, true},
                     {R::kModerate, 9.0, true, 12.0, true},
                     {R::kLow, 1.0, true, 8.0, true}};
  ASSERT_TRUE(ValidateAssessmentConfig(config).empty());
  EXPECT_EQ(Ok(AssessLs(config, {3, 4}))->level, R::kModerate);  // 12: high by default
  EXPECT_EQ(Ok(AssessLs(config, {2, 4}))->level, R::kLow);       // 8: moderate by default

  config.lec.likelihood.push_back({0.05, "几乎不可能", "Almost impossible"});
  const auto out = AssessLec(config, {0.05, 10, 100});
  ASSERT_NE(Ok(out), nullptr);
  EXPECT_EQ(Ok(out)->score, 50);
  EXPECT_EQ(Ok(out)->level, R::kLow);
}

TEST(AssessmentTest, UncoveredScoreIsAConfigurationError) {
  auto config = DefaultAssessmentConfig();
  config.lec.bands.pop_back();  // nothing below 70
  const auto errors = Errors(AssessLec(config, {1, 1, 1}));
  EXPECT_EQ(Rules(errors), std::set<std::string>{"assessment_config_invalid"});
  EXPECT_TRUE(WellFormed(errors));
}

}  // namespace
}  // namespace anjian::risk
