// Looks up the organisation a record belongs to (an agency or an enterprise) within the
// caller's scope. A missing id and an id outside the scope both give nullopt.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::registry {

struct OrgRef {
  int64_t id = 0;
  std::string name;
  std::string region_code;
  std::string region_path;
};

std::optional<OrgRef> FindAgency(storage::Connection& conn, const api::Scope& scope, int64_t id);
std::optional<OrgRef> FindEnterprise(storage::Connection& conn, const api::Scope& scope,
                                     int64_t id);

}  // namespace anjian::registry
