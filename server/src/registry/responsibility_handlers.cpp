// /api/v1/responsibilities: the responsibility matrix (三管三必须). Handlers read and check
// the record (its owner must lie in the caller's jurisdiction), call responsibility_service
// and render the answer.
#include <algorithm>
#include <boost/json.hpp>

#include "core/core_errors.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/enterprise_rules.hpp"
#include "registry/handlers.hpp"
#include "registry/query_filter.hpp"
#include "registry/region_index.hpp"
#include "registry/registry_errors.hpp"
#include "registry/registry_json.hpp"
#include "registry/responsibility_rules.hpp"
#include "registry/responsibility_service.hpp"

namespace anjian::registry {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

std::string JoinValues(const std::vector<std::string>& values) {
  std::string list;
  for (const auto& v : values) list += (list.empty() ? "" : ", ") + v;
  return list;
}

// 422 on unknown values.
ResponsibilityFilter ParseResponsibilityFilter(const QueryMap& query) {
  QueryFilter qf(query);
  ResponsibilityFilter f;
  f.owner_kind = qf.OneOf("owner_kind", ResponsibilityOwnerKinds());
  f.agency_id = qf.Id("agency_id");
  f.enterprise_id = qf.Id("enterprise_id");
  f.region_code = qf.Text("region_code", 20);
  if (!f.region_code.empty() && !RegionIndex::Global().Find(f.region_code))
    qf.AddError(Err("region_unknown").At("region_code", f.region_code));
  f.kind = qf.OneOf("kind", ResponsibilityKindValues());
  f.q = qf.Text("q");
  f.status = qf.OneOf("status", {"active", "inactive"});
  qf.Finish();
  return f;
}

// Reads and validates the whole record, owner included; every problem is reported at once.
ResponsibilityRecord ReadRecord(api::JsonInput& in, storage::Connection& conn,
                                const api::Scope& scope) {
  ResponsibilityRecord r;
  r.owner_kind = in.Str("owner_kind", true, 20);
  r.agency_id = in.Int("agency_id");
  r.enterprise_id = in.Int("enterprise_id");
  r.person_name = in.Str("person_name", true, kPersonNameMax);
  r.position = in.Str("position", false, 100);
  r.unit_name = in.Str("unit_name", false, 100);
  r.kind = in.Str("kind", true, 40);
  r.phone = in.Str("phone", false, 40);
  r.duties = in.Str("duties", false, 2000);
  const auto& kinds = ResponsibilityKindValues();
  if (!r.kind.empty() && std::find(kinds.begin(), kinds.end(), r.kind) == kinds.end())
    in.AddError(core::CoreErr("kind_invalid").At("kind", JoinValues(kinds), JoinValues(kinds)));
  if (!r.phone.empty() && !IsValidPhone(r.phone)) in.AddError(core::CoreErr("phone_format").At("phone"));
  // The owner named by `field` (its kind's id), which the other id must leave empty.
  auto owner = [&](const char* field, const std::optional<int64_t>& id, const char* other_field,
                   const std::optional<int64_t>& other) {
    if (other)
      in.AddError(Err("owner_mismatch")
                      .At(other_field, r.owner_kind, OwnerKindLabelZh(r.owner_kind)));
    if (!id) {
      if (!in.Has(field)) in.AddError(core::CoreErr("required").At(field));
    } else if (auto path = OwnerRegionPath(conn, scope, r.owner_kind, *id)) {
      r.region_path = *path;
    } else {
      in.AddError(Err("owner_out_of_scope").At(field));
    }
  };
  if (r.owner_kind == "agency") {
    owner("agency_id", r.agency_id, "enterprise_id", r.enterprise_id);
  } else if (r.owner_kind == "enterprise") {
    owner("enterprise_id", r.enterprise_id, "agency_id", r.agency_id);
  } else if (!r.owner_kind.empty()) {
    const std::string kinds = JoinValues(ResponsibilityOwnerKinds());
    in.AddError(Err("owner_kind_invalid").At("owner_kind", kinds, kinds));
  }
  in.Finish();
  return r;
}

const std::vector<std::string>& ExportHeaders() {
  static const std::vector<std::string> kHeaders = {
      "ID", "主体类型", "责任主体", "行政区划", "姓名", "职务", "部门/单位",
      "责任类别", "联系电话", "职责", "状态"};
  return kHeaders;
}

std::vector<office::Cell> ExportRow(const Responsibility& r) {
  std::string kind(ResponsibilityKindLabelZh(r.kind).value_or(r.kind));
  return {r.id,
          std::string(OwnerKindLabelZh(r.owner_kind)),
          r.owner_name,
          r.region_name,
          r.person_name,
          r.position,
          r.unit_name,
          kind,
          r.phone,
          r.duties,
          r.status == "active" ? "有效" : "已停用"};
}

}  // namespace

Response ListResponsibilitiesHandler(Context& ctx) {
  auto f = ParseResponsibilityFilter(ctx.req.query);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result = ListResponsibilities(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array items;
  items.reserve(result.items.size());
  for (const auto& r : result.items) items.push_back(ResponsibilityJson(r));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

Response ExportResponsibilitiesHandler(Context& ctx) {
  auto f = ParseResponsibilityFilter(ctx.req.query);
  auto conn = ctx.svc.db->Acquire();
  auto result = ListResponsibilities(*conn, ctx.scope(), f, 1000000, 0);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(result.items.size());
  for (const auto& r : result.items) rows.push_back(ExportRow(r));
  return api::XlsxDownload("安全生产责任体系.xlsx", "责任体系", ExportHeaders(), rows);
}

Response CreateResponsibilityHandler(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  api::JsonInput in(ctx.req.body);
  auto record = ReadRecord(in, *conn, ctx.scope());
  return api::JsonResponse(
      ResponsibilityJson(CreateResponsibility(*conn, ctx.who(), record, *ctx.svc.clock)), 201);
}

Response UpdateResponsibilityHandler(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  // A record outside the scope is 404 before anything about the input is said.
  RequireResponsibility(*conn, ctx.scope(), id);
  api::JsonInput in(ctx.req.body);
  auto record = ReadRecord(in, *conn, ctx.scope());
  return api::JsonResponse(
      ResponsibilityJson(UpdateResponsibility(*conn, ctx.who(), id, record, *ctx.svc.clock)));
}

Response DeactivateResponsibilityHandler(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  return api::JsonResponse(
      ResponsibilityJson(DeactivateResponsibility(*conn, ctx.who(), id, *ctx.svc.clock)));
}

}  // namespace anjian::registry
