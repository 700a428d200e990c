// Shared input checks of the risk and inspection routes: the caller's own enterprise, code-list
// fields, optional numeric query parameters.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/api/context.hpp"
#include "dual_prevention/risk/risk_codes_rules.hpp"

namespace anjian::risk {

// Only enterprise accounts keep a register; a regulator answers 422 naming the rule.
int64_t OwnEnterprise(const api::Context& ctx);

// Adds `<field>_invalid` listing the allowed codes when `value` is set but not in `list`.
void CheckCode(api::JsonInput& in, const char* field, const std::string& value,
               const std::vector<domain::dual_prevention::CodeEntry>& list);
void CheckFrequency(api::JsonInput& in, const char* field, const std::string& value);

// ?name=123 → 123; absent or empty → nullopt; otherwise 422 on `name`.
std::optional<int64_t> QueryId(const api::Context& ctx, const char* name);
// A user of `enterprise_id` (active), else an error on `field`.
void CheckEnterpriseUser(storage::Connection& conn, api::JsonInput& in, const char* field,
                         int64_t enterprise_id, int64_t user_id);
// GB/T 2260 code of a region in the caller's sight → its path ("" when no filter).
std::string RegionFilterPath(const api::Context& ctx, std::vector<FieldError>& errs);

}  // namespace anjian::risk
