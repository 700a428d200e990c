#include "qualifications/people/people_service.hpp"

#include <boost/json.hpp>
#include <spdlog/spdlog.h>

#include "calendar/calendar_service.hpp"
#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"
#include "qualifications/people/qualifications_errors.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::qualifications {

namespace json = boost::json;

namespace {

json::value Opt(const std::optional<std::string>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}
json::value Opt(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object PersonAudit(const PersonInput& in, const std::optional<std::string>& due) {
  return json::object{{"name", in.name},           {"role", in.role},
                      {"post", in.post},           {"is_manager", in.is_manager},
                      {"full_time", in.full_time}, {"user_id", Opt(in.user_id)},
                      {"phone", in.phone},         {"appointed_on", in.appointed_on},
                      {"exam_due_on", Opt(due)}};
}

json::object PersonAudit(const PersonRow& p) {
  PersonInput in{p.name, p.role, p.post, p.phone, p.appointed_on, p.is_manager, p.full_time,
                 p.user_id};
  auto o = PersonAudit(in, p.exam_due_on);
  o["left_on"] = Opt(p.left_on);
  return o;
}

std::optional<std::string> DueOf(storage::Connection& conn, const PersonInput& in) {
  if (!NeedsExamination(in.role)) return std::nullopt;
  const auto config = LoadQualificationConfig(conn);
  const auto cal = calendar::LoadWorkingCalendar(conn);
  return core::FormatIsoDate(ExaminationDueOn(*core::ParseIsoDate(in.appointed_on), config, cal));
}

void CheckLinkedAccount(storage::Connection& conn, const PersonInput& in,
                        std::optional<std::int64_t> enterprise_id,
                        std::optional<std::int64_t> agency_id, std::int64_t person_id) {
  if (!in.user_id) return;
  const std::string uid = std::to_string(*in.user_id);
  if (!UserBelongsTo(conn, *in.user_id, enterprise_id, agency_id))
    core::Invalid(Err("person_user_unknown").At("user_id", uid));
  if (auto other = PersonNameOfUser(conn, *in.user_id, person_id))
    core::Invalid(Err("person_user_taken").At("user_id", uid, *other));
}

PersonRow RequirePerson(storage::Connection& conn, const api::Scope& scope, std::int64_t id) {
  if (!FindPerson(conn, scope, id)) throw ApiException{Error::NotFound("person")};
  auto p = LockPerson(conn, id);
  if (!p) throw ApiException{Error::NotFound("person")};
  return *p;
}

void RequireInPost(const PersonRow& p, const char* field) {
  if (p.left_on) core::Invalid(Err("person_left").At(field, p.name, *p.left_on));
}

}  // namespace

QualificationConfig LoadQualificationConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "people_qualifications");
  if (!stored) return {};
  if (auto c = QualificationConfigFromJson(*stored)) return *c;
  spdlog::warn("settings people_qualifications is invalid; using the defaults");
  return {};
}

std::int64_t CreatePerson(storage::Connection& conn, const Owner& owner, const PersonInput& in,
                          const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  CheckLinkedAccount(conn, in, owner.enterprise_id, owner.agency_id, 0);
  const auto due = DueOf(conn, in);
  const std::int64_t id =
      InsertPerson(conn, owner.enterprise_id, owner.agency_id, owner.region_path, in, due, at);
  auto after = PersonAudit(in, due);
  after["enterprise_id"] = Opt(owner.enterprise_id);
  after["agency_id"] = Opt(owner.agency_id);
  audit::Append(conn, actor, "create", "qualified_person", std::to_string(id), nullptr, after);
  tx.Commit();
  return id;
}

void UpdatePersonRecord(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                        const PersonInput& in, const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  const PersonRow before = RequirePerson(conn, scope, id);
  RequireInPost(before, "name");
  if ((before.agency_id != std::nullopt) != (in.role == "enforcement"))
    core::Invalid(Err("training_owner_mismatch").At("role"));
  CheckLinkedAccount(conn, in, before.enterprise_id, before.agency_id, id);
  // The due day is fixed at appointment: kept while role and appointment day stay.
  std::optional<std::string> due = before.exam_due_on;
  if (in.role != before.role || in.appointed_on != before.appointed_on || !due)
    due = DueOf(conn, in);
  if (!NeedsExamination(in.role)) due.reset();
  UpdatePerson(conn, id, in, due, before.version + 1, at);
  audit::Append(conn, actor, "update", "qualified_person", std::to_string(id), PersonAudit(before),
                PersonAudit(in, due));
  tx.Commit();
}

void LeavePost(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
               const std::string& left_on, const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  const PersonRow before = RequirePerson(conn, scope, id);
  RequireInPost(before, "left_on");
  if (left_on < before.appointed_on)
    core::Invalid(Err("examination_before_appointment").At("left_on", before.appointed_on));
  SetPersonLeft(conn, id, left_on, before.version + 1, at);
  audit::Append(conn, actor, "qualification_leave", "qualified_person", std::to_string(id),
                PersonAudit(before), json::object{{"left_on", left_on}});
  tx.Commit();
}

std::int64_t AddCertificate(storage::Connection& conn, const api::Scope& scope,
                            std::int64_t person_id, const CertificateInput& in,
                            const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  const PersonRow p = RequirePerson(conn, scope, person_id);
  RequireInPost(p, "kind");
  const std::int64_t id = InsertCertificate(conn, person_id, in, actor.id.value_or(0), at);
  audit::Append(conn, actor, "qualification_certificate_add", "person_certificate",
                std::to_string(id), nullptr,
                json::object{{"person_id", person_id},
                             {"person", p.name},
                             {"kind", in.kind},
                             {"number", in.number},
                             {"issuer", in.issuer},
                             {"valid_from", in.valid_from},
                             {"valid_to", in.valid_to},
                             {"file_id", Opt(in.file_id)}});
  tx.Commit();
  return id;
}

void RevokeCertificateRecord(storage::Connection& conn, const api::Scope& scope, std::int64_t id,
                             const std::string& reason, const audit::Actor& actor,
                             std::int64_t now) {
  const std::string today = core::ChinaIsoDate(now);
  storage::Transaction tx(conn);
  auto c = FindCertificate(conn, scope, id);
  if (!c) throw ApiException{Error::NotFound("certificate")};
  RequirePerson(conn, scope, c->person_id);  // locks the person: one writer at a time
  c = FindCertificate(conn, scope, id);
  if (c->revoked_on) core::Invalid(Err("certificate_revoked_already").At("reason", *c->revoked_on));
  RevokeCertificate(conn, id, today, reason);
  audit::Append(conn, actor, "qualification_certificate_revoke", "person_certificate",
                std::to_string(id), json::object{{"number", c->number}, {"kind", c->kind}},
                json::object{{"revoked_on", today}, {"reason", reason}});
  tx.Commit();
}

std::int64_t AddExamination(storage::Connection& conn, const api::Scope& scope,
                            std::int64_t person_id, const ExaminationInput& in,
                            const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  const auto today = *core::ParseIsoDate(core::ChinaIsoDate(now));
  storage::Transaction tx(conn);
  const PersonRow p = RequirePerson(conn, scope, person_id);
  RequireInPost(p, "examined_on");
  if (!NeedsExamination(p.role))
    core::Invalid(Err("examination_not_required").At("person_id", p.name));
  auto errors = CheckExaminationDate(*core::ParseIsoDate(p.appointed_on),
                                     *core::ParseIsoDate(in.examined_on), today);
  if (!errors.empty()) core::Invalid(std::move(errors));
  const std::int64_t id =
      InsertExamination(conn, person_id, p.appointed_on, in, actor.id.value_or(0), at);
  audit::Append(conn, actor, "qualification_examination", "person_examination",
                std::to_string(id), nullptr,
                json::object{{"person_id", person_id},
                             {"person", p.name},
                             {"appointed_on", p.appointed_on},
                             {"examined_on", in.examined_on},
                             {"passed", in.passed},
                             {"authority", in.authority},
                             {"certificate_no", in.certificate_no}});
  tx.Commit();
  return id;
}

std::int64_t AddTraining(storage::Connection& conn, const api::Scope& scope,
                         std::int64_t person_id, const TrainingInput& in,
                         const audit::Actor& actor, std::int64_t now) {
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  const PersonRow p = RequirePerson(conn, scope, person_id);
  const std::int64_t id = InsertTraining(conn, person_id, in, actor.id.value_or(0), at);
  audit::Append(conn, actor, "qualification_training", "training_record", std::to_string(id),
                nullptr,
                json::object{{"person_id", person_id},
                             {"person", p.name},
                             {"course", in.course},
                             {"provider", in.provider},
                             {"trained_on", in.trained_on},
                             {"class_hours", in.class_hours},
                             {"exam_result", in.exam_result},
                             {"score", Opt(in.score)}});
  tx.Commit();
  return id;
}

void SetSafetyDepartment(storage::Connection& conn, std::int64_t enterprise_id,
                         const SafetyDepartmentRow& d, const audit::Actor& actor,
                         std::int64_t now) {
  storage::Transaction tx(conn);
  auto before = FindSafetyDepartment(conn, enterprise_id);
  SafetyDepartmentRow row = d;
  row.updated_at = core::IsoFromUnix(now);
  UpsertSafetyDepartment(conn, enterprise_id, row, actor.id.value_or(0));
  json::value b = nullptr;
  if (before)
    b = json::object{{"name", before->name},
                     {"established_on", before->established_on},
                     {"document_no", before->document_no}};
  audit::Append(conn, actor, "qualification_safety_department", "safety_department",
                std::to_string(enterprise_id), b,
                json::object{{"name", d.name},
                             {"established_on", d.established_on},
                             {"document_no", d.document_no}});
  tx.Commit();
}

QualificationJobResult RunQualificationJob(storage::Connection& conn,
                                           notifications::PendingPushes& pushes,
                                           std::int64_t now) {
  QualificationJobResult r;
  const auto config = LoadQualificationConfig(conn);
  const std::string today = core::ChinaIsoDate(now);
  const auto today_date = *core::ParseIsoDate(today);
  const std::string at = core::IsoFromUnix(now);
  storage::Transaction tx(conn);
  for (const auto& g : AllExaminationGaps(conn, today)) {
    hidden_danger::DerivedMajorHiddenDanger in;
    in.enterprise_id = g.enterprise_id;
    in.derived_key = g.gap.derived_key;
    in.basis = "234-3";
    in.origin_kind = "person";
    in.origin_id = g.gap.person_id;
    const std::string role_zh(RoleZh(g.gap.role));
    if (g.gap.kind == "not_examined") {
      in.basis_text_zh = kExamSourceZh;
      in.basis_text_en = kExamSourceEn;
      in.title = role_zh + g.gap.name + "任职6个月内未经安全生产知识和管理能力考核合格";
      in.description = role_zh + g.gap.name + "于 " + g.gap.appointed_on + " 任职，应于 " +
                       g.gap.due_on + " 前考核合格，截至 " + today + " 无考核合格记录。";
    } else {
      in.basis_text_zh = kSpecialWorkerSourceZh;
      in.basis_text_en = kSpecialWorkerSourceEn;
      in.title = "特种作业人员" + g.gap.name + "无有效特种作业操作证";
      in.description = "特种作业人员" + g.gap.name + "（" + g.gap.appointed_on + " 上岗）截至 " +
                       today + " 无有效的特种作业操作证。";
    }
    if (hidden_danger::OpenDerivedMajorHiddenDanger(conn, in, &pushes, now)) ++r.hidden_dangers;
  }
  const auto thresholds = ReminderThresholds(config);
  if (!thresholds.empty()) {
    const std::string until = core::FormatIsoDate(core::AddDays(today_date, thresholds.front()));
    for (const auto& c : CertificatesEndingBetween(conn, today, until)) {
      auto due = DueReminder(*core::ParseIsoDate(c.valid_to), today_date, thresholds, c.sent);
      if (!due) continue;
      bool fresh = false;
      for (auto t : due->record) fresh |= RecordReminder(conn, c.id, t, at);
      if (!fresh) continue;
      const std::string title = "证书即将到期：" + c.person_name + " " +
                                std::string(CertificateKindZh(c.kind));
      const std::string body = "证书编号 " + c.number + "，有效期至 " + c.valid_to + "（剩余 " +
                               std::to_string(due->days_left) + " 天）";
      const std::string link = "/qualifications/people/" + std::to_string(c.person_id);
      std::size_t n = 0;
      if (c.enterprise_id)
        n = notifications::NotifyEnterpriseUsers(conn, pushes, *c.enterprise_id,
                                                 kCertificateExpiryNotification, title, body, link);
      else if (c.agency_id)
        n = notifications::NotifyAgencyUsers(conn, pushes, *c.agency_id,
                                             kCertificateExpiryNotification, title, body, link);
      audit::Append(conn, {std::nullopt, "system", "", now}, "qualification_certificate_reminder",
                    "person_certificate", std::to_string(c.id), nullptr,
                    json::object{{"valid_to", c.valid_to},
                                 {"threshold_days", due->notify_threshold},
                                 {"days_left", due->days_left},
                                 {"recipients", static_cast<std::int64_t>(n)}});
      ++r.reminders;
    }
  }
  tx.Commit();
  return r;
}

void RequireStorekeeperQualification(storage::Connection& conn, std::int64_t user_id,
                                     const std::string& display_name, const std::string& field,
                                     std::int64_t now) {
  if (LoadQualificationConfig(conn).custody_requires_storekeeper_certificate == 0) return;
  const std::string today = core::ChinaIsoDate(now);
  if (HoldsValidQualification(conn, user_id, "storekeeper", today)) return;
  const std::string name = display_name.empty() ? UserDisplayName(conn, user_id) : display_name;
  core::Invalid(Err("storekeeper_certificate_missing").At(field, name, today));
}

void RequireManager(storage::Connection& conn, std::int64_t user_id,
                    const std::string& display_name, const std::string& field, std::int64_t now) {
  const std::string today = core::ChinaIsoDate(now);
  auto p = PersonOfUser(conn, user_id, today);
  if (p && (p->is_manager || IsManagerRole(p->role))) return;
  // A unit that keeps no people records yet cannot be checked: the roster stands.
  if (!p && !OrganisationOfUserKeepsPeople(conn, user_id, today)) return;
  const std::string name = display_name.empty() ? UserDisplayName(conn, user_id) : display_name;
  core::Invalid(Err("duty_leader_not_manager").At(field, name));
}

void RequireCustodyQualification(storage::Connection& conn, std::int64_t storekeeper_id,
                                 std::int64_t second_person_id, std::int64_t now) {
  if (LoadQualificationConfig(conn).custody_requires_storekeeper_certificate == 0) return;
  if (storekeeper_id) RequireStorekeeperQualification(conn, storekeeper_id, "", "storekeeper_id", now);
  if (second_person_id)
    RequireStorekeeperQualification(conn, second_person_id, "", "second_person", now);
}

}  // namespace anjian::qualifications
