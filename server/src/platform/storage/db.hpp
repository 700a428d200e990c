// Database access behind one interface for SQLite (embedded default) and PostgreSQL (scale).
// SQL is written once with `?` placeholders; the PostgreSQL adapter rewrites them to `$n`.
// A Connection is used by one thread at a time; the Pool hands connections out and takes them
// back. Every write runs inside a Transaction, which rolls back unless committed.
#pragma once

#include "core/clock.hpp"

#include <condition_variable>
#include <functional>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace anjian::storage {

enum class Dialect { kSqlite, kPostgres };

struct Blob {
  std::string bytes;
};

using Value = std::variant<std::nullptr_t, int64_t, double, std::string, Blob>;

// A database failure that is not the caller's fault (I/O, lost connection, SQL bug).
struct DbError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A unique or foreign-key constraint refused the statement; callers turn it into a 409/422.
struct ConstraintError : DbError {
  using DbError::DbError;
};

class ResultSet {
 public:
  std::vector<std::string> columns;
  std::vector<std::vector<Value>> rows;

  size_t size() const { return rows.size(); }
  bool empty() const { return rows.empty(); }
  int Column(std::string_view name) const;  // -1 if absent
  bool IsNull(size_t row, std::string_view col) const;
  int64_t Int(size_t row, std::string_view col, int64_t fallback = 0) const;
  double Double(size_t row, std::string_view col, double fallback = 0) const;
  std::string Text(size_t row, std::string_view col) const;  // "" for NULL
  std::optional<std::string> OptText(size_t row, std::string_view col) const;
  std::optional<int64_t> OptInt(size_t row, std::string_view col) const;
  const Value& At(size_t row, std::string_view col) const;
};

// A PostgreSQL NOTIFY received by a LISTENing connection (platform/storage/cluster.hpp).
struct Notification {
  std::string channel;
  std::string payload;
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  virtual ResultSet Query(std::string_view sql, const std::vector<Value>& params = {}) = 0;
  // Returns the number of rows changed.
  virtual int64_t Exec(std::string_view sql, const std::vector<Value>& params = {}) = 0;
  // Runs several statements without parameters (migrations).
  virtual void ExecScript(std::string_view sql) = 0;
  // SQLite takes the write lock at BEGIN so concurrent writers queue instead of deadlocking.
  virtual void Begin() = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;
  virtual bool Healthy() = 0;
  // LISTENing connections (PostgreSQL): waits up to timeout_ms and returns the notifications
  // that arrived; throws DbError when the connection broke. SQLite: none.
  virtual std::vector<Notification> WaitNotifications(int timeout_ms) { return {}; }
  // Runs right after every BEGIN on this connection (the job scheduler's fencing check,
  // cluster.hpp CheckFence); an exception from it aborts the transaction.
  void SetBeginHook(std::function<void(Connection&)> hook) { begin_hook_ = std::move(hook); }

 protected:
  void AfterBegin() {
    if (begin_hook_ && !in_hook_) {
      in_hook_ = true;
      try {
        begin_hook_(*this);
      } catch (...) {
        in_hook_ = false;
        throw;
      }
      in_hook_ = false;
    }
  }

 private:
  std::function<void(Connection&)> begin_hook_;
  bool in_hook_ = false;
};

std::unique_ptr<Connection> OpenSqlite(const std::string& path);
std::unique_ptr<Connection> OpenPostgres(const std::string& conninfo);

class Pool;

// A borrowed connection; returns itself to the pool on destruction.
class PooledConnection {
 public:
  PooledConnection(Pool* pool, std::unique_ptr<Connection> conn);
  PooledConnection(PooledConnection&&) noexcept = default;
  ~PooledConnection();
  Connection* operator->() { return conn_.get(); }
  Connection& operator*() { return *conn_; }

 private:
  Pool* pool_;
  std::unique_ptr<Connection> conn_;
};

class Pool {
 public:
  // `url` is a file path (SQLite) or a postgresql:// / postgres:// URI or "host=… dbname=…".
  Pool(std::string url, int size);
  ~Pool();
  PooledConnection Acquire();
  Dialect dialect() const { return dialect_; }
  const std::string& url() const { return url_; }
  static bool IsPostgresUrl(std::string_view url);

 private:
  friend class PooledConnection;
  void Release(std::unique_ptr<Connection> conn);
  std::unique_ptr<Connection> Open();

  std::string url_;
  Dialect dialect_;
  int size_;
  int open_ = 0;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

// RAII transaction: rolls back on scope exit unless Commit() was called.
class Transaction {
 public:
  explicit Transaction(Connection& conn) : conn_(conn) { conn_.Begin(); }
  ~Transaction() {
    if (!done_) {
      try {
        conn_.Rollback();
      } catch (...) {
      }
    }
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit() {
    conn_.Commit();
    done_ = true;
  }

 private:
  Connection& conn_;
  bool done_ = false;
};

// UTC text of an instant and back (core/clock.hpp).
using core::IsoFromUnix;
using core::UnixFromIso;

}  // namespace anjian::storage
