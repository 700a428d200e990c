// The SQL of the audit log (audit_log, audit_head). The log is append-only: nothing here (or
// anywhere) updates or deletes an entry; audit_head holds the chain's last id and hash.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::audit {

struct AuditEntry {
  int64_t id = 0;
  std::string at;  // UTC text
  std::optional<int64_t> actor_id;
  std::string actor_name, ip, action, entity, entity_id;
  std::optional<std::string> before_json, after_json;  // serialised JSON; nullopt for none
  std::string prev_hash, hash;
};

struct AuditHead {
  int64_t last_id = 0;
  std::string last_hash;
};

// The chain's head, locked for the rest of the transaction (FOR UPDATE on PostgreSQL; SQLite's
// BEGIN IMMEDIATE already holds the write lock); nullopt before the first entry.
std::optional<AuditHead> LockHead(storage::Connection& conn);
// The head as it is (no lock): for Verify.
std::optional<AuditHead> ReadHead(storage::Connection& conn);
void InsertHead(storage::Connection& conn, const AuditHead& head);
void UpdateHead(storage::Connection& conn, const AuditHead& head);
void InsertEntry(storage::Connection& conn, const AuditEntry& e);

// Entries with id > `after_id` in id order, at most `limit`.
std::vector<AuditEntry> EntriesAfter(storage::Connection& conn, int64_t after_id, int64_t limit);

struct AuditFilter {
  std::string actor;      // actor_name fragment
  std::string action;     // exact
  std::string entity;     // exact
  std::string entity_id;  // exact
  std::string from, to;   // YYYY-MM-DD, both inclusive
};

struct AuditPage {
  std::vector<AuditEntry> items;  // newest first
  int64_t total = 0;
};

// `with_total` false skips the COUNT (exports); total is then the number of items.
AuditPage QueryAuditLog(storage::Connection& conn, const AuditFilter& f, int64_t limit,
                        int64_t offset, bool with_total = true);

}  // namespace anjian::audit
