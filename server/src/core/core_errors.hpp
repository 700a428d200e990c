// Error catalogue of core/: the input rules every area applies — text (core/text.hpp) and the
// shape of a value (required, type, length, date, true/false, sort order), whichever area reads it.
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::core {

inline constexpr Rule kCoreErrors[] = {
    {"control_character", "must not contain control characters (found {})",
     "不能包含控制字符（发现 {}）"},
    {"single_line", "must be a single line of text (no line breaks or tabs)",
     "须为单行文本，不能包含换行或制表符"},
    // The shape of one input value (api::JsonInput and the query-string readers of every area).
    {"required", "is required", "必填"},
    {"type", "must be {0}", "类型错误，应为{1}"},  // ("an integer", "整数")
    {"max_length", "must be at most {} characters", "长度不能超过 {} 个字符"},
    {"date_invalid", "{0} must be a date YYYY-MM-DD", "{1}须为 YYYY-MM-DD 格式"},  // (field, 日期)
    {"bool_invalid", "must be true or false", "应为 true 或 false"},
    {"sort_invalid", "sort by {0}", "只能按{1}排序"},  // (the columns, 可排序的字段)
};
static_assert(UniqueIds(kCoreErrors));

consteval const Rule& CoreErr(std::string_view id) { return FindRule(kCoreErrors, id); }

}  // namespace anjian::core
