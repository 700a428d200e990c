// /api/v1/regions/zones, /api/v1/regions/{code}: the functional zones (功能区) the system
// administrator (org:manage) adds under a city, renames, deactivates and reactivates, with
// their history. GB/T 2260 regions are data (server/data) and are not edited here.
#include <boost/json.hpp>

#include "platform/api/router.hpp"
#include "registry/handlers.hpp"
#include "registry/region_service.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::registry {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

ZoneInput Read(api::JsonInput& in, bool creating) {
  ZoneInput z;
  if (creating) z.parent_code = in.Str("parent_code", true, 20);
  z.name = in.Str("name", true, 50);
  if (!z.name.empty() && api::Utf8Length(z.name) < 2) in.AddError(Err("min_length").At("name", 2));
  z.name_en = in.Str("name_en", false, 100);
  in.Finish();
  return z;
}

std::string PathCode(Context& ctx) {
  if (ctx.req.path_params.empty()) throw ApiException{Error::NotFound("region")};
  return ctx.req.path_params[0];
}

json::object ZoneJson(const RegionInfo& r) {
  return json::object{{"code", r.code},       {"name", r.name},   {"name_en", r.name_en},
                      {"kind", r.kind},       {"parent_code", r.parent_code},
                      {"level", r.level},     {"status", r.status}};
}

}  // namespace

Response CreateZoneHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  ZoneInput z = Read(in, true);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ZoneJson(CreateZone(*conn, ctx.who(), z, *ctx.svc.clock)), 201);
}

Response UpdateZoneHandler(Context& ctx) {
  const std::string code = PathCode(ctx);
  api::JsonInput in(ctx.req.body);
  ZoneInput z = Read(in, false);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ZoneJson(RenameZone(*conn, ctx.who(), code, z, *ctx.svc.clock)));
}

Response SetZoneStatusHandler(Context& ctx, const std::string& status) {
  const std::string code = PathCode(ctx);
  api::JsonInput in(ctx.req.body);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ZoneJson(SetZoneStatus(*conn, ctx.who(), code, status, *ctx.svc.clock)));
}

Response RegionHistoryHandler(Context& ctx) {
  const std::string code = PathCode(ctx);
  auto conn = ctx.svc.db->Acquire();
  json::array items;
  for (const auto& c : ZoneHistory(*conn, code))
    items.push_back(json::object{{"id", c.id},
                                 {"action", c.action},
                                 {"name", c.name},
                                 {"name_en", c.name_en},
                                 {"status", c.status},
                                 {"changed_by_name", c.changed_by_name},
                                 {"changed_at", c.changed_at}});
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

}  // namespace anjian::registry
