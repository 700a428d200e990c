#include "explosives/magazine/magazine_handlers.hpp"

#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "explosives/catalogue/catalogue_errors.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/magazine_errors.hpp"
#include "explosives/magazine/magazine_json.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_errors.hpp"
#include "files/file_service.hpp"
#include "platform/api/actor.hpp"

namespace anjian::magazine {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// Only enterprise accounts keep magazines; a regulator granted ledger:manage by the security
// administrator still has no magazine of its own.
int64_t OwnEnterprise(const Context& ctx) {
  if (!ctx.who().enterprise_id) core::Invalid(core::CoreErr("enterprise_account_required").At(""));
  return *ctx.who().enterprise_id;
}

std::optional<int64_t> ReadMilli(api::JsonInput& in, const std::string& field,
                                 std::optional<double> value) {
  if (!value) return std::nullopt;
  auto milli = catalogue::MilliFromDouble(*value);
  if (!milli || *milli < 0) {
    in.AddError(Err("rating_invalid").At(field));
    return std::nullopt;
  }
  return milli;
}

// The same body for creating and editing a magazine: name, kind and rated limits.
MagazineInput ReadMagazineInput(api::JsonInput& in) {
  MagazineInput s;
  s.name = in.Str("name", true, 100);
  std::string kind = in.Str("kind", true, 40);
  if (!kind.empty()) {
    if (auto k = ParseMagazineKind(kind)) s.kind = *k;
    else in.AddError(Err("store_kind_invalid").At("kind"));
  }
  s.limits.net_mass_g = ReadMilli(in, "rated_net_mass_kg", in.Num("rated_net_mass_kg"));
  if (auto pieces = in.Int("rated_pieces")) {
    if (*pieces < 0 || *pieces > 9'000'000'000'000) in.AddError(Err("rating_invalid").At("rated_pieces"));
    else s.limits.pieces = *pieces;
  }
  for (const auto& kv : in.Obj("product_limits")) {
    std::string field = "product_limits." + std::string(kv.key());
    if (!catalogue::InForce().Find(kv.key())) {
      in.AddError(catalogue::Err("product_unknown").At(field, std::string_view(kv.key())));
      continue;
    }
    if (!kv.value().is_number()) {
      in.AddError(core::CoreErr("type").At(field, "a number", "数字"));
      continue;
    }
    if (auto m = ReadMilli(in, field, kv.value().to_number<double>()))
      s.limits.product_quantity_milli[std::string(kv.key())] = *m;
  }
  // Every store is rated, quarantine stores included (magazine_capacity_rules).
  for (auto& e : CheckRating(s.limits)) in.AddError(std::move(e));
  return s;
}

// The approving document of a capacity change (`capacity_approval`), nullopt when the body has
// none; whether one is needed is CheckCapacityChange's to say.
std::optional<CapacityApproval> ReadCapacityApproval(api::JsonInput& in) {
  if (!in.Has("capacity_approval")) return std::nullopt;
  auto obj = in.Obj("capacity_approval");
  api::JsonInput sub(obj);
  CapacityApproval a;
  a.document_number = sub.Str("document_number", false, 100);
  a.issuer = sub.Str("issuer", false, 100);
  if (auto date = sub.OptStr("approved_on", 10); date && !date->empty()) {
    a.approved_on = core::ParseIsoDate(*date);
    // A malformed date is named here; a missing one by CheckCapacityChange.
    if (!a.approved_on) sub.AddError(core::CoreErr("date_invalid").At("approved_on"));
  }
  if (sub.Has("file_id")) a.file_id = sub.Int("file_id");
  for (auto& e : sub.TakeErrors()) {
    e.field = e.field.empty() ? "capacity_approval" : "capacity_approval." + e.field;
    in.AddError(std::move(e));
  }
  return a;
}

}  // namespace

Response ListMagazinesHandler(Context& ctx) {
  std::optional<int64_t> enterprise_id;
  if (auto q = ctx.req.Query("enterprise_id"); q && !q->empty()) {
    if (q->size() > 18 || q->find_first_not_of("0123456789") != std::string::npos)
      core::Invalid(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    enterprise_id = std::stoll(*q);
  }
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      json::object{{"items", MagazinesJson(ListMagazineViews(*conn, ctx.scope(), enterprise_id))}});
}

Response GetMagazineHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      MagazineJson(ViewOf(*conn, RequireMagazine(*conn, ctx.scope(), ctx.PathId()))));
}

Response StockHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      StockJson(StockOf(*conn, RequireMagazine(*conn, ctx.scope(), ctx.PathId()))));
}

Response CreateMagazineHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  MagazineInput s = ReadMagazineInput(in);
  int64_t enterprise_id = OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  auto created = CreateMagazine(*conn, api::ActorOf(ctx), enterprise_id, s, ctx.Now());
  return api::JsonResponse(MagazineJson(created), 201);
}

Response EditMagazineHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  MagazineInput s = ReadMagazineInput(in);
  auto approval = ReadCapacityApproval(in);
  OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (approval && approval->file_id)
    files::CheckAttachments(*conn, ctx.who(), {*approval->file_id}, "capacity_approval.file_id",
                            in.errors());
  in.Finish();
  const core::ManualClock request_time(ctx.Now());  // the notifications are dated as the change
  notifications::PendingPushes pushes(request_time);
  auto edited = EditMagazine(*conn, api::ActorOf(ctx), ctx.scope(), ctx.PathId(), s, approval,
                             pushes, ctx.Now());
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(MagazineJson(edited));
}

Response CapacityHistoryHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const int64_t id = ctx.PathId();
  return api::JsonResponse(CapacityHistoryJson(id, CapacityHistoryOf(*conn, ctx.scope(), id)));
}

Response StorekeepersHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      StorekeepersJson(StorekeepersOf(*conn, RequireMagazine(*conn, ctx.scope(), ctx.PathId()))));
}

Response AssignStorekeeperHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  int64_t user_id = in.Int("user_id", true).value_or(0);
  OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  auto view = AssignStorekeeper(*conn, api::ActorOf(ctx), ctx.scope(), ctx.PathId(),
                                user_id, ctx.Now());
  return api::JsonResponse(StorekeepersJson(view), 201);
}

Response UnassignStorekeeperHandler(Context& ctx) {
  OwnEnterprise(ctx);
  const int64_t magazine_id = ctx.PathId(0);
  std::optional<int64_t> user_id;
  try {
    user_id = ctx.PathId(1);
  } catch (const ApiException&) {
    // Not a user id: 404 once the magazine is found (UnassignStorekeeper).
  }
  auto conn = ctx.svc.db->Acquire();
  auto view = UnassignStorekeeper(*conn, api::ActorOf(ctx), ctx.scope(), magazine_id,
                                  user_id, ctx.Now());
  return api::JsonResponse(StorekeepersJson(view));
}

}  // namespace anjian::magazine
