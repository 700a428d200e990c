#include "audit/audit_repository.hpp"

#include "platform/api/principal.hpp"
#include "platform/storage/like.hpp"
#include "platform/storage/nullable.hpp"
#include "platform/storage/sql.hpp"

namespace anjian::audit {

using storage::Value;

namespace {

constexpr const char* kColumns =
    "SELECT id, at, actor_id, actor_name, ip, action, entity, entity_id, before_json, "
    "after_json, prev_hash, hash FROM audit_log";

AuditEntry EntryAt(const storage::ResultSet& rs, size_t i) {
  return AuditEntry{rs.Int(i, "id"),          rs.Text(i, "at"),
                    rs.OptInt(i, "actor_id"), rs.Text(i, "actor_name"),
                    rs.Text(i, "ip"),         rs.Text(i, "action"),
                    rs.Text(i, "entity"),     rs.Text(i, "entity_id"),
                    rs.OptText(i, "before_json"), rs.OptText(i, "after_json"),
                    rs.Text(i, "prev_hash"),  rs.Text(i, "hash")};
}

std::optional<AuditHead> HeadOf(const storage::ResultSet& rs) {
  if (rs.empty()) return std::nullopt;
  return AuditHead{rs.Int(0, "last_id"), rs.Text(0, "last_hash")};
}

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

}  // namespace

std::optional<AuditHead> LockHead(storage::Connection& conn) {
  return HeadOf(conn.Query("SELECT last_id, last_hash FROM audit_head WHERE id = 1" +
                           storage::ForUpdate(conn)));
}

std::optional<AuditHead> ReadHead(storage::Connection& conn) {
  return HeadOf(conn.Query("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
}

void InsertHead(storage::Connection& conn, const AuditHead& head) {
  conn.Exec("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?)",
            {head.last_id, head.last_hash});
}

void UpdateHead(storage::Connection& conn, const AuditHead& head) {
  conn.Exec("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1",
            {head.last_id, head.last_hash});
}

void InsertEntry(storage::Connection& conn, const AuditEntry& e) {
  conn.Exec(
      "INSERT INTO audit_log (id, at, actor_id, actor_name, ip, action, entity, entity_id, "
      "before_json, after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
      {e.id, e.at, storage::Nullable(e.actor_id), e.actor_name, e.ip, e.action, e.entity,
       e.entity_id, storage::Nullable(e.before_json), storage::Nullable(e.after_json),
       e.prev_hash, e.hash});
}

std::vector<AuditEntry> EntriesAfter(storage::Connection& conn, int64_t after_id, int64_t limit) {
  auto rs = conn.Query(std::string(kColumns) + " WHERE id > ? ORDER BY id LIMIT ?",
                       {after_id, limit});
  std::vector<AuditEntry> out;
  out.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) out.push_back(EntryAt(rs, i));
  return out;
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
  auto rs = conn.Query(kColumns + w.sql + " ORDER BY id DESC LIMIT ? OFFSET ?", params);
  page.items.reserve(rs.size());
  for (size_t i = 0; i < rs.size(); ++i) page.items.push_back(EntryAt(rs, i));
  if (!with_total) page.total = static_cast<int64_t>(page.items.size());
  return page;
}

}  // namespace anjian::audit
