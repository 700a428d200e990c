// The audit log (审计日志): every write appends who, when, from where, what, before and after.
// Entries are hash-chained (each hash covers the previous one) so any edit or deletion is
// detectable by Verify(). Appends happen inside the caller's transaction: the audit entry
// and the change it describes commit or roll back together.
#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "platform/storage/db.hpp"

namespace anjian::audit {

struct Actor {
  std::optional<int64_t> id;
  std::string name;
  std::string ip;
};

// Appends one entry. `before`/`after` may be null values. Must run inside a transaction.
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

// The canonical text that an entry's hash covers.
std::string CanonicalPayload(int64_t id, const std::string& at, std::optional<int64_t> actor_id,
                             const std::string& actor_name, const std::string& ip,
                             const std::string& action, const std::string& entity,
                             const std::string& entity_id, const std::string& before_json,
                             const std::string& after_json);

}  // namespace anjian::audit
