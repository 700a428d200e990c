#include "identity/password_policy_rules.hpp"

#include <gtest/gtest.h>

#include "core/test_util.hpp"

namespace anjian::identity {
namespace {

using core::testing::Rules;
using Set = std::set<std::string>;

TEST(PasswordPolicyTest, CheckPassword) {
  struct Case {
    const char* name;
    PasswordPolicy policy;
    std::string password;
    std::string username;
    Set expected;
  };
  const PasswordPolicy def;
  PasswordPolicy four_classes;
  four_classes.min_classes = 4;
  PasswordPolicy long_min;
  long_min.min_length = 12;
  const Case cases[] = {
      {"good", def, "Jining#2024", "zhangsan", {}},
      {"empty", def, "", "zhangsan", {"password_required"}},
      {"7 chars", def, "Ab1#xyz", "zhangsan", {"password_length"}},
      {"8 chars", def, "Ab1#xyzw", "zhangsan", {}},
      {"two classes", def, "abcdefgh1", "zhangsan", {"password_classes"}},
      {"lower+upper+digit", def, "Abcdefg1", "zhangsan", {}},
      {"lower+digit+symbol", def, "abcdef1!", "zhangsan", {}},
      {"chinese counts as symbol", def, "abcdef1济", "zhangsan", {}},
      {"chinese length in chars", def, "Ab1济济济济", "zhangsan", {"password_length"}},
      {"four classes required", four_classes, "Abcdefg1", "zhangsan", {"password_classes"}},
      {"four classes present", four_classes, "Abcdef1!", "zhangsan", {}},
      {"min 12", long_min, "Abcdefg1!xy", "zhangsan", {"password_length"}},
      {"contains username", def, "Zhangsan#2024", "zhangsan", {"password_contains_username"}},
      {"contains username upper", def, "xxZHANGSAN1!", "ZhangSan",
       {"password_contains_username"}},
      {"short username ignored", def, "Ab1#xyzw", "ab", {}},
      {"empty username ignored", def, "Ab1#xyzw", "", {}},
      {"128 chars", def, "Ab1!" + std::string(124, 'x'), "zhangsan", {}},
      {"129 chars", def, "Ab1!" + std::string(125, 'x'), "zhangsan", {"password_max_length"}},
      {"several at once", def, "zhangsan", "zhangsan",
       {"password_classes", "password_contains_username"}},
      {"short and weak", def, "abc", "zhangsan", {"password_length", "password_classes"}},
  };
  for (const auto& c : cases) {
    const auto errors = CheckPassword(c.policy, c.password, c.username);
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(core::testing::WellFormed(errors)) << c.name;
    for (const auto& e : errors) EXPECT_EQ(e.field, "new_password") << c.name;
  }
}

TEST(PasswordPolicyTest, CustomField) {
  const auto errors = CheckPassword(PasswordPolicy{}, "abc", "u", "password");
  ASSERT_FALSE(errors.empty());
  for (const auto& e : errors) EXPECT_EQ(e.field, "password");
}

TEST(PasswordPolicyTest, ValidatePolicyBounds) {
  struct Case {
    const char* name;
    void (*mutate)(PasswordPolicy&);
    Set expected;
  };
  const Case cases[] = {
      {"defaults", [](PasswordPolicy&) {}, {}},
      {"min_length 7", [](PasswordPolicy& p) { p.min_length = 7; }, {"password_min_length_range"}},
      {"min_length 64", [](PasswordPolicy& p) { p.min_length = 64; }, {}},
      {"min_length 65", [](PasswordPolicy& p) { p.min_length = 65; },
       {"password_min_length_range"}},
      {"classes 0", [](PasswordPolicy& p) { p.min_classes = 0; }, {"password_min_classes_range"}},
      {"classes 1", [](PasswordPolicy& p) { p.min_classes = 1; }, {}},
      {"classes 4", [](PasswordPolicy& p) { p.min_classes = 4; }, {}},
      {"classes 5", [](PasswordPolicy& p) { p.min_classes = 5; }, {"password_min_classes_range"}},
      {"threshold 2", [](PasswordPolicy& p) { p.lockout_threshold = 2; },
       {"lockout_threshold_range"}},
      {"threshold 3", [](PasswordPolicy& p) { p.lockout_threshold = 3; }, {}},
      {"threshold 20", [](PasswordPolicy& p) { p.lockout_threshold = 20; }, {}},
      {"threshold 21", [](PasswordPolicy& p) { p.lockout_threshold = 21; },
       {"lockout_threshold_range"}},
      {"window 0", [](PasswordPolicy& p) { p.lockout_window_minutes = 0; },
       {"lockout_window_minutes_range"}},
      {"window 1440", [](PasswordPolicy& p) { p.lockout_window_minutes = 1440; }, {}},
      {"window 1441", [](PasswordPolicy& p) { p.lockout_window_minutes = 1441; },
       {"lockout_window_minutes_range"}},
      {"lockout 0", [](PasswordPolicy& p) { p.lockout_minutes = 0; }, {"lockout_minutes_range"}},
      {"lockout 1", [](PasswordPolicy& p) { p.lockout_minutes = 1; }, {}},
      {"lockout 1441", [](PasswordPolicy& p) { p.lockout_minutes = 1441; },
       {"lockout_minutes_range"}},
      {"idle 4", [](PasswordPolicy& p) { p.idle_timeout_minutes = 4; },
       {"idle_timeout_minutes_range"}},
      {"idle 5", [](PasswordPolicy& p) { p.idle_timeout_minutes = 5; }, {}},
      {"idle 480", [](PasswordPolicy& p) { p.idle_timeout_minutes = 480; }, {}},
      {"idle 481", [](PasswordPolicy& p) { p.idle_timeout_minutes = 481; },
       {"idle_timeout_minutes_range"}},
      {"history 0", [](PasswordPolicy& p) { p.password_history = 0; },
       {"password_history_range"}},
      {"history 1", [](PasswordPolicy& p) { p.password_history = 1; }, {}},
      {"history 24", [](PasswordPolicy& p) { p.password_history = 24; }, {}},
      {"history 25", [](PasswordPolicy& p) { p.password_history = 25; },
       {"password_history_range"}},
      {"all bad",
       [](PasswordPolicy& p) { p = PasswordPolicy{0, 0, 0, 0, 0, 0, 0}; },
       {"password_min_length_range", "password_min_classes_range", "lockout_threshold_range",
        "lockout_window_minutes_range", "lockout_minutes_range", "idle_timeout_minutes_range",
        "password_history_range"}},
  };
  for (const auto& c : cases) {
    PasswordPolicy p;
    c.mutate(p);
    const auto errors = ValidatePolicy(p);
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(core::testing::WellFormed(errors)) << c.name;
    for (const auto& e : errors) EXPECT_EQ(e.field + "_range", e.rule) << c.name;
  }
}

// A request may hold any integer, also one no int can: the same rule and message name it.
TEST(PasswordPolicyTest, PolicyValueBeyondInt) {
  auto e = CheckPolicyValue("lockout_minutes", 99999999999);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->field, "lockout_minutes");
  EXPECT_EQ(e->rule, "lockout_minutes_range");
  EXPECT_EQ(e->message, "lockout_minutes must be between 1 and 1440 (got 99999999999)");
  EXPECT_EQ(e->message_zh, "锁定时长（分钟）应在1至1440之间（当前为99999999999）");
  EXPECT_FALSE(CheckPolicyValue("lockout_minutes", 15));
  EXPECT_FALSE(CheckPolicyValue("no_such_field", -1));
  auto low = CheckPolicyValue("password_min_length", -4294967296);
  ASSERT_TRUE(low);
  EXPECT_EQ(low->rule, "password_min_length_range");
}

}  // namespace
}  // namespace anjian::identity
