// Art. 3 of 493号令: every bound of each criterion alone ("以上" includes, "以下" excludes) and
// the criteria combined (the highest applies).
#include "emergency/accidents/accident_grade_rules.hpp"

#include <gtest/gtest.h>

namespace anjian::accidents {
namespace {

struct Row {
  std::int64_t deaths, injuries, loss;
  const char* grade;
  std::vector<std::string> basis;
};

TEST(AccidentGradeRules, EveryBoundOfEachCriterionAlone) {
  const Row rows[] = {
      {0, 0, 0, "ordinary", {}},
      // deaths: 以下 excludes 3, 以上 includes it …
      {2, 0, 0, "ordinary", {}},
      {3, 0, 0, "large", {"deaths"}},
      {9, 0, 0, "large", {"deaths"}},
      {10, 0, 0, "serious", {"deaths"}},
      {29, 0, 0, "serious", {"deaths"}},
      {30, 0, 0, "especially_serious", {"deaths"}},
      {500, 0, 0, "especially_serious", {"deaths"}},
      // serious injuries (acute industrial poisoning included)
      {0, 9, 0, "ordinary", {}},
      {0, 10, 0, "large", {"serious_injuries"}},
      {0, 49, 0, "large", {"serious_injuries"}},
      {0, 50, 0, "serious", {"serious_injuries"}},
      {0, 99, 0, "serious", {"serious_injuries"}},
      {0, 100, 0, "especially_serious", {"serious_injuries"}},
      // direct loss in yuan: 1000万, 5000万, 1亿
      {0, 0, 9'999'999, "ordinary", {}},
      {0, 0, 10'000'000, "large", {"direct_loss_yuan"}},
      {0, 0, 49'999'999, "large", {"direct_loss_yuan"}},
      {0, 0, 50'000'000, "serious", {"direct_loss_yuan"}},
      {0, 0, 99'999'999, "serious", {"direct_loss_yuan"}},
      {0, 0, 100'000'000, "especially_serious", {"direct_loss_yuan"}},
  };
  for (const auto& r : rows) {
    auto d = GradeOf({r.deaths, r.injuries, r.loss});
    EXPECT_EQ(GradeValue(d.grade), r.grade) << r.deaths << "/" << r.injuries << "/" << r.loss;
    EXPECT_EQ(d.basis, r.basis) << r.deaths << "/" << r.injuries << "/" << r.loss;
  }
}

TEST(AccidentGradeRules, TheHighestCriterionApplies) {
  const Row rows[] = {
      {2, 9, 9'999'999, "ordinary", {}},
      {2, 10, 0, "large", {"serious_injuries"}},
      {3, 10, 10'000'000, "large", {"deaths", "serious_injuries", "direct_loss_yuan"}},
      {1, 49, 50'000'000, "serious", {"direct_loss_yuan"}},
      {10, 99, 0, "serious", {"deaths", "serious_injuries"}},
      {9, 100, 0, "especially_serious", {"serious_injuries"}},
      {29, 99, 100'000'000, "especially_serious", {"direct_loss_yuan"}},
      {30, 100, 100'000'000, "especially_serious",
       {"deaths", "serious_injuries", "direct_loss_yuan"}},
  };
  for (const auto& r : rows) {
    auto d = GradeOf({r.deaths, r.injuries, r.loss});
    EXPECT_EQ(GradeValue(d.grade), r.grade) << r.deaths << "/" << r.injuries << "/" << r.loss;
    EXPECT_EQ(d.basis, r.basis) << r.deaths << "/" << r.injuries << "/" << r.loss;
  }
}

TEST(AccidentGradeRules, ValuesRoundTrip) {
  for (auto v : {"ordinary", "large", "serious", "especially_serious"})
    EXPECT_EQ(GradeValue(*GradeFromValue(v)), v);
  EXPECT_FALSE(GradeFromValue("major").has_value());
  EXPECT_EQ(GradeLabelZh(Grade::kLarge), "较大事故");
}

}  // namespace
}  // namespace anjian::accidents
