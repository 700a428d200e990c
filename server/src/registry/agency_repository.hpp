// Agencies persistence (监管机构: the 工信局/经发局 bound to each region). Every read takes the
// caller's Scope and applies it in SQL: an agency outside it is exactly like a missing one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::registry {

struct Agency {
  int64_t id = 0;
  std::string name, region_code, region_name, kind, phone, status, created_at;
};

// Agencies in `scope`, by region path and id (enterprise scope sees none).
std::vector<Agency> ListAgencies(storage::Connection& conn, const api::Scope& scope);
std::optional<Agency> GetAgency(storage::Connection& conn, const api::Scope& scope, int64_t id);

int64_t InsertAgency(storage::Connection& conn, const std::string& region_code,
                     const std::string& region_path, const std::string& name,
                     const std::string& phone, const std::string& created_at);
void UpdateAgencyFields(storage::Connection& conn, int64_t id, const std::string& name,
                        const std::string& phone);
void UpdateAgencyStatus(storage::Connection& conn, int64_t id, const std::string& status);

}  // namespace anjian::registry
