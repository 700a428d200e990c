#include "domain/roles.hpp"

#include <algorithm>
#include <set>

namespace anjian::domain {

const std::vector<RoleDef>& BuiltinRoles() {
  static const std::vector<RoleDef> kRoles = {
      {"sys_admin", "系统管理员", "System administrator", RoleScope::kSystem},
      {"sec_admin", "安全管理员", "Security administrator", RoleScope::kSystem},
      {"audit_admin", "安全审计员", "Security auditor", RoleScope::kSystem},
      {"regulator_rw", "监管人员（可编辑）", "Regulator (read-write)", RoleScope::kRegulator},
      {"regulator_ro", "监管人员（只读）", "Regulator (read-only)", RoleScope::kRegulator},
      {"ent_principal", "企业主要负责人", "Enterprise principal", RoleScope::kEnterprise},
      {"ent_safety_officer", "企业安全管理人员", "Enterprise safety officer",
       RoleScope::kEnterprise},
      {"ent_storekeeper", "企业保管员", "Enterprise storekeeper", RoleScope::kEnterprise},
      {"ent_duty_officer", "企业值班员", "Enterprise duty officer", RoleScope::kEnterprise},
  };
  return kRoles;
}

const RoleDef* FindRole(std::string_view code) {
  const auto& roles = BuiltinRoles();
  const auto it =
      std::find_if(roles.begin(), roles.end(), [&](const RoleDef& r) { return r.code == code; });
  return it == roles.end() ? nullptr : &*it;
}

bool IsAdminRole(std::string_view code) {
  const RoleDef* role = FindRole(code);
  return role != nullptr && role->scope == RoleScope::kSystem;
}

const std::vector<PermissionDef>& BuiltinPermissions() {
  static const std::vector<PermissionDef> kPermissions = {
      {"enterprise:read", "查看企业档案", "View enterprise records"},
      {"enterprise:write", "登记和注销企业", "Register, edit and deactivate enterprises"},
      {"enterprise:profile", "维护本企业档案", "Keep an enterprise profile current"},
      {"enterprise:import", "导入企业档案", "Import enterprise records"},
      {"responsibility:read", "查看安全生产责任体系", "View responsibility matrix"},
      {"responsibility:write", "编辑安全生产责任体系", "Edit responsibility matrix"},
      {"notice:read", "接收通知", "Receive notices"},
      {"notice:send", "发送通知", "Send notices"},
      {"notice:feedback", "签收和反馈通知", "Acknowledge and answer notices"},
      {"agency:read", "查看监管部门", "View agencies"},
      {"user:manage", "用户管理", "Manage users"},
      {"org:manage", "组织机构管理", "Manage organisations"},
      {"role:manage", "角色和权限管理", "Manage roles and permissions"},
      {"policy:manage", "安全策略管理", "Manage security policy"},
      {"audit:read", "查看审计日志", "Read the audit log"},
      {"dashboard:read", "查看工作台", "View dashboard"},
      {"ledger:read", "查看民爆出入库台账", "View the civil-explosives stores ledger"},
      {"ledger:write", "登记民爆出入库（保管员、复核人）",
       "Post stores vouchers (storekeeper, second person)"},
      {"ledger:manage", "管理民爆库房", "Manage civil-explosives stores"},
      {"risk:read", "查看风险分级管控", "View risk registers and risk maps"},
      {"risk:write", "维护本企业风险分级管控", "Keep the enterprise's risk register and map"},
      {"inspection:read", "查看隐患排查", "View inspection tasks and records"},
      {"inspection:write", "执行隐患排查", "Carry out inspections and manage checklists"},
      {"hidden_danger:read", "查看隐患", "View hidden dangers"},
      {"hidden_danger:report", "上报隐患（随手拍）", "Report hidden dangers"},
      {"hidden_danger:handle", "隐患治理（评估、整改、验收）",
       "Handle hidden dangers: assess, assign, rectify, verify"},
      {"hidden_danger:supervise", "隐患督办（挂牌督办、销号、转办）",
       "Supervise hidden dangers: listed supervision, sign-off, referrals"},
      {"enforcement:write", "执法检查和责令整改", "Enforcement inspections and rectification orders"},
      {"settings:read", "查看业务参数", "View business settings"},
      {"settings:manage", "修改业务参数", "Change business settings"},
  };
  return kPermissions;
}

const PermissionDef* FindPermission(std::string_view code) {
  const auto& perms = BuiltinPermissions();
  const auto it = std::find_if(perms.begin(), perms.end(),
                               [&](const PermissionDef& p) { return p.code == code; });
  return it == perms.end() ? nullptr : &*it;
}

std::vector<std::string> DefaultPermissions(std::string_view role) {
  if (role == "sys_admin") {
    return {"user:manage",    "org:manage",    "agency:read", "enterprise:read", "dashboard:read",
            "settings:read", "settings:manage"};
  }
  if (role == "sec_admin") return {"role:manage", "policy:manage"};
  if (role == "audit_admin") return {"audit:read"};
  if (role == "regulator_rw") {
    return {"enterprise:read",     "enterprise:write", "enterprise:import", "enterprise:profile",
            "responsibility:read", "responsibility:write", "notice:read",
            "notice:send",         "notice:feedback",  "agency:read",
            "dashboard:read",      "ledger:read",      "risk:read",
            "inspection:read",     "hidden_danger:read", "hidden_danger:supervise",
            "enforcement:write",   "settings:read"};
  }
  if (role == "regulator_ro") {
    return {"enterprise:read", "responsibility:read", "agency:read", "notice:read",
            "dashboard:read",  "ledger:read",         "risk:read",   "inspection:read",
            "hidden_danger:read", "settings:read"};
  }
  if (role == "ent_principal" || role == "ent_safety_officer") {
    // enterprise:profile edits only the user's own enterprise (scoped by the service).
    return {"enterprise:read", "enterprise:profile", "responsibility:read", "responsibility:write",
            "notice:read",     "notice:feedback",  "dashboard:read",
            "ledger:read",     "ledger:write",     "ledger:manage",
            "risk:read",       "risk:write",       "inspection:read",
            "inspection:write", "hidden_danger:read", "hidden_danger:report",
            "hidden_danger:handle"};
  }
  // Front-line roles inspect and report (随手拍) but do not assess or sign off.
  if (role == "ent_storekeeper") {
    return {"enterprise:read",  "responsibility:read", "notice:read",     "notice:feedback",
            "dashboard:read",   "ledger:read",         "ledger:write",    "risk:read",
            "inspection:read",  "inspection:write",    "hidden_danger:read",
            "hidden_danger:report"};
  }
  if (role == "ent_duty_officer") {
    return {"enterprise:read",  "responsibility:read", "notice:read",     "notice:feedback",
            "dashboard:read",   "ledger:read",         "risk:read",       "inspection:read",
            "inspection:write", "hidden_danger:read",  "hidden_danger:report"};
  }
  return {};
}

std::vector<FieldError> CheckRoleGrant(const std::vector<std::string>& roles,
                                       bool user_has_agency, bool user_has_enterprise) {
  std::vector<FieldError> errors;
  std::set<std::string_view> admin, regulator, enterprise;
  for (const auto& code : roles) {
    const RoleDef* role = FindRole(code);
    if (role == nullptr) {
      errors.push_back({"roles", "role_unknown", "unknown role '" + code + "'",
                        "角色“" + code + "”不存在"});
      continue;
    }
    switch (role->scope) {
      case RoleScope::kSystem: admin.insert(role->code); break;
      case RoleScope::kRegulator: regulator.insert(role->code); break;
      case RoleScope::kEnterprise: enterprise.insert(role->code); break;
    }
  }
  if (admin.size() > 1) {
    errors.push_back({"roles", "role_separation",
                      "the system, security and audit administrator roles must be held by "
                      "different users",
                      "系统管理员、安全管理员、安全审计员须由不同用户担任（三员分立）"});
  }
  if (!admin.empty() && (!regulator.empty() || !enterprise.empty())) {
    errors.push_back({"roles", "role_separation",
                      "an administrator role cannot be combined with business roles",
                      "管理员角色不能与业务角色同时授予"});
  }
  if (!regulator.empty() && !enterprise.empty()) {
    errors.push_back({"roles", "role_scope_mismatch",
                      "a user cannot hold both regulator and enterprise roles",
                      "同一用户不能同时拥有监管部门角色和企业角色"});
  }
  if (!regulator.empty() && !user_has_agency) {
    errors.push_back({"roles", "role_scope_mismatch",
                      "regulator roles require the user to belong to an agency",
                      "监管部门角色只能授予隶属于监管部门的用户"});
  }
  if (!enterprise.empty() && !user_has_enterprise) {
    errors.push_back({"roles", "role_scope_mismatch",
                      "enterprise roles require the user to belong to an enterprise",
                      "企业角色只能授予隶属于企业的用户"});
  }
  return errors;
}

std::vector<FieldError> CheckPermissionGrant(std::string_view role,
                                             const std::vector<std::string>& permissions) {
  std::vector<FieldError> errors;
  const std::string role_code(role);
  if (FindRole(role) == nullptr) {
    errors.push_back({"role", "role_unknown", "unknown role '" + role_code + "'",
                      "角色“" + role_code + "”不存在"});
    return errors;
  }
  bool has_role_manage = false;
  for (const auto& perm : permissions) {
    if (FindPermission(perm) == nullptr) {
      errors.push_back({"permissions", "permission_unknown", "unknown permission '" + perm + "'",
                        "权限“" + perm + "”不存在"});
      continue;
    }
    if (perm == "audit:read" && role != "audit_admin") {
      errors.push_back({"permissions", "permission_separation",
                        "audit:read may only be granted to audit_admin",
                        "审计日志查看权限只能授予安全审计员"});
    }
    if (perm == "role:manage") {
      has_role_manage = true;
      if (role != "sec_admin") {
        errors.push_back({"permissions", "permission_separation",
                          "role:manage may only be granted to sec_admin",
                          "角色和权限管理权限只能授予安全管理员"});
      }
    }
  }
  if (role == "sec_admin" && !has_role_manage) {
    errors.push_back({"permissions", "permission_lockout",
                      "sec_admin must keep role:manage, otherwise roles can no longer be managed",
                      "安全管理员必须保留角色和权限管理权限，否则将无法再管理角色"});
  }
  return errors;
}

}  // namespace anjian::domain
