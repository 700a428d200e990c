#include "identity/password_policy_rules.hpp"

#include <string>

#include "core/text.hpp"

namespace anjian::domain {
namespace {

void CheckRange(std::vector<FieldError>& errors, const char* field, const char* label_zh,
                int value, int lo, int hi) {
  if (value >= lo && value <= hi) return;
  const std::string f = field;
  errors.push_back({f, f + "_range",
                    f + " must be between " + std::to_string(lo) + " and " + std::to_string(hi) +
                        " (got " + std::to_string(value) + ")",
                    std::string(label_zh) + "应在" + std::to_string(lo) + "至" +
                        std::to_string(hi) + "之间（当前为" + std::to_string(value) + "）"});
}

}  // namespace

std::vector<FieldError> CheckPassword(const PasswordPolicy& policy, std::string_view password,
                                      std::string_view username, std::string_view field) {
  std::vector<FieldError> errors;
  const std::string f(field);
  if (password.empty()) {
    errors.push_back({f, "password_required", "password is required", "密码为必填项"});
    return errors;
  }
  // Invalid UTF-8 still has a length for policy purposes: count bytes then.
  const std::size_t length = Utf8Length(password).value_or(password.size());
  if (length < static_cast<std::size_t>(policy.min_length)) {
    errors.push_back({f, "password_length",
                      "password must have at least " + std::to_string(policy.min_length) +
                          " characters",
                      "密码长度不能少于" + std::to_string(policy.min_length) + "位"});
  }
  if (length > static_cast<std::size_t>(kPasswordMaxLength)) {
    errors.push_back({f, "password_max_length",
                      "password must have at most " + std::to_string(kPasswordMaxLength) +
                          " characters",
                      "密码长度不能超过" + std::to_string(kPasswordMaxLength) + "位"});
  }
  bool lower = false, upper = false, digit = false, symbol = false;
  for (char c : password) {
    if (c >= 'a' && c <= 'z') {
      lower = true;
    } else if (c >= 'A' && c <= 'Z') {
      upper = true;
    } else if (c >= '0' && c <= '9') {
      digit = true;
    } else {
      symbol = true;
    }
  }
  const int classes = int{lower} + int{upper} + int{digit} + int{symbol};
  if (classes < policy.min_classes) {
    errors.push_back({f, "password_classes",
                      "password must mix at least " + std::to_string(policy.min_classes) +
                          " of: lower-case letters, upper-case letters, digits, symbols",
                      "密码须至少包含小写字母、大写字母、数字、符号中的" +
                          std::to_string(policy.min_classes) + "类"});
  }
  const std::string user = AsciiLower(TrimView(username));
  if (user.size() >= 3 && AsciiLower(password).find(user) != std::string::npos) {
    errors.push_back({f, "password_contains_username", "password must not contain the username",
                      "密码不能包含用户名"});
  }
  return errors;
}

std::vector<FieldError> ValidatePolicy(const PasswordPolicy& p) {
  std::vector<FieldError> errors;
  CheckRange(errors, "password_min_length", "密码最小长度", p.min_length, 8, 64);
  CheckRange(errors, "password_min_classes", "密码字符类别数", p.min_classes, 1, 4);
  CheckRange(errors, "lockout_threshold", "登录失败锁定次数", p.lockout_threshold, 3, 20);
  CheckRange(errors, "lockout_window_minutes", "失败计数时间窗口（分钟）",
             p.lockout_window_minutes, 1, 1440);
  CheckRange(errors, "lockout_minutes", "锁定时长（分钟）", p.lockout_minutes, 1, 1440);
  CheckRange(errors, "idle_timeout_minutes", "会话空闲超时（分钟）", p.idle_timeout_minutes, 5,
             480);
  CheckRange(errors, "password_history", "不得重复使用的近期密码个数", p.password_history, 1,
             kPasswordHistoryMax);
  return errors;
}

}  // namespace anjian::domain
