#include "registry/agency_repository.hpp"

namespace anjian::registry {

namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.name, a.region_code, r.name AS region_name, r.kind, a.phone, a.status, "
    "a.created_at FROM agencies a JOIN regions r ON r.code = a.region_code";

Agency Row(const storage::ResultSet& rs, size_t i) {
  return Agency{rs.Int(i, "id"),        rs.Text(i, "name"),  rs.Text(i, "region_code"),
                rs.Text(i, "region_name"), rs.Text(i, "kind"), rs.Text(i, "phone"),
                rs.Text(i, "status"),   rs.Text(i, "created_at")};
}

}  // namespace

std::vector<Agency> ListAgencies(storage::Connection& conn, const api::Scope& scope) {
  auto sf = api::ScopeSql(scope, "a.region_path", "");
  auto rs = conn.Query(std::string(kSelect) + " WHERE " + sf.sql + " ORDER BY a.region_path, a.id",
                       sf.params);
  std::vector<Agency> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(Row(rs, i));
  return out;
}

std::optional<Agency> GetAgency(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  auto sf = api::ScopeSql(scope, "a.region_path", "");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kSelect) + " WHERE a.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return Row(rs, 0);
}

int64_t InsertAgency(storage::Connection& conn, const std::string& region_code,
                     const std::string& region_path, const std::string& name,
                     const std::string& phone, const std::string& created_at) {
  return conn
      .Query(
          "INSERT INTO agencies (region_code, region_path, name, phone, created_at) VALUES "
          "(?, ?, ?, ?, ?) RETURNING id",
          {region_code, region_path, name, phone, created_at})
      .Int(0, "id");
}

void UpdateAgencyFields(storage::Connection& conn, int64_t id, const std::string& name,
                        const std::string& phone) {
  conn.Exec("UPDATE agencies SET name = ?, phone = ? WHERE id = ?", {name, phone, id});
}

void UpdateAgencyStatus(storage::Connection& conn, int64_t id, const std::string& status) {
  conn.Exec("UPDATE agencies SET status = ? WHERE id = ?", {status, id});
}

}  // namespace anjian::registry
