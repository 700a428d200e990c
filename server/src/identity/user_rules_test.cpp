#include "identity/user_rules.hpp"

#include <gtest/gtest.h>

#include <string>

namespace anjian::identity {
namespace {

TEST(UserRules, Username) {
  struct Case {
    std::string username;
    bool ok;
  };
  const Case cases[] = {
      {"mb.keeper", true},        {"abc", true},          {"ab", false},
      {std::string(32, 'a'), true}, {std::string(33, 'a'), false},
      {"a_b-c.9", true},          {"Zhang", false},       {"zhang san", false},
      {"张三", false},            {"", false},            {"x@y", false},
  };
  for (const auto& c : cases) EXPECT_EQ(IsValidUsername(c.username), c.ok) << c.username;
}

TEST(UserRules, Email) {
  struct Case {
    std::string email;
    bool ok;
  };
  const Case cases[] = {
      {"name@example.com", true}, {"a@b", true},          {"@example.com", false},
      {"name@", false},           {"a@b@c", false},       {"no-at-sign", false},
      {"a b@c.d", false},         {"<a@b.c>", false},     {"a@b.c,d@e.f", false},
      {"a@b.c;x", false},         {"\"a\"@b.c", false},   {"a@b.c\n", false},
  };
  for (const auto& c : cases) EXPECT_EQ(IsValidEmail(c.email), c.ok) << c.email;
}

}  // namespace
}  // namespace anjian::identity
