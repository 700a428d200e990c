// /api/v1/qualification-people, /qualification-certificates, /training-records,
// /qualification-summary, /safety-department, /enforcement-staff: parse and check input, call
// the service, render JSON (lists filter, page and export to Excel).
#include "qualifications/people/people_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "files/file_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"
#include "qualifications/people/people_service.hpp"
#include "qualifications/people/qualifications_errors.hpp"

namespace anjian::qualifications {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::pair<std::string, std::string> Lists(const std::vector<std::string>& values,
                                          std::string_view (*zh)(std::string_view)) {
  std::string en, z;
  for (const auto& v : values) {
    en += (en.empty() ? "" : ", ") + v;
    z += (z.empty() ? "" : "、") + v + "（" + std::string(zh(v)) + "）";
  }
  return {en, z};
}

std::vector<std::string> EnterpriseRoles() {
  std::vector<std::string> out;
  for (const auto& r : Roles())
    if (IsEnterpriseRole(r)) out.push_back(r);
  return out;
}

// A required or optional date field "YYYY-MM-DD"; "" when absent or invalid (error added).
std::string DateField(api::JsonInput& in, const char* key, bool required) {
  std::string v = in.Str(key, required, 10);
  if (v.empty()) return "";
  if (!core::ParseIsoDate(v)) {
    in.AddError(core::CoreErr("date_invalid").At(key));
    return "";
  }
  return v;
}

std::string QueryDate(Context& ctx, const char* key, std::vector<FieldError>& errs) {
  auto q = api::Trim(ctx.req.Query(key).value_or(""));
  if (q.empty()) return "";
  if (!core::ParseIsoDate(q)) {
    errs.push_back(core::CoreErr("date_invalid").At(key));
    return "";
  }
  return q;
}

std::optional<std::int64_t> QueryId(Context& ctx, const char* key, std::vector<FieldError>& errs) {
  auto q = api::Trim(ctx.req.Query(key).value_or(""));
  if (q.empty()) return std::nullopt;
  try {
    return std::stoll(q);
  } catch (...) {
    errs.push_back(core::CoreErr("type").At(key, "an integer", "整数"));
    return std::nullopt;
  }
}

std::string Today(Context& ctx) { return core::ChinaIsoDate(ctx.Now()); }

json::value Opt(const std::optional<std::string>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}
json::value Opt(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

std::string ExamStateOf(const PersonRow& p, const std::string& today) {
  if (!p.exam_due_on) return "not_required";
  std::optional<core::Date> passed;
  if (p.exam_passed_on) passed = core::ParseIsoDate(*p.exam_passed_on);
  return std::string(ExamStateValue(
      ExaminationState(*core::ParseIsoDate(*p.exam_due_on), passed, *core::ParseIsoDate(today))));
}

json::object PersonJson(const PersonRow& p, const std::string& today) {
  return json::object{{"id", p.id},
                      {"enterprise_id", Opt(p.enterprise_id)},
                      {"agency_id", Opt(p.agency_id)},
                      {"owner_name", p.owner_name},
                      {"name", p.name},
                      {"role", p.role},
                      {"role_zh", RoleZh(p.role)},
                      {"post", p.post},
                      {"is_manager", p.is_manager},
                      {"full_time", p.full_time},
                      {"user_id", Opt(p.user_id)},
                      {"username", p.username},
                      {"phone", p.phone},
                      {"appointed_on", p.appointed_on},
                      {"exam_due_on", Opt(p.exam_due_on)},
                      {"exam_passed_on", Opt(p.exam_passed_on)},
                      {"exam_state", ExamStateOf(p, today)},
                      {"left_on", Opt(p.left_on)},
                      {"in_post", !p.left_on.has_value()},
                      {"certificates_valid", p.certificates_valid},
                      {"next_expiry", Opt(p.next_expiry)},
                      {"version", p.version},
                      {"updated_at", p.updated_at}};
}

json::object CertificateJson(const CertificateRow& c, const std::string& today,
                             const QualificationConfig& config) {
  const auto state =
      CertificateState(*core::ParseIsoDate(c.valid_from), *core::ParseIsoDate(c.valid_to),
                       c.revoked_on.has_value(), *core::ParseIsoDate(today), config);
  return json::object{{"id", c.id},
                      {"person_id", c.person_id},
                      {"person_name", c.person_name},
                      {"person_role", c.person_role},
                      {"owner_name", c.owner_name},
                      {"kind", c.kind},
                      {"kind_zh", CertificateKindZh(c.kind)},
                      {"number", c.number},
                      {"issuer", c.issuer},
                      {"valid_from", c.valid_from},
                      {"valid_to", c.valid_to},
                      {"days_left", core::DaysBetween(*core::ParseIsoDate(today),
                                                      *core::ParseIsoDate(c.valid_to))},
                      {"state", state},
                      {"file_id", Opt(c.file_id)},
                      {"revoked_on", Opt(c.revoked_on)},
                      {"revoked_reason", c.revoked_reason},
                      {"created_at", c.created_at}};
}

json::object TrainingJson(const TrainingRow& t) {
  return json::object{{"id", t.id},
                      {"person_id", t.person_id},
                      {"person_name", t.person_name},
                      {"person_role", t.person_role},
                      {"owner_name", t.owner_name},
                      {"course", t.course},
                      {"provider", t.provider},
                      {"trained_on", t.trained_on},
                      {"class_hours", t.class_hours},
                      {"exam_result", t.exam_result},
                      {"score", Opt(t.score)},
                      {"recorded_at", t.recorded_at}};
}

PersonFilter PeopleFilterOf(Context& ctx, bool agency_staff) {
  std::vector<FieldError> errs;
  PersonFilter f;
  f.agency_staff = agency_staff;
  f.today = Today(ctx);
  f.role = api::Trim(ctx.req.Query("role").value_or(""));
  if (!f.role.empty() && !IsRole(f.role)) {
    auto [en, zh] = Lists(Roles(), RoleZh);
    errs.push_back(Err("role_invalid").At("role", en, zh));
  }
  f.name = api::Trim(ctx.req.Query("name").value_or(""));
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && f.status != "in_post" && f.status != "left")
    errs.push_back(core::CoreErr("status_invalid")
                       .At("status", "in_post, left", "in_post（在岗）、left（离岗）"));
  f.exam = api::Trim(ctx.req.Query("exam").value_or(""));
  if (!f.exam.empty() && f.exam != "overdue")
    errs.push_back(core::CoreErr("status_invalid").At("exam", "overdue", "overdue（逾期未考核）"));
  f.enterprise_id = QueryId(ctx, "enterprise_id", errs);
  f.agency_id = QueryId(ctx, "agency_id", errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

PersonInput ReadPerson(api::JsonInput& in, bool agency_staff) {
  PersonInput p;
  p.name = in.Str("name", true, 50);
  p.role = agency_staff ? std::string("enforcement") : in.Str("role", true, 30);
  if (agency_staff) {  // the staff form may send its fixed role; any other is refused
    const std::string sent = in.Str("role", false, 30);
    if (!sent.empty() && sent != "enforcement")
      in.AddError(core::CoreErr("kind_invalid").At("role", "enforcement", "enforcement（执法人员）"));
  }
  if (!agency_staff && !p.role.empty() && !IsEnterpriseRole(p.role)) {
    auto roles = EnterpriseRoles();
    auto [en, zh] = Lists(roles, RoleZh);
    in.AddError(Err("role_invalid").At("role", en, zh));
  }
  p.post = in.Str("post", false, 100);
  p.phone = in.Str("phone", false, 30);
  p.appointed_on = DateField(in, "appointed_on", true);
  p.is_manager = in.Bool("is_manager");
  p.full_time = in.Bool("full_time");
  p.user_id = in.Int("user_id");  // null or absent: no account
  return p;
}

TrainingInput ReadTraining(api::JsonInput& in) {
  TrainingInput t;
  t.course = in.Str("course", true, 200);
  t.provider = in.Str("provider", false, 200);
  t.trained_on = DateField(in, "trained_on", true);
  if (auto h = in.Int("class_hours", true)) {
    t.class_hours = *h;
    for (auto& e : CheckClassHours(*h)) in.AddError(std::move(e));
  }
  t.exam_result = in.Str("exam_result", false, 10);
  if (t.exam_result.empty()) t.exam_result = "none";
  if (!IsExamResult(t.exam_result))
    in.AddError(core::CoreErr("kind_invalid")
                    .At("exam_result", "pass, fail, none", "pass（合格）、fail（不合格）、none（无考试）"));
  t.score = in.Int("score");
  if (t.score && (*t.score < 0 || *t.score > 100))
    in.AddError(core::CoreErr("range").At("score", 0, 100));
  return t;
}

void RequireNotFuture(api::JsonInput& in, const std::string& day, const char* key,
                      const std::string& today) {
  if (!day.empty() && day > today) in.AddError(Err("qualification_date_future").At(key));
}

std::int64_t OwnEnterprise(Context& ctx) {
  if (!ctx.who().enterprise_id) core::Invalid(core::CoreErr("enterprise_account_required").At());
  return *ctx.who().enterprise_id;
}

Response PersonResponse(Context& ctx, storage::Connection& conn, std::int64_t id, int status) {
  auto p = FindPerson(conn, ctx.scope(), id);
  if (!p) throw ApiException{Error::NotFound("person")};
  const std::string today = Today(ctx);
  const auto config = LoadQualificationConfig(conn);
  json::object o = PersonJson(*p, today);
  json::array certs;
  for (const auto& c : CertificatesOf(conn, id)) certs.push_back(CertificateJson(c, today, config));
  o["certificates"] = std::move(certs);
  json::array exams;
  for (const auto& e : ExaminationsOf(conn, id))
    exams.push_back(json::object{{"id", e.id},
                                 {"appointed_on", e.appointed_on},
                                 {"examined_on", e.examined_on},
                                 {"passed", e.passed},
                                 {"authority", e.authority},
                                 {"certificate_no", e.certificate_no},
                                 {"note", e.note},
                                 {"recorded_at", e.recorded_at}});
  o["examinations"] = std::move(exams);
  json::array training;
  for (const auto& t : TrainingOf(conn, id)) training.push_back(TrainingJson(t));
  o["training"] = std::move(training);
  const std::string year = today.substr(0, 4);
  const std::int64_t done = TrainingHours(conn, id, year + "-01-01", year + "-12-31");
  o["annual_hours"] = json::object{{"year", std::stoll(year)},
                                   {"required", RequiredAnnualHours(p->role, config)},
                                   {"done", done},
                                   {"shortfall", HoursShortfall(p->role, done, config)},
                                   {"source", kHoursSourceZh},
                                   {"source_en", kHoursSourceEn}};
  o["exam_source"] = kExamSourceZh;
  o["exam_source_en"] = kExamSourceEn;
  o["exam_months"] = config.exam_months;
  return api::JsonResponse(o, status);
}

}  // namespace

Response ListPeopleHandler(Context& ctx) {
  auto f = PeopleFilterOf(ctx, false);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t total = CountPeople(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& p : ListPeople(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(PersonJson(p, f.today));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportPeopleHandler(Context& ctx) {
  auto f = PeopleFilterOf(ctx, false);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& p : ListPeople(*conn, ctx.scope(), f, 10000, 0)) {
    const std::string state = ExamStateOf(p, f.today);
    const char* exam = state == "passed"    ? "已考核合格"
                       : state == "pending" ? "待考核"
                       : state == "overdue" ? "逾期未考核"
                                            : "不适用";
    rows.push_back({p.owner_name, p.name, std::string(RoleZh(p.role)), p.post,
                    std::string(p.full_time ? "是" : "否"), p.appointed_on,
                    p.exam_due_on.value_or(""), std::string(exam), p.certificates_valid,
                    p.next_expiry.value_or(""), p.left_on.value_or("")});
  }
  return api::XlsxDownload("人员资格.xlsx", "人员资格",
                           {"单位", "姓名", "岗位", "职务", "专职", "任职日期", "考核期限",
                            "考核情况", "有效证书数", "最近到期日", "离岗日期"},
                           rows);
}

Response CreatePersonHandler(Context& ctx) {
  const std::int64_t enterprise_id = OwnEnterprise(ctx);
  api::JsonInput in(ctx.req.body);
  PersonInput p = ReadPerson(in, false);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  Owner owner{enterprise_id, std::nullopt, ctx.who().region_path};
  const std::int64_t id = CreatePerson(*conn, owner, p, api::ActorOf(ctx), ctx.Now());
  return PersonResponse(ctx, *conn, id, 201);
}

Response GetPersonHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return PersonResponse(ctx, *conn, ctx.PathId(), 200);
}

Response UpdatePersonHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  auto current = FindPerson(*conn, ctx.scope(), id);
  if (!current) throw ApiException{Error::NotFound("person")};
  api::JsonInput in(ctx.req.body);
  PersonInput p = ReadPerson(in, current->agency_id.has_value());
  in.Finish();
  UpdatePersonRecord(*conn, ctx.scope(), id, p, api::ActorOf(ctx), ctx.Now());
  return PersonResponse(ctx, *conn, id, 200);
}

Response LeavePostHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  {
    auto conn = ctx.svc.db->Acquire();
    if (!FindPerson(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("person")};
  }
  api::JsonInput in(ctx.req.body);
  const std::string left_on = DateField(in, "left_on", true);
  RequireNotFuture(in, left_on, "left_on", Today(ctx));
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  LeavePost(*conn, ctx.scope(), id, left_on, api::ActorOf(ctx), ctx.Now());
  return PersonResponse(ctx, *conn, id, 200);
}

Response AddCertificateHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FindPerson(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("person")};
  api::JsonInput in(ctx.req.body);
  CertificateInput c;
  c.kind = in.Str("kind", true, 30);
  if (!c.kind.empty() && !IsCertificateKind(c.kind)) {
    auto [en, zh] = Lists(CertificateKinds(), CertificateKindZh);
    in.AddError(core::CoreErr("kind_invalid").At("kind", en, zh));
  }
  c.number = in.Str("number", true, 60);
  c.issuer = in.Str("issuer", true, 100);
  c.valid_from = DateField(in, "valid_from", true);
  c.valid_to = DateField(in, "valid_to", true);
  if (!c.valid_from.empty() && !c.valid_to.empty())
    for (auto& e : CheckCertificateDates(*core::ParseIsoDate(c.valid_from),
                                         *core::ParseIsoDate(c.valid_to)))
      in.AddError(std::move(e));
  c.file_id = in.Int("file_id");
  if (c.file_id) {
    std::vector<FieldError> errs;
    files::CheckAttachments(*conn, ctx.who(), {*c.file_id}, "file_id", errs);
    for (auto& e : errs) in.AddError(std::move(e));
  }
  in.Finish();
  AddCertificate(*conn, ctx.scope(), id, c, api::ActorOf(ctx), ctx.Now());
  return PersonResponse(ctx, *conn, id, 201);
}

Response AddExaminationHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  if (!FindPerson(*conn, ctx.scope(), id)) throw ApiException{Error::NotFound("person")};
  api::JsonInput in(ctx.req.body);
  ExaminationInput e;
  e.examined_on = DateField(in, "examined_on", true);
  e.passed = in.Bool("passed");
  e.authority = in.Str("authority", true, 100);
  e.certificate_no = in.Str("certificate_no", false, 60);
  e.note = in.Str("note", false, 1000);
  in.Finish();
  AddExamination(*conn, ctx.scope(), id, e, api::ActorOf(ctx), ctx.Now());
  return PersonResponse(ctx, *conn, id, 201);
}

Response AddTrainingHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  auto p = FindPerson(*conn, ctx.scope(), id);
  if (!p) throw ApiException{Error::NotFound("person")};
  if (p->agency_id) core::Invalid(Err("training_owner_mismatch").At());
  api::JsonInput in(ctx.req.body);
  TrainingInput t = ReadTraining(in);
  RequireNotFuture(in, t.trained_on, "trained_on", Today(ctx));
  in.Finish();
  AddTraining(*conn, ctx.scope(), id, t, api::ActorOf(ctx), ctx.Now());
  return PersonResponse(ctx, *conn, id, 201);
}

namespace {
CertificateFilter CertificateFilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  CertificateFilter f;
  f.kind = api::Trim(ctx.req.Query("kind").value_or(""));
  if (!f.kind.empty() && !IsCertificateKind(f.kind)) {
    auto [en, zh] = Lists(CertificateKinds(), CertificateKindZh);
    errs.push_back(core::CoreErr("kind_invalid").At("kind", en, zh));
  }
  f.number = api::Trim(ctx.req.Query("number").value_or(""));
  f.expires_before = QueryDate(ctx, "expires_before", errs);
  f.enterprise_id = QueryId(ctx, "enterprise_id", errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

TrainingFilter TrainingFilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  TrainingFilter f;
  f.from = QueryDate(ctx, "from", errs);
  f.to = QueryDate(ctx, "to", errs);
  f.course = api::Trim(ctx.req.Query("course").value_or(""));
  f.enterprise_id = QueryId(ctx, "enterprise_id", errs);
  const auto staff = api::Trim(ctx.req.Query("staff").value_or(""));
  if (!staff.empty() && staff != "agency" && staff != "enterprise")
    errs.push_back(core::CoreErr("kind_invalid")
                       .At("staff", "enterprise, agency", "enterprise（企业人员）、agency（执法人员）"));
  f.agency_staff = staff == "agency";
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}
}  // namespace

Response ListCertificatesHandler(Context& ctx) {
  auto f = CertificateFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const std::string today = Today(ctx);
  const auto config = LoadQualificationConfig(*conn);
  const std::int64_t total = CountCertificates(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& c : ListCertificates(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(CertificateJson(c, today, config));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportCertificatesHandler(Context& ctx) {
  auto f = CertificateFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  const std::string today = Today(ctx);
  const auto config = LoadQualificationConfig(*conn);
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& c : ListCertificates(*conn, ctx.scope(), f, 10000, 0)) {
    const auto j = CertificateJson(c, today, config);
    const std::string state(j.at("state").as_string());
    const char* zh = state == "valid"      ? "有效"
                     : state == "expiring" ? "即将到期"
                     : state == "expired"  ? "已过期"
                     : state == "revoked"  ? "已注销"
                                           : "未生效";
    rows.push_back({c.owner_name, c.person_name, std::string(RoleZh(c.person_role)),
                    std::string(CertificateKindZh(c.kind)), c.number, c.issuer, c.valid_from,
                    c.valid_to, std::string(zh)});
  }
  return api::XlsxDownload("人员证书.xlsx", "人员证书",
                           {"单位", "姓名", "岗位", "证书类别", "证书编号", "发证机关",
                            "有效期起", "有效期至", "状态"},
                           rows);
}

Response RevokeCertificateHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  {
    auto conn = ctx.svc.db->Acquire();
    if (!FindCertificate(*conn, ctx.scope(), id))
      throw ApiException{Error::NotFound("certificate")};
  }
  api::JsonInput in(ctx.req.body);
  const std::string reason = in.Str("reason", true, 500);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  RevokeCertificateRecord(*conn, ctx.scope(), id, reason, api::ActorOf(ctx), ctx.Now());
  auto c = FindCertificate(*conn, ctx.scope(), id);
  return api::JsonResponse(CertificateJson(*c, Today(ctx), LoadQualificationConfig(*conn)));
}

Response ListTrainingHandler(Context& ctx) {
  auto f = TrainingFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t total = CountTraining(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& t : ListTraining(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(TrainingJson(t));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportTrainingHandler(Context& ctx) {
  auto f = TrainingFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& t : ListTraining(*conn, ctx.scope(), f, 10000, 0)) {
    const char* result = t.exam_result == "pass" ? "合格" : t.exam_result == "fail" ? "不合格" : "无考试";
    rows.push_back({t.owner_name, t.person_name, std::string(RoleZh(t.person_role)), t.course,
                    t.provider, t.trained_on, t.class_hours, std::string(result),
                    t.score ? office::Cell(*t.score) : office::Cell(std::string())});
  }
  return api::XlsxDownload("培训记录.xlsx", "培训记录",
                           {"单位", "姓名", "岗位", "课程", "培训机构", "培训日期", "学时",
                            "考试结果", "成绩"},
                           rows);
}

namespace {
Response SummaryResponse(Context& ctx, storage::Connection& conn, std::int64_t enterprise_id) {
  // The enterprise must be in the caller's scope (404 otherwise, like a missing one).
  if (!EnterpriseInScope(conn, ctx.scope(), enterprise_id))
    throw ApiException{Error::NotFound("enterprise")};
  PersonFilter f;
  f.enterprise_id = enterprise_id;
  f.today = Today(ctx);
  const std::string today = f.today;
  const auto facts = SafetyDepartmentFactsOf(conn, enterprise_id, today);
  const auto dept = FindSafetyDepartment(conn, enterprise_id);
  json::array gaps;
  for (const auto& g : ExaminationGaps(conn, enterprise_id, today))
    gaps.push_back(json::object{{"person_id", g.person_id},
                                {"name", g.name},
                                {"role", g.role},
                                {"role_zh", RoleZh(g.role)},
                                {"kind", g.kind},
                                {"appointed_on", g.appointed_on},
                                {"due_on", g.due_on},
                                {"source", g.kind == "not_examined" ? kExamSourceZh
                                                                    : kSpecialWorkerSourceZh}});
  CertificateFilter cf;
  cf.enterprise_id = enterprise_id;
  const auto config = LoadQualificationConfig(conn);
  const auto thresholds = ReminderThresholds(config);
  cf.expires_before = core::FormatIsoDate(
      core::AddDays(*core::ParseIsoDate(today), thresholds.empty() ? 0 : thresholds.front()));
  f.status = "in_post";
  json::object o{
      {"enterprise_id", enterprise_id},
      {"date", today},
      {"safety_department",
       json::object{{"has_department", facts.has_department},
                    {"name", dept ? json::value(dept->name) : json::value(nullptr)},
                    {"established_on",
                     dept ? json::value(dept->established_on) : json::value(nullptr)},
                    {"document_no", dept ? json::value(dept->document_no) : json::value(nullptr)},
                    {"safety_managers", facts.safety_managers},
                    {"full_time_safety_managers", facts.full_time_safety_managers},
                    {"satisfied", facts.Satisfied()},
                    {"source", "《安全生产许可证条例》第六条；工信部安全〔2024〕234号第二项"}}},
      {"gaps", std::move(gaps)},
      {"people_in_post", CountPeople(conn, ctx.scope(), f)},
      {"certificates_expiring_or_expired", CountCertificates(conn, ctx.scope(), cf)}};
  return api::JsonResponse(o);
}
}  // namespace

Response QualificationSummaryHandler(Context& ctx) {
  std::vector<FieldError> errs;
  auto given = QueryId(ctx, "enterprise_id", errs);
  if (!errs.empty()) core::Invalid(std::move(errs));
  std::int64_t enterprise_id = 0;
  if (ctx.who().enterprise_id) {
    enterprise_id = *ctx.who().enterprise_id;
    if (given && *given != enterprise_id) throw ApiException{Error::NotFound("enterprise")};
  } else if (given) {
    enterprise_id = *given;
  } else {
    core::Invalid(core::CoreErr("required").At("enterprise_id"));
  }
  auto conn = ctx.svc.db->Acquire();
  return SummaryResponse(ctx, *conn, enterprise_id);
}

Response PutSafetyDepartmentHandler(Context& ctx) {
  const std::int64_t enterprise_id = OwnEnterprise(ctx);
  api::JsonInput in(ctx.req.body);
  SafetyDepartmentRow d;
  d.name = in.Str("name", true, 100);
  d.established_on = DateField(in, "established_on", true);
  RequireNotFuture(in, d.established_on, "established_on", Today(ctx));
  d.document_no = in.Str("document_no", false, 100);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  SetSafetyDepartment(*conn, enterprise_id, d, api::ActorOf(ctx), ctx.Now());
  return SummaryResponse(ctx, *conn, enterprise_id);
}

Response ListStaffHandler(Context& ctx) {
  auto f = PeopleFilterOf(ctx, true);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const auto config = LoadQualificationConfig(*conn);
  const std::string year = f.today.substr(0, 4);
  const std::int64_t total = CountPeople(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& p : ListPeople(*conn, ctx.scope(), f, size, (page - 1) * size)) {
    json::object o = PersonJson(p, f.today);
    const std::int64_t done = TrainingHours(*conn, p.id, year + "-01-01", year + "-12-31");
    o["annual_hours"] = json::object{{"required", RequiredAnnualHours(p.role, config)},
                                     {"done", done},
                                     {"shortfall", HoursShortfall(p.role, done, config)}};
    items.push_back(std::move(o));
  }
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response CreateStaffHandler(Context& ctx) {
  if (!ctx.who().agency_id) core::Invalid(Err("agency_account_required").At());
  api::JsonInput in(ctx.req.body);
  PersonInput p = ReadPerson(in, true);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  Owner owner{std::nullopt, ctx.who().agency_id, ctx.who().region_path};
  const std::int64_t id = CreatePerson(*conn, owner, p, api::ActorOf(ctx), ctx.Now());
  return PersonResponse(ctx, *conn, id, 201);
}

Response AddStaffTrainingHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  if (!ctx.who().agency_id) core::Invalid(Err("agency_account_required").At());
  auto conn = ctx.svc.db->Acquire();
  auto p = FindPerson(*conn, ctx.scope(), id);
  if (!p) throw ApiException{Error::NotFound("person")};
  if (p->agency_id != ctx.who().agency_id) throw ApiException{Error::NotFound("person")};
  api::JsonInput in(ctx.req.body);
  TrainingInput t = ReadTraining(in);
  RequireNotFuture(in, t.trained_on, "trained_on", Today(ctx));
  in.Finish();
  AddTraining(*conn, ctx.scope(), id, t, api::ActorOf(ctx), ctx.Now());
  return PersonResponse(ctx, *conn, id, 201);
}

// An enforcement staff member edited by its own agency (another agency's staff answers 404).
Response UpdateStaffHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  if (!ctx.who().agency_id) core::Invalid(Err("agency_account_required").At());
  auto conn = ctx.svc.db->Acquire();
  auto p = FindPerson(*conn, ctx.scope(), id);
  if (!p || p->agency_id != ctx.who().agency_id) throw ApiException{Error::NotFound("person")};
  api::JsonInput in(ctx.req.body);
  PersonInput input = ReadPerson(in, true);
  in.Finish();
  UpdatePersonRecord(*conn, ctx.scope(), id, input, api::ActorOf(ctx), ctx.Now());
  return PersonResponse(ctx, *conn, id, 200);
}

}  // namespace anjian::qualifications
