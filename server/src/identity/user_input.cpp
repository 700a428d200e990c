#include "identity/user_input.hpp"

#include "registry/enterprise_rules.hpp"
#include "registry/org_repository.hpp"

namespace anjian::accounts {

bool IsValidUsername(const std::string& username) {
  if (username.size() < 3 || username.size() > 32) return false;
  for (char c : username) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

UserFields ReadUserFields(api::JsonInput& in, storage::Connection& conn, const api::Scope& scope) {
  UserFields f;
  f.display_name = in.Str("display_name", true, 50);
  f.phone = in.Str("phone", false, 40);
  if (!f.phone.empty() && !domain::IsValidPhone(f.phone)) {
    in.AddError({"phone", "phone_format",
                 "must be a mobile (1xxxxxxxxxx) or landline (0537-2345678) number",
                 "应为手机号码（1xxxxxxxxxx）或固定电话（0537-2345678）"});
  }
  f.email = in.Str("email", false, 100);
  if (!f.email.empty()) {
    const auto at = f.email.find('@');
    const bool ok = at != std::string::npos && at > 0 && at + 1 < f.email.size() &&
                    f.email.find('@', at + 1) == std::string::npos &&
                    f.email.find_first_of(" \t\r\n<>,;\"") == std::string::npos;
    if (!ok)
      in.AddError({"email", "email_format", "must be an e-mail address like name@example.com",
                   "应为电子邮箱地址，如 name@example.com"});
  }
  f.agency_id = in.Int("agency_id");
  f.enterprise_id = in.Int("enterprise_id");
  if (f.agency_id && f.enterprise_id) {
    in.AddError({"enterprise_id", "org_exclusive",
                 "a user belongs to an agency or to an enterprise, not both",
                 "用户只能隶属于一个监管部门或一个企业，不能同时隶属两者"});
  } else if (f.agency_id) {
    if (*f.agency_id <= 0 || !registry::FindAgency(conn, scope, *f.agency_id))
      in.AddError({"agency_id", "agency_unknown", "unknown agency or outside your jurisdiction",
                   "监管部门不存在或超出管辖范围"});
  } else if (f.enterprise_id) {
    if (*f.enterprise_id <= 0 || !registry::FindEnterprise(conn, scope, *f.enterprise_id))
      in.AddError({"enterprise_id", "enterprise_unknown",
                   "unknown enterprise or outside your jurisdiction", "企业不存在或超出管辖范围"});
  } else if (scope.kind != api::Scope::Kind::kAll && !in.Has("agency_id") &&
             !in.Has("enterprise_id")) {
    in.AddError({"agency_id", "org_required",
                 "choose the agency or enterprise the user belongs to",
                 "请选择用户所属的监管部门或企业"});
  }
  return f;
}

}  // namespace anjian::accounts
