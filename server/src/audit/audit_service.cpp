#include "audit/audit_service.hpp"

#include <boost/json.hpp>
#include <stdexcept>

#include "audit/audit_repository.hpp"
#include "audit/audit_rules.hpp"
#include "core/clock.hpp"
#include "core/hash_chain.hpp"

namespace anjian::audit {

void Append(storage::Connection& conn, const Actor& actor, const std::string& action,
            const std::string& entity, const std::string& entity_id,
            const boost::json::value& before, const boost::json::value& after) {
  if (actor.at <= 0) throw std::logic_error("audit entry without a time: " + action);
  AuditHead head{0, core::GenesisHash()};
  if (auto locked = LockHead(conn)) head = *locked;
  else InsertHead(conn, head);
  AuditEntry e;
  e.id = head.last_id + 1;
  e.at = core::IsoFromUnix(actor.at);
  e.actor_id = actor.id;
  e.actor_name = actor.name;
  e.ip = actor.ip;
  e.action = action;
  e.entity = entity;
  e.entity_id = entity_id;
  if (!before.is_null()) e.before_json = boost::json::serialize(before);
  if (!after.is_null()) e.after_json = boost::json::serialize(after);
  e.prev_hash = head.last_hash;
  e.hash = core::ChainHash(
      e.prev_hash, CanonicalPayload(e.id, e.at, e.actor_id, e.actor_name, e.ip, e.action, e.entity,
                                    e.entity_id, e.before_json.value_or(""),
                                    e.after_json.value_or("")));
  InsertEntry(conn, e);
  UpdateHead(conn, {e.id, e.hash});
}

VerifyResult Verify(storage::Connection& conn) {
  VerifyResult r;
  std::string prev = core::GenesisHash();
  int64_t expected_id = 1;
  int64_t after = 0;
  for (;;) {
    auto batch = EntriesAfter(conn, after, 5000);
    if (batch.empty()) break;
    for (const auto& e : batch) {
      auto fail = [&](std::string why) {
        r.ok = false;
        r.first_broken_id = e.id;
        r.reason = std::move(why);
      };
      if (e.id != expected_id) {
        fail("entry " + std::to_string(expected_id) + " is missing");
        r.first_broken_id = expected_id;
        return r;
      }
      if (e.prev_hash != prev) {
        fail("prev_hash does not match the previous entry");
        return r;
      }
      std::string payload = CanonicalPayload(e.id, e.at, e.actor_id, e.actor_name, e.ip, e.action,
                                             e.entity, e.entity_id, e.before_json.value_or(""),
                                             e.after_json.value_or(""));
      if (core::ChainHash(prev, payload) != e.hash) {
        fail("content does not match its hash");
        return r;
      }
      prev = e.hash;
      ++expected_id;
      ++r.checked;
      after = e.id;
    }
  }
  auto head = ReadHead(conn);
  if (head && (head->last_id != after || head->last_hash != prev)) {
    r.ok = false;
    r.first_broken_id = after + 1;
    r.reason = "entries after " + std::to_string(after) + " were removed";
  }
  return r;
}

}  // namespace anjian::audit

namespace anjian::audit {

namespace {

boost::json::object FilterJson(const AuditFilter& f) {
  boost::json::object o;
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

}  // namespace

AuditExport ExportAuditLog(storage::Connection& conn, const Actor& actor,
                           const AuditFilter& filter, int64_t cap) {
  AuditExport out;
  out.items = QueryAuditLog(conn, filter, cap + 1, 0, false).items;
  out.truncated = out.items.size() > static_cast<size_t>(cap);
  if (out.truncated) out.items.resize(cap);
  storage::Transaction tx(conn);
  Append(conn, actor, "export", "audit_log", "", nullptr,
         boost::json::object{{"filters", FilterJson(filter)},
                             {"rows", static_cast<int64_t>(out.items.size())},
                             {"truncated", out.truncated}});
  tx.Commit();
  return out;
}

}  // namespace anjian::audit
