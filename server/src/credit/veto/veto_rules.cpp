#include "credit/veto/veto_rules.hpp"

#include <algorithm>

#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"
#include "credit/veto/veto_errors.hpp"

namespace anjian::veto {

namespace {

struct KindDef {
  Kind kind;
  const char* value;
  const char* zh;
  const char* en;
};
constexpr KindDef kKinds[] = {
    {Kind::kAwardEnterprise, "award_enterprise", "评先评优（企业）", "Award (enterprise)"},
    {Kind::kAwardEntrepreneur, "award_entrepreneur", "评先评优（企业家）", "Award (entrepreneur)"},
    {Kind::kSafetyFund, "safety_fund", "安全生产专项资金/补贴", "Work-safety fund or subsidy"},
    {Kind::kTechFund, "tech_fund", "技术改造资金", "Technical-transformation fund"},
    {Kind::kDemoBase, "demo_base", "示范基地", "Demonstration base"},
};

const KindDef& Def(Kind k) {
  for (const auto& d : kKinds)
    if (d.kind == k) return d;
  return kKinds[0];
}

const std::vector<core::FlatField<VetoConfig>>& Fields() {
  static const std::vector<core::FlatField<VetoConfig>> kFields = {
      {"award_enterprise_months", &VetoConfig::award_enterprise_months},
      {"award_entrepreneur_months", &VetoConfig::award_entrepreneur_months},
      {"safety_fund_months", &VetoConfig::safety_fund_months},
      {"tech_fund_months", &VetoConfig::tech_fund_months},
      {"demo_base_months", &VetoConfig::demo_base_months},
      {"accident_min_deaths", &VetoConfig::accident_min_deaths},
      {"accident_min_grade", &VetoConfig::accident_min_grade},
      {"unrectified_major_vetoes", &VetoConfig::unrectified_major_vetoes},
  };
  return kFields;
}

// The first of the month `months` before `d`'s month, same day clamped to the month's length.
core::Date MonthsBefore(const core::Date& d, std::int64_t months) {
  std::int64_t index = d.year * 12 + (d.month - 1) - months;
  core::Date out;
  out.year = static_cast<int>(index / 12);
  out.month = static_cast<int>(index % 12) + 1;
  out.day = std::min(d.day, core::DaysInMonth(out.year, out.month));
  return out;
}

const char* GradeZh(int g) {
  switch (g) {
    case 0: return "一般事故";
    case 1: return "较大事故";
    case 2: return "重大事故";
    default: return "特别重大事故";
  }
}
const char* GradeEn(int g) {
  switch (g) {
    case 0: return "ordinary accident";
    case 1: return "large accident";
    case 2: return "serious accident";
    default: return "especially serious accident";
  }
}

std::string Iso(const core::Date& d) { return core::FormatIsoDate(d); }

}  // namespace

std::optional<Kind> ParseKind(std::string_view v) {
  for (const auto& d : kKinds)
    if (v == d.value) return d.kind;
  return std::nullopt;
}
std::string_view KindValue(Kind k) { return Def(k).value; }
std::string_view KindLabelZh(Kind k) { return Def(k).zh; }
std::string_view KindLabelEn(Kind k) { return Def(k).en; }

std::pair<std::string, std::string> KindLists() {
  std::string en, zh;
  for (const auto& d : kKinds) {
    en += (en.empty() ? "" : ", ") + std::string(d.value);
    zh += (zh.empty() ? "" : "、") + std::string(d.value) + "（" + d.zh + "）";
  }
  return {en, zh};
}

std::vector<FieldError> ValidateVetoConfig(const VetoConfig& c) {
  std::vector<FieldError> errors;
  for (const auto& f : Fields()) {
    const std::int64_t v = c.*std::get<std::int64_t VetoConfig::*>(f.member);
    std::int64_t lo = 0, hi = 60;
    if (f.name == "accident_min_deaths") hi = 100;
    if (f.name == "accident_min_grade") lo = 1, hi = 4;
    if (f.name == "unrectified_major_vetoes") hi = 1;
    if (v < lo || v > hi) errors.push_back(core::CoreErr("range").At(std::string(f.name), lo, hi));
  }
  return errors;
}

std::string VetoConfigToJson(const VetoConfig& c) { return core::FlatConfigToJson(c, Fields()); }

std::variant<VetoConfig, std::vector<FieldError>> ParseVetoConfig(std::string_view text) {
  VetoConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateVetoConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<VetoConfig> VetoConfigFromJson(std::string_view text) {
  auto parsed = ParseVetoConfig(text);
  if (auto* c = std::get_if<VetoConfig>(&parsed)) return *c;
  return std::nullopt;
}

std::int64_t MonthsOf(Kind k, const VetoConfig& c) {
  switch (k) {
    case Kind::kAwardEnterprise: return c.award_enterprise_months;
    case Kind::kAwardEntrepreneur: return c.award_entrepreneur_months;
    case Kind::kSafetyFund: return c.safety_fund_months;
    case Kind::kTechFund: return c.tech_fund_months;
    case Kind::kDemoBase: return c.demo_base_months;
  }
  return 12;
}

Period DefaultPeriod(Kind kind, const VetoConfig& c, const core::Date& today) {
  const std::int64_t months = MonthsOf(kind, c);
  if (months == 0) return {{today.year - 1, 1, 1}, {today.year - 1, 12, 31}};
  return {MonthsBefore(today, months), core::AddDays(today, -1)};
}

std::vector<FieldError> CheckPeriod(const Period& p, const core::Date& today) {
  if (core::DaysBetween(p.from, p.to) < 0 || core::DaysBetween(p.to, today) < 0 ||
      core::DaysBetween(p.from, p.to) > 5 * 366)
    return {Err("veto_period_invalid").At("period_to", Iso(today), Iso(today))};
  return {};
}

std::vector<Reason> VetoReasons(const EnterpriseFacts& f, const Period& p, const core::Date& today,
                                const VetoConfig& c) {
  std::vector<Reason> out;
  // The last day the period's facts are judged at: its end, or today while it runs.
  const core::Date until = core::DaysBetween(p.to, today) < 0 ? today : p.to;
  auto in_period = [&](const core::Date& d) {
    return core::DaysBetween(p.from, d) >= 0 && core::DaysBetween(d, p.to) >= 0;
  };
  // 1. On the dishonesty list on any day of the period.
  for (const auto& l : f.listings) {
    if (core::DaysBetween(l.listed_on, p.to) < 0) continue;         // listed after the period
    if (l.ended_on && core::DaysBetween(p.from, *l.ended_on) < 0) continue;  // ended before it
    const std::string on = Iso(l.listed_on);
    out.push_back({"dishonesty_list", "credit_listing", l.id, l.label, on,
                   "期间内列入安全生产严重失信主体名单（" + on + " 列入" +
                       (l.ended_on ? "，" + Iso(*l.ended_on) + " 移出" : "") + "）",
                   "on the work-safety dishonesty list during the period (listed " + on +
                       (l.ended_on ? ", removed " + Iso(*l.ended_on) : "") + ")"});
  }
  // 2. Accidents in the period: any death (≥ accident_min_deaths), or the grade or higher.
  for (const auto& a : f.accidents) {
    if (!in_period(a.occurred_on)) continue;
    const bool by_deaths = c.accident_min_deaths > 0 && a.deaths >= c.accident_min_deaths;
    const bool by_grade = a.grade + 1 >= c.accident_min_grade;
    if (!by_deaths && !by_grade) continue;
    const std::string on = Iso(a.occurred_on);
    out.push_back({"accident", "accident", a.id, a.number, on,
                   "期间内发生生产安全事故：" + a.number + " " + a.title + "（" + GradeZh(a.grade) +
                       "，死亡 " + std::to_string(a.deaths) + " 人，" + on + "）",
                   "accident in the period: " + a.number + " " + a.title + " (" +
                       GradeEn(a.grade) + ", " + std::to_string(a.deaths) + " deaths, " + on +
                       ")"});
  }
  // 3. Major hidden dangers: overdue during the period, or not rectified by its end.
  for (const auto& h : f.hidden_dangers) {
    if (core::DaysBetween(h.found_on, until) < 0) continue;  // found after the period
    if (h.closed_on && core::DaysBetween(*h.closed_on, p.from) > 0) continue;  // closed before it
    const bool open_at_end = !h.closed_on || core::DaysBetween(until, *h.closed_on) > 0;
    // Overdue: the day after the deadline lies in the period while it was still open.
    bool overdue = false;
    if (h.deadline) {
      const core::Date late = core::AddDays(*h.deadline, 1);
      const bool late_by_end = core::DaysBetween(late, until) >= 0;
      const bool open_when_late = !h.closed_on || core::DaysBetween(late, *h.closed_on) >= 0;
      overdue = late_by_end && open_when_late;
    }
    const std::string label = h.number.empty() ? h.title : h.number + " " + h.title;
    if (overdue) {
      const std::string due = Iso(*h.deadline);
      out.push_back({"hidden_danger_overdue", "hidden_danger", h.id, label, due,
                     "重大事故隐患逾期未整改：" + label + "（整改期限 " + due +
                         (h.closed_on ? "，" + Iso(*h.closed_on) + " 才销号" : "，至今未销号") + "）",
                     "major hidden danger overdue: " + label + " (deadline " + due +
                         (h.closed_on ? ", closed only " + Iso(*h.closed_on) : ", still open") +
                         ")"});
    } else if (open_at_end && c.unrectified_major_vetoes == 1) {
      const std::string on = Iso(h.found_on);
      out.push_back({"hidden_danger_unrectified", "hidden_danger", h.id, label, on,
                     "重大事故隐患期末未整改完成：" + label + "（" + on + " 排查发现）",
                     "major hidden danger not rectified by the period's end: " + label +
                         " (found " + on + ")"});
    }
  }
  // 4. Licences: each kind the enterprise holds must be in force on every day of the period
  //    (up to today); a suspension, revocation or lapse without a successor vetoes.
  std::vector<std::string> kinds;
  for (const auto& l : f.licences)
    if (std::find(kinds.begin(), kinds.end(), l.kind) == kinds.end()) kinds.push_back(l.kind);
  for (const auto& kind : kinds) {
    for (const auto& l : f.licences) {
      if (l.kind != kind) continue;
      // The last day this licence was in force.
      core::Date last = l.valid_to;
      std::string code = "licence_lapsed";
      if ((l.status == "suspended" || l.status == "revoked") && l.status_on &&
          core::DaysBetween(*l.status_on, last) >= 0) {
        last = core::AddDays(*l.status_on, -1);
        code = l.status == "suspended" ? "licence_suspended" : "licence_revoked";
      }
      const std::string what = l.kind_label + " " + l.number;
      // Suspensions in the history overlapping the period (lifted ones included).
      bool suspension_named = false;
      for (const auto& [from, to] : l.suspensions) {
        if (core::DaysBetween(from, until) < 0) continue;              // began after the period
        if (to && core::DaysBetween(p.from, *to) <= 0) continue;       // lifted before it began
        const std::string on = Iso(from);
        out.push_back({"licence_suspended", "licence", l.id, what, on,
                       "期间内许可证不在有效状态：" + what + "被暂扣（" + on +
                           (to ? " 至 " + Iso(core::AddDays(*to, -1)) : " 起") + "）",
                       "licence not in force during the period: " + what + " suspended (" + on +
                           (to ? " to " + Iso(core::AddDays(*to, -1)) : " on") + ")"});
        suspension_named = true;
        break;  // one reason per licence and kind of reason
      }
      const core::Date gap = core::AddDays(last, 1);  // the first day not in force
      if (!(core::DaysBetween(p.from, gap) >= 0 && core::DaysBetween(gap, until) >= 0)) continue;
      if (code == "licence_suspended" && suspension_named) continue;
      // A licence of the same kind in force from that day on closes the gap (a renewal).
      bool renewed = false;
      if (code == "licence_lapsed")
        for (const auto& n : f.licences)
          if (n.kind == kind && n.id != l.id && core::DaysBetween(n.valid_from, gap) >= 0 &&
              core::DaysBetween(gap, n.valid_to) >= 0 &&
              !((n.status == "suspended" || n.status == "revoked") && n.status_on &&
                core::DaysBetween(*n.status_on, gap) >= 0))
            renewed = true;
      if (renewed) continue;
      const std::string on = Iso(gap);
      const char* zh = code == "licence_suspended" ? "被暂扣"
                       : code == "licence_revoked" ? "被吊销"
                                                   : "有效期届满未延续";
      const char* en = code == "licence_suspended" ? "suspended"
                       : code == "licence_revoked" ? "revoked"
                                                   : "expired without renewal";
      out.push_back({code, "licence", l.id, what, on,
                     "期间内许可证不在有效状态：" + what + zh + "（自 " + on + " 起）",
                     "licence not in force during the period: " + what + " " + en + " (from " +
                         on + ")"});
    }
  }
  return out;
}

std::string FrozenText(std::int64_t round_id, const Period& p, const std::vector<FrozenResult>& r) {
  std::vector<FrozenResult> sorted = r;
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return a.application_id < b.application_id; });
  std::string out = "veto-round " + std::to_string(round_id) + " " + Iso(p.from) + " " +
                    Iso(p.to) + "\n";
  for (const auto& x : sorted)
    out += std::to_string(x.application_id) + "\t" + std::to_string(x.enterprise_id) + "\t" +
           x.result + "\t" + x.reasons_json + "\n";
  return out;
}

}  // namespace anjian::veto
