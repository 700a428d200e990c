// The ledger's licence gate (issue 15 §1 "licences drive the rest"): a production voucher (入库,
// from production) or a sales voucher (出库, sale) is booked only when the enterprise holds a
// licence of the needed kind in force on the voucher's China date, whose scope lists every line's
// product and whose annual quantity the calendar year's vouchers plus this one stay within.
// Sources: 民用爆炸物品安全管理条例 art. 14 (produce only the licensed 品种 and 产量) and art. 20
// (a producer sells its own products on its production licence — rules.md [U]: the article number
// is read from the 2014 text), 工信部安全〔2024〕234号 items 1 (no or expired licence) and 4 (四超:
// over the licensed quantity or product type). Pure: the caller loads the licences and the
// year-to-date quantities (one indexed query) and passes the date.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/civil_date.hpp"
#include "core/error.hpp"

namespace anjian::licence_checks {

// Settings key `licence_gate`, JSON {"enabled": 1, "producer_sells_own": 1}.
//   enabled: the gate applies (default on: 条例 art. 14, 234号 items 1 and 4);
//   producer_sells_own: a sale is also covered by the seller's production licence for the
//   products it lists (条例 art. 20: 生产企业凭生产许可证销售本企业生产的民用爆炸物品).
struct LicenceGateConfig {
  std::int64_t enabled = 1;
  std::int64_t producer_sells_own = 1;
};
inline constexpr const char* kGateSourceZh =
    "《民用爆炸物品安全管理条例》第十四条、第二十条；工信部安全〔2024〕234号第1项（许可证未取得或过期）、第4项（超许可品种、数量）";
inline constexpr const char* kGateSourceEn =
    "Regulations on civil explosives art. 14, 20; MIIT 234 (2024) item 1 (licence missing or "
    "expired) and item 4 (over the licensed product type or quantity)";
std::vector<FieldError> ValidateLicenceGateConfig(const LicenceGateConfig& c);
std::string LicenceGateConfigToJson(const LicenceGateConfig& c);
std::variant<LicenceGateConfig, std::vector<FieldError>> ParseLicenceGateConfig(
    std::string_view text);
std::optional<LicenceGateConfig> LicenceGateConfigFromJson(std::string_view text);

// The two licence kinds the gate reads (the licence area's kind codes).
inline constexpr std::string_view kProductionLicence = "explosives_production";
inline constexpr std::string_view kSalesLicence = "explosives_sales";

enum class GateVoucher { kProduction, kSale };

// One line of a licence's scope: a catalogue product id or a product kind ("industrial_explosive"),
// and the annual quantity in thousandths of the product's own unit (none: no quantity limit).
struct ScopeEntry {
  std::string product_code;
  std::string label_zh;  // as the licence names it
  std::optional<std::int64_t> annual_quantity_milli;
  std::string unit_zh;   // the product's unit (千克, 发, 米)
};

struct GateLicence {
  std::string kind;    // kProductionLicence | kSalesLicence
  std::string number;  // 许可证编号
  std::string status;  // valid | suspended | revoked | expired
  core::Date valid_from, valid_until;
  std::vector<ScopeEntry> scope;
};

// In force on `on`: status valid and valid_from ≤ on ≤ valid_until.
bool InForceOn(const GateLicence& l, const core::Date& on);
// Why a licence is not in force on `on`: "suspended" | "revoked" | "expired" | "not_yet_valid";
// "" when it is.
std::string NotInForceReason(const GateLicence& l, const core::Date& on);

// A product as the gate sees it.
struct GateProduct {
  std::string id;
  std::string kind;  // catalogue ProductKindValue
  std::string label_zh;
  std::string unit_zh;
};
bool EntryCovers(const ScopeEntry& e, const GateProduct& p);

struct GateLine {
  GateProduct product;
  std::int64_t quantity_milli = 0;
};

struct GateInput {
  GateVoucher voucher = GateVoucher::kProduction;
  core::Date on;                      // the voucher's China date
  std::vector<GateLicence> licences;  // the enterprise's licences of the kinds the gate reads
  std::vector<GateLine> lines;
  // The same kind of voucher (production or sale, reversals netted) booked since 1 January of
  // `on`'s year, per product (id → thousandths), with each product's kind.
  std::map<std::string, std::int64_t> year_to_date_milli;
  std::map<std::string, std::string> product_kinds;  // id → kind, for year_to_date_milli's ids
  bool producer_sells_own = true;
};

// Every refusal, naming its field, the licence number and the figures:
//   licence_gate_missing (reason): no licence of the needed kind at all;
//   licence_gate_not_in_force (reason): the licence is suspended, revoked, expired or not yet valid
//     on the date;
//   licence_gate_product (lines[i].product): no licence in force lists the product;
//   licence_gate_quantity (lines[i].quantity): year to date + this voucher over the annual quantity
//     (the lines of one scope entry are summed; the error names the last line of the entry).
std::vector<FieldError> CheckLicenceGate(const GateInput& in);

}  // namespace anjian::licence_checks
