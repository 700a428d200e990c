// /api/v1/major-hazards: 重大危险源 with the three accountable people (包保责任人: principal,
// technical, operational) and how often each checks (rules.md §10: technical ≥ quarterly,
// operational ≥ weekly are the UI's defaults, not enforced limits, since the source is [U]).
// A person given as an account (*_user_id, a user of the enterprise) gets a generated inspection
// task per period of their frequency; the name is kept as entered.
#include <boost/json.hpp>

#include "dual_prevention/risk/risk_errors.hpp"
#include "dual_prevention/risk/risk_handlers.hpp"
#include "dual_prevention/risk/risk_json.hpp"

namespace anjian::risk {

using api::Context;
using api::Response;

namespace {

const char* kRoles[3] = {"principal", "technical", "operational"};

MajorHazardInput Read(api::JsonInput& in) {
  MajorHazardInput h;
  h.name = in.Str("name", true, 100);
  h.grade = in.Str("grade", true, 2);
  CheckCode(in, "grade", h.grade, MajorHazardGrades(), Err("grade_invalid"));
  h.risk_object_id = in.Int("risk_object_id");
  for (int i = 0; i < 3; ++i) {
    std::string n = std::string(kRoles[i]) + "_name", f = std::string(kRoles[i]) + "_frequency";
    h.people[i][0] = in.Str(n.c_str(), true, 50);
    h.people[i][1] = in.Str(f.c_str(), true, 20);
    CheckFrequency(in, f.c_str(), h.people[i][1]);
    h.user_ids[i] = in.Int((std::string(kRoles[i]) + "_user_id").c_str());
  }
  return h;
}

// The risk object in the caller's sight, the accountable people accounts of the enterprise.
void CheckReferences(storage::Connection& conn, api::JsonInput& in, const api::Scope& s,
                     const MajorHazardInput& h, int64_t enterprise_id) {
  if (auto e = CheckRiskObject(conn, s, h.risk_object_id)) in.AddError(*e);
  for (int i = 0; i < 3; ++i)
    if (h.user_ids[i])
      CheckEnterpriseUser(conn, in, (std::string(kRoles[i]) + "_user_id").c_str(), enterprise_id,
                          *h.user_ids[i]);
}

Response SetActiveHandler(Context& ctx, bool active) {
  OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      MajorHazardJson(SetMajorHazardActive(*conn, CallerOf(ctx), ctx.PathId(), active)));
}

}  // namespace

Response ListMajorHazardsHandler(Context& ctx) {
  auto ent = QueryId(ctx, "enterprise_id");
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& h : MajorHazardList(*conn, ctx.scope(), ent))
    items.push_back(MajorHazardJson(h));
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response CreateMajorHazardHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto h = Read(in);
  int64_t ent = OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  CheckReferences(*conn, in, ctx.scope(), h, ent);
  in.Finish();
  return api::JsonResponse(MajorHazardJson(CreateMajorHazard(*conn, CallerOf(ctx), ent, h)), 201);
}

Response UpdateMajorHazardHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto h = Read(in);
  int64_t ent = OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  CheckReferences(*conn, in, ctx.scope(), h, ent);
  in.Finish();
  return api::JsonResponse(
      MajorHazardJson(EditMajorHazard(*conn, CallerOf(ctx), ctx.PathId(), ent, h)));
}

Response DeactivateMajorHazardHandler(Context& ctx) { return SetActiveHandler(ctx, false); }
Response ReactivateMajorHazardHandler(Context& ctx) { return SetActiveHandler(ctx, true); }

}  // namespace anjian::risk
