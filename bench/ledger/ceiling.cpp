#include "ceiling.hpp"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>

namespace anjian::bench {
namespace {

std::vector<std::string> VoucherCodes(const CodeSet& set, int64_t v) {
  std::vector<std::string> codes;
  codes.reserve(static_cast<size_t>(set.per_voucher));
  for (int i = 0; i < set.per_voucher; ++i)
    codes.push_back(BenchCode(set.series, v, i, set.per_voucher));
  return codes;
}

void SqliteExec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "?";
    sqlite3_free(err);
    throw std::runtime_error("SQLite ceiling: " + msg + " in: " + sql);
  }
}

void PgCheck(PGconn* conn, PGresult* r, const char* what) {
  auto st = PQresultStatus(r);
  if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_PIPELINE_SYNC) return;
  std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(conn);
  PQclear(r);
  throw std::runtime_error(std::string("PostgreSQL ceiling (") + what + "): " + msg);
}

void PgExec(PGconn* conn, const char* sql) {
  PGresult* r = PQexec(conn, sql);
  PgCheck(conn, r, sql);
  PQclear(r);
}

}  // namespace

RunResult SqliteCeiling(const std::string& path, const CodeSet& set, const Progress& progress) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) throw std::runtime_error("cannot open " + path);
  SqliteExec(db,
             "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY;"
             "PRAGMA cache_size=-32000;"
             "CREATE TABLE ceiling_codes (code TEXT NOT NULL, store_id INTEGER NOT NULL,"
             " enterprise_id INTEGER NOT NULL, product_id TEXT NOT NULL);"
             "CREATE UNIQUE INDEX ux_ceiling_codes ON ceiling_codes(code);");
  sqlite3_stmt* ins = nullptr;
  if (sqlite3_prepare_v2(db,
                         "INSERT INTO ceiling_codes (code, store_id, enterprise_id, product_id) "
                         "VALUES (?, ?, ?, ?)",
                         -1, &ins, nullptr) != SQLITE_OK)
    throw std::runtime_error(sqlite3_errmsg(db));
  RunResult out;
  const double start = NowSeconds();
  for (int64_t v = 0; v < set.vouchers; ++v) {
    auto codes = VoucherCodes(set, v);
    const int64_t store = set.Store(v);
    const double t0 = NowSeconds();
    SqliteExec(db, "BEGIN");
    for (const auto& c : codes) {
      sqlite3_bind_text(ins, 1, c.data(), static_cast<int>(c.size()), SQLITE_STATIC);
      sqlite3_bind_int64(ins, 2, store);
      sqlite3_bind_int64(ins, 3, set.enterprise_id);
      sqlite3_bind_text(ins, 4, set.product.data(), static_cast<int>(set.product.size()),
                        SQLITE_STATIC);
      if (sqlite3_step(ins) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
      sqlite3_reset(ins);
    }
    SqliteExec(db, "COMMIT");
    out.txn.Add((NowSeconds() - t0) * 1000.0);
    out.codes += static_cast<int64_t>(codes.size());
    if (progress) progress(v + 1, NowSeconds() - start);
  }
  out.seconds = 0;
  for (double ms : out.txn.ms) out.seconds += ms / 1000.0;
  sqlite3_finalize(ins);
  sqlite3_close(db);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return out;
}

RunResult PostgresCeiling(const std::string& conninfo, const CodeSet& set,
                          const Progress& progress) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(conn);
    PQfinish(conn);
    throw std::runtime_error("PostgreSQL ceiling: " + msg);
  }
  PgExec(conn,
         "SET client_min_messages = warning; DROP TABLE IF EXISTS ceiling_codes;"
         "CREATE TABLE ceiling_codes (code TEXT NOT NULL, store_id BIGINT NOT NULL,"
         " enterprise_id BIGINT NOT NULL, product_id TEXT NOT NULL);"
         "CREATE UNIQUE INDEX ux_ceiling_codes ON ceiling_codes(code)");
  {
    PGresult* r = PQprepare(conn, "ins",
                            "INSERT INTO ceiling_codes (code, store_id, enterprise_id, product_id) "
                            "VALUES ($1, $2, $3, $4)",
                            4, nullptr);
    PgCheck(conn, r, "prepare");
    PQclear(r);
  }
  if (PQenterPipelineMode(conn) != 1) throw std::runtime_error("libpq: no pipeline mode");
  const std::string ent = std::to_string(set.enterprise_id);
  RunResult out;
  const double start = NowSeconds();
  for (int64_t v = 0; v < set.vouchers; ++v) {
    auto codes = VoucherCodes(set, v);
    const std::string store = std::to_string(set.Store(v));
    const double t0 = NowSeconds();
    auto send = [&](const char* sql) {
      if (!PQsendQueryParams(conn, sql, 0, nullptr, nullptr, nullptr, nullptr, 0))
        throw std::runtime_error(PQerrorMessage(conn));
    };
    send("BEGIN");
    for (const auto& c : codes) {
      const char* values[4] = {c.c_str(), store.c_str(), ent.c_str(), set.product.c_str()};
      if (!PQsendQueryPrepared(conn, "ins", 4, values, nullptr, nullptr, 0))
        throw std::runtime_error(PQerrorMessage(conn));
    }
    send("COMMIT");
    if (!PQpipelineSync(conn)) throw std::runtime_error(PQerrorMessage(conn));
    for (;;) {
      PGresult* r = PQgetResult(conn);
      if (!r) continue;  // end of one statement's results
      const bool sync = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
      PgCheck(conn, r, "insert");
      PQclear(r);
      if (sync) break;
    }
    out.txn.Add((NowSeconds() - t0) * 1000.0);
    out.codes += static_cast<int64_t>(codes.size());
    if (progress) progress(v + 1, NowSeconds() - start);
  }
  out.seconds = 0;
  for (double ms : out.txn.ms) out.seconds += ms / 1000.0;
  PQexitPipelineMode(conn);
  PgExec(conn, "DROP TABLE ceiling_codes");
  PQfinish(conn);
  return out;
}

}  // namespace anjian::bench
