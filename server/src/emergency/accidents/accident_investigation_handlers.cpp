// The investigation's handlers: parse and validate input, call accident_investigation_service,
// render the investigation (InvestigationJson: the one shape of GET and of every write's answer).
#include "emergency/accidents/accident_investigation_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "emergency/accidents/accident_grade_rules.hpp"
#include "emergency/accidents/accident_investigation_rules.hpp"
#include "emergency/accidents/accident_investigation_service.hpp"
#include "emergency/accidents/accident_repository.hpp"
#include "emergency/accidents/accident_service.hpp"
#include "emergency/plans/plan_repository.hpp"

namespace anjian::accidents {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

json::object StateJson(const DeadlineState& s) {
  return json::object{{"due_at", core::IsoFromUnix(s.due_at)},
                      {"last_day", core::ChinaIsoDate(s.due_at - 1)},
                      {"status", s.status},
                      {"late_days", s.late_days}};
}

Response InvestigationResponse(Context& ctx, storage::Connection& conn, std::int64_t accident_id,
                               int status) {
  auto a = FindAccident(conn, ctx.scope(), accident_id);
  if (!a) throw ApiException{Error::NotFound("accident")};
  const auto config = LoadAccidentReportingConfig(conn);
  const auto grade = GradeFromValue(a->grade).value_or(Grade::kOrdinary);
  const auto inv = FindInvestigation(conn, accident_id);
  const InvestigationFields f = inv ? inv->f : InvestigationFields{};
  const auto d = EvaluateInvestigation(grade, core::UnixFromIso(a->facts.occurred_at),
                                       f.extension_days, f.report_submitted_on, f.approved_on,
                                       config, ctx.Now());
  const std::string level = ctx.who().agency_id ? LevelOfRegionPath(ctx.who().region_path) : "";
  json::object o{
      {"accident_id", a->id},
      {"number", a->number},
      {"grade", a->grade},
      {"enterprise_id", a->enterprise_id},
      {"enterprise_name", a->enterprise_name},
      {"occurred_at", a->facts.occurred_at},
      {"leader", d.plan.leader},
      {"leader_zh", d.plan.leader_zh},
      {"may_record", ctx.who().Can("accident:investigate") &&
                         MayRecordInvestigation(d.plan.leader, level)},
      {"extension_max_days", config.investigation_extension_max_days},
      {"investigation_days", config.investigation_days},
      {"approval_days", grade == Grade::kEspeciallySerious ? config.approval_days_especially_serious
                                                           : config.approval_days},
      {"source", "《生产安全事故报告和调查处理条例》第十九条（调查组织）、第二十九条（60日，延长不超过60日）、"
                 "第三十二条（批复15日，特别重大30日）"},
      {"source_en", "493 art. 19 (who leads), 29 (60 days, extension at most 60), 32 (approval "
                    "15 days, 30 for especially serious)"},
      {"report_deadline", StateJson(d.report)},
      {"approval_deadline", d.approval ? json::value(StateJson(*d.approval)) : json::value(nullptr)}};
  if (inv) {
    json::object r{{"id", inv->id},
                   {"team_leader", f.team_leader},
                   {"team_members", f.team_members},
                   {"started_on", f.started_on},
                   {"extension_days", f.extension_days},
                   {"extension_reason", f.extension_reason},
                   {"report_submitted_on", f.report_submitted_on},
                   {"report_file", f.report_file_id
                                       ? json::value(json::object{{"id", *f.report_file_id},
                                                                  {"name", inv->report_file_name}})
                                       : json::value(nullptr)},
                   {"approved_on", f.approved_on},
                   {"approval_document", f.approval_document},
                   {"cause", f.cause},
                   {"measures", f.measures},
                   {"lead_agency", inv->lead_agency_id
                                       ? json::value(json::object{{"id", *inv->lead_agency_id},
                                                                  {"name", inv->lead_agency_name}})
                                       : json::value(nullptr)},
                   {"version", inv->version},
                   {"created_at", inv->created_at},
                   {"updated_at", inv->updated_at}};
    o["record"] = std::move(r);
    json::array changes;
    for (const auto& c : InvestigationChanges(conn, inv->id))
      changes.push_back(json::object{{"version", c.version},
                                     {"action", c.action},
                                     {"data", json::parse(c.data_json)},
                                     {"by", json::object{{"id", c.by_user_id}, {"name", c.by_name}}},
                                     {"at", c.at}});
    o["changes"] = std::move(changes);
  } else {
    o["record"] = nullptr;
    o["changes"] = json::array{};
  }
  json::array findings;
  for (const auto& x : Findings(conn, accident_id))
    findings.push_back(json::object{
        {"id", x.id},
        {"kind", x.kind},
        {"title", x.title},
        {"description", x.description},
        {"responsible", x.responsible},
        {"credit_relevant", x.credit_relevant},
        {"hidden_danger_id", x.hidden_danger_id ? json::value(*x.hidden_danger_id) : json::value(nullptr)},
        {"hidden_danger_number", x.hidden_danger_number},
        {"created_at", x.created_at},
        {"converted_at", x.converted_at.empty() ? json::value(nullptr) : json::value(x.converted_at)}});
  o["findings"] = std::move(findings);
  // Plans a finding of kind emergency_response put into revision (88号令 art. 36(五)).
  json::array revised;
  for (const auto& p : emergency_plans::PlansRevisedBy(conn, "response", accident_id))
    revised.push_back(json::object{{"id", p.id}, {"kind", p.kind}, {"title", p.title}, {"status", p.status}});
  o["revised_plans"] = std::move(revised);
  return api::JsonResponse(o, status);
}

}  // namespace

Response GetInvestigationHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return InvestigationResponse(ctx, *conn, ctx.PathId(), 200);
}

Response PutInvestigationHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  InvestigationFields f;
  f.team_leader = in.Str("team_leader", true, 100);
  f.team_members = in.Str("team_members", false, 2000);
  f.started_on = in.Str("started_on", false, 10);
  if (auto e = in.Int("extension_days")) f.extension_days = *e;
  f.extension_reason = in.Str("extension_reason", false, 500);
  f.report_submitted_on = in.Str("report_submitted_on", false, 10);
  f.report_file_id = in.Int("report_file_id");  // null or absent: no file
  f.approved_on = in.Str("approved_on", false, 10);
  f.approval_document = in.Str("approval_document", false, 200);
  f.cause = in.Str("cause", false, 4000);
  f.measures = in.Str("measures", false, 4000);
  auto errors = in.TakeErrors();
  auto conn = ctx.svc.db->Acquire();
  RecordInvestigation(*conn, ctx.who(), id, f, std::move(errors), ctx.Now());
  return InvestigationResponse(ctx, *conn, id, 200);
}

Response AddFindingHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  NewFinding f;
  f.kind = in.Str("kind", true, 40);
  if (!f.kind.empty() && !IsFindingKind(f.kind))
    in.AddError(core::CoreErr("kind_invalid")
                    .At("kind", std::string(kFindingKindsEn), std::string(kFindingKindsZh)));
  f.title = in.Str("title", true, 100);
  f.description = in.Str("description", false, 2000);
  f.responsible = in.Str("responsible", false, 200);
  f.credit_relevant = in.Bool("credit_relevant");
  auto conn = ctx.svc.db->Acquire();
  // An accident outside the caller's scope answers 404 before the body's rules.
  if (!FindAccident(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("accident")};
  in.Finish();
  AddFinding(*conn, ctx.who(), id, f, ctx.Now());
  return InvestigationResponse(ctx, *conn, id, 201);
}

Response FindingToHiddenDangerHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId(0);
  const std::int64_t finding = ctx.PathId(1);
  api::JsonInput in(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
  std::string deadline = in.Str("deadline", false, 10);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t hd =
      FindingToHiddenDanger(*conn, ctx.who(), id, finding, deadline, ctx.svc.notifier, ctx.Now());
  auto r = InvestigationResponse(ctx, *conn, id, 201);
  auto o = json::parse(r.body).as_object();
  o["hidden_danger_id"] = hd;
  return api::JsonResponse(o, 201);
}

}  // namespace anjian::accidents
