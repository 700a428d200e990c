// /api/v1/duty-spot-checks (值班抽查): rounds (list, export, create by hand or by a random draw with
// its seed, one round with its units, the roster's person on duty and every call), call records;
// /api/v1/duty-spot-check-findings: the findings a failed call opened (list, export, one with its
// history), the unit's answer (整改说明) and the regulator's acceptance or return.
#include "emergency/spot_check/spot_check_handlers.hpp"

#include <boost/json.hpp>
#include <random>
#include <set>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/enforcement/enforcement_plan_rules.hpp"
#include "emergency/spot_check/spot_check_errors.hpp"
#include "emergency/spot_check/spot_check_service.hpp"
#include "explosives/stocktake/stocktake_errors.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/industry_rules.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::spot_check {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// The seed: 64 bits of the operating system's entropy at draw time (recorded with the round).
std::uint64_t FreshSeed() {
  std::random_device rd;
  return (static_cast<std::uint64_t>(rd()) << 32) ^ static_cast<std::uint64_t>(rd());
}

std::string Today(Context& ctx) { return core::ChinaIsoDate(ctx.Now()); }

json::array SplitText(const std::string& text, const std::string& sep) {
  json::array out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(sep, start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(json::string(text.substr(start, end - start)));
    start = end + sep.size();
  }
  return out;
}

json::value OptInt(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::array PoolIdsJson(const std::string& text) {
  json::array out;
  for (auto id : ParsePool(text)) out.push_back(id);
  return out;
}

json::object RoundJson(const RoundRow& r, Context& ctx) {
  return json::object{
      {"id", r.id},
      {"title", r.title},
      {"agency", json::object{{"id", r.agency_id}, {"name", r.agency_name}}},
      {"target_kind", r.target_kind},
      {"selection", r.selection},
      {"seed", r.seed},
      {"count", r.draw_count},
      {"pool_size", static_cast<std::int64_t>(ParsePool(r.pool_ids).size())},
      {"pool_ids", PoolIdsJson(r.pool_ids)},
      {"filter_region_code", r.filter_region_code},
      {"filter_industries", SplitText(r.filter_industries, ",")},
      {"planned_on", r.planned_on},
      {"created_by", json::object{{"id", r.created_by}, {"name", r.created_by_name}}},
      {"created_at", r.created_at},
      {"units", r.units},
      {"called", r.called},
      {"failed", r.failed},
      {"open_findings", r.open_findings},
      {"can_record", ctx.who().Can("duty_spot_check:write") && ctx.who().agency_id &&
                         *ctx.who().agency_id == r.agency_id}};
}

json::object CallJson(const CallRow& c) {
  return json::object{
      {"id", c.id},
      {"item_id", c.item_id},
      {"called_at", c.called_at},
      {"method", c.method},
      {"phone", c.phone},
      {"answered", c.answered},
      {"rings", OptInt(c.rings)},
      {"seconds", OptInt(c.seconds)},
      {"answerer_name", c.answerer_name},
      {"on_duty_names", SplitText(c.on_duty_names, "、")},
      {"answerer_on_duty",
       c.answerer_on_duty ? json::value(*c.answerer_on_duty != 0) : json::value(nullptr)},
      {"result", c.result},
      {"notes", c.notes},
      {"by", json::object{{"id", c.by_user_id}, {"name", c.by_name}}},
      {"at", c.at},
      {"finding_id", OptInt(c.finding_id)}};
}

json::object OnDutyJson(const OnDuty& d) {
  json::array names;
  for (const auto& n : d.names) names.push_back(json::string(n));
  return json::object{{"phone", d.phone},
                      {"names", std::move(names)},
                      {"source", d.source},
                      {"shift", d.shift_label}};
}

json::object UnitJson(const Unit& u) {
  json::object o{{"kind", u.kind}, {"id", u.id}, {"name", u.name}, {"region_path", u.region_path}};
  o["industry"] = u.industry;
  if (auto i = registry::ParseIndustry(u.industry))
    o["industry_zh"] = std::string(registry::IndustryLabelZh(*i));
  else
    o["industry_zh"] = "";
  return o;
}

Response RoundResponse(Context& ctx, storage::Connection& conn, std::int64_t id, int status) {
  auto r = FindRound(conn, ctx.scope(), id);
  if (!r) throw ApiException{Error::NotFound("duty spot check round")};
  json::object o = RoundJson(*r, ctx);
  const auto calls = RoundCalls(conn, id);
  json::array items;
  std::vector<std::int64_t> drawn;
  for (const auto& it : RoundItems(conn, id)) {
    drawn.push_back(it.unit.kind == "enterprise" ? it.unit.id : it.unit.id);
    json::array item_calls;
    json::value last_result = nullptr;
    json::value finding = nullptr;
    for (const auto& c : calls)
      if (c.item_id == it.id) {
        item_calls.push_back(CallJson(c));
        last_result = json::string(c.result);
        finding = OptInt(c.finding_id);
      }
    items.push_back(json::object{{"id", it.id},
                                 {"position", it.position},
                                 {"unit", UnitJson(it.unit)},
                                 {"registered_phone", it.unit.phone},
                                 {"on_duty", OnDutyJson(OnDutyAt(conn, it.unit, ctx.Now()))},
                                 {"calls", std::move(item_calls)},
                                 {"last_result", last_result},
                                 {"finding_id", finding}});
  }
  o["items"] = std::move(items);
  // Anyone re-runs the draw from the recorded seed and pool: the same units in the same order.
  if (r->selection == "random") {
    const auto seed = enforcement::ParseSeed(r->seed);
    const auto pool = ParsePool(r->pool_ids);
    const auto listed = r->target_kind == "agency"
                            ? std::vector<std::int64_t>{}
                            : ListedInPool(conn, pool, core::ChinaIsoDate(core::UnixFromIso(r->created_at)));
    o["reproduced"] = seed && DrawUnitsListedFirst(*seed, pool, r->draw_count, listed) == drawn;
  } else {
    o["reproduced"] = nullptr;
  }
  return api::JsonResponse(o, status);
}

std::string Day(Context& ctx, const char* key, std::vector<FieldError>& errs) {
  auto q = api::Trim(ctx.req.Query(key).value_or(""));
  if (q.empty()) return "";
  if (!core::ParseIsoDate(q)) {
    errs.push_back(core::CoreErr("date_invalid").At(key));
    return "";
  }
  return q;
}

RoundFilter RoundFilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  RoundFilter f;
  f.target_kind = api::Trim(ctx.req.Query("target_kind").value_or(""));
  if (!f.target_kind.empty() && f.target_kind != "enterprise" && f.target_kind != "agency")
    errs.push_back(core::CoreErr("kind_invalid")
                       .At("target_kind", "enterprise, agency", "enterprise（企业）、agency（下级监管部门）"));
  f.from = Day(ctx, "from", errs);
  f.to = Day(ctx, "to", errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

FindingFilter FindingFilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  FindingFilter f;
  f.today = Today(ctx);
  f.state = api::Trim(ctx.req.Query("state").value_or(""));
  if (!f.state.empty() && f.state != "waiting" && !ParseFindingState(f.state))
    errs.push_back(core::CoreErr("status_invalid")
                       .At("state", "waiting, open, answered, accepted, returned",
                           "waiting（待企业说明）、open（待说明）、answered（待审核）、accepted（已认可）、returned（已退回）"));
  f.overdue = ctx.req.Query("overdue").value_or("") == "true";
  auto id = [&](const char* key, std::optional<std::int64_t>& into) {
    auto q = api::Trim(ctx.req.Query(key).value_or(""));
    if (q.empty()) return;
    if (q.find_first_not_of("0123456789") != std::string::npos || q.size() > 18) {
      errs.push_back(core::CoreErr("type").At(key, "an integer", "整数"));
      return;
    }
    into = std::stoll(q);
  };
  id("round_id", f.round_id);
  id("enterprise_id", f.enterprise_id);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

json::object FindingJson(const FindingRow& f, Context& ctx) {
  const auto state = ParseFindingState(f.state).value_or(FindingState::kOpen);
  const bool own = (f.enterprise_id && ctx.who().enterprise_id &&
                    *f.enterprise_id == *ctx.who().enterprise_id) ||
                   (f.agency_id && ctx.who().agency_id && *f.agency_id == *ctx.who().agency_id);
  const bool reviewer = ctx.who().agency_id && *ctx.who().agency_id == f.round_agency_id &&
                        ctx.who().Can("duty_spot_check:write");
  return json::object{
      {"id", f.id},
      {"round_id", f.round_id},
      {"round_title", f.round_title},
      {"round_agency", json::object{{"id", f.round_agency_id}, {"name", f.round_agency_name}}},
      {"unit",
       json::object{{"kind", f.enterprise_id ? "enterprise" : "agency"},
                    {"id", f.enterprise_id ? *f.enterprise_id : f.agency_id.value_or(0)},
                    {"name", f.unit_name}}},
      {"state", f.state},
      {"due_on", f.due_on},
      {"overdue", FindingOverdue(state, f.due_on, Today(ctx))},
      {"deadline_source", kAnswerPeriodSourceZh},
      {"deadline_source_en", kAnswerPeriodSourceEn},
      {"called_at", f.called_at},
      {"method", f.method},
      {"phone", f.phone},
      {"answered", f.answered},
      {"notes", f.notes},
      {"created_at", f.created_at},
      {"updated_at", f.updated_at},
      {"can_answer", own && ctx.who().Can("duty_spot_check:answer") &&
                         Next(state, FindingAction::kAnswer).has_value()},
      {"can_review", reviewer && Next(state, FindingAction::kAccept).has_value()}};
}

Response FindingResponse(Context& ctx, storage::Connection& conn, std::int64_t id) {
  auto f = FindFinding(conn, ctx.scope(), id);
  if (!f) throw ApiException{Error::NotFound("duty spot check finding")};
  json::object o = FindingJson(*f, ctx);
  json::array events;
  for (const auto& e : FindingEvents(conn, id))
    events.push_back(json::object{{"kind", e.kind},
                                  {"text", e.text},
                                  {"by", json::object{{"id", e.by_user_id}, {"name", e.by_name}}},
                                  {"at", e.at}});
  o["events"] = std::move(events);
  return api::JsonResponse(o);
}

std::string ChinaTime(const std::string& iso) {
  return iso.empty() ? "" : core::ChinaIsoDateTime(core::UnixFromIso(iso));
}

const char* StateZh(const std::string& s) {
  auto st = ParseFindingState(s);
  return st ? FindingStateLabelZh(*st).data() : "";
}

}  // namespace

Response ListRoundsHandler(Context& ctx) {
  auto f = RoundFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t total = CountRounds(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& r : ListRounds(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(RoundJson(r, ctx));
  json::object o = api::PageJson(std::move(items), total, page, size);
  o["can_create"] = ctx.who().Can("duty_spot_check:write") && ctx.who().agency_id.has_value();
  return api::JsonResponse(o);
}

Response ExportRoundsHandler(Context& ctx) {
  auto f = RoundFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& r : ListRounds(*conn, ctx.scope(), f, 2000, 0)) {
    const auto calls = RoundCalls(*conn, r.id);
    for (const auto& it : RoundItems(*conn, r.id)) {
      const CallRow* last = nullptr;
      for (const auto& c : calls)
        if (c.item_id == it.id) last = &c;
      std::string method, called_at, phone, answered, answerer, on_duty, result, notes;
      if (last) {
        method = std::string(MethodLabelZh(ParseMethod(last->method).value_or(Method::kPhone)));
        called_at = ChinaTime(last->called_at);
        phone = last->phone;
        answered = last->answered ? "是" : "否";
        answerer = last->answerer_name;
        on_duty = last->on_duty_names;
        result = std::string(ResultLabelZh(ParseResult(last->result).value_or(Result::kPass)));
        notes = last->notes;
      }
      rows.push_back({r.planned_on, r.title, r.agency_name,
                      std::string(r.selection == "random" ? "随机抽取" : "人工选取"), r.seed,
                      it.position, it.unit.name, method, called_at, phone, answered, answerer,
                      on_duty, result, notes});
    }
  }
  return api::XlsxDownload("值班抽查.xlsx", "值班抽查",
                           {"抽查日期", "抽查批次", "组织单位", "选取方式", "随机种子", "序号",
                            "被抽查单位", "方式", "呼叫时间", "电话", "是否接听", "接听人",
                            "排班在岗人员", "结果", "备注"},
                           rows);
}

Response CreateRoundHandler(Context& ctx) {
  if (!ctx.who().agency_id) core::Invalid(Err("spot_check_agency_required").At());
  api::JsonInput in(ctx.req.body);
  NewRoundInput r;
  r.title = in.Str("title", true, 100);
  r.target_kind = in.Str("target_kind", false, 20);
  if (r.target_kind.empty()) r.target_kind = "enterprise";
  if (r.target_kind != "enterprise" && r.target_kind != "agency")
    in.AddError(core::CoreErr("kind_invalid")
                    .At("target_kind", "enterprise, agency", "enterprise（企业）、agency（下级监管部门）"));
  r.planned_on = in.Str("planned_on", false, 10);
  if (r.planned_on.empty()) r.planned_on = Today(ctx);
  else if (!core::ParseIsoDate(r.planned_on)) in.AddError(core::CoreErr("date_invalid").At("planned_on"));
  std::string selection = in.Str("selection", false, 20);
  if (selection.empty()) selection = "manual";
  if (selection != "manual" && selection != "random")
    in.AddError(core::CoreErr("kind_invalid")
                    .At("selection", "manual, random", "manual（人工选取）、random（随机抽取）"));
  r.random = selection == "random";
  auto conn = ctx.svc.db->Acquire();
  // The seed: 64 bits of fresh entropy, or one announced beforehand (双随机一公开: anyone holding
  // it and the pool re-runs the draw).
  std::uint64_t seed = FreshSeed();
  if (r.random) {
    const std::string given = in.Str("seed", false, 16);
    if (!given.empty()) {
      if (auto parsed = enforcement::ParseSeed(given))
        seed = *parsed;
      else
        in.AddError(core::CoreErr("type").At("seed", "1–16 hexadecimal digits", "1–16 位十六进制数"));
    }
    const auto count = in.Int("count", true);
    if (count)
      for (auto& e : CheckDrawCount(*count)) in.AddError(std::move(e));
    r.count = count.value_or(0);
    r.region_code = in.Str("region_code", false, 12);
    if (!r.region_code.empty()) {
      if (auto path = RegionPathOfCode(*conn, r.region_code))
        r.region_path = *path;
      else
        in.AddError(registry::Err("region_unknown").At("region_code", r.region_code));
    }
    auto industries = in.StrList("industries", 20);
    for (std::size_t i = 0; i < industries.size(); ++i) {
      if (!registry::ParseIndustry(industries[i]))
        in.AddError(registry::Err("industry_invalid")
                        .At("industries[" + std::to_string(i) + "]", industries[i]));
      else
        r.industries.push_back(industries[i]);
    }
  } else {
    r.unit_ids = in.IdList("unit_ids", kMaxManualUnits);
    if (r.unit_ids.empty() && !in.errors().size())
      in.AddError(Err("spot_check_units_required").At("unit_ids"));
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < r.unit_ids.size(); ++i)
      if (!seen.insert(r.unit_ids[i]).second) {
        const auto id = std::to_string(r.unit_ids[i]);
        in.AddError(Err("spot_check_unit_twice").At("unit_ids[" + std::to_string(i) + "]", id, id));
      }
  }
  in.Finish();
  const std::int64_t id =
      CreateRound(*conn, ctx.who(), ctx.scope(), r, seed, api::ActorOf(ctx), ctx.Now());
  return RoundResponse(ctx, *conn, id, 201);
}

Response GetRoundHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return RoundResponse(ctx, *conn, ctx.PathId(), 200);
}

Response OnDutyHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  // A round out of scope is 404 whatever the query says.
  if (!FindRound(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("duty spot check round")};
  std::vector<FieldError> errs;
  std::optional<std::int64_t> item_id;
  auto q = api::Trim(ctx.req.Query("item_id").value_or(""));
  if (!q.empty()) {
    if (q.find_first_not_of("0123456789") != std::string::npos || q.size() > 18)
      errs.push_back(core::CoreErr("type").At("item_id", "an integer", "整数"));
    else
      item_id = std::stoll(q);
  }
  std::int64_t at = ctx.Now();
  auto t = api::Trim(ctx.req.Query("at").value_or(""));
  if (!t.empty()) {
    at = core::UnixFromIso(t);
    if (at == 0) errs.push_back(stocktake::Err("time_invalid").At("at"));
  }
  if (!errs.empty()) core::Invalid(std::move(errs));
  json::array items;
  for (const auto& it : RoundItems(*conn, id)) {
    if (item_id && it.id != *item_id) continue;
    json::object o = OnDutyJson(OnDutyAt(*conn, it.unit, at));
    o["item_id"] = it.id;
    items.push_back(std::move(o));
  }
  if (item_id && items.empty()) throw ApiException{Error::NotFound("duty spot check unit")};
  return api::JsonResponse(json::object{{"at", core::IsoFromUnix(at)}, {"items", std::move(items)}});
}

Response RecordCallHandler(Context& ctx) {
  const std::int64_t round_id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  NewCall c;
  c.item_id = in.Int("item_id", true).value_or(0);
  const std::string called = in.Str("called_at", false, 40);
  if (called.empty()) {
    c.called_at = core::IsoFromUnix(ctx.Now());
  } else {
    const std::int64_t t = core::UnixFromIso(called);
    if (t == 0) in.AddError(stocktake::Err("time_invalid").At("called_at"));
    else if (t > ctx.Now() + 300) in.AddError(stocktake::Err("time_future").At("called_at"));
    else c.called_at = core::IsoFromUnix(t);
  }
  c.method = in.Str("method", true, 10);
  if (!c.method.empty() && !ParseMethod(c.method))
    in.AddError(core::CoreErr("kind_invalid")
                    .At("method", "phone, video", "phone（电话抽查）、video（视频抽查）"));
  c.phone = in.Str("phone", false, 40);
  if (!in.Has("answered")) in.AddError(core::CoreErr("required").At("answered"));
  c.answered = in.Bool("answered");
  auto count = [&](const char* key, std::optional<std::int64_t>& into) {
    if (in.Has(key)) into = in.Int(key);
  };
  count("rings", c.rings);
  count("seconds", c.seconds);
  c.answerer_name = api::Trim(in.Str("answerer_name", false, 50));
  const std::string result = in.Str("result", true, 10);
  if (!result.empty() && !ParseResult(result))
    in.AddError(core::CoreErr("status_invalid").At("result", "pass, fail", "pass（合格）、fail（不合格）"));
  c.result = ParseResult(result).value_or(Result::kFail);
  c.notes = in.Str("notes", false, 1000);
  if (!result.empty() && ParseResult(result)) {
    CallFacts facts{c.answered, c.rings, c.seconds, c.answerer_name, c.result};
    for (auto& e : CheckCall(facts)) in.AddError(std::move(e));
  }
  auto conn = ctx.svc.db->Acquire();
  // A round out of scope is 404 whatever the body says.
  if (!FindRound(*conn, ctx.scope(), round_id))
    throw ApiException{Error::NotFound("duty spot check round")};
  in.Finish();
  RecordCall(*conn, ctx.who(), ctx.scope(), round_id, c, api::ActorOf(ctx), ctx.svc.notifier,
             ctx.Now());
  return RoundResponse(ctx, *conn, round_id, 201);
}

Response ListFindingsHandler(Context& ctx) {
  auto f = FindingFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t total = CountFindings(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& r : ListFindings(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(FindingJson(r, ctx));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportFindingsHandler(Context& ctx) {
  auto f = FindingFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  const std::string today = Today(ctx);
  for (const auto& r : ListFindings(*conn, ctx.scope(), f, 10000, 0)) {
    const auto state = ParseFindingState(r.state).value_or(FindingState::kOpen);
    rows.push_back({r.unit_name, r.round_title, r.round_agency_name, ChinaTime(r.called_at),
                    std::string(MethodLabelZh(ParseMethod(r.method).value_or(Method::kPhone))),
                    std::string(r.answered ? "是" : "否"), r.notes, std::string(StateZh(r.state)),
                    r.due_on, std::string(FindingOverdue(state, r.due_on, today) ? "是" : "否")});
  }
  return api::XlsxDownload("值班抽查问题.xlsx", "值班抽查问题",
                           {"被抽查单位", "抽查批次", "组织单位", "呼叫时间", "方式", "是否接听",
                            "问题说明", "状态", "整改说明期限", "是否逾期"},
                           rows);
}

Response GetFindingHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return FindingResponse(ctx, *conn, ctx.PathId());
}

Response AnswerFindingHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  // A finding out of scope is 404 whatever the body says.
  if (!FindFinding(*conn, ctx.scope(), id))
    throw ApiException{Error::NotFound("duty spot check finding")};
  api::JsonInput in(ctx.req.body);
  const std::string text = in.Str("text", true, 2000);
  in.Finish();
  AnswerFinding(*conn, ctx.who(), ctx.scope(), id, text, api::ActorOf(ctx), ctx.svc.notifier,
                ctx.Now());
  return FindingResponse(ctx, *conn, id);
}

namespace {
Response Review(Context& ctx, FindingAction action) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FindFinding(*conn, ctx.scope(), id))
    throw ApiException{Error::NotFound("duty spot check finding")};
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  // A return says why; an acceptance may add a remark.
  const std::string text = in.Str("text", action == FindingAction::kReturn, 2000);
  in.Finish();
  ReviewFinding(*conn, ctx.who(), ctx.scope(), id, action, text, api::ActorOf(ctx),
                ctx.svc.notifier, ctx.Now());
  return FindingResponse(ctx, *conn, id);
}
}  // namespace

Response AcceptFindingHandler(Context& ctx) { return Review(ctx, FindingAction::kAccept); }
Response ReturnFindingHandler(Context& ctx) { return Review(ctx, FindingAction::kReturn); }

}  // namespace anjian::spot_check
