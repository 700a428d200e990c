// Responsibility matrix (三管三必须) persistence: who is accountable for safety at each agency
// and enterprise. Scope applies in SQL on region_path and enterprise_id: regulators see the
// agencies and enterprises of their subtree, enterprise accounts only their own people.
// Records are deactivated, never deleted.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/office/xlsx_writer.hpp"
#include "registry/query_filter.hpp"
#include "platform/storage/db.hpp"

namespace anjian::registry {

// principal, deputy, safety_officer, internal_unit, accountable_person, other.
const std::vector<std::string>& ResponsibilityKinds();

struct ResponsibilityFilter {
  std::string owner_kind;  // agency | enterprise
  std::optional<int64_t> agency_id, enterprise_id;
  std::string region_code;  // includes its subtree
  std::string kind;
  std::string q;  // person, position or unit fragment
  std::string status;
};

// 422 on unknown values.
ResponsibilityFilter ParseResponsibilityFilter(const QueryMap& query);

struct ResponsibilityPage {
  std::vector<boost::json::object> items;
  int64_t total = 0;
};

ResponsibilityPage ListResponsibilities(storage::Connection& conn, const api::Scope& scope,
                                        const ResponsibilityFilter& f, int64_t limit,
                                        int64_t offset);
std::optional<boost::json::object> GetResponsibility(storage::Connection& conn,
                                                     const api::Scope& scope, int64_t id);

// A validated record; region_path is the owner's.
struct ResponsibilityRecord {
  std::string owner_kind;
  std::optional<int64_t> agency_id, enterprise_id;
  std::string region_path;
  std::string person_name, position, unit_name, kind, phone, duties;
};

int64_t InsertResponsibility(storage::Connection& conn, const ResponsibilityRecord& r);
void UpdateResponsibility(storage::Connection& conn, int64_t id, const ResponsibilityRecord& r);
void SetResponsibilityStatus(storage::Connection& conn, int64_t id, const std::string& status);

const std::vector<std::string>& ResponsibilityExportHeaders();
std::vector<office::Cell> ResponsibilityExportRow(const boost::json::object& r);

}  // namespace anjian::registry
