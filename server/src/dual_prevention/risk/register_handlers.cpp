// /api/v1/risk-*: the risk register (风险分级管控) — reference lists, objects, units, events,
// control measures, assessments, the scoped unit list and its export. Writes are the own
// enterprise's; nothing is deleted (deactivate).
#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "dual_prevention/investigation/inspection_schedule_rules.hpp"
#include "dual_prevention/risk/assessment_config_rules.hpp"
#include "dual_prevention/risk/risk_errors.hpp"
#include "dual_prevention/risk/risk_handlers.hpp"
#include "dual_prevention/risk/risk_json.hpp"
#include "dual_prevention/risk/risk_level_rules.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::risk {

using api::Context;
using api::Response;

namespace {

json::array CodeList(const std::vector<CodeEntry>& list) {
  json::array out;
  for (const auto& e : list) {
    json::object o{{"value", e.code}, {"label_zh", e.label_zh}, {"label_en", e.label_en}};
    if (!e.parent.empty()) o["parent"] = e.parent;
    out.push_back(std::move(o));
  }
  return out;
}

ObjectInput ReadObject(api::JsonInput& in) {
  ObjectInput o;
  o.name = in.Str("name", true, 100);
  o.hazard_code = in.OptStr("hazard_code", 40).value_or("");
  o.description = in.OptStr("description", 1000).value_or("");
  return o;
}

UnitInput ReadUnit(api::JsonInput& in) {
  UnitInput u;
  u.risk_object_id = in.Int("risk_object_id", true).value_or(0);
  u.name = in.Str("name", true, 100);
  u.unit_type = in.Str("unit_type", true, 20);
  CheckCode(in, "unit_type", u.unit_type, RiskUnitTypes(), Err("unit_type_invalid"));
  u.department = in.OptStr("department", 100).value_or("");
  u.responsible_person = in.OptStr("responsible_person", 50).value_or("");
  return u;
}

// The unit's risk object must be in the caller's sight (0: already reported as required).
void CheckObjectOf(storage::Connection& conn, api::JsonInput& in, const api::Scope& s,
                   int64_t object_id) {
  if (!object_id) return;
  if (auto e = CheckRiskObject(conn, s, object_id)) in.AddError(*e);
}

UnitFilter ReadUnitFilter(const Context& ctx) {
  std::vector<FieldError> errs;
  UnitFilter f;
  f.region_path = RegionFilterPath(ctx, errs);
  f.enterprise_id = QueryId(ctx, "enterprise_id");
  f.risk_object_id = QueryId(ctx, "risk_object_id");
  f.level = ctx.req.Query("level").value_or("");
  if (!f.level.empty() && f.level != "none" && !ParseRiskLevel(f.level))
    errs.push_back(core::CoreErr("level_invalid")
                       .At("level", "major, high, moderate, low, none",
                           "major、high、moderate、low、none"));
  f.unit_type = ctx.req.Query("unit_type").value_or("");
  if (!f.unit_type.empty() && !FindCode(RiskUnitTypes(), f.unit_type))
    errs.push_back(Err("unit_type_invalid").At("unit_type", JoinCodes(RiskUnitTypes())));
  f.q = api::Trim(ctx.req.Query("q").value_or("")).substr(0, 100);
  f.include_inactive = ctx.req.Query("include_inactive").value_or("") == "true";
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

std::string Label(const std::vector<CodeEntry>& list, const std::string& code) {
  const auto* e = FindCode(list, code);
  return e ? e->label_zh : code;
}

std::string LevelLabel(const std::optional<std::string>& level) {
  if (!level) return "未评估";
  auto l = ParseRiskLevel(*level);
  return l ? std::string(RiskLevelLabelZh(*l)) + "风险" : "";
}

EventInput ReadEvent(api::JsonInput& in) {
  EventInput e;
  e.name = in.Str("name", true, 200);
  e.accident_type = in.Str("accident_type", true, 4);
  CheckCode(in, "accident_type", e.accident_type, AccidentTypes(), Err("accident_type_invalid"));
  e.hazard_factor = in.Str("hazard_factor", true, 10);
  // Any code of the GB/T 13861 tree (class, sub-class, group or item); the 230 codes are too
  // many to list in the refusal, which names the standard and the code shapes instead.
  if (!e.hazard_factor.empty() && !IsHazardFactor(e.hazard_factor))
    in.AddError(Err("hazard_factor_invalid").At("hazard_factor", kHazardFactorExamples));
  e.description = in.OptStr("description", 1000).value_or("");
  return e;
}

MeasureInput ReadMeasure(api::JsonInput& in) {
  MeasureInput m;
  m.kind = in.Str("kind", true, 20);
  CheckCode(in, "kind", m.kind, MeasureKinds(), core::CoreErr("kind_invalid"));
  m.control_level = in.Str("control_level", true, 20);
  CheckCode(in, "control_level", m.control_level, ControlLevels(), Err("control_level_invalid"));
  m.description = in.Str("description", true, 1000);
  m.frequency = in.Str("frequency", true, 20);
  CheckFrequency(in, "frequency", m.frequency);
  m.owner_user_id = in.Int("owner_user_id");
  return m;
}

}  // namespace

Response GetReference(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  json::array levels, frequencies, methods;
  for (auto l : AllRiskLevels())
    levels.push_back(json::object{{"value", RiskLevelValue(l)},
                                  {"color", RiskLevelColor(l)},
                                  {"label_zh", RiskLevelLabelZh(l)},
                                  {"label_en", RiskLevelLabelEn(l)}});
  for (auto f : investigation::AllFrequencies())
    frequencies.push_back(json::object{{"value", investigation::FrequencyValue(f)},
                                       {"label_zh", investigation::FrequencyLabelZh(f)},
                                       {"label_en", investigation::FrequencyLabelEn(f)}});
  for (auto m : AllAssessmentMethods())
    methods.push_back(json::object{{"value", AssessmentMethodValue(m)},
                                   {"label_zh", AssessmentMethodLabelZh(m)},
                                   {"label_en", AssessmentMethodLabelEn(m)}});
  return api::JsonResponse(json::object{
      {"accident_types", CodeList(AccidentTypes())},
      {"hazard_factors", CodeList(HazardFactors())},
      {"unit_types", CodeList(RiskUnitTypes())},
      {"measure_kinds", CodeList(MeasureKinds())},
      {"control_levels", CodeList(ControlLevels())},
      {"major_hazard_grades", CodeList(MajorHazardGrades())},
      {"frequencies", std::move(frequencies)},
      {"levels", std::move(levels)},
      {"methods", std::move(methods)},
      {"assessment_config",
       json::parse(AssessmentConfigToJson(CurrentAssessmentConfig(*conn)))}});
}

// ---- risk objects --------------------------------------------------------------------------

Response ListObjectsHandler(Context& ctx) {
  auto enterprise_id = QueryId(ctx, "enterprise_id");
  bool inactive = ctx.req.Query("include_inactive").value_or("") == "true";
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& o : ObjectList(*conn, ctx.scope(), enterprise_id, inactive))
    items.push_back(ObjectJson(o));
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response CreateObjectHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto o = ReadObject(in);
  int64_t ent = OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ObjectJson(CreateObject(*conn, CallerOf(ctx), ent, o)), 201);
}

Response UpdateObjectHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto o = ReadObject(in);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ObjectJson(EditObject(*conn, CallerOf(ctx), ctx.PathId(), o)));
}

Response DeactivateObjectHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ObjectJson(SetObjectActive(*conn, CallerOf(ctx), ctx.PathId(), false)));
}

Response ReactivateObjectHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ObjectJson(SetObjectActive(*conn, CallerOf(ctx), ctx.PathId(), true)));
}

// ---- risk units ----------------------------------------------------------------------------

Response ListUnitsHandler(Context& ctx) {
  auto f = ReadUnitFilter(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [units, total] = UnitPage(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array items;
  for (const auto& u : units) items.push_back(UnitJson(u));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportUnitsHandler(Context& ctx) {
  auto f = ReadUnitFilter(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto units = UnitPage(*conn, ctx.scope(), f, 50000, 0).first;
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& u : units)
    rows.push_back({u.enterprise_name, u.risk_object_name, u.name,
                    Label(RiskUnitTypes(), u.unit_type), u.department, u.responsible_person,
                    u.method.value_or(""), u.score ? office::Cell(*u.score) : office::Cell(),
                    LevelLabel(u.level), u.assessed_at.value_or("")});
  return api::XlsxDownload("风险单元.xlsx", "风险单元",
                           {"企业", "风险分析对象", "风险单元", "类型", "责任部门", "责任人",
                            "评估方法", "分值", "风险等级", "评估时间"},
                           rows);
}

Response CreateUnitHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto u = ReadUnit(in);
  int64_t ent = OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  CheckObjectOf(*conn, in, ctx.scope(), u.risk_object_id);
  in.Finish();
  return api::JsonResponse(UnitJson(CreateUnit(*conn, CallerOf(ctx), ent, u)), 201);
}

Response GetUnitHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(UnitDetailJson(GetUnitDetail(*conn, ctx.scope(), ctx.PathId())));
}

Response UpdateUnitHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto u = ReadUnit(in);
  auto conn = ctx.svc.db->Acquire();
  RequireUnit(*conn, ctx.scope(), ctx.PathId());  // 404 before the input's faults
  CheckObjectOf(*conn, in, ctx.scope(), u.risk_object_id);
  in.Finish();
  return api::JsonResponse(UnitJson(EditUnit(*conn, CallerOf(ctx), ctx.PathId(), u)));
}

// Reactivation undoes a deactivation; both stay in the audit log.
Response DeactivateUnitHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(UnitJson(SetUnitActive(*conn, CallerOf(ctx), ctx.PathId(), false)));
}

Response ReactivateUnitHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(UnitJson(SetUnitActive(*conn, CallerOf(ctx), ctx.PathId(), true)));
}

// ---- assessments ---------------------------------------------------------------------------

Response AssessUnitHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  std::string method_text = in.Str("method", true, 10);
  AssessmentInputs inputs{in.Num("L"), in.Num("E"), in.Num("C"), in.Num("S")};
  auto method = ParseAssessmentMethod(method_text);
  if (!method_text.empty() && !method) in.AddError(Err("method_invalid").At("method"));
  auto conn = ctx.svc.db->Acquire();
  RequireUnit(*conn, ctx.scope(), ctx.PathId());
  OwnEnterprise(ctx);
  std::optional<AssessmentResult> result;
  if (method) {
    auto outcome = EvaluateAssessment(*conn, *method, inputs);
    if (auto* errs = std::get_if<std::vector<FieldError>>(&outcome))
      for (auto& e : *errs) in.AddError(e);
    else
      result = std::get<AssessmentResult>(outcome);
  }
  in.Finish();
  return api::JsonResponse(
      RecordedAssessmentJson(AssessUnit(*conn, CallerOf(ctx), ctx.PathId(), *method, inputs,
                                        *result)),
      201);
}

// ---- events and measures -------------------------------------------------------------------

Response CreateEventHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto e = ReadEvent(in);
  auto conn = ctx.svc.db->Acquire();
  auto unit = RequireUnit(*conn, ctx.scope(), ctx.PathId());
  OwnEnterprise(ctx);
  in.Finish();
  return api::JsonResponse(EventJson(CreateEvent(*conn, CallerOf(ctx), unit, e)), 201);
}

Response UpdateEventHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto e = ReadEvent(in);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(EventJson(EditEvent(*conn, CallerOf(ctx), ctx.PathId(), e)));
}

Response DeactivateEventHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(EventJson(SetEventActive(*conn, CallerOf(ctx), ctx.PathId(), false)));
}

Response ReactivateEventHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(EventJson(SetEventActive(*conn, CallerOf(ctx), ctx.PathId(), true)));
}

Response CreateMeasureHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto m = ReadMeasure(in);
  auto conn = ctx.svc.db->Acquire();
  auto event = RequireEvent(*conn, ctx.scope(), ctx.PathId());
  OwnEnterprise(ctx);
  if (m.owner_user_id)
    CheckEnterpriseUser(*conn, in, "owner_user_id", event.enterprise_id, *m.owner_user_id);
  in.Finish();
  return api::JsonResponse(MeasureJson(CreateMeasure(*conn, CallerOf(ctx), event, m)), 201);
}

Response UpdateMeasureHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto m = ReadMeasure(in);
  auto conn = ctx.svc.db->Acquire();
  auto before = RequireMeasure(*conn, ctx.scope(), ctx.PathId());
  if (m.owner_user_id)
    CheckEnterpriseUser(*conn, in, "owner_user_id", before.enterprise_id, *m.owner_user_id);
  in.Finish();
  return api::JsonResponse(MeasureJson(EditMeasure(*conn, CallerOf(ctx), ctx.PathId(), m)));
}

Response DeactivateMeasureHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      MeasureJson(SetMeasureActive(*conn, CallerOf(ctx), ctx.PathId(), false)));
}

Response ReactivateMeasureHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(MeasureJson(SetMeasureActive(*conn, CallerOf(ctx), ctx.PathId(), true)));
}

}  // namespace anjian::risk
