// /api/v1/agencies: the regulator offices (工信局/经发局), one bound to each region. Everyone
// with agency:read lists those in scope; the system administrator (org:manage) registers and
// edits them. Agencies are deactivated, never deleted: notices and users refer to them.
#include <boost/json.hpp>

#include "platform/api/router.hpp"
#include "core/core_errors.hpp"
#include "identity/session_service.hpp"
#include "registry/agency_service.hpp"
#include "registry/handlers.hpp"
#include "registry/enterprise_rules.hpp"
#include "registry/region_index.hpp"
#include "registry/registry_errors.hpp"
#include "registry/registry_json.hpp"

namespace anjian::registry {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

AgencyInput Read(api::JsonInput& in, bool creating) {
  AgencyInput a;
  a.name = in.Str("name", true, 100);
  if (!a.name.empty() && api::Utf8Length(a.name) < 2) in.AddError(Err("min_length").At("name", 2));
  if (creating) {
    a.region_code = in.Str("region_code", true, 20);
    const RegionInfo* region =
        a.region_code.empty() ? nullptr : RegionIndex::Global().Find(a.region_code);
    if (!a.region_code.empty() && !region)
      in.AddError(Err("region_unknown").At("region_code", a.region_code));
    else if (region && region->status != "active")
      in.AddError(Err("region_inactive").At("region_code", a.region_code));
  }
  a.phone = in.Str("phone", false, 40);
  if (!a.phone.empty() && !IsValidPhone(a.phone)) in.AddError(core::CoreErr("phone_format").At("phone"));
  in.Finish();
  return a;
}

}  // namespace

Response ListAgenciesHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& a : ListAgencies(*conn, ctx.scope())) items.push_back(AgencyJson(a));
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response CreateAgencyHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  AgencyInput a = Read(in, true);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(AgencyJson(CreateAgency(*conn, ctx.who(), a, *ctx.svc.clock)), 201);
}

Response UpdateAgencyHandler(Context& ctx) {
  int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  AgencyInput a = Read(in, false);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(AgencyJson(UpdateAgency(*conn, ctx.who(), id, a, *ctx.svc.clock)));
}

Response SetAgencyStatusHandler(Context& ctx, const std::string& status) {
  int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  Agency after = SetAgencyStatus(*conn, ctx.who(), id, status, *ctx.svc.clock);
  // Committed: this node's cached principals go now (other nodes on the identity revision).
  if (ctx.svc.sessions) ctx.svc.sessions->Invalidate();
  return api::JsonResponse(AgencyJson(after));
}

}  // namespace anjian::registry
