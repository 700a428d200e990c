// /api/v1/audit-log: the security auditor's read-only view of the hash-chained audit log
// (audit:read, held by audit_admin alone). There is deliberately no route that changes or
// deletes an entry. Exports are themselves audited.
#include <boost/json.hpp>

#include "platform/api/actor.hpp"
#include "platform/api/router.hpp"
#include "platform/api/xlsx_response.hpp"
#include "audit/audit_log.hpp"
#include "audit/audit_query.hpp"

namespace anjian::audit {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr int64_t kExportCap = 100000;

Response List(Context& ctx) {
  auto f = ParseAuditFilter(ctx.req.query);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result = QueryAuditLog(*conn, f, size, (page - 1) * size);
  json::array items;
  items.reserve(result.items.size());
  for (auto& o : result.items) items.push_back(std::move(o));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

std::string JsonText(const json::value& v) { return v.is_null() ? "" : json::serialize(v); }

Response Export(Context& ctx) {
  auto f = ParseAuditFilter(ctx.req.query);
  auto conn = ctx.svc.db->Acquire();
  auto result = QueryAuditLog(*conn, f, kExportCap + 1, 0, false);
  bool truncated = result.items.size() > static_cast<size_t>(kExportCap);
  if (truncated) result.items.resize(kExportCap);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(result.items.size());
  for (const auto& o : result.items) {
    const auto& actor_id = o.at("actor_id");
    rows.push_back({o.at("id").as_int64(), std::string(o.at("at").as_string()),
                    actor_id.is_null() ? office::Cell() : office::Cell(actor_id.as_int64()),
                    std::string(o.at("actor_name").as_string()), std::string(o.at("ip").as_string()),
                    std::string(o.at("action").as_string()), std::string(o.at("entity").as_string()),
                    std::string(o.at("entity_id").as_string()), JsonText(o.at("before")),
                    JsonText(o.at("after")), std::string(o.at("hash").as_string())});
  }
  {
    storage::Transaction tx(*conn);
    Append(*conn, api::ActorOf(ctx.who()), "export", "audit_log", "", nullptr,
           json::object{{"filters", AuditFilterJson(f)},
                        {"rows", static_cast<int64_t>(rows.size())},
                        {"truncated", truncated}});
    tx.Commit();
  }
  auto resp = api::XlsxDownload("审计日志.xlsx", "审计日志",
                                {"序号", "时间", "操作人ID", "操作人", "IP", "操作", "对象",
                                 "对象ID", "变更前", "变更后", "哈希"},
                                rows);
  if (truncated) resp.headers.emplace_back("X-Export-Truncated", std::to_string(kExportCap));
  return resp;
}

Response VerifyChain(Context& ctx) {
  auto conn = ctx.svc.db->Acquire();
  auto r = Verify(*conn);
  json::object o{{"ok", r.ok}, {"checked", r.checked}};
  if (r.first_broken_id) o["first_broken_id"] = *r.first_broken_id;
  else o["first_broken_id"] = nullptr;
  o["reason"] = r.reason.empty() ? json::value(nullptr) : json::value(json::string(r.reason));
  if (r.ok) o["reason_zh"] = nullptr;
  else
    o["reason_zh"] = "审计日志完整性校验失败：第 " + std::to_string(r.first_broken_id.value_or(0)) +
                     " 条起记录被篡改或删除";
  return api::JsonResponse(o);
}

}  // namespace

void RegisterAuditRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/audit-log", "audit:read", List);
  r.Add("GET", "/api/v1/audit-log/export", "audit:read", Export);
  r.Add("GET", "/api/v1/audit-log/verify", "audit:read", VerifyChain);
}

}  // namespace anjian::audit
