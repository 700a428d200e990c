// Error catalogue of registry/: every rule the registry reports (regions, industries, USCC,
// enterprises and their import, agencies, the responsibility matrix, list filters), with its
// one message pair. Code writes `Err("rule_id").At("field", args...)`; an id missing here does
// not compile. Messages are field-independent; {} placeholders are filled by At(), {0}/{1}
// where the two languages take different words (the English and the Chinese name of a thing).
// The shape of a value (required, type, max_length, date_invalid, sort_invalid) and the
// allowed-values rules (status_invalid, kind_invalid) are core's (core::CoreErr). Other areas
// report region_unknown and industry_invalid from here (the registry owns those concepts).
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::registry {

inline constexpr core::Rule kRegistryErrors[] = {
    // Regions (GB/T 2260) and the caller's jurisdiction.
    {"region_required", "region is required", "所属行政区划为必填项"},
    {"region_format",
     "region code must be six digits (GB/T 2260) or a zone code such as 370800Z1",
     "行政区划代码应为6位数字（GB/T 2260）或功能区代码（如 370800Z1）"},
    {"enterprise_unknown", "unknown enterprise or outside your jurisdiction",
     "企业不存在或超出管辖范围"},
    {"region_unknown", "region {} does not exist", "行政区划 {} 不存在"},
    {"region_out_of_scope", "outside your jurisdiction", "超出本机构管辖范围"},
    {"region_inactive", "region {} is deactivated", "行政区划 {} 已停用"},
    {"region_country",
     "an enterprise is registered in a province, city, county or zone, not at the country level",
     "企业应登记在省、市、县或功能区，不能登记在国家层级"},
    // Functional zones (功能区) the system administrator manages.
    {"zone_parent_not_city", "a functional zone must be placed under a prefecture-level city",
     "功能区只能设在地级市（州、盟）下"},
    {"zone_name_taken", "this city already has a region named {}", "该市已有名为“{}”的区划"},
    {"region_not_zone",
     "only functional zones can be changed; GB/T 2260 regions follow the national list",
     "只能修改功能区；GB/T 2260 行政区划以国家标准为准，不能修改"},
    {"region_already_active", "the zone is already active", "该功能区已处于启用状态"},
    {"region_already_inactive", "the zone is already deactivated", "该功能区已停用"},
    {"zone_in_use", "{} active enterprises or agencies are registered in the zone: move them first",
     "该功能区仍有 {} 家在册企业或监管机构，请先调整其所属区划"},
    {"zone_codes_exhausted", "the city has used all 999 zone numbers", "该市功能区编号已用完"},

    // Industries (GB/T 4754) and size classes.
    {"industry_required", "industry category is required", "行业类别为必填项"},
    {"industry_invalid",
     "industry category '{}' is not one of civil_explosives_production, civil_explosives_sales, "
     "civil_aircraft, civil_ship, hazardous_chemicals, general",
     "行业类别“{}”无效"},
    {"industry_code_format", "industry code must be a four-digit GB/T 4754 class",
     "国民经济行业代码应为4位数字（GB/T 4754 小类）"},
    {"industry_code_unknown", "industry code {} is not in the GB/T 4754 table",
     "国民经济行业代码 {} 不在行业分类表中"},
    // {0} code, {1} industry value, {2} expected codes (en) / {3} industry label, {4} expected (zh).
    {"industry_code_mismatch", "industry code {0} does not match industry '{1}': expected {2}",
     "国民经济行业代码 {0} 与行业类别“{3}”不一致，应为 {4}"},
    {"supervision_invalid", "must be supervision or industry_management",
     "应为 supervision 或 industry_management"},
    {"scale_invalid", "scale must be one of large, medium, small, micro",
     "企业规模应为大型、中型、小型或微型"},

    // Unified social credit code (GB 32100).
    {"uscc_required", "unified social credit code is required", "统一社会信用代码为必填项"},
    {"uscc_length", "unified social credit code must have exactly 18 characters (got {})",
     "统一社会信用代码必须为18位（当前为{}位）"},
    {"uscc_charset",
     "unified social credit code may only contain digits and the letters A-H, J-N, P-R, T, U, "
     "W-Y (no I, O, Z, S, V)",
     "统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）"},
    {"uscc_region",
     "unified social credit code: characters 3-8 must be the six-digit administrative region "
     "code",
     "统一社会信用代码：第3至8位应为6位数字的登记管理机关行政区划码"},
    {"uscc_check_char",
     "unified social credit code: check character mismatch (the last character should be '{}')",
     "统一社会信用代码：校验位错误（最后一位应为“{}”）"},
    {"uscc_duplicate", "another enterprise already has this code",
     "该统一社会信用代码已被其他企业使用"},
    {"uscc_duplicate_in_file", "appears more than once in the file", "文件中重复出现"},

    // One enterprise record (一企一档).
    {"name_required", "enterprise name is required", "企业名称为必填项"},
    {"name_encoding", "enterprise name is not valid UTF-8 text", "企业名称包含无效字符编码"},
    {"name_length", "enterprise name must be {}-{} characters (got {})",
     "企业名称长度应为{}至{}个字符（当前{}个）"},
    {"address_encoding", "address is not valid UTF-8 text", "地址包含无效字符编码"},
    {"address_length", "address must be at most {} characters (got {})",
     "地址长度应不超过{}个字符（当前{}个）"},
    {"legal_representative_encoding", "legal representative is not valid UTF-8 text",
     "法定代表人包含无效字符编码"},
    {"legal_representative_length", "legal representative must be at most {} characters (got {})",
     "法定代表人长度应不超过{}个字符（当前{}个）"},
    {"park_name_encoding", "park name is not valid UTF-8 text", "所在园区包含无效字符编码"},
    {"park_name_length", "park name must be at most {} characters (got {})",
     "所在园区长度应不超过{}个字符（当前{}个）"},
    {"employees_range", "number of employees must be between 0 and 1000000",
     "从业人数应在0至1000000之间"},
    {"latitude_range", "latitude must be between -90 and 90", "纬度应在-90至90之间"},
    {"longitude_range", "longitude must be between -180 and 180", "经度应在-180至180之间"},
    {"coordinates_pair", "latitude and longitude must be given together", "经度和纬度须同时填写"},
    {"field_locked", "only the regulator can change this field", "该字段只能由监管部门修改"},
    {"enterprise_already_active", "enterprise is already active", "企业已处于该状态"},
    {"enterprise_already_inactive", "enterprise is already inactive", "企业已处于该状态"},

    // Enterprise import (spreadsheet or CSV).
    {"mode_invalid", "must be all or valid_only", "应为 all 或 valid_only"},
    {"import_busy",
     "another enterprise import is running (at most {} at a time); try again when it has "
     "finished",
     "已有企业导入正在进行（同时最多 {} 个），请等待其完成后再试"},
    {"import_header_missing", "the file has no header row", "文件没有表头行"},
    // {0} the column's key, {1} its Chinese heading.
    {"column_missing", "column missing: {0}", "缺少列：{1}"},
    // {0} the reader's English reason, {1} its Chinese sentence (platform/office FormatError).
    {"file_format", "cannot read the file: {0}", "{1}"},
    {"number", "must be a number", "必须是数字"},
    // A USCC or phone that a spreadsheet kept as a number (rounded, or without its leading 0).
    {"stored_as_number", "stored as a number — format the column as text and enter the value again",
     "以数字格式存储——请将该列设为文本后重新填写"},
    // The import's industry column: {} the cell.
    {"industry_unrecognised",
     "industry '{}' is not recognised: write one of 民用爆炸物品生产, 民用爆炸物品销售, 民用飞机制造, "
     "民用船舶制造, 危险化学品, 一般工业 (or civil_explosives_production, civil_explosives_sales, "
     "civil_aircraft, civil_ship, hazardous_chemicals, general), a GB/T 4754 code that determines "
     "the category (2671, 373x, 374x) or a common name such as 民用航空器制造",
     "行业类别“{}”无法识别：请填写 民用爆炸物品生产、民用爆炸物品销售、民用飞机制造、民用船舶制造、"
     "危险化学品、一般工业 之一，或能确定类别的国民经济行业代码（2671、373x、374x），"
     "或常用名称（如 民用航空器制造）"},

    // Agencies (监管机构).
    {"min_length", "must be at least {} characters", "至少 {} 个字符"},
    {"agency_already_active", "the agency is already active", "机构已处于该状态"},
    {"agency_already_inactive", "the agency is already inactive", "机构已处于该状态"},

    // Responsibility matrix (三管三必须).
    {"owner_out_of_scope", "unknown or outside your jurisdiction",
     "责任主体不存在或超出本机构管辖范围"},
    // {0} the owner kind's value, {1} its Chinese name.
    {"owner_mismatch", "must be empty when owner_kind is {0}", "责任主体为{1}时不能填写此项"},
    {"responsibility_already_inactive", "the record is already inactive", "该责任记录已停用"},

    // List filters and sorting.
    {"keyword_too_long", "must be at most 100 bytes", "关键字过长"},
    {"id_format", "must be a positive integer id", "应为正整数 ID"},
    {"date_format", "must be a date written YYYY-MM-DD", "日期格式应为 YYYY-MM-DD"},
    // QueryFilter::OneOf reports `<parameter>_invalid`: one id per parameter, one message (the
    // pair of core's status_invalid, kind_invalid: {0} the allowed values, {1} the same in
    // Chinese). status_invalid and kind_invalid are core's (core/core_errors.hpp).
    {"owner_kind_invalid", "must be one of: {0}", "取值无效，可选：{1}"},

    // An unknown JSON field (platform/api's JsonInput spells the same pair).
};
static_assert(core::UniqueIds(kRegistryErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kRegistryErrors, id);
}

// The rule `id` of this catalogue at run time (QueryFilter::OneOf builds `<key>_invalid`);
// nullptr when there is none.
inline const core::Rule* FindRegistryRule(std::string_view id) {
  for (const core::Rule& r : kRegistryErrors)
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace anjian::registry
