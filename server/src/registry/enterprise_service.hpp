// Enterprises (一企一档): the use cases of the registry. Writes are one transaction with their
// audit entry, and tell the list cache after they commit. Input arrives validated
// (ValidateEnterprise in enterprise_handlers); the checks that need the database or the
// caller's jurisdiction happen here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"
#include "registry/enterprise_repository.hpp"
#include "registry/enterprise_rules.hpp"

namespace anjian::registry {

// Whether a caller may place an enterprise in `region_code`: inside its own subtree (an
// unknown code counts as allowed: validation reports it as region_unknown).
bool RegionInScope(const api::Scope& scope, const std::string& region_code);

// 404 when the enterprise does not exist or is outside `scope`.
Enterprise RequireEnterprise(storage::Connection& conn, const api::Scope& scope, int64_t id);

// The enterprise's changes as the audit log recorded them; 404 as RequireEnterprise.
std::vector<EnterpriseChange> EnterpriseChanges(storage::Connection& conn,
                                                const api::Scope& scope, int64_t id);

// `uscc_warning` is kept with the record when the user accepted a check-character mismatch.
// 422 uscc_duplicate when another enterprise has the code.
Enterprise CreateEnterprise(storage::Connection& conn, const api::Principal& who,
                            const EnterpriseInput& in, const std::string& uscc_warning,
                            const core::Clock& clock);
Enterprise UpdateEnterprise(storage::Connection& conn, const api::Principal& who, int64_t id,
                            const EnterpriseInput& in, const std::string& uscc_warning,
                            const core::Clock& clock);
// status "active" | "inactive" (the audit entry keeps `reason`); 409 when already so.
Enterprise SetEnterpriseStatus(storage::Connection& conn, const api::Principal& who, int64_t id,
                               const std::string& status, const std::string& reason,
                               const core::Clock& clock);

}  // namespace anjian::registry
