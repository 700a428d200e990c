#include "identity/roles_rules.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "identity/identity_errors.hpp"

namespace anjian::identity {

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
      // Issue 14 §4: accidents (事故和险情信息报告).
      {"accident:read", "查看事故和险情信息", "View accidents and abnormal events"},
      {"accident:report", "报告事故和险情（快报、续报）", "Report accidents (first and follow-up reports)"},
      {"accident:forward", "事故信息签收和逐级上报", "Acknowledge and forward accident reports up"},
      // Issue 14 §1: the daily zero report (每日零报告).
      {"zero_report:read", "查看零报告", "View zero reports"},
      {"zero_report:report", "填报零报告", "File zero reports"},
      {"zero_report:supervise", "发布零报告期、催报和电话代报", "Declare zero-report periods, remind, record reports told by phone"},
      // Issue 14 §2 and §4 (emergency-resources): investigations, emergency resources.
      {"accident:investigate", "事故调查（调查组、报告、批复、调查发现转隐患）",
       "Record accident investigations and turn findings into hidden dangers"},
      {"emergency_resource:read", "查看应急资源", "View emergency resources"},
      {"emergency_resource:write", "维护应急资源（队伍、专家、物资装备）",
       "Keep emergency resources (teams, experts, equipment and materials)"},
      // Issue 14 §2: emergency plans (应急预案).
      {"emergency_plan:read", "查看应急预案", "View emergency plans"},
      {"emergency_plan:write", "编制应急预案（版本、评审、备案申请、评估）", "Keep emergency plans (versions, review, filing, evaluation)"},
      {"emergency_plan:publish", "签署发布应急预案（主要负责人）", "Sign and publish emergency plans (principal)"},
      {"emergency_plan:filing_review", "应急预案备案审核", "Review emergency plan filings"},
      // Issue 14 §3: drills (应急演练).
      {"drill:read", "查看应急演练和演练频次达标情况", "View emergency drills and drill compliance"},
      {"drill:write", "登记应急演练、报送演练总结", "Record drills and submit their results reports"},
      {"drill:acknowledge", "签收应急演练总结", "Acknowledge drill results reports"},
      // Issue 14 §1: duty rosters (值班排班).
      {"duty_roster:read", "查看值班排班和值守覆盖", "View duty rosters and their coverage"},
      {"duty_roster:manage", "编排本单位值班、审批换班", "Roster the unit's duty and approve swaps"},
      {"duty_roster:swap", "申请换班", "Request a duty swap"},
      // Issue 14 §1: on shift (当班): check-in/out, duty log, handover (writes checked per shift).
      {"duty_shift:read", "查看值班记录（签到、值班日志、交接班）", "View duty shifts (check-ins, log, handovers)"},
      {"duty_shift:write", "当班（签到签退、值班日志、交接班）", "On shift (check-in/out, duty log, handover)"},
      // Issue 14 §1: duty spot checks (值班抽查).
      {"duty_spot_check:read", "查看值班抽查", "View duty spot checks"},
      {"duty_spot_check:write", "开展值班抽查（抽取、记录、审核）", "Make duty spot checks: draw, record, review answers"},
      {"duty_spot_check:answer", "提交值班抽查整改说明", "Answer duty spot-check findings"},
      // Issue 15 §1: licences (许可证).
      {"licence:read", "查看许可证和许可申请", "View licences and licence applications"},
      {"licence:manage", "登记许可证、暂扣、恢复、吊销", "Record licences; suspend, reinstate, revoke"},
      {"licence:decide", "许可申请审批（批准、不予许可）", "Decide licence applications"},
      {"licence:apply", "申请许可证（新申请、延期、变更）、登记安全评价", "Apply for licences; record safety evaluations"},
      // Issue 15 §1: licence condition warnings (许可条件预警) and industry structure (行业结构).
      {"licence_check:read", "查看许可条件预警和行业结构", "View licence condition warnings and industry structure"},
      // Issue 15 §4: one-vote veto (一票否决).
      {"veto:read", "查看一票否决评选和审查结果", "View veto rounds and results"},
      {"veto:manage", "组织评选批次、一票否决审查和确认", "Organise veto rounds, check and confirm"},
      {"veto:apply", "申报评先评优、资金、示范基地", "Apply for awards, funds and demonstration bases"},
      // Issue 15 §2: people's qualifications (人员资格).
      {"qualification:read", "查看人员资格（人员、证书、考核、培训）", "View people's qualifications (people, certificates, examinations, training)"},
      {"qualification:write", "维护本单位人员资格（人员、证书、考核、培训、安全管理机构）", "Keep the unit's people's qualifications (people, certificates, examinations, training, safety department)"},
      {"staff_training:manage", "维护本机关执法人员及其培训记录", "Keep the agency's enforcement staff and their training"},
      {"credit:read", "查看严重失信主体名单", "View the dishonesty list"},
      {"credit:decide", "严重失信名单告知、决定、公示和信用修复审核", "Decide on the dishonesty list: notice, decision, publication, credit repair"},
      {"credit:repair", "申请信用修复", "Apply for credit repair"},
      {"store_capacity:decide", "审批库房核定储量变更", "Decide magazine capacity change requests"},
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
            "enforcement:write",   "settings:read",
            "accident:read",       "accident:report",  "accident:forward",
            "zero_report:read",    "zero_report:supervise",
            "accident:investigate", "emergency_resource:read", "emergency_resource:write",
            "emergency_plan:read", "emergency_plan:filing_review",
            "drill:read", "drill:acknowledge",
            "duty_roster:read", "duty_roster:manage", "duty_roster:swap",
            "duty_shift:read", "duty_shift:write",
            "duty_spot_check:read", "duty_spot_check:write", "duty_spot_check:answer",
            "licence:read", "licence:manage", "licence:decide",
            "licence_check:read",
            "veto:read", "veto:manage",
            "qualification:read", "staff_training:manage",
            "credit:read", "credit:decide",
            "store_capacity:decide"};
  }
  if (role == "regulator_ro") {
    return {"enterprise:read", "responsibility:read", "agency:read", "notice:read",
            "dashboard:read",  "ledger:read",         "risk:read",   "inspection:read",
            "hidden_danger:read", "settings:read", "accident:read", "zero_report:read",
            "emergency_resource:read",
            "emergency_plan:read", "drill:read",
            "duty_roster:read", "duty_roster:swap",
            "duty_shift:read", "duty_shift:write",
            "duty_spot_check:read",
            "licence:read",
            "licence_check:read",
            "veto:read",
            "qualification:read",
            "credit:read"};
  }
  if (role == "ent_principal") {  // the principal signs and publishes plans (88号令 art. 24)
    auto p = DefaultPermissions("ent_safety_officer");
    p.push_back("emergency_plan:publish");
    return p;
  }
  if (role == "ent_principal" || role == "ent_safety_officer") {
    // enterprise:profile edits only the user's own enterprise (scoped by the service).
    return {"enterprise:read", "enterprise:profile", "responsibility:read", "responsibility:write",
            "notice:read",     "notice:feedback",  "dashboard:read",
            "ledger:read",     "ledger:write",     "ledger:manage",
            "risk:read",       "risk:write",       "inspection:read",
            "inspection:write", "hidden_danger:read", "hidden_danger:report",
            "hidden_danger:handle", "accident:read", "accident:report",
            "zero_report:report", "emergency_resource:read", "emergency_resource:write",
            "emergency_plan:read", "emergency_plan:write",
            "drill:read", "drill:write",
            "duty_roster:read", "duty_roster:manage", "duty_roster:swap",
            "duty_shift:read", "duty_shift:write",
            "duty_spot_check:read", "duty_spot_check:answer",
            "licence:read", "licence:apply",
            "veto:read", "veto:apply",
            "qualification:read", "qualification:write",
            "credit:read", "credit:repair"};
  }
  // Front-line roles inspect and report (随手拍) but do not assess or sign off.
  if (role == "ent_storekeeper") {
    return {"enterprise:read",  "responsibility:read", "notice:read",     "notice:feedback",
            "dashboard:read",   "ledger:read",         "ledger:write",    "risk:read",
            "inspection:read",  "inspection:write",    "hidden_danger:read",
            "hidden_danger:report", "accident:read", "accident:report",
            "zero_report:report", "emergency_resource:read",
            "emergency_plan:read", "drill:read",
            "duty_roster:read", "duty_roster:swap",
            "duty_shift:read", "duty_shift:write", "qualification:read"};
  }
  if (role == "ent_duty_officer") {
    return {"enterprise:read",  "responsibility:read", "notice:read",     "notice:feedback",
            "dashboard:read",   "ledger:read",         "risk:read",       "inspection:read",
            "inspection:write", "hidden_danger:read",  "hidden_danger:report",
            "accident:read",    "accident:report",
            "zero_report:report", "emergency_resource:read",
            "emergency_plan:read", "drill:read",
            "duty_roster:read", "duty_roster:swap",
            "duty_shift:read", "duty_shift:write",
            "duty_spot_check:read", "qualification:read"};
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
      errors.push_back(Err("role_unknown").At("roles", code));
      continue;
    }
    switch (role->scope) {
      case RoleScope::kSystem: admin.insert(role->code); break;
      case RoleScope::kRegulator: regulator.insert(role->code); break;
      case RoleScope::kEnterprise: enterprise.insert(role->code); break;
    }
  }
  if (admin.size() > 1) {
    errors.push_back(Err("role_separation").At("roles"));
  }
  if (!admin.empty() && (!regulator.empty() || !enterprise.empty())) {
    errors.push_back(Err("admin_with_business_role").At("roles"));
  }
  if (!admin.empty() && (user_has_agency || user_has_enterprise)) {
    errors.push_back(Err("admin_org").At("roles"));
  }
  if (!regulator.empty() && !enterprise.empty()) {
    errors.push_back(Err("role_scope_mismatch").At("roles"));
  }
  if (!regulator.empty() && !user_has_agency) {
    errors.push_back(Err("regulator_role_needs_agency").At("roles"));
  }
  if (!enterprise.empty() && !user_has_enterprise) {
    errors.push_back(Err("enterprise_role_needs_enterprise").At("roles"));
  }
  return errors;
}

namespace {

// Who may hold a permission: bits for the three administrators and the two business scopes.
enum Holder : unsigned {
  kSys = 1u << 0,
  kSec = 1u << 1,
  kAudit = 1u << 2,
  kRegulator = 1u << 3,
  kEnterprise = 1u << 4,
  kBusiness = kRegulator | kEnterprise,
};

struct GrantRule {
  std::string_view permission;
  unsigned holders;
};

// The grant table. Every permission of BuiltinPermissions has exactly one row (checked by
// roles_test); a permission missing here may be held by nobody.
constexpr GrantRule kGrantTable[] = {
    {"enterprise:read", kSys | kBusiness},  // sys_admin places accounts in enterprises
    {"enterprise:write", kRegulator},       // register and deactivate enterprises
    {"enterprise:profile", kBusiness},
    {"enterprise:import", kRegulator},
    {"responsibility:read", kBusiness},
    {"responsibility:write", kBusiness},
    {"notice:read", kBusiness},
    {"notice:send", kRegulator},            // notices go from an agency
    {"notice:feedback", kBusiness},
    {"agency:read", kSys | kBusiness},      // sys_admin places accounts in agencies
    {"user:manage", kSys},
    {"org:manage", kSys},
    {"role:manage", kSec},
    {"policy:manage", kSec},
    {"audit:read", kAudit},
    {"dashboard:read", kSys | kBusiness},   // sys_admin's shows the organisations only
    {"ledger:read", kBusiness},
    {"ledger:write", kEnterprise},          // vouchers are posted by the enterprise's staff
    {"ledger:manage", kEnterprise},
    {"risk:read", kBusiness},
    {"risk:write", kEnterprise},            // the enterprise keeps its own register and map
    {"inspection:read", kBusiness},
    {"inspection:write", kEnterprise},
    {"hidden_danger:read", kBusiness},
    {"hidden_danger:report", kBusiness},    // regulators report referrals and findings
    {"hidden_danger:handle", kEnterprise},
    {"hidden_danger:supervise", kRegulator},
    {"enforcement:write", kRegulator},
    {"settings:read", kSys | kBusiness},
    {"settings:manage", kSys},              // business settings are system configuration
    {"accident:read", kBusiness},
    {"accident:report", kBusiness},         // the unit reports; a regulator may record one told by phone
    {"accident:forward", kRegulator},       // each receiving agency forwards up
    {"zero_report:read", kRegulator},       // issue 14 §1: the boards are the regulators'; an
                                            // enterprise sees its own day through zero_report:report
    {"zero_report:report", kEnterprise},    // each enterprise reports its own day
    {"zero_report:supervise", kRegulator},  // an agency declares and reminds
    {"accident:investigate", kRegulator},   // investigations are led by government (493 art. 19)
    {"emergency_resource:read", kBusiness},
    {"emergency_resource:write", kBusiness},  // enterprises and agencies keep their own
    {"emergency_plan:read", kBusiness},
    {"emergency_plan:write", kEnterprise},
    {"emergency_plan:publish", kEnterprise},   // the principal signs (88号令 art. 24)
    {"emergency_plan:filing_review", kRegulator},
    {"drill:read", kBusiness},              // issue 14 §3
    {"drill:write", kEnterprise},           // the enterprise records its own drills
    {"drill:acknowledge", kRegulator},      // the regulator acknowledges the results report
    {"duty_spot_check:read", kBusiness},
    {"duty_spot_check:write", kRegulator},  // the checking agency draws, records and reviews
    {"duty_spot_check:answer", kBusiness},  // the checked unit: an enterprise or a lower agency
    {"duty_shift:read", kBusiness},         // issue 14 §1: enterprises and agencies keep duty
    {"duty_shift:write", kBusiness},        // checked per shift: members, the unit's managers
    {"duty_roster:read", kBusiness},       // issue 14 §1
    {"duty_roster:manage", kBusiness},     // a unit rosters itself (enterprise or agency)
    {"duty_roster:swap", kBusiness},
    {"licence:read", kBusiness},            // issue 15 §1
    {"licence:manage", kRegulator},         // the issuing side records, suspends, revokes
    {"licence:decide", kRegulator},         // 安全生产许可证条例 art. 7
    {"licence:apply", kEnterprise},         // the enterprise applies
    {"licence_check:read", kRegulator},    // issue 15 §1: the regulator's warnings and structure
    {"veto:read", kBusiness},              // issue 15 §4: agencies and the applying enterprises
    {"veto:manage", kRegulator},           // the organising agency
    {"veto:apply", kEnterprise},           // an enterprise applies for itself
    {"qualification:read", kBusiness},      // issue 15 §2
    {"qualification:write", kEnterprise},   // the enterprise keeps its own people
    {"staff_training:manage", kRegulator},  // the agency keeps its enforcement staff
    {"credit:read", kBusiness},              // issue 15 §4: an enterprise sees its own entries
    {"credit:decide", kRegulator},           // 谁处罚、谁决定: the agency decides
    {"credit:repair", kEnterprise},          // the listed enterprise applies for credit repair
    {"store_capacity:decide", kRegulator},   // issue 15 §1: the rating is the regulator's to approve
};

unsigned HolderOf(std::string_view role) {
  const RoleDef* def = FindRole(role);
  if (def == nullptr) return 0;
  if (role == "sys_admin") return kSys;
  if (role == "sec_admin") return kSec;
  if (role == "audit_admin") return kAudit;
  return def->scope == RoleScope::kRegulator ? kRegulator : kEnterprise;
}

const GrantRule* FindGrantRule(std::string_view permission) {
  for (const auto& r : kGrantTable)
    if (r.permission == permission) return &r;
  return nullptr;
}

// "系统管理员、监管部门角色" / "sys_admin, regulator roles" for a holder set.
std::pair<std::string, std::string> HolderNames(unsigned holders) {
  std::string zh, en;
  auto add = [&](unsigned bit, const char* z, const char* e) {
    if (!(holders & bit)) return;
    zh += (zh.empty() ? "" : "、") + std::string(z);
    en += (en.empty() ? "" : ", ") + std::string(e);
  };
  add(kSys, "系统管理员", "sys_admin");
  add(kSec, "安全管理员", "sec_admin");
  add(kAudit, "安全审计员", "audit_admin");
  add(kRegulator, "监管部门角色", "regulator roles");
  add(kEnterprise, "企业角色", "enterprise roles");
  if (zh.empty()) return {"任何角色都不能拥有", "no role"};
  return {zh, en};
}

// “查看审计日志”（audit:read）: a permission as the Chinese messages name it.
std::string Labelled(const PermissionDef& p) {
  return "“" + std::string(p.label_zh) + "”（" + std::string(p.code) + "）";
}

bool Contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

bool IsAdministrativePermission(std::string_view permission) {
  const GrantRule* rule = FindGrantRule(permission);
  return rule != nullptr && (rule->holders & kBusiness) == 0;
}

bool MayHoldPermission(std::string_view role, std::string_view permission) {
  const GrantRule* rule = FindGrantRule(permission);
  return rule != nullptr && FindPermission(permission) != nullptr &&
         (rule->holders & HolderOf(role)) != 0;
}

std::vector<std::string> CorePermissions(std::string_view role) {
  if (role == "sys_admin") return {"user:manage", "org:manage"};
  if (role == "sec_admin") return {"role:manage", "policy:manage"};
  if (role == "audit_admin") return {"audit:read"};
  return {};
}

std::vector<FieldError> CheckPermissionSet(std::string_view role,
                                           const std::vector<std::string>& permissions) {
  std::vector<FieldError> errors;
  const std::string role_code(role);
  const RoleDef* def = FindRole(role);
  if (def == nullptr) {
    errors.push_back(Err("role_unknown").At("role", role_code));
    return errors;
  }
  for (const auto& perm : permissions) {
    const PermissionDef* pdef = FindPermission(perm);
    if (pdef == nullptr) {
      errors.push_back(Err("permission_unknown").At("permissions", perm));
      continue;
    }
    if (MayHoldPermission(role, perm)) continue;
    const GrantRule* rule = FindGrantRule(perm);
    auto [zh, en] = HolderNames(rule ? rule->holders : 0);
    errors.push_back(Err("permission_separation")
                         .At("permissions", perm, en, role_code, Labelled(*pdef), zh,
                             def->label_zh));
  }
  for (const auto& core : CorePermissions(role)) {
    if (Contains(permissions, core)) continue;
    const PermissionDef* pdef = FindPermission(core);
    errors.push_back(
        Err("permission_lockout").At("permissions", role_code, core, def->label_zh, Labelled(*pdef)));
  }
  return errors;
}

std::vector<FieldError> CheckPermissionGrant(const std::vector<std::string>& actor_roles,
                                             std::string_view role,
                                             const std::vector<std::string>& before,
                                             const std::vector<std::string>& after) {
  std::vector<FieldError> errors;
  if (!Contains(actor_roles, "sec_admin")) {
    errors.push_back(Err("grantor_not_allowed").At("permissions"));
  }
  for (auto& e : CheckPermissionSet(role, after)) errors.push_back(std::move(e));
  if (Contains(actor_roles, std::string(role))) {
    for (const auto& p : after)
      if (!Contains(before, p))
        errors.push_back(Err("self_grant").At("permissions", p));
  }
  return errors;
}

}  // namespace anjian::identity
