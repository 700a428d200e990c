#include "dual_prevention/risk/assessment_config_rules.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <set>

#include "core/test_util.hpp"

namespace anjian::risk {
namespace {

using R = RiskLevel;
using core::testing::Rules;
using core::testing::WellFormed;

std::vector<double> Values(const std::vector<ScoreChoice>& choices) {
  std::vector<double> v;
  for (const auto& c : choices) v.push_back(c.value);
  return v;
}

// The published classic tables, independently of the implementation.
TEST(AssessmentConfigTest, DefaultsAreRulesSection9) {
  const auto c = DefaultAssessmentConfig();
  EXPECT_EQ(Values(c.lec.likelihood), (std::vector<double>{10, 6, 3, 1, 0.5, 0.2, 0.1}));
  EXPECT_EQ(Values(c.lec.exposure), (std::vector<double>{10, 6, 3, 2, 1, 0.5}));
  EXPECT_EQ(Values(c.lec.consequence), (std::vector<double>{100, 40, 15, 7, 3, 1}));
  EXPECT_EQ(Values(c.ls.likelihood), (std::vector<double>{5, 4, 3, 2, 1}));
  EXPECT_EQ(Values(c.ls.severity), (std::vector<double>{5, 4, 3, 2, 1}));
  for (const auto* table : {&c.lec.likelihood, &c.lec.exposure, &c.lec.consequence,
                            &c.ls.likelihood, &c.ls.severity}) {
    for (const auto& choice : *table) {
      EXPECT_FALSE(choice.label_zh.empty()) << choice.value;
      EXPECT_FALSE(choice.label_en.empty()) << choice.value;
    }
  }
  EXPECT_EQ(c.lec.likelihood[1].label_zh, "相当可能");
  EXPECT_EQ(c.lec.consequence[2].label_zh, "非常严重，一人死亡");
  const auto errors = ValidateAssessmentConfig(c);
  EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors[0].message);
}

TEST(AssessmentConfigTest, DefaultLecBandEdges) {
  const auto bands = DefaultAssessmentConfig().lec.bands;
  const std::pair<double, R> cases[] = {
      {2000, R::kMajor},     {320.0001, R::kMajor}, {320, R::kHigh},      {240, R::kHigh},
      {160, R::kHigh},       {159.99, R::kModerate}, {70, R::kModerate},  {69.99, R::kLow},
      {20, R::kLow},         {0.001, R::kLow},
  };
  for (const auto& [score, level] : cases) EXPECT_EQ(LevelForScore(bands, score), level) << score;
}

TEST(AssessmentConfigTest, DefaultLsBandEdges) {
  const auto bands = DefaultAssessmentConfig().ls.bands;
  const std::pair<double, R> cases[] = {
      {25, R::kMajor}, {20, R::kMajor}, {16, R::kHigh},     {12, R::kHigh},   {9, R::kHigh},
      {8, R::kModerate}, {4, R::kModerate}, {3, R::kLow},   {1, R::kLow},
  };
  for (const auto& [score, level] : cases) EXPECT_EQ(LevelForScore(bands, score), level) << score;
  // No L × S with L, S in 1-5 lands in the gaps, but a raw score there has no level.
  EXPECT_EQ(LevelForScore(bands, 18), std::nullopt);
}

// Every cell of both default tables, against the plain statement of the bands.
TEST(AssessmentConfigTest, EveryDefaultProductHasItsLevel) {
  const auto c = DefaultAssessmentConfig();
  int lec_cells = 0;
  for (const auto& l : c.lec.likelihood) {
    for (const auto& e : c.lec.exposure) {
      for (const auto& k : c.lec.consequence) {
        const double d = RoundScore(l.value * e.value * k.value);
        const R expected = d > 320 ? R::kMajor : d >= 160 ? R::kHigh : d >= 70 ? R::kModerate : R::kLow;
        EXPECT_EQ(LevelForScore(c.lec.bands, d), expected) << d;
        ++lec_cells;
      }
    }
  }
  EXPECT_EQ(lec_cells, 7 * 6 * 6);
  for (int l = 1; l <= 5; ++l) {
    for (int s = 1; s <= 5; ++s) {
      const int r = l * s;
      const R expected = r >= 20 ? R::kMajor : r >= 9 ? R::kHigh : r >= 4 ? R::kModerate : R::kLow;
      EXPECT_EQ(LevelForScore(c.ls.bands, r), expected) << l << "x" << s;
    }
  }
}

TEST(AssessmentConfigTest, RoundScoreMakesDecimalProductsExact) {
  EXPECT_EQ(RoundScore(0.2 * 10 * 40), 80);
  EXPECT_EQ(RoundScore(0.1 * 3 * 7), 2.1);
  EXPECT_EQ(RoundScore(0.5 * 0.5 * 1), 0.25);
  EXPECT_EQ(RoundScore(6.0 * 6 * 15), 540);
}

TEST(AssessmentConfigTest, InclusivityIsConfigurable) {
  auto c = DefaultAssessmentConfig();
  // The other reading: D ≥ 320 is major, 160 < D < 320 high, 70 < D ≤ 160 moderate.
  c.lec.bands = {{R::kMajor, 320.0, true, std::nullopt, false},
                 {R::kHigh, 160.0, false, 320.0, false},
                 {R::kModerate, 70.0, false, 160.0, true},
                 {R::kLow, std::nullopt, false, 70.0, true}};
  EXPECT_TRUE(ValidateAssessmentConfig(c).empty());
  EXPECT_EQ(LevelForScore(c.lec.bands, 320), R::kMajor);
  EXPECT_EQ(LevelForScore(c.lec.bands, 160), R::kModerate);
  EXPECT_EQ(LevelForScore(c.lec.bands, 70), R::kLow);
}

TEST(AssessmentConfigTest, AlternativeLsBandingIsValid) {
  auto c = DefaultAssessmentConfig();
  // rules.md §9's second LS banding: 20-25 / 15-16 / 9-12 / 1-8.
  c.ls.bands = {{R::kMajor, 20.0, true, 25.0, true},
                {R::kHigh, 15.0, true, 16.0, true},
                {R::kModerate, 9.0, true, 12.0, true},
                {R::kLow, 1.0, true, 8.0, true}};
  EXPECT_TRUE(ValidateAssessmentConfig(c).empty());
  EXPECT_EQ(LevelForScore(c.ls.bands, 12), R::kModerate);
  EXPECT_EQ(LevelForScore(c.ls.bands, 15), R::kHigh);
  EXPECT_EQ(LevelForScore(c.ls.bands, 8), R::kLow);
}

TEST(AssessmentConfigTest, BandContains) {
  const LevelBand closed{R::kHigh, 5.0, true, 5.0, true};
  EXPECT_TRUE(BandContains(closed, 5));
  EXPECT_FALSE(BandContains(closed, 5.0001));
  const LevelBand open{R::kHigh, 1.0, false, 2.0, false};
  EXPECT_FALSE(BandContains(open, 1));
  EXPECT_FALSE(BandContains(open, 2));
  EXPECT_TRUE(BandContains(open, 1.5));
  const LevelBand everything{R::kLow, std::nullopt, false, std::nullopt, false};
  EXPECT_TRUE(BandContains(everything, -1e300));
  EXPECT_TRUE(BandContains(everything, 1e300));
}

TEST(AssessmentConfigTest, ValidationTable) {
  using Mutate = std::function<void(AssessmentConfig&)>;
  struct Case {
    const char* name;
    Mutate mutate;
    const char* field;
    std::set<std::string> rules;  // exactly these
  };
  const Case cases[] = {
      {"empty L", [](auto& c) { c.lec.likelihood.clear(); }, "lec.L", {"choices_empty"}},
      {"zero value", [](auto& c) { c.lec.exposure.back().value = 0; }, "lec.E",
       {"choice_value_invalid"}},
      {"negative value", [](auto& c) { c.lec.consequence.back().value = -1; }, "lec.C",
       {"choice_value_invalid"}},
      {"NaN value", [](auto& c) { c.lec.likelihood[0].value = std::nan(""); }, "lec.L",
       {"choice_value_invalid"}},
      {"infinite value",
       [](auto& c) { c.lec.likelihood[0].value = std::numeric_limits<double>::infinity(); },
       "lec.L", {"choice_value_invalid"}},
      {"LS fraction", [](auto& c) { c.ls.likelihood[2].value = 2.5; }, "ls.L",
       {"choice_value_invalid"}},
      {"duplicate", [](auto& c) { c.lec.exposure[1].value = 10; }, "lec.E",
       {"choice_duplicate", "choices_order"}},
      {"ascending", [](auto& c) { std::swap(c.ls.severity[0], c.ls.severity[4]); }, "ls.S",
       {"choices_order"}},
      {"label zh missing", [](auto& c) { c.lec.likelihood[3].label_zh.clear(); }, "lec.L",
       {"choice_label_required"}},
      {"label en missing", [](auto& c) { c.ls.severity[3].label_en.clear(); }, "ls.S",
       {"choice_label_required"}},
      {"too many choices",
       [](auto& c) {
         c.ls.likelihood.clear();
         for (int v = 21; v >= 1; --v) c.ls.likelihood.push_back({double(v), "级", "level"});
         c.ls.bands.back().min = std::nullopt;     // low: (-inf, 3]
         c.ls.bands.front().max = std::nullopt;    // major: [20, +inf)
         c.ls.bands[1].max = 19.5;                 // high: [9, 19.5]
         c.ls.bands[0].min_inclusive = true;
       },
       "ls.L", {"choices_too_many"}},
      {"no bands", [](auto& c) { c.lec.bands.clear(); }, "lec.bands", {"bands_empty"}},
      {"edges both inclusive overlap", [](auto& c) { c.lec.bands[0].min_inclusive = true; },
       "lec.bands", {"bands_overlap"}},
      {"wide band overlaps two",
       [](auto& c) { c.lec.bands[1].min = 50.0; },
       "lec.bands", {"bands_overlap", "bands_order"}},
      {"two unbounded above",
       [](auto& c) { c.lec.bands[1].max = std::nullopt; },
       "lec.bands", {"bands_overlap"}},
      {"gap with products in it", [](auto& c) { c.lec.bands[2].min = 80.0; }, "lec.bands",
       {"bands_gap"}},
      // 70 = 10 × 1 × 7 is a product; 160 and 320 are not, with the default tables.
      {"edges both exclusive leave 70 out",
       [](auto& c) { c.lec.bands[2].min_inclusive = false; }, "lec.bands", {"bands_gap"}},
      {"inverted levels",
       [](auto& c) { std::swap(c.ls.bands[0].level, c.ls.bands[3].level); }, "ls.bands",
       {"bands_order"}},
      {"level missing",
       [](auto& c) {
         c.ls.bands.pop_back();
         c.ls.bands.back().min = std::nullopt;
       },
       "ls.bands", {"band_level_missing"}},
      {"inverted bounds", [](auto& c) { c.ls.bands[0].max = 19.0; }, "ls.bands",
       {"band_bounds_invalid", "bands_gap"}},
      {"empty half-open point", [](auto& c) { c.ls.bands[3] = {R::kLow, 1.0, true, 1.0, false}; },
       "ls.bands", {"band_bounds_invalid", "bands_gap"}},
      {"non-finite bound",
       [](auto& c) { c.lec.bands[0].min = std::numeric_limits<double>::infinity(); },
       "lec.bands", {"band_bounds_invalid", "bands_gap"}},
  };
  for (const auto& c : cases) {
    auto config = DefaultAssessmentConfig();
    c.mutate(config);
    const auto errors = ValidateAssessmentConfig(config);
    EXPECT_EQ(Rules(errors), c.rules) << c.name;
    EXPECT_TRUE(WellFormed(errors)) << c.name;
    for (const auto& e : errors) EXPECT_EQ(e.field, c.field) << c.name << ": " << e.rule;
  }
}

TEST(AssessmentConfigTest, GapMessageListsScores) {
  auto c = DefaultAssessmentConfig();
  c.lec.bands[2].min_inclusive = false;  // 70 = 10 × 1 × 7 belongs to no band
  const auto errors = ValidateAssessmentConfig(c);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find(": 1 possible score(s) fall in no band: 70"), std::string::npos)
      << errors[0].message;
  EXPECT_NE(errors[0].message_zh.find("70"), std::string::npos) << errors[0].message_zh;
}

TEST(AssessmentConfigTest, DegenerateSinglePointBandIsValid) {
  auto c = DefaultAssessmentConfig();
  c.ls.bands = {{R::kMajor, 20.0, true, 25.0, true},
                {R::kHigh, 9.0, true, 16.0, true},
                {R::kModerate, 2.0, true, 8.0, true},
                {R::kLow, 1.0, true, 1.0, true}};
  EXPECT_TRUE(ValidateAssessmentConfig(c).empty());
  EXPECT_EQ(LevelForScore(c.ls.bands, 2), R::kModerate);
}

void ExpectSameConfig(const AssessmentConfig& a, const AssessmentConfig& b) {
  auto same_choices = [](const std::vector<ScoreChoice>& x, const std::vector<ScoreChoice>& y) {
    ASSERT_EQ(x.size(), y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
      EXPECT_EQ(x[i].value, y[i].value);
      EXPECT_EQ(x[i].label_zh, y[i].label_zh);
      EXPECT_EQ(x[i].label_en, y[i].label_en);
    }
  };
  auto same_bands = [](const std::vector<LevelBand>& x, const std::vector<LevelBand>& y) {
    ASSERT_EQ(x.size(), y.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
      EXPECT_EQ(x[i].level, y[i].level);
      EXPECT_EQ(x[i].min, y[i].min);
      EXPECT_EQ(x[i].min_inclusive, y[i].min_inclusive);
      EXPECT_EQ(x[i].max, y[i].max);
      EXPECT_EQ(x[i].max_inclusive, y[i].max_inclusive);
    }
  };
  same_choices(a.lec.likelihood, b.lec.likelihood);
  same_choices(a.lec.exposure, b.lec.exposure);
  same_choices(a.lec.consequence, b.lec.consequence);
  same_bands(a.lec.bands, b.lec.bands);
  same_choices(a.ls.likelihood, b.ls.likelihood);
  same_choices(a.ls.severity, b.ls.severity);
  same_bands(a.ls.bands, b.ls.bands);
}

TEST(AssessmentConfigTest, JsonRoundTrip) {
  const auto config = DefaultAssessmentConfig();
  const std::string text = AssessmentConfigToJson(config);
  EXPECT_NE(text.find(R"("min":320,)"), std::string::npos) << text;
  EXPECT_NE(text.find(R"("max":null)"), std::string::npos) << text;
  EXPECT_NE(text.find("相当可能"), std::string::npos);
  const auto parsed = AssessmentConfigFromJson(text);
  ASSERT_TRUE(std::holds_alternative<AssessmentConfig>(parsed))
      << std::get<std::vector<FieldError>>(parsed)[0].message;
  ExpectSameConfig(std::get<AssessmentConfig>(parsed), config);
  EXPECT_EQ(AssessmentConfigToJson(std::get<AssessmentConfig>(parsed)), text);
}

// A hand-written settings value, with numbers spelt as people and other tools spell them.
constexpr const char* kHandWritten = R"({
  "lec": {
    "L": [{"value": 10, "label_zh": "完全可以预料", "label_en": "Expected"},
          {"value": 1.0, "label_zh": "可能性小", "label_en": "Unlikely"},
          {"value": 5e-1, "label_zh": "很不可能", "label_en": "Very unlikely"}],
    "E": [{"value": 6, "label_zh": "每天", "label_en": "Daily"}],
    "C": [{"value": 100, "label_zh": "大灾难", "label_en": "Catastrophe"},
          {"value": 1, "label_zh": "需要救护", "label_en": "First aid"}],
    "bands": [
      {"level": "major", "min": 320, "min_inclusive": true, "max": null, "max_inclusive": false},
      {"level": "high", "min": 160, "min_inclusive": true, "max": 320, "max_inclusive": false},
      {"level": "moderate", "min": 70, "min_inclusive": true, "max": 160, "max_inclusive": false},
      {"level": "low", "min": null, "min_inclusive": false, "max": 70, "max_inclusive": false}]
  },
  "ls": {
    "L": [{"value": 2, "label_zh": "可能", "label_en": "Possible"},
          {"value": 1, "label_zh": "不太可能", "label_en": "Unlikely"}],
    "S": [{"value": 2, "label_zh": "严重", "label_en": "Serious"},
          {"value": 1, "label_zh": "轻微", "label_en": "Minor"}],
    "bands": [
      {"level": "major", "min": 4, "min_inclusive": true, "max": 4, "max_inclusive": true},
      {"level": "high", "min": 3, "min_inclusive": true, "max": 3, "max_inclusive": true},
      {"level": "moderate", "min": 2, "min_inclusive": true, "max": 2, "max_inclusive": true},
      {"level": "low", "min": 1, "min_inclusive": true, "max": 1, "max_inclusive": true}]
  }
})";

TEST(AssessmentConfigTest, JsonHandWritten) {
  const auto parsed = AssessmentConfigFromJson(kHandWritten);
  ASSERT_TRUE(std::holds_alternative<AssessmentConfig>(parsed))
      << std::get<std::vector<FieldError>>(parsed)[0].field << " "
      << std::get<std::vector<FieldError>>(parsed)[0].message;
  const auto& c = std::get<AssessmentConfig>(parsed);
  EXPECT_EQ(Values(c.lec.likelihood), (std::vector<double>{10, 1, 0.5}));
  EXPECT_EQ(c.lec.bands[0].min_inclusive, true);
  EXPECT_EQ(c.lec.bands[3].min, std::nullopt);
  EXPECT_EQ(LevelForScore(c.ls.bands, 4), R::kMajor);
}

TEST(AssessmentConfigTest, JsonErrors) {
  const std::string good = AssessmentConfigToJson(DefaultAssessmentConfig());
  auto replace = [&](std::string from, std::string to) {
    std::string s = good;
    const auto at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) s.replace(at, from.size(), to);
    return s;
  };
  struct Case {
    const char* name;
    std::string text;
    std::string field;
    std::string rule;
  };
  const Case cases[] = {
      {"not JSON", "{\"lec\":", "", "config_json_invalid"},
      {"empty", "", "", "config_json_invalid"},
      {"array root", "[]", "", "config_field_type"},
      {"missing ls", replace(",\"ls\":{", ",\"lx\":{"), "ls", "config_field_missing"},
      {"unknown top key", replace(",\"ls\":{", ",\"lx\":{"), "lx", "config_field_unknown"},
      {"choices not array", replace("\"E\":[", "\"E\":7,\"E2\":["), "lec.E", "config_field_type"},
      {"value a string", replace("{\"value\":10,", "{\"value\":\"10\","), "lec.L[0].value",
       "config_field_type"},
      {"label a number", replace("\"label_zh\":\"相当可能\"", "\"label_zh\":6"),
       "lec.L[1].label_zh", "config_field_type"},
      {"misspelt inclusive", replace("\"min_inclusive\":false", "\"min_inclusve\":false"),
       "lec.bands[0].min_inclusve", "config_field_unknown"},
      {"misspelt inclusive missing", replace("\"min_inclusive\":false", "\"min_inclusve\":false"),
       "lec.bands[0].min_inclusive", "config_field_missing"},
      {"unknown level", replace("\"level\":\"major\"", "\"level\":\"critical\""),
       "lec.bands[0].level", "config_field_type"},
      {"inclusive as number", replace("\"min_inclusive\":false", "\"min_inclusive\":0"),
       "lec.bands[0].min_inclusive", "config_field_type"},
      {"bound as string", replace("\"min\":320", "\"min\":\"320\""), "lec.bands[0].min",
       "config_field_type"},
      {"valid JSON, invalid config", replace("\"min\":70,\"min_inclusive\":true",
                                             "\"min\":70,\"min_inclusive\":false"),
       "lec.bands", "bands_gap"},
  };
  for (const auto& c : cases) {
    const auto parsed = AssessmentConfigFromJson(c.text);
    ASSERT_TRUE(std::holds_alternative<std::vector<FieldError>>(parsed)) << c.name;
    const auto& errors = std::get<std::vector<FieldError>>(parsed);
    EXPECT_TRUE(WellFormed(errors)) << c.name;
    const bool found = std::any_of(errors.begin(), errors.end(), [&](const FieldError& e) {
      return e.field == c.field && e.rule == c.rule;
    });
    EXPECT_TRUE(found) << c.name << ": first error " << errors[0].field << " " << errors[0].rule;
  }
}

}  // namespace
}  // namespace anjian::risk
