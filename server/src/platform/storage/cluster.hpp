// Issue 16: what several anjian nodes on one PostgreSQL database agree on goes through the
// database itself — rows, advisory locks, LISTEN/NOTIFY — and nothing else. This file holds the
// SQL and the dialect differences of that; app/cluster_node.{hpp,cpp} runs the threads.
//
// Cache invalidation (V053 cache_revisions): every writer of data a node caches bumps its
// family's revision row INSIDE the writing transaction (BumpRevision) and, on PostgreSQL, queues
// pg_notify('anjian_cache', family) in the same transaction, so the notification is delivered
// exactly when the write becomes visible. Each node's listener wakes on the notification and
// also re-reads every revision at least every 250 ms and after any reconnect, so a missed
// notification costs at most 250 ms; a family whose revision moved has its caches dropped.
// SQLite is one process: the bump is a plain UPDATE and no listener runs.
//
// Periodic jobs (V054 job_leases): one node holds a session advisory lock (kJobLeaderLockKey)
// on a dedicated connection; on taking it, it increments job_leases.epoch (the fencing token).
// Every job's writing transaction first checks the epoch (CheckFence) and aborts when another
// node has taken over meanwhile.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/storage/db.hpp"

namespace anjian::storage {

inline constexpr std::int64_t kStartupLockKey = 0x616e6a69616e0001;    // "anjian" 1: migrations
inline constexpr std::int64_t kJobLeaderLockKey = 0x616e6a69616e0002;  // "anjian" 2: periodic jobs
inline constexpr std::string_view kCacheChannel = "anjian_cache";
inline constexpr std::string_view kPushChannel = "anjian_push";
// pg_notify refuses payloads of 8,000 bytes and more; larger pushes travel by reference.
inline constexpr std::size_t kMaxNotifyPayload = 7900;

// The database cannot be reached (refused, reset, a standby being promoted): the request may be
// retried in a moment — the router answers 503 with Retry-After, never 500. Thrown by the
// PostgreSQL adapter when its connection is bad; the pool then drops that connection, and the
// next Acquire opens a new one (a libpq multi-host URL with target_session_attrs=read-write
// reaches the promoted standby).
struct ConnectionLost : DbError {
  using DbError::DbError;
};

// "postgres" / "sqlite" (GET /healthz/node).
std::string_view DialectKey(Dialect dialect);
// Whether other processes may share the database (PostgreSQL): listeners and leases are needed.
bool IsShared(Dialect dialect);

// Holds a session-level advisory lock for its lifetime (PostgreSQL; nothing on SQLite, whose
// writers serialise on the file). Used around start-up migrations and seeding so that nodes
// started at once on an empty database migrate and seed exactly once.
class StartupLock {
 public:
  explicit StartupLock(Connection& conn);
  ~StartupLock();
  StartupLock(const StartupLock&) = delete;
  StartupLock& operator=(const StartupLock&) = delete;

 private:
  Connection& conn_;
  bool held_ = false;
};

// Moves a cache family's revision, inside the caller's transaction (and notifies on PostgreSQL).
void BumpRevision(Connection& conn, std::string_view family);
// Every family's revision.
std::map<std::string, std::int64_t> ReadRevisions(Connection& conn);
// Queues a notification on `channel`, delivered at the commit of the caller's transaction (or
// at once outside one). Nothing on SQLite.
void Notify(Connection& conn, std::string_view channel, std::string_view payload);

// A dedicated PostgreSQL connection (never pooled) that LISTENs on `channels`; its
// conn().WaitNotifications(ms) returns what arrived. Throws DbError when the database cannot be
// reached.
std::unique_ptr<Connection> OpenListener(const std::string& url,
                                         const std::vector<std::string>& channels);

// Job leadership (V054). On SQLite the one process always leads.
struct LeaseHolder {
  std::string holder;
  std::int64_t epoch = 0;
  std::int64_t pid = 0;
  std::int64_t renewed_unix = 0;  // database time
  std::int64_t age_seconds = 0;   // database now - renewed_at
};
// Tries the leader lock on `conn` (a dedicated connection, kept open while leading). On success
// increments the lease's epoch, records holder and backend pid, and returns the new epoch.
std::optional<std::int64_t> TryTakeJobLeadership(Connection& conn, const std::string& holder);
// Renews the lease (renewed_at = database now) while still the holder of `epoch`; false when
// another node took over.
bool RenewJobLease(Connection& conn, std::int64_t epoch);
std::optional<LeaseHolder> ReadJobLease(Connection& conn);
// Ends the backend `pid` (a stalled holder), which frees its advisory lock. PostgreSQL only.
bool TerminateBackend(Connection& conn, std::int64_t pid);
// Inside a job's writing transaction: locks the lease row (FOR SHARE) and throws FenceError when
// its epoch is not `epoch` (this node lost leadership; nothing it wrote may commit).
struct FenceError : DbError {
  using DbError::DbError;
};
void CheckFence(Connection& conn, std::int64_t epoch);
// Whether the connection still reaches the database.
bool Ping(Connection& conn);

}  // namespace anjian::storage

namespace anjian::storage {
// WebSocket fan-out (V055 push_outbox): publishes a push for `user_id` on anjian_push, as
// "<user>:<json>" or, beyond kMaxNotifyPayload, as "<user>@<outbox id>" with the text stored in
// push_outbox (rows older than an hour are dropped then). Outside a transaction: sent at once.
void PublishPush(Connection& conn, std::int64_t user_id, const std::string& text);
// The text of an outbox row ("" when gone).
std::string ReadPushOutbox(Connection& conn, std::int64_t id);
}  // namespace anjian::storage
