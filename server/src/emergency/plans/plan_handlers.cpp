// /api/v1/emergency-plans: the list (filter, page, export) with each plan's deadlines and their
// sources, one plan with its versions, reviews, filings, evaluations and status history, and the
// writes: create, edit, versions, review, publication (the principal), filing submitted by the
// enterprise and accepted or returned by the regulator, evaluation, revision triggers.
#include "emergency/plans/plan_handlers.hpp"

#include <boost/json.hpp>

#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "emergency/plans/plan_service.hpp"
#include "emergency/plans/plans_errors.hpp"
#include "files/file_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::emergency_plans {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

const char* kKindsEn = "comprehensive, special, onsite";
const char* kKindsZh = "comprehensive（综合应急预案）、special（专项应急预案）、onsite（现场处置方案）";

std::string KindZh(const std::string& v) {
  auto k = ParsePlanKind(v);
  return k ? std::string(PlanKindLabelZh(*k)) : v;
}
std::string StatusZh(const std::string& v) {
  auto s = ParsePlanStatus(v);
  return s ? std::string(PlanStatusLabelZh(*s)) : v;
}
std::string CauseZh(const std::string& v) {
  auto c = ParseRevisionCause(v);
  return c ? std::string(RevisionCauseLabelZh(*c)) : "";
}
std::string CauseEn(const std::string& v) {
  auto c = ParseRevisionCause(v);
  return c ? std::string(RevisionCauseLabelEn(*c)) : "";
}

std::pair<std::string, std::string> StatusLists() {
  std::string en, zh;
  for (auto s : AllPlanStatuses()) {
    en += (en.empty() ? "" : ", ") + std::string(PlanStatusValue(s));
    zh += (zh.empty() ? "" : "、") + std::string(PlanStatusValue(s)) + "（" +
          std::string(PlanStatusLabelZh(s)) + "）";
  }
  return {en, zh};
}

core::Date D(const std::string& iso) { return core::ParseIsoDate(iso).value_or(core::Date{}); }

json::object DeadlineJson(const char* key, const PlanDeadline& d, const core::Date& today,
                          bool due_soon = false) {
  std::string status = d.done_on ? (d.late ? "done_late" : "done")
                                 : (d.late ? "overdue" : (due_soon ? "due_soon" : "pending"));
  (void)today;
  return json::object{{"key", key},
                      {"due_on", core::FormatIsoDate(d.due)},
                      {"done_on", d.done_on ? json::value(core::FormatIsoDate(*d.done_on))
                                            : json::value(nullptr)},
                      {"late", d.late},
                      {"days_late", d.days_late},
                      {"status", status},
                      {"source", d.source_zh},
                      {"source_en", d.source_en}};
}

struct Computed {
  json::array deadlines;
  std::int64_t filing_days_late = 0;
  bool filing_late = false, deemed_filed = false, evaluation_due = false,
       evaluation_overdue = false;
};

Computed ComputeDeadlines(const PlanRow& p, const std::vector<FilingRow>& filings,
                          const std::vector<EvaluationRow>& evaluations, const PlanConfig& c,
                          const calendar::WorkingCalendar& cal, const core::Date& today) {
  Computed out;
  if (!p.published_on) return out;
  const core::Date published = D(*p.published_on);
  std::optional<core::Date> first_submitted;
  const FilingRow* latest = nullptr;
  for (const auto& f : filings)
    if (f.published_on == *p.published_on) {
      if (!first_submitted) first_submitted = D(f.submitted_on);
      latest = &f;
    }
  // The filing deadline of the current publication (not shown once a revision restarts it).
  if (p.status != "draft" && p.status != "revision_required") {
    const auto d = FilingDeadline(published, first_submitted, today, c, cal);
    out.filing_late = d.late;
    out.filing_days_late = d.days_late;
    out.deadlines.push_back(DeadlineJson("filing", d, today));
  }
  if (latest && p.status == "filing_submitted") {
    std::optional<core::Date> decided;
    if (latest->decided_at) decided = core::ChinaDate(core::UnixFromIso(*latest->decided_at));
    const auto chk = FilingCheckDeadline(D(latest->submitted_on), decided, today, c, cal);
    out.deemed_filed = chk.deemed_filed;
    out.deadlines.push_back(DeadlineJson("check", chk.deadline, today));
  }
  std::optional<core::Date> last_eval;
  for (const auto& e : evaluations)
    if (!last_eval || D(e.evaluated_on) > *last_eval) last_eval = D(e.evaluated_on);
  if (p.status != "draft") {
    const auto ev = EvaluationDeadline(published, last_eval, today, c);
    out.evaluation_due = ev.due_soon;
    out.evaluation_overdue = ev.deadline.late;
    out.deadlines.push_back(DeadlineJson("evaluation", ev.deadline, today, ev.due_soon));
  }
  return out;
}

json::object SummaryJson(const PlanRow& p, const Computed& c) {
  const ReviewKind rk = ReviewKindForIndustry(p.enterprise_industry);
  json::object o{
      {"id", p.id},
      {"enterprise_id", p.enterprise_id},
      {"enterprise_name", p.enterprise_name},
      {"kind", p.kind},
      {"title", p.title},
      {"status", p.status},
      {"current_version", p.current_version},
      {"published_on", api::NullableStr(p.published_on)},
      {"signed_by_name", p.signed_by_name},
      {"filed_on", api::NullableStr(p.filed_on)},
      {"filing_number", p.filing_number},
      {"review_kind", std::string(ReviewKindValue(rk))},
      {"deadlines", c.deadlines},
      {"filing_late", c.filing_late},
      {"filing_days_late", c.filing_days_late},
      {"deemed_filed", c.deemed_filed},
      {"evaluation_due", c.evaluation_due},
      {"evaluation_overdue", c.evaluation_overdue},
      {"updated_at", p.updated_at}};
  if (p.status == "revision_required")
    o["revision"] = json::object{
        {"cause", p.revision_cause},
        {"cause_zh", CauseZh(p.revision_cause)},
        {"cause_en", CauseEn(p.revision_cause)},
        {"source_kind", p.revision_source_kind},
        {"source_id", p.revision_source_id ? json::value(*p.revision_source_id)
                                           : json::value(nullptr)},
        {"note", p.revision_note},
        {"at", api::NullableStr(p.revision_required_at)}};
  else
    o["revision"] = nullptr;
  return o;
}

json::object FileRef(std::int64_t id) { return json::object{{"id", id}}; }

Response PlanResponse(Context& ctx, storage::Connection& conn, std::int64_t id, int status) {
  auto p = FindPlan(conn, ctx.scope(), id);
  if (!p) throw ApiException{Error::NotFound("emergency_plan")};
  const auto config = LoadPlanConfig(conn);
  const auto cal = calendar::LoadWorkingCalendar(conn);
  const core::Date today = core::ChinaDate(ctx.Now());
  const auto filings = PlanFilings(conn, id);
  const auto evaluations = PlanEvaluations(conn, id);
  json::object o = SummaryJson(*p, ComputeDeadlines(*p, filings, evaluations, config, cal, today));
  json::array versions;
  for (const auto& v : PlanVersions(conn, id))
    versions.push_back(json::object{{"version_no", v.version_no},
                                    {"document_file_id", v.document_file_id},
                                    {"risk_assessment_file_id", v.risk_assessment_file_id},
                                    {"resource_survey_file_id", v.resource_survey_file_id},
                                    {"summary", v.summary},
                                    {"by", json::object{{"id", v.created_by}, {"name", v.created_by_name}}},
                                    {"at", v.created_at}});
  o["versions"] = std::move(versions);
  json::array reviews;
  for (const auto& r : PlanReviews(conn, id))
    reviews.push_back(json::object{{"id", r.id},
                                   {"version_no", r.version_no},
                                   {"review_kind", r.review_kind},
                                   {"reviewed_on", r.reviewed_on},
                                   {"experts", json::parse(r.experts_json)},
                                   {"minutes_file_id", r.minutes_file_id},
                                   {"conclusion", r.conclusion},
                                   {"by", json::object{{"id", r.created_by}, {"name", r.created_by_name}}},
                                   {"at", r.created_at}});
  o["reviews"] = std::move(reviews);
  json::array fl;
  for (const auto& f : filings) {
    json::object fo{{"id", f.id},
                    {"version_no", f.version_no},
                    {"published_on", f.published_on},
                    {"status", f.status},
                    {"application_file_id", f.application_file_id},
                    {"review_opinion_file_id", f.review_opinion_file_id},
                    {"plan_file_id", f.plan_file_id},
                    {"risk_assessment_file_id", f.risk_assessment_file_id},
                    {"resource_survey_file_id", f.resource_survey_file_id},
                    {"submitted_by", json::object{{"id", f.submitted_by}, {"name", f.submitted_by_name}}},
                    {"submitted_at", f.submitted_at},
                    {"submitted_on", f.submitted_on},
                    {"decided_by_name", f.decided_by_name},
                    {"agency_id", f.agency_id ? json::value(*f.agency_id) : json::value(nullptr)},
                    {"agency_name", f.agency_name},
                    {"decided_at", api::NullableStr(f.decided_at)},
                    {"reasons", f.reasons},
                    {"filing_number", f.filing_number}};
    const auto check = FilingCheckDeadline(
        D(f.submitted_on),
        f.decided_at ? std::optional(core::ChinaDate(core::UnixFromIso(*f.decided_at)))
                     : std::nullopt,
        today, config, cal);
    fo["check_due_on"] = core::FormatIsoDate(check.deadline.due);
    fo["check_source"] = check.deadline.source_zh;
    fo["deemed_filed"] = f.status == "submitted" && check.deemed_filed;
    fl.push_back(std::move(fo));
  }
  o["filings"] = std::move(fl);
  json::array ev;
  for (const auto& e : evaluations)
    ev.push_back(json::object{{"id", e.id},
                              {"evaluated_on", e.evaluated_on},
                              {"conclusion", e.conclusion},
                              {"cause", e.cause},
                              {"cause_zh", CauseZh(e.cause)},
                              {"report_file_id", e.report_file_id},
                              {"note", e.note},
                              {"by", json::object{{"id", e.created_by}, {"name", e.created_by_name}}},
                              {"at", e.created_at}});
  o["evaluations"] = std::move(ev);
  json::array events;
  for (const auto& e : PlanEvents(conn, id))
    events.push_back(json::object{{"id", e.id},
                                  {"from_status", e.from_status},
                                  {"to_status", e.to_status},
                                  {"action", e.action},
                                  {"cause", e.cause},
                                  {"cause_zh", CauseZh(e.cause)},
                                  {"source_kind", e.source_kind},
                                  {"source_id", e.source_id ? json::value(*e.source_id) : json::value(nullptr)},
                                  {"note", e.note},
                                  {"by_name", e.by_name},
                                  {"at", e.at}});
  o["events"] = std::move(events);
  // What the caller may do now.
  const auto st = *ParsePlanStatus(p->status);
  const bool own = ctx.who().enterprise_id && *ctx.who().enterprise_id == p->enterprise_id;
  const bool write = own && ctx.who().Can("emergency_plan:write");
  bool reviewed = false;
  for (const auto& r : o.at("reviews").as_array())
    reviewed |= r.at("version_no").as_int64() == p->current_version;
  std::optional<std::int64_t> pending;
  for (const auto& f : filings)
    if (f.status == "submitted") pending = f.id;
  o["actions"] = json::object{
      {"edit", write && CanEdit(st)},
      {"add_version", write && CanAddVersion(st)},
      {"review", write && CanReview(st) && p->current_version > 0},
      {"publish", own && ctx.who().Can("emergency_plan:publish") && CanPublish(st) && reviewed},
      {"submit_filing", write && CanSubmitFiling(st)},
      {"decide_filing", ctx.who().agency_id.has_value() &&
                            ctx.who().Can("emergency_plan:filing_review") && CanDecideFiling(st) &&
                            pending.has_value()},
      {"evaluate", write && CanEvaluate(st)},
      {"trigger_revision", write}};
  o["pending_filing_id"] = pending ? json::value(*pending) : json::value(nullptr);
  return api::JsonResponse(o, status);
}

PlanFilter FilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  PlanFilter f;
  f.kind = api::Trim(ctx.req.Query("kind").value_or(""));
  if (!f.kind.empty() && !ParsePlanKind(f.kind))
    errs.push_back(core::CoreErr("kind_invalid").At("kind", kKindsEn, kKindsZh));
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && !ParsePlanStatus(f.status)) {
    auto [en, zh] = StatusLists();
    errs.push_back(core::CoreErr("status_invalid").At("status", en, zh));
  }
  f.keyword = api::Trim(ctx.req.Query("keyword").value_or(""));
  if (api::Utf8Length(f.keyword) > 100)
    errs.push_back(core::CoreErr("max_length").At("keyword", 100));
  auto e = api::Trim(ctx.req.Query("enterprise_id").value_or(""));
  if (!e.empty()) {
    if (e.size() > 18 || e.find_first_not_of("0123456789") != std::string::npos)
      errs.push_back(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    else
      f.enterprise_id = std::stoll(e);
  }
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

std::string DateField(api::JsonInput& in, const char* key) {
  std::string v = in.Str(key, true, 10);
  if (!v.empty() && !core::ParseIsoDate(v)) {
    in.AddError(core::CoreErr("date_invalid").At(key));
    return "";
  }
  return v;
}

std::int64_t FileField(api::JsonInput& in, const char* key) {
  return in.Int(key, true).value_or(0);
}

void CheckFiles(storage::Connection& conn, const api::Principal& who, api::JsonInput& in,
                std::initializer_list<std::pair<const char*, std::int64_t>> files) {
  for (const auto& [field, id] : files)
    if (id != 0) files::CheckAttachments(conn, who, {id}, field, in.errors());
}

std::int64_t OwnEnterprise(Context& ctx) {
  if (!ctx.who().enterprise_id)
    core::Invalid(core::CoreErr("enterprise_account_required").At(""));
  return *ctx.who().enterprise_id;
}

Decider DeciderOf(Context& ctx) {
  if (!ctx.who().agency_id) core::Invalid(Err("plan_filing_agency_required").At(""));
  return Decider{*ctx.who().agency_id, ctx.who().region_code, ctx.who().display_name};
}

api::JsonInput BodyOrEmpty(Context& ctx) {
  return api::JsonInput(ctx.req.body.empty() ? std::string("{}") : ctx.req.body);
}

}  // namespace

Response ListPlansHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadPlanConfig(*conn);
  const auto cal = calendar::LoadWorkingCalendar(*conn);
  const core::Date today = core::ChinaDate(ctx.Now());
  const std::int64_t total = CountPlans(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& p : ListPlanRows(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(SummaryJson(p, ComputeDeadlines(p, PlanFilings(*conn, p.id),
                                                    PlanEvaluations(*conn, p.id), config, cal,
                                                    today)));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportPlansHandler(Context& ctx) {
  auto f = FilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadPlanConfig(*conn);
  const auto cal = calendar::LoadWorkingCalendar(*conn);
  const core::Date today = core::ChinaDate(ctx.Now());
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& p : ListPlanRows(*conn, ctx.scope(), f, 10000, 0)) {
    const auto c = ComputeDeadlines(p, PlanFilings(*conn, p.id), PlanEvaluations(*conn, p.id),
                                    config, cal, today);
    std::string filing_due, evaluation_due;
    for (const auto& d : c.deadlines) {
      const auto& o = d.as_object();
      if (o.at("key").as_string() == "filing") filing_due = std::string(o.at("due_on").as_string());
      if (o.at("key").as_string() == "evaluation")
        evaluation_due = std::string(o.at("due_on").as_string());
    }
    rows.push_back({p.enterprise_name, KindZh(p.kind), p.title, StatusZh(p.status),
                    p.current_version, p.published_on.value_or(""), p.signed_by_name, filing_due,
                    c.filing_days_late, p.filed_on.value_or(""), p.filing_number, evaluation_due,
                    p.status == "revision_required" ? CauseZh(p.revision_cause) : std::string()});
  }
  return api::XlsxDownload("应急预案.xlsx", "应急预案",
                           {"企业", "预案类别", "预案名称", "状态", "版本", "发布日期", "签署人",
                            "备案期限", "备案逾期天数", "备案日期", "备案编号", "评估期限",
                            "修订原因"},
                           rows);
}

Response CreatePlanHandler(Context& ctx) {
  const std::int64_t enterprise_id = OwnEnterprise(ctx);
  api::JsonInput in(ctx.req.body);
  const std::string kind = in.Str("kind", true, 20);
  const std::string title = in.Str("title", true, 200);
  if (!kind.empty() && !ParsePlanKind(kind))
    in.AddError(core::CoreErr("kind_invalid").At("kind", kKindsEn, kKindsZh));
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  auto ent = FindEnterpriseInScope(*conn, ctx.scope(), enterprise_id);
  if (!ent) throw ApiException{Error::NotFound("enterprise")};
  const std::int64_t id = CreatePlan(*conn, enterprise_id, ent->region_path,
                                     *ParsePlanKind(kind), title, api::ActorOf(ctx));
  return PlanResponse(ctx, *conn, id, 201);
}

Response GetPlanHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return PlanResponse(ctx, *conn, ctx.PathId(), 200);
}


namespace {
// The plan the path names, in the caller's scope: its id (out of scope answers 404 like a missing
// one, before any body is read).
std::int64_t PlanIdInScope(Context& ctx, storage::Connection& conn) {
  const std::int64_t id = ctx.PathId();
  if (!FindPlan(conn, ctx.scope(), id)) throw ApiException{Error::NotFound("emergency_plan")};
  return id;
}
}  // namespace
Response UpdatePlanHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = PlanIdInScope(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  const std::string kind = in.Str("kind", true, 20);
  const std::string title = in.Str("title", true, 200);
  if (!kind.empty() && !ParsePlanKind(kind))
    in.AddError(core::CoreErr("kind_invalid").At("kind", kKindsEn, kKindsZh));
  in.Finish();
  UpdatePlan(*conn, ctx.scope(), id, *ParsePlanKind(kind), title, api::ActorOf(ctx));
  return PlanResponse(ctx, *conn, id, 200);
}

Response AddVersionHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = PlanIdInScope(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  VersionInput v;
  v.document_file_id = FileField(in, "document_file_id");
  v.risk_assessment_file_id = FileField(in, "risk_assessment_file_id");
  v.resource_survey_file_id = FileField(in, "resource_survey_file_id");
  v.summary = in.Str("summary", false, 2000);
  CheckFiles(*conn, ctx.who(), in,
             {{"document_file_id", v.document_file_id},
              {"risk_assessment_file_id", v.risk_assessment_file_id},
              {"resource_survey_file_id", v.resource_survey_file_id}});
  in.Finish();
  AddVersion(*conn, ctx.scope(), id, v, api::ActorOf(ctx));
  return PlanResponse(ctx, *conn, id, 201);
}

Response RecordReviewHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = PlanIdInScope(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  ReviewInput r;
  r.reviewed_on = DateField(in, "reviewed_on");
  r.minutes_file_id = FileField(in, "minutes_file_id");
  r.conclusion = in.Str("conclusion", false, 2000);
  const bool had_experts = in.Has("experts");
  auto arr = in.Arr("experts", 50);
  if (!had_experts) in.AddError(core::CoreErr("required").At("experts"));
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string prefix = "experts[" + std::to_string(i) + "].";
    if (!arr[i].is_object()) {
      in.AddError(core::CoreErr("type").At("experts[" + std::to_string(i) + "]", "an object", "对象"));
      continue;
    }
    api::JsonInput e(arr[i].as_object());
    Expert x;
    x.name = e.Str("name", true, 50);
    x.organization = e.Str("organization", false, 200);
    x.title = e.Str("title", false, 100);
    x.conflict_declared = e.Bool("conflict_declared", false);
    x.conflict_note = e.Str("conflict_note", false, 500);
    for (auto err : e.TakeErrors()) {
      err.field = prefix + err.field;
      in.AddError(std::move(err));
    }
    r.experts.push_back(std::move(x));
  }
  CheckFiles(*conn, ctx.who(), in, {{"minutes_file_id", r.minutes_file_id}});
  in.Finish();
  RecordReview(*conn, ctx.scope(), id, r, api::ActorOf(ctx));
  return PlanResponse(ctx, *conn, id, 201);
}

Response PublishPlanHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = PlanIdInScope(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  const std::string published_on = DateField(in, "published_on");
  in.Finish();
  if (!ctx.who().HasRole("ent_principal"))
    throw ApiException{Err("plan_publish_principal_only").Conflict()};
  PublishPlan(*conn, ctx.scope(), id, published_on, api::ActorOf(ctx), ctx.who().display_name);
  return PlanResponse(ctx, *conn, id, 200);
}

Response SubmitFilingHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = PlanIdInScope(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  FilingInput f;
  // The filing package (art. 26): every file is required.
  f.application_file_id = FileField(in, "application_file_id");
  f.review_opinion_file_id = FileField(in, "review_opinion_file_id");
  f.plan_file_id = FileField(in, "plan_file_id");
  f.risk_assessment_file_id = FileField(in, "risk_assessment_file_id");
  f.resource_survey_file_id = FileField(in, "resource_survey_file_id");
  CheckFiles(*conn, ctx.who(), in,
             {{"application_file_id", f.application_file_id},
              {"review_opinion_file_id", f.review_opinion_file_id},
              {"plan_file_id", f.plan_file_id},
              {"risk_assessment_file_id", f.risk_assessment_file_id},
              {"resource_survey_file_id", f.resource_survey_file_id}});
  in.Finish();
  SubmitFiling(*conn, ctx.scope(), id, f, api::ActorOf(ctx), ctx.svc.notifier);
  return PlanResponse(ctx, *conn, id, 201);
}

Response AcceptFilingHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = PlanIdInScope(ctx, *conn);
  const std::int64_t filing_id = ctx.PathId(1);
  auto in = BodyOrEmpty(ctx);
  in.Finish();
  const Decider d = DeciderOf(ctx);
  AcceptFiling(*conn, ctx.scope(), id, filing_id, d, api::ActorOf(ctx), ctx.svc.notifier);
  return PlanResponse(ctx, *conn, id, 200);
}

Response ReturnFilingHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = PlanIdInScope(ctx, *conn);
  const std::int64_t filing_id = ctx.PathId(1);
  api::JsonInput in(ctx.req.body);
  const std::string reasons = in.Str("reasons", true, 2000);
  in.Finish();
  const Decider d = DeciderOf(ctx);
  ReturnFiling(*conn, ctx.scope(), id, filing_id, d, reasons, api::ActorOf(ctx), ctx.svc.notifier);
  return PlanResponse(ctx, *conn, id, 200);
}

Response RecordEvaluationHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = PlanIdInScope(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  EvaluationInput e;
  e.evaluated_on = DateField(in, "evaluated_on");
  e.conclusion = in.Str("conclusion", true, 30);
  if (!e.conclusion.empty() && e.conclusion != "no_revision" &&
      e.conclusion != "revision_required")
    in.AddError(core::CoreErr("kind_invalid")
                    .At("conclusion", "no_revision, revision_required",
                        "no_revision（无需修订）、revision_required（需修订）"));
  const std::string cause = in.Str("cause", e.conclusion == "revision_required", 40);
  if (!cause.empty()) {
    e.cause = ParseRevisionCause(cause);
    if (!e.cause) {
      auto [en, zh] = RevisionCauseLists();
      in.AddError(core::CoreErr("kind_invalid").At("cause", en, zh));
    }
  }
  e.report_file_id = FileField(in, "report_file_id");
  e.note = in.Str("note", false, 2000);
  CheckFiles(*conn, ctx.who(), in, {{"report_file_id", e.report_file_id}});
  in.Finish();
  RecordEvaluation(*conn, ctx.scope(), id, e, api::ActorOf(ctx));
  return PlanResponse(ctx, *conn, id, 201);
}

Response RevisionTriggerHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = PlanIdInScope(ctx, *conn);
  api::JsonInput in(ctx.req.body);
  const std::string cause = in.Str("cause", true, 40);
  const std::string note = in.Str("note", true, 2000);
  std::optional<RevisionCause> c;
  if (!cause.empty()) {
    c = ParseRevisionCause(cause);
    if (!c) {
      auto [en, zh] = RevisionCauseLists();
      in.AddError(core::CoreErr("kind_invalid").At("cause", en, zh));
    }
  }
  in.Finish();
  RequireRevisionManually(*conn, ctx.scope(), id, *c, note, api::ActorOf(ctx));
  return PlanResponse(ctx, *conn, id, 201);
}

}  // namespace anjian::emergency_plans
