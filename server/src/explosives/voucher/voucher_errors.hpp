// Error catalogue of explosives/voucher (出入库单): posting a voucher (capacity, co-storage,
// quarantine, codes, stock), GA 441 detonator codes, two-person custody, reversal.
//
// Placeholders: a message names the figures the user must fix. Where the two languages word a
// figure differently (a unit: "pcs" / "发"; a reason's label), the English text takes one
// argument and the Chinese another, by position ({0}, {1}, ...); the comment above such an
// entry lists its arguments.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::voucher {

inline constexpr core::Rule kVoucherErrors[] = {
    // ---- the voucher's header (voucher_rules) ----
    // {0} reason, {1} "a reversal of " or "", {2} direction, {3} the reasons allowed, {4} the
    // reason's Chinese label, {5} "冲销单" or "单据".
    {"reason_direction_mismatch", "reason '{0}' does not fit {1}direction '{2}' (allowed: {3})",
     "事由“{4}”与{5}方向“{2}”不符（可选：{3}）"},
    {"target_store_required", "a transfer needs the receiving store", "移库单须指定接收库房"},
    {"target_store_same", "a transfer cannot go from store {} to itself",
     "移库的接收库房不能与发出库房（库房 {}）相同"},
    {"target_store_unexpected", "only a transfer has a receiving store", "只有移库单才有接收库房"},
    {"target_store_unknown", "no such store in your enterprise", "本企业没有该接收库房"},
    {"lines_required", "a voucher needs at least one line", "单据至少应有一行明细"},
    // ---- its lines ----
    // {0} product id, {1} its Chinese label, {2} " whole pieces" or "", {3} "且为整数发" or "",
    // {4} the quantity given.
    {"quantity_invalid", "quantity of {0} must be more than 0{2} (got {4})",
     "{1}的数量应大于0{3}（当前 {4}）"},
    {"quantity_unusable", "not a usable number", "数量无效"},
    // {0} product id, {1} its Chinese label, {2} the number of codes.
    {"codes_unexpected", "{0} is not coded, but the line lists {2} codes",
     "{1}不逐个编码，但本行列出了 {2} 个编码"},
    // {0} quantity, {1} unit (English), {2} unit (Chinese), {3} product id, {4} its Chinese
    // label, {5} the number of codes.
    {"quantity_code_mismatch", "quantity {0} {1} of {3} does not match the {5} codes listed",
     "{4}数量 {0}{2} 与所列编码数 {5} 不符"},
    // {0} the code; {1} / {2} what is wrong with it in English / Chinese (": …" / "：…").
    {"code_invalid", "'{0}' is not a code{1}", "“{0}”不是有效编码{2}"},
    // Why a code of a product without GA 441 codes is not one (code_invalid's {1} / {2}).
    {"code_free_format", "a code is 1-64 printable ASCII characters",
     "编码应为1至64个可打印ASCII字符"},
    {"code_duplicate_in_voucher", "code {0} appears twice in the voucher (first at {1})",
     "编码 {0} 在本单中重复出现（首次出现于 {1}）"},
    {"code_in_stock", "code {0} is already in stock in store {1}", "编码 {0} 已在库房 {1}库存中"},
    // {0} code, {1} store, {2} / {3} where the code is now ("it is in store 9" / "该编码在库房 9").
    {"code_not_in_store", "code {0} is not in store {1} ({2})", "编码 {0} 不在库房 {1}（{3}）"},
    // The summary of a capped code rule, reported under that rule's id (voucher_rules.cpp):
    // {0} codes not listed, {1} the rule, {2} codes breaking it, {3} codes listed.
    {"code_errors_more",
     "and {0} more codes break rule {1} ({2} in all; only the first {3} are listed)",
     "另有 {0} 个编码违反规则 {1}（共 {2} 个，仅列出前 {3} 个）"},
    // ---- the books: stock, condition of goods, co-storage, capacity ----
    // {0} store, {1} in stock, {2} taken out, {3} left, {4} unit (English), {5} unit (Chinese),
    // {6} product id, {7} its Chinese label.
    {"quantity_negative", "store {0} holds {1} {4} of {6}; taking out {2} {4} would leave {3} {4}",
     "库房 {0}现存{7} {1}{5}，本单出库 {2}{5}，库存将为负（{3}{5}）"},
    // {0} / {1} the condition (English value / Chinese label), {2} store, {3} / {4} its kind.
    {"non_normal_goods_outside_quarantine",
     "{0} goods may enter only a quarantine store; store {2} is a {3}",
     "{1}物品只能存入隔离库，库房 {2}是{4}"},
    {"normal_goods_into_contaminated_quarantine",
     "normal goods may not enter quarantine store {}, which holds or receives waste, seized or "
     "unidentified goods",
     "正常物品不得存入存有或同时存入废旧、缴获或来路不明物品的隔离库（库房 {}）"},
    // {0} / {1} the condition (English value / Chinese label), {2} store.
    {"non_normal_goods_with_normal_goods",
     "{0} goods may not enter quarantine store {2}, which holds normal goods",
     "{1}物品不得存入存有正常物品的隔离库（库房 {2}）"},
    // {0} / {1} the two storage classes, {2} / {3} their Chinese labels, {4} store.
    {"incompatible_storage", "storage classes {0} and {1} may not share store {4} (mixing rules)",
     "储存类别“{2}”与“{3}”不得同库存放（库房 {4}）"},
    // {0} store, {1} after, {2} rated, {3} now, {4} incoming.
    {"capacity_net_mass",
     "store {0} would hold {1} kg net explosive mass, above its rated {2} kg (now {3} kg + "
     "incoming {4} kg)",
     "库房 {0}入库后净药量将达 {1} 千克，超过核定储量 {2} 千克（现存 {3} 千克 + 本单 {4} 千克）"},
    {"capacity_pieces",
     "store {0} would hold {1} pieces, above its rated {2} (now {3} + incoming {4})",
     "库房 {0}入库后将达 {1} 发，超过核定 {2} 发（现存 {3} 发 + 本单 {4} 发）"},
    // {0} store, {1} after, {2} limit, {3} now, {4} incoming, {5} / {6} unit (English /
    // Chinese), {7} product id, {8} its Chinese label.
    {"capacity_product_quantity",
     "store {0} would hold {1} {5} of {7}, above its limit of {2} {5} (now {3} {5} + incoming {4} "
     "{5})",
     "库房 {0}入库后{8}将达 {1}{6}，超过限量 {2}{6}（现存 {3}{6} + 本单 {4}{6}）"},
    // ---- GA 441 detonator codes (detonator_code_rules); {0} is the code ----
    {"code_length", "detonator code '{0}' must have 13 characters (GA 441), got {1}",
     "雷管编码“{0}”应为13位（GA 441），实为{1}位"},
    {"code_enterprise", "detonator code '{0}': enterprise code '{1}' (characters 1-2) must be 01-99",
     "雷管编码“{0}”：第1-2位企业代号“{1}”应为01至99"},
    {"code_year", "detonator code '{0}': year '{1}' (character 3) must be a digit",
     "雷管编码“{0}”：第3位年份“{1}”应为数字"},
    {"code_month", "detonator code '{0}': month '{1}' (characters 4-5) must be 01-12",
     "雷管编码“{0}”：第4-5位月份“{1}”应为01至12"},
    {"code_day", "detonator code '{0}': day '{1}' (characters 6-7) must be 01-31",
     "雷管编码“{0}”：第6-7位日期“{1}”应为01至31"},
    // {0} code, {1} day, {2} month, {3} the month's last day.
    {"code_day_of_month",
     "detonator code '{0}': day '{1}' does not exist in month '{2}' (at most {3})",
     "雷管编码“{0}”：{2}月没有{1}日（最多{3}日）"},
    {"code_feature",
     "detonator code '{0}': feature character '{1}' (character 8) must be a digit, A-Z, or a-z "
     "except c o s u v w x z",
     "雷管编码“{0}”：第8位特征号“{1}”应为数字、大写字母或小写字母（不含 c o s u v w x z）"},
    {"code_serial", "detonator code '{0}': serial '{1}' (characters 9-13) must be 5 digits",
     "雷管编码“{0}”：第9-13位流水号“{1}”应为5位数字"},
    {"code_range_count", "count must be 1-{0} so serials stay within 99999 (got {1})",
     "数量应为1至{0}，流水号不得超过99999（当前{1}）"},
    // ---- two-person custody (custody_rules, custody_service) ----
    // {0} / {1} what the storekeeper would do, in English / Chinese.
    {"store_has_no_storekeeper",
     "this store has no assigned storekeeper; a store manager assigns one before {0}",
     "该库房尚未指定保管员，须先由库房管理人员指定保管员才能{1}"},
    {"storekeeper_not_assigned", "only a storekeeper assigned to this store may {0}",
     "只有该库房指定的保管员才能{1}"},
    {"second_person_required",
     "two-person custody: the second person's username and password are required",
     "双人双锁：须由第二人输入其用户名和密码确认"},
    {"second_person_same",
     "the second person must be someone other than the storekeeper posting",
     "第二人不能是登记出入库的保管员本人"},
    {"second_person_locked", "the second person's account is locked until {}",
     "第二人账号已锁定至 {}"},
    {"second_person_invalid",
     "the second person's username or password is wrong, or that account may not confirm this "
     "enterprise's postings (a storekeeper, safety officer or principal of this enterprise with "
     "ledger:write)",
     "第二人用户名或密码错误，或该账号无权复核本企业出入库（须为本企业有出入库权限的保管员、安全员"
     "或主要负责人）"},
    // ---- the counterparty (counterparty_rules) ----
    // {0} / {1} the role (English value / Chinese label).
    {"counterparty_required", "this voucher must name its counterparty ({0})",
     "本单须填写{1}信息"},
    {"counterparty_unexpected", "only a sale, a purchase or a transfer to or from outside the "
     "ledger names a counterparty", "只有销售、购买和调入调出单填写对方单位"},
    // ---- the request (voucher_handlers) ----
    {"direction_invalid", "must be in, out or transfer", "应为 in、out 或 transfer"},
    {"reason_invalid", "unknown reason", "未知的出入库事由"},
    {"reason_stocktake_only", "stocktake gains and losses are booked by approving a stocktake",
     "盘盈盘亏只能通过审批盘点入账"},
    {"condition_invalid", "must be normal, waste, seized or unidentified",
     "应为 normal、waste、seized 或 unidentified"},
    // ---- conflicts (409) ----
    {"codes_moved_meanwhile", "codes of this voucher were moved by another voucher",
     "本单部分编码已被另一张单据处理"},
    {"posted_meanwhile",
     "another voucher booked the same codes (or reversed the same voucher) first; nothing was "
     "posted",
     "另一张单据已先行登记了相同编码（或冲销了同一单据），本单未过账"},
    {"reversal_reversed", "a reversal voucher cannot itself be reversed", "冲销单不能再被冲销"},
    {"already_reversed", "this voucher has already been reversed", "该单据已被冲销"},
};
static_assert(core::UniqueIds(kVoucherErrors));

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kVoucherErrors, id); }

}  // namespace anjian::voucher
