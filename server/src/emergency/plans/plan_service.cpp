#include "emergency/plans/plan_service.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"
#include "emergency/plans/plans_errors.hpp"
#include "notifications/notification_service.hpp"
#include "platform/storage/sql.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::emergency_plans {

namespace json = boost::json;

namespace {

constexpr const char* kEntity = "emergency_plan";
// Filing numbers are counted per region and year: accepting transactions take this lock ("EPF")
// so two agencies' accepts never count the same number (PostgreSQL; SQLite writes one at a time).
constexpr std::int64_t kFilingNumberLock = 0x4550460000000000LL;

std::string StatusZh(const std::string& v) {
  auto s = ParsePlanStatus(v);
  return s ? std::string(PlanStatusLabelZh(*s)) : v;
}

[[noreturn]] void StateInvalid(const PlanRow& p) {
  throw ApiException{Err("plan_state_invalid").Conflict(p.status, StatusZh(p.status))};
}

json::object PlanJson(const PlanRow& p) {
  return json::object{
      {"enterprise_id", p.enterprise_id},
      {"kind", p.kind},
      {"title", p.title},
      {"status", p.status},
      {"current_version", p.current_version},
      {"published_on", p.published_on ? json::value(*p.published_on) : json::value(nullptr)},
      {"signed_by_name", p.signed_by_name},
      {"filed_on", p.filed_on ? json::value(*p.filed_on) : json::value(nullptr)},
      {"filing_number", p.filing_number},
      {"revision_cause", p.revision_cause},
      {"revision_source_kind", p.revision_source_kind},
      {"revision_source_id",
       p.revision_source_id ? json::value(*p.revision_source_id) : json::value(nullptr)}};
}

std::string Today(const audit::Actor& actor) { return core::ChinaIsoDate(actor.at); }

PlanRow LockInScope(storage::Connection& conn, const api::Scope& scope, std::int64_t id) {
  if (!FindPlan(conn, scope, id)) throw ApiException{Error::NotFound("emergency_plan")};
  auto p = LockPlan(conn, id);
  if (!p) throw ApiException{Error::NotFound("emergency_plan")};
  return *p;
}

void Event(storage::Connection& conn, const PlanRow& p, const std::string& from,
           const std::string& action, const audit::Actor& actor, const std::string& note = "",
           const std::string& cause = "", const std::string& source_kind = "",
           std::optional<std::int64_t> source_id = std::nullopt) {
  EventRow e;
  e.from_status = from;
  e.to_status = p.status;
  e.action = action;
  e.cause = cause;
  e.source_kind = source_kind;
  e.source_id = source_id;
  e.note = note;
  e.by_user_id = actor.id;
  e.at = core::IsoFromUnix(actor.at);
  InsertEvent(conn, p.id, e);
}

void CheckNotFuture(const std::string& field, const std::string& label_zh,
                    const std::string& day, const audit::Actor& actor) {
  if (day > Today(actor))
    core::Invalid(hidden_danger::Err("date_future").At(field, field, label_zh));
}

void ClearRevision(PlanRow& p) {
  p.revision_cause.clear();
  p.revision_source_kind.clear();
  p.revision_source_id.reset();
  p.revision_note.clear();
  p.revision_required_at.reset();
}

}  // namespace

std::map<std::int64_t, EnterprisePlanStanding> PlanStandings(
    storage::Connection& conn, std::optional<std::int64_t> enterprise_id, std::int64_t now_unix) {
  return PlanStandings(conn, enterprise_id, core::ChinaDate(now_unix));
}

std::map<std::int64_t, EnterprisePlanStanding> PlanStandings(
    storage::Connection& conn, std::optional<std::int64_t> enterprise_id, const core::Date& today) {
  const auto config = LoadPlanConfig(conn);
  const auto cal = calendar::LoadWorkingCalendar(conn);
  auto date = [](const std::optional<std::string>& iso) -> std::optional<core::Date> {
    if (!iso) return std::nullopt;
    return core::ParseIsoDate(*iso);
  };
  std::map<std::int64_t, EnterprisePlanStanding> out;
  for (const auto& row : ComprehensivePlanFacts(conn, enterprise_id)) {
    PlanStandingFacts f;
    f.status = row.status;
    f.published_on = date(row.published_on);
    f.pending_submitted_on = date(row.pending_submitted_on);
    f.last_evaluated_on = date(row.last_evaluated_on);
    const PlanStanding s = StandingOf(f, today, config, cal);
    auto [it, fresh] = out.try_emplace(row.enterprise_id, EnterprisePlanStanding{s, row.plan_id});
    if (!fresh && BetterStanding(s, it->second.standing) == s && s != it->second.standing)
      it->second = {s, row.plan_id};
  }
  return out;
}

PlanConfig LoadPlanConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "emergency_plans");
  if (!stored) return {};
  auto parsed = ParsePlanConfig(*stored);
  if (auto* c = std::get_if<PlanConfig>(&parsed)) return *c;
  spdlog::warn("settings emergency_plans is invalid; using the defaults");
  return {};
}

void RequireRevision(storage::Connection& conn, const RevisionTrigger& t,
                     const audit::Actor& actor) {
  auto p = LockPlan(conn, t.plan_id);
  if (!p) throw ApiException{Error::NotFound("emergency_plan")};
  const json::object before = PlanJson(*p);
  const std::string from = p->status;
  const std::string at = core::IsoFromUnix(actor.at);
  if (from == PlanStatusValue(PlanStatus::kFilingSubmitted)) {
    for (const auto& f : PlanFilings(conn, p->id))
      if (f.status == "submitted")
        DecideFiling(conn, f.id, "withdrawn", actor.id.value_or(0), actor.name, std::nullopt, at,
                     "预案需修订，备案申请撤回", "");
  }
  p->status = std::string(PlanStatusValue(PlanStatus::kRevisionRequired));
  p->revision_cause = std::string(RevisionCauseValue(t.cause));
  p->revision_source_kind = t.source_kind;
  p->revision_source_id = t.source_id;
  p->revision_note = t.note;
  p->revision_required_at = at;
  SavePlan(conn, *p, at);
  Event(conn, *p, from, "revision_required", actor, t.note, p->revision_cause, t.source_kind,
        t.source_id);
  json::object after = PlanJson(*p);
  after["note"] = t.note;
  after["cause_zh"] = std::string(RevisionCauseLabelZh(t.cause));
  audit::Append(conn, actor, "plan_revision_required", kEntity, std::to_string(p->id), before,
                after);
}

void OnPrincipalChanged(storage::Connection& conn, std::int64_t enterprise_id,
                        const std::string& before, const std::string& after,
                        const audit::Actor& actor) {
  if (before == after || before.empty() || after.empty()) return;
  for (std::int64_t id : PlansInForce(conn, enterprise_id))
    RequireRevision(conn,
                    RevisionTrigger{id, RevisionCause::kCommandChanged, "enterprise",
                                    enterprise_id,
                                    "主要负责人由“" + before + "”变更为“" + after + "”"},
                    actor);
}

std::int64_t CreatePlan(storage::Connection& conn, std::int64_t enterprise_id,
                        const std::string& region_path, PlanKind kind, const std::string& title,
                        const audit::Actor& actor) {
  const std::string at = core::IsoFromUnix(actor.at);
  storage::Transaction tx(conn);
  const std::int64_t id = InsertPlan(conn, enterprise_id, region_path,
                                     std::string(PlanKindValue(kind)), title,
                                     actor.id.value_or(0), at);
  auto p = LockPlan(conn, id);
  Event(conn, *p, "", "create", actor);
  audit::Append(conn, actor, "create", kEntity, std::to_string(id), nullptr, PlanJson(*p));
  tx.Commit();
  return id;
}

void UpdatePlan(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                PlanKind kind, const std::string& title, const audit::Actor& actor) {
  storage::Transaction tx(conn);
  PlanRow p = LockInScope(conn, scope, id);
  if (!CanEdit(*ParsePlanStatus(p.status))) StateInvalid(p);
  const json::object before = PlanJson(p);
  p.kind = std::string(PlanKindValue(kind));
  p.title = title;
  SavePlan(conn, p, core::IsoFromUnix(actor.at));
  audit::Append(conn, actor, "update", kEntity, std::to_string(id), before, PlanJson(p));
  tx.Commit();
}

void AddVersion(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                const VersionInput& in, const audit::Actor& actor) {
  const std::string at = core::IsoFromUnix(actor.at);
  storage::Transaction tx(conn);
  PlanRow p = LockInScope(conn, scope, id);
  if (!CanAddVersion(*ParsePlanStatus(p.status))) StateInvalid(p);
  const json::object before = PlanJson(p);
  const std::string from = p.status;
  VersionRow v;
  v.version_no = p.current_version + 1;
  v.document_file_id = in.document_file_id;
  v.risk_assessment_file_id = in.risk_assessment_file_id;
  v.resource_survey_file_id = in.resource_survey_file_id;
  v.summary = in.summary;
  v.created_by = actor.id.value_or(0);
  v.created_at = at;
  InsertVersion(conn, id, v);
  for (auto f : {in.document_file_id, in.risk_assessment_file_id, in.resource_survey_file_id})
    LinkFile(conn, id, f);
  p.current_version = v.version_no;
  p.status = std::string(PlanStatusValue(PlanStatus::kDraft));
  SavePlan(conn, p, at);
  Event(conn, p, from, "version", actor, "第 " + std::to_string(v.version_no) + " 版");
  json::object after = PlanJson(p);
  after["version"] = json::object{{"version_no", v.version_no},
                                  {"document_file_id", v.document_file_id},
                                  {"risk_assessment_file_id", v.risk_assessment_file_id},
                                  {"resource_survey_file_id", v.resource_survey_file_id},
                                  {"summary", v.summary}};
  audit::Append(conn, actor, "plan_version_add", kEntity, std::to_string(id), before, after);
  tx.Commit();
}

void RecordReview(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                  const ReviewInput& in, const audit::Actor& actor) {
  const std::string at = core::IsoFromUnix(actor.at);
  CheckNotFuture("reviewed_on", "评审（论证）日期", in.reviewed_on, actor);
  bool one_without_conflict = false;
  json::array experts;
  for (const auto& e : in.experts) {
    one_without_conflict |= !e.conflict_declared;
    experts.push_back(json::object{{"name", e.name},
                                   {"organization", e.organization},
                                   {"title", e.title},
                                   {"conflict_declared", e.conflict_declared},
                                   {"conflict_note", e.conflict_note},
                                   {"withdrawn", e.conflict_declared}});
  }
  if (!one_without_conflict) core::Invalid(Err("plan_review_expert_required").At("experts"));
  storage::Transaction tx(conn);
  PlanRow p = LockInScope(conn, scope, id);
  if (!CanReview(*ParsePlanStatus(p.status))) StateInvalid(p);
  if (p.current_version == 0) throw ApiException{Err("plan_version_required").Conflict()};
  const ReviewKind kind = ReviewKindForIndustry(p.enterprise_industry);
  ReviewRow r;
  r.version_no = p.current_version;
  r.review_kind = std::string(ReviewKindValue(kind));
  r.reviewed_on = in.reviewed_on;
  r.experts_json = json::serialize(experts);
  r.minutes_file_id = in.minutes_file_id;
  r.conclusion = in.conclusion;
  r.created_by = actor.id.value_or(0);
  r.created_at = at;
  InsertReview(conn, id, r);
  LinkFile(conn, id, in.minutes_file_id);
  Event(conn, p, p.status, "review", actor,
        std::string(ReviewKindLabelZh(kind)) + " " + in.reviewed_on);
  audit::Append(conn, actor, "plan_review", kEntity, std::to_string(id), nullptr,
                json::object{{"version_no", r.version_no},
                             {"review_kind", r.review_kind},
                             {"reviewed_on", r.reviewed_on},
                             {"experts", experts},
                             {"minutes_file_id", r.minutes_file_id},
                             {"conclusion", r.conclusion}});
  tx.Commit();
}

void PublishPlan(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                 const std::string& published_on, const audit::Actor& actor,
                 const std::string& signer_name) {
  const std::string at = core::IsoFromUnix(actor.at);
  CheckNotFuture("published_on", "发布日期", published_on, actor);
  storage::Transaction tx(conn);
  PlanRow p = LockInScope(conn, scope, id);
  if (!CanPublish(*ParsePlanStatus(p.status))) StateInvalid(p);
  if (p.current_version == 0) throw ApiException{Err("plan_version_required").Conflict()};
  std::optional<std::string> reviewed_on;
  for (const auto& r : PlanReviews(conn, id))
    if (r.version_no == p.current_version) reviewed_on = r.reviewed_on;
  if (!reviewed_on)
    throw ApiException{Err("plan_review_required").Conflict(p.current_version)};
  if (published_on < *reviewed_on)
    core::Invalid(Err("plan_date_before_publication")
                      .At("published_on", *reviewed_on, *reviewed_on));
  const json::object before = PlanJson(p);
  const std::string from = p.status;
  p.status = std::string(PlanStatusValue(PlanStatus::kPublished));
  p.published_on = published_on;
  p.signed_by = actor.id;
  p.signed_by_name = signer_name;
  p.filed_on.reset();
  p.filing_number.clear();
  ClearRevision(p);
  SavePlan(conn, p, at);
  Event(conn, p, from, "publish", actor, "签署人 " + signer_name + "，发布日期 " + published_on);
  audit::Append(conn, actor, "plan_publish", kEntity, std::to_string(id), before, PlanJson(p));
  tx.Commit();
}

std::int64_t SubmitFiling(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                          const FilingInput& in, const audit::Actor& actor,
                          api::Notifier* notifier) {
  const std::string at = core::IsoFromUnix(actor.at);
  const core::ManualClock request_time(actor.at);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  PlanRow p = LockInScope(conn, scope, id);
  if (!CanSubmitFiling(*ParsePlanStatus(p.status))) StateInvalid(p);
  const json::object before = PlanJson(p);
  const std::string from = p.status;
  FilingRow f;
  f.plan_id = id;
  f.region_path = p.region_path;
  f.version_no = p.current_version;
  f.published_on = p.published_on.value_or("");
  f.application_file_id = in.application_file_id;
  f.review_opinion_file_id = in.review_opinion_file_id;
  f.plan_file_id = in.plan_file_id;
  f.risk_assessment_file_id = in.risk_assessment_file_id;
  f.resource_survey_file_id = in.resource_survey_file_id;
  f.submitted_by = actor.id.value_or(0);
  f.submitted_at = at;
  f.submitted_on = Today(actor);
  const std::int64_t filing_id = InsertFiling(conn, f);
  for (auto file : {in.application_file_id, in.review_opinion_file_id, in.plan_file_id,
                    in.risk_assessment_file_id, in.resource_survey_file_id})
    LinkFile(conn, id, file);
  p.status = std::string(PlanStatusValue(PlanStatus::kFilingSubmitted));
  SavePlan(conn, p, at);
  Event(conn, p, from, "filing_submit", actor);
  json::object after = PlanJson(p);
  after["filing"] = json::object{{"id", filing_id},
                                 {"version_no", f.version_no},
                                 {"application_file_id", f.application_file_id},
                                 {"review_opinion_file_id", f.review_opinion_file_id},
                                 {"plan_file_id", f.plan_file_id},
                                 {"risk_assessment_file_id", f.risk_assessment_file_id},
                                 {"resource_survey_file_id", f.resource_survey_file_id}};
  audit::Append(conn, actor, "plan_filing_submit", kEntity, std::to_string(id), before, after);
  if (auto agency = NearestAgencyOver(conn, p.region_path))
    notifications::NotifyAgencyUsers(conn, pushes, *agency, kPlanFilingSubmitted,
                                     "应急预案备案待审核：" + p.title,
                                     p.enterprise_name + " 提交了第 " +
                                         std::to_string(p.current_version) + " 版的备案材料",
                                     "/emergency/plans/" + std::to_string(id));
  tx.Commit();
  pushes.Flush(notifier, conn);
  return filing_id;
}

namespace {

FilingRow PendingFiling(storage::Connection& conn, const PlanRow& p, std::int64_t filing_id) {
  for (const auto& f : PlanFilings(conn, p.id))
    if (f.id == filing_id) {
      if (f.status != "submitted") {
        const std::string zh = f.status == "accepted"   ? "已备案"
                               : f.status == "returned" ? "已退回"
                                                        : "已撤回";
        throw ApiException{Err("plan_filing_not_pending").Conflict(f.status, zh)};
      }
      if (!CanDecideFiling(*ParsePlanStatus(p.status))) StateInvalid(p);
      return f;
    }
  throw ApiException{Error::NotFound("emergency_plan_filing")};
}

}  // namespace

std::string AcceptFiling(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                         std::int64_t filing_id, const Decider& d, const audit::Actor& actor,
                         api::Notifier* notifier) {
  const std::string at = core::IsoFromUnix(actor.at);
  const std::string today = Today(actor);
  const core::ManualClock request_time(actor.at);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  PlanRow p = LockInScope(conn, scope, id);
  const FilingRow f = PendingFiling(conn, p, filing_id);
  storage::LockKeyForTransaction(conn, kFilingNumberLock);
  const std::string prefix = d.region_code + "-" + today.substr(0, 4) + "-";
  const std::string number = FilingNumber(d.region_code, std::stoi(today.substr(0, 4)),
                                          CountFilingNumbers(conn, prefix) + 1);
  DecideFiling(conn, f.id, "accepted", actor.id.value_or(0), d.name, d.agency_id, at, "",
               number);
  const json::object before = PlanJson(p);
  const std::string from = p.status;
  p.status = std::string(PlanStatusValue(PlanStatus::kFiled));
  p.filed_on = today;
  p.filing_number = number;
  SavePlan(conn, p, at);
  Event(conn, p, from, "filing_accept", actor, "备案编号 " + number);
  json::object after = PlanJson(p);
  after["filing_id"] = f.id;
  after["agency_id"] = d.agency_id;
  audit::Append(conn, actor, "plan_filing_accept", kEntity, std::to_string(id), before, after);
  notifications::NotifyEnterpriseUsers(conn, pushes, p.enterprise_id, kPlanFilingDecided,
                                       "应急预案已备案：" + p.title, "备案编号 " + number,
                                       "/emergency/plans/" + std::to_string(id));
  tx.Commit();
  pushes.Flush(notifier, conn);
  return number;
}

void ReturnFiling(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                  std::int64_t filing_id, const Decider& d, const std::string& reasons,
                  const audit::Actor& actor, api::Notifier* notifier) {
  const std::string at = core::IsoFromUnix(actor.at);
  const core::ManualClock request_time(actor.at);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  PlanRow p = LockInScope(conn, scope, id);
  const FilingRow f = PendingFiling(conn, p, filing_id);
  DecideFiling(conn, f.id, "returned", actor.id.value_or(0), d.name, d.agency_id, at,
               reasons, "");
  const json::object before = PlanJson(p);
  const std::string from = p.status;
  p.status = std::string(PlanStatusValue(PlanStatus::kReturned));
  SavePlan(conn, p, at);
  Event(conn, p, from, "filing_return", actor, reasons);
  json::object after = PlanJson(p);
  after["filing_id"] = f.id;
  after["agency_id"] = d.agency_id;
  after["reasons"] = reasons;
  audit::Append(conn, actor, "plan_filing_return", kEntity, std::to_string(id), before, after);
  notifications::NotifyEnterpriseUsers(conn, pushes, p.enterprise_id, kPlanFilingDecided,
                                       "应急预案备案被退回：" + p.title, "退回原因：" + reasons,
                                       "/emergency/plans/" + std::to_string(id));
  tx.Commit();
  pushes.Flush(notifier, conn);
}

void RecordEvaluation(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                      const EvaluationInput& in, const audit::Actor& actor) {
  const std::string at = core::IsoFromUnix(actor.at);
  CheckNotFuture("evaluated_on", "评估日期", in.evaluated_on, actor);
  storage::Transaction tx(conn);
  PlanRow p = LockInScope(conn, scope, id);
  if (!CanEvaluate(*ParsePlanStatus(p.status))) StateInvalid(p);
  if (p.published_on && in.evaluated_on < *p.published_on)
    core::Invalid(Err("plan_date_before_publication")
                      .At("evaluated_on", *p.published_on, *p.published_on));
  EvaluationRow e;
  e.evaluated_on = in.evaluated_on;
  e.conclusion = in.conclusion;
  e.cause = in.cause ? std::string(RevisionCauseValue(*in.cause)) : "";
  e.report_file_id = in.report_file_id;
  e.note = in.note;
  e.created_by = actor.id.value_or(0);
  e.created_at = at;
  const std::int64_t evaluation_id = InsertEvaluation(conn, id, e);
  LinkFile(conn, id, in.report_file_id);
  Event(conn, p, p.status, "evaluate", actor,
        in.evaluated_on + (in.conclusion == "no_revision" ? " 评估结论：无需修订" : " 评估结论：需修订"));
  audit::Append(conn, actor, "plan_evaluate", kEntity, std::to_string(id), nullptr,
                json::object{{"evaluated_on", e.evaluated_on},
                             {"conclusion", e.conclusion},
                             {"cause", e.cause},
                             {"report_file_id", e.report_file_id},
                             {"note", e.note}});
  if (in.conclusion == "revision_required" && in.cause)
    RequireRevision(conn, RevisionTrigger{id, *in.cause, "evaluation", evaluation_id, in.note},
                    actor);
  tx.Commit();
}

void RequireRevisionManually(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                             RevisionCause cause, const std::string& note,
                             const audit::Actor& actor) {
  storage::Transaction tx(conn);
  LockInScope(conn, scope, id);
  RequireRevision(conn, RevisionTrigger{id, cause, "manual", std::nullopt, note}, actor);
  tx.Commit();
}

}  // namespace anjian::emergency_plans
