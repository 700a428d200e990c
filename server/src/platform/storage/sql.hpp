// SQL spelled once for both databases: the dialect differences a repository may need, so that
// no business module branches on the dialect itself (the lint test looks for such branches).
// Lists of texts bound as one parameter are in text_list.hpp, search patterns in like.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "platform/storage/db.hpp"

namespace anjian::storage {

// "SQLite" / "PostgreSQL", for logs.
std::string_view DialectName(Dialect dialect);

// "?,?,?": placeholders for an IN list of `n` values (n ≥ 1).
std::string Placeholders(std::size_t n);

// " FOR UPDATE OF <alias>" on PostgreSQL, where a read that decides a write must lock its rows;
// "" on SQLite, whose BEGIN IMMEDIATE already holds the database's write lock. Without an alias,
// " FOR UPDATE".
std::string ForUpdate(const Connection& conn, std::string_view alias = {});

// The 1-based position of `needle` in `haystack` (two SQL expressions), 0 when absent:
// STRPOS(haystack, needle) on PostgreSQL, INSTR(haystack, needle) on SQLite.
std::string Position(const Connection& conn, std::string_view haystack, std::string_view needle);

// Serialises the transactions that pass the same `key` until they end: a transaction-scoped
// advisory lock on PostgreSQL; nothing on SQLite, where the transaction holds the write lock.
void LockKeyForTransaction(Connection& conn, std::int64_t key);

}  // namespace anjian::storage
