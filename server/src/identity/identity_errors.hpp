// Error catalogue of identity/: sign-in, passwords, accounts, roles and permissions and the
// security policy. (The account-kind rule enterprise_account_required every enterprise area
// applies is core's.)
#pragma once

#include <string_view>

#include "core/error_catalogue.hpp"

namespace anjian::identity {

inline constexpr core::Rule kIdentityErrors[] = {
    // Sign-in and sessions (session_service.cpp).
    {"credentials_invalid", "wrong username or password", "用户名或密码错误"},
    {"account_disabled", "account disabled", "账号已停用"},
    {"account_locked", "too many failed sign-ins; locked until {}", "登录失败次数过多，账号锁定至 {}"},

    // Passwords (password_policy_rules.cpp, the change-password and reset handlers).
    {"password_required", "password is required", "密码为必填项"},
    {"password_length", "password must have at least {} characters", "密码长度不能少于{}位"},
    {"password_max_length", "password must have at most {} characters", "密码长度不能超过{}位"},
    {"password_classes",
     "password must mix at least {} of: lower-case letters, upper-case letters, digits, symbols",
     "密码须至少包含小写字母、大写字母、数字、符号中的{}类"},
    {"password_contains_username", "password must not contain the username", "密码不能包含用户名"},
    {"password_wrong", "is not your current password", "原密码错误"},
    // The history keeps one password (the current one) / more than one.
    {"password_unchanged", "must differ from your current password", "新密码不能与当前密码相同"},
    {"password_reused", "must differ from your current password and the {} before it",
     "新密码不能与当前密码及之前 {} 次使用过的密码相同"},

    // The security policy's bounds (password_policy_rules.cpp): lower, upper, value.
    {"password_min_length_range", "password_min_length must be between {} and {} (got {})",
     "密码最小长度应在{}至{}之间（当前为{}）"},
    {"password_min_classes_range", "password_min_classes must be between {} and {} (got {})",
     "密码字符类别数应在{}至{}之间（当前为{}）"},
    {"lockout_threshold_range", "lockout_threshold must be between {} and {} (got {})",
     "登录失败锁定次数应在{}至{}之间（当前为{}）"},
    {"lockout_window_minutes_range", "lockout_window_minutes must be between {} and {} (got {})",
     "失败计数时间窗口（分钟）应在{}至{}之间（当前为{}）"},
    {"lockout_minutes_range", "lockout_minutes must be between {} and {} (got {})",
     "锁定时长（分钟）应在{}至{}之间（当前为{}）"},
    {"idle_timeout_minutes_range", "idle_timeout_minutes must be between {} and {} (got {})",
     "会话空闲超时（分钟）应在{}至{}之间（当前为{}）"},
    {"password_history_range", "password_history must be between {} and {} (got {})",
     "不得重复使用的近期密码个数应在{}至{}之间（当前为{}）"},

    // Accounts (user_rules.cpp, the user administration).
    {"username_format", "must be 3–32 characters of lower-case letters, digits, '.', '_' or '-'",
     "应为 3–32 位小写字母、数字、“.”、“_”或“-”"},
    {"username_taken", "is already in use", "用户名已被使用"},
    {"email_format", "must be an e-mail address like name@example.com",
     "应为电子邮箱地址，如 name@example.com"},
    {"org_exclusive", "a user belongs to an agency or to an enterprise, not both",
     "用户只能隶属于一个监管部门或一个企业，不能同时隶属两者"},
    {"agency_unknown", "unknown agency or outside your jurisdiction", "监管部门不存在或超出管辖范围"},
    {"org_required", "choose the agency or enterprise the user belongs to",
     "请选择用户所属的监管部门或企业"},
    {"self_disable", "you cannot disable your own account", "不能停用自己的账号"},
    {"account_already_active", "the account is already active", "账号已处于启用状态"},
    {"account_already_disabled", "the account is already disabled", "账号已处于停用状态"},
    {"last_admin", "this is the only active account with role {}",
     "该账号是唯一拥有“{}”角色的有效账号，不能移除或停用"},
    {"admin_account_protected",
     "the security and audit administrators' passwords are reset on the server with "
     "`anjian user reset-password`",
     "安全管理员和审计管理员的密码只能在服务器上用 anjian user reset-password 重置"},

    // Roles (roles_rules.cpp).
    {"role_unknown", "unknown role '{}'", "角色“{}”不存在"},
    {"self_role_change", "you cannot change your own roles", "不能修改自己的角色"},
    {"role_separation",
     "the system, security and audit administrator roles must be held by different users",
     "系统管理员、安全管理员、安全审计员须由不同用户担任（三员分立）"},
    {"admin_with_business_role", "an administrator role cannot be combined with business roles",
     "管理员角色不能与业务角色同时授予"},
    {"admin_org",
     "three-admin separation: administrator accounts belong to no agency and no enterprise (they "
     "see no business data)",
     "三员分立：管理员账号不能隶属于监管部门或企业（管理员不接触业务数据）"},
    {"role_scope_mismatch", "a user cannot hold both regulator and enterprise roles",
     "同一用户不能同时拥有监管部门角色和企业角色"},
    {"regulator_role_needs_agency", "regulator roles require the user to belong to an agency",
     "监管部门角色只能授予隶属于监管部门的用户"},
    {"enterprise_role_needs_enterprise",
     "enterprise roles require the user to belong to an enterprise",
     "企业角色只能授予隶属于企业的用户"},

    // Role permissions (roles_rules.cpp: the grant table of three-admin separation).
    {"permission_unknown", "unknown permission '{}'", "权限“{}”不存在"},
    // {0} permission, {1} who may hold it, {2} the role; {3} “label”（permission）, {4} who
    // may hold it, {5} the role's label.
    {"permission_separation", "three-admin separation: {0} may only be held by {1}, not by {2}",
     "三员分立：{3}只能授予{4}，不能授予{5}"},
    // {0} the role, {1} the permission; {2} the role's label, {3} “label”（permission）.
    {"permission_lockout",
     "{0} must keep {1}: no other role may hold it, so the duty would go undone",
     "{2}必须保留{3}权限：其他角色都不能拥有该权限，移除后该职责将无人履行"},
    {"grantor_not_allowed",
     "three-admin separation: only the security administrator changes role permissions",
     "三员分立：只有安全管理员可以修改角色权限"},
    {"self_grant", "you cannot add permissions to a role you hold yourself ('{}')",
     "不能为自己所拥有的角色增加权限（{}）"},
};
static_assert(core::UniqueIds(kIdentityErrors));

consteval const core::Rule& Err(std::string_view id) {
  return core::FindRule(kIdentityErrors, id);
}

}  // namespace anjian::identity
