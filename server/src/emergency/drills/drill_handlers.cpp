// /api/v1/drills: the list (filter, page, export), one drill with its plans, photos, problems
// and history, recording a drill, the results report (submit, acknowledge), a problem turned
// into a hidden danger or a plan revision trigger, and the compliance calendar.
#include "emergency/drills/drill_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "emergency/accidents/accident_repository.hpp"
#include "emergency/drills/drill_service.hpp"
#include "emergency/drills/drills_errors.hpp"
#include "files/file_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::drills {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr const char* kTypesEn = "tabletop, functional, full_scale";
constexpr const char* kTypesZh = "tabletop（桌面演练）、functional（功能演练）、full_scale（实战演练）";
constexpr const char* kReportEn = "none, submitted, acknowledged";
constexpr const char* kReportZh = "none（未报送）、submitted（已报送）、acknowledged（已签收）";

std::optional<std::int64_t> QueryId(Context& ctx, const char* key, std::vector<FieldError>& errs) {
  auto v = api::Trim(ctx.req.Query(key).value_or(""));
  if (v.empty()) return std::nullopt;
  if (v.size() > 18 || v.find_first_not_of("0123456789") != std::string::npos) {
    errs.push_back(core::CoreErr("type").At(key, "an integer", "整数"));
    return std::nullopt;
  }
  return std::stoll(v);
}

DrillFilter FilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  DrillFilter f;
  f.drill_type = api::Trim(ctx.req.Query("drill_type").value_or(""));
  if (!f.drill_type.empty() && !IsDrillType(f.drill_type))
    errs.push_back(core::CoreErr("kind_invalid").At("drill_type", kTypesEn, kTypesZh));
  f.report_status = api::Trim(ctx.req.Query("report_status").value_or(""));
  if (!f.report_status.empty() && f.report_status != "none" && f.report_status != "submitted" &&
      f.report_status != "acknowledged")
    errs.push_back(core::CoreErr("status_invalid").At("report_status", kReportEn, kReportZh));
  auto day = [&](const char* key, std::string& into) {
    auto q = api::Trim(ctx.req.Query(key).value_or(""));
    if (q.empty()) return;
    if (!core::ParseIsoDate(q)) errs.push_back(core::CoreErr("date_invalid").At(key));
    else into = q;
  };
  day("from", f.from);
  day("to", f.to);
  f.enterprise_id = QueryId(ctx, "enterprise_id", errs);
  f.plan_id = QueryId(ctx, "plan_id", errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

int YearOf(Context& ctx) {
  std::vector<FieldError> errs;
  auto y = QueryId(ctx, "year", errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  if (!y) return core::ParseIsoDate(core::ChinaIsoDate(ctx.Now()))->year;
  if (*y < 2000 || *y > 2100) core::Invalid(core::CoreErr("range").At("year", 2000, 2100));
  return static_cast<int>(*y);
}

json::value Opt(const std::optional<std::string>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object SummaryJson(storage::Connection& conn, const DrillRow& d,
                         const DrillFrequencyConfig& config) {
  json::array plans;
  for (const auto& p : DrillPlansOf(conn, d.id))
    plans.push_back(json::object{{"plan_id", p.plan_id},
                                 {"kind", p.kind},
                                 {"kind_zh", PlanKindZh(p.kind)},
                                 {"title", p.title}});
  std::int64_t problems = 0, open_problems = 0;
  for (const auto& p : DrillProblemsOf(conn, d.id)) {
    ++problems;
    if (p.action.empty()) ++open_problems;
  }
  return json::object{{"id", d.id},
                      {"number", d.number},
                      {"enterprise_id", d.enterprise_id},
                      {"enterprise_name", d.enterprise_name},
                      {"plans", plans},
                      {"drill_type", d.drill_type},
                      {"drill_type_zh", DrillTypeZh(d.drill_type)},
                      {"scenario", d.scenario},
                      {"drilled_on", d.drilled_on},
                      {"place", d.place},
                      {"participant_count", d.participant_count},
                      {"participant_names", d.participant_names},
                      {"evaluation", d.evaluation},
                      {"effective", d.effective},
                      {"report_required", ReportRequired(d.enterprise_industry, config)},
                      {"report_status", d.report_status},
                      {"report_submitted_at", Opt(d.report_submitted_at)},
                      {"report_ack_at", Opt(d.report_ack_at)},
                      {"problem_count", problems},
                      {"open_problem_count", open_problems},
                      {"created_at", d.created_at},
                      {"created_by", json::object{{"id", d.created_by}, {"name", d.created_by_name}}}};
}

Response DrillResponse(Context& ctx, storage::Connection& conn, std::int64_t id, int status) {
  auto d = FindDrill(conn, ctx.scope(), id);
  if (!d) throw ApiException{Error::NotFound("drill")};
  const auto config = LoadDrillFrequencyConfig(conn);
  json::object o = SummaryJson(conn, *d, config);
  o["report"] = json::object{
      {"status", d->report_status},
      {"summary", d->report_summary},
      {"submitted_at", Opt(d->report_submitted_at)},
      {"submitted_by", d->report_submitted_by
                           ? json::value(json::object{{"id", *d->report_submitted_by},
                                                      {"name", d->report_submitted_by_name}})
                           : json::value(nullptr)},
      {"acknowledged_at", Opt(d->report_ack_at)},
      {"acknowledged_by", d->report_ack_by
                              ? json::value(json::object{{"id", *d->report_ack_by},
                                                         {"name", d->report_ack_by_name}})
                              : json::value(nullptr)},
      {"agency_name", d->report_ack_agency_name},
      {"note", d->report_ack_note}};
  json::array photos;
  for (auto f : DrillPhotoIds(conn, id)) photos.push_back(f);
  o["photo_file_ids"] = std::move(photos);
  json::array problems;
  for (const auto& p : DrillProblemsOf(conn, id))
    problems.push_back(json::object{
        {"id", p.id},
        {"position", p.position},
        {"description", p.description},
        {"action", p.action},
        {"hidden_danger_id", p.hidden_danger_id ? json::value(*p.hidden_danger_id) : json::value(nullptr)},
        {"plan_id", p.plan_id ? json::value(*p.plan_id) : json::value(nullptr)},
        {"acted_at", p.acted_at.empty() ? json::value(nullptr) : json::value(p.acted_at)},
        {"acted_by_name", p.acted_by_name}});
  o["problems"] = std::move(problems);
  json::array history;
  for (const auto& e : DrillEventsOf(conn, id))
    history.push_back(json::object{{"kind", e.kind},
                                   {"note", e.note},
                                   {"at", e.at},
                                   {"by", json::object{{"id", e.by_user_id}, {"name", e.by_name}}}});
  o["history"] = std::move(history);
  o["report_recipient_count"] =
      static_cast<std::int64_t>(accidents::AgenciesOver(conn, d->region_path).size());
  const auto& who = ctx.who();
  const bool own = who.enterprise_id && *who.enterprise_id == d->enterprise_id;
  o["can_submit_report"] = own && who.Can("drill:write") && !d->report_submitted_at;
  o["can_acknowledge"] = who.agency_id.has_value() && who.Can("drill:acknowledge") &&
                         d->report_submitted_at.has_value() && !d->report_ack_at;
  o["can_act_on_problems"] = own && who.Can("drill:write");
  o["can_report_hidden_danger"] = own && who.Can("drill:write") && who.Can("hidden_danger:report");
  return api::JsonResponse(o, status);
}

std::int64_t OwnOrGivenEnterprise(Context& ctx, std::optional<std::int64_t> given) {
  if (ctx.who().enterprise_id) {
    if (given && *given != *ctx.who().enterprise_id)
      throw ApiException{Error::NotFound("enterprise")};
    return *ctx.who().enterprise_id;
  }
  return given.value_or(0);
}

size_t NameCount(const std::string& names) {
  // Names separated by 、 ， , ; ； or white space.
  size_t count = 0;
  bool in_name = false;
  for (size_t i = 0; i < names.size();) {
    bool sep = false;
    size_t len = 1;
    const unsigned char c = static_cast<unsigned char>(names[i]);
    if (c == ',' || c == ';' || c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      sep = true;
    } else if (names.compare(i, 3, "、") == 0 || names.compare(i, 3, "，") == 0 ||
               names.compare(i, 3, "；") == 0) {
      sep = true;
      len = 3;
    }
    if (sep) in_name = false;
    else if (!in_name) {
      in_name = true;
      ++count;
    }
    i += len;
  }
  return count;
}

}  // namespace

Response ListDrillsHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadDrillFrequencyConfig(*conn);
  const std::int64_t total = CountDrills(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& d : ListDrillRows(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(SummaryJson(*conn, d, config));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportDrillsHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  const char* report_zh[] = {"未报送", "已报送", "已签收"};
  for (const auto& d : ListDrillRows(*conn, ctx.scope(), f, 10000, 0)) {
    std::string plans;
    for (const auto& p : DrillPlansOf(*conn, d.id))
      plans += (plans.empty() ? "" : "；") + std::string(PlanKindZh(p.kind)) + "：" + p.title;
    std::int64_t problems = 0, open = 0;
    for (const auto& p : DrillProblemsOf(*conn, d.id)) {
      ++problems;
      if (p.action.empty()) ++open;
    }
    const int rs = d.report_status == "acknowledged" ? 2 : d.report_status == "submitted" ? 1 : 0;
    rows.push_back({d.number, d.enterprise_name, plans, std::string(DrillTypeZh(d.drill_type)),
                    d.scenario, d.drilled_on, d.place, d.participant_count,
                    std::string(d.effective ? "有效" : "需改进"), d.evaluation, problems, open,
                    std::string(report_zh[rs])});
  }
  return api::XlsxDownload("应急演练.xlsx", "应急演练",
                           {"演练编号", "企业", "演练预案", "演练类型", "演练场景", "演练日期",
                            "演练地点", "参演人数", "评估结论", "评估意见", "发现问题数",
                            "未处理问题数", "演练总结"},
                           rows);
}

Response GetDrillHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return DrillResponse(ctx, *conn, ctx.PathId(), 200);
}

Response DrillPlansHandler(Context& ctx) {
  std::vector<FieldError> errs;
  auto given = QueryId(ctx, "enterprise_id", errs);
  if (!ctx.who().enterprise_id && !given) errs.push_back(core::CoreErr("required").At("enterprise_id"));
  if (!errs.empty()) core::Invalid(std::move(errs));
  const std::int64_t enterprise_id = OwnOrGivenEnterprise(ctx, given);
  auto conn = ctx.svc.db->Acquire();
  if (!FindEnterpriseInScope(*conn, ctx.scope(), enterprise_id))
    throw ApiException{Error::NotFound("enterprise")};
  json::array items;
  for (const auto& p : PlansOfEnterprise(*conn, enterprise_id))
    items.push_back(json::object{{"id", p.id},
                                 {"kind", p.kind},
                                 {"kind_zh", PlanKindZh(p.kind)},
                                 {"title", p.title},
                                 {"status", p.status},
                                 {"since", p.since}});
  return api::JsonResponse(json::object{{"items", items}});
}

Response RecordDrillHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  std::optional<std::int64_t> given = in.Int("enterprise_id", !ctx.who().enterprise_id);
  NewDrill d;
  const auto plan_ids = in.IdList("plan_ids", 50);
  d.drill_type = in.Str("drill_type", true, 40);
  if (!d.drill_type.empty() && !IsDrillType(d.drill_type))
    in.AddError(core::CoreErr("kind_invalid").At("drill_type", kTypesEn, kTypesZh));
  d.scenario = in.Str("scenario", true, 500);
  d.drilled_on = in.Str("drilled_on", true, 10);
  if (!d.drilled_on.empty()) {
    if (!core::ParseIsoDate(d.drilled_on))
      in.AddError(core::CoreErr("date_invalid").At("drilled_on"));
    else if (d.drilled_on > core::ChinaIsoDate(ctx.Now()))
      in.AddError(Err("drill_date_future").At("drilled_on"));
  }
  d.place = in.Str("place", false, 200);
  auto count = in.Int("participant_count", true);
  if (count && (*count < 1 || *count > 100000))
    in.AddError(core::CoreErr("range").At("participant_count", 1, 100000));
  else if (count)
    d.participant_count = *count;
  d.participant_names = in.Str("participant_names", false, 2000);
  if (count && *count >= 1 && NameCount(d.participant_names) > static_cast<size_t>(*count)) {
    const auto n = NameCount(d.participant_names);
    in.AddError(Err("drill_participants_names").At("participant_names", *count, n, *count, n));
  }
  d.evaluation = in.Str("evaluation", false, 4000);
  d.effective = in.Bool("effective", true);
  d.photo_file_ids = in.IdList("photo_file_ids", 20);
  for (const auto& p : in.StrList("problems", 50)) {
    const std::string t = api::Trim(p);
    if (t.empty()) continue;
    if (api::Utf8Length(t) > 500)
      in.AddError(core::CoreErr("max_length").At("problems", 500));
    else
      d.problems.push_back(t);
  }
  if (plan_ids.empty()) in.AddError(Err("drill_plan_required").At("plan_ids"));
  in.Finish();
  const std::int64_t enterprise_id = OwnOrGivenEnterprise(ctx, given);
  auto conn = ctx.svc.db->Acquire();
  auto ent = FindEnterpriseInScope(*conn, ctx.scope(), enterprise_id);
  if (!ent) throw ApiException{Error::NotFound("enterprise")};
  std::vector<FieldError> errs;
  const auto plans = PlansOfEnterprise(*conn, enterprise_id);
  for (auto pid : plan_ids) {
    const PlanInfo* found = nullptr;
    for (const auto& p : plans)
      if (p.id == pid) found = &p;
    if (!found) {
      errs.push_back(Err("drill_plan_unknown").At("plan_ids", pid, pid));
      continue;
    }
    bool dup = false;
    for (const auto& x : d.plans) dup |= x.plan_id == pid;
    if (!dup) d.plans.push_back({found->id, found->kind, found->title});
  }
  files::CheckPhotos(*conn, ctx.who(), d.photo_file_ids, "photo_file_ids", errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  d.enterprise_id = enterprise_id;
  d.region_path = ent->region_path;
  const std::int64_t id = RecordDrill(*conn, d, api::ActorOf(ctx), ctx.Now());
  return DrillResponse(ctx, *conn, id, 201);
}

Response SubmitDrillReportHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FindDrill(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("drill")};
  if (!ctx.who().enterprise_id) core::Invalid(core::CoreErr("enterprise_account_required").At());
  api::JsonInput in(ctx.req.body);
  std::string summary = in.Str("summary", true, 8000);
  in.Finish();
  SubmitDrillReport(*conn, ctx.scope(), id, summary, api::ActorOf(ctx), ctx.svc.notifier,
                    ctx.Now());
  return DrillResponse(ctx, *conn, id, 200);
}

Response AcknowledgeDrillReportHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FindDrill(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("drill")};
  if (!ctx.who().agency_id) core::Invalid(Err("drill_acknowledge_agency_required").At());
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  std::string note = in.Str("note", false, 1000);
  in.Finish();
  AcknowledgeDrillReport(*conn, ctx.scope(), id, *ctx.who().agency_id, note, api::ActorOf(ctx),
                         ctx.Now());
  return DrillResponse(ctx, *conn, id, 200);
}

Response ProblemToHiddenDangerHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId(0), problem_id = ctx.PathId(1);
  auto conn = ctx.svc.db->Acquire();
  if (!FindDrill(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("drill")};
  if (!ctx.who().enterprise_id) core::Invalid(core::CoreErr("enterprise_account_required").At());
  if (!ctx.who().Can("hidden_danger:report")) throw ApiException{Error::Forbidden()};
  ProblemToHiddenDanger(*conn, ctx.who(), id, problem_id, ctx.svc.notifier, ctx.Now());
  return DrillResponse(ctx, *conn, id, 201);
}

Response ProblemToRevisionHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId(0), problem_id = ctx.PathId(1);
  auto conn = ctx.svc.db->Acquire();
  if (!FindDrill(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("drill")};
  if (!ctx.who().enterprise_id) core::Invalid(core::CoreErr("enterprise_account_required").At());
  api::JsonInput in(ctx.req.body);
  auto plan_id = in.Int("plan_id", true);
  in.Finish();
  ProblemToRevision(*conn, ctx.who(), id, problem_id, plan_id.value_or(0), ctx.Now());
  return DrillResponse(ctx, *conn, id, 200);
}

Response ScopeComplianceHandler(Context& ctx) {
  const int year = YearOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (ctx.who().enterprise_id)
    return api::JsonResponse(
        EnterpriseComplianceJson(*conn, ctx.scope(), *ctx.who().enterprise_id, year, ctx.Now()));
  return api::JsonResponse(
      ScopeComplianceJson(*conn, ctx.scope(), ctx.scope().region_path, year, ctx.Now()));
}

Response ExportComplianceHandler(Context& ctx) {
  const int year = YearOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& r : ScopeComplianceRows(*conn, ctx.scope(), year, ctx.Now()))
    rows.push_back({r.enterprise_name, r.regime_zh, r.done, r.done_late, r.due, r.late,
                    r.max_days_late, r.late_items});
  return api::XlsxDownload("应急演练达标情况.xlsx", std::to_string(year) + "年应急演练达标情况",
                           {"企业", "适用规则", "已完成", "逾期完成", "待完成", "逾期未完成",
                            "最长逾期（天）", "逾期未完成事项"},
                           rows);
}

Response EnterpriseComplianceHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  const int year = YearOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(EnterpriseComplianceJson(*conn, ctx.scope(), id, year, ctx.Now()));
}

}  // namespace anjian::drills
