#include "emergency/accidents/accident_investigation_service.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "emergency/accidents/accident_grade_rules.hpp"
#include "emergency/accidents/accident_investigation_rules.hpp"
#include "emergency/accidents/accident_repository.hpp"
#include "emergency/accidents/accident_service.hpp"
#include "emergency/accidents/accidents_errors.hpp"
#include "emergency/plans/plan_service.hpp"
#include "files/file_service.hpp"
#include "notifications/notification_service.hpp"
#include "platform/api/actor.hpp"

namespace anjian::accidents {

namespace json = boost::json;

namespace {

json::object FieldsJson(const InvestigationFields& f) {
  return json::object{
      {"team_leader", f.team_leader},
      {"team_members", f.team_members},
      {"started_on", f.started_on},
      {"extension_days", f.extension_days},
      {"extension_reason", f.extension_reason},
      {"report_submitted_on", f.report_submitted_on},
      {"report_file_id", f.report_file_id ? json::value(*f.report_file_id) : json::value(nullptr)},
      {"approved_on", f.approved_on},
      {"approval_document", f.approval_document},
      {"cause", f.cause},
      {"measures", f.measures}};
}

const char* LevelZh(const std::string& leader) {
  if (leader == "county") return "县级";
  if (leader == "city") return "设区的市级";
  if (leader == "province") return "省级";
  return "国务院";
}

// The accident in the caller's scope and the leading level; 409 unless the caller's agency may
// record the investigation.
AccidentRow AccidentForInvestigator(storage::Connection& conn, const api::Principal& who,
                                    std::int64_t accident_id) {
  auto a = FindAccident(conn, api::Scope::For(who), accident_id);
  if (!a) throw ApiException{Error::NotFound("accident")};
  const auto grade = GradeFromValue(a->grade).value_or(Grade::kOrdinary);
  const auto plan = InvestigationOf(grade, core::UnixFromIso(a->facts.occurred_at), 0,
                                    std::nullopt, {});
  const std::string level = who.agency_id ? LevelOfRegionPath(who.region_path) : "";
  if (!MayRecordInvestigation(plan.leader, level))
    throw ApiException{Err("investigation_level_too_low").Conflict(plan.leader, LevelZh(plan.leader))};
  return *a;
}

}  // namespace

std::int64_t RecordInvestigation(storage::Connection& conn, const api::Principal& who,
                                 std::int64_t accident_id, const InvestigationFields& f,
                                 std::vector<FieldError> input_errors, std::int64_t now) {
  const auto a = AccidentForInvestigator(conn, who, accident_id);
  const auto config = LoadAccidentReportingConfig(conn);
  auto errors = std::move(input_errors);
  for (auto& e : CheckInvestigation({f.extension_days, f.extension_reason, f.started_on,
                                     f.report_submitted_on, f.approved_on},
                                    core::UnixFromIso(a.facts.occurred_at), config, now))
    errors.push_back(std::move(e));
  if (f.report_file_id)
    files::CheckAttachments(conn, who, {*f.report_file_id}, "report_file_id", errors);
  if (!errors.empty()) core::Invalid(std::move(errors));
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  auto before = LockInvestigation(conn, accident_id);
  std::int64_t id = 0, version = 1;
  json::value before_json = nullptr;
  if (!before) {
    id = InsertInvestigation(conn, accident_id, a.enterprise_id, a.region_path, who.agency_id, f,
                             who.user_id, at);
  } else {
    id = before->id;
    version = before->version + 1;
    before_json = FieldsJson(before->f);
    UpdateInvestigation(conn, id, f, version, at);
  }
  if (f.report_file_id && (!before || before->f.report_file_id != f.report_file_id))
    LinkInvestigationFile(conn, id, *f.report_file_id, at);
  json::object after = FieldsJson(f);
  InsertInvestigationChange(conn, id, version, before ? "update" : "create", json::serialize(after),
                            who.user_id, at);
  after["version"] = version;
  audit::Append(conn, api::ActorOf(who, now), "accident_investigation", "accident",
                std::to_string(accident_id), before_json, after);
  tx.Commit();
  return id;
}

std::int64_t AddFinding(storage::Connection& conn, const api::Principal& who,
                        std::int64_t accident_id, const NewFinding& f, std::int64_t now) {
  const auto accident = AccidentForInvestigator(conn, who, accident_id);
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  auto inv = LockInvestigation(conn, accident_id);
  if (!inv) throw ApiException{Err("investigation_missing").Conflict()};
  FindingRow row;
  row.investigation_id = inv->id;
  row.accident_id = accident_id;
  row.kind = f.kind;
  row.title = f.title;
  row.description = f.description;
  row.responsible = f.responsible;
  row.credit_relevant = f.credit_relevant;
  row.created_by = who.user_id;
  row.created_at = at;
  const std::int64_t id = InsertFinding(conn, row);
  InsertInvestigationChange(conn, inv->id, inv->version, "finding",
                            json::serialize(json::object{{"finding_id", id},
                                                         {"kind", f.kind},
                                                         {"title", f.title},
                                                         {"credit_relevant", f.credit_relevant}}),
                            who.user_id, at);
  audit::Append(conn, api::ActorOf(who, now), "accident_finding", "accident",
                std::to_string(accident_id), nullptr,
                json::object{{"finding_id", id},
                             {"kind", f.kind},
                             {"title", f.title},
                             {"description", f.description},
                             {"responsible", f.responsible},
                             {"credit_relevant", f.credit_relevant}});
  // 88号令 art. 36(五): a major problem of the plans revealed by the rescue — every plan of the
  // enterprise in force requires revision, the accident named as the source.
  if (f.kind == "emergency_response")
    for (std::int64_t plan_id : emergency_plans::PlansInForce(conn, accident.enterprise_id))
      emergency_plans::RequireRevision(
          conn,
          {plan_id, emergency_plans::RevisionCause::kDrillOrResponse, "response", accident_id,
           "事故 " + accident.number + " 调查发现：" + f.title},
          api::ActorOf(who, now));
  tx.Commit();
  return id;
}

std::int64_t FindingToHiddenDanger(storage::Connection& conn, const api::Principal& who,
                                   std::int64_t accident_id, std::int64_t finding_id,
                                   const std::string& deadline, api::Notifier* notifier,
                                   std::int64_t now) {
  const auto a = AccidentForInvestigator(conn, who, accident_id);
  const auto grade = GradeFromValue(a.grade).value_or(Grade::kOrdinary);
  const auto plan = InvestigationOf(grade, core::UnixFromIso(a.facts.occurred_at), 0,
                                    std::nullopt, {});
  const core::ManualClock request_time(now);
  notifications::PendingPushes pushes(request_time);
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  auto finding = LockFinding(conn, accident_id, finding_id);
  if (!finding) throw ApiException{Error::NotFound("finding")};
  if (finding->hidden_danger_id) {
    const std::string n = finding->hidden_danger_number.empty()
                              ? std::to_string(*finding->hidden_danger_id)
                              : finding->hidden_danger_number;
    throw ApiException{Err("finding_already_converted").Conflict(n, n)};
  }
  hidden_danger::NewHiddenDanger h;
  h.enterprise_id = a.enterprise_id;
  h.source = "referral";
  h.referral_department = plan.leader_zh + "事故调查组（" + a.number + "）";
  h.title = finding->title;
  h.description = finding->description;
  h.location = a.facts.address;
  h.accident_type = a.facts.accident_type;
  h.deadline = deadline;
  const std::int64_t hd = hidden_danger::ReportHiddenDanger(conn, who, h, &pushes, now);
  SetFindingHiddenDanger(conn, finding_id, hd, who.user_id, at);
  auto inv = LockInvestigation(conn, accident_id);
  InsertInvestigationChange(conn, inv->id, inv->version, "finding_hidden_danger",
                            json::serialize(json::object{{"finding_id", finding_id},
                                                         {"hidden_danger_id", hd}}),
                            who.user_id, at);
  audit::Append(conn, api::ActorOf(who, now), "accident_finding_hidden_danger", "accident",
                std::to_string(accident_id), nullptr,
                json::object{{"finding_id", finding_id},
                             {"hidden_danger_id", hd},
                             {"credit_relevant", finding->credit_relevant}});
  tx.Commit();
  pushes.Flush(notifier, conn);
  return hd;
}

}  // namespace anjian::accidents
