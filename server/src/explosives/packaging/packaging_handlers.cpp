#include "explosives/packaging/packaging_handlers.hpp"

#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "explosives/magazine/magazine_repository.hpp"
#include "explosives/packaging/packaging_errors.hpp"
#include "explosives/packaging/packaging_service.hpp"
#include "explosives/voucher/detonator_code_rules.hpp"
#include "explosives/voucher/voucher_errors.hpp"
#include "platform/api/actor.hpp"

namespace anjian::packaging {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

json::object PackageJson(const PackageView& view) {
  const PackageRow& p = view.row;
  json::object o{{"code", p.code},
                 {"kind", p.kind},
                 {"case_code", p.case_code ? json::value(*p.case_code) : json::value(nullptr)},
                 {"product_id", p.product_id},
                 {"code_count", p.code_count},
                 {"enterprise_id", p.enterprise_id},
                 {"enterprise_name", p.enterprise_name},
                 {"registered_at", p.registered_at}};
  if (p.kind == "case") {
    json::array boxes;
    for (const auto& [code, count] : view.boxes)
      boxes.push_back(json::object{{"code", code}, {"code_count", count}});
    o["boxes"] = std::move(boxes);
  }
  json::array codes;
  for (const auto& c : view.codes) codes.emplace_back(c);
  o["codes"] = std::move(codes);
  return o;
}

}  // namespace

Response RegisterPackagingHandler(Context& ctx) {
  if (!ctx.who().enterprise_id)
    core::Invalid(core::CoreErr("enterprise_account_required").At(""));
  api::JsonInput in(ctx.req.body);
  PackagingInput p;
  p.case_code = in.Str("case_code", false, 64);
  p.product_id = in.Str("product_id", true, 60);
  auto boxes = in.Arr("boxes", 1000);
  size_t total = 0;
  for (size_t i = 0; i < boxes.size(); ++i) {
    const std::string prefix = "boxes[" + std::to_string(i) + "]";
    if (!boxes[i].is_object()) {
      in.AddError(core::CoreErr("type").At(prefix, "an object", "对象"));
      continue;
    }
    api::JsonInput b(boxes[i].as_object());
    BoxInput box;
    box.box_code = b.Str("box_code", true, 64);
    if (b.Has("first_code")) {
      // Generated as the producer packs: consecutive serials from the first code.
      std::string first = b.Str("first_code", true, 13);
      auto count = b.Int("count", true).value_or(0);
      auto range = voucher::ExpandSerialRange(first, count);
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
  if (total > 200000) in.AddError(Err("package_too_large").At("boxes"));
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  const std::string top = RegisterPackaging(*conn, *ctx.who().enterprise_id, p,
                                            api::ActorOf(ctx), ctx.Now());
  return api::JsonResponse(PackageJson(*FindPackageView(*conn, magazine::AllScope(), top)), 201);
}

Response GetPackageHandler(Context& ctx) {
  if (ctx.req.path_params.empty()) throw ApiException{Error::NotFound("package")};
  const std::string code = ctx.req.path_params[0];
  if (code.empty() || code.size() > 64) throw ApiException{Error::NotFound("package")};
  auto conn = ctx.svc.db->Acquire();
  auto view = FindPackageView(*conn, ctx.scope(), code);
  if (!view) throw ApiException{Error::NotFound("package")};
  return api::JsonResponse(PackageJson(*view));
}

}  // namespace anjian::packaging
