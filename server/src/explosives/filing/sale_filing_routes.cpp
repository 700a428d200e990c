// /api/v1/sale-filings and /api/v1/vouchers/{id}/filings: each outbound sale's filing with the
// provincial authority and the county public security (Art.24), flagged when late.
#include "explosives/filing/filing_kind.hpp"
#include "explosives/magazine/magazine_service.hpp"
#include "explosives/voucher/voucher_service.hpp"

namespace anjian::ledger {

namespace ex = domain::explosives;

namespace {

std::string SaleCondition() {
  return "v.direction = 'out' AND v.reason = 'sale' AND v.is_reversal = 0 "
         "AND NOT EXISTS (SELECT 1 FROM vouchers r WHERE r.reverses_voucher_id = v.id)";
}

const FilingKind kSaleFiling{
    .table = "sale_filings",
    .office_column = true,
    .offices = {{"province", "province_filing", {"filed_at"}}, {"police", "police_filing", {"filed_at"}}},
    .condition = SaleCondition,
    .evaluate = [](int64_t sold_at, const FiledTimes& filed,
                   int64_t now) { return ex::EvaluateFiling(sold_at, filed[0], filed[1], now); },
    .made_at_key = "sold_at",
    .list_path = "/api/v1/sale-filings",
    .record_path = "/api/v1/vouchers/{id}/filings",
    .audit_action = "file",
    .export_file = "销售备案.xlsx",
    .export_sheet = "销售备案",
    .export_headers = {"出库单号", "企业", "库房", "销售时间", "备案期限", "省级主管部门备案", "县级公安机关备案",
                       "状态", "是否逾期"},
    .account_required = {"", "enterprise_account_required", "only the seller records its filings",
                         "只有销售企业才能登记备案"},
    .office_invalid = {"office", "office_invalid", "must be province or police",
                       "应为 province（省级民爆主管部门）或 police（县级公安机关）"},
    .not_filed_kind = {"", "not_a_sale", "only outbound sales (not reversed) are filed",
                       "只有未冲销的销售出库单需要备案"},
    .filed_before = {"filed_at", "filed_before_sale", "a sale is filed after it was made",
                     "备案时间不能早于销售出库时间"},
};

}  // namespace

void RegisterSaleFilingRoutes(api::Router& r) { RegisterFilingRoutes(r, kSaleFiling); }

}  // namespace anjian::ledger
