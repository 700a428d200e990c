#include "explosives/voucher/voucher_handlers.hpp"

#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "core/clock.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "explosives/destruction/destruction_handlers.hpp"
#include "explosives/magazine/magazine_json.hpp"
#include "explosives/voucher/counterparty_rules.hpp"
#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/voucher/voucher_errors.hpp"
#include "explosives/voucher/voucher_service.hpp"
#include "explosives/workshops/four_over_service.hpp"  // issue 15 §3
#include "identity/session_service.hpp"
#include "platform/api/actor.hpp"
#include "registry/uscc_rules.hpp"

namespace anjian::voucher {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

// Only enterprise accounts keep books; a regulator granted ledger:write by the security
// administrator still has no magazine of its own.
int64_t OwnEnterprise(const Context& ctx) {
  if (!ctx.who().enterprise_id) core::Invalid(core::CoreErr("enterprise_account_required").At(""));
  return *ctx.who().enterprise_id;
}

void AddPrefixed(api::JsonInput& outer, const std::string& prefix, std::vector<FieldError> errs) {
  for (auto& e : errs) {
    e.field = e.field.empty() ? prefix : prefix + "." + e.field;
    outer.AddError(std::move(e));
  }
}

Poster PosterOf(const Context& ctx, int64_t enterprise_id) {
  return {ctx.who().user_id, enterprise_id, api::ActorOf(ctx),
          ctx.svc.sessions ? ctx.svc.sessions->Policy() : identity::PasswordPolicy{}};
}

SecondPerson ReadSecondPerson(api::JsonInput& in) {
  SecondPerson sp;
  if (!in.Has("second_person")) {
    in.Obj("second_person");  // marks it seen
    in.AddError(Err("second_person_required").At("second_person"));
    return sp;
  }
  auto obj = in.Obj("second_person");
  api::JsonInput sub(obj);
  sp.username = sub.Str("username", true, 100);
  sp.password = sub.OptStr("password", 200).value_or("");
  if (sp.password.empty()) sub.AddError(core::CoreErr("required").At("password"));
  AddPrefixed(in, "second_person", sub.TakeErrors());
  return sp;
}

Voucher ReadVoucher(api::JsonInput& in) {
  Voucher v;
  v.magazine_id = in.Int("store_id", true).value_or(0);
  std::string direction = in.Str("direction", true, 20);
  if (!direction.empty()) {
    if (auto d = ParseDirection(direction)) v.direction = *d;
    else in.AddError(Err("direction_invalid").At("direction"));
  }
  std::string reason = in.Str("reason", true, 40);
  if (!reason.empty()) {
    if (auto r = ParseReason(reason)) v.reason = *r;
    else in.AddError(Err("reason_invalid").At("reason"));
    if (v.reason == Reason::kStocktakeGain || v.reason == Reason::kStocktakeLoss)
      in.AddError(Err("reason_stocktake_only").At("reason"));
  }
  v.target_magazine_id = in.Int("target_store_id");
  auto lines = in.Arr("lines", 1000);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string prefix = "lines[" + std::to_string(i) + "]";
    if (!lines[i].is_object()) {
      in.AddError(core::CoreErr("type").At(prefix, "an object", "对象"));
      continue;
    }
    api::JsonInput li(lines[i].as_object());
    VoucherLine line;
    line.product = li.Str("product_id", true, 60);
    line.codes = li.StrList("codes", 100000);
    auto quantity = li.Num("quantity");
    if (quantity) {
      auto milli = catalogue::MilliFromDouble(*quantity);
      if (!milli) li.AddError(Err("quantity_unusable").At("quantity"));
      line.quantity_milli = milli.value_or(0);
    } else if (!line.codes.empty()) {
      line.quantity_milli = catalogue::Milli(static_cast<int64_t>(line.codes.size()));
    } else if (!li.Has("quantity")) {
      li.AddError(core::CoreErr("required").At("quantity"));
    }
    std::string condition = li.Str("condition", false, 20);
    if (!condition.empty()) {
      if (auto c = ParseCondition(condition)) line.condition = *c;
      else li.AddError(Err("condition_invalid").At("condition"));
    }
    line.batch = li.Str("batch", false, 100);
    AddPrefixed(in, prefix, li.TakeErrors());
    v.lines.push_back(std::move(line));
  }
  if (!in.Has("lines")) in.AddError(Err("lines_required").At("lines"));
  if (in.Has("counterparty")) {  // absent or null: none
    auto obj = in.Obj("counterparty");
    api::JsonInput ci(obj);
    Counterparty c;
    c.name = ci.Str("name", false, 200);
    c.uscc = registry::NormalizeUscc(ci.Str("uscc", false, 40));
    c.licence_no = ci.Str("licence_no", false, 100);
    c.transport_licence_no = ci.Str("transport_licence_no", false, 100);
    AddPrefixed(in, "counterparty", ci.TakeErrors());
    v.counterparty = std::move(c);
  } else {
    in.Obj("counterparty");  // marks it seen
  }
  return v;
}

json::value CounterpartyJson(const VoucherRecord& r) {
  const auto& c = r.posted.voucher.counterparty;
  if (!c) return nullptr;
  return json::object{{"role", r.counterparty_role},
                      {"name", c->name},
                      {"uscc", c->uscc},
                      {"licence_no", c->licence_no},
                      {"transport_licence_no", c->transport_licence_no}};
}

json::value OptInt(const std::optional<int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object SummaryJson(const VoucherRecord& r) {
  const auto& v = r.posted.voucher;
  return json::object{
      {"id", r.posted.id},
      {"number", r.posted.number},
      {"enterprise_id", r.posted.enterprise_id},
      {"store_id", v.magazine_id},
      {"store_name", r.magazine_name},
      {"target_store_id", OptInt(v.target_magazine_id)},
      {"target_store_name",
       v.target_magazine_id ? json::value(r.target_magazine_name) : json::value(nullptr)},
      {"direction", DirectionValue(v.direction)},
      {"reason", ReasonValue(v.reason)},
      {"reason_label_zh", ReasonLabelZh(v.reason)},
      {"reversal", v.reversal},
      {"reverses_voucher_id", OptInt(r.posted.reverses)},
      {"reversed_by_voucher_id", OptInt(r.reversed_by)},
      {"storekeeper", json::object{{"id", r.posted.storekeeper_id},
                                   {"display_name", r.storekeeper_name}}},
      {"second_person", json::object{{"id", r.posted.second_person_id},
                                     {"display_name", r.second_person_name}}},
      {"posted_at", r.posted.posted_at},
      {"hash", r.hash}};
}

json::object VoucherJson(const VoucherRecord& r) {
  auto o = SummaryJson(r);
  o["prev_hash"] = r.prev_hash;
  json::array lines;
  int64_t code_count = 0;
  for (size_t i = 0; i < r.posted.voucher.lines.size(); ++i) {
    const auto& l = r.posted.voucher.lines[i];
    const catalogue::Product* p = catalogue::InForce().Find(l.product);
    json::array codes;
    for (const auto& c : l.codes) codes.emplace_back(c);
    code_count += static_cast<int64_t>(l.codes.size());
    lines.push_back(json::object{
        {"line_no", static_cast<int64_t>(i + 1)},
        {"product_id", l.product},
        {"label_zh", p ? catalogue::DisplayNameZh(*p) : l.product},
        {"unit", p ? json::value(catalogue::UnitValue(p->unit)) : json::value(nullptr)},
        {"quantity", magazine::MilliJson(l.quantity_milli)},
        {"condition", ConditionValue(l.condition)},
        {"batch", l.batch},
        {"code_count", l.codes.size()},
        {"codes", std::move(codes)}});
  }
  o["lines"] = std::move(lines);
  o["code_count"] = code_count;
  o["counterparty"] = CounterpartyJson(r);
  o["counterparty_role"] =
      CounterpartyRoleValue(CounterpartyRoleOf(r.posted.voucher.direction,
                                               r.posted.voucher.reason, r.posted.voucher.reversal));
  return o;
}

json::value MagazineRefJson(const std::optional<MagazineRef>& m) {
  if (!m) return nullptr;
  return json::object{{"id", m->id}, {"name", m->name}};
}

// The voucher just posted, read back as GET /vouchers/{id} shows it.
Response Posted(storage::Connection& conn, int64_t id) {
  return api::JsonResponse(VoucherJson(*FindVoucher(conn, magazine::AllScope(), id)), 201);
}

}  // namespace

Response PostVoucherHandler(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  Voucher voucher = ReadVoucher(in);
  SecondPerson sp = ReadSecondPerson(in);
  // 条例 art. 43: a destruction executes its reported destruction plan (explosives/destruction).
  auto execution = destruction::ReadExecution(ctx, in, voucher.reason == Reason::kDestruction);
  int64_t enterprise_id = OwnEnterprise(ctx);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  const Poster poster = PosterOf(ctx, enterprise_id);
  const int64_t id = PostAsStorekeeper(
      *conn, ctx.scope(), poster, std::move(voucher), sp, ctx.Now(),
      execution ? destruction::ExecutionStep(*execution, enterprise_id, poster.user_id,
                                             poster.actor, ctx.Now())
                : WithinPosting{});
  workshops::CheckAfterCommit(*conn, enterprise_id, ctx.svc.notifier, ctx.Now());  // 四超
  return Posted(*conn, id);
}

Response ReverseHandler(Context& ctx) {
  int64_t original_id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  SecondPerson sp = ReadSecondPerson(in);
  int64_t enterprise_id = OwnEnterprise(ctx);
  auto conn = ctx.svc.db->Acquire();
  const VoucherRecord original = RequireVoucher(*conn, ctx.scope(), original_id);
  in.Finish();
  const int64_t id =
      ReverseAsStorekeeper(*conn, PosterOf(ctx, enterprise_id), original, sp, ctx.Now());
  workshops::CheckAfterCommit(*conn, enterprise_id, ctx.svc.notifier, ctx.Now());  // 四超
  return Posted(*conn, id);
}

Response ListVouchersHandler(Context& ctx) {
  VoucherFilter f;
  std::vector<FieldError> errs;
  auto get = [&](const char* k) { return api::Trim(ctx.req.Query(k).value_or("")); };
  if (auto s = get("store_id"); !s.empty()) {
    if (s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos)
      errs.push_back(core::CoreErr("type").At("store_id", "an integer", "整数"));
    else
      f.magazine_id = std::stoll(s);
  }
  f.direction = get("direction");
  if (!f.direction.empty() && !ParseDirection(f.direction))
    errs.push_back(Err("direction_invalid").At("direction"));
  f.reason = get("reason");
  if (!f.reason.empty() && !ParseReason(f.reason)) errs.push_back(Err("reason_invalid").At("reason"));
  auto date = [&](const char* k, std::string& out) {
    out = get(k);
    if (!out.empty() && core::UnixFromIso(out + "T00:00:00Z") == 0)
      errs.push_back(core::CoreErr("date_invalid").At(k));
  };
  date("from", f.from);
  date("to", f.to);
  if (!errs.empty()) core::Invalid(std::move(errs));
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [records, total] = ListVoucherPage(*conn, ctx.scope(), f, page, size);
  json::array items;
  for (const auto& r : records) {
    auto o = SummaryJson(r);
    o["line_count"] = r.line_count;
    o["code_count"] = r.code_count;
    items.push_back(std::move(o));
  }
  return api::JsonResponse(api::PageJson(std::move(items), total, page, size));
}

Response GetVoucherHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto r = FindVoucher(*conn, ctx.scope(), ctx.PathId());
  if (!r) throw ApiException{Error::NotFound("voucher")};
  return api::JsonResponse(VoucherJson(*r));
}

Response TraceHandler(Context& ctx) {
  if (ctx.req.path_params.empty()) throw ApiException{Error::NotFound()};
  std::string code = ctx.req.path_params[0];
  if (code.empty() || code.size() > 64) throw ApiException{Error::NotFound("detonator code")};
  auto conn = ctx.svc.db->Acquire();
  auto trace = TraceCodeMoves(*conn, ctx.scope(), code);
  if (trace.history.empty()) throw ApiException{Error::NotFound("detonator code")};
  json::value current = nullptr;
  if (trace.current)
    current = json::object{{"id", trace.current->magazine.id},
                           {"name", trace.current->magazine.name},
                           {"enterprise_id", trace.current->enterprise_id},
                           {"enterprise_name", trace.current->enterprise_name}};
  json::array items;
  for (const auto& h : trace.history)
    items.push_back(json::object{{"voucher_id", h.voucher_id},
                                 {"voucher_number", h.voucher_number},
                                 {"direction", h.direction},
                                 {"reason", h.reason},
                                 {"reversal", h.reversal},
                                 {"product_id", h.product_id},
                                 {"enterprise_id", h.enterprise_id},
                                 {"enterprise_name", h.enterprise_name},
                                 {"from_store", MagazineRefJson(h.from)},
                                 {"to_store", MagazineRefJson(h.to)},
                                 {"at", h.at}});
  const bool in_stock = !current.is_null();
  return api::JsonResponse(json::object{{"code", code},
                                        {"ga441_valid", IsValidDetonatorCode(code)},
                                        {"in_stock", in_stock},
                                        {"current_store", std::move(current)},
                                        {"history", std::move(items)}});
}

}  // namespace anjian::voucher
