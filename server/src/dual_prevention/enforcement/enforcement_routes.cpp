// /api/v1/enforcement-inspections: regulator enforcement inspections with their rectification
// order, findings (hidden dangers) and enforcement actions. Enterprises read their own.
#include <boost/json.hpp>

#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "core/civil_date.hpp"
#include "dual_prevention/enforcement/enforcement_service.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_service.hpp"

namespace anjian::hazard {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

struct ListQuery {
  std::optional<int64_t> enterprise_id;
  std::string from, to;
};

ListQuery ReadListQuery(const Context& ctx) {
  ListQuery q;
  std::vector<FieldError> errors;
  if (auto e = ctx.req.Query("enterprise_id"); e && !e->empty()) {
    if (e->size() > 18 || e->find_first_not_of("0123456789") != std::string::npos)
      errors.push_back({"enterprise_id", "type", "must be an integer", "类型错误，应为整数"});
    else
      q.enterprise_id = std::stoll(*e);
  }
  for (auto [key, out] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    std::string v = api::Trim(ctx.req.Query(key).value_or(""));
    if (v.empty()) continue;
    if (!domain::dual_prevention::ParseIsoDate(v))
      errors.push_back({key, "date_invalid", std::string(key) + " must be a date YYYY-MM-DD",
                        "日期须为 YYYY-MM-DD 格式"});
    else
      *out = v;
  }
  if (!errors.empty()) throw ApiException{Error::Validation(std::move(errors))};
  return q;
}

Response List(Context& ctx) {
  auto q = ReadListQuery(ctx);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result = ListEnforcementInspections(*conn, ctx.scope(), q.enterprise_id, q.from, q.to,
                                           size, (page - 1) * size);
  json::array items;
  for (auto& o : result.items) items.push_back(std::move(o));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

Response Export(Context& ctx) {
  auto q = ReadListQuery(ctx);
  auto conn = ctx.svc.db->Acquire();
  auto result = ListEnforcementInspections(*conn, ctx.scope(), q.enterprise_id, q.from, q.to,
                                           50000, 0);
  std::vector<std::vector<office::Cell>> rows;
  for (const auto& o : result.items)
    rows.push_back({o.at("id").as_int64(), std::string(o.at("enterprise_name").as_string()),
                    std::string(o.at("inspected_on").as_string()),
                    std::string(o.at("inspectors").as_string()),
                    std::string(o.at("order_no").as_string()),
                    std::string(o.at("order_deadline").as_string()),
                    o.at("findings_count").as_int64(), o.at("open_findings_count").as_int64()});
  return api::XlsxDownload("执法检查.xlsx", "执法检查",
                           {"编号", "企业", "检查日期", "检查人员", "责令整改文书号", "整改期限",
                            "发现隐患", "未销号隐患"},
                           rows);
}

Response Create(Context& ctx) {
  const json::object body = api::ParseJsonBody(ctx.req.body);  // 400/422 before anything else
  auto conn = ctx.svc.db->Acquire();
  notifications::PendingPushes pushes(*ctx.svc.clock);
  int64_t id;
  {
    storage::Transaction tx(*conn);
    id = CreateEnforcementInspection(*conn, ctx.who(), body, pushes);
    tx.Commit();
  }
  pushes.Flush(ctx.svc.notifier, *conn);
  return api::JsonResponse(*GetEnforcementInspection(*conn, ctx.scope(), id), 201);
}

Response Get(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto o = GetEnforcementInspection(*conn, ctx.scope(), ctx.PathId());
  if (!o) throw ApiException{Error::NotFound("enforcement inspection")};
  return api::JsonResponse(*o);
}

Response AddAction(Context& ctx) {
  int64_t id = ctx.PathId();
  const json::object body = api::ParseJsonBody(ctx.req.body);  // 400/422 before anything else
  auto conn = ctx.svc.db->Acquire();
  {
    storage::Transaction tx(*conn);
    AddEnforcementAction(*conn, ctx.who(), id, body);
    tx.Commit();
  }
  return api::JsonResponse(*GetEnforcementInspection(*conn, ctx.scope(), id), 201);
}

}  // namespace

void RegisterEnforcementRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/enforcement-inspections", "hidden_danger:read", List);
  r.Add("GET", "/api/v1/enforcement-inspections/export", "hidden_danger:read", Export);
  r.Add("POST", "/api/v1/enforcement-inspections", "enforcement:write", Create);
  r.Add("GET", "/api/v1/enforcement-inspections/{id}", "hidden_danger:read", Get);
  r.Add("POST", "/api/v1/enforcement-inspections/{id}/actions", "enforcement:write", AddAction);
}

}  // namespace anjian::hazard
