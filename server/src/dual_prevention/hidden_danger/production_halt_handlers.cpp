#include "dual_prevention/hidden_danger/production_halt_handlers.hpp"

#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"
#include "dual_prevention/hidden_danger/production_halt_rules.hpp"
#include "dual_prevention/hidden_danger/production_halt_service.hpp"
#include "platform/api/json.hpp"

namespace anjian::hidden_danger::handlers {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

json::object HaltJson(const ProductionHaltRecord& r) {
  const auto state = ParseHaltState(r.state).value_or(HaltState::kHalted);
  json::object o{{"id", r.id},
                 {"enterprise_id", r.enterprise_id},
                 {"enterprise_name", r.enterprise_name},
                 {"hidden_danger_id", r.hidden_danger_id ? json::value(*r.hidden_danger_id)
                                                         : json::value(nullptr)},
                 {"scope", r.scope},
                 {"reason", r.reason},
                 {"halted_at", r.halted_at},
                 {"recorded_by_name", r.recorded_by_name},
                 {"recorded_by_regulator", r.recorded_by_regulator},
                 {"recorded_at", r.recorded_at},
                 {"state", r.state},
                 {"state_label_zh", HaltStateLabelZh(state)},
                 {"state_label_en", HaltStateLabelEn(state)},
                 {"restart_approved_at", r.restart_approved_at
                                             ? json::value(*r.restart_approved_at)
                                             : json::value(nullptr)},
                 {"restart_approved_by_name", r.restart_approved_by_name},
                 {"restart_inspected_on", r.restart_inspected_on},
                 {"restart_inspection", r.restart_inspection}};
  return o;
}

json::object DetailJson(const ProductionHaltDetail& d) {
  auto o = HaltJson(d.halt);
  json::array events;
  for (const auto& e : d.events) {
    json::value details;
    try {
      details = json::parse(e.details_json);
    } catch (...) {
      details = json::object{};
    }
    events.push_back(json::object{{"id", e.id},
                                  {"action", e.action},
                                  {"actor_name", e.actor_name},
                                  {"at", e.at},
                                  {"details", std::move(details)}});
  }
  o["events"] = std::move(events);
  o["can_restart"] = d.can_restart;
  return o;
}

Response Detail(Context& ctx, int64_t id, int status = 200) {
  auto conn = ctx.svc.db->Acquire();
  auto d = GetProductionHalt(*conn, ctx.who(), id);
  if (!d) throw ApiException{Error::NotFound("production halt")};
  return api::JsonResponse(DetailJson(*d), status);
}

}  // namespace

Response ListHalts(Context& ctx) {
  ProductionHaltFilter f;
  std::vector<FieldError> errors;
  if (auto e = ctx.req.Query("enterprise_id"); e && !e->empty()) {
    if (e->size() > 18 || e->find_first_not_of("0123456789") != std::string::npos)
      errors.push_back(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    else
      f.enterprise_id = std::stoll(*e);
  }
  f.state = api::Trim(ctx.req.Query("state").value_or(""));
  if (!f.state.empty() && !ParseHaltState(f.state))
    errors.push_back(Err("state_invalid").At("state"));
  if (!errors.empty()) core::Invalid(std::move(errors));
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result = ListProductionHaltPage(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array items;
  for (const auto& r : result.items) items.push_back(HaltJson(r));
  auto o = api::PageJson(std::move(items), result.total, page, size);
  o["halted_enterprises"] = result.halted_enterprises;
  return api::JsonResponse(std::move(o));
}

Response RecordHalt(Context& ctx) {
  api::JsonInput in(ctx.req.body);  // 400/422 before anything else
  NewProductionHalt h;
  h.enterprise_id = in.Int("enterprise_id");
  h.hidden_danger_id = in.Int("hidden_danger_id");
  h.scope = in.Str("scope", false, 200);
  h.reason = in.Str("reason", false, 2000);
  h.halted_at = in.Str("halted_at", false, 16);
  auto errors = in.TakeErrors();
  int64_t id = 0;
  {
    auto conn = ctx.svc.db->Acquire();
    notifications::PendingPushes pushes(*ctx.svc.clock);
    id = RecordProductionHalt(*conn, ctx.who(), h, std::move(errors), pushes, ctx.Now());
    pushes.Flush(ctx.svc.notifier, *conn);
  }
  return Detail(ctx, id, 201);
}

Response GetHalt(Context& ctx) { return Detail(ctx, ctx.PathId()); }

Response ApproveRestart(Context& ctx) {
  const int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  RestartApproval a;
  a.inspected_on = in.Str("inspected_on", false, 10);
  a.inspection = in.Str("inspection", false, 2000);
  in.Finish();
  {
    auto conn = ctx.svc.db->Acquire();
    notifications::PendingPushes pushes(*ctx.svc.clock);
    hidden_danger::ApproveRestart(*conn, ctx.who(), id, a, pushes, ctx.Now());
    pushes.Flush(ctx.svc.notifier, *conn);
  }
  return Detail(ctx, id);
}

}  // namespace anjian::hidden_danger::handlers
