#include "dual_prevention/risk/assessment_rules.hpp"

#include <cmath>
#include <string>

#include "dual_prevention/risk/risk_errors.hpp"
#include "dual_prevention/risk/score_format_rules.hpp"

namespace anjian::risk {
namespace {

struct MethodInfo {
  AssessmentMethod method;
  std::string_view value, label_zh, label_en;
};

constexpr MethodInfo kMethodInfo[] = {
    {AssessmentMethod::kLec, "LEC", "作业条件危险性分析法（LEC）",
     "Job hazard analysis (LEC)"},
    {AssessmentMethod::kLs, "LS", "风险矩阵法（LS）", "Risk matrix (LS)"},
};

const MethodInfo& Info(AssessmentMethod m) {
  for (const auto& info : kMethodInfo) {
    if (info.method == m) return info;
  }
  return kMethodInfo[0];
}

// One input, e.g. LEC's "E": the table it must come from and its two refusals.
struct Factor {
  const char* field;  // "E"
  const core::Rule* invalid;
  const core::Rule* required;
  const std::vector<ScoreChoice>* choices;
};

// The configured value equal to `value`. A relative tolerance, because the configuration and the
// request reach us through different JSON texts ("0.5" vs "5e-1") yet mean the same number.
std::optional<double> Match(const std::vector<ScoreChoice>& choices, double value) {
  if (!std::isfinite(value)) return std::nullopt;
  for (const auto& c : choices) {
    if (std::fabs(c.value - value) <= 1e-9 * std::max(1.0, std::fabs(c.value))) return c.value;
  }
  return std::nullopt;
}

void Invalid(const Factor& f, double value, std::vector<FieldError>& errors) {
  std::vector<double> allowed;
  for (const auto& c : *f.choices) allowed.push_back(c.value);
  const std::string list = FormatScores(allowed);
  const std::string got = std::isfinite(value) ? FormatScore(value) : "a non-finite number";
  errors.push_back(f.invalid->At(f.field, list, got));
}

void Required(const Factor& f, std::vector<FieldError>& errors) {
  errors.push_back(f.required->At(f.field));
}

void NotApplicable(const char* field, AssessmentMethod method, std::vector<FieldError>& errors) {
  errors.push_back(Err("input_not_applicable").At(field, field, AssessmentMethodValue(method)));
}

// Multiplies the matched choices, or records why it cannot.
AssessmentOutcome Score(const std::vector<Factor>& factors, const std::vector<double>& values,
                        const std::vector<LevelBand>& bands) {
  std::vector<FieldError> errors;
  double product = 1;
  for (std::size_t i = 0; i < factors.size(); ++i) {
    if (auto v = Match(*factors[i].choices, values[i])) {
      product *= *v;
    } else {
      Invalid(factors[i], values[i], errors);
    }
  }
  if (!errors.empty()) return errors;
  const double score = RoundScore(product);
  const auto level = LevelForScore(bands, score);
  if (!level) {
    return std::vector<FieldError>{Err("assessment_config_invalid").At("", FormatScore(score))};
  }
  return AssessmentResult{score, *level};
}

std::vector<Factor> LecFactors(const AssessmentConfig& c) {
  return {{"L", &Err("lec_l_invalid"), &Err("lec_l_required"), &c.lec.likelihood},
          {"E", &Err("lec_e_invalid"), &Err("lec_e_required"), &c.lec.exposure},
          {"C", &Err("lec_c_invalid"), &Err("lec_c_required"), &c.lec.consequence}};
}

std::vector<Factor> LsFactors(const AssessmentConfig& c) {
  return {{"L", &Err("ls_l_invalid"), &Err("ls_l_required"), &c.ls.likelihood},
          {"S", &Err("ls_s_invalid"), &Err("ls_s_required"), &c.ls.severity}};
}

}  // namespace

const std::vector<AssessmentMethod>& AllAssessmentMethods() {
  static const std::vector<AssessmentMethod> kAll = {AssessmentMethod::kLec,
                                                     AssessmentMethod::kLs};
  return kAll;
}

std::string_view AssessmentMethodValue(AssessmentMethod m) { return Info(m).value; }
std::string_view AssessmentMethodLabelZh(AssessmentMethod m) { return Info(m).label_zh; }
std::string_view AssessmentMethodLabelEn(AssessmentMethod m) { return Info(m).label_en; }

std::optional<AssessmentMethod> ParseAssessmentMethod(std::string_view value) {
  for (const auto& info : kMethodInfo) {
    if (info.value == value) return info.method;
  }
  return std::nullopt;
}

AssessmentOutcome AssessLec(const AssessmentConfig& config, const LecInput& in) {
  return Score(LecFactors(config), {in.L, in.E, in.C}, config.lec.bands);
}

AssessmentOutcome AssessLs(const AssessmentConfig& config, const LsInput& in) {
  return Score(LsFactors(config), {in.L, in.S}, config.ls.bands);
}

AssessmentOutcome Assess(const AssessmentConfig& config, AssessmentMethod method,
                         const AssessmentInputs& in) {
  std::vector<FieldError> errors;
  const bool lec = method == AssessmentMethod::kLec;
  const auto factors = lec ? LecFactors(config) : LsFactors(config);
  const std::vector<std::optional<double>> given =
      lec ? std::vector<std::optional<double>>{in.L, in.E, in.C}
          : std::vector<std::optional<double>>{in.L, in.S};
  for (std::size_t i = 0; i < factors.size(); ++i) {
    if (!given[i]) Required(factors[i], errors);
  }
  if (lec && in.S) NotApplicable("S", method, errors);
  if (!lec && in.E) NotApplicable("E", method, errors);
  if (!lec && in.C) NotApplicable("C", method, errors);
  // Invalid values are reported alongside missing ones, so a form shows every problem at once.
  std::vector<double> values;
  for (std::size_t i = 0; i < factors.size(); ++i) {
    if (!given[i]) continue;
    if (!Match(*factors[i].choices, *given[i])) Invalid(factors[i], *given[i], errors);
    values.push_back(*given[i]);
  }
  if (!errors.empty()) return errors;
  return Score(factors, values, lec ? config.lec.bands : config.ls.bands);
}

}  // namespace anjian::risk
