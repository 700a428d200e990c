// The grade of a production-safety accident (生产安全事故等级), 生产安全事故报告和调查处理条例
// (国务院令493号) art. 3, pure: each of the three criteria — deaths, serious injuries (acute
// industrial poisoning included), direct economic loss — gives a grade and the highest applies.
// "以上" includes the bound and "以下" excludes it (art. 3, last paragraph), so 3 deaths is 较大
// and 2 is 一般. The glossary's values: ordinary (一般), large (较大), serious (重大),
// especially_serious (特别重大).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anjian::accidents {

enum class Grade { kOrdinary = 0, kLarge = 1, kSerious = 2, kEspeciallySerious = 3 };

std::string_view GradeValue(Grade g);    // "ordinary" …
std::string_view GradeLabelZh(Grade g);  // "一般事故" …
std::optional<Grade> GradeFromValue(std::string_view v);

struct Casualties {
  std::int64_t deaths = 0;
  std::int64_t serious_injuries = 0;  // incl. acute industrial poisoning
  std::int64_t direct_loss_yuan = 0;
};

struct GradeDecision {
  Grade grade = Grade::kOrdinary;
  // The criteria that reach `grade` ("deaths", "serious_injuries", "direct_loss_yuan"); empty
  // for an ordinary accident no criterion lifted.
  std::vector<std::string> basis;
};

// Art. 3 bounds: deaths 3/10/30, serious injuries 10/50/100, direct loss 1000万/5000万/1亿 yuan.
GradeDecision GradeOf(const Casualties& c);

}  // namespace anjian::accidents
