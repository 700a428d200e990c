#include "licensing/industry_structure/industry_structure_handlers.hpp"

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "licensing/industry_structure/industry_structure_repository.hpp"
#include "licensing/industry_structure/industry_structure_rules.hpp"
#include "platform/api/json.hpp"

namespace anjian::industry_structure {

namespace json = boost::json;

namespace {

json::value Permille(const std::optional<std::int64_t>& p) {
  return p ? json::value(*p) : json::value(nullptr);
}

json::object RowJson(const ShareRow& r, const std::string& name) {
  return json::object{{"region_path", r.region_path},
                      {"region_name", name},
                      {"electronic", r.electronic},
                      {"other", r.other},
                      {"total", r.electronic + r.other},
                      {"share_permille", Permille(r.share_permille)}};
}

}  // namespace

api::Response IndustryStructureHandler(api::Context& ctx) {
  const int this_year = core::ChinaDate(ctx.Now()).year;
  int year = this_year;
  if (auto q = ctx.req.Query("year"); q && !api::Trim(*q).empty()) {
    const std::string y = api::Trim(*q);
    bool digits = y.size() == 4;
    for (char c : y) digits = digits && c >= '0' && c <= '9';
    const int v = digits ? std::stoi(y) : 0;
    if (v < 2000 || v > this_year) core::Invalid(core::CoreErr("range").At("year", 2000, this_year));
    year = v;
  }
  const std::string from = core::IsoFromUnix(core::ChinaDayStart(core::Date{year, 1, 1}));
  const std::string to = core::IsoFromUnix(core::ChinaDayStart(core::Date{year + 1, 1, 1}));
  auto conn = ctx.svc.db->Acquire();
  const api::Scope& scope = ctx.scope();
  const std::string scope_path =
      scope.kind == api::Scope::Kind::kRegion ? scope.region_path : std::string();
  const catalogue::Catalogue& products = catalogue::InForce();
  std::vector<OutputAt> output;
  for (const auto& p : ProductionByPathAndProduct(*conn, scope, from, to)) {
    const catalogue::Product* product = products.Find(p.product_id);
    if (!product) continue;
    if (product->kind == catalogue::ProductKind::kElectronicDetonator)
      output.push_back({p.region_path, p.milli, 0});
    else if (product->kind == catalogue::ProductKind::kDetonator)
      output.push_back({p.region_path, 0, p.milli});
  }
  const Structure s = RollUp(scope_path, output);
  const auto names = RegionNamesUnder(*conn, scope_path);
  auto name_of = [&](const std::string& path) {
    auto it = names.find(path);
    return it == names.end() ? std::string() : it->second;
  };
  json::array regions;
  for (const auto& r : s.regions) regions.push_back(RowJson(r, name_of(r.region_path)));
  return api::JsonResponse(json::object{
      {"year", year},
      {"source", "工信部安全〔2020〕83号（十四）：普通雷管转型升级为数码电子雷管；"
                 "按产品目录的品种（工业数码电子雷管 / 其他工业雷管）汇总生产入库单"},
      {"total", RowJson(s.total, name_of(scope_path))},
      {"regions", std::move(regions)}});
}

}  // namespace anjian::industry_structure
