// The emergency-resource handlers: parse and validate input, call emergency_resource_service,
// render emergency_resource_json.
#include "emergency/resources/emergency_resource_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/core_errors.hpp"
#include "emergency/resources/emergency_resource_json.hpp"
#include "emergency/resources/emergency_resource_service.hpp"
#include "platform/api/xlsx_response.hpp"

namespace anjian::emergency_resources {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::string SoonUntil(const std::string& today, const ResourceAlertConfig& c) {
  return core::FormatIsoDate(core::AddDays(*core::ParseIsoDate(today), c.due_soon_days));
}

ResourceFilter FilterOf(Context& ctx, const ResourceAlertConfig& c) {
  std::vector<FieldError> errs;
  ResourceFilter f;
  f.category = api::Trim(ctx.req.Query("category").value_or(""));
  if (!f.category.empty() && !IsCategory(f.category))
    errs.push_back(core::CoreErr("kind_invalid")
                       .At("category", std::string(kCategoriesEn), std::string(kCategoriesZh)));
  f.alert = api::Trim(ctx.req.Query("alert").value_or(""));
  if (!f.alert.empty() && f.alert != "due_soon" && f.alert != "past_due" && f.alert != "any")
    errs.push_back(core::CoreErr("status_invalid")
                       .At("alert", "due_soon, past_due, any",
                           "due_soon（临期）、past_due（已过期）、any（全部预警）"));
  f.q = api::Trim(ctx.req.Query("q").value_or(""));
  if (f.q.size() > 100) errs.push_back(core::CoreErr("max_length").At("q", 100));
  auto e = api::Trim(ctx.req.Query("enterprise_id").value_or(""));
  if (!e.empty()) {
    try {
      f.enterprise_id = std::stoll(e);
    } catch (...) {
      errs.push_back(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    }
  }
  if (!errs.empty()) core::Invalid(std::move(errs));
  f.today = core::ChinaIsoDate(ctx.Now());
  f.soon_until = SoonUntil(f.today, c);
  return f;
}

ResourceInput ReadInput(api::JsonInput& in) {
  ResourceInput r;
  r.category = in.Str("category", true, 20);
  r.name = in.Str("name", true, 100);
  r.kind = in.Str("kind", false, 20);
  if (auto m = in.Int("members")) r.members = *m;
  r.leader = in.Str("leader", false, 50);
  r.phone = in.Str("phone", false, 30);
  r.field = in.Str("field", false, 100);
  r.title = in.Str("title", false, 50);
  r.unit = in.Str("unit", false, 100);
  r.material_type = in.Str("material_type", false, 50);
  if (auto q = in.Num("quantity")) r.quantity = *q;
  r.quantity_unit = in.Str("quantity_unit", false, 20);
  r.location = in.Str("location", false, 200);
  r.expires_on = in.Str("expires_on", false, 10);
  r.last_inspected_on = in.Str("last_inspected_on", false, 10);
  r.next_inspection_on = in.Str("next_inspection_on", false, 10);
  r.note = in.Str("note", false, 1000);
  return r;
}

Response ItemResponse(Context& ctx, storage::Connection& conn, std::int64_t id, int status) {
  auto row = FindResource(conn, ctx.scope(), id);
  if (!row) throw ApiException{Error::NotFound("emergency_resource")};
  const auto c = LoadResourceAlertConfig(conn);
  json::object o = ResourceJson(*row, core::ChinaIsoDate(ctx.Now()), c);
  json::array history;
  for (const auto& h : ResourceChanges(conn, id))
    history.push_back(json::object{{"version", h.version},
                                   {"action", h.action},
                                   {"data", json::parse(h.data_json)},
                                   {"by", json::object{{"id", h.by_user_id}, {"name", h.by_name}}},
                                   {"at", h.at}});
  o["history"] = std::move(history);
  const auto& who = ctx.who();
  o["can_edit"] = who.Can("emergency_resource:write") &&
                  (who.enterprise_id ? row->enterprise_id == who.enterprise_id
                                     : (who.agency_id && row->agency_id == who.agency_id));
  return api::JsonResponse(o, status);
}

const char* CategoryZh(const std::string& c) {
  return c == "team" ? "应急队伍" : c == "expert" ? "应急专家" : "物资装备";
}
const char* KindZh(const std::string& k) {
  if (k == "full_time") return "专职";
  if (k == "part_time") return "兼职";
  if (k == "equipment") return "装备";
  if (k == "material") return "物资";
  return "";
}

}  // namespace

Response ListResourcesHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto c = LoadResourceAlertConfig(*conn);
  auto f = FilterOf(ctx, c);
  auto [page, size] = ctx.Paging();
  const std::int64_t total = CountResources(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& r : ListResources(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(ResourceJson(r, f.today, c));
  auto o = api::PageJson(std::move(items), total, page, size);
  o["due_soon_days"] = c.due_soon_days;
  return api::JsonResponse(o);
}

Response ExportResourcesHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto c = LoadResourceAlertConfig(*conn);
  auto f = FilterOf(ctx, c);
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& x : ListResources(*conn, ctx.scope(), f, 10000, 0)) {
    const auto alerts = AlertsOf(x.r.expires_on, x.r.next_inspection_on, f.today, c);
    const std::string level = WorstLevel(alerts);
    rows.push_back({x.owner_name, CategoryZh(x.r.category), x.r.name, KindZh(x.r.kind),
                    x.r.category == "team" ? office::Cell(x.r.members) : office::Cell(""),
                    x.r.leader, x.r.phone, x.r.field, x.r.title, x.r.unit,
                    x.r.category == "material" ? office::Cell(x.r.quantity) : office::Cell(""),
                    x.r.quantity_unit, x.r.location, x.r.expires_on, x.r.last_inspected_on,
                    x.r.next_inspection_on,
                    level == "past_due" ? "已过期" : level == "due_soon" ? "临期" : ""});
  }
  return api::XlsxDownload("应急资源.xlsx", "应急资源",
                           {"所属单位", "类别", "名称", "性质/类型", "人数", "负责人", "电话",
                            "专业领域", "职称", "工作单位", "数量", "单位", "存放地点",
                            "有效期至", "上次检验", "下次检验", "预警"},
                           rows);
}

Response ResourceOverviewHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const auto c = LoadResourceAlertConfig(*conn);
  const auto scope = ctx.scope();
  const std::string today = core::ChinaIsoDate(ctx.Now());
  std::string base;
  if (scope.kind == api::Scope::Kind::kRegion) base = scope.region_path;
  else if (scope.kind == api::Scope::Kind::kAll) base = "/";
  json::array regions;
  for (const auto& r : CountsByRegion(*conn, scope, base, today, SoonUntil(today, c)))
    regions.push_back(json::object{{"region_path", r.region_path},
                                   {"region_name", r.region_name},
                                   {"teams", r.teams},
                                   {"team_members", r.team_members},
                                   {"experts", r.experts},
                                   {"materials", r.materials},
                                   {"due_soon", r.due_soon},
                                   {"past_due", r.past_due}});
  return api::JsonResponse(json::object{{"due_soon_days", c.due_soon_days},
                                        {"today", today},
                                        {"regions", std::move(regions)}});
}

Response GetResourceHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return ItemResponse(ctx, *conn, ctx.PathId(), 200);
}

Response CreateResourceHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  auto r = ReadInput(in);
  auto errors = in.TakeErrors();
  auto conn = ctx.svc.db->Acquire();
  const std::int64_t id = CreateResource(*conn, ctx.who(), r, std::move(errors), ctx.Now());
  return ItemResponse(ctx, *conn, id, 201);
}

Response UpdateResourceHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  auto r = ReadInput(in);
  auto errors = in.TakeErrors();
  auto conn = ctx.svc.db->Acquire();
  ReviseResource(*conn, ctx.who(), id, r, std::move(errors), ctx.Now());
  return ItemResponse(ctx, *conn, id, 200);
}

Response DeleteResourceHandler(Context& ctx) {
  const std::int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  DeleteResource(*conn, ctx.who(), id, ctx.Now());
  return api::JsonResponse(json::object{{"id", id}, {"deleted", true}});
}

}  // namespace anjian::emergency_resources
