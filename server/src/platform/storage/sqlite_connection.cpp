// SQLite adapter. WAL with synchronous=FULL: an acknowledged commit survives power loss.
#include <sqlite3.h>

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

#include "platform/storage/db.hpp"

namespace anjian::storage {
namespace {

// Copies the WAL back into the database file on a thread of its own, one per database file,
// alive while a connection to the file is open. SQLite's automatic checkpoint would run inside
// the commit that crosses the threshold, so every ~20th 1,000-code voucher paid for copying and
// syncing 4 MB it did not write. A committer checkpoints by itself only when the WAL has grown
// far beyond the threshold (the checkpointer cannot keep up), which bounds the WAL.
class Checkpointer {
 public:
  static constexpr int kFrames = 1000;       // SQLite's own default threshold (pages)
  static constexpr int kHardFrames = 16000;  // ~64 MB: the committer checkpoints itself

  static std::shared_ptr<Checkpointer> For(const std::string& path) {
    static std::mutex mu;
    static std::map<std::string, std::weak_ptr<Checkpointer>> all;
    std::lock_guard lock(mu);
    auto& slot = all[path];
    auto c = slot.lock();
    if (!c) {
      c = std::shared_ptr<Checkpointer>(new Checkpointer(path));
      slot = c;
    }
    return c;
  }

  ~Checkpointer() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_one();
    if (thread_.joinable()) thread_.join();
    if (db_) sqlite3_close_v2(db_);
  }

  void Request() {
    {
      std::lock_guard lock(mu_);
      pending_ = true;
    }
    cv_.notify_one();
  }

 private:
  explicit Checkpointer(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
      sqlite3_close(db_);
      db_ = nullptr;
      return;  // committers then checkpoint by themselves at kHardFrames
    }
    sqlite3_busy_timeout(db_, 10000);
    thread_ = std::thread([this] { Run(); });
  }

  void Run() {
    std::unique_lock lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] { return pending_ || stop_; });
      if (stop_) return;
      pending_ = false;
      lock.unlock();
      // PASSIVE: never waits for or blocks readers and writers.
      sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
      lock.lock();
    }
  }

  sqlite3* db_ = nullptr;
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool pending_ = false, stop_ = false;
};

// Before the library's first use in the process: no global memory statistics. Their mutex is
// taken on every allocation, and a 1,000-code voucher makes tens of thousands of them. (Fails
// harmlessly with SQLITE_MISUSE when something else initialised the library first.)
void ConfigureOnce() {
  static const bool done = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)done;
}

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(const std::string& path) {
    ConfigureOnce();
    int rc = sqlite3_open_v2(path.c_str(), &db_,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    if (rc != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      db_ = nullptr;
      throw DbError("cannot open SQLite database " + path + ": " + msg);
    }
    sqlite3_busy_timeout(db_, 10000);
    ExecScript(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
        "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000;");
    checkpointer_ = Checkpointer::For(path);
    sqlite3_wal_hook(db_, &SqliteConnection::AfterCommit, this);  // replaces autocheckpoint
  }

  ~SqliteConnection() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  static int AfterCommit(void* self, sqlite3* db, const char* schema, int frames) {
    auto* c = static_cast<SqliteConnection*>(self);
    if (frames >= Checkpointer::kHardFrames)
      sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (frames >= Checkpointer::kFrames)
      c->checkpointer_->Request();
    return SQLITE_OK;
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  ResultSet Query(std::string_view sql, const std::vector<Value>& params) override {
    sqlite3_stmt* stmt = Prepare(sql, params);
    ResultSet rs;
    int ncol = sqlite3_column_count(stmt);
    rs.columns.reserve(ncol);
    for (int i = 0; i < ncol; ++i) rs.columns.emplace_back(sqlite3_column_name(stmt, i));
    for (;;) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_ROW) {
        std::vector<Value> row;
        row.reserve(ncol);
        for (int i = 0; i < ncol; ++i) row.push_back(ColumnValue(stmt, i));
        rs.rows.push_back(std::move(row));
      } else if (rc == SQLITE_DONE) {
        break;
      } else {
        Fail(stmt, rc, sql);
      }
    }
    sqlite3_reset(stmt);
    return rs;
  }

  int64_t Exec(std::string_view sql, const std::vector<Value>& params) override {
    sqlite3_stmt* stmt = Prepare(sql, params);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) Fail(stmt, rc, sql);
    sqlite3_reset(stmt);
    return sqlite3_changes64(db_);
  }

  void ExecScript(std::string_view sql) override {
    char* err = nullptr;
    std::string s(sql);
    if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "unknown";
      sqlite3_free(err);
      throw DbError("SQLite: " + msg);
    }
  }

  void Begin() override {
    Exec("BEGIN IMMEDIATE", {});
    try {
      AfterBegin();
    } catch (...) {
      Rollback();
      throw;
    }
  }
  void Commit() override { Exec("COMMIT", {}); }
  void Rollback() override {
    if (!sqlite3_get_autocommit(db_)) Exec("ROLLBACK", {});
  }
  bool Healthy() override {
    if (!sqlite3_get_autocommit(db_)) {  // a leaked transaction must not reach the next user
      try {
        Rollback();
      } catch (...) {
        return false;
      }
    }
    return true;
  }

 private:
  // Texts and blobs are bound SQLITE_STATIC (no copy): `params` outlives every step of the
  // statement in Query/Exec, and a cached statement is always rebound before it is stepped again.
  sqlite3_stmt* Prepare(std::string_view sql, const std::vector<Value>& params) {
    std::string key(sql);
    sqlite3_stmt* stmt = nullptr;
    auto it = cache_.find(key);
    if (it != cache_.end()) {
      stmt = it->second;
      sqlite3_reset(stmt);
      sqlite3_clear_bindings(stmt);
    } else {
      int rc = sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()),
                                  SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
      if (rc != SQLITE_OK) throw DbError("SQLite prepare: " + std::string(sqlite3_errmsg(db_)) +
                                         " in: " + key);
      if (cache_.size() > 512) {
        for (auto& [s, st] : cache_) sqlite3_finalize(st);
        cache_.clear();
      }
      cache_.emplace(key, stmt);
    }
    int expected = sqlite3_bind_parameter_count(stmt);
    if (expected != static_cast<int>(params.size()))
      throw DbError("SQLite: expected " + std::to_string(expected) + " parameters, got " +
                    std::to_string(params.size()) + " in: " + key);
    for (size_t i = 0; i < params.size(); ++i) {
      int idx = static_cast<int>(i + 1);
      const Value& v = params[i];
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::nullptr_t>(v)) {
        rc = sqlite3_bind_null(stmt, idx);
      } else if (auto p = std::get_if<int64_t>(&v)) {
        rc = sqlite3_bind_int64(stmt, idx, *p);
      } else if (auto p = std::get_if<double>(&v)) {
        rc = sqlite3_bind_double(stmt, idx, *p);
      } else if (auto p = std::get_if<std::string>(&v)) {
        rc = sqlite3_bind_text64(stmt, idx, p->data(), p->size(), SQLITE_STATIC, SQLITE_UTF8);
      } else if (auto p = std::get_if<Blob>(&v)) {
        rc = sqlite3_bind_blob64(stmt, idx, p->bytes.data(), p->bytes.size(), SQLITE_STATIC);
      }
      if (rc != SQLITE_OK) throw DbError("SQLite bind: " + std::string(sqlite3_errmsg(db_)));
    }
    return stmt;
  }

  static Value ColumnValue(sqlite3_stmt* stmt, int i) {
    switch (sqlite3_column_type(stmt, i)) {
      case SQLITE_INTEGER: return static_cast<int64_t>(sqlite3_column_int64(stmt, i));
      case SQLITE_FLOAT: return sqlite3_column_double(stmt, i);
      case SQLITE_TEXT: {
        auto p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
        return std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt, i)));
      }
      case SQLITE_BLOB: {
        auto p = static_cast<const char*>(sqlite3_column_blob(stmt, i));
        return Blob{std::string(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(stmt, i)))};
      }
      default: return nullptr;
    }
  }

  [[noreturn]] void Fail(sqlite3_stmt* stmt, int rc, std::string_view sql) {
    std::string msg = sqlite3_errmsg(db_);
    sqlite3_reset(stmt);
    if ((rc & 0xff) == SQLITE_CONSTRAINT) throw ConstraintError(msg);
    throw DbError("SQLite: " + msg + " in: " + std::string(sql));
  }

  sqlite3* db_ = nullptr;
  std::shared_ptr<Checkpointer> checkpointer_;  // outlives db_'s last commit hook
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

std::unique_ptr<Connection> OpenSqlite(const std::string& path) {
  return std::make_unique<SqliteConnection>(path);
}

}  // namespace anjian::storage
