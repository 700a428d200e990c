// Responsibility matrix (三管三必须) persistence: who is accountable for safety at each agency
// and enterprise. Scope applies in SQL on region_path and enterprise_id: regulators see the
// agencies and enterprises of their subtree, enterprise accounts only their own people.
// Records are deactivated, never deleted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::registry {

struct Responsibility {
  int64_t id = 0;
  std::string owner_kind;
  std::optional<int64_t> agency_id, enterprise_id;
  std::string owner_name, region_code, region_name;
  std::string person_name, position, unit_name, kind, phone, duties, status;
  std::string created_at, updated_at;
};

struct ResponsibilityFilter {
  std::string owner_kind;  // agency | enterprise
  std::optional<int64_t> agency_id, enterprise_id;
  std::string region_code;  // includes its subtree
  std::string kind;
  std::string q;  // person, position or unit fragment
  std::string status;
};

struct ResponsibilityPage {
  std::vector<Responsibility> items;
  int64_t total = 0;
};

ResponsibilityPage ListResponsibilities(storage::Connection& conn, const api::Scope& scope,
                                        const ResponsibilityFilter& f, int64_t limit,
                                        int64_t offset);
std::optional<Responsibility> GetResponsibility(storage::Connection& conn,
                                                const api::Scope& scope, int64_t id);

// A validated record; region_path is the owner's.
struct ResponsibilityRecord {
  std::string owner_kind;
  std::optional<int64_t> agency_id, enterprise_id;
  std::string region_path;
  std::string person_name, position, unit_name, kind, phone, duties;
};

int64_t InsertResponsibility(storage::Connection& conn, const ResponsibilityRecord& r,
                             const std::string& now);
void UpdateResponsibilityFields(storage::Connection& conn, int64_t id, const ResponsibilityRecord& r,
                          const std::string& now);
void UpdateResponsibilityStatus(storage::Connection& conn, int64_t id, const std::string& status,
                                const std::string& now);

}  // namespace anjian::registry
