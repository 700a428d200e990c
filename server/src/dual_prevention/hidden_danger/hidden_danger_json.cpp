#include "dual_prevention/hidden_danger/hidden_danger_json.hpp"

#include <boost/json.hpp>

#include "core/civil_date.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_source_rules.hpp"
#include "dual_prevention/risk/risk_codes_rules.hpp"
#include "platform/api/json.hpp"
#include "registry/industry_rules.hpp"

namespace anjian::hidden_danger {

namespace json = boost::json;

namespace {

json::value OptInt(const std::optional<int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value OptNum(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }

}  // namespace

json::object HiddenDangerJson(const HiddenDangerRecord& r, const std::string& today) {
  const auto state = ParseHiddenDangerState(r.state);
  const auto level = ParseHiddenDangerLevel(r.level);
  const auto source = ParseHiddenDangerSource(r.source);
  json::object o{
      {"id", r.id},
      {"number", r.number},
      {"enterprise_id", r.enterprise_id},
      {"enterprise_name", r.enterprise_name},
      {"region_path", r.region_path},
      {"industry", r.industry},
      {"source", r.source},
      {"source_label_zh", source ? HiddenDangerSourceLabelZh(*source) : ""},
      {"source_label_en", source ? HiddenDangerSourceLabelEn(*source) : ""},
      {"inspection_record_id", OptInt(r.inspection_record_id)},
      {"enforcement_inspection_id", OptInt(r.enforcement_inspection_id)},
      {"risk_unit_id", OptInt(r.risk_unit_id)},
      {"referral_department", r.referral_department},
      {"title", r.title},
      {"description", r.description},
      {"location", r.location},
      {"latitude", OptNum(r.latitude)},
      {"longitude", OptNum(r.longitude)},
      {"hazard_factor", r.hazard_factor},
      {"accident_type", r.accident_type},
      {"found_on", r.found_on},
      {"reported_by", OptInt(r.reported_by)},
      {"reported_by_name", r.reported_by_name},
      {"reported_at", r.reported_at},
      {"registered_by_regulator", r.registered_by_regulator},
      {"state", r.state},
      {"state_label_zh", state ? HiddenDangerStateLabelZh(*state) : ""},
      {"state_label_en", state ? HiddenDangerStateLabelEn(*state) : ""},
      {"level", r.level},
      {"level_label_zh", level ? HiddenDangerLevelLabelZh(*level) : ""},
      {"level_label_en", level ? HiddenDangerLevelLabelEn(*level) : ""},
      {"is_open", r.is_open},
      {"owner_user_id", OptInt(r.owner_user_id)},
      {"owner_name", api::NullableStr(r.owner_name)},
      {"measures", r.measures},
      {"funds_fen", OptInt(r.funds_fen)},
      {"deadline", api::NullableStr(r.deadline)},
      {"regulator_deadline", api::NullableStr(r.regulator_deadline)},
      {"effective_deadline", api::NullableStr(r.effective_deadline)},
      {"has_plan", r.has_plan},
      {"under_listed_supervision", r.under_listed_supervision},
      {"evidence", r.evidence},
      {"rectified_by_user_id", OptInt(r.rectified_by_user_id)},
      {"verified_by_user_id", OptInt(r.verified_by_user_id)},
      {"closed_on", api::NullableStr(r.closed_on)},
      {"closed_on_time", r.closed_on_time ? json::value(*r.closed_on_time) : json::value(nullptr)},
      {"created_at", r.created_at},
      {"updated_at", r.updated_at},
  };
  bool overdue = false;
  int64_t days_overdue = 0;
  if (r.is_open && r.effective_deadline) {
    const auto d = core::ParseIsoDate(*r.effective_deadline);
    const auto t = core::ParseIsoDate(today);
    if (d && t && *d < *t) {
      overdue = true;
      days_overdue = core::DaysBetween(*d, *t);
    }
  }
  o["overdue"] = overdue;
  o["days_overdue"] = days_overdue;
  return o;
}

namespace {

json::array TransitionsJson(const std::vector<TransitionRecord>& transitions) {
  json::array out;
  for (const auto& t : transitions) {
    json::value details;
    try {
      details = json::parse(t.details_json);
    } catch (...) {
      details = json::object{};
    }
    const auto action = ParseHiddenDangerAction(t.action);
    out.push_back(json::object{
        {"id", t.id},
        {"action", t.action},
        {"action_label_zh", action ? HiddenDangerActionLabelZh(*action) : "上报隐患"},
        {"action_label_en", action ? HiddenDangerActionLabelEn(*action) : "report"},
        {"from_state", t.from_state},
        {"to_state", t.to_state},
        {"actor_user_id", OptInt(t.actor_user_id)},
        {"actor_name", t.actor_name},
        {"at", t.at},
        {"reason", t.reason},
        {"details", std::move(details)}});
  }
  return out;
}

json::object ActionJson(HiddenDangerAction a) {
  return json::object{{"action", HiddenDangerActionValue(a)},
                      {"label_zh", HiddenDangerActionLabelZh(a)},
                      {"label_en", HiddenDangerActionLabelEn(a)}};
}

}  // namespace

json::object HiddenDangerDetailJson(const HiddenDangerDetail& d, const std::string& today) {
  auto o = HiddenDangerJson(d.record, today);
  o["transitions"] = TransitionsJson(d.transitions);
  json::array photos;
  for (const auto& p : d.photos)
    photos.push_back(json::object{{"file_id", p.file_id},
                                  {"phase", p.phase},
                                  {"name", p.name},
                                  {"mime", p.mime},
                                  {"size", p.size}});
  o["photos"] = std::move(photos);
  json::array actions;
  for (auto a : d.available_actions) actions.push_back(ActionJson(a));
  o["available_actions"] = std::move(actions);
  json::array owners;
  for (const auto& u : d.owner_candidates)
    owners.push_back(json::object{{"id", u.id}, {"display_name", u.display_name}});
  o["owner_candidates"] = std::move(owners);
  if (d.escalation_stage) o["escalation_stage"] = EscalationStageValue(*d.escalation_stage);
  o["congress_report_missing"] = d.congress_report_missing;
  o["regulator_recheck"] = d.regulator_recheck;
  if (d.assessment_due_at) o["assessment_due_at"] = *d.assessment_due_at;
  if (d.assessment_stage) o["assessment_stage"] = EscalationStageValue(*d.assessment_stage);
  if (d.derivation) {
    json::object dv{{"basis", d.derivation->basis},
                    {"basis_text_zh", d.derivation->basis_text_zh},
                    {"basis_text_en", d.derivation->basis_text_en},
                    {"origin_kind", d.derivation->origin_kind},
                    {"created_at", d.derivation->created_at}};
    if (d.derivation->origin_id) dv["origin_id"] = *d.derivation->origin_id;
    o["derivation"] = std::move(dv);
  }
  return o;
}

namespace {

json::object FiguresJson(const Figures& t) {
  return json::object{
      {"found", t.found},
      {"closed", t.closed},
      {"closed_on_time", t.closed_on_time},
      // Share of closed hidden dangers closed by their deadline; null before any closure.
      {"on_time_rate", t.closed > 0 ? json::value(static_cast<double>(t.closed_on_time) / t.closed)
                                    : json::value(nullptr)},
      {"open", t.open},
      {"overdue", t.overdue},
      {"major", t.major},
      {"major_listed_open", t.major_listed_open},
  };
}

}  // namespace

json::object StatisticsJson(const HiddenDangerStatistics& s) {
  json::object out;
  out["region"] = json::object{{"code", s.region_code}, {"name", s.region_name}, {"path", s.path}};
  out["period"] = json::object{{"from", s.from}, {"to", s.to}, {"today", s.today}};
  out["totals"] = FiguresJson(s.totals);
  json::array regions;
  for (const auto& r : s.by_region)
    regions.push_back(json::object{{"region_code", r.code},
                                   {"name", r.own ? r.name + "（本级）" : r.name},
                                   {"figures", FiguresJson(r.figures)}});
  out["by_region"] = std::move(regions);
  json::array industries;
  for (const auto& [value, figures] : s.by_industry) {
    auto ind = registry::ParseIndustry(value);
    industries.push_back(json::object{{"industry", value},
                                      {"label_zh", ind ? registry::IndustryLabelZh(*ind) : value},
                                      {"label_en", ind ? registry::IndustryLabelEn(*ind) : value},
                                      {"figures", FiguresJson(figures)}});
  }
  out["by_industry"] = std::move(industries);
  json::array months;
  for (const auto& [month, figures] : s.by_month)
    months.push_back(json::object{{"month", month}, {"figures", FiguresJson(figures)}});
  out["by_month"] = std::move(months);
  // The common-risk analysis: by GB/T 13861 hazard factor (one level below the drilled node, with
  // the path from the top for the breadcrumb) and by GB 6441 accident type.
  json::array trail;
  for (std::string c = s.hazard_factor_node; !c.empty();) {
    const auto* e = risk::FindCode(risk::HazardFactors(), c);
    if (!e) break;
    trail.insert(trail.begin(), json::object{{"code", e->code}, {"label_zh", e->label_zh},
                                             {"label_en", e->label_en}});
    c = e->parent;
  }
  out["hazard_factor_path"] = std::move(trail);
  auto causes = [](const std::vector<HiddenDangerStatistics::Cause>& rows,
                   const std::vector<risk::CodeEntry>& list, bool tree) {
    json::array arr;
    for (const auto& r : rows) {
      const auto* e = r.code.empty() ? nullptr : risk::FindCode(list, r.code);
      std::string zh = e ? e->label_zh : "未分类", en = e ? e->label_en : "Not classified";
      if (r.own) {
        zh += "（本级）";
        en += " (this level)";
      }
      json::object o{{"code", r.code},
                     {"label_zh", zh},
                     {"label_en", en},
                     {"figures", FiguresJson(r.figures)}};
      if (tree) {
        o["own"] = r.own;
        o["has_children"] = !r.own && !r.code.empty() && risk::HazardFactorHasChildren(r.code);
      }
      arr.push_back(std::move(o));
    }
    return arr;
  };
  out["by_hazard_factor"] = causes(s.by_hazard_factor, risk::HazardFactors(), true);
  out["by_accident_type"] = causes(s.by_accident_type, risk::AccidentTypes(), false);
  return out;
}

json::object DashboardJson(const HiddenDangerDashboard& d) {
  json::object out{{"open", d.totals.open},
                   {"overdue", d.totals.overdue},
                   {"major_open", d.totals.major_open},
                   {"listed_open", d.totals.listed_open}};
  json::array enterprises;
  for (const auto& e : d.enterprises)
    enterprises.push_back(json::object{{"enterprise_id", e.enterprise_id},
                                       {"name", e.name},
                                       {"open", e.figures.open},
                                       {"overdue", e.figures.overdue},
                                       {"major_open", e.figures.major_open}});
  out["enterprises"] = std::move(enterprises);
  json::array regions;
  for (const auto& r : d.by_region)
    regions.push_back(json::object{{"region_code", r.code},
                                   {"name", r.name},
                                   {"open", r.figures.open},
                                   {"overdue", r.figures.overdue},
                                   {"major_open", r.figures.major_open}});
  out["by_region"] = std::move(regions);
  return out;
}

json::object ReferenceJson() {
  json::array states, levels, sources, factors, accident_types, actions;
  for (auto s : AllHiddenDangerStates())
    states.push_back(json::object{{"value", HiddenDangerStateValue(s)},
                                  {"label_zh", HiddenDangerStateLabelZh(s)},
                                  {"label_en", HiddenDangerStateLabelEn(s)}});
  for (auto l : AllHiddenDangerLevels())
    levels.push_back(json::object{{"value", HiddenDangerLevelValue(l)},
                                  {"label_zh", HiddenDangerLevelLabelZh(l)},
                                  {"label_en", HiddenDangerLevelLabelEn(l)}});
  for (auto s : AllHiddenDangerSources())
    sources.push_back(json::object{{"value", HiddenDangerSourceValue(s)},
                                   {"label_zh", HiddenDangerSourceLabelZh(s)},
                                   {"label_en", HiddenDangerSourceLabelEn(s)}});
  // The whole GB/T 13861 tree (class → sub-class → group → item, linked by parent) and GB 6441's
  // twenty accident types: risk's code lists.
  for (const auto& c : risk::HazardFactors())
    factors.push_back(json::object{{"value", c.code},
                                   {"label_zh", c.label_zh},
                                   {"label_en", c.label_en},
                                   {"parent", c.parent}});
  for (const auto& c : risk::AccidentTypes())
    accident_types.push_back(
        json::object{{"value", c.code}, {"label_zh", c.label_zh}, {"label_en", c.label_en}});
  for (auto a : AllHiddenDangerActions())
    actions.push_back(json::object{{"value", HiddenDangerActionValue(a)},
                                   {"label_zh", HiddenDangerActionLabelZh(a)},
                                   {"label_en", HiddenDangerActionLabelEn(a)}});
  return json::object{{"states", std::move(states)},
                      {"levels", std::move(levels)},
                      {"sources", std::move(sources)},
                      {"hazard_factors", std::move(factors)},
                      {"accident_types", std::move(accident_types)},
                      {"actions", std::move(actions)}};
}

}  // namespace anjian::hidden_danger
