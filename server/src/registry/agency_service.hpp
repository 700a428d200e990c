// Agencies (监管机构): registering, editing, deactivating and reactivating the regulator
// offices. Each use case is one transaction with its audit entry.
#pragma once

#include <string>

#include "core/clock.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"
#include "registry/agency_repository.hpp"

namespace anjian::registry {

// Validated input (agency_handlers): a known region code on create; name and phone.
struct AgencyInput {
  std::string name, region_code, phone;
};

Agency CreateAgency(storage::Connection& conn, const api::Principal& who, const AgencyInput& in,
                    const core::Clock& clock);
// 404 when the agency is not in the caller's scope. region_code is not changed.
Agency UpdateAgency(storage::Connection& conn, const api::Principal& who, int64_t id,
                    const AgencyInput& in, const core::Clock& clock);
// status "active" | "inactive"; 409 when the agency already has it.
Agency SetAgencyStatus(storage::Connection& conn, const api::Principal& who, int64_t id,
                       const std::string& status, const core::Clock& clock);

}  // namespace anjian::registry
