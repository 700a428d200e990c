// The responsibility matrix (三管三必须): records of who is accountable for safety at an agency
// or an enterprise. A record's owner must lie in the caller's jurisdiction; the record inherits
// the owner's region path, which is what scoping filters on. Records are deactivated, never
// deleted. Each write is one transaction with its audit entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"
#include "registry/responsibility_repository.hpp"

namespace anjian::registry {

// The region path of the owner (owner_kind "agency" or "enterprise", id) when it exists inside
// `scope`; nullopt otherwise.
std::optional<std::string> OwnerRegionPath(storage::Connection& conn, const api::Scope& scope,
                                           const std::string& owner_kind, int64_t owner_id);

// 404 when the record does not exist or is outside `scope`.
Responsibility RequireResponsibility(storage::Connection& conn, const api::Scope& scope,
                                     int64_t id);

// `record` is validated, its region_path the owner's (OwnerRegionPath).
Responsibility CreateResponsibility(storage::Connection& conn, const api::Principal& who,
                                    const ResponsibilityRecord& record, const core::Clock& clock);
Responsibility UpdateResponsibility(storage::Connection& conn, const api::Principal& who,
                                    int64_t id, const ResponsibilityRecord& record,
                                    const core::Clock& clock);
// 409 when already inactive.
Responsibility DeactivateResponsibility(storage::Connection& conn, const api::Principal& who,
                                        int64_t id, const core::Clock& clock);

}  // namespace anjian::registry
