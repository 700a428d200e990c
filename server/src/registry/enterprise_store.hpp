// Enterprise registry (一企一档) persistence. Every query takes the caller's Scope and applies
// it in SQL; an id outside the scope behaves exactly like an id that does not exist.
#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "platform/api/principal.hpp"
#include "registry/enterprise_rules.hpp"
#include "platform/storage/db.hpp"

namespace anjian::registry {

struct EnterpriseFilter {
  std::string q;            // name or uscc fragment
  std::string region_code;  // includes the region's subtree
  std::string industry;
  std::string supervision;
  std::string status;
  std::string sort = "name";  // column, '-' prefix for descending
};

// Reads and checks the list filters from a query string (422 on unknown values).
EnterpriseFilter ParseEnterpriseFilter(const std::unordered_map<std::string, std::string>& query);

struct EnterprisePage {
  std::vector<boost::json::object> items;
  int64_t total = 0;
};

EnterprisePage ListEnterprises(storage::Connection& conn, const api::Scope& scope,
                               const EnterpriseFilter& f, int64_t limit, int64_t offset);
std::optional<boost::json::object> GetEnterprise(storage::Connection& conn,
                                                 const api::Scope& scope, int64_t id);
// Inserts a validated enterprise; returns its id. Throws ApiException on a duplicate USCC.
int64_t InsertEnterprise(storage::Connection& conn, const domain::EnterpriseInput& in,
                         const std::string& uscc_warning);
void UpdateEnterprise(storage::Connection& conn, int64_t id, const domain::EnterpriseInput& in,
                      const std::string& uscc_warning);
bool UsccTaken(storage::Connection& conn, const std::string& uscc, int64_t except_id = 0);

}  // namespace anjian::registry
