#include "emergency/drills/drill_frequency_rules.hpp"

#include <algorithm>

#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"
#include "emergency/drills/drills_errors.hpp"

namespace anjian::drills {

namespace {

const std::vector<core::FlatField<DrillFrequencyConfig>>& Fields() {
  using C = DrillFrequencyConfig;
  static const std::vector<core::FlatField<C>> kFields = {
      {"shandong_rules", &C::shandong_rules},
      {"high_risk_general_months", &C::high_risk_general_months},
      {"high_risk_special_each_months", &C::high_risk_special_each_months},
      {"high_risk_onsite_each_months", &C::high_risk_onsite_each_months},
      {"other_general_months", &C::other_general_months},
      {"other_special_each_months", &C::other_special_each_months},
      {"other_onsite_each_months", &C::other_onsite_each_months},
      {"national_general_months", &C::national_general_months},
      {"national_onsite_months", &C::national_onsite_months},
      {"hazardous_any_months", &C::hazardous_any_months},
      {"hazardous_report_required", &C::hazardous_report_required},
  };
  return kFields;
}

constexpr const char* kShandongZh = "《山东省安全生产条例》第六十三条";
constexpr const char* kShandongEn = "Shandong Work Safety Regulations art. 63";
constexpr const char* kNationalZh = "《生产安全事故应急预案管理办法》第三十三条";
constexpr const char* kNationalEn = "Measures on Emergency Plans (MEM order 2) art. 33";
constexpr const char* kArt8Zh = "《生产安全事故应急条例》第八条";
constexpr const char* kArt8En = "Regulations on Emergency Response to Work Safety Accidents art. 8";

std::string PeriodZh(std::int64_t m) {
  if (m == 6) return "每半年";
  if (m == 12) return "每年";
  if (m % 12 == 0) return "每" + std::to_string(m / 12) + "年";
  return "每" + std::to_string(m) + "个月";
}
std::string PeriodEn(std::int64_t m) {
  if (m == 6) return "every half year";
  if (m == 12) return "every year";
  if (m % 12 == 0) return "every " + std::to_string(m / 12) + " years";
  return "every " + std::to_string(m) + " months";
}

Requirement Req(std::string rule, std::int64_t months, const std::string& what_zh,
                const std::string& what_en, const char* src_zh, const char* src_en) {
  return Requirement{std::move(rule), months, months > 12,
                     what_zh + PeriodZh(months) + "至少演练一次",
                     what_en + ": at least one drill " + PeriodEn(months), src_zh, src_en};
}

bool Counts(const std::string& rule, const std::string& kind) {
  if (rule == "general") return kind == "comprehensive" || kind == "special";
  if (rule == "onsite_any") return kind == "onsite";
  return true;  // any_drill
}

struct Window {
  core::Date start, end;
};

// Calendar windows of `months` (a divisor of 12) overlapping `year`.
std::vector<Window> WindowsOf(int year, std::int64_t months) {
  std::vector<Window> out;
  for (std::int64_t m = 0; m < 12; m += months) {
    core::Date s{year, static_cast<int>(m + 1), 1};
    core::Date next = AddMonths(s, months);
    out.push_back({s, core::AddDays(next, -1)});
  }
  return out;
}

// Status of a window [start, end] met by the first drill in `dates` on or after start.
void Decide(Obligation& o, const std::vector<std::pair<core::Date, std::int64_t>>& dates,
            const core::Date& today) {
  const std::pair<core::Date, std::int64_t>* first = nullptr;
  for (const auto& d : dates)
    if (d.first >= o.window_start && d.first <= today) {
      first = &d;
      break;
    }
  if (first && first->first <= o.due) {
    o.status = "done";
    o.drill_id = first->second;
    o.done_on = first->first;
  } else if (today <= o.due) {
    o.status = today >= o.window_start ? "due" : "upcoming";
    o.days_left = core::DaysBetween(today, o.due);
  } else if (first) {
    o.status = "done_late";
    o.drill_id = first->second;
    o.done_on = first->first;
    o.days_late = core::DaysBetween(o.due, first->first);
  } else {
    o.status = "late";
    o.days_late = core::DaysBetween(o.due, today);
  }
}

}  // namespace

core::Date AddMonths(const core::Date& d, std::int64_t months) {
  std::int64_t total = static_cast<std::int64_t>(d.year) * 12 + (d.month - 1) + months;
  core::Date r;
  r.year = static_cast<int>(total / 12);
  r.month = static_cast<int>(total % 12) + 1;
  r.day = std::min(d.day, core::DaysInMonth(r.year, r.month));
  return r;
}

std::vector<FieldError> ValidateDrillFrequencyConfig(const DrillFrequencyConfig& c) {
  std::vector<FieldError> e;
  auto flag = [&](const char* f, std::int64_t v) {
    if (v < 0 || v > 1) e.push_back(core::CoreErr("range").At(f, 0, 1));
  };
  // Calendar windows: a divisor of 12 months.
  auto window = [&](const char* f, std::int64_t v) {
    if (v < 1 || v > 12 || 12 % v != 0) e.push_back(Err("drill_months_divide_year").At(f, v, v));
  };
  auto rolling = [&](const char* f, std::int64_t v) {
    if (v < 1 || v > 120) e.push_back(core::CoreErr("range").At(f, 1, 120));
    else if (v <= 12 && 12 % v != 0)
      e.push_back(Err("drill_months_divide_year").At(f, v, v));
  };
  flag("shandong_rules", c.shandong_rules);
  window("high_risk_general_months", c.high_risk_general_months);
  rolling("high_risk_special_each_months", c.high_risk_special_each_months);
  window("high_risk_onsite_each_months", c.high_risk_onsite_each_months);
  window("other_general_months", c.other_general_months);
  rolling("other_special_each_months", c.other_special_each_months);
  window("other_onsite_each_months", c.other_onsite_each_months);
  window("national_general_months", c.national_general_months);
  window("national_onsite_months", c.national_onsite_months);
  window("hazardous_any_months", c.hazardous_any_months);
  flag("hazardous_report_required", c.hazardous_report_required);
  return e;
}

std::string DrillFrequencyConfigToJson(const DrillFrequencyConfig& c) {
  return core::FlatConfigToJson(c, Fields());
}

std::variant<DrillFrequencyConfig, std::vector<FieldError>> ParseDrillFrequencyConfig(
    std::string_view text) {
  DrillFrequencyConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateDrillFrequencyConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<DrillFrequencyConfig> DrillFrequencyConfigFromJson(std::string_view text) {
  auto parsed = ParseDrillFrequencyConfig(text);
  if (auto* c = std::get_if<DrillFrequencyConfig>(&parsed)) return *c;
  return std::nullopt;
}

bool IsPlanKind(std::string_view k) {
  return k == "comprehensive" || k == "special" || k == "onsite";
}
bool IsDrillType(std::string_view t) {
  return t == "tabletop" || t == "functional" || t == "full_scale";
}
std::string_view DrillTypeZh(std::string_view t) {
  if (t == "tabletop") return "桌面演练";
  if (t == "functional") return "功能演练";
  if (t == "full_scale") return "实战演练";
  return "";
}
std::string_view PlanKindZh(std::string_view k) {
  if (k == "comprehensive") return "综合应急预案";
  if (k == "special") return "专项应急预案";
  if (k == "onsite") return "现场处置方案";
  return "";
}

const std::vector<std::string>& HighRiskIndustries() {
  static const std::vector<std::string> kIndustries{"civil_explosives_production",
                                                    "civil_explosives_sales", "hazardous_chemicals"};
  return kIndustries;
}

bool IsHighRiskIndustry(std::string_view i) {
  const auto& all = HighRiskIndustries();
  return std::find(all.begin(), all.end(), i) != all.end();
}

Regime RegimeOf(std::string_view industry, const DrillFrequencyConfig& c) {
  const bool high = IsHighRiskIndustry(industry);
  if (c.shandong_rules) return high ? Regime::kShandongHighRisk : Regime::kShandongOther;
  return high ? Regime::kNationalHazardous : Regime::kNational;
}

std::string_view RegimeValue(Regime r) {
  switch (r) {
    case Regime::kShandongHighRisk: return "shandong_high_risk";
    case Regime::kShandongOther: return "shandong_other";
    case Regime::kNationalHazardous: return "national_hazardous";
    case Regime::kNational: return "national";
  }
  return "";
}

std::string_view RegimeZh(Regime r) {
  switch (r) {
    case Regime::kShandongHighRisk: return "山东省高危生产经营单位（条例第六十三条）";
    case Regime::kShandongOther: return "山东省其他生产经营单位（条例第六十三条）";
    case Regime::kNationalHazardous: return "危险物品生产经营单位（预案管理办法第三十三条、应急条例第八条）";
    case Regime::kNational: return "一般生产经营单位（预案管理办法第三十三条）";
  }
  return "";
}

bool ReportRequired(std::string_view industry, const DrillFrequencyConfig& c) {
  return c.hazardous_report_required != 0 && IsHighRiskIndustry(industry);
}

std::vector<Requirement> RequirementsOf(Regime r, const DrillFrequencyConfig& c) {
  switch (r) {
    case Regime::kShandongHighRisk:
      return {Req("general", c.high_risk_general_months, "综合或专项应急预案", "Comprehensive or special plan",
                  kShandongZh, kShandongEn),
              Req("special_each", c.high_risk_special_each_months, "每个专项应急预案", "Each special plan",
                  kShandongZh, kShandongEn),
              Req("onsite_each", c.high_risk_onsite_each_months, "每个现场处置方案", "Each on-site plan",
                  kShandongZh, kShandongEn)};
    case Regime::kShandongOther:
      return {Req("general", c.other_general_months, "综合或专项应急预案", "Comprehensive or special plan",
                  kShandongZh, kShandongEn),
              Req("special_each", c.other_special_each_months, "每个专项应急预案", "Each special plan",
                  kShandongZh, kShandongEn),
              Req("onsite_each", c.other_onsite_each_months, "每个现场处置方案", "Each on-site plan",
                  kShandongZh, kShandongEn)};
    case Regime::kNationalHazardous:
      return {Req("general", c.national_general_months, "综合或专项应急预案", "Comprehensive or special plan",
                  kNationalZh, kNationalEn),
              Req("onsite_any", c.national_onsite_months, "现场处置方案", "On-site plans",
                  kNationalZh, kNationalEn),
              Req("any_drill", c.hazardous_any_months, "危险物品生产经营单位应急预案",
                  "Units handling dangerous goods", kArt8Zh, kArt8En)};
    case Regime::kNational:
      return {Req("general", c.national_general_months, "综合或专项应急预案", "Comprehensive or special plan",
                  kNationalZh, kNationalEn),
              Req("onsite_any", c.national_onsite_months, "现场处置方案", "On-site plans",
                  kNationalZh, kNationalEn)};
  }
  return {};
}

Compliance ComplianceOf(std::string_view industry, const std::vector<PlanRef>& plans,
                        const std::vector<DrillRef>& drills, int year, const core::Date& today,
                        const DrillFrequencyConfig& c, const calendar::WorkingCalendar& cal) {
  Compliance out;
  out.regime = RegimeOf(industry, c);
  std::vector<DrillRef> sorted = drills;
  std::sort(sorted.begin(), sorted.end(), [](const DrillRef& a, const DrillRef& b) {
    return a.on != b.on ? a.on < b.on : a.id < b.id;
  });
  auto kind_of = [&](std::int64_t plan_id) -> const PlanRef* {
    for (const auto& p : plans)
      if (p.id == plan_id) return &p;
    return nullptr;
  };
  const core::Date year_start{year, 1, 1}, year_end{year, 12, 31};

  for (const auto& req : RequirementsOf(out.regime, c)) {
    if (req.rule == "general" || req.rule == "onsite_any" || req.rule == "any_drill") {
      // Enterprise-wide: counts from the earliest plan of the kinds the rule counts.
      std::optional<core::Date> since;
      for (const auto& p : plans)
        if (Counts(req.rule, p.kind) && (!since || p.since < *since)) since = p.since;
      if (!since) continue;
      std::vector<std::pair<core::Date, std::int64_t>> dates;
      for (const auto& d : sorted) {
        bool counts = false;
        for (auto pid : d.plan_ids)
          if (const auto* p = kind_of(pid)) counts |= Counts(req.rule, p->kind);
        if (counts) dates.push_back({d.on, d.id});
      }
      for (const auto& w : WindowsOf(year, req.months)) {
        if (w.end < *since) continue;  // in force within the window
        Obligation o;
        o.rule = req.rule;
        o.window_start = w.start;
        o.window_end = w.end;
        o.due = cal.NextWorkingDayFrom(w.end);
        o.source_zh = req.source_zh;
        o.source_en = req.source_en;
        Decide(o, dates, today);
        out.items.push_back(std::move(o));
      }
      continue;
    }
    const std::string kind = req.rule == "onsite_each" ? "onsite" : "special";
    for (const auto& p : plans) {
      if (p.kind != kind) continue;
      std::vector<std::pair<core::Date, std::int64_t>> dates;
      for (const auto& d : sorted)
        if (std::find(d.plan_ids.begin(), d.plan_ids.end(), p.id) != d.plan_ids.end())
          dates.push_back({d.on, d.id});
      auto base = [&](const core::Date& s, const core::Date& e) {
        Obligation o;
        o.rule = req.rule;
        o.plan_id = p.id;
        o.plan_title = p.title;
        o.window_start = s;
        o.window_end = e;
        o.due = cal.NextWorkingDayFrom(e);
        o.source_zh = req.source_zh;
        o.source_en = req.source_en;
        return o;
      };
      if (!req.rolling) {
        for (const auto& w : WindowsOf(year, req.months)) {
          if (w.end < p.since) continue;
          Obligation o = base(w.start, w.end);
          Decide(o, dates, today);
          out.items.push_back(std::move(o));
        }
        continue;
      }
      // Rolling: from publication, then from each drill, the next one within `months`.
      core::Date anchor = p.since;
      bool first = true;
      for (int guard = 0; guard < 1000; ++guard) {
        Obligation o = base(anchor, core::AddDays(AddMonths(anchor, req.months), -1));
        // The drill that meets it: the first after the anchor (on the publication day too).
        std::vector<std::pair<core::Date, std::int64_t>> after;
        for (const auto& d : dates)
          if (first ? d.first >= anchor : d.first > anchor) after.push_back(d);
        o.window_start = anchor;
        Decide(o, after, today);
        const bool overlaps = o.window_start <= year_end && o.due >= year_start;
        const bool open = o.status == "due" || o.status == "late" || o.status == "upcoming";
        if (overlaps) out.items.push_back(o);
        if (open || !o.done_on || o.window_start > year_end) break;
        anchor = *o.done_on;
        first = false;
      }
    }
  }
  std::stable_sort(out.items.begin(), out.items.end(), [](const Obligation& a, const Obligation& b) {
    return a.due != b.due ? a.due < b.due : a.rule < b.rule;
  });
  for (const auto& o : out.items) {
    if (o.status == "done") ++out.done;
    if (o.status == "done_late") ++out.done_late;
    if (o.status == "due") ++out.due;
    if (o.status == "upcoming") ++out.upcoming;
    if (o.status == "late") {
      ++out.late;
      out.max_days_late = std::max(out.max_days_late, o.days_late);
    }
  }
  return out;
}

}  // namespace anjian::drills
