#include "demo/demo_licence_checks.hpp"

#include <algorithm>

#include "core/china_time.hpp"
#include "core/civil_date.hpp"
#include "core/clock.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "licensing/licences/licence_repository.hpp"
#include "licensing/licences/licence_rules.hpp"

namespace anjian::demo {

namespace {

using catalogue::Milli;

struct Party {
  std::int64_t id = 0;
  std::string region_path;
};

std::optional<Party> EnterpriseOf(storage::Connection& conn, std::int64_t id) {
  auto rs = conn.Query("SELECT id, region_path FROM enterprises WHERE id = ?", {id});
  if (rs.empty()) return std::nullopt;
  return Party{rs.Int(0, "id"), rs.Text(0, "region_path")};
}

bool Holds(storage::Connection& conn, std::int64_t ent, std::string_view kind) {
  for (const auto& l : licences::LicencesOf(conn, ent))
    if (l.kind == kind) return true;
  return false;
}

}  // namespace

void SeedDemoGateLicences(storage::Connection& conn, int64_t producer,
                          const std::vector<int64_t>& sellers, int64_t now_unix) {
  const core::Date today = core::ChinaDate(now_unix);
  const std::string at = core::IsoFromUnix(now_unix);
  auto issuer = conn.Query("SELECT a.id FROM agencies a WHERE a.region_code = '370000'");
  const std::optional<std::int64_t> province =
      issuer.empty() ? std::nullopt : std::optional<std::int64_t>(issuer.Int(0, "id"));
  auto user = conn.Query("SELECT id FROM users WHERE username = 'shandong'");
  if (user.empty()) return;
  const std::int64_t by = user.Int(0, "id");
  int seq = 0;
  auto add = [&](const Party& e, std::string_view kind, const std::string& number,
                 std::int64_t from_days, std::int64_t to_days,
                 std::vector<licences::LicensedProduct> products,
                 std::optional<std::int64_t> on_site_mixing_t = std::nullopt) {
    if (Holds(conn, e.id, kind)) return;
    licences::NewLicence l;
    l.enterprise_id = e.id;
    l.created_by = by;
    l.region_path = e.region_path;
    l.kind = std::string(kind);
    l.number = number;
    l.issuer_agency_id = province;
    l.issuer_name = "山东省工业和信息化厅";
    l.valid_from = core::FormatIsoDate(core::AddDays(today, from_days));
    l.issued_on = l.valid_from;
    l.valid_to = core::FormatIsoDate(core::AddDays(today, to_days));
    l.at = at;
    l.scope.products = std::move(products);
    l.scope.on_site_mixing_t = on_site_mixing_t;
    licences::InsertLicence(conn, l);
    ++seq;
  };
  const std::vector<licences::LicensedProduct> made = {
      {"industrial_explosive", "工业炸药", "kg", Milli(60000)},
      {"electronic_detonator", "工业数码电子雷管", "piece", Milli(200000)},
      {"detonating_cord", "工业导爆索", "m", Milli(20000)},
  };
  if (auto p = EnterpriseOf(conn, producer)) {
    // Valid for the whole demo history and ending in 25 days: the licences demo files its renewal.
    // … with 8,000 t a year of on-site mixing (现场混装), which the industry structure sums.
    add(*p, licences::kExplosivesProduction, "MB生许证字〔2023〕37001号", 25 - 3 * 365 + 1, 25, made,
        8000);
    add(*p, licences::kSafetyProduction, "（鲁）MB安许证字〔2024〕001号", -500, 595, {});
  }
  const std::vector<licences::LicensedProduct> sold = {
      {"industrial_explosive", "工业炸药", "kg", Milli(20000)},
      {"electronic_detonator", "工业数码电子雷管", "piece", Milli(100000)},
      {"detonating_cord", "工业导爆索", "m", Milli(10000)},
  };
  for (size_t i = 0; i < sellers.size(); ++i)
    if (auto s = EnterpriseOf(conn, sellers[i]))
      add(*s, licences::kExplosivesSales, "鲁民爆销〔2025〕0" + std::to_string(31 + i) + "号",
          -400, 695, sold);
  // A third seller whose sales licence ran out 20 days ago and was not renewed: the sweep opens
  // the major hidden danger (234号 item 1) and the 许可条件预警 page lists it.
  auto third = conn.Query(
      "SELECT id FROM enterprises WHERE industry = 'civil_explosives_sales' AND status = 'active' "
      "ORDER BY CASE WHEN region_code = '370883' THEN 0 ELSE 1 END, id");
  for (size_t i = 0; i < third.size(); ++i) {
    const std::int64_t id = third.Int(i, "id");
    if (std::find(sellers.begin(), sellers.end(), id) != sellers.end()) continue;
    if (auto s = EnterpriseOf(conn, id))
      add(*s, licences::kExplosivesSales, "鲁民爆销〔2023〕019号", -1115, -20, sold);
    break;
  }
}

}  // namespace anjian::demo
