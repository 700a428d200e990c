// Error catalogue of core/: the input rules every area applies — text (core/text.hpp), the
// shape of a value (required, type, length, date, true/false, sort order), a value not among the
// allowed ones, and the caller's account kind — whichever area reads it; and the flat
// configuration objects of the business settings (core/flat_config_json.hpp). Each has ONE
// field-independent pair (docs/architecture.md, "Error catalogues"): areas call
// core::CoreErr("id") and never repeat these ids in their own catalogues.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::core {

inline constexpr Rule kCoreErrors[] = {
    {"control_character", "must not contain control characters (found {})",
     "不能包含控制字符（发现 {}）"},
    {"single_line", "must be a single line of text (no line breaks or tabs)",
     "须为单行文本，不能包含换行或制表符"},
    {"config_json_invalid", "the value must be a JSON object", "取值须为 JSON 对象"},
    {"config_field_unknown", "unknown field {}", "未知字段 {}"},
    // {0} the field; {1} the expected kind in English, {2} in Chinese (kConfigNumber,
    // kConfigWholeNumber).
    {"config_field_type", "{0} must be {1}", "{0} 须为{2}"},
    // The shape of one input value (api::JsonInput and the query-string readers of every area).
    {"required", "is required", "必填"},
    {"type", "must be {0}", "类型错误，应为{1}"},  // ("an integer", "整数")
    {"max_length", "must be at most {} characters", "长度不能超过 {} 个字符"},
    {"date_invalid", "must be a date YYYY-MM-DD", "应为日期 YYYY-MM-DD"},
    {"range", "must be between {} and {}", "取值范围 {}–{}"},
    {"unknown_field", "is not a known field", "未知字段"},
    {"phone_format", "must be a mobile (1xxxxxxxxxx) or landline (0537-2345678) number",
     "应为手机号码（1xxxxxxxxxx）或固定电话（0537-2345678）"},
    {"bool_invalid", "must be true or false", "应为 true 或 false"},
    {"sort_invalid", "sort by {0}", "只能按{1}排序"},  // (the columns, 可排序的字段)
    // A value not among the allowed ones: {0} the allowed values in English, {1} in Chinese
    // ("open, closed", "open、closed"); a caller with one list passes it twice.
    {"status_invalid", "must be one of: {0}", "取值无效，可选：{1}"},
    {"kind_invalid", "must be one of: {0}", "取值无效，可选：{1}"},
    {"level_invalid", "must be one of: {0}", "取值无效，可选：{1}"},
    {"source_invalid", "must be one of: {0}", "取值无效，可选：{1}"},
    // The caller's account kind (every area with enterprise-only writes checks it).
    {"enterprise_account_required", "only enterprise accounts can do this",
     "只有企业账号才能执行此操作"},
};

// The kinds of number rule config_field_type names, in both languages.
struct ConfigNumberKind {
  std::string_view en;
  std::string_view zh;
};
inline constexpr ConfigNumberKind kConfigNumber{"a number", "数字"};
inline constexpr ConfigNumberKind kConfigWholeNumber{"a whole number", "整数"};
static_assert(UniqueIds(kCoreErrors));

consteval const Rule& CoreErr(std::string_view id) { return FindRule(kCoreErrors, id); }

// The rule `id` of this catalogue at run time (registry::QueryFilter::OneOf builds
// `<parameter>_invalid`); nullptr when there is none.
inline const Rule* FindCoreRule(std::string_view id) {
  for (const Rule& r : kCoreErrors)
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace anjian::core
