// Score tables and level bands of the two risk assessment methods (rules.md §9): LEC
// (D = L × E × C) and the LS risk matrix (R = L × S). Published tables and bands differ between
// documents and provinces (Shandong DB37/T 2882's bands are unconfirmed), so they are data kept in
// the settings table; the defaults below are the common national ones and the logic never
// assumes them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "dual_prevention/risk/risk_level_rules.hpp"

namespace anjian::risk {

// One row of a score table as the UI offers it, e.g. L = 6 "相当可能" / "Quite possible".
struct ScoreChoice {
  double value = 0;
  std::string label_zh;
  std::string label_en;
};

// Scores in [min, max] (or open at either end, per the inclusive flags) map to `level`. A missing
// bound is unbounded. Inclusivity is per bound because documents disagree on whether "160" is
// 较大 or 一般.
struct LevelBand {
  RiskLevel level = RiskLevel::kLow;
  std::optional<double> min;
  bool min_inclusive = true;
  std::optional<double> max;
  bool max_inclusive = false;
};

// Choices are listed highest value first, as the published tables are.
struct LecTables {
  std::vector<ScoreChoice> likelihood;   // L
  std::vector<ScoreChoice> exposure;     // E
  std::vector<ScoreChoice> consequence;  // C
  std::vector<LevelBand> bands;          // on D = L × E × C
};

struct LsTables {
  std::vector<ScoreChoice> likelihood;  // L, whole numbers
  std::vector<ScoreChoice> severity;    // S, whole numbers
  std::vector<LevelBand> bands;         // on R = L × S
};

struct AssessmentConfig {
  LecTables lec;
  LsTables ls;
};

// rules.md §9 defaults. LEC: D > 320 major, 160 ≤ D ≤ 320 high, 70 ≤ D < 160 moderate, D < 70
// low (the document's ">320" makes 320 itself high; 160 and 70 go to the higher band, as in the
// classic LEC table). LS: 20-25 major, 9-16 high, 4-8 moderate, 1-3 low.
AssessmentConfig DefaultAssessmentConfig();

// Products are rounded to 6 decimals, so that decimal choices such as 0.1 or 0.2 give products
// that compare exactly with integer band edges (0.2 × 10 × 40 is 80, not 80.00000000000001).
double RoundScore(double score);
bool BandContains(const LevelBand& band, double score);
// The level of the first band containing `score`; nullopt when no band does (only possible with an
// unvalidated configuration).
std::optional<RiskLevel> LevelForScore(const std::vector<LevelBand>& bands, double score);

// Every problem at once. Fields are paths: "lec.L", "lec.E", "lec.C", "lec.bands", "ls.L",
// "ls.S", "ls.bands". Rules:
//   choices_empty, choices_too_many (more than 20), choice_value_invalid (not a finite positive
//   number; for LS not a whole number), choice_duplicate, choices_order (not highest first),
//   choice_label_required (either language empty);
//   bands_empty, band_bounds_invalid (non-finite bound, or a band that contains no number),
//   bands_overlap, bands_order (a higher score giving a lower level), band_level_missing (each
//   of the four levels needs a band: the four-colour scheme is national), bands_gap (a score the
//   configured choices can produce falls in no band).
// Gaps between bands are allowed where no product can fall: the LS banding 9-16 / 20-25 is
// complete because no L × S with L, S in 1-5 equals 17, 18 or 19.
std::vector<FieldError> ValidateAssessmentConfig(const AssessmentConfig& config);

// The settings-table form:
// {"lec": {"L": [{"value": 10, "label_zh": "…", "label_en": "…"}, …], "E": […], "C": […],
//          "bands": [{"level": "major", "min": 320, "min_inclusive": false, "max": null,
//                     "max_inclusive": false}, …]},
//  "ls":  {"L": […], "S": […], "bands": […]}}
std::string AssessmentConfigToJson(const AssessmentConfig& config);
// Strict: every key is required, unknown keys are refused (a misspelt "min_inclusve" must not
// silently fall back to anything), and the result must pass ValidateAssessmentConfig. Rules
// besides the validation ones: config_json_invalid (not JSON), config_field_missing,
// config_field_type, config_field_unknown, with the JSON path as field.
std::variant<AssessmentConfig, std::vector<FieldError>> AssessmentConfigFromJson(
    std::string_view json_text);

}  // namespace anjian::risk
