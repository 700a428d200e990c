#include "explosives/magazine/magazine_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "explosives/catalogue/catalogue_errors.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/magazine/capacity_request_service.hpp"
#include "explosives/magazine/magazine_errors.hpp"
#include "explosives/magazine/magazine_json.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_errors.hpp"
#include "files/file_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"

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

// The rated limits of a body (a new store's, a capacity change request's): rated_net_mass_kg,
// rated_pieces, product_limits.
MagazineLimits ReadLimits(api::JsonInput& in) {
  MagazineLimits limits;
  limits.net_mass_g = ReadMilli(in, "rated_net_mass_kg", in.Num("rated_net_mass_kg"));
  if (auto pieces = in.Int("rated_pieces")) {
    if (*pieces < 0 || *pieces > 9'000'000'000'000) in.AddError(Err("rating_invalid").At("rated_pieces"));
    else limits.pieces = *pieces;
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
      limits.product_quantity_milli[std::string(kv.key())] = *m;
  }
  return limits;
}

// True when the body names any rated limit.
bool NamesLimits(api::JsonInput& in) {
  return in.Has("rated_net_mass_kg") || in.Has("rated_pieces") || in.Has("product_limits");
}

// The same body for creating and editing a magazine: name, kind and rated limits. `rating`:
// read the limits (a new store); an edit reads them only when the body names them (the edit may
// not change them: CheckRatingUntouched).
MagazineInput ReadMagazineInput(api::JsonInput& in, bool rating = true) {
  MagazineInput s;
  s.name = in.Str("name", true, 100);
  std::string kind = in.Str("kind", true, 40);
  if (!kind.empty()) {
    if (auto k = ParseMagazineKind(kind)) s.kind = *k;
    else in.AddError(Err("store_kind_invalid").At("kind"));
  }
  if (!rating) return s;
  s.limits = ReadLimits(in);
  // Every store is rated, quarantine stores included (magazine_capacity_rules).
  for (auto& e : CheckRating(s.limits)) in.AddError(std::move(e));
  return s;
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
  auto view = ViewOf(*conn, RequireMagazine(*conn, ctx.scope(), ctx.PathId()));
  json::object out = MagazineJson(view);
  // Issue 15 §1: the design capacity the licence lists, beside the rated limit; `differs` warns.
  if (auto design = LicenceDesignOf(*conn, view.row.id)) {
    const bool differs = design->limits.net_mass_g != view.row.limits.net_mass_g ||
                         design->limits.pieces != view.row.limits.pieces;
    json::object d = RatingJson(design->limits);
    d.erase("product_limits");
    d["licence_id"] = design->licence_id;
    d["licence_number"] = design->licence_number;
    d["differs"] = differs;
    out["licence_design"] = std::move(d);
  } else {
    out["licence_design"] = nullptr;
  }
  return api::JsonResponse(out);
}

Response StockHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      StockJson(StockOf(*conn, RequireMagazine(*conn, ctx.scope(), ctx.PathId()))));
}

Response CreateMagazineHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  MagazineInput s = ReadMagazineInput(in);
  std::optional<int64_t> design_file_id = in.Int("design_file_id");
  int64_t enterprise_id = OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  if (design_file_id)
    files::CheckAttachments(*conn, ctx.who(), {*design_file_id}, "design_file_id", in.errors());
  in.Finish();
  const core::ManualClock request_time(ctx.Now());
  notifications::PendingPushes pushes(request_time);
  auto created = CreateMagazine(*conn, api::ActorOf(ctx), enterprise_id, s, design_file_id,
                                pushes, ctx.Now());
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(MagazineJson(created), 201);
}

Response EditMagazineHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  const bool names_limits = NamesLimits(in);
  MagazineInput s = ReadMagazineInput(in, /*rating=*/false);
  std::optional<MagazineLimits> limits;
  if (names_limits) limits = ReadLimits(in);
  OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  auto edited = EditMagazine(*conn, api::ActorOf(ctx), ctx.scope(), ctx.PathId(), s, limits,
                             ctx.Now());
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

// ---- capacity change requests (库房核定储量变更申请, issue 15 §1) ----

namespace {

CapacityRequestFilter RequestFilterOf(const Context& ctx) {
  CapacityRequestFilter f;
  std::vector<FieldError> errs;
  if (auto q = ctx.req.Query("status"); q && !q->empty()) {
    if (*q != kRequestPending && *q != kRequestApproved && *q != kRequestRejected)
      errs.push_back(core::CoreErr("status_invalid").At("status", "pending, approved, rejected", "pending（待审批）、approved（已批准）、rejected（已驳回）"));
    else f.status = *q;
  }
  for (const char* key : {"store_id", "enterprise_id"}) {
    auto q = ctx.req.Query(key);
    if (!q || q->empty()) continue;
    if (q->size() > 18 || q->find_first_not_of("0123456789") != std::string::npos) {
      errs.push_back(core::CoreErr("type").At(key, "an integer", "整数"));
      continue;
    }
    (std::string_view(key) == "store_id" ? f.store_id : f.enterprise_id) = std::stoll(*q);
  }
  if (!errs.empty()) core::Invalid(std::move(errs));
  return f;
}

std::string RatingText(const MagazineLimits& l) {
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : "；") + part; };
  if (l.net_mass_g) add("净药量 " + catalogue::FormatMilli(*l.net_mass_g) + " kg");
  if (l.pieces) add(std::to_string(*l.pieces) + " 发");
  for (const auto& [p, q] : l.product_quantity_milli) add(p + " " + catalogue::FormatMilli(q));
  return out;
}

}  // namespace

Response CreateCapacityRequestHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  CapacityRequestInput req;
  req.limits = ReadLimits(in);
  req.design_file_id = in.Int("design_file_id");
  req.reason = in.Str("reason", false, 500);
  OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  RequireMagazine(*conn, ctx.scope(), ctx.PathId());  // 404 before any 422 on the body
  if (req.design_file_id)
    files::CheckAttachments(*conn, ctx.who(), {*req.design_file_id}, "design_file_id",
                            in.errors());
  in.Finish();
  const core::ManualClock request_time(ctx.Now());
  notifications::PendingPushes pushes(request_time);
  auto saved = RequestCapacityChange(*conn, api::ActorOf(ctx), ctx.scope(), ctx.PathId(), req,
                                     pushes, ctx.Now());
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(CapacityRequestJson(saved), 201);
}

Response StoreCapacityRequestsHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  const int64_t id = ctx.PathId();
  RequireMagazine(*conn, ctx.scope(), id);
  CapacityRequestFilter f;
  f.store_id = id;
  json::array items;
  for (const auto& r : ListCapacityRequests(*conn, ctx.scope(), f, 500, 0))
    items.push_back(CapacityRequestJson(r));
  return api::JsonResponse(json::object{{"store_id", id}, {"items", std::move(items)}});
}

Response ListCapacityRequestsHandler(Context& ctx) {
  auto f = RequestFilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  const int64_t total = CountCapacityRequests(*conn, ctx.scope(), f);
  json::array items;
  for (const auto& r : ListCapacityRequests(*conn, ctx.scope(), f, size, (page - 1) * size))
    items.push_back(CapacityRequestJson(r));
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response ExportCapacityRequestsHandler(Context& ctx) {
  auto f = RequestFilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& r : ListCapacityRequests(*conn, ctx.scope(), f, 10000, 0))
    rows.push_back({r.id, r.enterprise_name, r.store_name,
                    std::string(r.kind == "initial" ? "首次核定" : "变更"),
                    RatingText(r.old_limits), RatingText(r.new_limits), r.reason,
                    r.requested_by_name,
                    core::ChinaIsoDateTime(core::UnixFromIso(r.requested_at)),
                    RequestStatusZh(r.status), r.decision_agency_name.value_or(""),
                    r.document_number.value_or(""), r.approved_on.value_or(""),
                    r.rejection_reason.value_or("")});
  return api::XlsxDownload("库房核定储量变更申请.xlsx", "核定储量变更申请",
                           {"申请编号", "企业", "库房", "类型", "原核定储量", "申请核定储量",
                            "理由", "申请人", "申请时间", "状态", "审批部门", "批准文号",
                            "批准日期", "驳回理由"},
                           rows);
}

Response GetCapacityRequestHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      CapacityRequestJson(RequireCapacityRequest(*conn, ctx.scope(), ctx.PathId())));
}

Response DecideCapacityRequestHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  CapacityDecision d;
  const std::string decision = in.Str("decision", true, 20);
  if (!decision.empty() && decision != "approve" && decision != "reject")
    in.AddError(core::CoreErr("kind_invalid").At("decision", "approve, reject", "approve（批准）、reject（驳回）"));
  d.approve = decision == "approve";
  d.document_number = in.Str("document_number", false, 100);
  if (auto date = in.OptStr("approved_on", 10); date && !date->empty()) {
    d.approved_on = core::ParseIsoDate(*date);
    if (!d.approved_on) in.AddError(core::CoreErr("date_invalid").At("approved_on"));
  }
  d.file_id = in.Int("file_id");
  d.reason = in.Str("reason", false, 500);
  if (!ctx.who().agency_id) core::Invalid(Err("regulator_account_required").At(""));
  auto conn = ctx.svc.db->Acquire();
  RequireCapacityRequest(*conn, ctx.scope(), ctx.PathId());  // 404 before any 422 on the body
  if (d.file_id) files::CheckAttachments(*conn, ctx.who(), {*d.file_id}, "file_id", in.errors());
  in.Finish();
  const core::ManualClock request_time(ctx.Now());
  notifications::PendingPushes pushes(request_time);
  auto saved = DecideCapacityChange(*conn, api::ActorOf(ctx), ctx.scope(), *ctx.who().agency_id,
                                    ctx.PathId(), d, pushes, ctx.Now());
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(CapacityRequestJson(saved));
}

}  // namespace anjian::magazine
