// /api/v1/audit-log handlers: the security auditor's read-only view of the hash-chained audit
// log. There is deliberately no handler that changes or deletes an entry. Exports are
// themselves audited (audit_service.cpp).
#include "audit/audit_handlers.hpp"

#include <boost/json.hpp>

#include "audit/audit_repository.hpp"
#include "audit/audit_service.hpp"
#include "platform/api/actor.hpp"
#include "platform/api/api_errors.hpp"
#include "platform/api/xlsx_response.hpp"
#include "registry/query_filter.hpp"

namespace anjian::audit {

namespace json = boost::json;
using api::Context;
using api::Response;

namespace {

constexpr int64_t kExportCap = 100000;

// 422 on malformed dates or `from` after `to`.
AuditFilter ParseFilter(const registry::QueryMap& query) {
  registry::QueryFilter qf(query);
  AuditFilter f;
  f.actor = qf.Text("actor", 64);
  f.action = qf.Text("action", 64);
  f.entity = qf.Text("entity", 64);
  f.entity_id = qf.Text("entity_id", 64);
  f.from = qf.Date("from");
  f.to = qf.Date("to");
  if (!f.from.empty() && !f.to.empty() && f.from > f.to) qf.AddError(api::Err("date_range").At("to"));
  qf.Finish();
  return f;
}

// Stored JSON text as JSON; text that does not parse is shown as it is (never hide what was
// recorded).
json::value ParsedOrNull(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  boost::system::error_code ec;
  json::value v = json::parse(*text, ec);
  if (ec) return json::string(*text);
  return v;
}

json::object EntryJson(const AuditEntry& e) {
  json::object o;
  o["id"] = e.id;
  o["at"] = e.at;
  if (e.actor_id) o["actor_id"] = *e.actor_id;
  else o["actor_id"] = nullptr;
  o["actor_name"] = e.actor_name;
  o["ip"] = e.ip;
  o["action"] = e.action;
  o["entity"] = e.entity;
  o["entity_id"] = e.entity_id;
  o["before"] = ParsedOrNull(e.before_json);
  o["after"] = ParsedOrNull(e.after_json);
  o["hash"] = e.hash;
  return o;
}

std::string JsonText(const json::value& v) { return v.is_null() ? "" : json::serialize(v); }

}  // namespace

Response ListEntries(Context& ctx) {
  auto f = ParseFilter(ctx.req.query);
  auto [page, size] = ctx.Paging();
  auto conn = ctx.svc.db->Acquire();
  auto result = QueryAuditLog(*conn, f, size, (page - 1) * size);
  json::array items;
  items.reserve(result.items.size());
  for (const auto& e : result.items) items.push_back(EntryJson(e));
  return api::JsonResponse(api::PageJson(std::move(items), result.total, page, size));
}

Response ExportEntries(Context& ctx) {
  auto f = ParseFilter(ctx.req.query);
  auto conn = ctx.svc.db->Acquire();
  auto result = audit::ExportAuditLog(*conn, api::ActorOf(ctx), f, kExportCap);
  std::vector<std::vector<office::Cell>> rows;
  rows.reserve(result.items.size());
  for (const auto& e : result.items) {
    rows.push_back({e.id, e.at, e.actor_id ? office::Cell(*e.actor_id) : office::Cell(),
                    e.actor_name, e.ip, e.action, e.entity, e.entity_id,
                    JsonText(ParsedOrNull(e.before_json)), JsonText(ParsedOrNull(e.after_json)),
                    e.hash});
  }
  auto resp = api::XlsxDownload("审计日志.xlsx", "审计日志",
                                {"序号", "时间", "操作人ID", "操作人", "IP", "操作", "对象",
                                 "对象ID", "变更前", "变更后", "哈希"},
                                rows);
  if (result.truncated) resp.headers.emplace_back("X-Export-Truncated", std::to_string(kExportCap));
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

}  // namespace anjian::audit
