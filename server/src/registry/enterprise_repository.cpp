#include "registry/enterprise_repository.hpp"

#include "core/text.hpp"
#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "registry/industry_rules.hpp"
#include "registry/region_index.hpp"

namespace anjian::registry {

using storage::Value;

namespace {

constexpr const char* kColumns =
    "e.id, e.name, e.uscc, e.region_code, r.name AS region_name, e.industry, e.industry_code, "
    "e.supervision, e.scale, e.address, e.legal_representative, e.contact_phone, e.employees, "
    "e.park_name, e.latitude, e.longitude, e.status, e.uscc_warning, e.created_at, e.updated_at";

Enterprise Row(const storage::ResultSet& rs, size_t i) {
  Enterprise e;
  e.id = rs.Int(i, "id");
  e.name = rs.Text(i, "name");
  e.uscc = rs.Text(i, "uscc");
  e.region_code = rs.Text(i, "region_code");
  e.region_name = rs.Text(i, "region_name");
  e.industry = rs.Text(i, "industry");
  e.industry_code = rs.Text(i, "industry_code");
  e.supervision = rs.Text(i, "supervision");
  e.scale = rs.Text(i, "scale");
  e.address = rs.Text(i, "address");
  e.legal_representative = rs.Text(i, "legal_representative");
  e.contact_phone = rs.Text(i, "contact_phone");
  if (!rs.IsNull(i, "employees")) e.employees = rs.Int(i, "employees");
  e.park_name = rs.Text(i, "park_name");
  if (!rs.IsNull(i, "latitude")) e.latitude = rs.Double(i, "latitude");
  if (!rs.IsNull(i, "longitude")) e.longitude = rs.Double(i, "longitude");
  e.status = rs.Text(i, "status");
  if (!rs.IsNull(i, "uscc_warning")) e.uscc_warning = rs.Text(i, "uscc_warning");
  e.created_at = rs.Text(i, "created_at");
  e.updated_at = rs.Text(i, "updated_at");
  return e;
}

api::SqlFilter BuildWhere(const api::Scope& scope, const EnterpriseFilter& f) {
  auto sf = api::ScopeSql(scope, "e.region_path", "e.id");
  api::SqlFilter w{" WHERE " + sf.sql, sf.params};
  if (!f.q.empty()) {
    std::string pat = storage::ContainsPattern(core::AsciiLower(f.q));
    std::string upat = storage::ContainsPattern(core::AsciiUpper(f.q));
    w.sql += " AND (" + storage::LikeContains("e.name_lower") + " OR " +
             storage::LikeContains("e.uscc") + ")";
    w.params.push_back(pat);
    w.params.push_back(upat);
  }
  if (!f.region_code.empty()) {
    const RegionInfo* r = RegionIndex::Global().Find(f.region_code);
    std::string path = r ? r->path : "/none/";
    w.sql += " AND e.region_path >= ? AND e.region_path < ?";
    w.params.push_back(path);
    w.params.push_back(api::PathUpperBound(path));
  }
  if (!f.industry.empty()) {
    w.sql += " AND e.industry = ?";
    w.params.push_back(f.industry);
  }
  if (!f.supervision.empty()) {
    w.sql += " AND e.supervision = ?";
    w.params.push_back(f.supervision);
  }
  if (!f.status.empty()) {
    w.sql += " AND e.status = ?";
    w.params.push_back(f.status);
  }
  return w;
}

std::vector<Value> Params(const EnterpriseInput& in, const std::string& warning) {
  const RegionInfo* r = RegionIndex::Global().Find(in.region_code);
  auto industry = ParseIndustry(in.industry);
  std::string supervision(SupervisionValue(SupervisionFor(*industry)));
  return {in.name, core::AsciiLower(in.name), in.uscc, in.region_code, r ? r->path : "",
          in.industry, in.industry_code, supervision, in.scale, in.address,
          in.legal_representative, in.contact_phone, storage::Nullable(in.employees),
          in.park_name, storage::Nullable(in.latitude), storage::Nullable(in.longitude),
          warning.empty() ? Value(nullptr) : Value(warning)};
}

}  // namespace

EnterprisePage ListEnterprises(storage::Connection& conn, const api::Scope& scope,
                               const EnterpriseFilter& f, int64_t limit, int64_t offset) {
  api::SqlFilter w = BuildWhere(scope, f);
  EnterprisePage page;
  auto count = conn.Query("SELECT COUNT(*) AS n FROM enterprises e" + w.sql, w.params);
  page.total = count.Int(0, "n");
  bool desc = !f.sort.empty() && f.sort[0] == '-';
  std::string col = desc ? f.sort.substr(1) : f.sort;
  // Chinese names sort by their bytes, which for UTF-8 groups by character, not pinyin.
  std::string order = " ORDER BY e." + col + (desc ? " DESC" : " ASC") + ", e.id" +
                      (desc ? " DESC" : " ASC");
  auto params = w.params;
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(std::string("SELECT ") + kColumns +
                           " FROM enterprises e JOIN regions r ON r.code = e.region_code" + w.sql +
                           order + " LIMIT ? OFFSET ?",
                       params);
  page.items.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) page.items.push_back(Row(rs, i));
  return page;
}

std::optional<Enterprise> GetEnterprise(storage::Connection& conn, const api::Scope& scope,
                                        int64_t id) {
  auto sf = api::ScopeSql(scope, "e.region_path", "e.id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string("SELECT ") + kColumns +
                           " FROM enterprises e JOIN regions r ON r.code = e.region_code "
                           "WHERE e.id = ? AND " +
                           sf.sql,
                       params);
  if (rs.empty()) return std::nullopt;
  return Row(rs, 0);
}

bool UsccTaken(storage::Connection& conn, const std::string& uscc, int64_t except_id) {
  auto rs = conn.Query("SELECT id FROM enterprises WHERE uscc = ? AND id <> ?", {uscc, except_id});
  return !rs.empty();
}

int64_t InsertEnterprise(storage::Connection& conn, const EnterpriseInput& in,
                         const std::string& uscc_warning, const std::string& now) {
  auto p = Params(in, uscc_warning);
  p.push_back(now);
  p.push_back(now);
  auto rs = conn.Query(
      "INSERT INTO enterprises (name, name_lower, uscc, region_code, region_path, industry, "
      "industry_code, supervision, scale, address, legal_representative, contact_phone, "
      "employees, park_name, latitude, longitude, uscc_warning, created_at, updated_at) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
      p);
  return rs.Int(0, "id");
}

void UpdateEnterpriseFields(storage::Connection& conn, int64_t id, const EnterpriseInput& in,
                      const std::string& uscc_warning, const std::string& now) {
  auto p = Params(in, uscc_warning);
  p.push_back(now);
  p.push_back(id);
  conn.Exec(
      "UPDATE enterprises SET name = ?, name_lower = ?, uscc = ?, region_code = ?, "
      "region_path = ?, industry = ?, industry_code = ?, supervision = ?, scale = ?, "
      "address = ?, legal_representative = ?, contact_phone = ?, employees = ?, park_name = ?, "
      "latitude = ?, longitude = ?, uscc_warning = ?, updated_at = ? WHERE id = ?",
      p);
}

void UpdateEnterpriseStatus(storage::Connection& conn, int64_t id, const std::string& status,
                            const std::string& now) {
  conn.Exec("UPDATE enterprises SET status = ?, updated_at = ? WHERE id = ?", {status, now, id});
}

std::vector<EnterpriseChange> EnterpriseHistory(storage::Connection& conn, int64_t id) {
  auto rs = conn.Query(
      "SELECT id, at, actor_name, action, before_json, after_json FROM audit_log "
      "WHERE entity = 'enterprise' AND entity_id = ? ORDER BY id DESC LIMIT 200",
      {std::to_string(id)});
  std::vector<EnterpriseChange> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i)
    out.push_back({rs.Int(i, "id"), rs.Text(i, "at"), rs.Text(i, "actor_name"),
                   rs.Text(i, "action"), rs.Text(i, "before_json"), rs.Text(i, "after_json")});
  return out;
}

std::optional<std::string> EnterpriseRegionInScope(storage::Connection& conn,
                                                   const api::Scope& scope, int64_t enterprise_id) {
  auto sf = api::ScopeSql(scope, "region_path", "id");
  std::vector<Value> params{enterprise_id};
  params.insert(params.end(), sf.params.begin(), sf.params.end());
  auto rs = conn.Query("SELECT region_path FROM enterprises WHERE id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return rs.Text(0, "region_path");
}

}  // namespace anjian::registry
