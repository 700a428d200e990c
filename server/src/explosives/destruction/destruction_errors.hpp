// Error catalogue of explosives/destruction (销毁方案, 条例 art. 43). Value shapes (required,
// date_invalid, kind_invalid, max_length) are core's; product_unknown / product_not_coded are the
// catalogue's; code formats are the voucher's.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::destruction {

inline constexpr core::Rule kDestructionErrors[] = {
    {"destruction_items_required", "a destruction plan lists the goods to destroy",
     "销毁方案须列明待销毁的物品"},
    {"destruction_item_duplicate", "product '{}' is listed twice; list it once",
     "产品“{}”重复列出，请合并为一行"},
    {"destruction_quantity_invalid", "must be a quantity more than 0", "数量须大于 0"},
    {"destruction_codes_required", "a coded product lists the code of every piece to destroy",
     "有编码的产品须逐一列出待销毁物品的编码"},
    {"destruction_code_duplicate", "code {} is listed twice in the plan", "编码 {} 在方案中重复列出"},
    {"destruction_plan_closed", "this destruction plan is closed: the goods were destroyed",
     "该销毁方案已执行完毕（已关闭）"},
    {"destruction_plan_required",
     "a destruction voucher names the destruction plan reported before it (条例 art. 43)",
     "销毁出库须关联事先已报告的销毁方案（《民用爆炸物品安全管理条例》第四十三条）"},
    {"destruction_plan_unknown", "no such destruction plan in your enterprise",
     "本企业没有该销毁方案"},
    {"destruction_province_report_missing",
     "the plan's report to the province-level civil-explosives authority is not recorded "
     "(条例 art. 43: report before destroying)",
     "该销毁方案尚未登记向省级民爆行业主管部门的报告（条例第四十三条：销毁前须报告）"},
    {"destruction_police_report_missing",
     "the plan's report to the county public-security organ is not recorded "
     "(条例 art. 43: report before destroying)",
     "该销毁方案尚未登记向县级公安机关的报告（条例第四十三条：销毁前须报告）"},
    {"destruction_goods_outside_plan", "product '{}' is not in the destruction plan",
     "产品“{}”不在销毁方案所列物品中"},
    {"destruction_quantity_over_plan", "destroys more {} than the plan lists",
     "销毁数量超出销毁方案所列的“{}”数量"},
    {"destruction_code_outside_plan", "code {} is not in the destruction plan",
     "编码 {} 不在销毁方案所列编码中"},
    {"destruction_only_for_destruction", "only a destruction voucher carries a destruction record",
     "只有销毁出库单才填写销毁记录"},
    {"destruction_date_future", "cannot be later than today", "不能晚于今天"},
};
static_assert(core::UniqueIds(kDestructionErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kDestructionErrors, id);
}

}  // namespace anjian::destruction
