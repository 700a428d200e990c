#include "registry/enterprise_store.hpp"

#include "core/error.hpp"
#include "registry/industry_rules.hpp"
#include "core/text.hpp"
#include "registry/query_filter.hpp"
#include "registry/region_index.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/like.hpp"

namespace anjian::registry {

namespace json = boost::json;
using storage::Value;

namespace {

constexpr const char* kColumns =
    "e.id, e.name, e.uscc, e.region_code, r.name AS region_name, e.industry, e.industry_code, "
    "e.supervision, e.scale, e.address, e.legal_representative, e.contact_phone, e.employees, "
    "e.park_name, e.latitude, e.longitude, e.status, e.uscc_warning, e.created_at, e.updated_at";

json::object RowJson(const storage::ResultSet& rs, size_t i) {
  json::object o;
  o.reserve(20);
  o["id"] = rs.Int(i, "id");
  o["name"] = rs.Text(i, "name");
  o["uscc"] = rs.Text(i, "uscc");
  o["region_code"] = rs.Text(i, "region_code");
  o["region_name"] = rs.Text(i, "region_name");
  o["industry"] = rs.Text(i, "industry");
  o["industry_code"] = rs.Text(i, "industry_code");
  o["supervision"] = rs.Text(i, "supervision");
  o["scale"] = rs.Text(i, "scale");
  o["address"] = rs.Text(i, "address");
  o["legal_representative"] = rs.Text(i, "legal_representative");
  o["contact_phone"] = rs.Text(i, "contact_phone");
  if (rs.IsNull(i, "employees")) o["employees"] = nullptr;
  else o["employees"] = rs.Int(i, "employees");
  o["park_name"] = rs.Text(i, "park_name");
  if (rs.IsNull(i, "latitude")) o["latitude"] = nullptr;
  else o["latitude"] = rs.Double(i, "latitude");
  if (rs.IsNull(i, "longitude")) o["longitude"] = nullptr;
  else o["longitude"] = rs.Double(i, "longitude");
  o["status"] = rs.Text(i, "status");
  if (rs.IsNull(i, "uscc_warning")) o["uscc_warning"] = nullptr;
  else o["uscc_warning"] = rs.Text(i, "uscc_warning");
  o["created_at"] = rs.Text(i, "created_at");
  o["updated_at"] = rs.Text(i, "updated_at");
  return o;
}

api::SqlFilter BuildWhere(const api::Scope& scope, const EnterpriseFilter& f) {
  auto sf = api::ScopeSql(scope, "e.region_path", "e.id");
  api::SqlFilter w{" WHERE " + sf.sql, sf.params};
  if (!f.q.empty()) {
    std::string pat = storage::ContainsPattern(domain::AsciiLower(f.q));
    std::string upat = storage::ContainsPattern(domain::AsciiUpper(f.q));
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

}  // namespace

EnterpriseFilter ParseEnterpriseFilter(const std::unordered_map<std::string, std::string>& query) {
  EnterpriseFilter f;
  std::vector<FieldError> errs;
  auto get = [&](const char* k) {
    auto it = query.find(k);
    return it == query.end() ? std::string() : domain::Trim(it->second);
  };
  f.q = get("q");
  if (f.q.size() > 100) errs.push_back({"q", "max_length", "must be at most 100 bytes", "关键字过长"});
  f.region_code = get("region_code");
  if (!f.region_code.empty() && !RegionIndex::Global().Find(f.region_code))
    errs.push_back({"region_code", "region_unknown", "unknown region code", "未知的行政区划代码"});
  f.industry = get("industry");
  if (!f.industry.empty() && !domain::ParseIndustry(f.industry))
    errs.push_back({"industry", "industry_invalid", "unknown industry", "未知的行业类别"});
  f.supervision = get("supervision");
  if (!f.supervision.empty() && !domain::ParseSupervision(f.supervision))
    errs.push_back({"supervision", "supervision_invalid", "must be supervision or industry_management",
                    "应为 supervision 或 industry_management"});
  f.status = get("status");
  if (!f.status.empty() && f.status != "active" && f.status != "inactive")
    errs.push_back({"status", "status_invalid", "must be active or inactive", "应为 active 或 inactive"});
  std::string sort = get("sort");
  if (!sort.empty()) {
    std::string col = sort[0] == '-' ? sort.substr(1) : sort;
    static const std::vector<std::string> kSortable = {"name", "uscc", "region_code", "created_at",
                                                       "employees", "industry", "updated_at"};
    if (std::find(kSortable.begin(), kSortable.end(), col) == kSortable.end())
      errs.push_back({"sort", "sort_invalid", "cannot sort by " + col, "不支持按该字段排序"});
    else
      f.sort = sort;
  }
  if (!errs.empty()) throw ApiException{Error::Validation(std::move(errs))};
  return f;
}

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
  for (size_t i = 0; i < rs.size(); ++i) page.items.push_back(RowJson(rs, i));
  return page;
}

std::optional<json::object> GetEnterprise(storage::Connection& conn, const api::Scope& scope,
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
  return RowJson(rs, 0);
}

bool UsccTaken(storage::Connection& conn, const std::string& uscc, int64_t except_id) {
  auto rs = conn.Query("SELECT id FROM enterprises WHERE uscc = ? AND id <> ?", {uscc, except_id});
  return !rs.empty();
}

namespace {
std::vector<Value> Params(const domain::EnterpriseInput& in, const std::string& warning) {
  const RegionInfo* r = RegionIndex::Global().Find(in.region_code);
  auto industry = domain::ParseIndustry(in.industry);
  std::string supervision(domain::SupervisionValue(domain::SupervisionFor(*industry)));
  return {in.name, domain::AsciiLower(in.name), in.uscc, in.region_code, r ? r->path : "", in.industry,
          in.industry_code, supervision, in.scale, in.address, in.legal_representative, in.contact_phone,
          storage::Nullable(in.employees), in.park_name, storage::Nullable(in.latitude),
          storage::Nullable(in.longitude), warning.empty() ? Value(nullptr) : Value(warning)};
}
}  // namespace

int64_t InsertEnterprise(storage::Connection& conn, const domain::EnterpriseInput& in,
                         const std::string& uscc_warning) {
  if (UsccTaken(conn, in.uscc))
    throw ApiException{Error::Validation({{"uscc", "uscc_duplicate",
                                           "another enterprise already has this code",
                                           "该统一社会信用代码已被其他企业使用"}})};
  auto p = Params(in, uscc_warning);
  std::string now = storage::NowIso();
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

void UpdateEnterprise(storage::Connection& conn, int64_t id, const domain::EnterpriseInput& in,
                      const std::string& uscc_warning) {
  if (UsccTaken(conn, in.uscc, id))
    throw ApiException{Error::Validation({{"uscc", "uscc_duplicate",
                                           "another enterprise already has this code",
                                           "该统一社会信用代码已被其他企业使用"}})};
  auto p = Params(in, uscc_warning);
  p.push_back(storage::NowIso());
  p.push_back(id);
  conn.Exec(
      "UPDATE enterprises SET name = ?, name_lower = ?, uscc = ?, region_code = ?, "
      "region_path = ?, industry = ?, industry_code = ?, supervision = ?, scale = ?, "
      "address = ?, legal_representative = ?, contact_phone = ?, employees = ?, park_name = ?, "
      "latitude = ?, longitude = ?, uscc_warning = ?, updated_at = ? WHERE id = ?",
      p);
}

}  // namespace anjian::registry
