#include "dual_prevention/risk/assessment_rules.hpp"

#include <cmath>
#include <string>

#include "dual_prevention/risk/score_format_rules.hpp"

namespace anjian::domain::dual_prevention {
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

// One input, e.g. LEC's "E": the table it must come from and the names used in refusals.
struct Factor {
  const char* field;        // "E"
  const char* rule_prefix;  // "lec_e"
  const char* method;       // "LEC"
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
  errors.push_back({f.field, std::string(f.rule_prefix) + "_invalid",
                    std::string(f.method) + " " + f.field + " must be one of " + list +
                        " (got " + got + ")",
                    std::string(f.method) + " 法的 " + f.field + " 值必须是 " + list +
                        " 之一（当前为 " + got + "）"});
}

void Required(const Factor& f, std::vector<FieldError>& errors) {
  errors.push_back({f.field, std::string(f.rule_prefix) + "_required",
                    std::string(f.method) + " needs " + f.field,
                    std::string(f.method) + " 法需要填写 " + f.field});
}

void NotApplicable(const char* field, AssessmentMethod method, std::vector<FieldError>& errors) {
  const std::string m(AssessmentMethodValue(method));
  errors.push_back({field, "input_not_applicable",
                    std::string(field) + " is not used by the " + m + " method",
                    m + " 法不使用 " + field});
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
    return std::vector<FieldError>{
        {"", "assessment_config_invalid",
         "score " + FormatScore(score) + " falls in no configured band",
         "分值 " + FormatScore(score) + " 不在任何已配置的分级区间内"}};
  }
  return AssessmentResult{score, *level};
}

std::vector<Factor> LecFactors(const AssessmentConfig& c) {
  return {{"L", "lec_l", "LEC", &c.lec.likelihood},
          {"E", "lec_e", "LEC", &c.lec.exposure},
          {"C", "lec_c", "LEC", &c.lec.consequence}};
}

std::vector<Factor> LsFactors(const AssessmentConfig& c) {
  return {{"L", "ls_l", "LS", &c.ls.likelihood}, {"S", "ls_s", "LS", &c.ls.severity}};
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

}  // namespace anjian::domain::dual_prevention
