// Enterprise registry (一企一档) persistence. Every read takes the caller's Scope and applies it
// in SQL; an id outside the scope behaves exactly like an id that does not exist.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "platform/storage/db.hpp"
#include "registry/enterprise_rules.hpp"

namespace anjian::registry {

struct Enterprise {
  int64_t id = 0;
  std::string name, uscc, region_code, region_name, industry, industry_code, supervision, scale,
      address, legal_representative, contact_phone;
  std::optional<int64_t> employees;
  std::string park_name;
  std::optional<double> latitude, longitude;
  std::string status;
  std::optional<std::string> uscc_warning;
  std::string created_at, updated_at;
};

struct EnterpriseFilter {
  std::string q;            // name or uscc fragment
  std::string region_code;  // includes the region's subtree
  std::string industry;
  std::string supervision;
  std::string status;
  std::string sort = "name";  // column, '-' prefix for descending
};

struct EnterprisePage {
  std::vector<Enterprise> items;
  int64_t total = 0;
};

EnterprisePage ListEnterprises(storage::Connection& conn, const api::Scope& scope,
                               const EnterpriseFilter& f, int64_t limit, int64_t offset);
std::optional<Enterprise> GetEnterprise(storage::Connection& conn, const api::Scope& scope,
                                        int64_t id);
bool UsccTaken(storage::Connection& conn, const std::string& uscc, int64_t except_id = 0);

// Writes a validated enterprise (ValidateEnterprise) stamped `now` (UTC text); returns its id.
// The caller has checked the USCC is free (UsccTaken).
int64_t InsertEnterprise(storage::Connection& conn, const EnterpriseInput& in,
                         const std::string& uscc_warning, const std::string& now);
void UpdateEnterpriseFields(storage::Connection& conn, int64_t id, const EnterpriseInput& in,
                      const std::string& uscc_warning, const std::string& now);
void UpdateEnterpriseStatus(storage::Connection& conn, int64_t id, const std::string& status,
                            const std::string& now);

// One change of an enterprise as the audit log recorded it (newest first, at most 200).
struct EnterpriseChange {
  int64_t id = 0;
  std::string at, actor_name, action, before_json, after_json;
};
std::vector<EnterpriseChange> EnterpriseHistory(storage::Connection& conn, int64_t id);

// The enterprise's region path when it lies in `scope` (the areas that record something about an
// enterprise — enforcement inspections, production halts — check it with this).
std::optional<std::string> EnterpriseRegionInScope(storage::Connection& conn,
                                                   const api::Scope& scope, int64_t enterprise_id);

}  // namespace anjian::registry
