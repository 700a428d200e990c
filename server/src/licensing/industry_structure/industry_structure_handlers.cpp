#include "licensing/industry_structure/industry_structure_handlers.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "core/core_errors.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "licensing/industry_structure/industry_structure_repository.hpp"
#include "licensing/industry_structure/industry_structure_rules.hpp"
#include "licensing/licences/licence_repository.hpp"
#include "platform/api/json.hpp"

namespace anjian::industry_structure {

namespace json = boost::json;

namespace {

json::value Permille(const std::optional<std::int64_t>& p) {
  return p ? json::value(*p) : json::value(nullptr);
}

json::object RowJson(const ShareRow& r, const std::string& name, const CapacityAt* mixing) {
  return json::object{{"region_path", r.region_path},
                      {"region_name", name},
                      {"electronic", r.electronic},
                      {"other", r.other},
                      {"total", r.electronic + r.other},
                      {"share_permille", Permille(r.share_permille)},
                      {"on_site_mixing_t", mixing ? mixing->tonnes : 0},
                      {"on_site_mixing_licences", mixing ? mixing->licences : 0}};
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
  Structure s = RollUp(scope_path, output);
  // 现场混装 capacity: the production licences in force at the year's end (today for this year).
  const core::Date day = year == this_year ? core::ChinaDate(ctx.Now()) : core::Date{year, 12, 31};
  std::vector<CapacityAt> capacity;
  for (const auto& m : licences::OnSiteMixingByPath(*conn, scope, day))
    capacity.push_back({m.region_path, m.tonnes, m.licences});
  const auto mixing = SumCapacityByChild(scope_path, capacity);
  auto mixing_of = [&](const std::string& key) -> const CapacityAt* {
    auto it = mixing.find(key);
    return it == mixing.end() ? nullptr : &it->second;
  };
  // A region with mixing capacity but no detonator output still gets its row.
  for (const auto& [key, c] : mixing) {
    if (key.empty()) continue;
    bool present = false;
    for (const auto& r : s.regions) present = present || r.region_path == key;
    if (!present) s.regions.push_back({key, 0, 0, std::nullopt});
  }
  std::sort(s.regions.begin(), s.regions.end(),
            [](const ShareRow& a, const ShareRow& b) { return a.region_path < b.region_path; });
  const auto names = RegionNamesUnder(*conn, scope_path);
  auto name_of = [&](const std::string& path) {
    auto it = names.find(path);
    return it == names.end() ? std::string() : it->second;
  };
  json::array regions;
  for (const auto& r : s.regions)
    regions.push_back(RowJson(r, name_of(r.region_path), mixing_of(r.region_path)));
  return api::JsonResponse(json::object{
      {"year", year},
      {"source", "工信部安全〔2020〕83号（十四）：普通雷管转型升级为数码电子雷管、推广现场混装；"
                 "按产品目录的品种（工业数码电子雷管 / 其他工业雷管）汇总生产入库单，现场混装能力按年末"
                 "（本年为今日）有效的民用爆炸物品生产许可证载明的现场混装能力汇总"},
      {"mixing_on", core::FormatIsoDate(day)},
      {"total", RowJson(s.total, name_of(scope_path), mixing_of(""))},
      {"regions", std::move(regions)}});
}

}  // namespace anjian::industry_structure
