// /api/v1/veto-rounds and /api/v1/veto-applications: rounds (list, export, create, one with its
// figures and history), applications added by the agency (by name or from a workbook) or by
// the enterprise, the round's check and its confirmation; an application with every reason.
#include "credit/veto/veto_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "credit/veto/veto_errors.hpp"
#include "credit/veto/veto_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"
#include "platform/office/format_error.hpp"
#include "platform/office/table_file.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::veto {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

const char* ResultZh(const std::string& r) {
  return r == "vetoed" ? "否决" : r == "passed" ? "通过" : "待审查";
}

std::string KindZh(const std::string& k) {
  auto kind = ParseKind(k);
  return kind ? std::string(KindLabelZh(*kind)) : k;
}

json::object RoundJson(const RoundRow& r) {
  return json::object{
      {"id", r.id},
      {"name", r.name},
      {"kind", r.kind},
      {"kind_zh", KindZh(r.kind)},
      {"agency", json::object{{"id", r.agency_id}, {"name", r.agency_name}}},
      {"period_from", r.period_from},
      {"period_to", r.period_to},
      {"status", r.status},
      {"checked_at", r.checked_at.empty() ? json::value(nullptr) : json::value(r.checked_at)},
      {"applications", r.applications},
      {"vetoed", r.vetoed},
      {"total", r.total},
      {"pending", r.pending},
      {"confirmed_at",
       r.confirmed_at.empty() ? json::value(nullptr) : json::value(r.confirmed_at)},
      {"confirmed_by", r.confirmed_by_name},
      {"result_hash", r.result_hash},
      {"created_by", r.created_by_name},
      {"created_at", r.created_at}};
}

json::object ApplicationJson(const ApplicationRow& a) {
  json::value reasons = json::parse(a.reasons_json);
  return json::object{
      {"id", a.id},
      {"round",
       json::object{{"id", a.round_id},
                    {"name", a.round_name},
                    {"kind", a.round_kind},
                    {"kind_zh", KindZh(a.round_kind)},
                    {"status", a.round_status},
                    {"period_from", a.period_from},
                    {"period_to", a.period_to},
                    {"agency_name", a.agency_name},
                    {"confirmed_at",
                     a.confirmed_at.empty() ? json::value(nullptr) : json::value(a.confirmed_at)},
                    {"result_hash", a.result_hash}}},
      {"enterprise",
       json::object{{"id", a.enterprise_id}, {"name", a.enterprise_name}, {"uscc", a.enterprise_uscc}}},
      {"applicant_name", a.applicant_name},
      {"project", a.project},
      {"source", a.source},
      {"result", a.result},
      {"reasons", std::move(reasons)},
      {"checked_at", a.checked_at.empty() ? json::value(nullptr) : json::value(a.checked_at)},
      {"created_at", a.created_at}};
}

RoundFilter RoundFilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  RoundFilter f;
  f.kind = api::Trim(ctx.req.Query("kind").value_or(""));
  if (!f.kind.empty() && !ParseKind(f.kind)) {
    auto [en, zh] = KindLists();
    errs.push_back(core::CoreErr("kind_invalid").At("kind", en, zh));
  }
  f.status = api::Trim(ctx.req.Query("status").value_or(""));
  if (!f.status.empty() && f.status != "open" && f.status != "confirmed")
    errs.push_back(core::CoreErr("status_invalid")
                       .At("status", "open, confirmed", "open（审查中）、confirmed（已确认）"));
  f.name = api::Trim(ctx.req.Query("name").value_or(""));
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

ApplicationFilter ApplicationFilterOf(Context& ctx) {
  std::vector<FieldError> errs;
  ApplicationFilter f;
  auto round = api::Trim(ctx.req.Query("round_id").value_or(""));
  if (!round.empty()) {
    try {
      f.round_id = std::stoll(round);
    } catch (...) {
      errs.push_back(core::CoreErr("type").At("round_id", "an integer", "整数"));
    }
  }
  auto ent = api::Trim(ctx.req.Query("enterprise_id").value_or(""));
  if (!ent.empty()) {
    try {
      f.enterprise_id = std::stoll(ent);
    } catch (...) {
      errs.push_back(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    }
  }
  f.result = api::Trim(ctx.req.Query("result").value_or(""));
  if (!f.result.empty() && f.result != "pending" && f.result != "passed" && f.result != "vetoed")
    errs.push_back(core::CoreErr("status_invalid")
                       .At("result", "pending, passed, vetoed",
                           "pending（待审查）、passed（通过）、vetoed（否决）"));
  f.enterprise_name = api::Trim(ctx.req.Query("enterprise_name").value_or(""));
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

RoundRow RoundInScope(storage::Connection& conn, Context& ctx, std::int64_t id) {
  auto r = FindRound(conn, ctx.scope(), id);
  if (!r) throw ApiException{Error::NotFound("veto_round")};
  return *r;
}

Response RoundResponse(Context& ctx, storage::Connection& conn, std::int64_t id, int status) {
  const RoundRow r = RoundInScope(conn, ctx, id);
  json::object o = RoundJson(r);
  json::array events;
  for (const auto& e : EventsOfRound(conn, id))
    events.push_back(json::object{
        {"id", e.id},
        {"application_id",
         e.application_id ? json::value(*e.application_id) : json::value(nullptr)},
        {"action", e.action},
        {"details", json::parse(e.details_json)},
        {"by", e.by_name},
        {"at", e.at}});
  o["events"] = std::move(events);
  auto kind = ParseKind(r.kind);
  o["period_source"] = kVetoSourceZh;
  o["period_months"] = kind ? MonthsOf(*kind, LoadVetoConfig(conn)) : 0;
  return api::JsonResponse(o, status);
}

std::optional<core::Date> DateField(api::JsonInput& in, const char* key) {
  auto s = in.Str(key, false, 10);
  if (s.empty()) return std::nullopt;
  auto d = core::ParseIsoDate(s);
  if (!d) in.AddError(core::CoreErr("date_invalid").At(key));
  return d;
}

}  // namespace

Response ListRoundsHandler(Context& ctx) {
  auto f = RoundFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t total = CountRounds(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& r : ListRounds(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(RoundJson(r));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportRoundsHandler(Context& ctx) {
  auto f = RoundFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& r : ListRounds(*conn, ctx.scope(), f, 10000, 0))
    rows.push_back({r.name, KindZh(r.kind), r.agency_name, r.period_from + " 至 " + r.period_to,
                    r.total, r.applications, r.vetoed,
                    r.status == "confirmed" ? "已确认" : "审查中",
                    r.confirmed_at.empty()
                        ? std::string()
                        : core::ChinaIsoDateTime(core::UnixFromIso(r.confirmed_at)),
                    r.result_hash});
  return api::XlsxDownload("一票否决评选批次.xlsx", "评选批次",
                           {"批次名称", "类别", "组织单位", "评选期间", "申报数", "已审查",
                            "否决数", "状态", "确认时间", "结果哈希"},
                           rows);
}

Response CreateRoundHandler(Context& ctx) {
  if (!ctx.who().agency_id) core::Invalid(Err("veto_round_agency_required").At());
  api::JsonInput in(ctx.req.body);
  RoundInput r;
  r.name = in.Str("name", true, 100);
  const std::string kind = in.Str("kind", true, 40);
  if (!kind.empty()) {
    if (auto k = ParseKind(kind)) {
      r.kind = *k;
    } else {
      auto [en, zh] = KindLists();
      in.AddError(core::CoreErr("kind_invalid").At("kind", en, zh));
    }
  }
  auto from = DateField(in, "period_from");
  auto to = DateField(in, "period_to");
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  const core::Date today = core::ChinaDate(ctx.Now());
  r.period = DefaultPeriod(r.kind, LoadVetoConfig(*conn), today);
  if (from) r.period.from = *from;
  if (to) r.period.to = *to;
  if (auto errs = CheckPeriod(r.period, today); !errs.empty()) core::Invalid(std::move(errs));
  r.agency_id = *ctx.who().agency_id;
  r.region_path = ctx.who().region_path;
  const std::int64_t id = CreateRound(*conn, r, api::ActorOf(ctx), ctx.Now());
  return RoundResponse(ctx, *conn, id, 201);
}

Response GetRoundHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return RoundResponse(ctx, *conn, ctx.PathId(), 200);
}

Response AddApplicationHandler(Context& ctx) {
  const std::int64_t round_id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  const RoundRow round = RoundInScope(*conn, ctx, round_id);
  api::JsonInput in(ctx.req.body);
  auto enterprise_id = in.Int("enterprise_id");
  std::string name = in.Str("enterprise_name", !enterprise_id, 200);
  ApplicationInput a;
  a.applicant_name = in.Str("applicant_name", false, 50);
  a.project = in.Str("project", false, 200);
  in.Finish();
  auto ent = enterprise_id ? EnterpriseById(*conn, ctx.scope(), round.region_path, *enterprise_id)
                           : EnterpriseByName(*conn, ctx.scope(), round.region_path, name);
  if (!ent) {
    if (enterprise_id) throw ApiException{Error::NotFound("enterprise")};
    core::Invalid(Err("veto_enterprise_unknown").At("enterprise_name", name, name));
  }
  a.enterprise_id = ent->id;
  a.region_path = ent->region_path;
  if (a.applicant_name.empty() && round.kind == "award_entrepreneur") a.applicant_name = ent->principal;
  a.source = "agency";
  auto ids = AddApplications(*conn, round_id, {a}, api::ActorOf(ctx), ctx.Now());
  auto row = FindApplication(*conn, ctx.scope(), ids.at(0));
  return api::JsonResponse(ApplicationJson(*row), 201);
}

Response ImportApplicationsHandler(Context& ctx) {
  const std::int64_t round_id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  const RoundRow round = RoundInScope(*conn, ctx, round_id);
  const std::string filename = api::PercentDecode(ctx.req.Header("x-filename"), false);
  std::vector<std::vector<std::string>> table;
  try {
    table = office::ReadTableFile(filename, ctx.req.body);
  } catch (const office::FormatError& e) {
    core::Invalid(registry::Err("file_format").At("file", e.what(), e.MessageZh()));
  }
  // Header row: 企业名称 | 申报人（企业家） | 申报项目 (the template's order).
  std::vector<ApplicationInput> apps;
  std::vector<FieldError> errs;
  for (size_t i = 1; i < table.size(); ++i) {
    const auto& row = table[i];
    auto cell = [&](size_t c) { return c < row.size() ? api::Trim(row[c]) : std::string(); };
    const std::string name = cell(0);
    if (name.empty()) continue;
    const std::string field = "rows[" + std::to_string(i + 1) + "].enterprise_name";
    auto ent = EnterpriseByName(*conn, ctx.scope(), round.region_path, name);
    if (!ent) {
      errs.push_back(Err("veto_enterprise_unknown").At(field, name, name));
      continue;
    }
    ApplicationInput a;
    a.enterprise_id = ent->id;
    a.region_path = ent->region_path;
    a.applicant_name = cell(1).substr(0, 150);
    if (a.applicant_name.empty() && round.kind == "award_entrepreneur") a.applicant_name = ent->principal;
    a.project = cell(2).substr(0, 600);
    a.source = "import";
    apps.push_back(std::move(a));
  }
  if (!errs.empty()) core::Invalid(std::move(errs));
  if (apps.empty()) core::Invalid(Err("veto_import_empty").At("file"));
  auto ids = AddApplications(*conn, round_id, apps, api::ActorOf(ctx), ctx.Now());
  return api::JsonResponse(json::object{{"imported", static_cast<std::int64_t>(ids.size())}}, 201);
}

Response ImportTemplateHandler(Context&) {
  return api::XlsxDownload("一票否决申报导入模板.xlsx", "申报",
                           {"企业名称", "申报人（企业家奖项填写主要负责人）", "申报项目"}, {});
}

Response CheckRoundHandler(Context& ctx) {
  const std::int64_t round_id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  RoundInScope(*conn, ctx, round_id);
  CheckRound(*conn, round_id, api::ActorOf(ctx), ctx.Now());
  return RoundResponse(ctx, *conn, round_id, 200);
}

Response ConfirmRoundHandler(Context& ctx) {
  const std::int64_t round_id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  RoundInScope(*conn, ctx, round_id);
  api::JsonInput in(ctx.req.body);
  CheckFigures expected;
  expected.applications = in.Int("applications", true).value_or(0);
  expected.vetoed = in.Int("vetoed", true).value_or(0);
  in.Finish();
  ConfirmRound(*conn, round_id, expected, api::ActorOf(ctx), ctx.svc.notifier, ctx.Now());
  return RoundResponse(ctx, *conn, round_id, 200);
}

Response ListApplicationsHandler(Context& ctx) {
  auto f = ApplicationFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t total = CountApplications(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& a : ListApplications(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(ApplicationJson(a));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportApplicationsHandler(Context& ctx) {
  auto f = ApplicationFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& a : ListApplications(*conn, ctx.scope(), f, 10000, 0)) {
    std::string reasons;
    const json::value parsed = json::parse(a.reasons_json);
    for (const auto& r : parsed.as_array())
      reasons += (reasons.empty() ? "" : "；") + std::string(r.at("text_zh").as_string());
    rows.push_back({a.round_name, KindZh(a.round_kind), a.enterprise_name, a.enterprise_uscc,
                    a.applicant_name, a.project, ResultZh(a.result), reasons});
  }
  return api::XlsxDownload("一票否决审查结果.xlsx", "审查结果",
                           {"评选批次", "类别", "企业", "统一社会信用代码", "申报人", "申报项目",
                            "审查结果", "否决理由"},
                           rows);
}

Response GetApplicationHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto a = FindApplication(*conn, ctx.scope(), ctx.PathId());
  if (!a) throw ApiException{Error::NotFound("veto_application")};
  return api::JsonResponse(ApplicationJson(*a));
}

Response OpenRoundsHandler(Context& ctx) {
  json::array items;
  if (ctx.who().enterprise_id) {
    auto conn = ctx.svc.db->Acquire();
    for (const auto& r : RoundsOpenTo(*conn, *ctx.who().enterprise_id)) items.push_back(RoundJson(r));
  }
  const auto n = static_cast<std::int64_t>(items.size());
  return api::JsonResponse(api::PageJson(std::move(items), n, 1, std::max<std::int64_t>(n, 1)));
}

Response SubmitApplicationHandler(Context& ctx) {
  if (!ctx.who().enterprise_id) core::Invalid(core::CoreErr("enterprise_account_required").At());
  api::JsonInput in(ctx.req.body);
  const std::int64_t round_id = in.Int("round_id", true).value_or(0);
  ApplicationInput a;
  a.applicant_name = in.Str("applicant_name", false, 50);
  a.project = in.Str("project", true, 200);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  std::optional<RoundRow> round;
  for (const auto& r : RoundsOpenTo(*conn, *ctx.who().enterprise_id))
    if (r.id == round_id) round = r;
  if (!round) throw ApiException{Error::NotFound("veto_round")};
  auto ent = EnterpriseById(*conn, ctx.scope(), "/", *ctx.who().enterprise_id);
  if (!ent) throw ApiException{Error::NotFound("enterprise")};
  a.enterprise_id = ent->id;
  a.region_path = ent->region_path;
  if (a.applicant_name.empty() && round->kind == "award_entrepreneur") a.applicant_name = ent->principal;
  a.source = "enterprise";
  auto ids = AddApplications(*conn, round_id, {a}, api::ActorOf(ctx), ctx.Now());
  auto row = FindApplication(*conn, ctx.scope(), ids.at(0));
  return api::JsonResponse(ApplicationJson(*row), 201);
}

}  // namespace anjian::veto
