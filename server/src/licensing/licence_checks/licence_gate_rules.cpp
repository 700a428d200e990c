#include "licensing/licence_checks/licence_gate_rules.hpp"

#include <algorithm>

#include "core/core_errors.hpp"
#include "core/flat_config_json.hpp"
#include "explosives/catalogue/quantity_rules.hpp"
#include "licensing/licence_checks/licence_checks_errors.hpp"

namespace anjian::licence_checks {

namespace {

const std::vector<core::FlatField<LicenceGateConfig>>& Fields() {
  static const std::vector<core::FlatField<LicenceGateConfig>> kFields = {
      {"enabled", &LicenceGateConfig::enabled},
      {"producer_sells_own", &LicenceGateConfig::producer_sells_own},
  };
  return kFields;
}

std::string_view KindZh(std::string_view kind) {
  if (kind == kProductionLicence) return "民用爆炸物品生产许可证";
  if (kind == kSalesLicence) return "民用爆炸物品销售许可证";
  return kind;
}
std::string_view KindEn(std::string_view kind) {
  if (kind == kProductionLicence) return "civil explosives production licence";
  if (kind == kSalesLicence) return "civil explosives sales licence";
  return kind;
}
std::string_view VoucherZh(GateVoucher v) {
  return v == GateVoucher::kProduction ? "生产入库单" : "销售出库单";
}
std::string_view VoucherEn(GateVoucher v) { return v == GateVoucher::kProduction ? "production" : "sale"; }
std::string_view VerbZh(GateVoucher v) { return v == GateVoucher::kProduction ? "生产" : "销售"; }
std::string_view VerbEn(GateVoucher v) { return v == GateVoucher::kProduction ? "produce" : "sell"; }

std::string_view ReasonZh(std::string_view r) {
  if (r == "suspended") return "已暂扣";
  if (r == "revoked") return "已吊销";
  if (r == "expired") return "已过期";
  return "尚未生效";
}
std::string_view ReasonEn(std::string_view r) {
  if (r == "not_yet_valid") return "not yet valid";
  return r;
}

// The licence kinds that cover this voucher, the needed one first.
std::vector<std::string_view> KindsFor(const GateInput& in) {
  if (in.voucher == GateVoucher::kProduction) return {kProductionLicence};
  if (in.producer_sells_own) return {kSalesLicence, kProductionLicence};
  return {kSalesLicence};
}

}  // namespace

std::vector<FieldError> ValidateLicenceGateConfig(const LicenceGateConfig& c) {
  std::vector<FieldError> errors;
  if (c.enabled != 0 && c.enabled != 1) errors.push_back(core::CoreErr("range").At("enabled", 0, 1));
  if (c.producer_sells_own != 0 && c.producer_sells_own != 1)
    errors.push_back(core::CoreErr("range").At("producer_sells_own", 0, 1));
  return errors;
}

std::string LicenceGateConfigToJson(const LicenceGateConfig& c) {
  return core::FlatConfigToJson(c, Fields());
}

std::variant<LicenceGateConfig, std::vector<FieldError>> ParseLicenceGateConfig(
    std::string_view text) {
  LicenceGateConfig c;
  auto errors = core::FlatConfigFromJson(text, Fields(), c);
  if (errors.empty()) errors = ValidateLicenceGateConfig(c);
  if (!errors.empty()) return errors;
  return c;
}

std::optional<LicenceGateConfig> LicenceGateConfigFromJson(std::string_view text) {
  auto parsed = ParseLicenceGateConfig(text);
  if (auto* c = std::get_if<LicenceGateConfig>(&parsed)) return *c;
  return std::nullopt;
}

bool InForceOn(const GateLicence& l, const core::Date& on) {
  return NotInForceReason(l, on).empty();
}

std::string NotInForceReason(const GateLicence& l, const core::Date& on) {
  if (l.status == "suspended") return "suspended";
  if (l.status == "revoked") return "revoked";
  if (l.status == "expired" || on > l.valid_until) return "expired";
  if (on < l.valid_from) return "not_yet_valid";
  if (l.status != "valid") return "expired";  // an unknown status never lets goods through
  return "";
}

bool EntryCovers(const ScopeEntry& e, const GateProduct& p) {
  return !e.product_code.empty() && (e.product_code == p.id || e.product_code == p.kind);
}

std::vector<FieldError> CheckLicenceGate(const GateInput& in) {
  const auto kinds = KindsFor(in);
  const std::string date = core::FormatIsoDate(in.on);
  // Licences of the kinds that cover the voucher, in kind order; those in force on the date.
  std::vector<const GateLicence*> candidates, in_force;
  for (auto kind : kinds)
    for (const auto& l : in.licences)
      if (l.kind == kind) {
        candidates.push_back(&l);
        if (InForceOn(l, in.on)) in_force.push_back(&l);
      }
  const std::string needed(kinds.front());
  if (in_force.empty()) {
    // Name the needed kind's licence that was in force last (else any candidate).
    const GateLicence* named = nullptr;
    for (const auto* l : candidates)
      if (l->kind == needed && (!named || l->valid_until > named->valid_until)) named = l;
    if (!named)
      for (const auto* l : candidates)
        if (!named || l->valid_until > named->valid_until) named = l;
    if (!named)
      return {Err("licence_gate_missing")
                  .At("reason", KindEn(needed), date, VoucherEn(in.voucher), KindZh(needed), date,
                      VoucherZh(in.voucher))};
    const std::string why = NotInForceReason(*named, in.on);
    const std::string from = core::FormatIsoDate(named->valid_from);
    const std::string until = core::FormatIsoDate(named->valid_until);
    return {Err("licence_gate_not_in_force")
                .At("reason", named->number, ReasonEn(why), date, from, until, VoucherEn(in.voucher),
                    named->number, ReasonZh(why), date, from, until, VoucherZh(in.voucher))};
  }

  std::vector<FieldError> errors;
  struct Use {
    const GateLicence* licence;
    const ScopeEntry* entry;
    std::int64_t quantity_milli = 0;
    std::size_t last_line = 0;
  };
  std::vector<Use> uses;
  for (std::size_t i = 0; i < in.lines.size(); ++i) {
    const auto& line = in.lines[i];
    const GateLicence* licence = nullptr;
    const ScopeEntry* entry = nullptr;
    for (const auto* l : in_force) {
      for (const auto& e : l->scope)
        if (EntryCovers(e, line.product)) {
          entry = &e;
          break;
        }
      if (entry) {
        licence = l;
        break;
      }
    }
    if (!entry) {
      std::string numbers;
      for (const auto* l : in_force) numbers += (numbers.empty() ? "" : "、") + l->number;
      errors.push_back(Err("licence_gate_product")
                           .At("lines[" + std::to_string(i) + "].product", line.product.id, numbers,
                               VerbEn(in.voucher), line.product.label_zh, numbers,
                               VerbZh(in.voucher)));
      continue;
    }
    auto it = std::find_if(uses.begin(), uses.end(),
                           [&](const Use& u) { return u.entry == entry; });
    if (it == uses.end()) it = uses.insert(uses.end(), Use{licence, entry, 0, i});
    it->quantity_milli += line.quantity_milli;
    it->last_line = i;
  }
  for (const auto& u : uses) {
    if (!u.entry->annual_quantity_milli) continue;
    std::int64_t ytd = 0;
    for (const auto& [id, milli] : in.year_to_date_milli) {
      auto k = in.product_kinds.find(id);
      GateProduct p{id, k == in.product_kinds.end() ? "" : k->second, "", ""};
      if (EntryCovers(*u.entry, p)) ytd += milli;
    }
    const std::int64_t total = ytd + u.quantity_milli;
    const std::int64_t allowed = *u.entry->annual_quantity_milli;
    if (total <= allowed) continue;
    const auto& product = in.lines[u.last_line].product;
    const std::string unit = u.entry->unit_zh.empty() ? product.unit_zh : u.entry->unit_zh;
    const std::string label = u.entry->label_zh.empty() ? product.label_zh : u.entry->label_zh;
    using catalogue::FormatMilli;
    errors.push_back(Err("licence_gate_quantity")
                         .At("lines[" + std::to_string(u.last_line) + "].quantity",
                             u.licence->number, FormatMilli(allowed), unit, u.entry->product_code,
                             FormatMilli(ytd), FormatMilli(u.quantity_milli), FormatMilli(total),
                             u.licence->number, FormatMilli(allowed), unit, label,
                             VerbZh(in.voucher), FormatMilli(ytd), FormatMilli(u.quantity_milli),
                             FormatMilli(total)));
  }
  return errors;
}

}  // namespace anjian::licence_checks
