#include "registry/responsibility_repository.hpp"

#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "registry/region_index.hpp"

namespace anjian::registry {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT r.id, r.owner_kind, r.agency_id, r.enterprise_id, "
    "COALESCE(a.name, e.name) AS owner_name, COALESCE(a.region_code, e.region_code) AS region_code, "
    "r.person_name, r.position, r.unit_name, r.kind, r.phone, r.duties, r.status, r.created_at, "
    "r.updated_at";
constexpr const char* kFrom =
    " FROM responsibilities r LEFT JOIN agencies a ON a.id = r.agency_id "
    "LEFT JOIN enterprises e ON e.id = r.enterprise_id";

Responsibility Row(const storage::ResultSet& rs, size_t i) {
  Responsibility r;
  r.id = rs.Int(i, "id");
  r.owner_kind = rs.Text(i, "owner_kind");
  if (!rs.IsNull(i, "agency_id")) r.agency_id = rs.Int(i, "agency_id");
  if (!rs.IsNull(i, "enterprise_id")) r.enterprise_id = rs.Int(i, "enterprise_id");
  r.owner_name = rs.Text(i, "owner_name");
  r.region_code = rs.Text(i, "region_code");
  const RegionInfo* region = RegionIndex::Global().Find(r.region_code);
  r.region_name = region ? region->name : "";
  r.person_name = rs.Text(i, "person_name");
  r.position = rs.Text(i, "position");
  r.unit_name = rs.Text(i, "unit_name");
  r.kind = rs.Text(i, "kind");
  r.phone = rs.Text(i, "phone");
  r.duties = rs.Text(i, "duties");
  r.status = rs.Text(i, "status");
  r.created_at = rs.Text(i, "created_at");
  r.updated_at = rs.Text(i, "updated_at");
  return r;
}

api::SqlFilter BuildWhere(const api::Scope& scope, const ResponsibilityFilter& f) {
  auto sf = api::ScopeSql(scope, "r.region_path", "r.enterprise_id");
  api::SqlFilter w{" WHERE " + sf.sql, sf.params};
  auto exact = [&](const char* col, const Value& v) {
    w.sql += std::string(" AND ") + col + " = ?";
    w.params.push_back(v);
  };
  if (!f.owner_kind.empty()) exact("r.owner_kind", f.owner_kind);
  if (f.agency_id) exact("r.agency_id", *f.agency_id);
  if (f.enterprise_id) exact("r.enterprise_id", *f.enterprise_id);
  if (!f.kind.empty()) exact("r.kind", f.kind);
  if (!f.status.empty()) exact("r.status", f.status);
  if (!f.region_code.empty()) {
    const RegionInfo* region = RegionIndex::Global().Find(f.region_code);
    std::string path = region ? region->path : "/none/";
    w.sql += " AND r.region_path >= ? AND r.region_path < ?";
    w.params.push_back(path);
    w.params.push_back(api::PathUpperBound(path));
  }
  if (!f.q.empty()) {
    std::string pat = storage::ContainsPattern(f.q);
    w.sql += " AND (" + storage::LikeContains("r.person_name") + " OR " +
             storage::LikeContains("r.position") + " OR " + storage::LikeContains("r.unit_name") +
             ")";
    w.params.insert(w.params.end(), {pat, pat, pat});
  }
  return w;
}

}  // namespace

ResponsibilityPage ListResponsibilities(storage::Connection& conn, const api::Scope& scope,
                                        const ResponsibilityFilter& f, int64_t limit,
                                        int64_t offset) {
  api::SqlFilter w = BuildWhere(scope, f);
  ResponsibilityPage page;
  page.total =
      conn.Query(std::string("SELECT COUNT(*) AS n") + kFrom + w.sql, w.params).Int(0, "n");
  auto params = w.params;
  params.push_back(limit);
  params.push_back(offset);
  // Owners grouped together (agencies first within a region), then by id.
  auto rs = conn.Query(std::string(kSelect) + kFrom + w.sql +
                           " ORDER BY r.region_path, r.owner_kind, COALESCE(r.agency_id, 0), "
                           "COALESCE(r.enterprise_id, 0), r.id LIMIT ? OFFSET ?",
                       params);
  page.items.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) page.items.push_back(Row(rs, i));
  return page;
}

std::optional<Responsibility> GetResponsibility(storage::Connection& conn,
                                                const api::Scope& scope, int64_t id) {
  auto sf = api::ScopeSql(scope, "r.region_path", "r.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kSelect) + kFrom + " WHERE r.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return Row(rs, 0);
}

int64_t InsertResponsibility(storage::Connection& conn, const ResponsibilityRecord& r,
                             const std::string& now) {
  return conn
      .Query(
          "INSERT INTO responsibilities (owner_kind, agency_id, enterprise_id, region_path, "
          "person_name, position, unit_name, kind, phone, duties, status, created_at, updated_at) "
          "VALUES (?,?,?,?,?,?,?,?,?,?,'active',?,?) RETURNING id",
          {r.owner_kind, storage::Nullable(r.agency_id), storage::Nullable(r.enterprise_id),
           r.region_path, r.person_name, r.position, r.unit_name, r.kind, r.phone, r.duties, now,
           now})
      .Int(0, "id");
}

void UpdateResponsibilityFields(storage::Connection& conn, int64_t id, const ResponsibilityRecord& r,
                          const std::string& now) {
  conn.Exec(
      "UPDATE responsibilities SET owner_kind = ?, agency_id = ?, enterprise_id = ?, "
      "region_path = ?, person_name = ?, position = ?, unit_name = ?, kind = ?, phone = ?, "
      "duties = ?, updated_at = ? WHERE id = ?",
      {r.owner_kind, storage::Nullable(r.agency_id), storage::Nullable(r.enterprise_id),
       r.region_path, r.person_name, r.position, r.unit_name, r.kind, r.phone, r.duties, now, id});
}

void UpdateResponsibilityStatus(storage::Connection& conn, int64_t id, const std::string& status,
                                const std::string& now) {
  conn.Exec("UPDATE responsibilities SET status = ?, updated_at = ? WHERE id = ?",
            {status, now, id});
}

}  // namespace anjian::registry
