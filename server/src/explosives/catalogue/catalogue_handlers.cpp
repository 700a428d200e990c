#include "explosives/catalogue/catalogue_handlers.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "explosives/catalogue/catalogue_errors.hpp"
#include "explosives/catalogue/catalogue_json.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "explosives/catalogue/catalogue_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/xlsx_response.hpp"
#include "explosives/magazine/magazine_rules.hpp"
#include "explosives/magazine/magazine_storage_rules.hpp"
#include "explosives/voucher/voucher_kind_rules.hpp"

namespace anjian::catalogue {

namespace json = boost::json;

namespace {

constexpr std::int64_t kAllRows = 100000;

ProductFilter FilterOf(const api::Context& ctx) {
  ProductFilter f;
  f.keyword = ctx.req.Query("keyword").value_or("");
  f.kind = ctx.req.Query("kind").value_or("");
  f.status = ctx.req.Query("status").value_or("");
  f.owner = ctx.req.Query("owner").value_or("");
  std::vector<FieldError> errors;
  if (!f.kind.empty() && !ParseProductKind(f.kind))
    errors.push_back(Err("product_kind").At("kind", f.kind));
  if (!f.status.empty() && f.status != "active" && f.status != "inactive")
    errors.push_back(core::CoreErr("status_invalid").At("status", "active, inactive", "active（启用）、inactive（停用）"));
  if (!f.owner.empty() && f.owner != "deployment" && f.owner != "enterprise")
    errors.push_back(
        core::CoreErr("kind_invalid")
            .At("owner", "deployment, enterprise", "deployment（系统目录）、enterprise（企业自有）"));
  if (auto q = ctx.req.Query("enterprise_id"); q && !q->empty()) {
    if (q->size() > 18 || q->find_first_not_of("0123456789") != std::string::npos)
      errors.push_back(core::CoreErr("type").At("enterprise_id", "an integer", "整数"));
    else
      f.enterprise_id = std::stoll(*q);
  }
  if (!errors.empty()) core::Invalid(std::move(errors));
  return f;
}

ProductInput ReadProductInput(api::JsonInput& in, bool create) {
  ProductInput p;
  if (create) p.code = in.Str("code", false, 40);
  p.name = in.Str("name", true, 100);
  p.name_en = in.Str("name_en", false, 100);
  p.kind = in.Str("kind", true, 40);
  p.brand = in.Str("brand", false, 100);
  p.specification = in.Str("specification", false, 200);
  p.manufacturer = in.Str("manufacturer", false, 200);
  p.unit = in.Str("unit", true, 10);
  p.storage_class = in.Str("storage_class", true, 40);
  p.net_mass_per_unit_g = in.Num("net_mass_per_unit_g");
  if (!p.net_mass_per_unit_g && !in.Has("net_mass_per_unit_g"))
    in.AddError(core::CoreErr("required").At("net_mass_per_unit_g"));
  p.coded = in.Bool("coded", false);
  // The catalogue's rules with the shape's, so every bad field is named at once.
  for (auto& e : CheckProductInput(p, magazine::StorageRulesInForce())) in.AddError(std::move(e));
  return p;
}

Writer WriterOf(const api::Context& ctx) {
  Writer w{api::ActorOf(ctx), ctx.who().enterprise_id, false};
  if (w.enterprise_id && !ctx.who().Can("ledger:manage"))
    throw ApiException{Error::Forbidden()};
  w.deployment_admin = !w.enterprise_id && ctx.who().Can("settings:manage");
  return w;
}

}  // namespace

api::Response ProductsHandler(api::Context& ctx) {
  const auto& rules = magazine::StorageRulesInForce();
  auto conn = ctx.svc.db->Acquire();
  auto [visible, total] = ListProducts(*conn, ctx.scope(), ProductFilter{}, 1, kAllRows);
  json::array items;
  for (const auto& row : visible) {
    const Product& p = row.product;
    const magazine::StorageClass* c = magazine::FindStorageClass(rules, p.storage_class);
    items.push_back(json::object{
        {"id", p.id},
        {"kind", ProductKindValue(p.kind)},
        {"label_zh", p.label_zh},
        {"label_en", p.label_en},
        {"unit", UnitValue(p.unit)},
        {"unit_label_zh", UnitLabelZh(p.unit)},
        {"unit_label_en", UnitLabelEn(p.unit)},
        {"storage_class", p.storage_class},
        {"storage_class_label_zh", c ? c->label_zh : p.storage_class},
        {"net_explosive_mass_per_unit_kg", p.net_explosive_mass_per_unit_kg},
        {"coded", p.coded},
        {"ga441_codes", p.ga441_codes},
        {"catalogue_id", p.db_id},
        {"brand", p.brand},
        {"specification", p.specification},
        {"display_name", DisplayNameZh(p)},
        {"active", p.active},
        {"owner", p.owner_enterprise_id ? "enterprise" : "deployment"}});
  }
  json::array kinds, reasons, conditions;
  for (auto k : magazine::AllMagazineKinds())
    kinds.push_back(json::object{{"value", magazine::MagazineKindValue(k)},
                                 {"label_zh", magazine::MagazineKindLabelZh(k)},
                                 {"label_en", magazine::MagazineKindLabelEn(k)}});
  for (auto r : voucher::AllReasons()) {
    json::array dirs;
    for (auto d : voucher::AllDirections()) {
      const auto& allowed = voucher::ReasonsFor(d);
      if (std::find(allowed.begin(), allowed.end(), r) != allowed.end())
        dirs.emplace_back(voucher::DirectionValue(d));
    }
    reasons.push_back(json::object{{"value", voucher::ReasonValue(r)},
                                   {"label_zh", voucher::ReasonLabelZh(r)},
                                   {"directions", std::move(dirs)}});
  }
  for (auto c : voucher::AllConditions())
    conditions.push_back(json::object{{"value", voucher::ConditionValue(c)},
                                      {"label_zh", voucher::ConditionLabelZh(c)}});
  return api::JsonResponse(json::object{{"items", std::move(items)},
                                        {"storage_rules", magazine::StorageRulesConfigToJson(rules)},
                                        {"store_kinds", std::move(kinds)},
                                        {"reasons", std::move(reasons)},
                                        {"conditions", std::move(conditions)}});
}

api::Response ListProductsHandler(api::Context& ctx) {
  auto f = FilterOf(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto [rows, total] = ListProducts(*conn, ctx.scope(), f, page, size);
  json::array items;
  for (const auto& r : rows) items.push_back(ProductJson(r));
  auto out = api::PageJson(std::move(items), total, page, size);
  // The classes a product may be mapped to, for the form (the administrator reads no ledger).
  json::array classes;
  for (const auto& c : magazine::StorageRulesInForce().classes)
    classes.push_back(json::object{{"id", c.id}, {"label_zh", c.label_zh}, {"label_en", c.label_en}});
  out["storage_classes"] = std::move(classes);
  return api::JsonResponse(out);
}

api::Response ExportProductsHandler(api::Context& ctx) {
  auto f = FilterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto [rows, total] = ListProducts(*conn, ctx.scope(), f, 1, kAllRows);
  const auto& rules = magazine::StorageRulesInForce();
  std::vector<std::vector<office::Cell>> out;
  out.reserve(rows.size());
  for (const auto& r : rows) {
    const Product& p = r.product;
    const auto* c = magazine::FindStorageClass(rules, p.storage_class);
    out.push_back({p.id, p.label_zh, std::string(ProductKindLabelZh(p.kind)), p.brand,
                   p.specification, p.manufacturer, std::string(UnitLabelZh(p.unit)),
                   p.net_explosive_mass_per_unit_kg * 1000.0,
                   c ? c->label_zh : p.storage_class, std::string(p.coded ? "是" : "否"),
                   std::string(p.active ? "启用" : "停用"),
                   r.owner_name.empty() ? std::string("系统目录") : r.owner_name});
  }
  return api::XlsxDownload("民爆物品品种目录.xlsx", "品种目录",
                           {"产品代码", "品名", "类别", "品牌", "规格型号", "生产企业", "计量单位",
                            "单位净药量（克）", "储存类别", "逐发编码", "状态", "所属"},
                           out);
}

api::Response CreateProductHandler(api::Context& ctx) {
  api::JsonInput in(ctx.req.body);
  ProductInput p = ReadProductInput(in, true);
  in.Finish();
  Writer w = WriterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ProductJson(CreateProduct(*conn, w, p)), 201);
}

api::Response GetProductHandler(api::Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ProductJson(RequireProduct(*conn, ctx.scope(), ctx.PathId())));
}

api::Response EditProductHandler(api::Context& ctx) {
  api::JsonInput in(ctx.req.body);
  ProductInput p = ReadProductInput(in, false);
  in.Finish();
  Writer w = WriterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(ProductJson(EditProduct(*conn, ctx.scope(), w, ctx.PathId(), p)));
}

api::Response DeactivateProductHandler(api::Context& ctx) {
  Writer w = WriterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      ProductJson(SetProductActive(*conn, ctx.scope(), w, ctx.PathId(), false)));
}

api::Response ActivateProductHandler(api::Context& ctx) {
  Writer w = WriterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      ProductJson(SetProductActive(*conn, ctx.scope(), w, ctx.PathId(), true)));
}

api::Response DeleteProductHandler(api::Context& ctx) {
  Writer w = WriterOf(ctx);
  auto conn = ctx.svc.db->Acquire();
  RemoveProduct(*conn, ctx.scope(), w, ctx.PathId());
  return api::Response::NoContent();
}

api::Response ProductHistoryHandler(api::Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto row = RequireProduct(*conn, ctx.scope(), ctx.PathId());
  json::array items;
  for (const auto& c : ListChanges(*conn, row.product.db_id)) items.push_back(ChangeJson(c));
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

}  // namespace anjian::catalogue
