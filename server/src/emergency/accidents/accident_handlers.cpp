// /api/v1/accidents: the list (filter, page, export), one accident with its report chain
// (deadlines), versions and forwards, the first report, corrections (PUT) and follow-up reports
// that re-grade, and each agency's one-click acknowledgement and forwarding up.
#include "emergency/accidents/accident_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "emergency/accidents/accident_grade_rules.hpp"
#include "emergency/accidents/accident_service.hpp"
#include "emergency/accidents/accidents_errors.hpp"
#include "dual_prevention/risk/risk_codes_rules.hpp"
#include "explosives/stocktake/stocktake_errors.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::accidents {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// GB 6441 types ("01"–"20"), the one code list risk events use too (glossary: accident_type).
const char* TypeZh(const std::string& v) {
  for (const auto& t : risk::AccidentTypes())
    if (v == t.code) return t.label_zh.c_str();
  return "";
}

std::pair<std::string, std::string> TypeLists() {
  std::string en, zh;
  for (const auto& t : risk::AccidentTypes()) {
    en += (en.empty() ? "" : ", ") + t.code;
    zh += (zh.empty() ? "" : "、") + t.code + "（" + t.label_zh + "）";
  }
  return {en, zh};
}

constexpr std::int64_t kMaxPeople = 100000;
constexpr std::int64_t kMaxLoss = 1'000'000'000'000;  // 1万亿 yuan

// Reads the facts over `base`: absent fields keep the base's values (a first report may be
// incomplete, later ones complete it); `first` requires title and occurred_at.
AccidentFacts ReadFacts(api::JsonInput& in, AccidentFacts base, bool first, std::int64_t now) {
  auto str = [&](const char* key, std::string& into, bool required, size_t max) {
    if (in.Has(key) || required) {
      std::string v = in.Str(key, required, max);
      if (in.Has(key)) into = v;
    }
  };
  str("title", base.title, first, 200);
  str("address", base.address, false, 200);
  str("course", base.course, false, 4000);
  str("measures", base.measures, false, 4000);
  if (in.Has("accident_type") || first) {
    std::string t = in.Str("accident_type", false, 40);
    if (!t.empty() && !*TypeZh(t)) {
      auto [en, zh] = TypeLists();
      in.AddError(core::CoreErr("kind_invalid").At("accident_type", en, zh));
    } else if (in.Has("accident_type")) {
      base.accident_type = t;
    }
  }
  if (in.Has("road_traffic")) base.road_traffic = in.Bool("road_traffic");
  if (in.Has("occurred_at") || first) {
    std::string t = in.Str("occurred_at", first, 40);
    if (!t.empty()) {
      const std::int64_t at = core::UnixFromIso(t);
      if (at == 0)
        in.AddError(stocktake::Err("time_invalid").At("occurred_at"));
      else if (at > now + 300)
        in.AddError(stocktake::Err("time_future").At("occurred_at"));
      else
        base.occurred_at = core::IsoFromUnix(at);
    }
  }
  auto count = [&](const char* key, std::int64_t& into, std::int64_t max) {
    if (!in.Has(key)) return;
    auto v = in.Int(key);
    if (!v) return;
    if (*v < 0 || *v > max)
      in.AddError(core::CoreErr("range").At(key, 0, max));
    else
      into = *v;
  };
  count("deaths", base.deaths, kMaxPeople);
  count("serious_injuries", base.serious_injuries, kMaxPeople);
  count("missing", base.missing, kMaxPeople);
  count("direct_loss_yuan", base.direct_loss_yuan, kMaxLoss);
  auto coord = [&](const char* key, std::optional<double>& into, double lim) {
    if (!in.Has(key)) return;
    auto v = in.Num(key);
    if (!v) return;
    if (*v < -lim || *v > lim)
      in.AddError(core::CoreErr("range").At(key, -lim, lim));
    else
      into = v;
  };
  coord("latitude", base.latitude, 90);
  coord("longitude", base.longitude, 180);
  return base;
}

json::object FactsJson(const AccidentFacts& f) {
  return json::object{
      {"title", f.title},
      {"accident_type", f.accident_type},
      {"accident_type_zh", TypeZh(f.accident_type)},
      {"road_traffic", f.road_traffic},
      {"address", f.address},
      {"latitude", f.latitude ? json::value(*f.latitude) : json::value(nullptr)},
      {"longitude", f.longitude ? json::value(*f.longitude) : json::value(nullptr)},
      {"occurred_at", f.occurred_at},
      {"deaths", f.deaths},
      {"serious_injuries", f.serious_injuries},
      {"missing", f.missing},
      {"direct_loss_yuan", f.direct_loss_yuan},
      {"course", f.course},
      {"measures", f.measures}};
}

json::value OptTime(const std::optional<std::int64_t>& t) {
  return t ? json::value(core::IsoFromUnix(*t)) : json::value(nullptr);
}

json::object SummaryJson(const AccidentRow& a, const std::vector<AccidentForwardRow>& forwards,
                         const AccidentReportingConfig& c, std::int64_t now) {
  json::object o = FactsJson(a.facts);
  o["id"] = a.id;
  o["number"] = a.number;
  o["enterprise_id"] = a.enterprise_id;
  o["enterprise_name"] = a.enterprise_name;
  o["grade"] = a.grade;
  const auto decision = GradeOf({a.facts.deaths, a.facts.serious_injuries, a.facts.direct_loss_yuan});
  json::array basis;
  for (const auto& b : decision.basis) basis.push_back(json::string(b));
  o["grade_basis"] = std::move(basis);
  o["grade_since"] = a.grade_since;
  o["reported_at"] = a.reported_at;
  o["reported_by"] = json::object{{"id", a.reported_by}, {"name", a.reported_by_name}};
  o["version"] = a.version;
  o["updated_at"] = a.updated_at;
  o["loss_incident_id"] =
      a.loss_incident_id ? json::value(*a.loss_incident_id) : json::value(nullptr);
  json::array deadlines;
  std::int64_t late_steps = 0;
  for (const auto& s : ChainOf(a, forwards, c, now)) {
    if (s.late_minutes > 0) ++late_steps;
    deadlines.push_back(json::object{{"key", s.key},
                                     {"from", s.from},
                                     {"to", s.to},
                                     {"due_at", core::IsoFromUnix(s.due_at)},
                                     {"done_at", OptTime(s.done_at)},
                                     {"late_minutes", s.late_minutes},
                                     {"status", s.status},
                                     {"source", s.source_zh},
                                     {"source_en", s.source_en}});
  }
  o["deadlines"] = std::move(deadlines);
  o["late_steps"] = late_steps;
  const bool traffic_or_fire = a.facts.accident_type == kFireType || a.facts.road_traffic;
  const std::int64_t until =
      FollowUpUntil(core::UnixFromIso(a.facts.occurred_at), traffic_or_fire, c);
  o["follow_up_until"] = core::IsoFromUnix(until);
  o["follow_up_open"] = now <= until;
  return o;
}

json::object DetailJson(storage::Connection& conn, const AccidentRow& a, std::int64_t now) {
  const auto config = LoadAccidentReportingConfig(conn);
  const auto forwards = AccidentForwards(conn, a.id);
  json::object o = SummaryJson(a, forwards, config, now);
  json::array reports;
  for (const auto& r : AccidentReports(conn, a.id))
    reports.push_back(json::object{{"version", r.version},
                                   {"kind", r.kind},
                                   {"facts", json::parse(r.facts_json)},
                                   {"grade", r.grade},
                                   {"note", r.note},
                                   {"at", r.at},
                                   {"by", json::object{{"id", r.by_user_id}, {"name", r.by_name}}}});
  o["reports"] = std::move(reports);
  json::array fw;
  for (const auto& f : forwards)
    fw.push_back(json::object{{"level", f.level},
                              {"agency", json::object{{"id", f.agency_id}, {"name", f.agency_name}}},
                              {"by", json::object{{"id", f.by_user_id}, {"name", f.by_name}}},
                              {"note", f.note},
                              {"at", f.at}});
  o["forwards"] = std::move(fw);
  const auto plan = InvestigationOf(GradeFromValue(a.grade).value_or(Grade::kOrdinary),
                                    core::UnixFromIso(a.facts.occurred_at), 0, std::nullopt,
                                    config);
  o["investigation"] = json::object{
      {"leader", plan.leader},
      {"leader_zh", plan.leader_zh},
      {"report_due_at", core::IsoFromUnix(plan.report_due_at)},
      {"extension_max_days", config.investigation_extension_max_days},
      {"approval_days", a.grade == "especially_serious" ? config.approval_days_especially_serious
                                                        : config.approval_days},
      {"source", "《生产安全事故报告和调查处理条例》第十九条、第二十九条、第三十二条"}};
  return o;
}

Response AccidentResponse(Context& ctx, storage::Connection& conn, std::int64_t id, int status) {
  auto a = FindAccident(conn, ctx.scope(), id);
  if (!a) throw ApiException{Error::NotFound("accident")};
  json::object o = DetailJson(conn, *a, ctx.Now());
  // What the caller's agency may do: its level sends a step not yet forwarded.
  bool can_forward = false;
  json::value level = nullptr;
  if (ctx.who().agency_id && ctx.who().Can("accident:forward")) {
    const std::string l = LevelOfRegionPath(ctx.who().region_path);
    level = json::string(l);
    bool forwarded = false;
    for (const auto& f : o.at("forwards").as_array()) forwarded |= f.at("level").as_string() == l;
    for (const auto& d : o.at("deadlines").as_array()) can_forward |= d.at("from").as_string() == l;
    can_forward = can_forward && !forwarded;
  }
  o["forward_level"] = std::move(level);
  o["can_forward"] = can_forward;
  return api::JsonResponse(o, status);
}

AccidentFilter FilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  AccidentFilter f;
  f.grade = api::Trim(ctx.req.Query("grade").value_or(""));
  if (!f.grade.empty() && !GradeFromValue(f.grade))
    errs.push_back(core::CoreErr("level_invalid")
                       .At("grade", "ordinary, large, serious, especially_serious",
                           "ordinary（一般）、large（较大）、serious（重大）、especially_serious（特别重大）"));
  f.accident_type = api::Trim(ctx.req.Query("accident_type").value_or(""));
  if (!f.accident_type.empty() && !*TypeZh(f.accident_type)) {
    auto [en, zh] = TypeLists();
    errs.push_back(core::CoreErr("kind_invalid").At("accident_type", en, zh));
  }
  auto day = [&](const char* key, std::string& into, int add_days) {
    auto q = api::Trim(ctx.req.Query(key).value_or(""));
    if (q.empty()) return;
    auto d = core::ParseIsoDate(q);
    if (!d) {
      errs.push_back(core::CoreErr("date_invalid").At(key));
      return;
    }
    into = core::IsoFromUnix(core::ChinaDayStart(core::AddDays(*d, add_days)));
  };
  day("from", f.from, 0);
  day("to", f.to, 1);
  auto e = api::Trim(ctx.req.Query("enterprise_id").value_or(""));
  if (!e.empty()) {
    try {
      f.enterprise_id = std::stoll(e);
    } catch (...) {
      errs.push_back(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    }
  }
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

}  // namespace

Response ListAccidentsHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadAccidentReportingConfig(*conn);
  const std::int64_t total = CountAccidents(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& a : ListAccidentRows(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(SummaryJson(a, AccidentForwards(*conn, a.id), config, ctx.Now()));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportAccidentsHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadAccidentReportingConfig(*conn);
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& a : ListAccidentRows(*conn, ctx.scope(), f, 10000, 0)) {
    std::int64_t late = 0;
    std::string late_steps;
    for (const auto& s : ChainOf(a, AccidentForwards(*conn, a.id), config, ctx.Now()))
      if (s.late_minutes > 0) {
        late += s.late_minutes;
        late_steps += (late_steps.empty() ? "" : "；") + s.key;
      }
    rows.push_back({a.number, a.enterprise_name, a.facts.title,
                    std::string(GradeLabelZh(GradeFromValue(a.grade).value_or(Grade::kOrdinary))),
                    std::string(TypeZh(a.facts.accident_type)),
                    core::ChinaIsoDateTime(core::UnixFromIso(a.facts.occurred_at)),
                    a.facts.deaths, a.facts.serious_injuries, a.facts.missing,
                    a.facts.direct_loss_yuan,
                    core::ChinaIsoDateTime(core::UnixFromIso(a.reported_at)), late, late_steps});
  }
  return api::XlsxDownload("事故和险情.xlsx", "事故和险情",
                           {"事故编号", "企业", "事故简况", "等级", "类别（GB 6441）", "发生时间",
                            "死亡", "重伤（含急性中毒）", "失踪", "直接经济损失（元）", "报告时间",
                            "迟报分钟合计", "迟报环节"},
                           rows);
}

Response GetAccidentHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return AccidentResponse(ctx, *conn, ctx.PathId(), 200);
}

Response ReportAccidentHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  std::optional<std::int64_t> given = in.Int("enterprise_id", !ctx.who().enterprise_id);
  NewReport report;
  report.facts = ReadFacts(in, AccidentFacts{}, true, ctx.Now());
  report.note = in.Str("note", false, 1000);
  in.Finish();
  std::int64_t enterprise_id = 0;
  if (ctx.who().enterprise_id) {
    enterprise_id = *ctx.who().enterprise_id;
    if (given && *given != enterprise_id) throw ApiException{Error::NotFound("enterprise")};
  } else {
    enterprise_id = given.value_or(0);
  }
  auto conn = ctx.svc.db->Acquire();
  auto ent = FindEnterpriseInScope(*conn, ctx.scope(), enterprise_id);
  if (!ent) throw ApiException{Error::NotFound("enterprise")};
  report.enterprise_id = enterprise_id;
  report.region_path = ent->region_path;
  const std::int64_t id =
      ReportAccident(*conn, report, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return AccidentResponse(ctx, *conn, id, 201);
}

namespace {
Response Revise(Context& ctx, const std::string& kind) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  auto current = FindAccident(*conn, ctx.scope(), id);
  if (!current) throw ApiException{Error::NotFound("accident")};
  api::JsonInput in(ctx.req.body);
  AccidentFacts facts = ReadFacts(in, current->facts, false, ctx.Now());
  std::string note = in.Str("note", false, 1000);
  in.Finish();
  ReviseAccident(*conn, ctx.scope(), id, kind, facts, note, api::ActorOf(ctx), ctx.svc.notifier,
                 ctx.Now());
  return AccidentResponse(ctx, *conn, id, kind == "follow_up" ? 201 : 200);
}
}  // namespace

Response CorrectAccidentHandler(Context& ctx) { return Revise(ctx, "correction"); }
Response FollowUpAccidentHandler(Context& ctx) { return Revise(ctx, "follow_up"); }

Response ForwardAccidentHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  if (!ctx.who().agency_id)
    core::Invalid(Err("accident_forward_agency_required").At());
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  std::string note = in.Str("note", false, 1000);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  ForwardAccident(*conn, ctx.scope(), id, LevelOfRegionPath(ctx.who().region_path),
                  *ctx.who().agency_id, note, api::ActorOf(ctx), ctx.Now());
  return AccidentResponse(ctx, *conn, id, 200);
}

}  // namespace anjian::accidents
