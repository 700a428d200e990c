#include "platform/storage/db.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace anjian::storage {

int ResultSet::Column(std::string_view name) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return static_cast<int>(i);
  return -1;
}

const Value& ResultSet::At(size_t row, std::string_view col) const {
  int c = Column(col);
  if (c < 0) throw DbError("no column " + std::string(col));
  return rows.at(row).at(static_cast<size_t>(c));
}

bool ResultSet::IsNull(size_t row, std::string_view col) const {
  return std::holds_alternative<std::nullptr_t>(At(row, col));
}

int64_t ResultSet::Int(size_t row, std::string_view col, int64_t fallback) const {
  const Value& v = At(row, col);
  if (auto p = std::get_if<int64_t>(&v)) return *p;
  if (auto p = std::get_if<double>(&v)) return static_cast<int64_t>(*p);
  if (auto p = std::get_if<std::string>(&v)) {
    try {
      return std::stoll(*p);
    } catch (...) {
      return fallback;
    }
  }
  return fallback;
}

double ResultSet::Double(size_t row, std::string_view col, double fallback) const {
  const Value& v = At(row, col);
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<int64_t>(&v)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v)) {
    try {
      return std::stod(*p);
    } catch (...) {
      return fallback;
    }
  }
  return fallback;
}

std::string ResultSet::Text(size_t row, std::string_view col) const {
  const Value& v = At(row, col);
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (auto p = std::get_if<int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", *p);
    return buf;
  }
  if (auto p = std::get_if<Blob>(&v)) return p->bytes;
  return "";
}

std::optional<std::string> ResultSet::OptText(size_t row, std::string_view col) const {
  if (IsNull(row, col)) return std::nullopt;
  return Text(row, col);
}

std::optional<int64_t> ResultSet::OptInt(size_t row, std::string_view col) const {
  if (IsNull(row, col)) return std::nullopt;
  return Int(row, col);
}

PooledConnection::PooledConnection(Pool* pool, std::unique_ptr<Connection> conn)
    : pool_(pool), conn_(std::move(conn)) {}

PooledConnection::~PooledConnection() {
  if (conn_ && pool_) pool_->Release(std::move(conn_));
}

bool Pool::IsPostgresUrl(std::string_view url) {
  return url.starts_with("postgresql://") || url.starts_with("postgres://") ||
         url.find("dbname=") != std::string_view::npos ||
         url.find("host=") != std::string_view::npos;
}

Pool::Pool(std::string url, int size)
    : url_(std::move(url)),
      dialect_(IsPostgresUrl(url_) ? Dialect::kPostgres : Dialect::kSqlite),
      size_(size < 1 ? 1 : size) {}

Pool::~Pool() = default;

std::unique_ptr<Connection> Pool::Open() {
  return dialect_ == Dialect::kPostgres ? OpenPostgres(url_) : OpenSqlite(url_);
}

PooledConnection Pool::Acquire() {
  std::unique_lock lock(mu_);
  for (;;) {
    while (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      // A connection that broke while idle (a fail-over) is dropped; a fresh one is opened.
      if (!c->Healthy()) {
        --open_;
        continue;
      }
      return PooledConnection(this, std::move(c));
    }
    if (open_ < size_) {
      ++open_;
      lock.unlock();
      try {
        return PooledConnection(this, Open());
      } catch (...) {
        lock.lock();
        --open_;
        throw;
      }
    }
    cv_.wait(lock);
  }
}

void Pool::Release(std::unique_ptr<Connection> conn) {
  bool healthy = conn->Healthy();
  std::lock_guard lock(mu_);
  if (healthy) {
    idle_.push_back(std::move(conn));
  } else {
    --open_;  // a broken connection is dropped; the next Acquire opens a fresh one
  }
  cv_.notify_one();
}


}  // namespace anjian::storage
