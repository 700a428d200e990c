#include "platform/storage/sql.hpp"

namespace anjian::storage {

std::string_view DialectName(Dialect dialect) {
  return dialect == Dialect::kPostgres ? "PostgreSQL" : "SQLite";
}

std::string Placeholders(std::size_t n) {
  std::string out;
  out.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) out += i ? ",?" : "?";
  return out;
}

std::string ForUpdate(const Connection& conn, std::string_view alias) {
  if (conn.dialect() != Dialect::kPostgres) return {};
  return alias.empty() ? std::string(" FOR UPDATE") : " FOR UPDATE OF " + std::string(alias);
}

std::string Position(const Connection& conn, std::string_view haystack, std::string_view needle) {
  const bool pg = conn.dialect() == Dialect::kPostgres;
  return std::string(pg ? "STRPOS(" : "INSTR(") + std::string(haystack) + ", " +
         std::string(needle) + ")";
}

std::string TextListRows(const Connection& conn, std::string_view alias) {
  if (conn.dialect() == Dialect::kPostgres)
    return "unnest(CAST(? AS TEXT[])) AS " + std::string(alias) + "(value)";
  return "json_each(?) AS " + std::string(alias);
}

void LockKeyForTransaction(Connection& conn, std::int64_t key) {
  if (conn.dialect() == Dialect::kPostgres)
    conn.Query("SELECT pg_advisory_xact_lock(CAST(? AS BIGINT)) AS locked", {key});
}

}  // namespace anjian::storage
