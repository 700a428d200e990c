#include "ceiling.hpp"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>

namespace anjian::bench {

std::vector<std::string> VoucherCodes(const CodeSet& set, int64_t v) {
  std::vector<std::string> codes;
  codes.reserve(static_cast<size_t>(set.per_voucher));
  for (int i = 0; i < set.per_voucher; ++i)
    codes.push_back(BenchCode(set.series, v, i, set.per_voucher));
  return codes;
}

namespace {

void SqliteExec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "?";
    sqlite3_free(err);
    throw std::runtime_error("SQLite ceiling: " + msg + " in: " + sql);
  }
}

class SqliteCeiling final : public Ceiling {
 public:
  SqliteCeiling(const std::string& path, const CodeSet& set)
      : path_(path), enterprise_(set.enterprise_id), product_(set.product) {
    Remove();
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK)
      throw std::runtime_error("cannot open " + path);
    SqliteExec(db_,
               "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY;"
               "PRAGMA cache_size=-32000;"
               "CREATE TABLE ceiling_codes (code TEXT NOT NULL, store_id INTEGER NOT NULL,"
               " enterprise_id INTEGER NOT NULL, product_id TEXT NOT NULL);"
               "CREATE UNIQUE INDEX ux_ceiling_codes ON ceiling_codes(code);");
    if (sqlite3_prepare_v2(db_,
                           "INSERT INTO ceiling_codes (code, store_id, enterprise_id, product_id) "
                           "VALUES (?, ?, ?, ?)",
                           -1, &ins_, nullptr) != SQLITE_OK)
      throw std::runtime_error(sqlite3_errmsg(db_));
  }
  ~SqliteCeiling() override {
    sqlite3_finalize(ins_);
    sqlite3_close(db_);
    Remove();
  }
  void Insert(const std::vector<std::string>& codes, int64_t store_id) override {
    SqliteExec(db_, "BEGIN");
    for (const auto& c : codes) {
      sqlite3_bind_text(ins_, 1, c.data(), static_cast<int>(c.size()), SQLITE_STATIC);
      sqlite3_bind_int64(ins_, 2, store_id);
      sqlite3_bind_int64(ins_, 3, enterprise_);
      sqlite3_bind_text(ins_, 4, product_.data(), static_cast<int>(product_.size()),
                        SQLITE_STATIC);
      if (sqlite3_step(ins_) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db_));
      sqlite3_reset(ins_);
    }
    SqliteExec(db_, "COMMIT");
  }

 private:
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::string path_;
  int64_t enterprise_;
  std::string product_;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* ins_ = nullptr;
};

class PostgresCeiling final : public Ceiling {
 public:
  PostgresCeiling(const std::string& conninfo, const CodeSet& set)
      : enterprise_(std::to_string(set.enterprise_id)), product_(set.product) {
    conn_ = PQconnectdb(conninfo.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(conn_);
      PQfinish(conn_);
      throw std::runtime_error("PostgreSQL ceiling: " + msg);
    }
    Exec("SET client_min_messages = warning");
    Exec("DROP TABLE IF EXISTS ceiling_codes");
    Exec("CREATE TABLE ceiling_codes (code TEXT NOT NULL, store_id BIGINT NOT NULL,"
         " enterprise_id BIGINT NOT NULL, product_id TEXT NOT NULL)");
    Exec("CREATE UNIQUE INDEX ux_ceiling_codes ON ceiling_codes(code)");
    Check(PQprepare(conn_, "ins",
                    "INSERT INTO ceiling_codes (code, store_id, enterprise_id, product_id) "
                    "VALUES ($1, $2, $3, $4)",
                    4, nullptr),
          "prepare");
    if (PQenterPipelineMode(conn_) != 1) throw std::runtime_error("libpq: no pipeline mode");
  }
  ~PostgresCeiling() override {
    PQexitPipelineMode(conn_);
    PGresult* r = PQexec(conn_, "DROP TABLE IF EXISTS ceiling_codes");
    PQclear(r);
    PQfinish(conn_);
  }
  void Insert(const std::vector<std::string>& codes, int64_t store_id) override {
    const std::string store = std::to_string(store_id);
    Send("BEGIN");
    for (const auto& c : codes) {
      const char* values[4] = {c.c_str(), store.c_str(), enterprise_.c_str(), product_.c_str()};
      if (!PQsendQueryPrepared(conn_, "ins", 4, values, nullptr, nullptr, 0))
        throw std::runtime_error(PQerrorMessage(conn_));
    }
    Send("COMMIT");
    if (!PQpipelineSync(conn_)) throw std::runtime_error(PQerrorMessage(conn_));
    for (;;) {
      PGresult* r = PQgetResult(conn_);
      if (!r) continue;  // end of one statement's results
      const bool sync = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
      Check(r, "insert");
      if (sync) break;
    }
  }

 private:
  void Check(PGresult* r, const char* what) {
    auto st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_PIPELINE_SYNC) {
      std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(conn_);
      PQclear(r);
      throw std::runtime_error(std::string("PostgreSQL ceiling (") + what + "): " + msg);
    }
    PQclear(r);
  }
  void Exec(const char* sql) { Check(PQexec(conn_, sql), sql); }
  void Send(const char* sql) {
    if (!PQsendQueryParams(conn_, sql, 0, nullptr, nullptr, nullptr, nullptr, 0))
      throw std::runtime_error(PQerrorMessage(conn_));
  }
  std::string enterprise_, product_;
  PGconn* conn_ = nullptr;
};

}  // namespace

std::unique_ptr<Ceiling> OpenSqliteCeiling(const std::string& path, const CodeSet& set) {
  return std::make_unique<SqliteCeiling>(path, set);
}

std::unique_ptr<Ceiling> OpenPostgresCeiling(const std::string& conninfo, const CodeSet& set) {
  return std::make_unique<PostgresCeiling>(conninfo, set);
}

}  // namespace anjian::bench
