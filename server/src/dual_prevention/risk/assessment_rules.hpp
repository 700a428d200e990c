// One risk assessment of a risk unit or risk event: the chosen scores must be rows of the
// configured tables (so every recorded assessment can be explained with the table's meanings),
// and the level comes from the configured bands.
#pragma once

#include <optional>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "dual_prevention/risk/assessment_config_rules.hpp"
#include "dual_prevention/risk/risk_level_rules.hpp"

namespace anjian::risk {

enum class AssessmentMethod { kLec, kLs };

const std::vector<AssessmentMethod>& AllAssessmentMethods();
// "LEC" | "LS": upper case, as the API's "method" field and the published names spell them.
std::string_view AssessmentMethodValue(AssessmentMethod method);
std::optional<AssessmentMethod> ParseAssessmentMethod(std::string_view value);
std::string_view AssessmentMethodLabelZh(AssessmentMethod method);  // 作业条件危险性分析法 (LEC) …
std::string_view AssessmentMethodLabelEn(AssessmentMethod method);

// The API's number fields; which ones apply depends on the method (LEC: L, E, C; LS: L, S).
struct AssessmentInputs {
  std::optional<double> L, E, C, S;
};

struct LecInput {
  double L = 0, E = 0, C = 0;
};

// Whole numbers in the configured range (1-5 by default); a double so that 2.5 from JSON is
// refused by the choice rule rather than silently truncated.
struct LsInput {
  double L = 0, S = 0;
};

struct AssessmentResult {
  double score = 0;  // D for LEC, R for LS, rounded as RoundScore does
  RiskLevel level = RiskLevel::kLow;
};

using AssessmentOutcome = std::variant<AssessmentResult, std::vector<FieldError>>;

// Rules (field "L", "E", "C" or "S"): lec_l_invalid, lec_e_invalid, lec_c_invalid, ls_l_invalid,
// ls_s_invalid (not one of the configured choices; the message lists them);
// assessment_config_invalid (field ""; the score falls in no band, impossible with a validated
// configuration).
AssessmentOutcome AssessLec(const AssessmentConfig& config, const LecInput& input);
AssessmentOutcome AssessLs(const AssessmentConfig& config, const LsInput& input);

// The API entry point. Besides the rules above: lec_l_required, lec_e_required, lec_c_required,
// ls_l_required, ls_s_required (missing value); input_not_applicable (a value the method does
// not use, e.g. "S" with LEC: a client sending it has mixed up the methods).
AssessmentOutcome Assess(const AssessmentConfig& config, AssessmentMethod method,
                         const AssessmentInputs& inputs);

}  // namespace anjian::risk
