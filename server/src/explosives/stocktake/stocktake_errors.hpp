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
    // {0}: approved | rejected, {1}: 审批 | 驳回.
    {"stocktake_closed", "this stocktake has already been {0}", "该盘点已{1}"},
    {"books_moved", "vouchers were posted to this store after the count; count again",
     "盘点后该库房又有出入库，请重新盘点"},
    {"extra_product_required", "extra code {} was never booked: name its product",
     "盘盈编码 {} 从未登记过，请指定其产品"},
    {"product_not_coded", "not a coded product of the catalogue", "不是产品目录中的编码产品"},
    {"adjustment_codes_taken", "another voucher booked the same codes first; nothing was posted",
     "另一张单据已先行登记了相同编码，未过账"},

    // ---- Shared with the other explosives areas (loss_incident, filing, daily_close) and, by
    // id, with areas outside this group: these belong to the catalogue of the area that owns the
    // concept and move there once it exists — enterprise_account_required to identity (account
    // kinds); required, type, date_invalid, status_invalid to platform/api (request input);
    // code_invalid to voucher (GA 441 codes); product_unknown and quantity_invalid to
    // catalogue; file_empty to files.
    {"enterprise_account_required", "only enterprise accounts can do this",
     "只有企业账号才能执行此操作"},
    {"required", "is required", "必填"},
    // {0}: what is expected in English ("an integer"), {1}: in Chinese ("整数").
    {"type", "must be {0}", "类型错误，应为{1}"},
    {"date_invalid", "must be a date YYYY-MM-DD", "应为日期 YYYY-MM-DD"},
    // {0}: the accepted values in English ("open or closed"), {1}: in Chinese ("open 或 closed").
    {"status_invalid", "must be {0}", "应为 {1}"},
    {"office_invalid", "must be {0}", "应为 {1}"},
    {"time_invalid", "must be a time like 2026-03-01T08:30:00Z", "应为时间，如 2026-03-01T08:30:00Z"},
    {"time_future", "cannot be in the future", "不能晚于当前时间"},
    {"code_invalid", "not a code", "不是有效编码"},
    {"product_unknown", "not a product of the catalogue", "产品目录中没有该产品"},
    // A counted or lost quantity (voucher lines say "not a usable number" under this id today).
    {"quantity_invalid", "must be a number of at least 0", "应为不小于 0 的数"},
    {"file_empty", "the file is empty", "文件内容为空"},
};
static_assert(core::UniqueIds(kStocktakeErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kStocktakeErrors, id); }

}  // namespace anjian::stocktake
