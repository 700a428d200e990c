// /api/v1/agencies: the regulator offices (工信局/经发局), one bound to each region. Everyone
// with agency:read lists those in scope; the system administrator (org:manage) registers and
// edits them. Agencies are deactivated, never deleted: notices and users refer to them.
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "registry/enterprise_rules.hpp"
#include "registry/region_index.hpp"

namespace anjian::registry {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.name, a.region_code, r.name AS region_name, r.kind, a.phone, a.status, "
    "a.created_at FROM agencies a JOIN regions r ON r.code = a.region_code";

json::object AgencyJson(const storage::ResultSet& rs, size_t i) {
  return json::object{{"id", rs.Int(i, "id")},
                      {"name", rs.Text(i, "name")},
                      {"region_code", rs.Text(i, "region_code")},
                      {"region_name", rs.Text(i, "region_name")},
                      {"kind", rs.Text(i, "kind")},
                      {"phone", rs.Text(i, "phone")},
                      {"status", rs.Text(i, "status")},
                      {"created_at", rs.Text(i, "created_at")}};
}

std::optional<json::object> Find(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  auto sf = api::ScopeSql(scope, "a.region_path", "");
  auto params = sf.params;
  params.insert(params.begin(), id);
  auto rs = conn.Query(std::string(kSelect) + " WHERE a.id = ? AND " + sf.sql, params);
  if (rs.empty()) return std::nullopt;
  return AgencyJson(rs, 0);
}

Response List(Context& ctx) {
  auto sf = api::ScopeSql(ctx.scope(), "a.region_path", "");
  auto conn = ctx.svc.db->Acquire();
  auto rs = conn->Query(std::string(kSelect) + " WHERE " + sf.sql + " ORDER BY a.region_path, a.id",
                        sf.params);
  json::array items;
  for (size_t i = 0; i < rs.size(); ++i) items.push_back(AgencyJson(rs, i));
  return api::JsonResponse(json::object{{"items", std::move(items)}});
}

struct AgencyInput {
  std::string name, region_code, phone;
};

AgencyInput Read(api::JsonInput& in, bool creating) {
  AgencyInput a;
  a.name = in.Str("name", true, 100);
  if (!a.name.empty() && api::Utf8Length(a.name) < 2)
    in.AddError({"name", "min_length", "must be at least 2 characters", "至少 2 个字符"});
  if (creating) {
    a.region_code = in.Str("region_code", true, 20);
    if (!a.region_code.empty() && !RegionIndex::Global().Find(a.region_code))
      in.AddError({"region_code", "region_unknown", "unknown region code", "未知的行政区划代码"});
  }
  a.phone = in.Str("phone", false, 40);
  if (!a.phone.empty() && !domain::IsValidPhone(a.phone))
    in.AddError({"phone", "phone_format", "must be a mobile number or a landline like 0537-1234567",
                 "应为手机号或 0537-1234567 形式的固定电话"});
  in.Finish();
  return a;
}

Response Create(Context& ctx) {
  api::JsonInput in(ctx.req.body);
  AgencyInput a = Read(in, true);
  const RegionInfo* region = RegionIndex::Global().Find(a.region_code);
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto rs = conn->Query(
      "INSERT INTO agencies (region_code, region_path, name, phone, created_at) VALUES "
      "(?, ?, ?, ?, ?) RETURNING id",
      {a.region_code, region->path, a.name, a.phone, storage::NowIso()});
  int64_t id = rs.Int(0, "id");
  auto after = *Find(*conn, api::Scope{api::Scope::Kind::kAll}, id);
  audit::Append(*conn, api::ActorOf(ctx), "create", "agency", std::to_string(id), nullptr, after);
  tx.Commit();
  return api::JsonResponse(after, 201);
}

Response Update(Context& ctx) {
  int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  AgencyInput a = Read(in, false);
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = Find(*conn, ctx.scope(), id);
  if (!before) throw ApiException{Error::NotFound("agency")};
  conn->Exec("UPDATE agencies SET name = ?, phone = ? WHERE id = ?", {a.name, a.phone, id});
  auto after = *Find(*conn, ctx.scope(), id);
  audit::Append(*conn, api::ActorOf(ctx), "update", "agency", std::to_string(id), *before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

Response SetStatus(Context& ctx, const std::string& status) {
  int64_t id = ctx.PathId();
  api::JsonInput in(ctx.req.body);
  in.Finish();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = Find(*conn, ctx.scope(), id);
  if (!before) throw ApiException{Error::NotFound("agency")};
  if (before->at("status").as_string() == status)
    throw ApiException{Error::Conflict("the agency is already " + status, "机构已处于该状态")};
  conn->Exec("UPDATE agencies SET status = ? WHERE id = ?", {status, id});
  auto after = *Find(*conn, ctx.scope(), id);
  audit::Append(*conn, api::ActorOf(ctx), status == "active" ? "reactivate" : "deactivate",
                "agency", std::to_string(id), *before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

}  // namespace

void RegisterAgencyRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/agencies", "agency:read", List);
  r.Add("POST", "/api/v1/agencies", "org:manage", Create);
  r.Add("PUT", "/api/v1/agencies/{id}", "org:manage", Update);
  r.Add("POST", "/api/v1/agencies/{id}/deactivate", "org:manage",
        [](Context& c) { return SetStatus(c, "inactive"); });
  r.Add("POST", "/api/v1/agencies/{id}/reactivate", "org:manage",
        [](Context& c) { return SetStatus(c, "active"); });
}

}  // namespace anjian::registry
