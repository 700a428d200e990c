// The audit log (审计日志): every write appends who, when, from where, what, before and after.
// Entries are hash-chained (each hash covers the previous one) so any edit or deletion is
// detectable by Verify(). Appends happen inside the caller's transaction: the audit entry
// and the change it describes commit or roll back together.
#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_repository.hpp"
#include "core/clock.hpp"
#include "platform/storage/db.hpp"

namespace anjian::audit {

// Who acted, from where, and when (unix seconds, read from the service's core::Clock; the
// entry's `at`). api::ActorOf(ctx) builds it for the caller of a request.
struct Actor {
  Actor(std::optional<int64_t> id, std::string name, std::string ip, std::int64_t at)
      : id(id), name(std::move(name)), ip(std::move(ip)), at(at) {}
  std::optional<int64_t> id;
  std::string name;
  std::string ip;
  std::int64_t at;
};

// Appends one entry at `actor.at`. `before`/`after` may be null values. Must run inside a
// transaction.
void Append(storage::Connection& conn, const Actor& actor, const std::string& action,
            const std::string& entity, const std::string& entity_id,
            const boost::json::value& before, const boost::json::value& after);

struct VerifyResult {
  bool ok = true;
  int64_t checked = 0;
  std::optional<int64_t> first_broken_id;
  std::string reason;
};

// Recomputes the whole chain in id order, streaming in batches.
VerifyResult Verify(storage::Connection& conn);

// The entries an export of `filter` holds (newest first, at most `cap`; `truncated` when more
// matched), recorded in the log itself as one "export" entry by `actor`.
struct AuditExport {
  std::vector<AuditEntry> items;
  bool truncated = false;
};
AuditExport ExportAuditLog(storage::Connection& conn, const Actor& actor,
                           const AuditFilter& filter, int64_t cap);

}  // namespace anjian::audit
