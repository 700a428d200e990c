#include "domain/roles.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/test_util.hpp"

namespace anjian::domain {
namespace {

using testing::Rules;
using Set = std::set<std::string>;

Set AsSet(const std::vector<std::string>& v) { return Set(v.begin(), v.end()); }

TEST(RolesTest, CatalogueIsComplete) {
  const char* roles[] = {"sys_admin",     "sec_admin",          "audit_admin",
                         "regulator_rw",  "regulator_ro",       "ent_principal",
                         "ent_safety_officer", "ent_storekeeper", "ent_duty_officer"};
  EXPECT_EQ(BuiltinRoles().size(), std::size(roles));
  for (const char* r : roles) {
    const RoleDef* def = FindRole(r);
    ASSERT_NE(def, nullptr) << r;
    EXPECT_FALSE(def->label_zh.empty()) << r;
    EXPECT_FALSE(def->label_en.empty()) << r;
  }
  EXPECT_EQ(FindRole("root"), nullptr);
  EXPECT_EQ(BuiltinPermissions().size(), 30u);
  for (const auto& p : BuiltinPermissions()) {
    EXPECT_FALSE(p.label_zh.empty()) << p.code;
    EXPECT_FALSE(p.label_en.empty()) << p.code;
  }
  EXPECT_TRUE(IsAdminRole("audit_admin"));
  EXPECT_FALSE(IsAdminRole("regulator_rw"));
  EXPECT_FALSE(IsAdminRole("nobody"));
}

TEST(RolesTest, DefaultPermissions) {
  struct Case {
    const char* role;
    Set expected;
  };
  const Set ent_full = {"enterprise:read", "enterprise:profile", "responsibility:read",
                        "responsibility:write", "notice:read", "notice:feedback",
                        "dashboard:read", "ledger:read", "ledger:write", "ledger:manage",
                        "risk:read", "risk:write", "inspection:read", "inspection:write",
                        "hidden_danger:read", "hidden_danger:report", "hidden_danger:handle"};
  const Set ent_keeper = {"enterprise:read", "responsibility:read", "notice:read",
                          "notice:feedback", "dashboard:read", "ledger:read", "ledger:write",
                          "risk:read", "inspection:read", "inspection:write",
                          "hidden_danger:read", "hidden_danger:report"};
  const Set ent_basic = {"enterprise:read", "responsibility:read", "notice:read",
                         "notice:feedback", "dashboard:read", "ledger:read", "risk:read",
                         "inspection:read", "inspection:write", "hidden_danger:read",
                         "hidden_danger:report"};
  const Case cases[] = {
      {"sys_admin",
       {"user:manage", "org:manage", "agency:read", "enterprise:read", "dashboard:read",
        "settings:read", "settings:manage"}},
      {"sec_admin", {"role:manage", "policy:manage"}},
      {"audit_admin", {"audit:read"}},
      {"regulator_rw",
       {"enterprise:read", "enterprise:write", "enterprise:import", "enterprise:profile",
        "responsibility:read",
        "responsibility:write", "notice:read", "notice:send", "notice:feedback", "agency:read",
        "dashboard:read", "ledger:read", "risk:read", "inspection:read", "hidden_danger:read",
        "hidden_danger:supervise", "enforcement:write", "settings:read"}},
      {"regulator_ro",
       {"enterprise:read", "responsibility:read", "agency:read", "notice:read",
        "dashboard:read", "ledger:read", "risk:read", "inspection:read", "hidden_danger:read",
        "settings:read"}},
      {"ent_principal", ent_full},
      {"ent_safety_officer", ent_full},
      {"ent_storekeeper", ent_keeper},
      {"ent_duty_officer", ent_basic},
      {"unknown", {}},
  };
  for (const auto& c : cases) {
    const auto perms = DefaultPermissions(c.role);
    EXPECT_EQ(AsSet(perms), c.expected) << c.role;
    for (const auto& p : perms) EXPECT_NE(FindPermission(p), nullptr) << c.role << " " << p;
    // Defaults must pass the rules sec_admin is held to.
    if (FindRole(c.role)) {
      EXPECT_TRUE(CheckPermissionGrant(c.role, perms).empty()) << c.role;
    }
  }
}

TEST(RolesTest, RoleGrantMatrix) {
  struct Case {
    const char* name;
    std::vector<std::string> roles;
    bool agency, enterprise;
    Set expected;
  };
  const Case cases[] = {
      {"no roles", {}, false, false, {}},
      {"sys_admin alone", {"sys_admin"}, false, false, {}},
      {"sec_admin alone", {"sec_admin"}, false, false, {}},
      {"audit_admin alone", {"audit_admin"}, false, false, {}},
      {"admin in an agency", {"sys_admin"}, true, false, {}},
      {"sys+sec", {"sys_admin", "sec_admin"}, false, false, {"role_separation"}},
      {"sys+audit", {"sys_admin", "audit_admin"}, false, false, {"role_separation"}},
      {"sec+audit", {"sec_admin", "audit_admin"}, false, false, {"role_separation"}},
      {"all three", {"sys_admin", "sec_admin", "audit_admin"}, false, false, {"role_separation"}},
      {"duplicate admin role", {"sys_admin", "sys_admin"}, false, false, {}},
      {"admin + regulator", {"audit_admin", "regulator_ro"}, true, false, {"role_separation"}},
      {"admin + enterprise", {"sec_admin", "ent_principal"}, false, true, {"role_separation"}},
      {"regulator with agency", {"regulator_rw"}, true, false, {}},
      {"regulator rw+ro", {"regulator_rw", "regulator_ro"}, true, false, {}},
      {"regulator without agency", {"regulator_ro"}, false, false, {"role_scope_mismatch"}},
      {"regulator in enterprise", {"regulator_rw"}, false, true, {"role_scope_mismatch"}},
      {"enterprise roles", {"ent_principal", "ent_safety_officer"}, false, true, {}},
      {"storekeeper + duty", {"ent_storekeeper", "ent_duty_officer"}, false, true, {}},
      {"enterprise without enterprise", {"ent_duty_officer"}, true, false,
       {"role_scope_mismatch"}},
      {"regulator + enterprise", {"regulator_rw", "ent_principal"}, true, true,
       {"role_scope_mismatch"}},
      {"unknown", {"superuser"}, false, false, {"role_unknown"}},
      {"unknown plus valid", {"superuser", "regulator_rw"}, true, false, {"role_unknown"}},
      {"everything wrong", {"x", "sys_admin", "audit_admin", "regulator_rw"}, false, false,
       {"role_unknown", "role_separation", "role_scope_mismatch"}},
  };
  for (const auto& c : cases) {
    const auto errors = CheckRoleGrant(c.roles, c.agency, c.enterprise);
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(testing::WellFormed(errors)) << c.name;
    for (const auto& e : errors) EXPECT_EQ(e.field, "roles") << c.name;
  }
}

TEST(RolesTest, EveryPairOfAdminRolesIsRejected) {
  const std::string admins[] = {"sys_admin", "sec_admin", "audit_admin"};
  const std::string business[] = {"regulator_rw",       "regulator_ro",   "ent_principal",
                                  "ent_safety_officer", "ent_storekeeper", "ent_duty_officer"};
  for (const auto& a : admins) {
    for (const auto& b : admins) {
      if (a == b) continue;
      EXPECT_TRUE(Rules(CheckRoleGrant({a, b}, true, true)).count("role_separation")) << a << b;
    }
    for (const auto& b : business) {
      EXPECT_TRUE(Rules(CheckRoleGrant({a, b}, true, true)).count("role_separation")) << a << b;
    }
  }
}

TEST(RolesTest, PermissionGrant) {
  struct Case {
    const char* name;
    std::string role;
    std::vector<std::string> perms;
    Set expected;
  };
  const Case cases[] = {
      {"regulator read-only tweak", "regulator_ro", {"enterprise:read", "dashboard:read"}, {}},
      {"empty set", "regulator_ro", {}, {}},
      {"audit:read to audit_admin", "audit_admin", {"audit:read"}, {}},
      {"audit:read to sys_admin", "sys_admin", {"audit:read"}, {"permission_separation"}},
      {"audit:read to sec_admin", "sec_admin", {"role:manage", "audit:read"},
       {"permission_separation"}},
      {"audit:read to regulator", "regulator_rw", {"audit:read"}, {"permission_separation"}},
      {"role:manage to sys_admin", "sys_admin", {"role:manage"}, {"permission_separation"}},
      {"role:manage to audit_admin", "audit_admin", {"audit:read", "role:manage"},
       {"permission_separation"}},
      {"role:manage to enterprise", "ent_principal", {"role:manage"}, {"permission_separation"}},
      {"sec_admin keeps role:manage", "sec_admin", {"role:manage"}, {}},
      {"sec_admin drops role:manage", "sec_admin", {"policy:manage"}, {"permission_lockout"}},
      {"unknown permission", "regulator_rw", {"enterprise:delete"}, {"permission_unknown"}},
      {"unknown role", "root", {"audit:read"}, {"role_unknown"}},
  };
  for (const auto& c : cases) {
    const auto errors = CheckPermissionGrant(c.role, c.perms);
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(testing::WellFormed(errors)) << c.name;
  }
}

}  // namespace
}  // namespace anjian::domain
