#include "emergency/accidents/accident_grade_rules.hpp"

namespace anjian::accidents {

namespace {

// The lowest value of each criterion that reaches 较大, 重大, 特别重大 ("以上" includes it).
struct Bounds {
  std::int64_t large, serious, especially_serious;
};
constexpr Bounds kDeaths{3, 10, 30};
constexpr Bounds kInjuries{10, 50, 100};
constexpr Bounds kLoss{10'000'000, 50'000'000, 100'000'000};

Grade By(std::int64_t v, const Bounds& b) {
  if (v >= b.especially_serious) return Grade::kEspeciallySerious;
  if (v >= b.serious) return Grade::kSerious;
  if (v >= b.large) return Grade::kLarge;
  return Grade::kOrdinary;
}

}  // namespace

std::string_view GradeValue(Grade g) {
  switch (g) {
    case Grade::kOrdinary: return "ordinary";
    case Grade::kLarge: return "large";
    case Grade::kSerious: return "serious";
    case Grade::kEspeciallySerious: return "especially_serious";
  }
  return "ordinary";
}

std::string_view GradeLabelZh(Grade g) {
  switch (g) {
    case Grade::kOrdinary: return "一般事故";
    case Grade::kLarge: return "较大事故";
    case Grade::kSerious: return "重大事故";
    case Grade::kEspeciallySerious: return "特别重大事故";
  }
  return "一般事故";
}

std::optional<Grade> GradeFromValue(std::string_view v) {
  for (Grade g : {Grade::kOrdinary, Grade::kLarge, Grade::kSerious, Grade::kEspeciallySerious})
    if (GradeValue(g) == v) return g;
  return std::nullopt;
}

GradeDecision GradeOf(const Casualties& c) {
  const Grade by[3] = {By(c.deaths, kDeaths), By(c.serious_injuries, kInjuries),
                       By(c.direct_loss_yuan, kLoss)};
  const char* names[3] = {"deaths", "serious_injuries", "direct_loss_yuan"};
  GradeDecision d;
  for (Grade g : by)
    if (g > d.grade) d.grade = g;
  if (d.grade != Grade::kOrdinary)
    for (int i = 0; i < 3; ++i)
      if (by[i] == d.grade) d.basis.push_back(names[i]);
  return d;
}

}  // namespace anjian::accidents
