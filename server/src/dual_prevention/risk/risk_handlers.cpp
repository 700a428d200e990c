#include "dual_prevention/risk/risk_handlers.hpp"

#include "core/core_errors.hpp"
#include "dual_prevention/investigation/inspection_schedule_rules.hpp"
#include "dual_prevention/risk/risk_errors.hpp"
#include "registry/region_index.hpp"
#include "registry/registry_errors.hpp"

namespace anjian::risk {

Caller CallerOf(const api::Context& ctx) { return Caller{ctx.who(), *ctx.svc.clock}; }

int64_t OwnEnterprise(const api::Context& ctx) {
  if (!ctx.who().enterprise_id) core::Invalid(core::CoreErr("enterprise_account_required").At(""));
  return *ctx.who().enterprise_id;
}

void CheckCode(api::JsonInput& in, const char* field, const std::string& value,
               const std::vector<CodeEntry>& list, const core::Rule& rule) {
  if (value.empty() || FindCode(list, value)) return;
  // The code-list rules take the allowed codes once ({}) or as the English and the Chinese list
  // ({0}, {1}, core's kind_invalid): the codes serve both.
  const std::string codes = JoinCodes(list);
  in.AddError(rule.At(field, codes, codes));
}

void CheckFrequency(api::JsonInput& in, const char* field, const std::string& value) {
  if (value.empty() || investigation::ParseFrequency(value)) return;
  std::string allowed;
  for (auto f : investigation::AllFrequencies()) {
    if (!allowed.empty()) allowed += ", ";
    allowed += investigation::FrequencyValue(f);
  }
  in.AddError(Err("frequency_invalid").At(field, allowed));
}

void CheckEnterpriseUser(storage::Connection& conn, api::JsonInput& in, const char* field,
                         int64_t enterprise_id, int64_t user_id) {
  if (auto e = CheckEnterpriseUser(conn, field, enterprise_id, user_id)) in.AddError(*e);
}

std::optional<int64_t> QueryId(const api::Context& ctx, const char* name) {
  auto q = ctx.req.Query(name);
  if (!q || q->empty()) return std::nullopt;
  if (q->size() > 18 || q->find_first_not_of("0123456789") != std::string::npos)
    core::Invalid(core::CoreErr("type").At(name, "an integer", "整数"));
  return std::stoll(*q);
}

std::string RegionFilterPath(const api::Context& ctx, std::vector<FieldError>& errs) {
  auto q = ctx.req.Query("region");
  if (!q || q->empty()) return "";
  const auto* r = registry::RegionIndex::Global().Find(*q);
  if (!r) {
    errs.push_back(registry::Err("region_unknown").At("region", *q));
    return "";
  }
  return r->path;
}

}  // namespace anjian::risk
