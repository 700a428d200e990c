// /api/v1/checklists and /api/v1/inspection-duties: checklist templates (the seed's built-ins,
// shared read-only, plus each enterprise's own) and the standing duties that generate tasks from
// a checklist at a frequency. Changing a checklist's items retires the old items (they stay
// referenced by past records) and adds the new ones.
#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "dual_prevention/investigation/investigation_errors.hpp"
#include "dual_prevention/investigation/investigation_handlers.hpp"
#include "dual_prevention/investigation/investigation_json.hpp"
#include "dual_prevention/investigation/investigation_service.hpp"
#include "dual_prevention/risk/risk_errors.hpp"
#include "dual_prevention/risk/risk_handlers.hpp"

namespace anjian::investigation {

using api::Context;
using api::Response;

namespace {

// routine | special | company_daily (the built-ins' kinds: company_daily, fire_special …).
const std::vector<risk::CodeEntry>& ChecklistKinds() {
  static const std::vector<risk::CodeEntry> k = {
      {"routine", "日常排查", "Routine", ""},
      {"special", "专项排查", "Special", ""},
      {"company_daily", "公司级日常排查", "Company daily", ""},
  };
  return k;
}

ChecklistInput ReadChecklist(api::JsonInput& in) {
  ChecklistInput c;
  c.name = in.Str("name", true, 100);
  c.kind = in.OptStr("kind", 20).value_or("routine");
  if (!risk::FindCode(ChecklistKinds(), c.kind)) {
    const std::string kinds = risk::JoinCodes(ChecklistKinds());
    in.AddError(core::CoreErr("kind_invalid").At("kind", kinds, kinds));
  }
  auto items = in.Arr("items", 200);
  if (items.empty()) in.AddError(Err("items_required").At("items"));
  for (size_t i = 0; i < items.size(); ++i) {
    std::string prefix = "items[" + std::to_string(i) + "]";
    if (!items[i].is_object()) {
      in.AddError(core::CoreErr("type").At(prefix, "an object", "对象"));
      continue;
    }
    api::JsonInput sub(items[i].as_object());
    ChecklistItemInput it;
    it.content = sub.Str("content", true, 500);
    it.requires_photo = sub.Bool("requires_photo");
    for (auto& e : sub.TakeErrors()) {
      e.field = prefix + "." + e.field;
      in.AddError(std::move(e));
    }
    c.items.push_back(std::move(it));
  }
  return c;
}

}  // namespace

Response ListChecklistsHandler(Context& ctx) {
  bool inactive = ctx.req.Query("include_inactive").value_or("") == "true";
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& c : ChecklistList(*conn, ctx.scope(), inactive))
    items.push_back(ChecklistJson(c, false));
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response GetChecklistHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ChecklistJson(RequireChecklist(*conn, ctx.scope(), ctx.PathId()), true));
}

Response CreateChecklistHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto c = ReadChecklist(in);
  int64_t ent = risk::OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ChecklistJson(CreateChecklist(*conn, risk::CallerOf(ctx), ent, c), true),
                           201);
}

Response UpdateChecklistHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto c = ReadChecklist(in);
  risk::OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      ChecklistJson(EditChecklist(*conn, risk::CallerOf(ctx), ctx.PathId(), c), true));
}

Response DeactivateChecklistHandler(Context& ctx) {
  risk::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      ChecklistJson(DeactivateOwnChecklist(*conn, risk::CallerOf(ctx), ctx.PathId()), true));
}

// ---- duties --------------------------------------------------------------------------------

Response ListDutiesHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& d : DutyList(*conn, ctx.scope())) items.push_back(DutyJson(d));
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

// Creates the duty, or changes the frequency/assignee of the enterprise's duty for that
// checklist (one duty per checklist).
Response PutDutyHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto checklist_id = in.Int("checklist_id", true);
  DutyInput d;
  d.frequency = in.Str("frequency", true, 20);
  risk::CheckFrequency(in, "frequency", d.frequency);
  d.assignee_user_id = in.Int("assignee_user_id");
  d.active = in.Bool("active", true);
  int64_t ent = risk::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (checklist_id)
    if (auto e = CheckChecklist(*conn, ctx.scope(), *checklist_id)) in.AddError(*e);
  if (d.assignee_user_id)
    risk::CheckEnterpriseUser(*conn, in, "assignee_user_id", ent, *d.assignee_user_id);
  in.Finish();
  d.checklist_id = *checklist_id;
  auto r = PutDuty(*conn, risk::CallerOf(ctx), ent, d);
  return api::JsonResponse(DutyJson(r.duty), r.created ? 201 : 200);
}

// The enterprise's active accounts, for choosing who a duty, a control measure or a major
// hazard installation's accountable person is (the user admin list needs user:manage).
Response ListAssigneesHandler(Context& ctx) {
  int64_t ent = risk::OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& a : AssigneeList(*conn, ent))
    items.push_back(json::object{
        {"id", a.id}, {"display_name", a.display_name}, {"username", a.username}});
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

}  // namespace anjian::investigation
