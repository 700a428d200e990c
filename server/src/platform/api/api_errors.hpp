// Error catalogue of platform/api: the request-level rules every area's input meets (JsonInput,
// the router, paging). An area reports these ids with api::Err ("required", "max_length",
// "type", ...) instead of spelling its own.
#pragma once

#include <string_view>

#include "core/core_errors.hpp"
#include "core/error_catalogue.hpp"

namespace anjian::api {

inline constexpr core::Rule kApiErrors[] = {
    // Request bodies (api::ParseJsonBody, JsonInput).
    {"json_malformed", "malformed JSON: {}", "JSON 格式错误：{}"},
    {"json_not_object", "request body must be a JSON object", "请求体必须是 JSON 对象"},
    {"duplicate_key", "appears more than once in the request (each field may be given once)",
     "在请求中重复出现（每个字段只能填写一次）"},
    {"field_name_control_character", "a field name contains control characters",
     "字段名包含控制字符"},
    {"max_items", "at most {} items", "条目不能超过 {} 个"},
    // Query strings.
    {"integer", "must be a positive integer", "必须是正整数"},
    {"date_range", "must not be before 'from'", "结束日期不能早于开始日期"},
    // A query-string flag (1/0/true/false); a JSON boolean is core's bool_invalid.
    {"flag_invalid", "must be 1, 0, true or false", "应为 1、0、true 或 false"},
    // The router (router.cpp).
    {"authentication_required", "authentication required", "请先登录"},
    {"csrf_token_invalid", "missing or wrong X-CSRF-Token header",
     "缺少或错误的 X-CSRF-Token 请求头"},
    {"password_change_required",
     "change your password first: this account must set a new password before it can do "
     "anything else",
     "请先修改密码：该账号须设置新密码后才能继续使用系统"},
    // {0}: the permission (or its alternatives) in English, {1} in Chinese.
    {"permission_required", "permission {0} required", "需要权限 {1}"},
    {"method_not_allowed", "method not allowed", "不支持该请求方法"},
    // The database's own words follow the English message (router.cpp).
    {"constraint_conflict", "conflicts with existing data", "与已有数据冲突"},
    {"internal_error", "internal error", "服务器内部错误"},
    {"database_unavailable", "the database is unavailable for a moment; retry",
     "数据库暂时不可用，请稍后重试"},
};
static_assert(core::UniqueIds(kApiErrors));

// A rule of this catalogue or, for the shape of one value (required, type, max_length, ...), of
// core's (core/core_errors.hpp), which every area shares.
consteval const core::Rule& Err(std::string_view id) {
  for (const core::Rule& r : kApiErrors)
    if (r.id == id) return r;
  return core::CoreErr(id);
}

// The expected type named by rule "type", in both languages.
struct JsonType {
  std::string_view en;
  std::string_view zh;
};
inline constexpr JsonType kString{"a string", "字符串"};
inline constexpr JsonType kInteger{"an integer", "整数"};
inline constexpr JsonType kNumber{"a number", "数字"};
inline constexpr JsonType kBoolean{"true or false", "布尔值"};
inline constexpr JsonType kIdArray{"an array of ids", "ID 数组"};
inline constexpr JsonType kPositiveIdArray{"an array of positive integer ids", "正整数 ID 数组"};
inline constexpr JsonType kStringArray{"an array of strings", "字符串数组"};
inline constexpr JsonType kObject{"an object", "对象"};
inline constexpr JsonType kArray{"an array", "数组"};

}  // namespace anjian::api
