#include "registry/region_repository.hpp"

#include "platform/storage/sql.hpp"

namespace anjian::registry {

using storage::Value;

namespace {

constexpr const char* kColumns = "code, name, name_en, kind, parent_code, path, level, status";

RegionInfo Row(const storage::ResultSet& rs, size_t i) {
  return {rs.Text(i, "code"), rs.Text(i, "name"), rs.Text(i, "name_en"), rs.Text(i, "kind"),
          rs.Text(i, "parent_code"), rs.Text(i, "path"), static_cast<int>(rs.Int(i, "level")),
          rs.Text(i, "status")};
}

}  // namespace

std::vector<RegionInfo> ListRegions(storage::Connection& conn) {
  auto rs = conn.Query(std::string("SELECT ") + kColumns + " FROM regions ORDER BY path");
  std::vector<RegionInfo> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(Row(rs, i));
  return out;
}

void LockRegion(storage::Connection& conn, const std::string& code) {
  conn.Query("SELECT code FROM regions WHERE code = ?" + storage::ForUpdate(conn), {code});
}

std::optional<RegionInfo> GetRegion(storage::Connection& conn, const std::string& code) {
  auto rs = conn.Query(std::string("SELECT ") + kColumns + " FROM regions WHERE code = ?", {code});
  if (rs.empty()) return std::nullopt;
  return Row(rs, 0);
}

std::vector<std::string> ZoneCodesOf(storage::Connection& conn, const std::string& city_code) {
  auto rs = conn.Query("SELECT code FROM regions WHERE parent_code = ? AND kind = 'zone'",
                       {city_code});
  std::vector<std::string> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(rs.Text(i, "code"));
  return out;
}

bool SiblingNameTaken(storage::Connection& conn, const std::string& parent_code,
                      const std::string& name, const std::string& except_code) {
  return !conn.Query("SELECT 1 AS x FROM regions WHERE parent_code = ? AND name = ? AND code <> ?",
                     {parent_code, name, except_code})
              .empty();
}

int64_t ActiveBindings(storage::Connection& conn, const std::string& code) {
  auto rs = conn.Query(
      "SELECT (SELECT COUNT(*) FROM enterprises WHERE region_code = ? AND status = 'active') + "
      "(SELECT COUNT(*) FROM agencies WHERE region_code = ? AND status = 'active') AS n",
      {code, code});
  return rs.Int(0, "n");
}

void InsertZone(storage::Connection& conn, const RegionInfo& z) {
  conn.Exec("INSERT INTO regions (code, name, name_en, kind, parent_code, path, level, status) "
            "VALUES (?, ?, ?, 'zone', ?, ?, ?, 'active')",
            {z.code, z.name, z.name_en, z.parent_code, z.path, int64_t{z.level}});
}

void UpdateRegionNames(storage::Connection& conn, const std::string& code, const std::string& name,
                       const std::string& name_en) {
  conn.Exec("UPDATE regions SET name = ?, name_en = ? WHERE code = ?", {name, name_en, code});
}

void UpdateRegionStatus(storage::Connection& conn, const std::string& code,
                        const std::string& status) {
  conn.Exec("UPDATE regions SET status = ? WHERE code = ?", {status, code});
}

void AppendRegionChange(storage::Connection& conn, const RegionChange& c) {
  conn.Exec("INSERT INTO region_changes (region_code, action, name, name_en, status, changed_by, "
            "changed_by_name, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {c.region_code, c.action, c.name, c.name_en, c.status,
             c.changed_by ? Value(*c.changed_by) : Value(nullptr), c.changed_by_name,
             c.changed_at});
}

std::vector<RegionChange> RegionHistory(storage::Connection& conn, const std::string& code) {
  auto rs = conn.Query("SELECT id, region_code, action, name, name_en, status, changed_by, "
                       "changed_by_name, changed_at FROM region_changes WHERE region_code = ? "
                       "ORDER BY id",
                       {code});
  std::vector<RegionChange> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    RegionChange c{rs.Int(i, "id"), rs.Text(i, "region_code"), rs.Text(i, "action"),
                   rs.Text(i, "name"), rs.Text(i, "name_en"), rs.Text(i, "status"),
                   rs.Text(i, "changed_by_name"), rs.Text(i, "changed_at"), std::nullopt};
    if (!rs.IsNull(i, "changed_by")) c.changed_by = rs.Int(i, "changed_by");
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace anjian::registry
