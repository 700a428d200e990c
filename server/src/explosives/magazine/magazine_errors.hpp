// Error catalogue of explosives/magazine (库房): a magazine's name, kind and rated limits, its
// storekeepers, and the storage-class mixing rules (同库存放).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::magazine {

inline constexpr core::Rule kMagazineErrors[] = {
    // Magazines and their rated limits.
    {"store_name_duplicate", "the enterprise already has a store of this name",
     "本企业已有同名库房"},
    {"store_kind_invalid", "unknown store kind", "未知的库房类型"},
    {"rating_invalid", "must be a number from 0 to 9,000,000,000,000", "应为 0 至 9,000,000,000,000 之间的数"},
    {"rating_required",
     "every store, quarantine stores included, needs its rated capacity (net kg, detonator "
     "pieces or per-product limits)",
     "每个库房（含隔离库）须填写核定储量（净药量、雷管发数或分品种限量）"},
    // A change of the rated capacity (核定库容) needs the approving document (GB 50089 design).
    {"capacity_approval_required",
     "changing the rated capacity needs the approving document (number, issuer, date)",
     "变更核定库容须填写批复文件（批复文号、批复单位、批复日期）"},
    {"approval_date_future", "the approval date cannot be after today", "批复日期不能晚于今天"},
    {"quarantine_holds_non_normal",
     "the store holds waste, seized or unidentified goods and must stay a quarantine store until "
     "they are out",
     "该库房存有废旧、缴获或来路不明的物品，在其出库前只能是隔离库"},
    // The new limit and the stock as figures with their measure: {0}/{1} in English ("rated 100
    // pieces", "698 pieces"), {2}/{3} in Chinese ("核定 100 发", "698 发").
    {"limit_below_stock", "{0} is below the {1} in stock", "{2}低于现存 {3}"},
    // Storekeepers (专人管理).
    {"storekeeper_invalid", "must be an active user of this enterprise with the storekeeper role",
     "须为本企业在用且具有保管员角色的账号"},
    {"storekeeper_already_assigned", "already a storekeeper of this store", "已是该库房的保管员"},
    // Storage classes and mixing groups (magazine_storage_rules). config_format: {0} the JSON
    // path, {1} what it must be in English, {2} in Chinese.
    {"config_format", "{0} must be {1}", "{0} 应为{2}"},
    {"storage_class_id",
     "storage class id '{}' must be 1-40 characters a-z, 0-9 or _, starting with a letter",
     "储存类别代码“{}”应为1至40位小写字母、数字或下划线，以字母开头"},
    {"storage_class_duplicate", "storage class '{}' is defined twice", "储存类别“{}”重复定义"},
    {"storage_class_label", "storage class '{0}' needs {1}", "储存类别“{0}”缺少{2}"},
    {"mixing_group_size",
     "a mixing group needs at least 2 storage classes (got {}); a class stored alone is left out "
     "of every group",
     "同库存放组至少应有2个储存类别（当前{}个）；单独存放的类别无需列入任何组"},
    {"mixing_group_unknown_class", "mixing group names unknown storage class '{}'",
     "同库存放组包含未定义的储存类别“{}”"},
    {"mixing_group_duplicate_class", "storage class '{}' appears twice in one mixing group",
     "储存类别“{}”在同一同库存放组中重复出现"},
    // Issue 15 §1: the rated capacity comes from the approved design; the enterprise requests a
    // change (库房核定储量变更申请) and the regulator in scope decides (capacity_request_rules).
    {"capacity_regulator_approval_required",
     "the rated capacity is the approved design's: a change needs the regulator's approval "
     "(file a capacity change request)",
     "核定储量须经监管部门批准（请提交库房核定储量变更申请）"},
    {"capacity_unchanged", "the proposed limits are the store's rated limits already",
     "申请的核定储量与现行核定储量相同"},
    {"capacity_request_pending",
     "the store already has a capacity change request awaiting the regulator",
     "该库房已有待监管部门审批的核定储量变更申请"},
    {"capacity_request_decided", "the request has been decided already ({})",
     "该申请已审批（{}），不能再次审批"},
    {"approval_before_request", "the approval date cannot be before the request ({})",
     "批准日期不能早于申请日期（{}）"},
    {"regulator_account_required", "only a regulator's account can decide a request",
     "只有监管部门账号可以审批申请"},
};
static_assert(core::UniqueIds(kMagazineErrors));

// What a value of the mixing-rules document must be: config_format's {1} (English) and {2}
// (Chinese).
struct Shape {
  std::string_view en, zh;
};
inline constexpr Shape kAnObject{"an object", "对象"};
inline constexpr Shape kAnArray{"an array", "数组"};
inline constexpr Shape kAString{"a string", "字符串"};
inline constexpr Shape kClassIdArray{"an array of storage class ids", "储存类别代码数组"};

consteval const core::Rule& Err(std::string_view id) { return core::FindRule(kMagazineErrors, id); }

}  // namespace anjian::magazine
