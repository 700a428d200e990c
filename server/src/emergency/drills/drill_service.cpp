#include "emergency/drills/drill_service.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <map>
#include <spdlog/spdlog.h>

#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "emergency/accidents/accident_repository.hpp"
#include "emergency/drills/drills_errors.hpp"
#include "emergency/plans/plan_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/actor.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::drills {

namespace json = boost::json;

namespace {

// 88号令 art. 36 (五): the drill revealed a major problem — through emergency_plans' hand-off.
void RequirePlanRevision(storage::Connection& conn, const api::Principal& who,
                         std::int64_t plan_id, const std::string& note, std::int64_t drill_id,
                         std::int64_t now) {
  emergency_plans::RevisionTrigger t;
  t.plan_id = plan_id;
  t.cause = emergency_plans::RevisionCause::kDrillOrResponse;
  t.source_kind = "drill";
  t.source_id = drill_id;
  t.note = note;
  emergency_plans::RequireRevision(conn, t, api::ActorOf(who, now));
}

json::object DrillAuditJson(const NewDrill& in) {
  json::array plans, problems, photos;
  for (const auto& p : in.plans)
    plans.push_back(json::object{{"plan_id", p.plan_id}, {"kind", p.kind}, {"title", p.title}});
  for (const auto& p : in.problems) problems.push_back(json::string(p));
  for (auto f : in.photo_file_ids) photos.push_back(f);
  return json::object{{"enterprise_id", in.enterprise_id},
                      {"plans", plans},
                      {"drill_type", in.drill_type},
                      {"scenario", in.scenario},
                      {"drilled_on", in.drilled_on},
                      {"place", in.place},
                      {"participant_count", in.participant_count},
                      {"participant_names", in.participant_names},
                      {"evaluation", in.evaluation},
                      {"effective", in.effective},
                      {"photo_file_ids", photos},
                      {"problems", problems}};
}

DrillRow RequireDrill(storage::Connection& conn, const api::Scope& scope, std::int64_t id) {
  if (!FindDrill(conn, scope, id)) throw ApiException{Error::NotFound("drill")};
  auto d = LockDrill(conn, id);
  if (!d) throw ApiException{Error::NotFound("drill")};
  return *d;
}

// The first `n` characters (UTF-8 code points) of `s`.
std::string Cut(const std::string& s, size_t n) {
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && chars++ == n) return s.substr(0, i);
  }
  return s;
}

std::string LocalTime(const std::string& iso) {
  return core::ChinaIsoDateTime(core::UnixFromIso(iso));
}

const char* ActionZh(const std::string& action) {
  return action == "hidden_danger" ? "隐患" : "预案修订";
}

DrillProblemRow RequireOpenProblem(storage::Connection& conn, std::int64_t drill_id,
                                   std::int64_t problem_id) {
  auto p = LockDrillProblem(conn, drill_id, problem_id);
  if (!p) throw ApiException{Error::NotFound("drill problem")};
  if (!p->action.empty())
    throw ApiException{Err("drill_problem_handled").Conflict(p->action, ActionZh(p->action))};
  return *p;
}

std::vector<PlanRef> PlanRefs(const std::vector<PlanInfo>& plans) {
  std::vector<PlanRef> out;
  for (const auto& p : plans) {
    auto since = core::ParseIsoDate(p.since);
    if (!since || !IsPlanKind(p.kind)) continue;
    out.push_back({p.id, p.kind, p.title, *since});
  }
  return out;
}

std::map<std::int64_t, std::vector<DrillRef>> DrillRefsByEnterprise(
    const std::vector<DrillPlanDate>& rows) {
  std::map<std::int64_t, std::vector<DrillRef>> out;
  for (const auto& r : rows) {
    auto& list = out[r.enterprise_id];
    if (list.empty() || list.back().id != r.drill_id) {
      auto on = core::ParseIsoDate(r.drilled_on);
      if (!on) continue;
      list.push_back({r.drill_id, *on, {}});
    }
    list.back().plan_ids.push_back(r.plan_id);
  }
  return out;
}

std::string RuleZh(const std::string& rule) {
  if (rule == "general") return "综合或专项预案演练";
  if (rule == "onsite_any") return "现场处置方案演练";
  if (rule == "onsite_each") return "现场处置方案演练（每个方案）";
  if (rule == "special_each") return "专项预案演练（每个预案）";
  if (rule == "any_drill") return "危险物品单位应急演练";
  return rule;
}

json::object ObligationJson(const Obligation& o) {
  return json::object{
      {"rule", o.rule},
      {"rule_zh", RuleZh(o.rule)},
      {"plan_id", o.plan_id ? json::value(*o.plan_id) : json::value(nullptr)},
      {"plan_title", o.plan_title},
      {"window_start", core::FormatIsoDate(o.window_start)},
      {"window_end", core::FormatIsoDate(o.window_end)},
      {"due", core::FormatIsoDate(o.due)},
      {"status", o.status},
      {"drill_id", o.drill_id ? json::value(*o.drill_id) : json::value(nullptr)},
      {"done_on", o.done_on ? json::value(core::FormatIsoDate(*o.done_on)) : json::value(nullptr)},
      {"days_late", o.days_late},
      {"days_left", o.days_left},
      {"source", o.source_zh},
      {"source_en", o.source_en}};
}

json::object CountsJson(const Compliance& c) {
  return json::object{{"done", c.done},   {"done_late", c.done_late}, {"due", c.due},
                      {"late", c.late},   {"upcoming", c.upcoming},
                      {"max_days_late", c.max_days_late}};
}

}  // namespace

DrillFrequencyConfig LoadDrillFrequencyConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "drill_frequency");
  if (!stored) return {};
  if (auto c = DrillFrequencyConfigFromJson(*stored)) return *c;
  spdlog::warn("settings drill_frequency is invalid; using the defaults");
  return {};
}

std::string DrillNumber(const std::string& drilled_on, std::int64_t id) {
  std::string day = drilled_on;
  day.erase(std::remove(day.begin(), day.end(), '-'), day.end());
  std::string n = std::to_string(id);
  if (n.size() < 6) n.insert(0, 6 - n.size(), '0');
  return "YL-" + day + "-" + n;
}

std::int64_t RecordDrill(storage::Connection& conn, const NewDrill& in, const audit::Actor& actor,
                         std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  NewDrillRow row;
  row.enterprise_id = in.enterprise_id;
  row.region_path = in.region_path;
  row.drill_type = in.drill_type;
  row.scenario = in.scenario;
  row.drilled_on = in.drilled_on;
  row.place = in.place;
  row.participant_count = in.participant_count;
  row.participant_names = in.participant_names;
  row.evaluation = in.evaluation;
  row.effective = in.effective;
  row.created_by = actor.id.value_or(0);
  row.created_at = at;
  const std::int64_t id = InsertDrill(conn, row);
  const std::string number = DrillNumber(in.drilled_on, id);
  SetDrillNumber(conn, id, number);
  for (const auto& p : in.plans) InsertDrillPlan(conn, id, p);
  for (auto f : in.photo_file_ids) InsertDrillPhoto(conn, id, f);
  std::int64_t pos = 0;
  for (const auto& p : in.problems) InsertDrillProblem(conn, id, ++pos, p);
  InsertDrillEvent(conn, id, "recorded", number, actor.id.value_or(0), at);
  json::object after = DrillAuditJson(in);
  after["number"] = number;
  audit::Append(conn, actor, "create", "drill", std::to_string(id), nullptr, after);
  tx.Commit();
  return id;
}

void SubmitDrillReport(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                       const std::string& summary, const audit::Actor& actor,
                       api::Notifier* notifier, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  const DrillRow d = RequireDrill(conn, scope, id);
  if (d.report_submitted_at) {
    const std::string local = LocalTime(*d.report_submitted_at);
    throw ApiException{Err("drill_report_submitted").Conflict(local, local)};
  }
  SetReportSubmitted(conn, id, summary, actor.id.value_or(0), at);
  InsertDrillEvent(conn, id, "report_submitted", summary, actor.id.value_or(0), at);
  for (std::int64_t agency : accidents::AgenciesOver(conn, d.region_path))
    notifications::NotifyAgencyUsers(
        conn, pushes, agency, kDrillNotification, "应急演练总结报送：" + d.enterprise_name,
        d.number + "，" + std::string(DrillTypeZh(d.drill_type)) + "，" + d.scenario,
        "/emergency/drills/" + std::to_string(id));
  audit::Append(conn, actor, "drill_report_submit", "drill", std::to_string(id),
                json::object{{"report_status", d.report_status}},
                json::object{{"report_status", "submitted"}, {"report_summary", summary}});
  tx.Commit();
  pushes.Flush(notifier, conn);
}

void AcknowledgeDrillReport(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                            std::int64_t agency_id, const std::string& note,
                            const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  const DrillRow d = RequireDrill(conn, scope, id);
  if (!d.report_submitted_at)
    throw ApiException{Err("drill_report_not_submitted").Conflict()};
  if (d.report_ack_at) {
    const std::string local = LocalTime(*d.report_ack_at);
    throw ApiException{Err("drill_report_acknowledged").Conflict(local, local)};
  }
  SetReportAcknowledged(conn, id, actor.id.value_or(0), agency_id, note, at);
  InsertDrillEvent(conn, id, "report_acknowledged", note, actor.id.value_or(0), at);
  audit::Append(conn, actor, "drill_report_acknowledge", "drill", std::to_string(id),
                json::object{{"report_status", d.report_status}},
                json::object{{"report_status", "acknowledged"},
                             {"agency_id", agency_id},
                             {"note", note}});
  tx.Commit();
}

std::int64_t ProblemToHiddenDanger(storage::Connection& conn, const api::Principal& who,
                                   std::int64_t drill_id, std::int64_t problem_id,
                                   api::Notifier* notifier, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  const DrillRow d = RequireDrill(conn, api::Scope::For(who), drill_id);
  const DrillProblemRow p = RequireOpenProblem(conn, drill_id, problem_id);
  hidden_danger::NewHiddenDanger h;
  h.enterprise_id = d.enterprise_id;
  h.source = "ad_hoc";
  // ≤ 100 characters: the problem's first line, cut.
  h.title = Cut(p.description.substr(0, p.description.find('\n')), 100);
  h.description = Cut(
      "应急演练 " + d.number + "（" + d.drilled_on + "，" + d.scenario + "）发现的问题：" +
          p.description,
      2000);
  h.location = Cut(d.place, 200);
  h.found_on = d.drilled_on;
  const std::int64_t hd = hidden_danger::ReportHiddenDanger(conn, who, h, &pushes, now);
  SetProblemAction(conn, p.id, "hidden_danger", hd, std::nullopt, who.user_id, at);
  InsertDrillEvent(conn, drill_id, "problem_hidden_danger",
                   "问题 " + std::to_string(p.position) + " → 隐患 #" + std::to_string(hd),
                   who.user_id, at);
  audit::Append(conn, api::ActorOf(who, now), "drill_problem_hidden_danger", "drill",
                std::to_string(drill_id), nullptr,
                json::object{{"problem_id", p.id},
                             {"position", p.position},
                             {"description", p.description},
                             {"hidden_danger_id", hd}});
  tx.Commit();
  pushes.Flush(notifier, conn);
  return hd;
}

void ProblemToRevision(storage::Connection& conn, const api::Principal& who,
                       std::int64_t drill_id, std::int64_t problem_id, std::int64_t plan_id,
                       std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  const DrillRow d = RequireDrill(conn, api::Scope::For(who), drill_id);
  const DrillProblemRow p = RequireOpenProblem(conn, drill_id, problem_id);
  bool drilled = false;
  std::string title;
  for (const auto& dp : DrillPlansOf(conn, drill_id))
    if (dp.plan_id == plan_id) {
      drilled = true;
      title = dp.title;
    }
  if (!drilled) core::Invalid(Err("drill_revision_plan_required").At("plan_id"));
  const std::string cause = "应急演练 " + d.number + "（" + d.drilled_on + "）发现的问题：" +
                            p.description;
  RequirePlanRevision(conn, who, plan_id, Cut(cause, 1000), drill_id, now);
  SetProblemAction(conn, p.id, "revision", std::nullopt, plan_id, who.user_id, at);
  InsertDrillEvent(conn, drill_id, "problem_revision",
                   "问题 " + std::to_string(p.position) + " → 预案修订：" + title, who.user_id, at);
  audit::Append(conn, api::ActorOf(who, now), "drill_problem_revision", "drill",
                std::to_string(drill_id), nullptr,
                json::object{{"problem_id", p.id},
                             {"position", p.position},
                             {"description", p.description},
                             {"plan_id", plan_id}});
  tx.Commit();
}

json::object EnterpriseComplianceJson(storage::Connection& conn, const api::Scope& scope,
                                      std::int64_t enterprise_id, int year, std::int64_t now) {
  auto ent = FindEnterpriseInScope(conn, scope, enterprise_id);
  if (!ent) throw ApiException{Error::NotFound("enterprise")};
  const auto config = LoadDrillFrequencyConfig(conn);
  const auto cal = calendar::LoadWorkingCalendar(conn);
  const auto today = *core::ParseIsoDate(core::ChinaIsoDate(now));
  const auto plans = PlansOfEnterprise(conn, enterprise_id);
  // Drills since the earliest window the rules may look back to (rolling periods ≤ 10 years).
  auto drills = DrillRefsByEnterprise(DrillPlanDatesInScope(
      conn, scope, enterprise_id, std::to_string(year - 10) + "-01-01", core::FormatIsoDate(today)));
  const auto c = ComplianceOf(ent->industry, PlanRefs(plans), drills[enterprise_id], year, today,
                              config, cal);
  json::array items, reqs, plan_list;
  for (const auto& o : c.items) items.push_back(ObligationJson(o));
  for (const auto& r : RequirementsOf(c.regime, config))
    reqs.push_back(json::object{{"rule", r.rule},
                                {"months", r.months},
                                {"rolling", r.rolling},
                                {"text", r.text_zh},
                                {"text_en", r.text_en},
                                {"source", r.source_zh},
                                {"source_en", r.source_en}});
  for (const auto& p : plans)
    plan_list.push_back(json::object{{"id", p.id},
                                     {"kind", p.kind},
                                     {"title", p.title},
                                     {"status", p.status},
                                     {"since", p.since}});
  return json::object{{"enterprise_id", enterprise_id},
                      {"enterprise_name", ent->name},
                      {"industry", ent->industry},
                      {"year", year},
                      {"today", core::FormatIsoDate(today)},
                      {"regime", RegimeValue(c.regime)},
                      {"regime_zh", RegimeZh(c.regime)},
                      {"report_required", ReportRequired(ent->industry, config)},
                      {"requirements", reqs},
                      {"plans", plan_list},
                      {"counts", CountsJson(c)},
                      {"obligations", items}};
}

namespace {
// The child of the caller's region an enterprise lies in (itself for a county).
std::string ChildRegionCode(const std::string& region_path, const std::string& scope_path) {
  if (region_path.size() > scope_path.size()) {
    auto rest = region_path.substr(scope_path.size());
    return rest.substr(0, rest.find('/'));
  }
  auto trimmed = region_path.substr(0, region_path.size() - 1);
  return trimmed.substr(trimmed.rfind('/') + 1);
}
}  // namespace

json::object ScopeComplianceJson(storage::Connection& conn, const api::Scope& scope,
                                 const std::string& path, int year, std::int64_t now) {
  const std::string scope_path = path.empty() ? "/" : path;
  const auto config = LoadDrillFrequencyConfig(conn);
  const auto cal = calendar::LoadWorkingCalendar(conn);
  const auto today = *core::ParseIsoDate(core::ChinaIsoDate(now));
  const auto plans = PlansInScope(conn, scope);
  auto drills = DrillRefsByEnterprise(DrillPlanDatesInScope(
      conn, scope, std::nullopt, std::to_string(year - 10) + "-01-01", core::FormatIsoDate(today)));
  std::map<std::int64_t, std::vector<PlanInfo>> by_ent;
  for (const auto& p : plans) by_ent[p.enterprise_id].push_back(p);

  struct RegionCount {
    std::int64_t enterprises = 0, late_enterprises = 0, done = 0, done_late = 0, due = 0,
                 late = 0, without_plan = 0;
  };
  std::map<std::string, RegionCount> regions;  // child region code
  json::array late_list;
  RegionCount total;
  for (const auto& [eid, eplans] : by_ent) {
    const auto& first = eplans.front();
    const auto c = ComplianceOf(first.industry, PlanRefs(eplans), drills[eid], year, today,
                                config, cal);
    if (c.items.empty()) continue;
    const std::string code = ChildRegionCode(first.region_path, scope_path);
    for (RegionCount* rc : {&regions[code], &total}) {
      ++rc->enterprises;
      if (c.late > 0) ++rc->late_enterprises;
      rc->done += c.done;
      rc->done_late += c.done_late;
      rc->due += c.due;
      rc->late += c.late;
    }
    if (c.late > 0) {
      json::array late_items;
      for (const auto& o : c.items)
        if (o.status == "late") late_items.push_back(ObligationJson(o));
      late_list.push_back(json::object{{"enterprise_id", eid},
                                       {"enterprise_name", first.enterprise_name},
                                       {"industry", first.industry},
                                       {"region_code", code},
                                       {"regime", RegimeValue(c.regime)},
                                       {"late", c.late},
                                       {"max_days_late", c.max_days_late},
                                       {"obligations", late_items}});
    }
  }
  // High-risk enterprises (民爆, 危化) with no published plan owe drills but have nothing to drill:
  // counted among the enterprises and listed apart (88号令 requires the plans first).
  json::array without_list;
  for (const auto& e : EnterprisesWithoutPlanInScope(conn, scope, HighRiskIndustries())) {
    const std::string code = ChildRegionCode(e.region_path, scope_path);
    for (RegionCount* rc : {&regions[code], &total}) {
      ++rc->enterprises;
      ++rc->without_plan;
    }
    without_list.push_back(json::object{{"enterprise_id", e.id},
                                        {"enterprise_name", e.name},
                                        {"industry", e.industry},
                                        {"region_code", code}});
  }
  std::vector<std::string> codes;
  for (const auto& [code, _] : regions) codes.push_back(code);
  json::array region_list;
  for (const auto& [code, name] : RegionNames(conn, codes)) {
    const auto& rc = regions[code];
    region_list.push_back(json::object{{"region_code", code},
                                       {"region_name", name},
                                       {"enterprises", rc.enterprises},
                                       {"late_enterprises", rc.late_enterprises},
                                       {"done", rc.done},
                                       {"done_late", rc.done_late},
                                       {"due", rc.due},
                                       {"late", rc.late},
                                       {"without_plan", rc.without_plan}});
  }
  std::map<std::string, std::string> names;
  for (const auto& [code, name] : RegionNames(conn, codes)) names[code] = name;
  for (auto& v : late_list) v.as_object()["region_name"] = names[std::string(v.at("region_code").as_string())];
  for (auto& v : without_list)
    v.as_object()["region_name"] = names[std::string(v.at("region_code").as_string())];
  std::sort(late_list.begin(), late_list.end(), [](const json::value& a, const json::value& b) {
    return a.at("max_days_late").as_int64() > b.at("max_days_late").as_int64();
  });
  return json::object{{"year", year},
                      {"today", core::FormatIsoDate(today)},
                      {"shandong_rules", config.shandong_rules != 0},
                      {"totals", json::object{{"enterprises", total.enterprises},
                                              {"late_enterprises", total.late_enterprises},
                                              {"done", total.done},
                                              {"done_late", total.done_late},
                                              {"due", total.due},
                                              {"late", total.late},
                                              {"without_plan", total.without_plan}}},
                      {"regions", region_list},
                      {"late_enterprises", late_list},
                      {"without_plan_enterprises", without_list}};
}

std::vector<EnterpriseComplianceRow> ScopeComplianceRows(storage::Connection& conn,
                                                         const api::Scope& scope, int year,
                                                         std::int64_t now) {
  const auto config = LoadDrillFrequencyConfig(conn);
  const auto cal = calendar::LoadWorkingCalendar(conn);
  const auto today = *core::ParseIsoDate(core::ChinaIsoDate(now));
  auto drills = DrillRefsByEnterprise(DrillPlanDatesInScope(
      conn, scope, std::nullopt, std::to_string(year - 10) + "-01-01", core::FormatIsoDate(today)));
  std::map<std::int64_t, std::vector<PlanInfo>> by_ent;
  for (const auto& p : PlansInScope(conn, scope)) by_ent[p.enterprise_id].push_back(p);
  std::vector<EnterpriseComplianceRow> out;
  for (const auto& [eid, eplans] : by_ent) {
    const auto& first = eplans.front();
    const auto c = ComplianceOf(first.industry, PlanRefs(eplans), drills[eid], year, today,
                                config, cal);
    if (c.items.empty()) continue;
    EnterpriseComplianceRow r;
    r.enterprise_id = eid;
    r.enterprise_name = first.enterprise_name;
    r.region_path = first.region_path;
    r.regime_zh = std::string(RegimeZh(c.regime));
    r.done = c.done;
    r.done_late = c.done_late;
    r.due = c.due;
    r.late = c.late;
    r.max_days_late = c.max_days_late;
    for (const auto& o : c.items)
      if (o.status == "late")
        r.late_items += (r.late_items.empty() ? "" : "；") + RuleZh(o.rule) +
                        (o.plan_title.empty() ? "" : "：" + o.plan_title) + "（应于 " +
                        core::FormatIsoDate(o.due) + " 前，逾期 " + std::to_string(o.days_late) + " 天）";
    out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.max_days_late != b.max_days_late ? a.max_days_late > b.max_days_late
                                              : a.enterprise_id < b.enterprise_id;
  });
  return out;
}

}  // namespace anjian::drills
