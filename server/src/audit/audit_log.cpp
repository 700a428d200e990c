#include "audit/audit_log.hpp"

#include <boost/json/serialize.hpp>

#include "core/hash_chain.hpp"
#include "platform/storage/nullable.hpp"

namespace anjian::audit {

std::string CanonicalPayload(int64_t id, const std::string& at, std::optional<int64_t> actor_id,
                             const std::string& actor_name, const std::string& ip,
                             const std::string& action, const std::string& entity,
                             const std::string& entity_id, const std::string& before_json,
                             const std::string& after_json) {
  // Unit separators keep field boundaries unambiguous whatever the field contents are.
  std::string p;
  auto add = [&](const std::string& s) {
    p += s;
    p += '\x1f';
  };
  add(std::to_string(id));
  add(at);
  add(actor_id ? std::to_string(*actor_id) : "");
  add(actor_name);
  add(ip);
  add(action);
  add(entity);
  add(entity_id);
  add(before_json);
  add(after_json);
  return p;
}

void Append(storage::Connection& conn, const Actor& actor, const std::string& action,
            const std::string& entity, const std::string& entity_id,
            const boost::json::value& before, const boost::json::value& after) {
  const bool pg = conn.dialect() == storage::Dialect::kPostgres;
  // FOR UPDATE serialises concurrent appenders on PostgreSQL; SQLite's BEGIN IMMEDIATE
  // already holds the database write lock.
  auto head = conn.Query(pg ? "SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE"
                            : "SELECT last_id, last_hash FROM audit_head WHERE id = 1");
  int64_t last_id = 0;
  std::string prev = domain::GenesisHash();
  if (head.empty()) {
    conn.Exec("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, ?)", {prev});
  } else {
    last_id = head.Int(0, "last_id");
    prev = head.Text(0, "last_hash");
  }
  int64_t id = last_id + 1;
  std::string at = storage::NowIso();
  std::string before_json = before.is_null() ? "" : boost::json::serialize(before);
  std::string after_json = after.is_null() ? "" : boost::json::serialize(after);
  std::string hash = domain::ChainHash(
      prev, CanonicalPayload(id, at, actor.id, actor.name, actor.ip, action, entity, entity_id,
                             before_json, after_json));
  conn.Exec(
      "INSERT INTO audit_log (id, at, actor_id, actor_name, ip, action, entity, entity_id, "
      "before_json, after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
      {id, at, storage::Nullable(actor.id), actor.name, actor.ip, action, entity, entity_id,
       before_json.empty() ? storage::Value(nullptr) : storage::Value(before_json),
       after_json.empty() ? storage::Value(nullptr) : storage::Value(after_json), prev, hash});
  conn.Exec("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1", {id, hash});
}

VerifyResult Verify(storage::Connection& conn) {
  VerifyResult r;
  std::string prev = domain::GenesisHash();
  int64_t expected_id = 1;
  int64_t after = 0;
  for (;;) {
    auto rs = conn.Query(
        "SELECT id, at, actor_id, actor_name, ip, action, entity, entity_id, before_json, "
        "after_json, prev_hash, hash FROM audit_log WHERE id > ? ORDER BY id LIMIT 5000",
        {after});
    if (rs.empty()) break;
    for (size_t i = 0; i < rs.size(); ++i) {
      int64_t id = rs.Int(i, "id");
      auto fail = [&](std::string why) {
        r.ok = false;
        r.first_broken_id = id;
        r.reason = std::move(why);
      };
      if (id != expected_id) {
        fail("entry " + std::to_string(expected_id) + " is missing");
        r.first_broken_id = expected_id;
        return r;
      }
      if (rs.Text(i, "prev_hash") != prev) {
        fail("prev_hash does not match the previous entry");
        return r;
      }
      std::string payload = CanonicalPayload(
          id, rs.Text(i, "at"), rs.OptInt(i, "actor_id"), rs.Text(i, "actor_name"),
          rs.Text(i, "ip"), rs.Text(i, "action"), rs.Text(i, "entity"), rs.Text(i, "entity_id"),
          rs.Text(i, "before_json"), rs.Text(i, "after_json"));
      if (domain::ChainHash(prev, payload) != rs.Text(i, "hash")) {
        fail("content does not match its hash");
        return r;
      }
      prev = rs.Text(i, "hash");
      ++expected_id;
      ++r.checked;
      after = id;
    }
  }
  auto head = conn.Query("SELECT last_id, last_hash FROM audit_head WHERE id = 1");
  if (!head.empty() && (head.Int(0, "last_id") != after || head.Text(0, "last_hash") != prev)) {
    r.ok = false;
    r.first_broken_id = after + 1;
    r.reason = "entries after " + std::to_string(after) + " were removed";
  }
  return r;
}

}  // namespace anjian::audit
