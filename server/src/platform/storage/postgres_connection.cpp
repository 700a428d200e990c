// PostgreSQL adapter over libpq. Statements are prepared once per connection and cached;
// `?` placeholders become `$n`. Results arrive as text and are typed by column OID so the
// rest of the program sees the same Value kinds as with SQLite.
#include <libpq-fe.h>
#include <poll.h>

#include <cerrno>

#include <string>
#include <unordered_map>

#include "platform/storage/cluster.hpp"
#include "platform/storage/db.hpp"

namespace anjian::storage {
namespace {

constexpr unsigned kBoolOid = 16, kByteaOid = 17, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23,
                   kFloat4Oid = 700, kFloat8Oid = 701, kNumericOid = 1700;

std::string RewritePlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  bool in_str = false;
  for (char c : sql) {
    if (c == '\'') in_str = !in_str;
    if (c == '?' && !in_str) {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

int HexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

class PgResult {
 public:
  explicit PgResult(PGresult* r) : r_(r) {}
  ~PgResult() { PQclear(r_); }
  PGresult* get() const { return r_; }

 private:
  PGresult* r_;
};

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(const std::string& conninfo) {
    conn_ = PQconnectdb(conninfo.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) {
      std::string msg = PQerrorMessage(conn_);
      PQfinish(conn_);
      conn_ = nullptr;
      throw ConnectionLost("cannot connect to PostgreSQL: " + msg);
    }
    ExecScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
  }
  ~PostgresConnection() override { PQfinish(conn_); }

  Dialect dialect() const override { return Dialect::kPostgres; }

  ResultSet Query(std::string_view sql, const std::vector<Value>& params) override {
    PgResult res(Run(sql, params));
    ResultSet rs;
    int ncol = PQnfields(res.get());
    int nrow = PQntuples(res.get());
    rs.columns.reserve(ncol);
    std::vector<unsigned> types(ncol);
    for (int i = 0; i < ncol; ++i) {
      rs.columns.emplace_back(PQfname(res.get(), i));
      types[i] = PQftype(res.get(), i);
    }
    rs.rows.reserve(nrow);
    for (int r = 0; r < nrow; ++r) {
      std::vector<Value> row;
      row.reserve(ncol);
      for (int c = 0; c < ncol; ++c) {
        if (PQgetisnull(res.get(), r, c)) {
          row.emplace_back(nullptr);
          continue;
        }
        const char* v = PQgetvalue(res.get(), r, c);
        int len = PQgetlength(res.get(), r, c);
        switch (types[c]) {
          case kInt8Oid:
          case kInt4Oid:
          case kInt2Oid: row.emplace_back(static_cast<int64_t>(std::stoll(v))); break;
          case kFloat4Oid:
          case kFloat8Oid:
          case kNumericOid: row.emplace_back(std::stod(v)); break;
          case kBoolOid: row.emplace_back(static_cast<int64_t>(v[0] == 't')); break;
          case kByteaOid: row.emplace_back(DecodeBytea(v, len)); break;
          default: row.emplace_back(std::string(v, static_cast<size_t>(len)));
        }
      }
      rs.rows.push_back(std::move(row));
    }
    return rs;
  }

  int64_t Exec(std::string_view sql, const std::vector<Value>& params) override {
    PgResult res(Run(sql, params));
    const char* n = PQcmdTuples(res.get());
    return (n && *n) ? std::stoll(n) : 0;
  }

  void ExecScript(std::string_view sql) override {
    std::string s(sql);
    PgResult res(PQexec(conn_, s.c_str()));
    Check(res.get(), sql);
  }

  void Begin() override {
    ExecScript("BEGIN");
    try {
      AfterBegin();
    } catch (...) {
      Rollback();
      throw;
    }
  }

  std::vector<Notification> WaitNotifications(int timeout_ms) override {
    std::vector<Notification> out;
    auto drain = [&] {
      while (PGnotify* n = PQnotifies(conn_)) {
        out.push_back({n->relname ? n->relname : "", n->extra ? n->extra : ""});
        PQfreemem(n);
      }
    };
    if (PQconsumeInput(conn_) == 0 || PQstatus(conn_) != CONNECTION_OK)
      throw DbError(std::string("PostgreSQL listener: ") + PQerrorMessage(conn_));
    drain();
    if (!out.empty()) return out;
    const int sock = PQsocket(conn_);
    if (sock < 0) throw DbError("PostgreSQL listener: no socket");
    pollfd pfd{sock, POLLIN, 0};
    const int r = ::poll(&pfd, 1, timeout_ms);
    if (r < 0 && errno != EINTR) throw DbError("PostgreSQL listener: poll failed");
    if (r > 0) {
      if (PQconsumeInput(conn_) == 0 || PQstatus(conn_) != CONNECTION_OK)
        throw DbError(std::string("PostgreSQL listener: ") + PQerrorMessage(conn_));
      drain();
    }
    return out;
  }
  void Commit() override { ExecScript("COMMIT"); }
  void Rollback() override {
    if (PQtransactionStatus(conn_) != PQTRANS_IDLE) ExecScript("ROLLBACK");
  }
  bool Healthy() override {
    if (PQstatus(conn_) != CONNECTION_OK) return false;
    if (PQtransactionStatus(conn_) != PQTRANS_IDLE) {
      try {
        ExecScript("ROLLBACK");
      } catch (...) {
        return false;
      }
    }
    return true;
  }

 private:
  PGresult* Run(std::string_view sql, const std::vector<Value>& params) {
    std::string key(sql);
    auto it = prepared_.find(key);
    std::string name;
    if (it == prepared_.end()) {
      name = "s" + std::to_string(prepared_.size() + 1);
      std::string pg_sql = RewritePlaceholders(sql);
      PgResult prep(PQprepare(conn_, name.c_str(), pg_sql.c_str(), 0, nullptr));
      Check(prep.get(), sql);
      prepared_.emplace(key, name);
    } else {
      name = it->second;
    }
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size());
    std::vector<int> lengths(params.size()), formats(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      formats[i] = 0;
      if (std::holds_alternative<std::nullptr_t>(v)) {
        values[i] = nullptr;
        continue;
      }
      if (auto p = std::get_if<int64_t>(&v)) {
        text[i] = std::to_string(*p);
      } else if (auto p = std::get_if<double>(&v)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", *p);
        text[i] = buf;
      } else if (auto p = std::get_if<std::string>(&v)) {
        text[i] = *p;
      } else if (auto p = std::get_if<Blob>(&v)) {
        text[i] = p->bytes;
        formats[i] = 1;
      }
      values[i] = text[i].data();
      lengths[i] = static_cast<int>(text[i].size());
    }
    PGresult* res = PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()),
                                   values.data(), lengths.data(), formats.data(), 0);
    try {
      Check(res, sql);
    } catch (...) {
      PQclear(res);
      throw;
    }
    return res;
  }

  void Check(PGresult* res, std::string_view sql) {
    auto st = PQresultStatus(res);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return;
    std::string msg = res ? PQresultErrorMessage(res) : PQerrorMessage(conn_);
    const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    if (state && std::string_view(state).starts_with("23")) throw ConstraintError(msg);
    // A lost connection (server gone, terminated backend, promoted standby's old primary) or a
    // server that is shutting down / read-only after a fail-over: retryable, answered 503.
    if (PQstatus(conn_) != CONNECTION_OK ||
        (state && (std::string_view(state).starts_with("08") ||
                   std::string_view(state) == "57P01" || std::string_view(state) == "57P02" ||
                   std::string_view(state) == "57P03" || std::string_view(state) == "25006")))
      throw ConnectionLost("PostgreSQL unavailable: " + msg);
    throw DbError("PostgreSQL: " + msg + " in: " + std::string(sql));
  }

  static Blob DecodeBytea(const char* v, int len) {
    Blob b;
    if (len >= 2 && v[0] == '\\' && v[1] == 'x') {
      b.bytes.reserve(static_cast<size_t>((len - 2) / 2));
      for (int i = 2; i + 1 < len; i += 2)
        b.bytes.push_back(static_cast<char>(HexVal(v[i]) * 16 + HexVal(v[i + 1])));
    } else {
      b.bytes.assign(v, static_cast<size_t>(len));
    }
    return b;
  }

  PGconn* conn_ = nullptr;
  std::unordered_map<std::string, std::string> prepared_;
};

}  // namespace

std::unique_ptr<Connection> OpenPostgres(const std::string& conninfo) {
  return std::make_unique<PostgresConnection>(conninfo);
}

}  // namespace anjian::storage
