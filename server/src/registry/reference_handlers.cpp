// Reference data: regions (scoped to the caller's subtree), dictionaries that give every enum
// its zh/en labels (the UI never hard-codes them), GB/T 4754 codes, and agencies.
#include <boost/json.hpp>

#include "audit/audit_catalogue_rules.hpp"
#include "core/text.hpp"
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
                                 {"level", r.level}});
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
  // Every action and entity the audit log records, so the audit pages show words, not codes,
  // and their filters list every one (the audit area's catalogue).
  json::array audit_actions, audit_entities;
  for (const auto& a : audit::AuditActions())
    audit_actions.push_back(Item(a.value, a.label_zh, a.label_en));
  for (const auto& e : audit::AuditEntities())
    audit_entities.push_back(Item(e.value, e.label_zh, e.label_en));
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
