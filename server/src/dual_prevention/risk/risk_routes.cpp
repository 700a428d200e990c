// /api/v1/risk-*: the risk register (风险分级管控) — reference lists, objects, units, events,
// control measures, assessments, the scoped unit list and its export. Writes are the own
// enterprise's, one transaction with their audit entry; nothing is deleted (deactivate).
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "dual_prevention/risk/assessment_config_rules.hpp"
#include "dual_prevention/investigation/inspection_schedule_rules.hpp"
#include "dual_prevention/risk/risk_input.hpp"
#include "dual_prevention/risk/risk_store.hpp"

namespace anjian::risk {

namespace dp = domain::dual_prevention;
using api::Context;
using api::Response;

namespace {

json::array CodeList(const std::vector<dp::CodeEntry>& list) {
  json::array out;
  for (const auto& e : list) {
    json::object o{{"value", e.code}, {"label_zh", e.label_zh}, {"label_en", e.label_en}};
    if (!e.parent.empty()) o["parent"] = e.parent;
    out.push_back(std::move(o));
  }
  return out;
}

Response Reference(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  json::array levels, frequencies, methods;
  for (auto l : dp::AllRiskLevels())
    levels.push_back(json::object{{"value", dp::RiskLevelValue(l)},
                                  {"color", dp::RiskLevelColor(l)},
                                  {"label_zh", dp::RiskLevelLabelZh(l)},
                                  {"label_en", dp::RiskLevelLabelEn(l)}});
  for (auto f : dp::AllFrequencies())
    frequencies.push_back(json::object{{"value", dp::FrequencyValue(f)},
                                       {"label_zh", dp::FrequencyLabelZh(f)},
                                       {"label_en", dp::FrequencyLabelEn(f)}});
  for (auto m : dp::AllAssessmentMethods())
    methods.push_back(json::object{{"value", dp::AssessmentMethodValue(m)},
                                   {"label_zh", dp::AssessmentMethodLabelZh(m)},
                                   {"label_en", dp::AssessmentMethodLabelEn(m)}});
  return api::JsonResponse(json::object{
      {"accident_types", CodeList(dp::AccidentTypes())},
      {"hazard_factors", CodeList(dp::HazardFactors())},
      {"unit_types", CodeList(dp::RiskUnitTypes())},
      {"measure_kinds", CodeList(dp::MeasureKinds())},
      {"control_levels", CodeList(dp::ControlLevels())},
      {"major_hazard_grades", CodeList(dp::MajorHazardGrades())},
      {"frequencies", std::move(frequencies)},
      {"levels", std::move(levels)},
      {"methods", std::move(methods)},
      {"assessment_config", json::parse(dp::AssessmentConfigToJson(LoadAssessmentConfig(*conn)))}});
}

// ---- risk objects --------------------------------------------------------------------------

ObjectInput ReadObject(api::JsonInput& in) {
  ObjectInput o;
  o.name = in.Str("name", true, 100);
  o.hazard_code = in.OptStr("hazard_code", 40).value_or("");
  o.description = in.OptStr("description", 1000).value_or("");
  return o;
}

json::object RequireObject(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto o = FindObject(conn, s, id);
  if (!o) throw ApiException{Error::NotFound("risk object")};
  return *o;
}

Response ListObjectsRoute(Context& ctx) {
  auto enterprise_id = QueryId(ctx, "enterprise_id");
  bool inactive = ctx.req.Query("include_inactive").value_or("") == "true";
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      json::object{{"items", ListObjects(*conn, ctx.scope(), enterprise_id, inactive)}});
}

Response CreateObject(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto o = ReadObject(in);
  int64_t ent = OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  int64_t id = InsertObject(*conn, EnterpriseOwner(*conn, ent), o);
  auto after = RequireObject(*conn, ctx.scope(), id);
  audit::Append(*conn, api::ActorOf(ctx), "create", "risk_object", std::to_string(id),
                nullptr, after);
  tx.Commit();
  return api::JsonResponse(after, 201);
}

Response UpdateObjectRoute(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto o = ReadObject(in);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireObject(*conn, ctx.scope(), ctx.PathId());
  UpdateObject(*conn, ctx.PathId(), o);
  auto after = RequireObject(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "update", "risk_object",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

// ---- risk units ----------------------------------------------------------------------------

json::object RequireUnit(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto u = FindUnit(conn, s, id);
  if (!u) throw ApiException{Error::NotFound("risk unit")};
  return *u;
}

UnitInput ReadUnit(api::JsonInput& in) {
  UnitInput u;
  u.risk_object_id = in.Int("risk_object_id", true).value_or(0);
  u.name = in.Str("name", true, 100);
  u.unit_type = in.Str("unit_type", true, 20);
  CheckCode(in, "unit_type", u.unit_type, dp::RiskUnitTypes());
  u.department = in.OptStr("department", 100).value_or("");
  u.responsible_person = in.OptStr("responsible_person", 50).value_or("");
  return u;
}

void CheckObjectOf(storage::Connection& conn, api::JsonInput& in, const api::Scope& s,
                   int64_t object_id) {
  if (object_id && !FindObject(conn, s, object_id))
    in.AddError({"risk_object_id", "risk_object_unknown", "no such risk object", "风险分析对象不存在"});
}

Response CreateUnit(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto u = ReadUnit(in);
  int64_t ent = OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  CheckObjectOf(*conn, in, ctx.scope(), u.risk_object_id);
  in.Finish();
  storage::Transaction tx(*conn);
  int64_t id = InsertUnit(*conn, EnterpriseOwner(*conn, ent), u);
  auto after = RequireUnit(*conn, ctx.scope(), id);
  audit::Append(*conn, api::ActorOf(ctx), "create", "risk_unit", std::to_string(id), nullptr,
                after);
  tx.Commit();
  return api::JsonResponse(after, 201);
}

Response UpdateUnitRoute(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto u = ReadUnit(in);
  auto conn = ctx.svc.db->Acquire();
  auto before = RequireUnit(*conn, ctx.scope(), ctx.PathId());
  CheckObjectOf(*conn, in, ctx.scope(), u.risk_object_id);
  in.Finish();
  storage::Transaction tx(*conn);
  UpdateUnit(*conn, ctx.PathId(), u);
  auto after = RequireUnit(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "update", "risk_unit",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

Response GetUnit(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(UnitDetail(*conn, RequireUnit(*conn, ctx.scope(), ctx.PathId())));
}

UnitFilter ReadUnitFilter(const Context& ctx) {
  std::vector<FieldError> errs;
  UnitFilter f;
  f.region_path = RegionFilterPath(ctx, errs);
  f.enterprise_id = QueryId(ctx, "enterprise_id");
  f.risk_object_id = QueryId(ctx, "risk_object_id");
  f.level = ctx.req.Query("level").value_or("");
  if (!f.level.empty() && f.level != "none" && !dp::ParseRiskLevel(f.level))
    errs.push_back({"level", "level_invalid", "must be major, high, moderate, low or none",
                    "风险等级无效，可选：major、high、moderate、low、none"});
  f.unit_type = ctx.req.Query("unit_type").value_or("");
  if (!f.unit_type.empty() && !dp::FindCode(dp::RiskUnitTypes(), f.unit_type))
    errs.push_back({"unit_type", "unit_type_invalid", "must be area, equipment or post",
                    "单元类型无效，可选：area、equipment、post"});
  f.q = api::Trim(ctx.req.Query("q").value_or("")).substr(0, 100);
  f.include_inactive = ctx.req.Query("include_inactive").value_or("") == "true";
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  return f;
}

Response ListUnitsRoute(Context& ctx) {
  auto f = ReadUnitFilter(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListUnits(*conn, ctx.scope(), f, size, (page - 1) * size);
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

std::string Label(const std::vector<dp::CodeEntry>& list, const std::string& code) {
  const auto* e = dp::FindCode(list, code);
  return e ? e->label_zh : code;
}

std::string LevelLabel(const json::value& v) {
  if (!v.is_string()) return "未评估";
  auto l = dp::ParseRiskLevel(std::string(v.as_string()));
  return l ? std::string(dp::RiskLevelLabelZh(*l)) + "风险" : "";
}

Response ExportUnits(Context& ctx) {
  auto f = ReadUnitFilter(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListUnits(*conn, ctx.scope(), f, 50000, 0);
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& v : items) {
    const auto& u = v.as_object();
    rows.push_back({std::string(u.at("enterprise_name").as_string()),
                    std::string(u.at("risk_object_name").as_string()),
                    std::string(u.at("name").as_string()),
                    Label(dp::RiskUnitTypes(), std::string(u.at("unit_type").as_string())),
                    std::string(u.at("department").as_string()),
                    std::string(u.at("responsible_person").as_string()),
                    u.at("method").is_string() ? std::string(u.at("method").as_string()) : "",
                    u.at("score").is_number() ? office::Cell(u.at("score").to_number<double>())
                                              : office::Cell(),
                    LevelLabel(u.at("level")),
                    u.at("assessed_at").is_string() ? std::string(u.at("assessed_at").as_string())
                                                    : ""});
  }
  return api::XlsxDownload("风险单元.xlsx", "风险单元",
                           {"企业", "风险分析对象", "风险单元", "类型", "责任部门", "责任人",
                            "评估方法", "分值", "风险等级", "评估时间"},
                           rows);
}

// Reactivation undoes a deactivation; both stay in the audit log.
Response ReactivateUnit(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireUnit(*conn, ctx.scope(), ctx.PathId());
  SetActive(*conn, "risk_units", ctx.PathId(), true);
  auto after = RequireUnit(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "reactivate", "risk_unit",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

Response DeactivateUnit(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireUnit(*conn, ctx.scope(), ctx.PathId());
  SetActive(*conn, "risk_units", ctx.PathId(), false);
  auto after = RequireUnit(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "deactivate", "risk_unit",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

// Reactivation undoes a deactivation; both stay in the audit log.
Response ReactivateObject(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireObject(*conn, ctx.scope(), ctx.PathId());
  SetActive(*conn, "risk_objects", ctx.PathId(), true);
  auto after = RequireObject(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "reactivate", "risk_object",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

Response DeactivateObject(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireObject(*conn, ctx.scope(), ctx.PathId());
  SetActive(*conn, "risk_objects", ctx.PathId(), false);
  auto after = RequireObject(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "deactivate", "risk_object",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

// ---- assessments ---------------------------------------------------------------------------

Response Assess(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  std::string method_text = in.Str("method", true, 10);
  dp::AssessmentInputs inputs{in.Num("L"), in.Num("E"), in.Num("C"), in.Num("S")};
  auto method = dp::ParseAssessmentMethod(method_text);
  if (!method_text.empty() && !method)
    in.AddError({"method", "method_invalid", "must be one of: LEC, LS", "评估方法无效，可选：LEC、LS"});
  auto conn = ctx.svc.db->Acquire();
  auto unit = RequireUnit(*conn, ctx.scope(), ctx.PathId());
  OwnEnterprise(ctx);
  std::optional<dp::AssessmentResult> result;
  if (method) {
    auto outcome = dp::Assess(LoadAssessmentConfig(*conn), *method, inputs);
    if (auto* errs = std::get_if<std::vector<FieldError>>(&outcome))
      for (auto& e : *errs) in.AddError(e);
    else
      result = std::get<dp::AssessmentResult>(outcome);
  }
  in.Finish();
  storage::Transaction tx(*conn);
  std::string at = storage::NowIso();
  int64_t id = RecordAssessment(*conn, ctx.PathId(), unit.at("enterprise_id").as_int64(), *method,
                                inputs, *result, ctx.who().user_id, ctx.who().display_name, at);
  auto body = json::object{{"id", id},
                           {"risk_unit_id", ctx.PathId()},
                           {"method", method_text},
                           {"L", inputs.L ? json::value(*inputs.L) : json::value(nullptr)},
                           {"E", inputs.E ? json::value(*inputs.E) : json::value(nullptr)},
                           {"C", inputs.C ? json::value(*inputs.C) : json::value(nullptr)},
                           {"S", inputs.S ? json::value(*inputs.S) : json::value(nullptr)},
                           {"score", result->score},
                           {"level", dp::RiskLevelValue(result->level)},
                           {"color", dp::RiskLevelColor(result->level)},
                           {"assessed_by", ctx.who().user_id},
                           {"assessed_by_name", ctx.who().display_name},
                           {"assessed_at", at}};
  audit::Append(*conn, api::ActorOf(ctx), "assess", "risk_unit",
                std::to_string(ctx.PathId()),
                json::object{{"level", unit.at("level")}, {"score", unit.at("score")}}, body);
  tx.Commit();
  return api::JsonResponse(body, 201);
}

// ---- events and measures -------------------------------------------------------------------

EventInput ReadEvent(api::JsonInput& in) {
  EventInput e;
  e.name = in.Str("name", true, 200);
  e.accident_type = in.Str("accident_type", true, 4);
  CheckCode(in, "accident_type", e.accident_type, dp::AccidentTypes());
  e.hazard_factor = in.Str("hazard_factor", true, 10);
  CheckCode(in, "hazard_factor", e.hazard_factor, dp::HazardFactors());
  e.description = in.OptStr("description", 1000).value_or("");
  return e;
}

json::object RequireEvent(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto e = FindEvent(conn, s, id);
  if (!e) throw ApiException{Error::NotFound("risk event")};
  return *e;
}

Response CreateEvent(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto e = ReadEvent(in);
  auto conn = ctx.svc.db->Acquire();
  auto unit = RequireUnit(*conn, ctx.scope(), ctx.PathId());
  OwnEnterprise(ctx);
  in.Finish();
  storage::Transaction tx(*conn);
  int64_t id = InsertEvent(*conn, EnterpriseOwner(*conn, unit.at("enterprise_id").as_int64()),
                           ctx.PathId(), e);
  auto after = RequireEvent(*conn, ctx.scope(), id);
  audit::Append(*conn, api::ActorOf(ctx), "create", "risk_event", std::to_string(id),
                nullptr, after);
  tx.Commit();
  return api::JsonResponse(after, 201);
}

Response UpdateEventRoute(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto e = ReadEvent(in);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireEvent(*conn, ctx.scope(), ctx.PathId());
  UpdateEvent(*conn, ctx.PathId(), e);
  auto after = RequireEvent(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "update", "risk_event",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

// Reactivation undoes a deactivation; both stay in the audit log.
Response ReactivateEvent(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireEvent(*conn, ctx.scope(), ctx.PathId());
  SetActive(*conn, "risk_events", ctx.PathId(), true);
  auto after = RequireEvent(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "reactivate", "risk_event",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

Response DeactivateEvent(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireEvent(*conn, ctx.scope(), ctx.PathId());
  SetActive(*conn, "risk_events", ctx.PathId(), false);
  auto after = RequireEvent(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "deactivate", "risk_event",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

MeasureInput ReadMeasure(api::JsonInput& in) {
  MeasureInput m;
  m.kind = in.Str("kind", true, 20);
  CheckCode(in, "kind", m.kind, dp::MeasureKinds());
  m.control_level = in.Str("control_level", true, 20);
  CheckCode(in, "control_level", m.control_level, dp::ControlLevels());
  m.description = in.Str("description", true, 1000);
  m.frequency = in.Str("frequency", true, 20);
  CheckFrequency(in, "frequency", m.frequency);
  m.owner_user_id = in.Int("owner_user_id");
  return m;
}

json::object RequireMeasure(storage::Connection& conn, const api::Scope& s, int64_t id) {
  auto m = FindMeasure(conn, s, id);
  if (!m) throw ApiException{Error::NotFound("control measure")};
  return *m;
}

Response CreateMeasure(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto m = ReadMeasure(in);
  auto conn = ctx.svc.db->Acquire();
  auto event = RequireEvent(*conn, ctx.scope(), ctx.PathId());
  int64_t ent = event.at("enterprise_id").as_int64();
  OwnEnterprise(ctx);
  if (m.owner_user_id) CheckEnterpriseUser(*conn, in, "owner_user_id", ent, *m.owner_user_id);
  in.Finish();
  storage::Transaction tx(*conn);
  int64_t id = InsertMeasure(*conn, EnterpriseOwner(*conn, ent),
                             event.at("risk_unit_id").as_int64(), ctx.PathId(), m);
  auto after = RequireMeasure(*conn, ctx.scope(), id);
  audit::Append(*conn, api::ActorOf(ctx), "create", "control_measure", std::to_string(id),
                nullptr, after);
  tx.Commit();
  return api::JsonResponse(after, 201);
}

Response UpdateMeasureRoute(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto m = ReadMeasure(in);
  auto conn = ctx.svc.db->Acquire();
  auto before = RequireMeasure(*conn, ctx.scope(), ctx.PathId());
  if (m.owner_user_id)
    CheckEnterpriseUser(*conn, in, "owner_user_id", before.at("enterprise_id").as_int64(),
                        *m.owner_user_id);
  in.Finish();
  storage::Transaction tx(*conn);
  UpdateMeasure(*conn, ctx.PathId(), m);
  auto after = RequireMeasure(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "update", "control_measure",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

// Reactivation undoes a deactivation; both stay in the audit log.
Response ReactivateMeasure(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireMeasure(*conn, ctx.scope(), ctx.PathId());
  SetActive(*conn, "control_measures", ctx.PathId(), true);
  auto after = RequireMeasure(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "reactivate", "control_measure",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

Response DeactivateMeasure(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = RequireMeasure(*conn, ctx.scope(), ctx.PathId());
  SetActive(*conn, "control_measures", ctx.PathId(), false);
  auto after = RequireMeasure(*conn, ctx.scope(), ctx.PathId());
  audit::Append(*conn, api::ActorOf(ctx), "deactivate", "control_measure",
                std::to_string(ctx.PathId()), before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

}  // namespace

void RegisterRiskRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/risk-reference", "risk:read", Reference);
  r.Add("GET", "/api/v1/risk-objects", "risk:read", ListObjectsRoute);
  r.Add("POST", "/api/v1/risk-objects", "risk:write", CreateObject);
  r.Add("PUT", "/api/v1/risk-objects/{id}", "risk:write", UpdateObjectRoute);
  r.Add("POST", "/api/v1/risk-objects/{id}/deactivate", "risk:write", DeactivateObject);
  r.Add("POST", "/api/v1/risk-objects/{id}/reactivate", "risk:write", ReactivateObject);
  r.Add("GET", "/api/v1/risk-units", "risk:read", ListUnitsRoute);
  r.Add("GET", "/api/v1/risk-units/export", "risk:read", ExportUnits);
  r.Add("POST", "/api/v1/risk-units", "risk:write", CreateUnit);
  r.Add("GET", "/api/v1/risk-units/{id}", "risk:read", GetUnit);
  r.Add("PUT", "/api/v1/risk-units/{id}", "risk:write", UpdateUnitRoute);
  r.Add("POST", "/api/v1/risk-units/{id}/deactivate", "risk:write", DeactivateUnit);
  r.Add("POST", "/api/v1/risk-units/{id}/reactivate", "risk:write", ReactivateUnit);
  r.Add("POST", "/api/v1/risk-units/{id}/assessments", "risk:write", Assess);
  r.Add("POST", "/api/v1/risk-units/{id}/events", "risk:write", CreateEvent);
  r.Add("PUT", "/api/v1/risk-events/{id}", "risk:write", UpdateEventRoute);
  r.Add("POST", "/api/v1/risk-events/{id}/deactivate", "risk:write", DeactivateEvent);
  r.Add("POST", "/api/v1/risk-events/{id}/reactivate", "risk:write", ReactivateEvent);
  r.Add("POST", "/api/v1/risk-events/{id}/measures", "risk:write", CreateMeasure);
  r.Add("PUT", "/api/v1/control-measures/{id}", "risk:write", UpdateMeasureRoute);
  r.Add("POST", "/api/v1/control-measures/{id}/deactivate", "risk:write", DeactivateMeasure);
  r.Add("POST", "/api/v1/control-measures/{id}/reactivate", "risk:write", ReactivateMeasure);
}

}  // namespace anjian::risk
