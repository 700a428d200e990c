#include "registry/responsibility_store.hpp"

#include "registry/region_index.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/like.hpp"

namespace anjian::registry {

namespace json = boost::json;
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

json::object RowJson(const storage::ResultSet& rs, size_t i) {
  json::object o;
  o["id"] = rs.Int(i, "id");
  o["owner_kind"] = rs.Text(i, "owner_kind");
  auto id_or_null = [&](const char* col) -> json::value {
    if (rs.IsNull(i, col)) return nullptr;
    return rs.Int(i, col);
  };
  o["agency_id"] = id_or_null("agency_id");
  o["enterprise_id"] = id_or_null("enterprise_id");
  o["owner_name"] = rs.Text(i, "owner_name");
  o["region_code"] = rs.Text(i, "region_code");
  const RegionInfo* region = RegionIndex::Global().Find(rs.Text(i, "region_code"));
  o["region_name"] = region ? region->name : "";
  o["person_name"] = rs.Text(i, "person_name");
  o["position"] = rs.Text(i, "position");
  o["unit_name"] = rs.Text(i, "unit_name");
  o["kind"] = rs.Text(i, "kind");
  o["phone"] = rs.Text(i, "phone");
  o["duties"] = rs.Text(i, "duties");
  o["status"] = rs.Text(i, "status");
  o["created_at"] = rs.Text(i, "created_at");
  o["updated_at"] = rs.Text(i, "updated_at");
  return o;
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

const std::vector<std::string>& ResponsibilityKinds() {
  static const std::vector<std::string> kKinds = {"principal",     "deputy",
                                                  "safety_officer", "internal_unit",
                                                  "accountable_person", "other"};
  return kKinds;
}

ResponsibilityFilter ParseResponsibilityFilter(const QueryMap& query) {
  QueryFilter qf(query);
  ResponsibilityFilter f;
  f.owner_kind = qf.OneOf("owner_kind", {"agency", "enterprise"});
  f.agency_id = qf.Id("agency_id");
  f.enterprise_id = qf.Id("enterprise_id");
  f.region_code = qf.Text("region_code", 20);
  if (!f.region_code.empty() && !RegionIndex::Global().Find(f.region_code))
    qf.AddError({"region_code", "region_unknown", "unknown region code", "未知的行政区划代码"});
  f.kind = qf.OneOf("kind", ResponsibilityKinds());
  f.q = qf.Text("q");
  f.status = qf.OneOf("status", {"active", "inactive"});
  qf.Finish();
  return f;
}

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
  for (size_t i = 0; i < rs.size(); ++i) page.items.push_back(RowJson(rs, i));
  return page;
}

std::optional<json::object> GetResponsibility(storage::Connection& conn, const api::Scope& scope,
                                              int64_t id) {
  auto sf = api::ScopeSql(scope, "r.region_path", "r.enterprise_id");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kSelect) + kFrom + " WHERE r.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return RowJson(rs, 0);
}

int64_t InsertResponsibility(storage::Connection& conn, const ResponsibilityRecord& r) {
  std::string now = storage::NowIso();
  return conn
      .Query(
          "INSERT INTO responsibilities (owner_kind, agency_id, enterprise_id, region_path, "
          "person_name, position, unit_name, kind, phone, duties, status, created_at, updated_at) "
          "VALUES (?,?,?,?,?,?,?,?,?,?,'active',?,?) RETURNING id",
          {r.owner_kind, storage::Nullable(r.agency_id), storage::Nullable(r.enterprise_id), r.region_path,
           r.person_name, r.position, r.unit_name, r.kind, r.phone, r.duties, now, now})
      .Int(0, "id");
}

void UpdateResponsibility(storage::Connection& conn, int64_t id, const ResponsibilityRecord& r) {
  conn.Exec(
      "UPDATE responsibilities SET owner_kind = ?, agency_id = ?, enterprise_id = ?, "
      "region_path = ?, person_name = ?, position = ?, unit_name = ?, kind = ?, phone = ?, "
      "duties = ?, updated_at = ? WHERE id = ?",
      {r.owner_kind, storage::Nullable(r.agency_id), storage::Nullable(r.enterprise_id), r.region_path,
       r.person_name, r.position, r.unit_name, r.kind, r.phone, r.duties, storage::NowIso(), id});
}

void SetResponsibilityStatus(storage::Connection& conn, int64_t id, const std::string& status) {
  conn.Exec("UPDATE responsibilities SET status = ?, updated_at = ? WHERE id = ?",
            {status, storage::NowIso(), id});
}

const std::vector<std::string>& ResponsibilityExportHeaders() {
  static const std::vector<std::string> kHeaders = {
      "ID", "主体类型", "责任主体", "行政区划", "姓名", "职务", "部门/单位",
      "责任类别", "联系电话", "职责", "状态"};
  return kHeaders;
}

std::vector<office::Cell> ResponsibilityExportRow(const json::object& r) {
  static const std::vector<std::pair<std::string, std::string>> kKindZh = {
      {"principal", "主要负责人"},        {"deputy", "分管负责人"},
      {"safety_officer", "安全管理人员"}, {"internal_unit", "内设机构"},
      {"accountable_person", "包保责任人"}, {"other", "其他"}};
  auto text = [&](const char* k) { return std::string(r.at(k).as_string()); };
  std::string kind = text("kind");
  for (const auto& [v, zh] : kKindZh)
    if (v == kind) kind = zh;
  return {r.at("id").as_int64(),
          text("owner_kind") == "agency" ? "监管部门" : "企业",
          text("owner_name"),
          text("region_name"),
          text("person_name"),
          text("position"),
          text("unit_name"),
          kind,
          text("phone"),
          text("duties"),
          text("status") == "active" ? "有效" : "已停用"};
}

}  // namespace anjian::registry
