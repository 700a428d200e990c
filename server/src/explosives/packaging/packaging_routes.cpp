// /api/v1/packages: registering cases and boxes of detonators (explicit code lists, or a first
// code and a count per box as the producer packs them) and looking one up.
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/voucher/ledger_service.hpp"
#include "explosives/packaging/packaging.hpp"

namespace anjian::ledger {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

Response RegisterRoute(Context& ctx) {
  if (!ctx.who().enterprise_id)
    throw ApiException{Error::Validation(
        {{"", "enterprise_account_required", "only enterprise accounts register packaging",
          "只有企业账号才能登记包装"}})};
  api::JsonInput in(ctx.req.body);
  PackagingInput p;
  p.case_code = in.Str("case_code", false, 64);
  p.product_id = in.Str("product_id", true, 60);
  auto boxes = in.Arr("boxes", 1000);
  size_t total = 0;
  for (size_t i = 0; i < boxes.size(); ++i) {
    const std::string prefix = "boxes[" + std::to_string(i) + "]";
    if (!boxes[i].is_object()) {
      in.AddError({prefix, "type", "must be an object", "类型错误，应为对象"});
      continue;
    }
    api::JsonInput b(boxes[i].as_object());
    BoxInput box;
    box.box_code = b.Str("box_code", true, 64);
    if (b.Has("first_code")) {
      // Generated as the producer packs: consecutive serials from the first code.
      std::string first = b.Str("first_code", true, 13);
      auto count = b.Int("count", true).value_or(0);
      auto range = domain::explosives::ExpandSerialRange(first, count);
      for (auto& e : range.errors) b.AddError(std::move(e));
      box.codes = std::move(range.codes);
    } else {
      box.codes = b.StrList("codes", 100000);
    }
    total += box.codes.size();
    for (auto& e : b.TakeErrors()) {
      e.field = prefix + "." + e.field;
      in.AddError(std::move(e));
    }
    p.boxes.push_back(std::move(box));
  }
  if (total > 200000)
    in.AddError({"boxes", "package_too_large", "at most 200,000 codes per registration",
                 "每次登记最多 200,000 个编码"});
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  std::string top;
  try {
    top = RegisterPackaging(*conn, *ctx.who().enterprise_id, p, ctx.who().user_id,
                            api::ActorOf(ctx));
    tx.Commit();
  } catch (const storage::ConstraintError&) {
    throw ApiException{Error::Conflict("the same package or code was registered at the same time",
                                       "相同包装或编码正被同时登记")};
  }
  return api::JsonResponse(*GetPackage(*conn, AllScope(), top), 201);
}

Response GetRoute(Context& ctx) {
  if (ctx.req.path_params.empty()) throw ApiException{Error::NotFound("package")};
  const std::string code = ctx.req.path_params[0];
  if (code.empty() || code.size() > 64) throw ApiException{Error::NotFound("package")};
  auto conn = ctx.svc.db->Acquire();
  auto o = GetPackage(*conn, ctx.scope(), code);
  if (!o) throw ApiException{Error::NotFound("package")};
  return api::JsonResponse(*o);
}

}  // namespace

void RegisterPackagingRoutes(api::Router& r) {
  r.Add("POST", "/api/v1/packages", "ledger:write", RegisterRoute);
  r.Add("GET", "/api/v1/packages/{code}", "ledger:read", GetRoute);
}

}  // namespace anjian::ledger
