#include "explosives/filing/filing_kind.hpp"

#include "explosives/filing/filing_errors.hpp"

namespace anjian::filing {

const FilingKind& SaleFiling() {
  static const FilingKind kind{
      .id = FilingKindId::kSale,
      .table = "sale_filings",
      .office_column = true,
      .offices = {{"province", "province_filing", {"filed_at"}},
                  {"police", "police_filing", {"filed_at"}}},
      .evaluate = [](int64_t sold_at, const FiledTimes& filed, int64_t now,
                     const calendar::WorkingCalendar& cal) {
        return EvaluateFiling(sold_at, filed[0], filed[1], now, cal);
      },
      .made_at_key = "sold_at",
      .list_path = "/api/v1/sale-filings",
      .record_path = "/api/v1/vouchers/{id}/filings",
      .audit_action = "file",
      .export_file = "销售备案.xlsx",
      .export_sheet = "销售备案",
      .export_headers = {"出库单号", "企业", "库房", "销售时间", "品种数量", "购买单位",
                         "购买单位统一社会信用代码", "购买许可证号", "运输许可证号", "备案期限",
                         "省级主管部门备案",
                         "县级公安机关备案", "状态", "是否逾期"},
      .not_filed_kind = &Err("not_a_sale"),
      .filed_before = &Err("filed_before_sale"),
      .offices_en = "province or police",
      .offices_zh = "province（省级民爆主管部门）或 police（县级公安机关）",
  };
  return kind;
}

const FilingKind& PurchaseFiling() {
  static const FilingKind kind{
      .id = FilingKindId::kPurchase,
      .table = "purchase_filings",
      .office_column = false,
      .offices = {{"police", "police_filing", {"filed_at", "reference"}}},
      .evaluate = [](int64_t bought_at, const FiledTimes& filed, int64_t now,
                     const calendar::WorkingCalendar& cal) {
        return EvaluatePurchaseFiling(bought_at, filed[0], now, cal);
      },
      .made_at_key = "bought_at",
      .list_path = "/api/v1/purchase-filings",
      .record_path = "/api/v1/vouchers/{id}/purchase-filing",
      .audit_action = "file_purchase",
      .export_file = "购买备案.xlsx",
      .export_sheet = "购买备案",
      .export_headers = {"入库单号", "企业", "库房", "购买时间", "品种数量", "销售单位",
                         "销售单位统一社会信用代码", "销售许可证号", "运输许可证号", "备案期限",
                         "县级公安机关备案时间", "备案文号", "状态", "是否逾期"},
      .not_filed_kind = &Err("not_a_purchase"),
      .filed_before = &Err("filed_before_purchase"),
      .offices_en = "",
      .offices_zh = "",
  };
  return kind;
}

}  // namespace anjian::filing
