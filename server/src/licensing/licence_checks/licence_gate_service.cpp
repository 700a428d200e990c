#include "licensing/licence_checks/licence_gate_service.hpp"

#include <spdlog/spdlog.h>

#include "core/china_time.hpp"
#include "core/clock.hpp"
#include "explosives/catalogue/catalogue_rules.hpp"
#include "licensing/licence_checks/licence_gate_repository.hpp"
#include "licensing/licence_checks/licence_gate_rules.hpp"
#include "licensing/licences/licence_repository.hpp"
#include "settings/settings_repository.hpp"

namespace anjian::licence_checks {

namespace {

LicenceGateConfig LoadGateConfig(storage::Connection& conn) {
  auto stored = settings::StoredValue(conn, "licence_gate");
  if (!stored) return {};
  if (auto c = LicenceGateConfigFromJson(*stored)) return *c;
  spdlog::warn("settings licence_gate is invalid; using the defaults");
  return {};
}

GateProduct ProductOf(const catalogue::Product& p) {
  return {p.id, std::string(catalogue::ProductKindValue(p.kind)), catalogue::DisplayNameZh(p),
          std::string(catalogue::UnitLabelZh(p.unit))};
}

// The enterprise's licences of the kinds the gate reads, as the licence area stores them (status
// valid | suspended | revoked; expiry is judged on the voucher's date by the rules).
std::vector<GateLicence> GateLicencesOf(storage::Connection& conn, std::int64_t enterprise_id) {
  std::vector<GateLicence> out;
  for (const auto& l : licences::LicencesOf(conn, enterprise_id)) {
    if (l.kind != kProductionLicence && l.kind != kSalesLicence) continue;
    auto from = core::ParseIsoDate(l.valid_from);
    auto to = core::ParseIsoDate(l.valid_to);
    if (!from || !to) continue;
    GateLicence g{l.kind, l.number, l.stored_status.empty() ? l.status : l.stored_status, *from, *to, {}};
    for (const auto& p : l.scope.products)
      g.scope.push_back({p.product_code, p.product_name, p.annual_quantity_milli, ""});
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace

std::vector<FieldError> CheckVoucherLicence(storage::Connection& conn, std::int64_t enterprise_id,
                                            const voucher::Voucher& v,
                                            const std::string& posted_at) {
  using voucher::Direction;
  using voucher::Reason;
  if (v.reversal) return {};
  GateVoucher kind;
  if (v.direction == Direction::kIn && v.reason == Reason::kProduction)
    kind = GateVoucher::kProduction;
  else if (v.direction == Direction::kOut && v.reason == Reason::kSale)
    kind = GateVoucher::kSale;
  else
    return {};
  const LicenceGateConfig config = LoadGateConfig(conn);
  if (!config.enabled) return {};

  GateInput in;
  in.voucher = kind;
  in.on = core::ChinaDate(core::UnixFromIso(posted_at));
  in.producer_sells_own = config.producer_sells_own != 0;
  in.licences = GateLicencesOf(conn, enterprise_id);
  const catalogue::Catalogue& products = catalogue::InForce();
  for (const auto& line : v.lines) {
    const catalogue::Product* p = products.Find(line.product);
    if (!p) continue;  // product_unknown is the voucher rules' answer
    in.lines.push_back({ProductOf(*p), line.quantity_milli});
  }
  if (in.lines.empty()) return {};
  const std::string from = core::IsoFromUnix(core::ChinaDayStart(core::Date{in.on.year, 1, 1}));
  const std::string to = core::IsoFromUnix(core::ChinaDayStart(core::Date{in.on.year + 1, 1, 1}));
  in.year_to_date_milli = BookedPerProduct(
      conn, enterprise_id, std::string(voucher::ReasonValue(v.reason)), from, to);
  for (const auto& [id, _] : in.year_to_date_milli)
    if (const catalogue::Product* p = products.Find(id))
      in.product_kinds[id] = std::string(catalogue::ProductKindValue(p->kind));
  return CheckLicenceGate(in);
}

}  // namespace anjian::licence_checks
