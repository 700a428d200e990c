#include "platform/storage/cluster.hpp"

namespace anjian::storage {
namespace {

bool Pg(const Connection& conn) { return conn.dialect() == Dialect::kPostgres; }

// The database's own "now" in unix seconds: lease ages are measured on one clock (the
// database's), never compared across the nodes' clocks (which may be simulated).
std::string DbNow(const Connection& conn) {
  return Pg(conn) ? "CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS BIGINT)"
                  : "CAST(strftime('%s','now') AS INTEGER)";
}

constexpr const char* kJobsLease = "jobs";

}  // namespace

std::string_view DialectKey(Dialect dialect) {
  return dialect == Dialect::kPostgres ? "postgres" : "sqlite";
}

bool IsShared(Dialect dialect) { return dialect == Dialect::kPostgres; }

StartupLock::StartupLock(Connection& conn) : conn_(conn) {
  if (!Pg(conn_)) return;
  conn_.Query("SELECT pg_advisory_lock(CAST(? AS BIGINT)) AS locked", {kStartupLockKey});
  held_ = true;
}

StartupLock::~StartupLock() {
  if (!held_) return;
  try {
    conn_.Query("SELECT pg_advisory_unlock(CAST(? AS BIGINT)) AS unlocked", {kStartupLockKey});
  } catch (...) {
    // A broken connection released the lock with its session.
  }
}

void BumpRevision(Connection& conn, std::string_view family) {
  conn.Exec(
      "INSERT INTO cache_revisions (family, revision) VALUES (?, 1) "
      "ON CONFLICT (family) DO UPDATE SET revision = cache_revisions.revision + 1",
      {std::string(family)});
  Notify(conn, kCacheChannel, family);
}

std::map<std::string, std::int64_t> ReadRevisions(Connection& conn) {
  std::map<std::string, std::int64_t> out;
  auto rs = conn.Query("SELECT family, revision FROM cache_revisions");
  for (size_t i = 0; i < rs.size(); ++i) out[rs.Text(i, "family")] = rs.Int(i, "revision");
  return out;
}

void Notify(Connection& conn, std::string_view channel, std::string_view payload) {
  if (!Pg(conn)) return;
  conn.Query("SELECT pg_notify(?, ?) AS sent", {std::string(channel), std::string(payload)});
}

std::unique_ptr<Connection> OpenListener(const std::string& url,
                                         const std::vector<std::string>& channels) {
  auto conn = OpenPostgres(url);
  std::string sql;
  for (const auto& c : channels) sql += "LISTEN " + c + ";";  // fixed channel names, not input
  conn->ExecScript(sql);
  return conn;
}

std::optional<std::int64_t> TryTakeJobLeadership(Connection& conn, const std::string& holder) {
  if (Pg(conn)) {
    auto rs = conn.Query("SELECT pg_try_advisory_lock(CAST(? AS BIGINT)) AS ok",
                         {kJobLeaderLockKey});
    if (rs.Int(0, "ok") == 0) return std::nullopt;
  }
  try {
    Transaction tx(conn);
    conn.Exec("INSERT INTO job_leases (job, holder, epoch, pid, renewed_at) VALUES (?, '', 0, 0, 0) "
              "ON CONFLICT (job) DO NOTHING",
              {std::string(kJobsLease)});
    const std::string pid = Pg(conn) ? "pg_backend_pid()" : "0";
    conn.Exec("UPDATE job_leases SET epoch = epoch + 1, holder = ?, pid = " + pid +
                  ", renewed_at = " + DbNow(conn) + " WHERE job = ?",
              {holder, std::string(kJobsLease)});
    auto rs = conn.Query("SELECT epoch FROM job_leases WHERE job = ?", {std::string(kJobsLease)});
    const std::int64_t epoch = rs.Int(0, "epoch");
    tx.Commit();
    return epoch;
  } catch (...) {
    if (Pg(conn)) {
      try {
        conn.Query("SELECT pg_advisory_unlock(CAST(? AS BIGINT)) AS unlocked",
                   {kJobLeaderLockKey});
      } catch (...) {
      }
    }
    throw;
  }
}

bool RenewJobLease(Connection& conn, std::int64_t epoch) {
  return conn.Exec("UPDATE job_leases SET renewed_at = " + DbNow(conn) +
                       " WHERE job = ? AND epoch = ?",
                   {std::string(kJobsLease), epoch}) == 1;
}

std::optional<LeaseHolder> ReadJobLease(Connection& conn) {
  auto rs = conn.Query("SELECT holder, epoch, pid, renewed_at, " + DbNow(conn) +
                           " - renewed_at AS age FROM job_leases WHERE job = ?",
                       {std::string(kJobsLease)});
  if (rs.empty()) return std::nullopt;
  return LeaseHolder{rs.Text(0, "holder"), rs.Int(0, "epoch"), rs.Int(0, "pid"),
                     rs.Int(0, "renewed_at"), rs.Int(0, "age")};
}

bool TerminateBackend(Connection& conn, std::int64_t pid) {
  if (!Pg(conn) || pid <= 0) return false;
  auto rs = conn.Query("SELECT pg_terminate_backend(CAST(? AS INTEGER)) AS ok", {pid});
  return rs.Int(0, "ok") != 0;
}

void CheckFence(Connection& conn, std::int64_t epoch) {
  // FOR SHARE: a node taking over (UPDATE … epoch + 1) waits until this transaction ends, so no
  // job transaction of the old epoch commits after the new epoch exists.
  auto rs = conn.Query(std::string("SELECT epoch FROM job_leases WHERE job = ?") +
                           (Pg(conn) ? " FOR SHARE" : ""),
                       {std::string(kJobsLease)});
  const std::int64_t current = rs.empty() ? -1 : rs.Int(0, "epoch");
  if (current != epoch)
    throw FenceError("job lease lost: epoch " + std::to_string(current) + " is not ours (" +
                     std::to_string(epoch) + ")");
}

bool Ping(Connection& conn) {
  try {
    conn.Query("SELECT 1 AS one");
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace anjian::storage

namespace anjian::storage {

void PublishPush(Connection& conn, std::int64_t user_id, const std::string& text) {
  std::string payload = std::to_string(user_id) + ":" + text;
  if (payload.size() > kMaxNotifyPayload) {
    Transaction tx(conn);
    conn.Exec("DELETE FROM push_outbox WHERE created_at < " + DbNow(conn) + " - 3600");
    auto rs = conn.Query("INSERT INTO push_outbox (user_id, body, created_at) VALUES (?, ?, " +
                             DbNow(conn) + ") RETURNING id",
                         {user_id, text});
    payload = std::to_string(user_id) + "@" + std::to_string(rs.Int(0, "id"));
    Notify(conn, kPushChannel, payload);
    tx.Commit();
    return;
  }
  Notify(conn, kPushChannel, payload);
}

std::string ReadPushOutbox(Connection& conn, std::int64_t id) {
  auto rs = conn.Query("SELECT body FROM push_outbox WHERE id = ?", {id});
  return rs.empty() ? "" : rs.Text(0, "body");
}

}  // namespace anjian::storage
