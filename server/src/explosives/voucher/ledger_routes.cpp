// /api/v1/stores, /api/v1/vouchers, /api/v1/explosive-products, /api/v1/detonator-codes: the
// civil-explosives stores ledger (民爆出入库). Handlers parse and check input, check the second
// person of two-person custody, and post through ledger::PostVoucher in one transaction.
#include <boost/json.hpp>

#include "identity/credential_check.hpp"
#include "identity/session_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/voucher/custody.hpp"
#include "explosives/voucher/ledger_service.hpp"
#include "explosives/packaging/packaging.hpp"
#include "explosives/magazine/store_admin.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// Only enterprise accounts keep books; a regulator granted ledger:write by the security
// administrator still has no store of its own.
int64_t OwnEnterprise(const Context& ctx) {
  if (!ctx.who().enterprise_id)
    throw ApiException{Error::Validation(
        {{"", "enterprise_account_required", "only enterprise accounts keep a stores ledger",
          "只有企业账号才能登记出入库和管理库房"}})};
  return *ctx.who().enterprise_id;
}

void AddPrefixed(api::JsonInput& outer, const std::string& prefix, std::vector<FieldError> errs) {
  for (auto& e : errs) {
    e.field = e.field.empty() ? prefix : prefix + "." + e.field;
    outer.AddError(std::move(e));
  }
}

// ---- products ------------------------------------------------------------------------------

Response Products(Context&) {
  const auto& rules = StorageRules();
  json::array items;
  for (const auto& p : Catalogue().products) {
    const ex::StorageClass* c = ex::FindStorageClass(rules, p.storage_class);
    items.push_back(json::object{
        {"id", p.id},
        {"kind", ex::ProductKindValue(p.kind)},
        {"label_zh", p.label_zh},
        {"label_en", p.label_en},
        {"unit", ex::UnitValue(p.unit)},
        {"unit_label_zh", ex::UnitLabelZh(p.unit)},
        {"unit_label_en", ex::UnitLabelEn(p.unit)},
        {"storage_class", p.storage_class},
        {"storage_class_label_zh", c ? c->label_zh : p.storage_class},
        {"net_explosive_mass_per_unit_kg", p.net_explosive_mass_per_unit_kg},
        {"coded", p.coded},
        {"ga441_codes", p.ga441_codes}});
  }
  json::array kinds, reasons, conditions;
  for (auto k : ex::AllStoreKinds())
    kinds.push_back(json::object{{"value", ex::StoreKindValue(k)},
                                 {"label_zh", ex::StoreKindLabelZh(k)},
                                 {"label_en", ex::StoreKindLabelEn(k)}});
  for (auto r : ex::AllReasons()) {
    json::array dirs;
    for (auto d : ex::AllDirections()) {
      const auto& allowed = ex::ReasonsFor(d);
      if (std::find(allowed.begin(), allowed.end(), r) != allowed.end())
        dirs.emplace_back(ex::DirectionValue(d));
    }
    reasons.push_back(json::object{{"value", ex::ReasonValue(r)},
                                   {"label_zh", ex::ReasonLabelZh(r)},
                                   {"directions", std::move(dirs)}});
  }
  for (auto c : ex::AllConditions())
    conditions.push_back(
        json::object{{"value", ex::ConditionValue(c)}, {"label_zh", ex::ConditionLabelZh(c)}});
  return api::JsonResponse(json::object{{"items", std::move(items)},
                                        {"storage_rules", ex::StorageRulesConfigToJson(rules)},
                                        {"store_kinds", std::move(kinds)},
                                        {"reasons", std::move(reasons)},
                                        {"conditions", std::move(conditions)}});
}

// ---- stores --------------------------------------------------------------------------------

StoreRow RequireStore(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  auto s = FindStore(conn, scope, id);
  if (!s) throw ApiException{Error::NotFound("store")};
  return *s;
}

Response ListStoresRoute(Context& ctx) {
  std::optional<int64_t> enterprise_id;
  if (auto q = ctx.req.Query("enterprise_id"); q && !q->empty()) {
    if (q->size() > 18 || q->find_first_not_of("0123456789") != std::string::npos)
      throw ApiException{Error::Validation(
          {{"enterprise_id", "type", "must be an integer", "类型错误，应为整数"}})};
    enterprise_id = std::stoll(*q);
  }
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      json::object{{"items", ListStoresJson(*conn, ctx.scope(), enterprise_id)}});
}

Response GetStore(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(StoreJson(*conn, RequireStore(*conn, ctx.scope(), ctx.PathId())));
}

Response Stock(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(StockJson(*conn, RequireStore(*conn, ctx.scope(), ctx.PathId())));
}

std::optional<int64_t> ReadMilli(api::JsonInput& in, const std::string& field,
                                 std::optional<double> value) {
  if (!value) return std::nullopt;
  auto milli = ex::MilliFromDouble(*value);
  if (!milli || *milli < 0) {
    in.AddError({field, "rating_invalid", "must be a number of at least 0", "应为不小于 0 的数"});
    return std::nullopt;
  }
  return milli;
}

// The same body for creating and editing a store: name, kind and rated limits.
StoreInput ReadStoreInput(api::JsonInput& in) {
  StoreInput s;
  s.name = in.Str("name", true, 100);
  std::string kind = in.Str("kind", true, 40);
  if (!kind.empty()) {
    if (auto k = ex::ParseStoreKind(kind)) s.kind = *k;
    else
      in.AddError({"kind", "store_kind_invalid", "unknown store kind", "未知的库房类型"});
  }
  s.limits.net_mass_g = ReadMilli(in, "rated_net_mass_kg", in.Num("rated_net_mass_kg"));
  if (auto pieces = in.Int("rated_pieces")) {
    if (*pieces < 0)
      in.AddError({"rated_pieces", "rating_invalid", "must be at least 0", "不能小于 0"});
    else
      s.limits.pieces = *pieces;
  }
  for (const auto& kv : in.Obj("product_limits")) {
    std::string field = "product_limits." + std::string(kv.key());
    if (!Catalogue().Find(kv.key())) {
      in.AddError({field, "product_unknown", "not a product of the catalogue", "产品目录中没有该产品"});
      continue;
    }
    if (!kv.value().is_number()) {
      in.AddError({field, "type", "must be a number", "类型错误，应为数字"});
      continue;
    }
    if (auto m = ReadMilli(in, field, kv.value().to_number<double>()))
      s.limits.product_quantity_milli[std::string(kv.key())] = *m;
  }
  bool rated = s.limits.net_mass_g || s.limits.pieces || !s.limits.product_quantity_milli.empty();
  if (!rated && s.kind != ex::StoreKind::kQuarantineStore && !kind.empty())
    in.AddError({"rated_net_mass_kg", "rating_required",
                 "a store needs its rated capacity (net kg, detonator pieces or per-product limits)",
                 "库房须填写核定储量（净药量、雷管发数或分品种限量）"});
  return s;
}

Response CreateStore(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  StoreInput s = ReadStoreInput(in);
  int64_t enterprise_id = OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  int64_t id = InsertStore(*conn, enterprise_id, s);
  auto after = StoreJson(*conn, *FindStore(*conn, AllScope(), id));
  audit::Append(*conn, api::ActorOf(ctx), "create", "store", std::to_string(id), nullptr,
                after);
  tx.Commit();
  return api::JsonResponse(after, 201);
}

Response UpdateStoreRoute(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  StoreInput s = ReadStoreInput(in);
  OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto store = FindStore(*conn, ctx.scope(), ctx.PathId(), /*lock=*/true);
  if (!store) throw ApiException{Error::NotFound("store")};
  auto before = StoreJson(*conn, *store);
  UpdateStore(*conn, *store, s);
  auto after = StoreJson(*conn, *FindStore(*conn, AllScope(), store->id));
  audit::Append(*conn, api::ActorOf(ctx), "update", "store", std::to_string(store->id),
                before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

json::object StorekeepersJson(storage::Connection& conn, const StoreRow& store) {
  return json::object{{"store_id", store.id},
                      {"items", CurrentStorekeepers(conn, store.id)},
                      {"history", StorekeeperHistory(conn, store.id)},
                      {"candidates", StorekeeperCandidates(conn, store.enterprise_id)}};
}

Response StorekeepersRoute(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      StorekeepersJson(*conn, RequireStore(*conn, ctx.scope(), ctx.PathId())));
}

Response AssignStorekeeperRoute(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  int64_t user_id = in.Int("user_id", true).value_or(0);
  OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto store = FindStore(*conn, ctx.scope(), ctx.PathId(), /*lock=*/true);
  if (!store) throw ApiException{Error::NotFound("store")};
  int64_t id = AssignStorekeeper(*conn, *store, user_id, ctx.who().user_id);
  audit::Append(*conn, api::ActorOf(ctx), "assign_storekeeper", "store",
                std::to_string(store->id), nullptr,
                json::object{{"assignment_id", id}, {"user_id", user_id}});
  tx.Commit();
  return api::JsonResponse(StorekeepersJson(*conn, *store), 201);
}

Response UnassignStorekeeperRoute(Context& ctx) {
  OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto store = FindStore(*conn, ctx.scope(), ctx.PathId(0), /*lock=*/true);
  if (!store) throw ApiException{Error::NotFound("store")};
  int64_t user_id = ctx.PathId(1);
  UnassignStorekeeper(*conn, *store, user_id, ctx.who().user_id);
  audit::Append(*conn, api::ActorOf(ctx), "unassign_storekeeper", "store",
                std::to_string(store->id), json::object{{"user_id", user_id}}, nullptr);
  tx.Commit();
  return api::JsonResponse(StorekeepersJson(*conn, *store));
}

// ---- vouchers ------------------------------------------------------------------------------

struct SecondPerson {
  std::string username, password;
};

SecondPerson ReadSecondPerson(api::JsonInput& in) {
  SecondPerson sp;
  if (!in.Has("second_person")) {
    in.Obj("second_person");  // marks it seen
    in.AddError({"second_person", "second_person_required",
                 "two-person custody: the second person's username and password are required",
                 "双人双锁：须由第二人输入其用户名和密码确认"});
    return sp;
  }
  auto obj = in.Obj("second_person");
  api::JsonInput sub(obj);
  sp.username = sub.Str("username", true, 100);
  sp.password = sub.OptStr("password", 200).value_or("");
  if (sp.password.empty()) sub.AddError({"password", "required", "is required", "必填"});
  AddPrefixed(in, "second_person", sub.TakeErrors());
  return sp;
}

// Two-person custody (双人双锁): the second person confirms with their own password, is an
// active account of the same enterprise holding ledger:write, and is not the poster. The check
// is the sign-in's (identity/credential_check.hpp): a wrong password, an unknown name and an
// account that may not confirm give ONE answer (second_person_invalid) after the same work, and
// all three count towards that name's sign-in lockout, so the answer reveals nothing about
// which accounts exist or what rights they hold.
int64_t VerifySecondPerson(Context& ctx, storage::Connection& conn, const SecondPerson& sp,
                           int64_t enterprise_id) {
  auto policy = ctx.svc.sessions ? ctx.svc.sessions->Policy() : identity::PasswordPolicy{};
  using Outcome = identity::SecondPersonResult::Outcome;
  auto check = identity::ConfirmSecondPerson(conn, policy, ctx.Now(), sp.username, sp.password,
                                             ctx.who().ip, ctx.who().user_id, enterprise_id,
                                             "ledger:write");
  if (check.outcome == Outcome::kLocked)
    throw ApiException{Error::Validation(
        {{"second_person.username", "second_person_locked",
          "the second person's account is locked until " +
              storage::IsoFromUnix(check.locked_until),
          "第二人账号已锁定至 " + storage::IsoFromUnix(check.locked_until)}})};
  if (check.outcome == Outcome::kRejected) {
    storage::Transaction tx(conn);
    audit::Append(conn, api::ActorOf(ctx), "second_person_failed", "voucher", "", nullptr,
                  json::object{{"second_person", sp.username}});
    tx.Commit();
    throw ApiException{Error::Validation(
        {{"second_person", "second_person_invalid",
          "the second person's username or password is wrong, or that account may not confirm "
          "this enterprise's postings (a storekeeper, safety officer or principal of this "
          "enterprise with ledger:write)",
          "第二人用户名或密码错误，或该账号无权复核本企业出入库（须为本企业有出入库权限的保管员、"
          "安全员或主要负责人）"}})};
  }
  if (check.outcome == Outcome::kSamePerson)
    throw ApiException{Error::Validation(
        {{"second_person", "second_person_same",
          "the second person must be someone other than the storekeeper posting",
          "第二人不能是登记出入库的保管员本人"}})};
  return check.user_id;
}

ex::Voucher ReadVoucher(api::JsonInput& in) {
  ex::Voucher v;
  v.store_id = in.Int("store_id", true).value_or(0);
  std::string direction = in.Str("direction", true, 20);
  if (!direction.empty()) {
    if (auto d = ex::ParseDirection(direction)) v.direction = *d;
    else
      in.AddError({"direction", "direction_invalid", "must be in, out or transfer",
                   "应为 in、out 或 transfer"});
  }
  std::string reason = in.Str("reason", true, 40);
  if (!reason.empty()) {
    if (auto r = ex::ParseReason(reason)) v.reason = *r;
    else in.AddError({"reason", "reason_invalid", "unknown reason", "未知的出入库事由"});
    if (v.reason == ex::Reason::kStocktakeGain || v.reason == ex::Reason::kStocktakeLoss)
      in.AddError({"reason", "reason_stocktake_only",
                   "stocktake gains and losses are booked by approving a stocktake",
                   "盘盈盘亏只能通过审批盘点入账"});
  }
  v.target_store_id = in.Int("target_store_id");
  auto lines = in.Arr("lines", 1000);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string prefix = "lines[" + std::to_string(i) + "]";
    if (!lines[i].is_object()) {
      in.AddError({prefix, "type", "must be an object", "类型错误，应为对象"});
      continue;
    }
    api::JsonInput li(lines[i].as_object());
    ex::VoucherLine line;
    line.product = li.Str("product_id", true, 60);
    line.codes = li.StrList("codes", 100000);
    auto quantity = li.Num("quantity");
    if (quantity) {
      auto milli = ex::MilliFromDouble(*quantity);
      if (!milli) li.AddError({"quantity", "quantity_invalid", "not a usable number", "数量无效"});
      line.quantity_milli = milli.value_or(0);
    } else if (!line.codes.empty()) {
      line.quantity_milli = ex::Milli(static_cast<int64_t>(line.codes.size()));
    } else if (!li.Has("quantity")) {
      li.AddError({"quantity", "required", "is required", "必填"});
    }
    std::string condition = li.Str("condition", false, 20);
    if (!condition.empty()) {
      if (auto c = ex::ParseCondition(condition)) line.condition = *c;
      else
        li.AddError({"condition", "condition_invalid",
                     "must be normal, waste, seized or unidentified",
                     "应为 normal、waste、seized 或 unidentified"});
    }
    line.batch = li.Str("batch", false, 100);
    AddPrefixed(in, prefix, li.TakeErrors());
    v.lines.push_back(std::move(line));
  }
  if (!in.Has("lines")) in.AddError({"lines", "lines_required", "a voucher needs at least one line",
                                     "单据至少需要一行"});
  return v;
}

Response Posted(storage::Connection& conn, int64_t id, int status) {
  auto o = GetVoucher(conn, AllScope(), id);
  return api::JsonResponse(*o, status);
}

// Runs the posting transaction; a unique-key refusal (a concurrent voucher booked the same
// code or reversed the same voucher first) becomes 409.
int64_t PostInTransaction(Context& ctx, storage::Connection& conn, const PostInput& in) {
  try {
    storage::Transaction tx(conn);
    RequireCustody(conn, in.voucher.store_id, in.storekeeper_id, in.second_person_id);
    int64_t id = PostVoucher(conn, in, api::ActorOf(ctx));
    tx.Commit();
    return id;
  } catch (const storage::ConstraintError&) {
    throw ApiException{Error::Conflict(
        "another voucher booked the same codes (or reversed the same voucher) first; nothing "
        "was posted",
        "另一张单据已先行登记了相同编码（或冲销了同一单据），本单未过账")};
  }
}

Response PostVoucherRoute(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  PostInput post;
  post.voucher = ReadVoucher(in);
  SecondPerson sp = ReadSecondPerson(in);
  int64_t enterprise_id = OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  RequireStore(*conn, ctx.scope(), post.voucher.store_id);
  ExpandVoucherPackages(*conn, post.voucher);  // a scanned case or box stands for its codes
  post.enterprise_id = enterprise_id;
  post.storekeeper_id = ctx.who().user_id;
  post.second_person_id = VerifySecondPerson(ctx, *conn, sp, enterprise_id);
  int64_t id = PostInTransaction(ctx, *conn, post);
  return Posted(*conn, id, 201);
}

Response Reverse(Context& ctx) {
  int64_t original_id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  SecondPerson sp = ReadSecondPerson(in);
  int64_t enterprise_id = OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto original = GetVoucher(*conn, ctx.scope(), original_id, false);
  if (!original) throw ApiException{Error::NotFound("voucher")};
  in.Finish();
  if (original->at("reversal").as_bool())
    throw ApiException{Error::Conflict("a reversal voucher cannot itself be reversed",
                                       "冲销单不能再被冲销")};
  if (!original->at("reversed_by_voucher_id").is_null())
    throw ApiException{Error::Conflict("this voucher has already been reversed",
                                       "该单据已被冲销")};
  auto posted = LoadPostedVoucher(*conn, ctx.scope(), original_id);
  PostInput post;
  post.voucher = ReversalOf(*posted);
  post.enterprise_id = enterprise_id;
  post.storekeeper_id = ctx.who().user_id;
  post.reverses = original_id;
  post.second_person_id = VerifySecondPerson(ctx, *conn, sp, enterprise_id);
  int64_t id = PostInTransaction(ctx, *conn, post);
  return Posted(*conn, id, 201);
}

Response ListVouchersRoute(Context& ctx) {
  VoucherFilter f;
  std::vector<FieldError> errs;
  auto get = [&](const char* k) { return api::Trim(ctx.req.Query(k).value_or("")); };
  if (auto s = get("store_id"); !s.empty()) {
    if (s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos)
      errs.push_back({"store_id", "type", "must be an integer", "类型错误，应为整数"});
    else
      f.store_id = std::stoll(s);
  }
  f.direction = get("direction");
  if (!f.direction.empty() && !ex::ParseDirection(f.direction))
    errs.push_back({"direction", "direction_invalid", "must be in, out or transfer",
                    "应为 in、out 或 transfer"});
  f.reason = get("reason");
  if (!f.reason.empty() && !ex::ParseReason(f.reason))
    errs.push_back({"reason", "reason_invalid", "unknown reason", "未知的出入库事由"});
  auto date = [&](const char* k, std::string& out) {
    out = get(k);
    if (!out.empty() && storage::UnixFromIso(out + "T00:00:00Z") == 0)
      errs.push_back({k, "date_invalid", "must be a date YYYY-MM-DD", "应为日期 YYYY-MM-DD"});
  };
  date("from", f.from);
  date("to", f.to);
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [items, total] = ListVouchers(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array arr;
  for (auto& o : items) arr.push_back(std::move(o));
  return api::JsonResponse(api::PageJson(std::move(arr), total, page, size));
}

Response GetVoucherRoute(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto o = GetVoucher(*conn, ctx.scope(), ctx.PathId());
  if (!o) throw ApiException{Error::NotFound("voucher")};
  return api::JsonResponse(*o);
}

// ---- trace ---------------------------------------------------------------------------------

Response Trace(Context& ctx) {
  if (ctx.req.path_params.empty()) throw ApiException{Error::NotFound()};
  std::string code = ctx.req.path_params[0];
  if (code.empty() || code.size() > 64) throw ApiException{Error::NotFound("detonator code")};
  auto conn = ctx.svc.db->Acquire();
  auto trace = TraceCode(*conn, ctx.scope(), code);
  if (trace.history.empty()) throw ApiException{Error::NotFound("detonator code")};
  json::value current = std::move(trace.current_store);
  json::array items;
  for (auto& h : trace.history) items.push_back(std::move(h));
  return api::JsonResponse(json::object{{"code", code},
                                        {"ga441_valid", ex::IsValidDetonatorCode(code)},
                                        {"in_stock", !current.is_null()},
                                        {"current_store", std::move(current)},
                                        {"history", std::move(items)}});
}

}  // namespace

void RegisterLedgerRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/explosive-products", "ledger:read", Products);
  r.Add("GET", "/api/v1/stores", "ledger:read", ListStoresRoute);
  r.Add("POST", "/api/v1/stores", "ledger:manage", CreateStore);
  r.Add("GET", "/api/v1/stores/{id}", "ledger:read", GetStore);
  r.Add("PUT", "/api/v1/stores/{id}", "ledger:manage", UpdateStoreRoute);
  r.Add("GET", "/api/v1/stores/{id}/stock", "ledger:read", Stock);
  r.Add("GET", "/api/v1/stores/{id}/storekeepers", "ledger:read", StorekeepersRoute);
  r.Add("POST", "/api/v1/stores/{id}/storekeepers", "ledger:manage", AssignStorekeeperRoute);
  r.Add("POST", "/api/v1/stores/{id}/storekeepers/{user_id}/unassignment", "ledger:manage",
        UnassignStorekeeperRoute);
  r.Add("GET", "/api/v1/vouchers", "ledger:read", ListVouchersRoute);
  r.Add("POST", "/api/v1/vouchers", "ledger:write", PostVoucherRoute);
  r.Add("GET", "/api/v1/vouchers/{id}", "ledger:read", GetVoucherRoute);
  r.Add("POST", "/api/v1/vouchers/{id}/reversal", "ledger:write", Reverse);
  r.Add("GET", "/api/v1/detonator-codes/{code}", "ledger:read", Trace);
}

}  // namespace anjian::ledger
