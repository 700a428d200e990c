// /api/v1/enforcement-inspections: regulator enforcement inspections with their rectification
// order, findings (hidden dangers) and enforcement actions. Enterprises read their own.
#include "dual_prevention/enforcement/enforcement_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/core_errors.hpp"
#include "dual_prevention/enforcement/enforcement_errors.hpp"
#include "dual_prevention/enforcement/enforcement_json.hpp"
#include "dual_prevention/enforcement/enforcement_rules.hpp"
#include "dual_prevention/enforcement/enforcement_service.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"
#include "platform/api/json.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::enforcement::handlers {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::string Today(const Context& ctx) { return core::ChinaIsoDate(ctx.Now()); }

bool ValidDate(const std::string& s) { return core::ParseIsoDate(s).has_value(); }

EnforcementListFilter ReadListQuery(const Context& ctx) {
  EnforcementListFilter q;
  std::vector<FieldError> errors;
  if (auto e = ctx.req.Query("enterprise_id"); e && !e->empty()) {
    if (e->size() > 18 || e->find_first_not_of("0123456789") != std::string::npos)
      errors.push_back(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    else
      q.enterprise_id = std::stoll(*e);
  }
  for (auto [key, out] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    std::string v = api::Trim(ctx.req.Query(key).value_or(""));
    if (v.empty()) continue;
    if (!ValidDate(v))
      errors.push_back(core::CoreErr("date_invalid").At(key));
    else
      *out = v;
  }
  if (!errors.empty()) core::Invalid(std::move(errors));
  return q;
}

// Nested objects' errors named after their place: "findings[0].title".
void Prefix(api::JsonInput& outer, const std::string& prefix, std::vector<FieldError> errs) {
  for (auto& e : errs) {
    e.field = e.field.empty() ? prefix : prefix + "." + e.field;
    outer.AddError(std::move(e));
  }
}

void DateError(api::JsonInput& in, const char* field) {
  in.AddError(core::CoreErr("date_invalid").At(field));
}

// kinds: penalty (罚款, amount required), suspension (停产停业整顿, from/to), warning (警告).
NewEnforcementAction ReadAction(api::JsonInput& in, const std::string& today) {
  NewEnforcementAction a;
  a.kind = in.Str("kind", true, 20);
  if (!a.kind.empty() && a.kind != "penalty" && a.kind != "suspension" && a.kind != "warning")
    in.AddError(Err("action_kind_invalid").At("kind"));
  a.amount_fen = in.Int("amount_fen");
  if (a.kind == "penalty" && (!a.amount_fen || *a.amount_fen <= 0))
    in.AddError(Err("amount_required").At("amount_fen"));
  a.suspension_from = in.OptStr("suspension_from", 10);
  a.suspension_to = in.OptStr("suspension_to", 10);
  if (a.kind == "suspension") {
    if (!a.suspension_from || !ValidDate(*a.suspension_from))
      DateError(in, "suspension_from");
    if (!a.suspension_to || !ValidDate(*a.suspension_to))
      DateError(in, "suspension_to");
    else if (a.suspension_from && *a.suspension_to < *a.suspension_from)
      in.AddError(Err("date_order").At("suspension_to"));
  }
  a.decision_no = in.Str("decision_no", false, 100);
  a.description = in.Str("description", false, 2000);
  a.legal_basis = in.Str("legal_basis", false, 40);
  a.legal_basis_text = in.Str("legal_basis_text", false, 500);
  for (auto& e : CheckLegalBasis(a.kind, a.legal_basis, a.legal_basis_text)) in.AddError(std::move(e));
  a.decided_on = in.Str("decided_on", false, 10);
  if (a.decided_on.empty()) a.decided_on = today;
  else if (!ValidDate(a.decided_on))
    DateError(in, "decided_on");
  return a;
}

NewEnforcementInspection ReadInspection(api::JsonInput& in, const std::string& today) {
  NewEnforcementInspection n;
  n.enterprise_id = in.Int("enterprise_id", true);
  n.inspected_on = in.Str("inspected_on", false, 10);
  if (n.inspected_on.empty()) n.inspected_on = today;
  else if (!ValidDate(n.inspected_on))
    DateError(in, "inspected_on");
  else if (n.inspected_on > today)
    in.AddError(hidden_danger::Err("date_future").At("inspected_on", "inspected_on", "检查日期"));
  n.inspectors = in.Str("inspectors", true, 200);
  n.summary = in.Str("summary", false, 2000);
  n.order_no = in.Str("order_no", false, 100);
  n.order_text = in.Str("order_text", false, 2000);
  n.order_deadline = in.Str("order_deadline", false, 10);
  n.kind = in.Str("kind", false, 20);
  if (n.kind.empty()) n.kind = "routine";
  else if (!FindInspectionKind(n.kind))
    in.AddError(Err("inspection_kind_invalid").At("kind", n.kind, kInspectionKindsEn, kInspectionKindsZh));
  if (!n.order_deadline.empty()) {
    if (!ValidDate(n.order_deadline))
      in.AddError(hidden_danger::Err("deadline_invalid")
                      .At("order_deadline", "order_deadline", "整改期限"));
    else if (n.order_deadline < today)
      in.AddError(hidden_danger::Err("deadline_past")
                      .At("order_deadline", "order_deadline", n.order_deadline, today, "整改期限"));
  }
  auto findings = in.Arr("findings", 200);
  n.recheck_required = in.Bool("recheck_required");
  n.planned_inspection_id = in.Int("planned_inspection_id");
  if (n.recheck_required && findings.empty())
    in.AddError(Err("order_without_findings").At("recheck_required"));
  // Without findings the inspection is a clean one: no rectification order.
  for (auto& e : CheckOrderShape(!findings.empty(), n.order_deadline, n.order_text, n.order_no))
    in.AddError(std::move(e));
  for (size_t i = 0; i < findings.size(); ++i) {
    const std::string prefix = "findings[" + std::to_string(i) + "]";
    if (!findings[i].is_object()) {
      in.AddError(core::CoreErr("type").At(prefix, "an object", "对象"));
      continue;
    }
    api::JsonInput f(findings[i].as_object());
    hidden_danger::NewHiddenDanger h;
    h.title = f.Str("title", true, 100);
    h.description = f.Str("description", false, 2000);
    h.location = f.Str("location", false, 200);
    h.hazard_factor = f.Str("hazard_factor", false, 6);
    h.accident_type = f.Str("accident_type", false, 2);
    h.photo_file_ids = f.IdList("photo_file_ids", 20);
    Prefix(in, prefix, f.TakeErrors());
    n.findings.push_back(std::move(h));
  }
  auto arr = in.Arr("actions", 20);
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string prefix = "actions[" + std::to_string(i) + "]";
    if (!arr[i].is_object()) {
      in.AddError(core::CoreErr("type").At(prefix, "an object", "对象"));
      continue;
    }
    api::JsonInput a(arr[i].as_object());
    n.actions.push_back(ReadAction(a, today));
    Prefix(in, prefix, a.TakeErrors());
  }
  return n;
}

}  // namespace

Response List(Context& ctx) {
  auto q = ReadListQuery(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result = ListEnforcementInspectionPage(*conn, ctx.scope(), q, size, (page - 1) * size);
  json::array items;
  for (const auto& r : result.items) items.push_back(EnforcementInspectionJson(r));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

Response Export(Context& ctx) {
  auto q = ReadListQuery(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& r : ExportEnforcementInspections(*conn, ctx.scope(), q))
    rows.push_back({r.id, r.enterprise_name, r.inspected_on, r.inspectors, r.order_no,
                    r.order_deadline, r.findings_count, r.open_findings_count});
  return api::XlsxDownload("执法检查.xlsx", "执法检查",
                           {"编号", "企业", "检查日期", "检查人员", "责令整改文书号", "整改期限",
                            "发现隐患", "未销号隐患"},
                           rows);
}

Response Create(Context& ctx) {
  api::JsonInput in(ctx.req.body);  // 400/422 before anything else
  const std::string today = Today(ctx);
  auto conn = ctx.svc.db->Acquire();
  const auto inspection = ReadInspection(in, today);
  for (auto& e : CheckEnforcementInspection(*conn, ctx.who(), inspection)) in.AddError(std::move(e));
  in.Finish();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  const int64_t id = CreateEnforcementInspection(*conn, ctx.who(), inspection, pushes, ctx.Now());
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(
      EnforcementInspectionDetailJson(*GetEnforcementInspection(*conn, ctx.scope(), id), today),
      201);
}

Response Reference(Context&) { return api::JsonResponse(EnforcementReferenceJson()); }

Response Get(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto d = GetEnforcementInspection(*conn, ctx.scope(), ctx.PathId());
  if (!d) throw ApiException{Error::NotFound("enforcement inspection")};
  return api::JsonResponse(EnforcementInspectionDetailJson(*d, Today(ctx)));
}

Response AddAction(Context& ctx) {
  const int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);  // 400/422 before anything else
  const auto action = ReadAction(in, Today(ctx));
  // Reported by the service after the scope check: an out-of-scope id is 404 whatever the body.
  auto input_errors = in.TakeErrors();
  auto conn = ctx.svc.db->Acquire();
  AddEnforcementAction(*conn, ctx.who(), id, action, std::move(input_errors), ctx.Now());
  return api::JsonResponse(
      EnforcementInspectionDetailJson(*GetEnforcementInspection(*conn, ctx.scope(), id),
                                      Today(ctx)),
      201);
}

}  // namespace anjian::enforcement::handlers
