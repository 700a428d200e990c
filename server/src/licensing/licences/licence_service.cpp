#include "licensing/licences/licence_service.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "credit/dishonesty_list/dishonesty_listing_repository.hpp"
#include "emergency/accidents/accident_repository.hpp"
#include "emergency/plans/plan_rules.hpp"
#include "emergency/plans/plan_service.hpp"
#include "licensing/licences/licence_json.hpp"
#include "licensing/licences/licences_errors.hpp"
#include "notifications/notification_service.hpp"
#include "qualifications/people/people_repository.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::licences {

namespace json = boost::json;

namespace {

void NotifyAgencies(storage::Connection& conn, notifications::PendingPushes& pushes,
                    const std::string& region_path, const std::string& title,
                    const std::string& body, const std::string& link) {
  for (std::int64_t agency : accidents::AgenciesOver(conn, region_path))
    notifications::NotifyAgencyUsers(conn, pushes, agency, kLicenceNotice, title, body, link);
}

std::string Link(std::int64_t licence_id) {
  return "/licensing/licences/" + std::to_string(licence_id);
}
std::string AppLink(std::int64_t application_id) {
  return "/licensing/applications/" + std::to_string(application_id);
}

// The China-date validity [from, to] as UTC instants [start of from, start of to + 1).
std::pair<std::string, std::string> Instants(const std::string& from, const std::string& to) {
  const auto f = core::ParseIsoDate(from), t = core::ParseIsoDate(to);
  if (!f || !t) return {"", ""};
  return {core::IsoFromUnix(core::ChinaDayStart(*f)),
          core::IsoFromUnix(core::ChinaDayStart(core::AddDays(*t, 1)))};
}

std::int64_t FatalAccidentsInValidity(storage::Connection& conn, const LicenceRow& l) {
  auto [from, to] = Instants(l.valid_from, l.valid_to);
  return FatalAccidentsBetween(conn, l.enterprise_id, from, to);
}

json::object Snapshot(const LicenceRow& l, const std::vector<LicenceKind>& kinds) {
  return LicenceJson(l, kinds);
}

}  // namespace

LicenceConfig LoadLicenceConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "licences");
  if (!stored) return {};
  auto parsed = ParseLicenceConfig(*stored);
  if (auto* c = std::get_if<LicenceConfig>(&parsed)) return *c;
  spdlog::warn("settings licences is invalid; using the defaults");
  return {};
}

LicenceConditionFacts ConditionFactsOf(storage::Connection& conn, std::int64_t enterprise_id,
                                       const core::Date& today) {
  LicenceConditionFacts f;
  f.today = today;
  f.enterprise_id = enterprise_id;
  const std::string day = core::FormatIsoDate(today);
  const auto dept = qualifications::SafetyDepartmentFactsOf(conn, enterprise_id, day);
  f.has_safety_department = dept.has_department;
  f.full_time_safety_staff = dept.full_time_safety_managers;
  for (const auto& g : qualifications::ExaminationGaps(conn, enterprise_id, day)) {
    std::string problem = g.kind == "no_certificate"
                              ? "特种作业人员无有效证书"
                              : "任职 " + g.appointed_on + " 起6个月内未考核合格（应于 " +
                                    g.due_on + " 前）";
    f.examination_gaps.push_back({"person", g.person_id, g.name, problem});
  }
  const auto own = ReadOwnConditionRows(conn, enterprise_id);
  const auto plan_config = emergency_plans::LoadPlanConfig(conn);
  // A comprehensive plan the regulator did not check within 5 working days counts as filed
  // (88号令 art. 26): the plans area's standing says so.
  const auto standings = emergency_plans::PlanStandings(conn, enterprise_id, today);
  const auto standing = standings.find(enterprise_id);
  for (const auto& p : own.plans) {
    PlanFact pf;
    pf.ref = {"emergency_plan", p.id, p.title, ""};
    pf.status = p.status;
    if (p.status == "filing_submitted" && standing != standings.end() &&
        standing->second.plan_id == p.id &&
        standing->second.standing == emergency_plans::PlanStanding::kCurrent)
      pf.status = "filed";
    if (auto published = core::ParseIsoDate(p.published_on)) {
      std::optional<core::Date> last;
      if (auto e = core::ParseIsoDate(p.last_evaluated_on)) last = *e;
      pf.evaluation_due =
          emergency_plans::EvaluationDeadline(*published, last, today, plan_config).deadline.due;
    }
    f.plans.push_back(std::move(pf));
  }
  if (own.latest_evaluation) {
    const auto& e = *own.latest_evaluation;
    auto on = core::ParseIsoDate(e.evaluated_on);
    auto until = core::ParseIsoDate(e.valid_until);
    if (on && until)
      f.latest_evaluation = EvaluationFact{
          {"safety_evaluation", e.id, e.agency_name + " " + e.evaluated_on, ""}, *on, *until,
          e.conclusion == "pass"};
  }
  f.open_major_hidden_dangers = own.open_major_hidden_dangers;
  if (auto listing = dishonesty_list::ListedOn(conn, enterprise_id, day))
    f.dishonesty_listings.push_back({"dishonesty_listing", listing->entry_id,
                                     listing->decision_number.empty() ? listing->agency_name
                                                                      : listing->decision_number,
                                     "列入期限 " + listing->listed_from + " 至 " +
                                         listing->listed_until});
  return f;
}

std::int64_t RegisterLicence(storage::Connection& conn, NewLicence in, const audit::Actor& actor,
                             api::Notifier* notifier, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  const auto kinds = AllKinds(LoadLicenceConfig(conn));
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  if (LicenceNumberTaken(conn, in.kind, in.number, std::nullopt))
    core::Invalid(Err("licence_number_taken").At("number", in.number, in.number));
  in.at = at;
  in.created_by = actor.id.value_or(0);
  const std::int64_t id = InsertLicence(conn, in);
  auto row = LockLicence(conn, id, core::ChinaDate(now));
  EventRow e;
  e.licence_id = id;
  e.kind = "registered";
  e.to_status = "valid";
  e.valid_from = in.valid_from;
  e.valid_to = in.valid_to;
  e.document_file_id = in.document_file_id;
  e.snapshot_json = json::serialize(Snapshot(*row, kinds));
  e.by_user_id = actor.id.value_or(0);
  e.at = at;
  InsertEvent(conn, e);
  notifications::NotifyEnterpriseUsers(
      conn, pushes, in.enterprise_id, kLicenceNotice,
      "许可证已登记：" + KindLabelZh(kinds, in.kind) + " " + in.number,
      "有效期 " + in.valid_from + " 至 " + in.valid_to, Link(id));
  audit::Append(conn, actor, "create", "licence", std::to_string(id), nullptr,
                Snapshot(*row, kinds));
  tx.Commit();
  pushes.Flush(notifier, conn);
  return id;
}

void ChangeLicenceStatus(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                         const std::string& action, const std::string& reason,
                         std::optional<std::int64_t> document_file_id, const audit::Actor& actor,
                         api::Notifier* notifier, std::int64_t now) {
  const auto today = core::ChinaDate(now);
  if (!FindLicence(conn, scope, id, today)) throw ApiException{Error::NotFound("licence")};
  const std::string at = core::IsoFromUnix(now);
  const auto kinds = AllKinds(LoadLicenceConfig(conn));
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto before = LockLicence(conn, id, today);
  if (!before) throw ApiException{Error::NotFound("licence")};
  const auto as_of = ParseLicenceStatus(before->status).value_or(LicenceStatus::kValid);
  struct Def {
    const char* action;
    bool (*can)(LicenceStatus);
    LicenceStatus to;
    const char* zh;
    const char* en;
  };
  static const Def kDefs[] = {
      {"suspend", CanSuspend, LicenceStatus::kSuspended, "暂扣", "suspended"},
      {"reinstate", CanReinstate, LicenceStatus::kValid, "恢复", "reinstated"},
      {"revoke", CanRevoke, LicenceStatus::kRevoked, "吊销", "revoked"},
  };
  const Def* def = nullptr;
  for (const auto& d : kDefs)
    if (action == d.action) def = &d;
  if (def == nullptr) throw ApiException{Error::NotFound("action")};
  if (!def->can(as_of))
    throw ApiException{Err("licence_transition")
                           .Conflict(before->status, def->en, LicenceStatusLabelZh(as_of), def->zh)};
  const std::string to(LicenceStatusValue(def->to));
  UpdateStatus(conn, id, to, reason, document_file_id, at);
  auto after = LockLicence(conn, id, today);
  EventRow e;
  e.licence_id = id;
  e.kind = action == "suspend" ? "suspended" : action == "reinstate" ? "reinstated" : "revoked";
  e.from_status = before->status;
  e.to_status = to;
  e.valid_from = after->valid_from;
  e.valid_to = after->valid_to;
  e.reason = reason;
  e.document_file_id = document_file_id;
  e.snapshot_json = json::serialize(Snapshot(*after, kinds));
  e.by_user_id = actor.id.value_or(0);
  e.at = at;
  InsertEvent(conn, e);
  notifications::NotifyEnterpriseUsers(
      conn, pushes, before->enterprise_id, kLicenceNotice,
      std::string("许可证已") + def->zh + "：" + KindLabelZh(kinds, before->kind) + " " +
          before->number,
      "原因：" + reason, Link(id));
  audit::Append(conn, actor, "licence_" + action, "licence", std::to_string(id),
                Snapshot(*before, kinds), Snapshot(*after, kinds));
  tx.Commit();
  pushes.Flush(notifier, conn);
}

std::int64_t SubmitApplication(storage::Connection& conn, const ApplicationInput& in,
                               const audit::Actor& actor, api::Notifier* notifier,
                               std::int64_t now) {
  const auto today = core::ChinaDate(now);
  const std::string at = core::IsoFromUnix(now);
  const auto config = LoadLicenceConfig(conn);
  const auto kinds = AllKinds(config);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  ApplicationRow a;
  a.enterprise_id = in.enterprise_id;
  a.region_path = in.region_path;
  a.kind = in.kind;
  a.application_type = std::string(ApplicationTypeValue(in.type));
  a.note = in.note;
  a.submitted_by = actor.id.value_or(0);
  a.submitted_at = at;
  a.submitted_on = core::FormatIsoDate(today);
  if (auto open = OpenApplicationFor(conn, in.enterprise_id, in.kind))
    throw ApiException{Err("application_open").Conflict(*open, *open)};
  std::optional<LicenceRow> licence;
  if (in.type != ApplicationType::kNew) {
    licence = LockLicence(conn, in.licence_id.value_or(0), today);
    if (!licence || licence->enterprise_id != in.enterprise_id)
      throw ApiException{Error::NotFound("licence")};
    a.licence_id = licence->id;
    a.kind = licence->kind;
    if (licence->status == "revoked")
      throw ApiException{Err("renewal_licence_revoked").Conflict()};
    const auto valid_to = *core::ParseIsoDate(licence->valid_to);
    if (licence->status == "expired")
      throw ApiException{Err("renewal_licence_expired").Conflict(licence->valid_to, licence->valid_to)};
    if (in.type == ApplicationType::kRenewal) {
      const auto w = RenewalWindowOf(valid_to, today, config);
      if (w.early)
        throw ApiException{Err("renewal_window_closed")
                               .Conflict(core::FormatIsoDate(w.opens), config.renewal_window_months,
                                         licence->valid_to, core::FormatIsoDate(w.opens))};
      a.without_review = WithoutReviewOf(FatalAccidentsInValidity(conn, *licence)).eligible;
      a.requested_scope_json = json::serialize(ScopeJson(licence->scope));
    }
  } else {
    for (const auto& l : LicencesOf(conn, in.enterprise_id, today))
      if (l.kind == in.kind && (l.status == "valid" || l.status == "suspended"))
        throw ApiException{Err("licence_already_held").Conflict(l.number, l.number)};
  }
  if (in.scope) a.requested_scope_json = json::serialize(ScopeJson(*in.scope));
  if (a.requested_scope_json.empty()) a.requested_scope_json = "{}";
  const auto checklist = Checklist(ConditionFactsOf(conn, in.enterprise_id, today));
  a.conditions_json = json::serialize(ConditionsJson(checklist));
  const std::int64_t id = InsertApplication(conn, a);
  EventRow e;
  e.application_id = id;
  e.licence_id = a.licence_id;
  e.kind = "submitted";
  e.to_status = "submitted";
  e.reason = in.note;
  e.by_user_id = actor.id.value_or(0);
  e.at = at;
  InsertEvent(conn, e);
  std::int64_t failed = 0;
  for (const auto& c : checklist) failed += c.passed ? 0 : 1;
  NotifyAgencies(conn, pushes, in.region_path,
                 "许可申请待审批：" + KindLabelZh(kinds, a.kind) + "（" +
                     std::string(ApplicationTypeLabelZh(in.type)) + "）",
                 "申请条件核查：" + std::to_string(checklist.size() - failed) + " 项符合，" +
                     std::to_string(failed) + " 项不符合",
                 AppLink(id));
  json::object after{{"enterprise_id", a.enterprise_id},
                     {"kind", a.kind},
                     {"application_type", a.application_type},
                     {"licence_id", a.licence_id ? json::value(*a.licence_id) : json::value(nullptr)},
                     {"without_review", a.without_review},
                     {"failed_conditions", failed},
                     {"submitted_on", a.submitted_on}};
  audit::Append(conn, actor, "licence_apply", "licence_application", std::to_string(id), nullptr,
                after);
  tx.Commit();
  pushes.Flush(notifier, conn);
  return id;
}

void WithdrawApplication(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                         const audit::Actor& actor, std::int64_t now) {
  if (!FindApplication(conn, scope, id)) throw ApiException{Error::NotFound("application")};
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  auto a = LockApplication(conn, id);
  if (!a) throw ApiException{Error::NotFound("application")};
  if (a->status != "submitted")
    throw ApiException{Err("application_decided").Conflict(a->status, a->status)};
  a->status = "withdrawn";
  a->decided_at = at;
  a->decided_on = core::ChinaIsoDate(now);
  a->decided_by = actor.id;
  DecideApplication(conn, *a);
  EventRow e;
  e.application_id = id;
  e.licence_id = a->licence_id;
  e.kind = "withdrawn";
  e.from_status = "submitted";
  e.to_status = "withdrawn";
  e.by_user_id = actor.id.value_or(0);
  e.at = at;
  InsertEvent(conn, e);
  audit::Append(conn, actor, "licence_withdraw", "licence_application", std::to_string(id),
                json::object{{"status", "submitted"}}, json::object{{"status", "withdrawn"}});
  tx.Commit();
}

void DecideApplication(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                       const Decision& d, const audit::Actor& actor, api::Notifier* notifier,
                       std::int64_t now) {
  if (!FindApplication(conn, scope, id)) throw ApiException{Error::NotFound("application")};
  const auto today = core::ChinaDate(now);
  const std::string at = core::IsoFromUnix(now);
  const auto config = LoadLicenceConfig(conn);
  const auto kinds = AllKinds(config);
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  storage::Transaction tx(conn);
  auto a = LockApplication(conn, id);
  if (!a) throw ApiException{Error::NotFound("application")};
  if (a->status != "submitted") {
    const char* zh = a->status == "approved" ? "批准" : a->status == "refused" ? "不予许可" : "撤回";
    throw ApiException{Err("application_decided").Conflict(a->status, zh)};
  }
  const auto checklist = Checklist(ConditionFactsOf(conn, a->enterprise_id, today));
  std::vector<FailedCondition> failed;
  for (const auto& c : checklist)
    if (!c.passed) failed.push_back(c);
  if (d.approve && !failed.empty())
    core::Invalid(Err("approval_conditions_failed")
                      .At("approve", FailedLabelsEn(failed), FailedLabelsZh(failed)));
  if (!d.approve && d.note.empty()) core::Invalid(Err("refusal_reason_required").At("note"));
  const auto type = ParseApplicationType(a->application_type).value_or(ApplicationType::kNew);
  std::optional<std::int64_t> licence_id = a->licence_id;
  std::string notice_body;
  if (d.approve) {
    if (type == ApplicationType::kNew) {
      if (d.number.empty()) core::Invalid(core::CoreErr("required").At("number"));
      if (LicenceNumberTaken(conn, a->kind, d.number, std::nullopt))
        core::Invalid(Err("licence_number_taken").At("number", d.number, d.number));
      NewLicence l;
      l.enterprise_id = a->enterprise_id;
      l.created_by = actor.id.value_or(0);
      l.region_path = a->region_path;
      l.kind = a->kind;
      l.number = d.number;
      l.issuer_agency_id = d.issuer_agency_id;
      l.issuer_name = d.issuer_name;
      l.issued_on = core::FormatIsoDate(today);
      l.valid_from = l.issued_on;
      l.valid_to = core::FormatIsoDate(ValidTo(today, config));
      l.document_file_id = d.document_file_id;
      l.scope = ScopeFromStoredJson(a->requested_scope_json);
      l.at = at;
      licence_id = InsertLicence(conn, l);
      notice_body = "许可证编号 " + d.number + "，有效期 " + l.valid_from + " 至 " + l.valid_to;
    } else {
      auto before = LockLicence(conn, *licence_id, today);
      if (!before) throw ApiException{Error::NotFound("licence")};
      if (before->status == "revoked")
        throw ApiException{Err("renewal_licence_revoked").Conflict()};
      if (type == ApplicationType::kRenewal) {
        const auto from = core::AddDays(*core::ParseIsoDate(before->valid_to), 1);
        UpdateValidity(conn, *licence_id, core::FormatIsoDate(from),
                       core::FormatIsoDate(ValidTo(from, config)), core::FormatIsoDate(today),
                       d.document_file_id, at);
        notice_body = "有效期延续至 " + core::FormatIsoDate(ValidTo(from, config)) +
                      (a->without_review ? "（有效期内未发生死亡事故，延期不再审查）" : "");
      } else {
        ReplaceScope(conn, *licence_id, ScopeFromStoredJson(a->requested_scope_json));
        UpdateValidity(conn, *licence_id, before->valid_from, before->valid_to, before->issued_on,
                       d.document_file_id, at);
        notice_body = "许可范围已变更";
      }
    }
    auto after = LockLicence(conn, *licence_id, today);
    EventRow e;
    e.licence_id = licence_id;
    e.application_id = id;
    e.kind = type == ApplicationType::kNew ? "issued"
             : type == ApplicationType::kRenewal ? "renewed"
                                                 : "changed";
    e.to_status = after->stored_status;
    e.valid_from = after->valid_from;
    e.valid_to = after->valid_to;
    e.reason = d.note;
    e.document_file_id = d.document_file_id;
    e.snapshot_json = json::serialize(Snapshot(*after, kinds));
    e.by_user_id = actor.id.value_or(0);
    e.at = at;
    InsertEvent(conn, e);
  } else {
    notice_body = "理由：" + d.note +
                  (failed.empty() ? std::string() : "；不具备的条件：" + FailedLabelsZh(failed));
  }
  a->status = d.approve ? "approved" : "refused";
  a->licence_id = licence_id;
  a->decided_by = actor.id;
  a->decided_at = at;
  a->decided_on = core::FormatIsoDate(today);
  a->decision_note = d.note;
  a->decision_document_file_id = d.document_file_id;
  a->decision_conditions_json = json::serialize(ConditionsJson(checklist));
  DecideApplication(conn, *a);
  EventRow e;
  e.application_id = id;
  e.licence_id = licence_id;
  e.kind = a->status;
  e.from_status = "submitted";
  e.to_status = a->status;
  e.reason = d.note;
  e.document_file_id = d.document_file_id;
  e.snapshot_json = a->decision_conditions_json;
  e.by_user_id = actor.id.value_or(0);
  e.at = at;
  InsertEvent(conn, e);
  notifications::NotifyEnterpriseUsers(
      conn, pushes, a->enterprise_id, kLicenceNotice,
      std::string(d.approve ? "许可申请已批准：" : "许可申请不予许可：") +
          KindLabelZh(kinds, a->kind) + "（" + std::string(ApplicationTypeLabelZh(type)) + "）",
      notice_body, AppLink(id));
  json::array failed_ids;
  for (const auto& c : failed) failed_ids.push_back(json::string(c.id));
  audit::Append(conn, actor, d.approve ? "licence_approve" : "licence_refuse",
                "licence_application", std::to_string(id), json::object{{"status", "submitted"}},
                json::object{{"status", a->status},
                             {"licence_id", licence_id ? json::value(*licence_id) : json::value(nullptr)},
                             {"note", d.note},
                             {"failed_conditions", std::move(failed_ids)}});
  tx.Commit();
  pushes.Flush(notifier, conn);
}

std::int64_t RecordEvaluation(storage::Connection& conn, const EvaluationRow& in,
                              const audit::Actor& actor, std::int64_t now) {
  storage::Transaction tx(conn);
  EvaluationRow e = in;
  e.recorded_by = actor.id.value_or(0);
  e.recorded_at = core::IsoFromUnix(now);
  const std::int64_t id = InsertEvaluation(conn, e);
  audit::Append(conn, actor, "create", "safety_evaluation", std::to_string(id), nullptr,
                json::object{{"enterprise_id", e.enterprise_id},
                             {"agency_name", e.agency_name},
                             {"evaluated_on", e.evaluated_on},
                             {"conclusion", e.conclusion},
                             {"valid_until", e.valid_until},
                             {"report_file_id", e.report_file_id}});
  tx.Commit();
  return id;
}

std::int64_t RunLicenceReminders(storage::Connection& conn, api::Notifier* notifier,
                                 std::int64_t now) {
  const auto config = LoadLicenceConfig(conn);
  if (config.reminder_days.empty()) return 0;
  const auto today = core::ChinaDate(now);
  const auto kinds = AllKinds(config);
  std::int64_t max_days = 0;
  for (auto t : config.reminder_days) max_days = std::max(max_days, t);
  const auto candidates = LicencesEndingBy(conn, core::FormatIsoDate(today),
                                           core::FormatIsoDate(core::AddDays(today, max_days)));
  std::int64_t sent = 0;
  const core::ManualClock request_time(now);
  const audit::Actor system(std::nullopt, "system", "", now);
  for (const auto& c : candidates) {
    const auto due = RemindersDue(*core::ParseIsoDate(c.valid_to), today, config);
    if (due.empty()) continue;
    // Only the tightest threshold reached is announced; the wider ones are marked as passed.
    notifications::PendingPushes pushes(request_time);
    storage::Transaction tx(conn);
    bool any = false;
    for (auto t : due) any = MarkReminded(conn, c.licence_id, c.valid_to, t, core::IsoFromUnix(now)) || any;
    if (!any) continue;  // the transaction rolls back nothing: no row was new
    const auto left = core::DaysBetween(today, *core::ParseIsoDate(c.valid_to));
    const auto w = RenewalWindowOf(*core::ParseIsoDate(c.valid_to), today, config);
    const std::string title = "许可证临期提醒：" + KindLabelZh(kinds, c.kind) + " " + c.number;
    const std::string body = "将于 " + c.valid_to + " 到期（剩余 " + std::to_string(left) +
                             " 天）；延期申请自 " + core::FormatIsoDate(w.opens) + " 起提出（" +
                             w.source_zh + "）";
    notifications::NotifyEnterpriseUsers(conn, pushes, c.enterprise_id, kLicenceNotice, title,
                                         body, Link(c.licence_id));
    NotifyAgencies(conn, pushes, c.region_path, c.enterprise_name + " " + title, body,
                   Link(c.licence_id));
    audit::Append(conn, system, "licence_reminder", "licence", std::to_string(c.licence_id),
                  nullptr,
                  json::object{{"valid_to", c.valid_to}, {"days_left", left},
                               {"thresholds", json::value_from(due)}});
    tx.Commit();
    pushes.Flush(notifier, conn);
    ++sent;
  }
  return sent;
}

}  // namespace anjian::licences
