#include "emergency/resources/emergency_resource_repository.hpp"

#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::emergency_resources {

using storage::Value;

namespace {

constexpr const char* kSelect =
    "SELECT r.id, r.category, r.enterprise_id, r.agency_id, r.region_path, r.name, r.kind, "
    "r.members, r.leader, r.phone, r.field, r.title, r.unit, r.material_type, r.quantity, "
    "r.quantity_unit, r.location, r.expires_on, r.last_inspected_on, r.next_inspection_on, "
    "r.note, r.status, r.version, r.created_at, r.updated_at, "
    "COALESCE(e.name, g.name) AS owner_name FROM emergency_resources r "
    "LEFT JOIN enterprises e ON e.id = r.enterprise_id LEFT JOIN agencies g ON g.id = r.agency_id ";

ResourceRow RowAt(const storage::ResultSet& rs, size_t i) {
  ResourceRow x;
  x.id = rs.Int(i, "id");
  x.enterprise_id = rs.OptInt(i, "enterprise_id");
  x.agency_id = rs.OptInt(i, "agency_id");
  x.region_path = rs.Text(i, "region_path");
  x.r.category = rs.Text(i, "category");
  x.r.name = rs.Text(i, "name");
  x.r.kind = rs.Text(i, "kind");
  x.r.members = rs.Int(i, "members");
  x.r.leader = rs.Text(i, "leader");
  x.r.phone = rs.Text(i, "phone");
  x.r.field = rs.Text(i, "field");
  x.r.title = rs.Text(i, "title");
  x.r.unit = rs.Text(i, "unit");
  x.r.material_type = rs.Text(i, "material_type");
  x.r.quantity = rs.Double(i, "quantity");
  x.r.quantity_unit = rs.Text(i, "quantity_unit");
  x.r.location = rs.Text(i, "location");
  x.r.expires_on = rs.Text(i, "expires_on");
  x.r.last_inspected_on = rs.Text(i, "last_inspected_on");
  x.r.next_inspection_on = rs.Text(i, "next_inspection_on");
  x.r.note = rs.Text(i, "note");
  x.status = rs.Text(i, "status");
  x.version = rs.Int(i, "version");
  x.created_at = rs.Text(i, "created_at");
  x.updated_at = rs.Text(i, "updated_at");
  if (!rs.IsNull(i, "owner_name")) x.owner_name = rs.Text(i, "owner_name");
  return x;
}

std::vector<Value> InputParams(const ResourceInput& r) {
  return {r.category,      r.name,     r.kind,          r.members,  r.leader,
          r.phone,         r.field,    r.title,         r.unit,     r.material_type,
          r.quantity,      r.quantity_unit, r.location, r.expires_on, r.last_inspected_on,
          r.next_inspection_on, r.note};
}

// Due (expiry or inspection) on or before `until`, optionally not before `from`.
std::string DueSql(bool with_from) {
  auto one = [&](const char* col) {
    return std::string("(r.") + col + " <> '' AND r." + col + " <= ?" +
           (with_from ? std::string(" AND r.") + col + " >= ?" : "") + ")";
  };
  return "(" + one("expires_on") + " OR " + one("next_inspection_on") + ")";
}

struct Where {
  std::string sql;
  std::vector<Value> params;
};

Where WhereOf(const api::Scope& scope, const ResourceFilter& f) {
  auto sf = api::ScopeSql(scope, "r.region_path", "r.enterprise_id");
  Where w{" WHERE r.status = 'active' AND " + sf.sql, sf.params};
  if (!f.category.empty()) {
    w.sql += " AND r.category = ?";
    w.params.push_back(f.category);
  }
  if (f.enterprise_id) {
    w.sql += " AND r.enterprise_id = ?";
    w.params.push_back(*f.enterprise_id);
  }
  if (!f.q.empty()) {
    w.sql += " AND (" + storage::LikeContains("r.name") + " OR " +
             storage::LikeContains("r.location") + ")";
    w.params.push_back(storage::ContainsPattern(f.q));
    w.params.push_back(storage::ContainsPattern(f.q));
  }
  if (f.alert == "past_due") {
    // Before today: the day before today is the bound.
    w.sql += " AND ((r.expires_on <> '' AND r.expires_on < ?) OR (r.next_inspection_on <> '' AND "
             "r.next_inspection_on < ?))";
    w.params.insert(w.params.end(), {f.today, f.today});
  } else if (f.alert == "due_soon") {
    w.sql += " AND " + DueSql(true);
    w.params.insert(w.params.end(), {f.soon_until, f.today, f.soon_until, f.today});
  } else if (f.alert == "any") {
    w.sql += " AND " + DueSql(false);
    w.params.insert(w.params.end(), {f.soon_until, f.soon_until});
  }
  return w;
}

}  // namespace

std::optional<Owner> OwnerOfEnterprise(storage::Connection& conn, std::int64_t enterprise_id) {
  auto rs = conn.Query("SELECT region_path FROM enterprises WHERE id = ? AND status = 'active'",
                       {enterprise_id});
  if (rs.empty()) return std::nullopt;
  return Owner{enterprise_id, std::nullopt, rs.Text(0, "region_path")};
}

std::optional<Owner> OwnerOfAgency(storage::Connection& conn, std::int64_t agency_id) {
  auto rs = conn.Query("SELECT region_path FROM agencies WHERE id = ? AND status = 'active'",
                       {agency_id});
  if (rs.empty()) return std::nullopt;
  return Owner{std::nullopt, agency_id, rs.Text(0, "region_path")};
}

std::int64_t InsertResource(storage::Connection& conn, const Owner& o, const ResourceInput& r,
                            const std::string& at) {
  std::vector<Value> params{storage::Nullable(o.enterprise_id), storage::Nullable(o.agency_id),
                            o.region_path};
  auto in = InputParams(r);
  params.insert(params.end(), in.begin(), in.end());
  params.insert(params.end(), {at, at});
  auto rs = conn.Query(
      "INSERT INTO emergency_resources (enterprise_id, agency_id, region_path, category, name, "
      "kind, members, leader, phone, field, title, unit, material_type, quantity, quantity_unit, "
      "location, expires_on, last_inspected_on, next_inspection_on, note, status, version, "
      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?, 'active', 1, ?, ?) RETURNING id",
      params);
  return rs.Int(0, "id");
}

void UpdateResource(storage::Connection& conn, std::int64_t id, const ResourceInput& r,
                    std::int64_t version, const std::string& at) {
  auto params = InputParams(r);
  params.insert(params.end(), {version, at, id});
  conn.Exec(
      "UPDATE emergency_resources SET category = ?, name = ?, kind = ?, members = ?, leader = ?, "
      "phone = ?, field = ?, title = ?, unit = ?, material_type = ?, quantity = ?, "
      "quantity_unit = ?, location = ?, expires_on = ?, last_inspected_on = ?, "
      "next_inspection_on = ?, note = ?, version = ?, updated_at = ? WHERE id = ?",
      params);
}

void MarkResourceDeleted(storage::Connection& conn, std::int64_t id, std::int64_t version,
                         const std::string& at) {
  conn.Exec(
      "UPDATE emergency_resources SET status = 'deleted', version = ?, updated_at = ? WHERE id = ?",
      {version, at, id});
}

void InsertResourceChange(storage::Connection& conn, std::int64_t id, std::int64_t version,
                          const std::string& action, const std::string& data_json,
                          std::int64_t by_user_id, const std::string& at) {
  conn.Exec(
      "INSERT INTO emergency_resource_changes (resource_id, version, action, data_json, "
      "by_user_id, at) VALUES (?, ?, ?, ?, ?, ?)",
      {id, version, action, data_json, by_user_id, at});
}

std::vector<ResourceChangeRow> ResourceChanges(storage::Connection& conn, std::int64_t id) {
  auto rs = conn.Query(
      "SELECT c.version, c.action, c.data_json, c.by_user_id, c.at, u.display_name AS by_name "
      "FROM emergency_resource_changes c JOIN users u ON u.id = c.by_user_id "
      "WHERE c.resource_id = ? ORDER BY c.id",
      {id});
  std::vector<ResourceChangeRow> out;
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "version"), rs.Int(i, "by_user_id"), rs.Text(i, "action"),
                   rs.Text(i, "data_json"), rs.Text(i, "by_name"), rs.Text(i, "at")});
  return out;
}

std::optional<ResourceRow> FindResource(storage::Connection& conn, const api::Scope& scope,
                                        std::int64_t id) {
  auto sf = api::ScopeSql(scope, "r.region_path", "r.enterprise_id");
  std::vector<Value> params{id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(std::string(kSelect) + "WHERE r.id = ? AND r.status = 'active' AND " +
                           sf.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::optional<ResourceRow> LockResource(storage::Connection& conn, std::int64_t id) {
  conn.Query(std::string("SELECT id FROM emergency_resources WHERE id = ?") +
                 storage::ForUpdate(conn),
             {id});
  auto rs = conn.Query(std::string(kSelect) + "WHERE r.id = ? AND r.status = 'active'", {id});
  if (rs.empty()) return std::nullopt;
  return RowAt(rs, 0);
}

std::int64_t CountResources(storage::Connection& conn, const api::Scope& scope,
                            const ResourceFilter& f) {
  auto w = WhereOf(scope, f);
  return conn.Query("SELECT COUNT(*) AS n FROM emergency_resources r" + w.sql, w.params)
      .Int(0, "n");
}

std::vector<ResourceRow> ListResources(storage::Connection& conn, const api::Scope& scope,
                                       const ResourceFilter& f, std::int64_t limit,
                                       std::int64_t offset) {
  auto w = WhereOf(scope, f);
  w.params.push_back(limit);
  w.params.push_back(offset);
  auto rs = conn.Query(std::string(kSelect) + w.sql.substr(1) +
                           " ORDER BY r.region_path, r.category, r.id LIMIT ? OFFSET ?",
                       w.params);
  std::vector<ResourceRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

std::vector<RegionCounts> CountsByRegion(storage::Connection& conn, const api::Scope& scope,
                                         const std::string& base, const std::string& today,
                                         const std::string& soon_until) {
  auto sf = api::ScopeSql(scope, "r.region_path", "r.enterprise_id");
  const std::string child =
      base.empty()
          ? std::string("r.region_path")
          : "SUBSTR(r.region_path, 1, " + std::to_string(base.size()) + " + " +
                storage::Position(conn,
                                  "SUBSTR(r.region_path, " + std::to_string(base.size() + 1) + ")",
                                  "'/'") +
                ")";
  std::vector<Value> params{today, today, soon_until, today, soon_until, today};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query(
      "SELECT k, SUM(CASE WHEN category = 'team' THEN 1 ELSE 0 END) AS teams, "
      "SUM(CASE WHEN category = 'team' THEN members ELSE 0 END) AS team_members, "
      "SUM(CASE WHEN category = 'expert' THEN 1 ELSE 0 END) AS experts, "
      "SUM(CASE WHEN category = 'material' THEN 1 ELSE 0 END) AS materials, "
      "SUM(past) AS past_due, SUM(CASE WHEN past = 0 THEN soon ELSE 0 END) AS due_soon FROM ("
      "SELECT " + child + " AS k, r.category, r.members, "
      "CASE WHEN (r.expires_on <> '' AND r.expires_on < ?) OR (r.next_inspection_on <> '' AND "
      "r.next_inspection_on < ?) THEN 1 ELSE 0 END AS past, "
      "CASE WHEN (r.expires_on <> '' AND r.expires_on <= ? AND r.expires_on >= ?) OR "
      "(r.next_inspection_on <> '' AND r.next_inspection_on <= ? AND r.next_inspection_on >= ?) "
      "THEN 1 ELSE 0 END AS soon FROM emergency_resources r WHERE r.status = 'active' AND " +
          sf.sql + ") t GROUP BY k ORDER BY k",
      params);
  std::vector<RegionCounts> out;
  for (size_t i = 0; i < rs.size(); ++i) {
    RegionCounts c;
    c.region_path = rs.Text(i, "k");
    c.teams = rs.Int(i, "teams");
    c.team_members = rs.Int(i, "team_members");
    c.experts = rs.Int(i, "experts");
    c.materials = rs.Int(i, "materials");
    c.past_due = rs.Int(i, "past_due");
    c.due_soon = rs.Int(i, "due_soon");
    out.push_back(std::move(c));
  }
  if (out.empty()) return out;
  std::vector<Value> paths;
  for (const auto& c : out) paths.emplace_back(c.region_path);
  auto names = conn.Query("SELECT path, name FROM regions WHERE path IN (" +
                              storage::Placeholders(paths.size()) + ")",
                          paths);
  for (auto& c : out)
    for (size_t i = 0; i < names.size(); ++i)
      if (names.Text(i, "path") == c.region_path) c.region_name = names.Text(i, "name");
  return out;
}

std::vector<ResourceRow> ResourcesDueBy(storage::Connection& conn, const std::string& soon_until) {
  auto rs = conn.Query(std::string(kSelect) + "WHERE r.status = 'active' AND " + DueSql(false) +
                           " ORDER BY r.id",
                       {soon_until, soon_until});
  std::vector<ResourceRow> out;
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(RowAt(rs, i));
  return out;
}

bool RecordResourceAlert(storage::Connection& conn, std::int64_t resource_id,
                         const std::string& kind, const std::string& due_on,
                         const std::string& threshold, const std::string& at) {
  return conn.Exec(
             "INSERT INTO emergency_resource_alerts (resource_id, kind, due_on, threshold, "
             "sent_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (resource_id, kind, due_on, threshold) "
             "DO NOTHING",
             {resource_id, kind, due_on, threshold, at}) > 0;
}

}  // namespace anjian::emergency_resources
