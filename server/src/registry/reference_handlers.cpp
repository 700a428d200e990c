// Reference data: regions (scoped to the caller's subtree), dictionaries that give every enum
// its zh/en labels (the UI never hard-codes them), GB/T 4754 codes, and agencies.
#include <boost/json.hpp>

#include "core/text.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_fsm_rules.hpp"
#include "identity/roles_rules.hpp"
#include "notices/notice_status_rules.hpp"
#include "platform/api/router.hpp"
#include "registry/enterprise_rules.hpp"
#include "registry/handlers.hpp"
#include "registry/industry_rules.hpp"
#include "registry/region_index.hpp"
#include "registry/responsibility_rules.hpp"

namespace anjian::registry {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

json::object Item(std::string_view value, std::string_view zh, std::string_view en) {
  return json::object{{"value", value}, {"label_zh", zh}, {"label_en", en}};
}

}  // namespace

Response RegionsHandler(Context& ctx) {
  auto scope = ctx.scope();
  json::array items;
  for (const auto& r : RegionIndex::Global().all()) {
    bool visible = scope.kind == api::Scope::Kind::kAll ||
                   (scope.kind == api::Scope::Kind::kRegion && r.path.rfind(scope.region_path, 0) == 0) ||
                   (scope.kind == api::Scope::Kind::kEnterprise && r.code == ctx.who().region_code);
    if (!visible) continue;
    items.push_back(json::object{{"code", r.code},
                                 {"name", r.name},
                                 {"name_en", r.name_en},
                                 {"kind", r.kind},
                                 {"parent_code", r.parent_code},
                                 {"level", r.level},
                                 {"status", r.status}});
  }
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

Response DictionariesHandler(Context&) {
  json::array industries, supervisions, scales, roles, statuses, kinds, notice_statuses, perms;
  for (auto i : AllIndustries()) {
    auto o = Item(IndustryValue(i), IndustryLabelZh(i), IndustryLabelEn(i));
    o["supervision"] = SupervisionValue(SupervisionFor(i));
    industries.push_back(std::move(o));
  }
  for (auto s : AllSupervisions())
    supervisions.push_back(Item(SupervisionValue(s), SupervisionLabelZh(s), SupervisionLabelEn(s)));
  for (auto s : AllScales()) scales.push_back(Item(ScaleValue(s), ScaleLabelZh(s), ScaleLabelEn(s)));
  for (const auto& r : identity::BuiltinRoles()) roles.push_back(Item(r.code, r.label_zh, r.label_en));
  for (const auto& p : identity::BuiltinPermissions())
    perms.push_back(Item(p.code, p.label_zh, p.label_en));
  statuses.push_back(Item("active", "在册", "Active"));
  statuses.push_back(Item("inactive", "已注销", "Inactive"));
  for (const auto& k : AllResponsibilityKinds()) kinds.push_back(Item(k.value, k.label_zh, k.label_en));
  // Every action and entity the audit log records, so the audit pages show words, not codes.
  json::array audit_actions, audit_entities;
  static const char* kActions[][3] = {
      {"create", "新增", "Create"},          {"update", "修改", "Update"},
      {"deactivate", "注销/停用", "Deactivate"}, {"reactivate", "恢复", "Reactivate"},
      {"import", "导入", "Import"},          {"export", "导出", "Export"},
      {"login", "登录", "Sign in"},          {"login_failed", "登录失败", "Failed sign-in"},
      {"logout", "退出登录", "Sign out"},     {"change_password", "修改密码", "Change password"},
      {"reset_password", "重置密码", "Reset password"}, {"enable", "启用", "Enable"},
      {"disable", "停用", "Disable"},        {"set_roles", "分配角色", "Assign roles"},
      {"set_permissions", "设置角色权限", "Set role permissions"},
      {"send", "发送", "Send"},              {"remind", "催办", "Remind"},
      {"forward", "转发", "Forward"},        {"read", "阅读", "Read"},
      {"acknowledge", "回执", "Acknowledge"}, {"feedback", "反馈", "Feedback"},
      {"upload", "上传", "Upload"},          {"bootstrap", "系统初始化", "Bootstrap"},
      {"seed_demo", "载入演示数据", "Load demo data"}, {"post", "过账", "Post"},
      {"second_person_failed", "复核人验证失败", "Second person check failed"}};
  for (const auto& a : kActions) audit_actions.push_back(Item(a[0], a[1], a[2]));
  // Hidden dangers: reporting, each transition of the closed loop, deadline notices.
  static const char* kHiddenDangerActions[][3] = {
      {"report", "上报隐患", "Report hidden danger"},
      {"add_action", "登记处理措施", "Add enforcement action"},
      {"deadline_reminder", "整改到期提醒", "Deadline reminder"},
      {"deadline_escalate_superior", "逾期上报企业负责人", "Overdue: escalated to the principal"},
      {"deadline_escalate_regulator", "逾期上报监管部门", "Overdue: escalated to the regulator"}};
  for (const auto& a : kHiddenDangerActions) audit_actions.push_back(Item(a[0], a[1], a[2]));
  for (auto a : hidden_danger::AllHiddenDangerActions())
    audit_actions.push_back(
        Item("transition:" + std::string(hidden_danger::HiddenDangerActionValue(a)),
             std::string(hidden_danger::HiddenDangerActionLabelZh(a)),
             std::string(hidden_danger::HiddenDangerActionLabelEn(a))));
  static const char* kEntities[][3] = {
      {"enterprise", "企业", "Enterprise"},   {"responsibility", "责任人", "Responsibility"},
      {"region", "行政区划/功能区", "Region / zone"},
      {"user", "用户", "User"},              {"agency", "监管机构", "Agency"},              {"role", "角色", "Role"},
      {"security_policy", "安全策略", "Security policy"}, {"session", "会话", "Session"},
      {"notice", "通知", "Notice"},          {"notice_recipient", "收文", "Received notice"},
      {"file", "附件", "File"},              {"audit_log", "审计日志", "Audit log"},
      {"store", "库房", "Store"},           {"voucher", "出入库单", "Voucher"},
      {"hidden_danger", "隐患", "Hidden danger"},
      {"enforcement_inspection", "执法检查", "Enforcement inspection"},
      {"system", "系统", "System"}};
  for (const auto& e : kEntities) audit_entities.push_back(Item(e[0], e[1], e[2]));
  for (auto s : notices::AllRecipientStatuses())
    notice_statuses.push_back(Item(notices::RecipientStatusValue(s),
                                   notices::RecipientStatusLabelZh(s),
                                   notices::RecipientStatusLabelEn(s)));
  return api::JsonResponse(json::object{{"industries", std::move(industries)},
                                        {"supervision_types", std::move(supervisions)},
                                        {"scales", std::move(scales)},
                                        {"roles", std::move(roles)},
                                        {"permissions", std::move(perms)},
                                        {"enterprise_statuses", std::move(statuses)},
                                        {"responsibility_kinds", std::move(kinds)},
                                        {"notice_recipient_statuses", std::move(notice_statuses)},
                                        {"audit_actions", std::move(audit_actions)},
                                        {"audit_entities", std::move(audit_entities)}});
}

std::string_view OpenApiYaml();  // openapi_file.cpp, generated by CMake

Response OpenApiHandler(Context&) {
  Response r;
  r.content_type = "application/yaml; charset=utf-8";
  r.body = std::string(OpenApiYaml());
  return r;
}

Response IndustryCodesHandler(Context& ctx) {
  std::string q = core::Trim(ctx.req.Query("q").value_or(""));
  json::array items;
  for (const auto& c : IndustryCodes()) {
    if (!q.empty() && c.code.find(q) == std::string::npos && c.name_zh.find(q) == std::string::npos &&
        core::AsciiLower(c.name_en).find(core::AsciiLower(q)) == std::string::npos)
      continue;
    items.push_back(json::object{{"code", c.code}, {"name_zh", c.name_zh}, {"name_en", c.name_en}});
  }
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}


}  // namespace anjian::registry
