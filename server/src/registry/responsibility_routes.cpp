// /api/v1/responsibilities: the responsibility matrix (三管三必须). The owner of a record (an
// agency or an enterprise) must lie in the caller's jurisdiction; the record inherits the
// owner's region path, which is what scoping filters on. Records are deactivated, never deleted.
#include <algorithm>
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/enterprise_rules.hpp"
#include "registry/org_lookup.hpp"
#include "registry/responsibility_store.hpp"

namespace anjian::registry {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

api::Scope AllScope() {
  api::Scope s;
  s.kind = api::Scope::Kind::kAll;
  return s;
}

// Reads and validates the whole record, owner included; every problem is reported at once.
ResponsibilityRecord ReadRecord(api::JsonInput& in, storage::Connection& conn,
                                const api::Scope& scope) {
  ResponsibilityRecord r;
  r.owner_kind = in.Str("owner_kind", true, 20);
  r.agency_id = in.Int("agency_id");
  r.enterprise_id = in.Int("enterprise_id");
  r.person_name = in.Str("person_name", true, domain::kPersonNameMax);
  r.position = in.Str("position", false, 100);
  r.unit_name = in.Str("unit_name", false, 100);
  r.kind = in.Str("kind", true, 40);
  r.phone = in.Str("phone", false, 40);
  r.duties = in.Str("duties", false, 2000);
  const auto& kinds = ResponsibilityKinds();
  if (!r.kind.empty() && std::find(kinds.begin(), kinds.end(), r.kind) == kinds.end())
    in.AddError({"kind", "kind_invalid",
                 "must be one of principal, deputy, safety_officer, internal_unit, "
                 "accountable_person, other",
                 "责任类别应为 principal、deputy、safety_officer、internal_unit、"
                 "accountable_person 或 other"});
  if (!r.phone.empty() && !domain::IsValidPhone(r.phone))
    in.AddError({"phone", "phone_format",
                 "must be a mobile (1xxxxxxxxxx) or landline (0537-2345678) number",
                 "应为手机号码（1xxxxxxxxxx）或固定电话（0537-2345678）"});
  auto out_of_scope = [&](const char* field) {
    in.AddError({field, "owner_out_of_scope", "unknown or outside your jurisdiction",
                 "责任主体不存在或超出本机构管辖范围"});
  };
  if (r.owner_kind == "agency") {
    if (r.enterprise_id)
      in.AddError({"enterprise_id", "owner_mismatch", "must be empty when owner_kind is agency",
                   "责任主体为监管部门时不能填写企业"});
    if (!r.agency_id) {
      if (!in.Has("agency_id")) in.AddError({"agency_id", "required", "is required", "必填"});
    } else if (auto org = FindAgency(conn, scope, *r.agency_id)) {
      r.region_path = org->region_path;
    } else {
      out_of_scope("agency_id");
    }
  } else if (r.owner_kind == "enterprise") {
    if (r.agency_id)
      in.AddError({"agency_id", "owner_mismatch", "must be empty when owner_kind is enterprise",
                   "责任主体为企业时不能填写监管部门"});
    if (!r.enterprise_id) {
      if (!in.Has("enterprise_id")) in.AddError({"enterprise_id", "required", "is required", "必填"});
    } else if (auto org = FindEnterprise(conn, scope, *r.enterprise_id)) {
      r.region_path = org->region_path;
    } else {
      out_of_scope("enterprise_id");
    }
  } else if (!r.owner_kind.empty()) {
    in.AddError({"owner_kind", "owner_kind_invalid", "must be agency or enterprise",
                 "责任主体类型应为 agency 或 enterprise"});
  }
  in.Finish();
  return r;
}

json::object Require(storage::Connection& conn, const api::Scope& scope, int64_t id) {
  auto r = GetResponsibility(conn, scope, id);
  if (!r) throw ApiException{Error::NotFound("responsibility")};
  return *r;
}

void Audit(storage::Connection& conn, const Context& ctx, const std::string& action, int64_t id,
           const json::value& before, const json::value& after) {
  audit::Append(conn, api::ActorOf(ctx), action, "responsibility", std::to_string(id), before,
                after);
}

Response List(Context& ctx) {
  auto f = ParseResponsibilityFilter(ctx.req.query);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result = ListResponsibilities(*conn, ctx.scope(), f, size, (page - 1) * size);
  json::array items;
  items.reserve(result.items.size());
  for (auto& o : result.items) items.push_back(std::move(o));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

Response Export(Context& ctx) {
  auto f = ParseResponsibilityFilter(ctx.req.query);
  auto conn = ctx.svc.db->Acquire();
  auto result = ListResponsibilities(*conn, ctx.scope(), f, 1000000, 0);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(result.items.size());
  for (const auto& o : result.items) rows.push_back(ResponsibilityExportRow(o));
  return api::XlsxDownload("安全生产责任体系.xlsx", "责任体系", ResponsibilityExportHeaders(), rows);
}

Response Create(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  api::JsonInput in(ctx.req.body);
  auto record = ReadRecord(in, *conn, ctx.scope());
  int64_t id = InsertResponsibility(*conn, record);
  auto after = *GetResponsibility(*conn, AllScope(), id);
  Audit(*conn, ctx, "create", id, nullptr, after);
  tx.Commit();
  return api::JsonResponse(after, 201);
}

Response Update(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = Require(*conn, ctx.scope(), id);
  api::JsonInput in(ctx.req.body);
  auto record = ReadRecord(in, *conn, ctx.scope());
  UpdateResponsibility(*conn, id, record);
  auto after = *GetResponsibility(*conn, AllScope(), id);
  Audit(*conn, ctx, "update", id, before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

Response Deactivate(Context& ctx) {
  int64_t id = ctx.PathId();
  auto conn = ctx.svc.db->Acquire();
  storage::Transaction tx(*conn);
  auto before = Require(*conn, ctx.scope(), id);
  if (before.at("status").as_string() == "inactive")
    throw ApiException{Error::Conflict("the record is already inactive", "该责任记录已停用")};
  SetResponsibilityStatus(*conn, id, "inactive");
  auto after = *GetResponsibility(*conn, AllScope(), id);
  Audit(*conn, ctx, "deactivate", id, before, after);
  tx.Commit();
  return api::JsonResponse(after);
}

}  // namespace

void RegisterResponsibilityRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/responsibilities", "responsibility:read", List);
  r.Add("GET", "/api/v1/responsibilities/export", "responsibility:read", Export);
  r.Add("POST", "/api/v1/responsibilities", "responsibility:write", Create);
  r.Add("PUT", "/api/v1/responsibilities/{id}", "responsibility:write", Update);
  r.Add("POST", "/api/v1/responsibilities/{id}/deactivate", "responsibility:write", Deactivate);
}

}  // namespace anjian::registry
