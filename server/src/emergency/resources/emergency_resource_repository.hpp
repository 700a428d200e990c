// The SQL of emergency resources (应急资源, V043): emergency_resources (teams, experts, equipment
// and materials of an enterprise or an agency), emergency_resource_changes (every version
// appended) and emergency_resource_alerts (one row per item, kind, due date and threshold: the
// alert job's idempotence). Reads apply the caller's Scope in SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "emergency/resources/emergency_resource_rules.hpp"
#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"

namespace anjian::emergency_resources {

struct ResourceRow {
  std::int64_t id = 0, version = 0;
  std::optional<std::int64_t> enterprise_id, agency_id;
  std::string owner_name, region_path, created_at, updated_at, status;
  ResourceInput r;
};

struct ResourceFilter {
  std::string category, q, alert;  // alert: "" | due_soon | past_due | any
  std::optional<std::int64_t> enterprise_id;
  std::string today, soon_until;  // YYYY-MM-DD: today and today + due_soon_days
};

struct Owner {
  std::optional<std::int64_t> enterprise_id, agency_id;
  std::string region_path;
};
// The caller's own enterprise or agency (active), with its region path.
std::optional<Owner> OwnerOfEnterprise(storage::Connection& conn, std::int64_t enterprise_id);
std::optional<Owner> OwnerOfAgency(storage::Connection& conn, std::int64_t agency_id);

std::int64_t InsertResource(storage::Connection& conn, const Owner& o, const ResourceInput& r,
                            const std::string& at);
void UpdateResource(storage::Connection& conn, std::int64_t id, const ResourceInput& r,
                    std::int64_t version, const std::string& at);
void MarkResourceDeleted(storage::Connection& conn, std::int64_t id, std::int64_t version,
                         const std::string& at);
void InsertResourceChange(storage::Connection& conn, std::int64_t id, std::int64_t version,
                          const std::string& action, const std::string& data_json,
                          std::int64_t by_user_id, const std::string& at);
struct ResourceChangeRow {
  std::int64_t version = 0, by_user_id = 0;
  std::string action, data_json, by_name, at;
};
std::vector<ResourceChangeRow> ResourceChanges(storage::Connection& conn, std::int64_t id);

// Active rows only.
std::optional<ResourceRow> FindResource(storage::Connection& conn, const api::Scope& scope,
                                        std::int64_t id);
std::optional<ResourceRow> LockResource(storage::Connection& conn, std::int64_t id);
std::int64_t CountResources(storage::Connection& conn, const api::Scope& scope,
                            const ResourceFilter& f);
std::vector<ResourceRow> ListResources(storage::Connection& conn, const api::Scope& scope,
                                       const ResourceFilter& f, std::int64_t limit,
                                       std::int64_t offset);

// Counts per child region of `base` (regulators' overview): items per category and alerts.
struct RegionCounts {
  std::string region_path, region_name;
  std::int64_t teams = 0, team_members = 0, experts = 0, materials = 0, due_soon = 0, past_due = 0;
};
std::vector<RegionCounts> CountsByRegion(storage::Connection& conn, const api::Scope& scope,
                                         const std::string& base, const std::string& today,
                                         const std::string& soon_until);

// The alert job: every active material with an expiry or inspection date up to `soon_until`.
std::vector<ResourceRow> ResourcesDueBy(storage::Connection& conn, const std::string& soon_until);
// True when the alert had not been recorded before (then it is recorded now).
bool RecordResourceAlert(storage::Connection& conn, std::int64_t resource_id,
                         const std::string& kind, const std::string& due_on,
                         const std::string& threshold, const std::string& at);

}  // namespace anjian::emergency_resources
