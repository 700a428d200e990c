#include "registry/org_repository.hpp"

namespace anjian::registry {

namespace {

std::optional<OrgRef> Find(storage::Connection& conn, const std::string& table,
                           const api::SqlFilter& sf, int64_t id) {
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query("SELECT o.id, o.name, o.region_code, o.region_path FROM " + table +
                           " o WHERE o.id = ? AND " + sf.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  return OrgRef{rs.Int(0, "id"), rs.Text(0, "name"), rs.Text(0, "region_code"),
                rs.Text(0, "region_path")};
}

}  // namespace

std::optional<OrgRef> FindAgency(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  // Agencies belong to no enterprise: enterprise scope sees none.
  return Find(conn, "agencies", api::ScopeSql(scope, "o.region_path", ""), id);
}

std::optional<OrgRef> FindEnterprise(storage::Connection& conn, const api::Scope& scope,
                                     int64_t id) {
  return Find(conn, "enterprises", api::ScopeSql(scope, "o.region_path", "o.id"), id);
}

}  // namespace anjian::registry
