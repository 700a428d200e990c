#include "dual_prevention/risk/risk_input.hpp"

#include "dual_prevention/investigation/inspection_schedule_rules.hpp"
#include "registry/region_index.hpp"

namespace anjian::risk {

namespace dp = domain::dual_prevention;

int64_t OwnEnterprise(const api::Context& ctx) {
  if (!ctx.who().enterprise_id)
    throw ApiException{Error::Validation(
        {{"", "enterprise_account_required", "only enterprise accounts keep a risk register",
          "只有企业账号才能维护风险分级管控和隐患排查"}})};
  return *ctx.who().enterprise_id;
}

void CheckCode(api::JsonInput& in, const char* field, const std::string& value,
               const std::vector<dp::CodeEntry>& list) {
  if (value.empty() || dp::FindCode(list, value)) return;
  std::string allowed = dp::JoinCodes(list);
  in.AddError({field, std::string(field) + "_invalid", "must be one of: " + allowed,
               "取值无效，可选：" + allowed});
}

void CheckFrequency(api::JsonInput& in, const char* field, const std::string& value) {
  if (value.empty() || dp::ParseFrequency(value)) return;
  std::string allowed;
  for (auto f : dp::AllFrequencies()) {
    if (!allowed.empty()) allowed += ", ";
    allowed += dp::FrequencyValue(f);
  }
  in.AddError({field, "frequency_invalid", "must be one of: " + allowed, "取值无效，可选：" + allowed});
}

std::optional<int64_t> QueryId(const api::Context& ctx, const char* name) {
  auto q = ctx.req.Query(name);
  if (!q || q->empty()) return std::nullopt;
  if (q->size() > 18 || q->find_first_not_of("0123456789") != std::string::npos)
    throw ApiException{
        Error::Validation({{name, "type", "must be an integer", "类型错误，应为整数"}})};
  return std::stoll(*q);
}

void CheckEnterpriseUser(storage::Connection& conn, api::JsonInput& in, const char* field,
                         int64_t enterprise_id, int64_t user_id) {
  auto rs = conn.Query("SELECT 1 AS ok FROM users WHERE id = ? AND enterprise_id = ?",
                       {user_id, enterprise_id});
  if (rs.empty())
    in.AddError({field, "user_unknown", "not a user of this enterprise", "不是本企业的用户"});
}

std::string RegionFilterPath(const api::Context& ctx, std::vector<FieldError>& errs) {
  auto q = ctx.req.Query("region");
  if (!q || q->empty()) return "";
  const auto* r = registry::RegionIndex::Global().Find(*q);
  if (!r) {
    errs.push_back({"region", "region_unknown", "unknown region code", "未知的行政区划代码"});
    return "";
  }
  return r->path;
}

}  // namespace anjian::risk
