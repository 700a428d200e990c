#include "audit/audit_query.hpp"

#include "platform/api/principal.hpp"
#include "platform/storage/like.hpp"

#include <boost/json.hpp>

namespace anjian::audit {

namespace json = boost::json;
using storage::Value;

namespace {

api::SqlFilter BuildWhere(const AuditFilter& f) {
  api::SqlFilter w{" WHERE 1=1", {}};
  if (!f.actor.empty()) {
    w.sql += " AND " + storage::LikeContains("actor_name");
    w.params.push_back(storage::ContainsPattern(f.actor));
  }
  auto exact = [&](const char* col, const std::string& v) {
    if (v.empty()) return;
    w.sql += std::string(" AND ") + col + " = ?";
    w.params.push_back(v);
  };
  exact("action", f.action);
  exact("entity", f.entity);
  exact("entity_id", f.entity_id);
  // `at` is fixed-width ISO text, so day bounds compare as text and use ix_audit_at.
  if (!f.from.empty()) {
    w.sql += " AND at >= ?";
    w.params.push_back(f.from + "T00:00:00Z");
  }
  if (!f.to.empty()) {
    w.sql += " AND at <= ?";
    w.params.push_back(f.to + "T23:59:59Z");
  }
  return w;
}

json::value ParsedOrNull(const storage::ResultSet& rs, size_t i, const char* col) {
  if (rs.IsNull(i, col)) return nullptr;
  boost::system::error_code ec;
  json::value v = json::parse(rs.Text(i, col), ec);
  if (ec) return json::string(rs.Text(i, col));  // never hide what was recorded
  return v;
}

}  // namespace

AuditFilter ParseAuditFilter(const registry::QueryMap& query) {
  registry::QueryFilter qf(query);
  AuditFilter f;
  f.actor = qf.Text("actor", 64);
  f.action = qf.Text("action", 64);
  f.entity = qf.Text("entity", 64);
  f.entity_id = qf.Text("entity_id", 64);
  f.from = qf.Date("from");
  f.to = qf.Date("to");
  if (!f.from.empty() && !f.to.empty() && f.from > f.to)
    qf.AddError({"to", "date_range", "must not be before 'from'", "结束日期不能早于开始日期"});
  qf.Finish();
  return f;
}

json::object AuditFilterJson(const AuditFilter& f) {
  json::object o;
  auto put = [&](const char* k, const std::string& v) {
    if (!v.empty()) o[k] = v;
  };
  put("actor", f.actor);
  put("action", f.action);
  put("entity", f.entity);
  put("entity_id", f.entity_id);
  put("from", f.from);
  put("to", f.to);
  return o;
}

AuditPage QueryAuditLog(storage::Connection& conn, const AuditFilter& f, int64_t limit,
                        int64_t offset, bool with_total) {
  api::SqlFilter w = BuildWhere(f);
  AuditPage page;
  if (with_total)
    page.total = conn.Query("SELECT COUNT(*) AS n FROM audit_log" + w.sql, w.params).Int(0, "n");
  auto params = w.params;
  params.push_back(limit);
  params.push_back(offset);
  auto rs = conn.Query(
      "SELECT id, at, actor_id, actor_name, ip, action, entity, entity_id, before_json, "
      "after_json, hash FROM audit_log" +
          w.sql + " ORDER BY id DESC LIMIT ? OFFSET ?",
      params);
  page.items.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) {
    json::object o;
    o["id"] = rs.Int(i, "id");
    o["at"] = rs.Text(i, "at");
    if (rs.IsNull(i, "actor_id")) o["actor_id"] = nullptr;
    else o["actor_id"] = rs.Int(i, "actor_id");
    o["actor_name"] = rs.Text(i, "actor_name");
    o["ip"] = rs.Text(i, "ip");
    o["action"] = rs.Text(i, "action");
    o["entity"] = rs.Text(i, "entity");
    o["entity_id"] = rs.Text(i, "entity_id");
    o["before"] = ParsedOrNull(rs, i, "before_json");
    o["after"] = ParsedOrNull(rs, i, "after_json");
    o["hash"] = rs.Text(i, "hash");
    page.items.push_back(std::move(o));
  }
  if (!with_total) page.total = static_cast<int64_t>(page.items.size());
  return page;
}

}  // namespace anjian::audit
