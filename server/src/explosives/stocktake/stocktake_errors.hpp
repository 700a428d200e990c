// Error catalogue of explosives/stocktake (盘点): every rule a count, its approval or its
// rejection reports. The second part holds input rules the other explosives areas of this
// folder group report too (loss incidents, filings, daily closes): one id, one message pair.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::stocktake {

inline constexpr core::Rule kStocktakeErrors[] = {
    // A count.
    {"product_counted_by_code", "a coded product is counted by scanning its codes",
     "有编码的产品须逐个扫码盘点"},
    // {0}: the book quantity, {1}: the product id, {2}: the product's Chinese name.
    {"quantity_required",
     "the store holds {0} of {1} on the books: count it (0 when none was found)",
     "账面有“{2}”{0}，须填写实盘数量（未找到填 0）"},
    // A scanner file: one line that is not a code, and how many more there are.
    {"code_line_invalid", "line {0}: '{1}' is not a code", "第 {0} 行“{1}”不是有效编码"},
    {"code_lines_invalid", "{} more lines are not codes", "另有 {} 行不是有效编码"},
    // The spreadsheet reader's own explanation (platform/office FormatError), in each language.
    {"file_unreadable", "{0}", "{1}"},
    // Approval and rejection.
    {"approver_same", "a stocktake is approved by someone other than the counter",
     "盘点须由盘点人以外的另一人审批"},
    {"rejection_reason_required", "a reason is required to reject a stocktake (the counter reads it)",
     "驳回盘点须填写原因（盘点人将看到该原因）"},
    // {0}: approved | rejected, {1}: 审批 | 驳回.
    {"stocktake_closed", "this stocktake has already been {0}", "该盘点已{1}"},
    {"books_moved", "vouchers were posted to this store after the count; count again",
     "盘点后该库房又有出入库，请重新盘点"},
    {"extra_product_required", "extra code {} was never booked: name its product",
     "盘盈编码 {} 从未登记过，请指定其产品"},
    {"adjustment_codes_taken", "another voucher booked the same codes first; nothing was posted",
     "另一张单据已先行登记了相同编码，未过账"},

    // ---- Shared with the other explosives areas (loss_incident, filing, daily_close): these
    // belong to the catalogue of the area that owns the concept and move there once it exists —
    // file_empty to files. code_invalid is voucher's (voucher::InvalidCode), product_unknown and
    // product_not_coded catalogue's; the shape of a value (required, type, date_invalid),
    // status_invalid and enterprise_account_required are core's (core::CoreErr).
    // {0}: the accepted values in English, {1}: in Chinese.
    {"office_invalid", "must be {0}", "应为 {1}"},
    {"time_invalid", "must be a time like 2026-03-01T08:30:00Z", "应为时间，如 2026-03-01T08:30:00Z"},
    {"time_future", "cannot be in the future", "不能晚于当前时间"},
    // A counted quantity (a voucher line's quantity_invalid is more than 0 for its product).
    {"counted_quantity_invalid", "must be a number of at least 0", "应为不小于 0 的数"},
};
static_assert(core::UniqueIds(kStocktakeErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kStocktakeErrors, id); }

}  // namespace anjian::stocktake
