#include "identity/roles_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/test_util.hpp"

namespace anjian::identity {
namespace {

using core::testing::Rules;
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
  // + accident:* (issue 14 §4), zero_report:* (§1), accident:investigate, emergency_resource:read/write,
  // emergency_plan:read/write/publish/filing_review (§2), drill:read/write/acknowledge (§3)
  // + licence:read/manage/decide/apply, licence_check:read (issue 15 §1)
  // + veto:read/manage/apply (issue 15 §4), qualification:read/write, staff_training:manage (§2)
  EXPECT_EQ(BuiltinPermissions().size(), 69u);
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
                        "hidden_danger:read", "hidden_danger:report", "hidden_danger:handle",
                        "accident:read", "accident:report", "zero_report:report",
                        "emergency_resource:read", "emergency_resource:write",
                        "emergency_plan:read", "emergency_plan:write", "drill:read", "drill:write",
            "duty_roster:read", "duty_roster:manage", "duty_roster:swap",
            "duty_shift:read", "duty_shift:write",
            "duty_spot_check:read", "duty_spot_check:answer",
            "licence:read", "licence:apply",
            "veto:read", "veto:apply",
            "qualification:read", "qualification:write",
            "credit:read", "credit:repair"};
  const Set ent_keeper = {"enterprise:read", "responsibility:read", "notice:read",
                          "notice:feedback", "dashboard:read", "ledger:read", "ledger:write",
                          "risk:read", "inspection:read", "inspection:write",
                          "hidden_danger:read", "hidden_danger:report", "accident:read",
                          "accident:report", "zero_report:report", "emergency_resource:read",
                          "emergency_plan:read", "drill:read",
            "duty_roster:read", "duty_roster:swap",
            "duty_shift:read", "duty_shift:write", "qualification:read"};
  const Set ent_basic = {"enterprise:read", "responsibility:read", "notice:read",
                         "notice:feedback", "dashboard:read", "ledger:read", "risk:read",
                         "inspection:read", "inspection:write", "hidden_danger:read",
                         "hidden_danger:report", "accident:read", "accident:report",
                         "zero_report:report", "emergency_resource:read", "emergency_plan:read",
                         "drill:read",
            "duty_roster:read", "duty_roster:swap",
            "duty_shift:read", "duty_shift:write",
            "duty_spot_check:read", "qualification:read"};
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
        "hidden_danger:supervise", "enforcement:write", "settings:read", "accident:read",
        "accident:report", "accident:forward", "zero_report:read", "zero_report:supervise",
        "accident:investigate", "emergency_resource:read", "emergency_resource:write",
        "emergency_plan:read", "emergency_plan:filing_review", "drill:read", "drill:acknowledge",
            "duty_roster:read", "duty_roster:manage", "duty_roster:swap",
            "duty_shift:read", "duty_shift:write",
            "duty_spot_check:read", "duty_spot_check:write", "duty_spot_check:answer",
            "licence:read", "licence:manage", "licence:decide",
            "licence_check:read",
            "veto:read", "veto:manage",
            "qualification:read", "staff_training:manage",
            "credit:read", "credit:decide",
            "store_capacity:decide"}},
      {"regulator_ro",
       {"enterprise:read", "responsibility:read", "agency:read", "notice:read",
        "dashboard:read", "ledger:read", "risk:read", "inspection:read", "hidden_danger:read",
        "settings:read", "accident:read", "zero_report:read", "emergency_resource:read",
        "emergency_plan:read", "drill:read",
            "duty_roster:read", "duty_roster:swap",
            "duty_shift:read", "duty_shift:write",
            "duty_spot_check:read",
            "licence:read",
            "licence_check:read",
            "veto:read",
            "qualification:read",
            "credit:read"}},
      {"ent_principal", [&] { Set s = ent_full; s.insert("emergency_plan:publish"); return s; }()},
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
      EXPECT_TRUE(CheckPermissionSet(c.role, perms).empty()) << c.role;
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
      {"admin in an agency", {"sys_admin"}, true, false, {"admin_org"}},
      {"sec_admin in an agency", {"sec_admin"}, true, false, {"admin_org"}},
      {"audit_admin in an enterprise", {"audit_admin"}, false, true, {"admin_org"}},
      {"sys+sec", {"sys_admin", "sec_admin"}, false, false, {"role_separation"}},
      {"sys+audit", {"sys_admin", "audit_admin"}, false, false, {"role_separation"}},
      {"sec+audit", {"sec_admin", "audit_admin"}, false, false, {"role_separation"}},
      {"all three", {"sys_admin", "sec_admin", "audit_admin"}, false, false, {"role_separation"}},
      {"duplicate admin role", {"sys_admin", "sys_admin"}, false, false, {}},
      {"admin + regulator", {"audit_admin", "regulator_ro"}, true, false,
       {"admin_with_business_role", "admin_org"}},
      {"admin + enterprise", {"sec_admin", "ent_principal"}, false, true,
       {"admin_with_business_role", "admin_org"}},
      {"regulator with agency", {"regulator_rw"}, true, false, {}},
      {"regulator rw+ro", {"regulator_rw", "regulator_ro"}, true, false, {}},
      {"regulator without agency", {"regulator_ro"}, false, false,
       {"regulator_role_needs_agency"}},
      {"regulator in enterprise", {"regulator_rw"}, false, true, {"regulator_role_needs_agency"}},
      {"enterprise roles", {"ent_principal", "ent_safety_officer"}, false, true, {}},
      {"storekeeper + duty", {"ent_storekeeper", "ent_duty_officer"}, false, true, {}},
      {"enterprise without enterprise", {"ent_duty_officer"}, true, false,
       {"enterprise_role_needs_enterprise"}},
      {"regulator + enterprise", {"regulator_rw", "ent_principal"}, true, true,
       {"role_scope_mismatch"}},
      {"unknown", {"superuser"}, false, false, {"role_unknown"}},
      {"unknown plus valid", {"superuser", "regulator_rw"}, true, false, {"role_unknown"}},
      {"admin + regulator, no agency", {"audit_admin", "regulator_ro"}, false, false,
       {"admin_with_business_role", "regulator_role_needs_agency"}},
      {"everything wrong", {"x", "sys_admin", "audit_admin", "regulator_rw"}, false, false,
       {"role_unknown", "role_separation", "admin_with_business_role",
        "regulator_role_needs_agency"}},
  };
  for (const auto& c : cases) {
    const auto errors = CheckRoleGrant(c.roles, c.agency, c.enterprise);
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(core::testing::WellFormed(errors)) << c.name;
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
      EXPECT_TRUE(Rules(CheckRoleGrant({a, b}, true, true)).count("admin_with_business_role"))
          << a << b;
    }
  }
}

TEST(RolesTest, PermissionSet) {
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
      {"audit:read to sys_admin", "sys_admin", {"user:manage", "org:manage", "audit:read"},
       {"permission_separation"}},
      {"audit:read to sec_admin", "sec_admin", {"role:manage", "policy:manage", "audit:read"},
       {"permission_separation"}},
      {"audit:read to regulator", "regulator_rw", {"audit:read"}, {"permission_separation"}},
      {"role:manage to sys_admin", "sys_admin", {"user:manage", "org:manage", "role:manage"},
       {"permission_separation"}},
      {"role:manage to audit_admin", "audit_admin", {"audit:read", "role:manage"},
       {"permission_separation"}},
      {"role:manage to enterprise", "ent_principal", {"role:manage"}, {"permission_separation"}},
      {"user:manage to regulator_ro (issue 10 B)", "regulator_ro",
       {"enterprise:read", "user:manage"}, {"permission_separation"}},
      {"user and policy to audit_admin (issue 10 B)", "audit_admin",
       {"audit:read", "user:manage", "policy:manage"}, {"permission_separation"}},
      {"business reads to sys_admin (issue 10 B)", "sys_admin",
       {"user:manage", "org:manage", "policy:manage", "hidden_danger:read", "ledger:read"},
       {"permission_separation"}},
      {"settings:manage to a regulator", "regulator_rw", {"settings:manage"},
       {"permission_separation"}},
      {"stores voucher to a regulator", "regulator_rw", {"ledger:write"},
       {"permission_separation"}},
      {"notice:send to an enterprise", "ent_principal", {"notice:send"},
       {"permission_separation"}},
      {"sec_admin keeps its duties", "sec_admin", {"role:manage", "policy:manage"}, {}},
      {"sec_admin drops role:manage", "sec_admin", {"policy:manage"}, {"permission_lockout"}},
      {"sec_admin drops policy:manage", "sec_admin", {"role:manage"}, {"permission_lockout"}},
      {"audit_admin loses audit:read", "audit_admin", {}, {"permission_lockout"}},
      {"sys_admin loses user:manage", "sys_admin", {"org:manage"}, {"permission_lockout"}},
      {"sys_admin drops optional reads", "sys_admin", {"user:manage", "org:manage"}, {}},
      {"unknown permission", "regulator_rw", {"enterprise:delete"}, {"permission_unknown"}},
      {"unknown role", "root", {"audit:read"}, {"role_unknown"}},
  };
  for (const auto& c : cases) {
    const auto errors = CheckPermissionSet(c.role, c.perms);
    EXPECT_EQ(Rules(errors), c.expected) << c.name;
    EXPECT_TRUE(core::testing::WellFormed(errors)) << c.name;
  }
  // The message names the permission and who may hold it, in both languages.
  const auto e = CheckPermissionSet("regulator_ro", {"user:manage"});
  ASSERT_EQ(e.size(), 1u);
  EXPECT_NE(e[0].message.find("user:manage"), std::string::npos) << e[0].message;
  EXPECT_NE(e[0].message.find("sys_admin"), std::string::npos) << e[0].message;
  EXPECT_NE(e[0].message_zh.find("系统管理员"), std::string::npos) << e[0].message_zh;
}

// ---- The grant matrix: every permission × every role × every administrator ---------------
// The expected answers come from this declarative table, written out independently of
// roles.cpp: for each permission, the roles that may hold it.
const std::map<std::string, Set> kMayHold = [] {
  const Set regulators = {"regulator_rw", "regulator_ro"};
  const Set enterprises = {"ent_principal", "ent_safety_officer", "ent_storekeeper",
                           "ent_duty_officer"};
  Set business = regulators;
  business.insert(enterprises.begin(), enterprises.end());
  auto with = [](Set s, std::initializer_list<const char*> more) {
    for (const char* m : more) s.insert(m);
    return s;
  };
  return std::map<std::string, Set>{
      {"enterprise:read", with(business, {"sys_admin"})},
      {"enterprise:write", regulators},
      {"enterprise:profile", business},
      {"enterprise:import", regulators},
      {"responsibility:read", business},
      {"responsibility:write", business},
      {"notice:read", business},
      {"notice:send", regulators},
      {"notice:feedback", business},
      {"agency:read", with(business, {"sys_admin"})},
      {"user:manage", {"sys_admin"}},
      {"org:manage", {"sys_admin"}},
      {"role:manage", {"sec_admin"}},
      {"policy:manage", {"sec_admin"}},
      {"audit:read", {"audit_admin"}},
      {"dashboard:read", with(business, {"sys_admin"})},
      {"ledger:read", business},
      {"ledger:write", enterprises},
      {"ledger:manage", enterprises},
      {"risk:read", business},
      {"risk:write", enterprises},
      {"inspection:read", business},
      {"inspection:write", enterprises},
      {"hidden_danger:read", business},
      {"hidden_danger:report", business},
      {"hidden_danger:handle", enterprises},
      {"hidden_danger:supervise", regulators},
      {"enforcement:write", regulators},
      {"settings:read", with(business, {"sys_admin"})},
      {"settings:manage", {"sys_admin"}},
      {"accident:read", business},  // issue 14 §4
      {"accident:report", business},
      {"accident:forward", regulators},
      {"zero_report:read", regulators},  // issue 14 §1
      {"zero_report:report", enterprises},
      {"zero_report:supervise", regulators},
      {"accident:investigate", regulators},
      {"emergency_resource:read", business},
      {"emergency_resource:write", business},
      {"emergency_plan:read", business},  // issue 14 §2
      {"emergency_plan:write", enterprises},
      {"emergency_plan:publish", enterprises},
      {"emergency_plan:filing_review", regulators},
      {"drill:read", business},  // issue 14 §3
      {"drill:write", enterprises},
      {"drill:acknowledge", regulators},
      {"duty_spot_check:read", business},  // issue 14 §1
      {"duty_spot_check:write", regulators},
      {"duty_spot_check:answer", business},
      {"duty_shift:read", business},  // issue 14 §1 (on shift)
      {"duty_shift:write", business},
      {"duty_roster:read", business},  // issue 14 §1
      {"duty_roster:manage", business},
      {"duty_roster:swap", business},
      {"licence:read", business},  // issue 15 §1
      {"licence:manage", regulators},
      {"licence:decide", regulators},
      {"licence:apply", enterprises},
      {"licence_check:read", regulators},  // issue 15 §1
      {"veto:read", business},  // issue 15 §4
      {"veto:manage", regulators},
      {"veto:apply", enterprises},
      {"qualification:read", business},  // issue 15 §2
      {"qualification:write", enterprises},
      {"staff_training:manage", regulators},
      {"credit:read", business},  // issue 15 §4
      {"credit:decide", regulators},
      {"credit:repair", enterprises},
      {"store_capacity:decide", regulators},
  };
}();

// Duties an administrator role must keep (nobody else may hold them).
const std::map<std::string, Set> kCore = {
    {"sys_admin", {"user:manage", "org:manage"}},
    {"sec_admin", {"role:manage", "policy:manage"}},
    {"audit_admin", {"audit:read"}},
};

const char* kAdmins[] = {"sys_admin", "sec_admin", "audit_admin"};

std::vector<std::string> Without(std::vector<std::string> v, const std::string& p) {
  v.erase(std::remove(v.begin(), v.end(), p), v.end());
  return v;
}

TEST(RolesTest, GrantTableCoversEveryPermissionOnce) {
  EXPECT_EQ(kMayHold.size(), BuiltinPermissions().size());
  for (const auto& p : BuiltinPermissions()) {
    ASSERT_TRUE(kMayHold.count(std::string(p.code))) << p.code;
    for (const auto& r : BuiltinRoles())
      EXPECT_EQ(MayHoldPermission(r.code, p.code), kMayHold.at(std::string(p.code)).count(
                                                       std::string(r.code)) > 0)
          << r.code << " " << p.code;
    // Administrative = held by administrators only.
    bool admin_only = true;
    for (const auto& r : kMayHold.at(std::string(p.code))) admin_only &= IsAdminRole(r);
    EXPECT_EQ(IsAdministrativePermission(p.code), admin_only) << p.code;
  }
  EXPECT_FALSE(MayHoldPermission("sys_admin", "root:everything"));
  EXPECT_FALSE(MayHoldPermission("emperor", "enterprise:read"));
  // No two administrators share an administrative permission, and no business role holds one.
  for (const auto& [perm, holders] : kMayHold) {
    if (!IsAdministrativePermission(perm)) continue;
    EXPECT_EQ(holders.size(), 1u) << perm;
  }
  for (const auto& [role, core] : kCore)
    EXPECT_EQ(AsSet(CorePermissions(role)), core) << role;
  EXPECT_TRUE(CorePermissions("regulator_rw").empty());
}

TEST(RolesTest, GrantMatrixEveryPermissionRoleAndAdministrator) {
  int checked = 0;
  for (const char* actor : kAdmins) {
    const std::vector<std::string> actor_roles = {actor};
    for (const auto& role : BuiltinRoles()) {
      const std::string r(role.code);
      const auto defaults = DefaultPermissions(r);
      for (const auto& perm : BuiltinPermissions()) {
        const std::string p(perm.code);
        const bool holds_now = AsSet(defaults).count(p) > 0;
        const bool may_hold = kMayHold.at(p).count(r) > 0;
        const bool is_core = kCore.count(r) && kCore.at(r).count(p);
        const bool is_grantor = std::string(actor) == "sec_admin";
        const bool own_role = r == actor;
        // Adding p to the role's default set (without p).
        const auto base = Without(defaults, p);
        auto added = base;
        added.push_back(p);
        const bool add_ok = is_grantor && may_hold && !own_role;
        const auto add_errors = CheckPermissionGrant(actor_roles, r, base, added);
        std::string what = std::string(actor) + " adds " + p + " to " + r;
        EXPECT_EQ(add_errors.empty(), add_ok) << what;
        const auto add_rules = Rules(add_errors);
        EXPECT_EQ(add_rules.count("grantor_not_allowed") > 0, !is_grantor) << what;
        EXPECT_EQ(add_rules.count("permission_separation") > 0, !may_hold) << what;
        EXPECT_EQ(add_rules.count("self_grant") > 0, own_role) << what;
        EXPECT_FALSE(add_rules.count("permission_lockout")) << what;
        EXPECT_TRUE(core::testing::WellFormed(add_errors)) << what;
        // Removing p from the default set (a no-op when the role does not hold it).
        const auto remove_errors = CheckPermissionGrant(actor_roles, r, defaults, base);
        const bool remove_ok = is_grantor && !(holds_now && is_core);
        what = std::string(actor) + " removes " + p + " from " + r;
        EXPECT_EQ(remove_errors.empty(), remove_ok) << what;
        EXPECT_EQ(Rules(remove_errors).count("permission_lockout") > 0, holds_now && is_core)
            << what;
        EXPECT_FALSE(Rules(remove_errors).count("self_grant")) << what;
        checked += 2;
      }
    }
  }
  EXPECT_EQ(checked, static_cast<int>(3 * 9 * BuiltinPermissions().size() * 2));  // every cell once
  // A business role (or nobody) as actor may never change permissions.
  EXPECT_TRUE(Rules(CheckPermissionGrant({"regulator_rw"}, "regulator_ro", {}, {"notice:read"}))
                  .count("grantor_not_allowed"));
  EXPECT_TRUE(
      Rules(CheckPermissionGrant({}, "regulator_ro", {}, {"notice:read"})).count(
          "grantor_not_allowed"));
}

}  // namespace
}  // namespace anjian::identity
