// /api/v1/purchase-filings and /api/v1/vouchers/{id}/purchase-filing: the buyer's side of Art.24 —
// each purchase of civil explosives (an inbound purchase voucher, not reversed, with a line of a
// product other than raw materials) is filed with the county public security within 3 days.
#include "explosives/filing/filing_kind.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"

namespace anjian::ledger {

namespace ex = domain::explosives;

namespace {

// Ammonium nitrate is a raw material, not a civil explosive: buying it is not filed under Art.24.
std::string PurchaseCondition() {
  std::string in;
  for (const auto& p : catalogue::InForce().products) {
    if (p.kind == catalogue::ProductKind::kAmmoniumNitrate) continue;
    in += (in.empty() ? "'" : ", '") + p.id + "'";
  }
  return "v.direction = 'in' AND v.reason = 'purchase' AND v.is_reversal = 0 "
         "AND NOT EXISTS (SELECT 1 FROM vouchers r WHERE r.reverses_voucher_id = v.id) "
         "AND EXISTS (SELECT 1 FROM voucher_lines l WHERE l.voucher_id = v.id AND l.product_id IN (" +
         in + "))";
}

const FilingKind kPurchaseFiling{
    .table = "purchase_filings",
    .office_column = false,
    .offices = {{"police", "police_filing", {"filed_at", "reference"}}},
    .condition = PurchaseCondition,
    .evaluate = [](int64_t bought_at, const FiledTimes& filed,
                   int64_t now) { return ex::EvaluatePurchaseFiling(bought_at, filed[0], now); },
    .made_at_key = "bought_at",
    .list_path = "/api/v1/purchase-filings",
    .record_path = "/api/v1/vouchers/{id}/purchase-filing",
    .audit_action = "file_purchase",
    .export_file = "购买备案.xlsx",
    .export_sheet = "购买备案",
    .export_headers = {"入库单号", "企业", "库房", "购买时间", "备案期限", "县级公安机关备案时间", "备案文号",
                       "状态", "是否逾期"},
    .account_required = {"", "enterprise_account_required", "only the buyer records its filing",
                         "只有购买企业才能登记备案"},
    .office_invalid = {},
    .not_filed_kind = {"", "not_a_purchase", "only inbound purchases of civil explosives (not reversed) are filed",
                       "只有未冲销的民用爆炸物品购买入库单需要备案"},
    .filed_before = {"filed_at", "filed_before_purchase", "a purchase is filed after it was made",
                     "备案时间不能早于购买入库时间"},
};

}  // namespace

// Late purchase filings per store in the scope (the overview's `purchase_filing_late`).
std::map<int64_t, int64_t> LatePurchaseFilingsByStore(storage::Connection& conn, const api::Scope& scope) {
  return LateFilingsByStore(conn, scope, kPurchaseFiling);
}

void RegisterPurchaseFilingRoutes(api::Router& r) { RegisterFilingRoutes(r, kPurchaseFiling); }

}  // namespace anjian::ledger
