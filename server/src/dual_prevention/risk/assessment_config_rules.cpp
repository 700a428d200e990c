#include "dual_prevention/risk/assessment_config_rules.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>
#include <limits>
#include <set>

#include "dual_prevention/risk/risk_errors.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/risk/score_format_rules.hpp"

namespace anjian::risk {
namespace {

namespace json = boost::json;

constexpr std::size_t kMaxChoices = 20;  // keeps the coverage check (product of all tables) small
constexpr std::size_t kMaxGapsListed = 5;

std::vector<ScoreChoice> Choices(std::initializer_list<ScoreChoice> list) { return list; }

// ---- validation -----------------------------------------------------------------------------

void CheckChoices(const std::string& field, const std::vector<ScoreChoice>& choices,
                  bool whole_numbers, std::vector<FieldError>& errors) {
  if (choices.empty()) {
    errors.push_back(Err("choices_empty").At(field, field));
    return;
  }
  if (choices.size() > kMaxChoices) {
    errors.push_back(Err("choices_too_many").At(field, field, kMaxChoices));
  }
  std::set<double> seen;
  bool ordered = true;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const auto& c = choices[i];
    const std::string v = FormatScore(c.value);
    const bool finite_positive = std::isfinite(c.value) && c.value > 0;
    if (!finite_positive || (whole_numbers && c.value != std::floor(c.value))) {
      errors.push_back(Err("choice_value_invalid")
                           .At(field, field, v, whole_numbers ? "whole number" : "number",
                               whole_numbers ? "整数" : "数"));
      continue;
    }
    if (!seen.insert(c.value).second) {
      errors.push_back(Err("choice_duplicate").At(field, field, v));
    }
    if (i > 0 && std::isfinite(choices[i - 1].value) && choices[i - 1].value <= c.value) {
      ordered = false;
    }
    if (c.label_zh.empty() || c.label_en.empty()) {
      errors.push_back(Err("choice_label_required").At(field, field, v));
    }
  }
  if (!ordered) {
    errors.push_back(Err("choices_order").At(field, field));
  }
}

double Lower(const LevelBand& b) {
  return b.min ? *b.min : -std::numeric_limits<double>::infinity();
}
double Upper(const LevelBand& b) {
  return b.max ? *b.max : std::numeric_limits<double>::infinity();
}

bool BandWellFormed(const LevelBand& b) {
  if ((b.min && !std::isfinite(*b.min)) || (b.max && !std::isfinite(*b.max))) return false;
  const double lo = Lower(b), hi = Upper(b);
  if (lo < hi) return true;
  return lo == hi && b.min_inclusive && b.max_inclusive;
}

// True when some score lies in both bands (both well-formed).
bool Intersect(const LevelBand& a, const LevelBand& b) {
  const double lo = std::max(Lower(a), Lower(b));
  const double hi = std::min(Upper(a), Upper(b));
  if (lo < hi) return true;
  return lo == hi && std::isfinite(lo) && BandContains(a, lo) && BandContains(b, lo);
}

std::string DescribeBand(const LevelBand& b) {
  std::string s = b.min ? (b.min_inclusive ? "[" : "(") + FormatScore(*b.min) : "(-inf";
  s += ", ";
  s += b.max ? FormatScore(*b.max) + (b.max_inclusive ? "]" : ")") : "+inf)";
  return std::string(RiskLevelValue(b.level)) + " " + s;
}

// Every score the tables can produce, rounded as assessments round them.
std::set<double> Products(const std::vector<const std::vector<ScoreChoice>*>& tables) {
  std::set<double> raw = {1.0};
  for (const auto* table : tables) {
    std::set<double> next;
    for (double p : raw) {
      for (const auto& c : *table) next.insert(p * c.value);
    }
    raw = std::move(next);
  }
  std::set<double> rounded;
  for (double p : raw) rounded.insert(RoundScore(p));
  return rounded;
}

void CheckBands(const std::string& field, const std::vector<LevelBand>& bands,
                const std::set<double>& products, std::vector<FieldError>& errors) {
  if (bands.empty()) {
    errors.push_back(Err("bands_empty").At(field, field));
    return;
  }
  std::vector<LevelBand> sorted;
  for (const auto& b : bands) {
    if (!BandWellFormed(b)) {
      errors.push_back(Err("band_bounds_invalid").At(field, field, DescribeBand(b)));
    } else {
      sorted.push_back(b);
    }
  }
  // Sort by lower edge; an inclusive lower edge starts before an exclusive one at the same value.
  std::sort(sorted.begin(), sorted.end(), [](const LevelBand& a, const LevelBand& b) {
    if (Lower(a) != Lower(b)) return Lower(a) < Lower(b);
    return a.min_inclusive && !b.min_inclusive;
  });
  // Pairwise, so a wide band overlapping a non-adjacent one is caught too.
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    for (std::size_t j = i + 1; j < sorted.size(); ++j) {
      if (!Intersect(sorted[i], sorted[j])) continue;
      errors.push_back(Err("bands_overlap")
                           .At(field, field, DescribeBand(sorted[i]), DescribeBand(sorted[j])));
    }
  }
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    const auto& prev = sorted[i - 1];
    const auto& next = sorted[i];
    if (RiskLevelRank(next.level) < RiskLevelRank(prev.level)) {
      errors.push_back(Err("bands_order").At(field, field, DescribeBand(next), DescribeBand(prev)));
    }
  }
  for (auto level : AllRiskLevels()) {
    const bool present = std::any_of(bands.begin(), bands.end(),
                                     [&](const LevelBand& b) { return b.level == level; });
    if (!present) {
      errors.push_back(Err("band_level_missing")
                           .At(field, field, RiskLevelValue(level), RiskLevelLabelZh(level)));
    }
  }
  std::vector<double> gaps;
  for (double p : products) {
    if (!LevelForScore(sorted, p)) gaps.push_back(p);
  }
  if (!gaps.empty()) {
    const std::size_t count = gaps.size();
    if (gaps.size() > kMaxGapsListed) gaps.resize(kMaxGapsListed);
    const std::string listed = FormatScores(gaps) + (count > kMaxGapsListed ? ", …" : "");
    errors.push_back(Err("bands_gap").At(field, field, count, listed));
  }
}

// ---- JSON -----------------------------------------------------------------------------------

json::value Number(double v) {
  // Whole numbers as integers so the stored text reads "320", not "3.2E2".
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9e15) {
    return static_cast<std::int64_t>(v);
  }
  return v;
}

json::array ChoicesToJson(const std::vector<ScoreChoice>& choices) {
  json::array arr;
  for (const auto& c : choices) {
    arr.push_back(json::object{{"value", Number(c.value)},
                               {"label_zh", c.label_zh},
                               {"label_en", c.label_en}});
  }
  return arr;
}

json::value Bound(const std::optional<double>& b) { return b ? Number(*b) : json::value(nullptr); }

json::array BandsToJson(const std::vector<LevelBand>& bands) {
  json::array arr;
  for (const auto& b : bands) {
    arr.push_back(json::object{{"level", RiskLevelValue(b.level)},
                               {"min", Bound(b.min)},
                               {"min_inclusive", b.min_inclusive},
                               {"max", Bound(b.max)},
                               {"max_inclusive", b.max_inclusive}});
  }
  return arr;
}

// Reads a JSON tree into the structs, recording every structural problem with its path.
class Reader {
 public:
  std::vector<FieldError> errors;

  // The object at `path`, with exactly the keys `keys`; nullptr when it is not an object.
  const json::object* Object(const json::value& v, const std::string& path,
                             std::initializer_list<std::string_view> keys) {
    if (!v.is_object()) {
      Type(path, "an object", "对象");
      return nullptr;
    }
    const auto& obj = v.as_object();
    for (const auto& [key, _] : obj) {
      if (std::find(keys.begin(), keys.end(), std::string_view(key)) == keys.end()) {
        const std::string p = Join(path, key);
        errors.push_back(core::CoreErr("config_field_unknown").At(p, p));
      }
    }
    return &obj;
  }

  const json::value* Member(const json::object& obj, const std::string& path,
                            std::string_view key) {
    const auto* v = obj.if_contains(key);
    if (!v) {
      const std::string p = Join(path, key);
      errors.push_back(Err("config_field_missing").At(p, p));
    }
    return v;
  }

  std::optional<double> Double(const json::value& v, const std::string& path) {
    if (v.is_int64()) return static_cast<double>(v.as_int64());
    if (v.is_uint64()) return static_cast<double>(v.as_uint64());
    if (v.is_double()) return v.as_double();
    Type(path, "a number", "数字");
    return std::nullopt;
  }

  std::optional<std::string> String(const json::value& v, const std::string& path) {
    if (v.is_string()) return std::string(v.as_string());
    Type(path, "a string", "字符串");
    return std::nullopt;
  }

  std::optional<bool> Bool(const json::value& v, const std::string& path) {
    if (v.is_bool()) return v.as_bool();
    Type(path, "true or false", "布尔值");
    return std::nullopt;
  }

  std::vector<ScoreChoice> Choices(const json::object& parent, const std::string& parent_path,
                                   std::string_view key) {
    std::vector<ScoreChoice> out;
    const std::string path = Join(parent_path, key);
    const auto* v = Member(parent, parent_path, key);
    if (!v) return out;
    if (!v->is_array()) {
      Type(path, "an array", "数组");
      return out;
    }
    const auto& arr = v->as_array();
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string p = path + "[" + std::to_string(i) + "]";
      const auto* obj = Object(arr[i], p, {"value", "label_zh", "label_en"});
      if (!obj) continue;
      ScoreChoice c;
      bool ok = true;
      if (const auto* f = Member(*obj, p, "value")) {
        if (auto d = Double(*f, Join(p, "value"))) c.value = *d; else ok = false;
      } else {
        ok = false;
      }
      ok &= ReadString(*obj, p, "label_zh", c.label_zh);
      ok &= ReadString(*obj, p, "label_en", c.label_en);
      if (ok) out.push_back(std::move(c));
    }
    return out;
  }

  std::vector<LevelBand> Bands(const json::object& parent, const std::string& parent_path) {
    std::vector<LevelBand> out;
    const std::string path = Join(parent_path, "bands");
    const auto* v = Member(parent, parent_path, "bands");
    if (!v) return out;
    if (!v->is_array()) {
      Type(path, "an array", "数组");
      return out;
    }
    const auto& arr = v->as_array();
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string p = path + "[" + std::to_string(i) + "]";
      const auto* obj =
          Object(arr[i], p, {"level", "min", "min_inclusive", "max", "max_inclusive"});
      if (!obj) continue;
      LevelBand b;
      bool ok = true;
      std::string level;
      if (ReadString(*obj, p, "level", level)) {
        if (auto l = ParseRiskLevel(level)) {
          b.level = *l;
        } else {
          Type(Join(p, "level"), "one of major, high, moderate, low", "major/high/moderate/low 之一");
          ok = false;
        }
      } else {
        ok = false;
      }
      ok &= ReadBound(*obj, p, "min", b.min);
      ok &= ReadBound(*obj, p, "max", b.max);
      ok &= ReadBool(*obj, p, "min_inclusive", b.min_inclusive);
      ok &= ReadBool(*obj, p, "max_inclusive", b.max_inclusive);
      if (ok) out.push_back(b);
    }
    return out;
  }

 private:
  static std::string Join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
  }

  void Type(const std::string& path, const std::string& what_en, const std::string& what_zh) {
    errors.push_back(core::CoreErr("config_field_type").At(path, path, what_en, what_zh));
  }

  bool ReadString(const json::object& obj, const std::string& p, std::string_view key,
                  std::string& out) {
    const auto* f = Member(obj, p, key);
    if (!f) return false;
    auto s = String(*f, Join(p, key));
    if (!s) return false;
    out = std::move(*s);
    return true;
  }

  bool ReadBool(const json::object& obj, const std::string& p, std::string_view key, bool& out) {
    const auto* f = Member(obj, p, key);
    if (!f) return false;
    auto b = Bool(*f, Join(p, key));
    if (!b) return false;
    out = *b;
    return true;
  }

  bool ReadBound(const json::object& obj, const std::string& p, std::string_view key,
                 std::optional<double>& out) {
    const auto* f = Member(obj, p, key);
    if (!f) return false;
    if (f->is_null()) {
      out.reset();
      return true;
    }
    auto d = Double(*f, Join(p, key));
    if (!d) return false;
    out = *d;
    return true;
  }
};

}  // namespace

AssessmentConfig DefaultAssessmentConfig() {
  AssessmentConfig c;
  c.lec.likelihood = Choices({
      {10, "完全可以预料", "Completely expected"},
      {6, "相当可能", "Quite possible"},
      {3, "可能，但不经常", "Possible but unusual"},
      {1, "可能性小，完全意外", "Unlikely, would be a coincidence"},
      {0.5, "很不可能，可以设想", "Very unlikely but conceivable"},
      {0.2, "极不可能", "Extremely unlikely"},
      {0.1, "实际不可能", "Practically impossible"},
  });
  c.lec.exposure = Choices({
      {10, "连续暴露", "Continuous"},
      {6, "每天工作时间内暴露", "Daily during working hours"},
      {3, "每周一次或偶然暴露", "Weekly or occasionally"},
      {2, "每月一次暴露", "Monthly"},
      {1, "每年几次暴露", "A few times a year"},
      {0.5, "非常罕见地暴露", "Very rarely"},
  });
  c.lec.consequence = Choices({
      {100, "大灾难，许多人死亡", "Catastrophe, many deaths"},
      {40, "灾难，数人死亡", "Disaster, several deaths"},
      {15, "非常严重，一人死亡", "Very serious, one death"},
      {7, "严重，重伤", "Serious injury"},
      {3, "重大，致残", "Disabling injury"},
      {1, "引人注目，需要救护", "Noticeable, needs first aid"},
  });
  c.lec.bands = {
      {RiskLevel::kMajor, 320.0, false, std::nullopt, false},
      {RiskLevel::kHigh, 160.0, true, 320.0, true},
      {RiskLevel::kModerate, 70.0, true, 160.0, false},
      {RiskLevel::kLow, std::nullopt, false, 70.0, false},
  };
  c.ls.likelihood = Choices({
      {5, "很可能", "Almost certain"},
      {4, "较可能", "Likely"},
      {3, "可能", "Possible"},
      {2, "不太可能", "Unlikely"},
      {1, "极不可能", "Rare"},
  });
  c.ls.severity = Choices({
      {5, "灾难性的", "Catastrophic"},
      {4, "严重的", "Major"},
      {3, "中等的", "Moderate"},
      {2, "轻微的", "Minor"},
      {1, "可忽略的", "Negligible"},
  });
  c.ls.bands = {
      {RiskLevel::kMajor, 20.0, true, 25.0, true},
      {RiskLevel::kHigh, 9.0, true, 16.0, true},
      {RiskLevel::kModerate, 4.0, true, 8.0, true},
      {RiskLevel::kLow, 1.0, true, 3.0, true},
  };
  return c;
}

double RoundScore(double score) {
  if (!std::isfinite(score)) return score;
  return std::round(score * 1e6) / 1e6;
}

bool BandContains(const LevelBand& b, double score) {
  if (b.min && (b.min_inclusive ? score < *b.min : score <= *b.min)) return false;
  if (b.max && (b.max_inclusive ? score > *b.max : score >= *b.max)) return false;
  return true;
}

std::optional<RiskLevel> LevelForScore(const std::vector<LevelBand>& bands, double score) {
  for (const auto& b : bands) {
    if (BandContains(b, score)) return b.level;
  }
  return std::nullopt;
}

std::vector<FieldError> ValidateAssessmentConfig(const AssessmentConfig& c) {
  std::vector<FieldError> errors;
  const std::size_t before_lec = errors.size();
  CheckChoices("lec.L", c.lec.likelihood, false, errors);
  CheckChoices("lec.E", c.lec.exposure, false, errors);
  CheckChoices("lec.C", c.lec.consequence, false, errors);
  // Coverage is only meaningful once the choices themselves are sound.
  const bool lec_choices_ok = errors.size() == before_lec;
  CheckBands("lec.bands", c.lec.bands,
             lec_choices_ok ? Products({&c.lec.likelihood, &c.lec.exposure, &c.lec.consequence})
                            : std::set<double>{},
             errors);
  const std::size_t before_ls = errors.size();
  CheckChoices("ls.L", c.ls.likelihood, true, errors);
  CheckChoices("ls.S", c.ls.severity, true, errors);
  const bool ls_choices_ok = errors.size() == before_ls;
  CheckBands("ls.bands", c.ls.bands,
             ls_choices_ok ? Products({&c.ls.likelihood, &c.ls.severity}) : std::set<double>{},
             errors);
  return errors;
}

std::string AssessmentConfigToJson(const AssessmentConfig& c) {
  const json::object root{
      {"lec", json::object{{"L", ChoicesToJson(c.lec.likelihood)},
                           {"E", ChoicesToJson(c.lec.exposure)},
                           {"C", ChoicesToJson(c.lec.consequence)},
                           {"bands", BandsToJson(c.lec.bands)}}},
      {"ls", json::object{{"L", ChoicesToJson(c.ls.likelihood)},
                          {"S", ChoicesToJson(c.ls.severity)},
                          {"bands", BandsToJson(c.ls.bands)}}},
  };
  return json::serialize(root);
}

std::variant<AssessmentConfig, std::vector<FieldError>> AssessmentConfigFromJson(
    std::string_view text) {
  boost::system::error_code ec;
  const json::value root = json::parse(text, ec);
  if (ec) {
    return std::vector<FieldError>{core::CoreErr("config_json_invalid").At("", ec.message())};
  }
  Reader r;
  AssessmentConfig c;
  if (const auto* obj = r.Object(root, "", {"lec", "ls"})) {
    if (const auto* lec_v = r.Member(*obj, "", "lec")) {
      if (const auto* lec = r.Object(*lec_v, "lec", {"L", "E", "C", "bands"})) {
        c.lec.likelihood = r.Choices(*lec, "lec", "L");
        c.lec.exposure = r.Choices(*lec, "lec", "E");
        c.lec.consequence = r.Choices(*lec, "lec", "C");
        c.lec.bands = r.Bands(*lec, "lec");
      }
    }
    if (const auto* ls_v = r.Member(*obj, "", "ls")) {
      if (const auto* ls = r.Object(*ls_v, "ls", {"L", "S", "bands"})) {
        c.ls.likelihood = r.Choices(*ls, "ls", "L");
        c.ls.severity = r.Choices(*ls, "ls", "S");
        c.ls.bands = r.Bands(*ls, "ls");
      }
    }
  }
  if (!r.errors.empty()) return std::move(r.errors);
  auto errors = ValidateAssessmentConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

}  // namespace anjian::risk
